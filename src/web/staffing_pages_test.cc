// The staffing pages through their routes, over a StaffingService on the
// in-memory store: the check as a team lead and as a commissioner, and
// adding, changing and ending a post with their refusals.
#include "web/staffing_pages.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "http/router.h"
#include "services/password.h"
#include "services/service_test_support.h"
#include "web/test_support.h"
#include "web/web.h"

namespace lw::web {
namespace staffing_pages_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using Fields = std::vector<std::pair<std::string, std::string>>;

constexpr std::string_view kHostile = "<script>alert(1)</script>";
constexpr std::string_view kHostileEscaped = "&lt;script&gt;alert(1)&lt;/script&gt;";

RoleNames LocalNames() {
  auto names = RoleNames::Make({{"Living Well practitioner", Profession::kMentalHealthNurse}});
  return names ? *names : RoleNames();
}

void ExpectUniqueIds(const std::string& html) {
  static const std::regex kId(R"re( id="([^"]+)")re");
  std::set<std::string> seen;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kId); it != std::sregex_iterator();
       ++it) {
    EXPECT_TRUE(seen.insert((*it)[1]).second) << "duplicate id " << (*it)[1];
  }
}

class StaffingPagesTest : public ::testing::Test {
 protected:
  StaffingPagesTest()
      : auth_(*world_.store, world_.clock, world_.random,
              AuthOptions{.password = MinimalPasswordHashOptions()}),
        home_(*world_.store),
        people_(*world_.store, world_.clock, world_.random),
        frontdoor_(*world_.store, world_.clock, world_.random, FrontDoorOptions{}),
        team_(*world_.store, world_.clock, world_.random, TeamSettings{}),
        staffing_(*world_.store, world_.clock, world_.random,
                  StaffingSettings{.role_names = LocalNames()}),
        deps_{.auth = auth_,
              .home = home_,
              .people = people_,
              .accounts = world_.accounts,
              .frontdoor = frontdoor_,
              .team = team_,
              .assets = fake_.assets(),
              .clock = world_.clock,
              .site = {.service_name = "Living Well"},
              .random = &world_.random,
              .staffing = &staffing_} {
    RegisterPages(router_, deps_);
  }

  void SetUp() override {
    ASSERT_TRUE(world_.store->Transact(TxMode::kWrite, [](StoreTx& tx) -> Status {
      if (auto s = tx.PutNeighbourhood({"n-north", "loc", "North"}); !s) return s;
      if (auto s = tx.PutNeighbourhood({"n-south", "loc", "South"}); !s) return s;
      return tx.PutTeam({"team-a", "loc", "n-north", "Team A"});
    }));
    lead_ = world_.Add("lead", Role::kTeamLead, "team-a");
    commissioner_ = world_.Add("commissioner", Role::kCommissioner);
    nurse_ = world_.Add("nadia", Role::kPractitioner, "team-a");
    ot_ = world_.Add("olu", Role::kPractitioner, "team-a");
    peer_ = world_.Add("peer", Role::kPeerWorker, "team-a", "org-vcse");
    // A display name that would be markup if it were not escaped.
    auto hostile = world_.accounts.AddUser(SystemActor("test"),
                                           {.username = "hostile",
                                            .display_name = std::string(kHostile),
                                            .role = "practitioner",
                                            .team_id = "team-a",
                                            .organisation_id = "org-nhs"},
                                           lw::testing::ServiceWorld::kPassword);
    ASSERT_TRUE(hostile) << hostile.error().message;
    hostile_id_ = hostile->id;
    nurse_post_ = AddPost(nurse_.user_id, Profession::kMentalHealthNurse, Band::k7, 37.5);
    AddPost(hostile_id_, Profession::kSocialWorker, Band::k6, 30);
    AddPost(peer_.user_id, Profession::kPeerWorker, std::nullopt, 18.75, "org-vcse");
  }

  StaffPostView AddPost(const std::string& user, Profession profession, std::optional<Band> band,
                        double hours, const std::string& org = "org-nhs") {
    auto added = staffing_.AddPost(lead_, StaffPost{.user_id = user,
                                                    .organisation_id = org,
                                                    .team_id = "team-a",
                                                    .profession = profession,
                                                    .band = band,
                                                    .hours_per_week = hours});
    EXPECT_TRUE(added) << added.error().message;
    return added ? *added : StaffPostView{};
  }

  http::Response Call(const std::string& method, const std::string& target, const Actor& actor,
                      const Fields& fields = {}) {
    http::Request request;
    request.method = method;
    request.target = target;
    std::size_t q = target.find('?');
    request.path = target.substr(0, q);
    request.query = q == std::string::npos ? "" : target.substr(q + 1);
    request.remote_address = "127.0.0.1";
    if (method == "POST") {
      http::Form form;
      form.Add("csrf_token", "csrf-1");
      for (const auto& [name, value] : fields) form.Add(name, value);
      request.form = std::move(form);
    }
    http::Router::Match match = router_.Find(request.method, request.path);
    EXPECT_NE(match.route, nullptr) << method << " " << target;
    if (match.route == nullptr) return http::Response::Text("no route", 599);
    // The pipeline answers 404 for a role the route does not name.
    if (!MayUseRoute(actor, match.route->access)) return http::Response::Text("refused", 404);
    request.params = match.params;
    http::RequestContext ctx{.actor = actor, .csrf_token = "csrf-1"};
    http::Response r = match.route->handler(request, ctx);
    if (r.status != 303) {
      testing::ExpectPageRules(r.body);
      ExpectUniqueIds(r.body);
    }
    return r;
  }

  Fields PostForm(const std::string& user, const std::string& hours = "37.5") const {
    return {{"user_id", user},         {"organisation_id", "org-vcse"},   {"team_id", "team-a"},
            {"neighbourhood_id", ""},  {"profession", "recovery-worker"}, {"band", ""},
            {"hours_per_week", hours}, {"development_support", "yes"}};
  }

  std::vector<StaffPostView> Posts() {
    auto posts = staffing_.ListPosts(lead_);
    EXPECT_TRUE(posts);
    return posts ? *posts : std::vector<StaffPostView>{};
  }

  lw::testing::ServiceWorld world_;
  testing::FakeAssets fake_;
  AuthService auth_;
  HomeService home_;
  PeopleService people_;
  FrontDoorService frontdoor_;
  TeamService team_;
  StaffingService staffing_;
  WebDeps deps_;
  http::Router router_;
  Actor lead_, commissioner_, nurse_, ot_, peer_;
  std::string hostile_id_;
  StaffPostView nurse_post_;
};

TEST_F(StaffingPagesTest, TheCheckShowsEachAreaItsGapsInWordsAndThePosts) {
  http::Response r = Call("GET", "/staffing", lead_);
  ASSERT_EQ(r.status, 200);
  const std::string& html = r.body;
  EXPECT_THAT(html, HasSubstr("<h1 class=\"nhsuk-heading-l\">Staffing</h1>"));
  EXPECT_THAT(html, HasSubstr("href=\"/staffing\" aria-current=\"page\""));
  EXPECT_THAT(html, HasSubstr("0 of 2 neighbourhoods meet the minimum; the locality does not "
                              "meet its own."));
  // North: two MH practitioners (2.8 WTE), so a gap in words.
  EXPECT_THAT(html, HasSubstr("<h2 class=\"nhsuk-heading-m\" id=\"neighbourhood-n-north\">North "
                              "<strong class=\"nhsuk-tag nhsuk-tag--red\">Gaps</strong></h2>"));
  EXPECT_THAT(html, HasSubstr("id=\"neighbourhood-n-north-mh-practitioners\">\n"
                              "<td class=\"nhsuk-table__cell\">At least 3 mental health"));
  EXPECT_THAT(html, HasSubstr(">3</td>\n<td class=\"nhsuk-table__cell "
                              "nhsuk-table__cell--numeric\">2</td>\n<td class=\"nhsuk-table__cell "
                              "nhsuk-table__cell--numeric\">1.8</td>"));
  EXPECT_THAT(html, HasSubstr("Important: </span>Gaps in North</span></h3>"));
  EXPECT_THAT(html, HasSubstr("<li>Needs 1 more mental health practitioner (OT, social worker or "
                              "MH nurse)</li>"));
  EXPECT_THAT(html, HasSubstr("<li>Needs a recovery worker</li>"));
  const std::size_t north = html.find("id=\"neighbourhood-n-north\"");
  const std::size_t south = html.find("id=\"neighbourhood-n-south\"");
  ASSERT_LT(north, south);
  const std::string north_html = html.substr(north, south - north);
  EXPECT_THAT(north_html, HasSubstr("<li>Needs a recovery worker</li>"));
  EXPECT_THAT(north_html, Not(HasSubstr("<li>Needs a peer worker")));
  EXPECT_THAT(html.substr(south), HasSubstr("<li>Needs a peer worker"));
  // The peer worker, at 18.75 hours, is half a WTE; who meets it, escaped.
  EXPECT_THAT(html, HasSubstr(">1</td>\n<td class=\"nhsuk-table__cell "
                              "nhsuk-table__cell--numeric\">1</td>\n<td class=\"nhsuk-table__cell "
                              "nhsuk-table__cell--numeric\">0.5</td>"));
  EXPECT_THAT(html, HasSubstr("<td class=\"nhsuk-table__cell\">" + std::string(kHostileEscaped) +
                              ", nadia</td>"));
  EXPECT_THAT(html, Not(HasSubstr(std::string(kHostile))));
  // The locality, after the neighbourhoods.
  EXPECT_LT(html.find("id=\"neighbourhood-n-south\""), html.find("id=\"locality\""));
  EXPECT_THAT(html, HasSubstr("Important: </span>Gaps in the whole locality</span></h3>"));
  EXPECT_THAT(html, HasSubstr("<li>Needs a psychologist</li>"));
  // The posts, with the local title beside the standard one and Change links.
  EXPECT_THAT(html, HasSubstr("Living Well practitioner (Mental health nurse)"));
  EXPECT_THAT(html, HasSubstr("href=\"/staffing/posts/" + nurse_post_.post.id +
                              "\">Change<span class=\"nhsuk-u-visually-hidden\"> nadia&#39;s "
                              "post</span></a>"));
  EXPECT_THAT(html, HasSubstr("href=\"/staffing/posts/new\">Add a post</a>"));
  EXPECT_THAT(html, HasSubstr(">18.75</td>"));
}

TEST_F(StaffingPagesTest, CommissionersSeeCountsAndGapsButNoNames) {
  http::Response r = Call("GET", "/staffing", commissioner_);
  ASSERT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("numeric\">3</td>\n<td class=\"nhsuk-table__cell "
                                "nhsuk-table__cell--numeric\">2</td>"));
  EXPECT_THAT(r.body, HasSubstr("<li>Needs a recovery worker</li>"));
  EXPECT_THAT(r.body, HasSubstr("the names of staff are shown to team leads and administrators"));
  EXPECT_THAT(r.body, Not(HasSubstr("nadia")));
  EXPECT_THAT(r.body, Not(HasSubstr(std::string(kHostileEscaped))));
  EXPECT_THAT(r.body, Not(HasSubstr("/staffing/posts")));
  EXPECT_THAT(r.body, Not(HasSubstr(">Who</th>")));
  // The post pages are not theirs.
  EXPECT_EQ(Call("GET", "/staffing/posts/new", commissioner_).status, 404);
  EXPECT_EQ(Call("GET", "/staffing/posts/" + nurse_post_.post.id, commissioner_).status, 404);
}

TEST_F(StaffingPagesTest, AddingAPost) {
  http::Response form = Call("GET", "/staffing/posts/new", lead_);
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("<h1 class=\"nhsuk-heading-l\">Add a post</h1>"));
  EXPECT_THAT(form.body, HasSubstr("<form action=\"/staffing/posts/new\" method=\"post\""));
  EXPECT_THAT(form.body,
              HasSubstr("<select class=\"nhsuk-select\" id=\"user_id\" name=\"user_id\""));
  EXPECT_THAT(form.body,
              HasSubstr("<option value=\"org-vcse\">Test Mind (Voluntary organisation)"));
  EXPECT_THAT(form.body, HasSubstr("<option value=\"\" selected>The team&#39;s neighbourhood"));
  EXPECT_THAT(form.body, HasSubstr("<option value=\"locality\">Across the locality</option>"));
  EXPECT_THAT(form.body, HasSubstr("<option value=\"mh-nurse\">Living Well practitioner (Mental "
                                   "health nurse)</option>"));
  EXPECT_THAT(form.body, HasSubstr("value=\"37.5\""));
  EXPECT_THAT(form.body, Not(HasSubstr("End this post")));

  http::Response added = Call("POST", "/staffing/posts/new", lead_, PostForm(ot_.user_id));
  ASSERT_EQ(added.status, 303) << added.body;
  EXPECT_EQ(added.GetHeader("Location"), "/staffing?done=added#posts");
  auto posts = Posts();
  ASSERT_EQ(posts.size(), 4u);
  const auto ot = std::ranges::find_if(
      posts, [&](const StaffPostView& v) { return v.post.user_id == ot_.user_id; });
  ASSERT_NE(ot, posts.end());
  EXPECT_EQ(ot->post.profession, Profession::kRecoveryWorker);
  EXPECT_EQ(ot->post.neighbourhood_id, "n-north");
  EXPECT_EQ(ot->post.organisation_kind, OrganisationKind::kVoluntary);
  EXPECT_TRUE(ot->post.development_support);
  EXPECT_FALSE(ot->post.safeguarding_lead);
  EXPECT_THAT(Call("GET", "/staffing?done=added", lead_).body,
              HasSubstr("The post has been added"));
}

TEST_F(StaffingPagesTest, ARefusedPostShowsEveryProblemAndWhatWasTyped) {
  Fields fields = PostForm("", "lots");
  fields[5].second = "12";  // no such band
  fields[4].second = std::string(kHostile);
  http::Response r = Call("POST", "/staffing/posts/new", lead_, fields);
  ASSERT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("<title>Error: Add a post"));
  const std::size_t user = r.body.find("<a href=\"#user_id\">Choose who holds this post</a>");
  const std::size_t profession = r.body.find("<a href=\"#profession\">Choose the role</a>");
  const std::size_t band = r.body.find("<a href=\"#band\">Choose a band from the list</a>");
  const std::size_t hours = r.body.find("<a href=\"#hours_per_week\">Enter the hours a week");
  ASSERT_NE(user, std::string::npos) << r.body;
  ASSERT_NE(hours, std::string::npos);
  EXPECT_LT(user, profession);
  EXPECT_LT(profession, band);
  EXPECT_LT(band, hours);
  EXPECT_THAT(r.body, HasSubstr("id=\"hours_per_week-error\""));
  EXPECT_THAT(r.body, HasSubstr("value=\"lots\""));
  EXPECT_THAT(r.body, HasSubstr("<option value=\"org-vcse\" selected>"));
  EXPECT_EQ(Posts().size(), 3u);

  // What only the service can say: the account does not exist.
  r = Call("POST", "/staffing/posts/new", lead_, PostForm("AAAAAAAAAAAAAAAAAAAAAA"));
  ASSERT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("<a href=\"#user_id\">Choose a member of staff from the list</a>"));
  EXPECT_EQ(Posts().size(), 3u);
}

TEST_F(StaffingPagesTest, ChangingAPostByItsVersion) {
  const std::string path = "/staffing/posts/" + nurse_post_.post.id;
  http::Response page = Call("GET", path, lead_);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<h1 class=\"nhsuk-heading-l\">Change nadia&#39;s post</h1>"));
  EXPECT_THAT(page.body, HasSubstr("<input type=\"hidden\" name=\"version\" value=\"1\">"));
  EXPECT_THAT(page.body, HasSubstr("<option value=\"mh-nurse\" selected>"));
  EXPECT_THAT(page.body, HasSubstr("<option value=\"7\" selected>Band 7</option>"));
  EXPECT_THAT(page.body, HasSubstr("<option value=\"n-north\" selected>North</option>"));
  EXPECT_THAT(page.body, HasSubstr("id=\"history\""));

  Fields fields = {
      {"version", "1"},      {"user_id", nurse_.user_id},      {"organisation_id", "org-nhs"},
      {"team_id", "team-a"}, {"neighbourhood_id", "locality"}, {"profession", "mh-nurse"},
      {"band", "8a"},        {"hours_per_week", "30"},         {"safeguarding_lead", "yes"}};
  http::Response changed = Call("POST", path, lead_, fields);
  ASSERT_EQ(changed.status, 303) << changed.body;
  EXPECT_EQ(changed.GetHeader("Location"), "/staffing?done=changed#posts");
  auto now = staffing_.GetPost(lead_, nurse_post_.post.id);
  ASSERT_TRUE(now);
  EXPECT_EQ(now->post.version, 2);
  EXPECT_EQ(now->post.band, Band::k8a);
  EXPECT_EQ(now->post.neighbourhood_id, "");
  EXPECT_TRUE(now->post.safeguarding_lead);

  // The same form again, based on version 1: 409 with the latest values.
  fields[7].second = "20";
  http::Response stale = Call("POST", path, lead_, fields);
  ASSERT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("Someone else changed this post after you opened the page"));
  EXPECT_THAT(stale.body, HasSubstr("<input type=\"hidden\" name=\"version\" value=\"2\">"));
  EXPECT_THAT(stale.body, HasSubstr("value=\"30\""));
  EXPECT_THAT(stale.body, HasSubstr("<option value=\"locality\" selected>"));
  EXPECT_EQ(staffing_.GetPost(lead_, nurse_post_.post.id)->post.version, 2);

  // No version: a bad request.
  fields.erase(fields.begin());
  EXPECT_EQ(Call("POST", path, lead_, fields).status, 400);
  EXPECT_EQ(Call("GET", "/staffing/posts/AAAAAAAAAAAAAAAAAAAAAA", lead_).status, 404);
}

TEST_F(StaffingPagesTest, EndingAPostAsksForConfirmationAndKeepsIt) {
  const std::string path = "/staffing/posts/" + nurse_post_.post.id;
  http::Response unconfirmed = Call("POST", path + "/end", lead_, {{"version", "1"}});
  ASSERT_EQ(unconfirmed.status, 422);
  EXPECT_THAT(unconfirmed.body,
              HasSubstr("<a href=\"#end-confirm\">Confirm that this post has ended</a>"));
  EXPECT_THAT(unconfirmed.body, HasSubstr("id=\"end-confirm-error\""));
  EXPECT_TRUE(staffing_.GetPost(lead_, nurse_post_.post.id)->post.current);

  http::Response stale = Call("POST", path + "/end", lead_, {{"version", "5"}, {"confirm", "yes"}});
  EXPECT_EQ(stale.status, 409);

  http::Response ended = Call("POST", path + "/end", lead_, {{"version", "1"}, {"confirm", "yes"}});
  ASSERT_EQ(ended.status, 303);
  EXPECT_EQ(ended.GetHeader("Location"), "/staffing?done=ended#posts");
  http::Response page = Call("GET", path, lead_);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<h1 class=\"nhsuk-heading-l\">nadia&#39;s post (ended)</h1>"));
  EXPECT_THAT(page.body, HasSubstr("This post has ended."));
  EXPECT_THAT(page.body, Not(HasSubstr("<form action=\"/staffing/posts/")));
  EXPECT_THAT(page.body, HasSubstr("Added the post: Living Well practitioner"));
  EXPECT_THAT(page.body, HasSubstr("Ended the post: Living Well practitioner"));
  // Out of the check and the table.
  http::Response overview = Call("GET", "/staffing", lead_);
  EXPECT_THAT(overview.body, Not(HasSubstr("/staffing/posts/" + nurse_post_.post.id)));
  // Changing it now is refused with the service's reason.
  http::Response again = Call("POST", path + "/end", lead_, {{"version", "2"}, {"confirm", "yes"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_THAT(again.body, HasSubstr("This post has already ended."));
}

TEST_F(StaffingPagesTest, ShortNumbers) {
  EXPECT_EQ(ShortNumber(37.5), "37.5");
  EXPECT_EQ(ShortNumber(18.75), "18.75");
  EXPECT_EQ(ShortNumber(3), "3");
  EXPECT_EQ(ShortNumber(2.0 / 3.0), "0.67");
  EXPECT_EQ(ShortNumber(0), "0");
}

}  // namespace
}  // namespace staffing_pages_test
}  // namespace lw::web

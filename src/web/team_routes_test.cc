// The huddle and caseload handlers over a real TeamService on the memory
// store: a decision recorded from the board and shown on it, a refused
// one storing nothing, marking done and moving the date with versions,
// caseloads and the team's balance, and 404s outside the team. The pages'
// markup is checked in team_pages_test.cc.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "http/router.h"
#include "services/service_test_support.h"
#include "web/test_support.h"
#include "web/web.h"

namespace lw::web {
namespace team_routes_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kHostile = "<script>alert(1)</script>";
constexpr std::string_view kHostileEscaped = "&lt;script&gt;alert(1)&lt;/script&gt;";

using Fields = std::vector<std::pair<std::string, std::string>>;

class TeamRoutesTest : public ::testing::Test {
 protected:
  TeamRoutesTest()
      : auth_(*world_.store, world_.clock, world_.random,
              AuthOptions{.password = MinimalPasswordHashOptions()}),
        home_(*world_.store),
        people_(*world_.store, world_.clock, world_.random),
        frontdoor_(*world_.store, world_.clock, world_.random, FrontDoorOptions{}),
        team_(*world_.store, world_.clock, world_.random,
              TeamSettings{.rhythm = TamesideRhythm(), .huddle = {}}),
        deps_{.auth = auth_,
              .home = home_,
              .people = people_,
              .accounts = world_.accounts,
              .frontdoor = frontdoor_,
              .team = team_,
              .assets = fake_.assets(),
              .clock = world_.clock,
              .site = {.service_name = "Living Well"},
              .random = &world_.random} {
    RegisterPages(router_, deps_);
  }

  void SetUp() override {
    lead_ = world_.Add("joanne", Role::kTeamLead, "team-a");
    prac_ = world_.Add("priya", Role::kPractitioner, "team-a");
    peer_ = world_.Add("sam", Role::kPeerWorker, "team-a");
    other_ = world_.Add("olusegun", Role::kPractitioner, "team-b");
    amara_ = NewPerson(std::string(kHostile), "Okafor");
    nia_ = NewPerson("Nia", "Jones");
    amara_episode_ = Open(amara_, prac_, Intensity::kIntensive, 60);
    Open(nia_, peer_, Intensity::kRegular, 10);
    auto concern = team_.RaiseConcern(prac_, amara_, "Not answering the phone");
    ASSERT_TRUE(concern) << concern.error().message;
    concern_ = concern->id;
    first_ = Decide("Ring Amara", Today());
    second_ = Decide("Ask the GP", Today().PlusDays(1));
  }

  Date Today() const { return Date::InLondon(world_.clock.Now()); }

  std::string NewPerson(std::string given, std::string family) {
    auto p = people_.Create(
        prac_, {.given_name = std::move(given), .family_name = std::move(family)}, "Test");
    EXPECT_TRUE(p) << p.error().message;
    return p ? p->id : "";
  }

  std::string Open(const std::string& person, const Actor& keyworker, Intensity intensity,
                   int days_ago) {
    auto e = team_.OpenEpisode(prac_, {.person_id = person,
                                       .keyworker_user_id = keyworker.user_id,
                                       .started_on = Today().PlusDays(-days_ago),
                                       .intensity = intensity});
    EXPECT_TRUE(e) << e.error().message;
    return e ? e->id : "";
  }

  // A decision from yesterday's huddle about the concern: carried over today.
  std::string Decide(std::string what, Date by_when) {
    auto d = team_.RecordDecision(lead_, {.huddle_on = Today().PlusDays(-1),
                                          .about = {DecisionSubjectKind::kConcern, concern_},
                                          .person_id = amara_,
                                          .what = std::move(what),
                                          .who_does_it = prac_.user_id,
                                          .by_when = by_when,
                                          .present = {lead_.user_id, prac_.user_id}});
    EXPECT_TRUE(d) << d.error().message;
    return d ? d->id : "";
  }

  // Every decision the board shows.
  std::set<std::string> DecisionsOnTheBoard() {
    std::set<std::string> ids;
    auto huddle = team_.Huddle(lead_);
    EXPECT_TRUE(huddle) << huddle.error().message;
    if (!huddle) return ids;
    for (HuddleSection section : kAllHuddleSections) {
      for (const HuddleItem& item : huddle->board.Items(section)) {
        for (const TeamDecision& d : item.decisions) ids.insert(d.id);
      }
    }
    return ids;
  }

  http::Response Call(const std::string& method, const std::string& target, const Actor& actor,
                      std::optional<Fields> fields = std::nullopt) {
    http::Request request;
    request.method = method;
    request.target = target;
    std::size_t q = target.find('?');
    request.path = target.substr(0, q);
    request.query = q == std::string::npos ? "" : target.substr(q + 1);
    if (fields) {
      http::Form form;
      form.Add("csrf_token", "csrf-1");
      for (auto& [name, value] : *fields) form.Add(name, value);
      request.form = std::move(form);
    }
    http::Router::Match match = router_.Find(request.method, request.path);
    EXPECT_NE(match.route, nullptr) << method << " " << target;
    if (match.route == nullptr) return http::Response::Text("no route", 599);
    EXPECT_TRUE(MayUseRoute(actor, match.route->access)) << target;
    request.params = match.params;
    http::RequestContext ctx{.actor = actor, .csrf_token = "csrf-1"};
    return match.route->handler(request, ctx);
  }

  http::Response Get(const std::string& target, const Actor& actor) {
    http::Response r = Call("GET", target, actor);
    if (r.status == 200) testing::ExpectPageRules(r.body);
    return r;
  }

  // The concern's item's page, where its decision form posts.
  std::string ConcernPath() const { return "/huddle/items/concern/" + concern_; }

  // The decision form on the concern's item, filled in.
  Fields DecisionForm() const {
    return {{"about_kind", "concern"},      {"about_id", concern_},
            {"person_id", amara_},          {"what", "Offer a walk on Thursday"},
            {"who_does_it", peer_.user_id}, {"by_when_day", "29"},
            {"by_when_month", "5"},         {"by_when_year", "2026"},
            {"present", lead_.user_id},     {"present", prac_.user_id}};
  }

  static Fields With(Fields fields, const std::string& name, const std::string& value) {
    for (auto& [n, v] : fields) {
      if (n == name) v = value;
    }
    return fields;
  }

  lw::testing::ServiceWorld world_;
  testing::FakeAssets fake_;
  AuthService auth_;
  HomeService home_;
  PeopleService people_;
  FrontDoorService frontdoor_;
  TeamService team_;
  WebDeps deps_;
  http::Router router_;
  Actor lead_, prac_, peer_, other_;
  std::string amara_, nia_, amara_episode_, concern_, first_, second_;
};

TEST_F(TeamRoutesTest, TheBoardShowsTheTeamsItems) {
  ASSERT_EQ(Today(), *Date::FromYmd(2026, 5, 28));
  http::Response r = Get("/huddle", prac_);
  ASSERT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("<span class=\"nhsuk-caption-l\">Team A</span>"));
  EXPECT_THAT(r.body, HasSubstr("id=\"concern-" + concern_ + "\""));
  EXPECT_THAT(r.body, HasSubstr("id=\"not-seen-" + amara_episode_ + "\""));
  EXPECT_THAT(r.body, HasSubstr("id=\"carried-over-decision-" + first_ + "\""));
  EXPECT_THAT(r.body, HasSubstr("href=\"/people/" + amara_ + "/record\">" +
                                std::string(kHostileEscaped) + " Okafor</a>"));
  EXPECT_THAT(r.body, Not(HasSubstr(std::string(kHostile))));
  EXPECT_THAT(r.body, HasSubstr("Ring Amara"));
  EXPECT_THAT(r.body, HasSubstr("<p>No new introductions waiting.</p>"));
  // Each item links to its own page, where its decision is recorded.
  EXPECT_THAT(r.body, HasSubstr("<a class=\"nhsuk-link\" href=\"" + ConcernPath() +
                                "\">Record a team decision<span class=\"nhsuk-u-visually-hidden\"> "
                                "about "));
  EXPECT_THAT(r.body, Not(HasSubstr("name=\"present\""))) << "no decision form on the board";
}

TEST_F(TeamRoutesTest, AnItemsPageHoldsTheDecisionForm) {
  http::Response r = Get(ConcernPath(), prac_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_THAT(r.body, HasSubstr("<title>Record a team decision"));
  EXPECT_THAT(r.body, HasSubstr("id=\"concern-" + concern_ + "\""));
  EXPECT_THAT(r.body, HasSubstr("<a class=\"nhsuk-back-link\" href=\"/huddle#concern-" + concern_));
  EXPECT_THAT(r.body, HasSubstr("<form action=\"" + ConcernPath() + "\" method=\"post\""));
  // Only this item: not the board's others.
  EXPECT_THAT(r.body, Not(HasSubstr("id=\"not-seen-" + amara_episode_ + "\"")));
  // The signed-in worker is ticked as in the huddle; only the team to choose from.
  EXPECT_THAT(r.body, HasSubstr("name=\"present\" type=\"checkbox\" value=\"" + prac_.user_id +
                                "\" checked>"));
  EXPECT_THAT(r.body, Not(HasSubstr("value=\"" + other_.user_id + "\""))) << "another team";

  // Not on today's board, another team's, or no such kind: not found.
  EXPECT_EQ(Call("GET", "/huddle/items/concern/no-such-concern", prac_).status, 404);
  EXPECT_EQ(Call("GET", ConcernPath(), other_).status, 404);
  EXPECT_EQ(Call("GET", "/huddle/items/case/" + concern_, prac_).status, 404);
}

TEST_F(TeamRoutesTest, ADecisionRecordedOnTheBoardIsShownOnIt) {
  const std::set<std::string> before = DecisionsOnTheBoard();
  http::Response r = Call("POST", ConcernPath(), prac_, DecisionForm());
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.GetHeader("Location"), "/huddle?done=decision#concern-" + concern_);
  EXPECT_EQ(DecisionsOnTheBoard().size(), before.size() + 1);

  http::Response board = Get("/huddle?done=decision", prac_);
  ASSERT_EQ(board.status, 200);
  EXPECT_THAT(board.body, HasSubstr("Team decision recorded"));
  EXPECT_THAT(board.body, HasSubstr("Offer a walk on Thursday"));
  EXPECT_THAT(board.body, HasSubstr(">29 May 2026</td>"));
}

TEST_F(TeamRoutesTest, ARefusedDecisionNamesEveryProblemAndStoresNothing) {
  const std::set<std::string> before = DecisionsOnTheBoard();
  Fields bad = With(With(DecisionForm(), "what", " "), "by_when_day", "");
  bad = With(With(bad, "by_when_month", ""), "by_when_year", "");
  std::erase_if(bad, [&](const auto& f) { return f.second == lead_.user_id; });
  http::Response r = Call("POST", ConcernPath(), prac_, bad);
  EXPECT_EQ(r.status, 422);
  const std::string item = "concern-" + concern_;
  const std::string what = "<a href=\"#" + item + "-what\">Say what was decided</a>";
  const std::string date =
      "<a href=\"#" + item + "-by_when-day\">Enter the date it should be done by</a>";
  const std::string present = "<a href=\"#" + item + "-present\">A team decision needs the team";
  EXPECT_THAT(r.body, HasSubstr(what));
  EXPECT_THAT(r.body, HasSubstr(date));
  EXPECT_THAT(r.body, HasSubstr(present));
  EXPECT_LT(r.body.find(what), r.body.find(date)) << "in the form's order";
  EXPECT_LT(r.body.find(date), r.body.find(present));
  EXPECT_THAT(r.body, HasSubstr("<title>Error: Record a team decision"));
  EXPECT_EQ(DecisionsOnTheBoard(), before);

  // A date that is fine, someone from another team: the service refuses it,
  // and what was typed is kept.
  Fields outsider = With(With(DecisionForm(), "who_does_it", other_.user_id), "what", "Call <Sam>");
  r = Call("POST", ConcernPath(), prac_, outsider);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("<a href=\"#" + item +
                                "-who_does_it\">Choose who in the team does it</a>"));
  EXPECT_THAT(r.body, HasSubstr(">Call &lt;Sam&gt;</textarea>"));
  EXPECT_THAT(r.body, HasSubstr("name=\"by_when_day\" type=\"text\" value=\"29\""));
  EXPECT_EQ(DecisionsOnTheBoard(), before);

  // By when before the huddle: the domain's message beside the date.
  r = Call("POST", ConcernPath(), prac_, With(DecisionForm(), "by_when_day", "27"));
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("<a href=\"#" + item + "-by_when-day\">By when cannot be before"));
  r = Call("POST", ConcernPath(), prac_, With(DecisionForm(), "by_when_day", "32"));
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("Enter a real by when"));
  EXPECT_EQ(DecisionsOnTheBoard(), before);
}

TEST_F(TeamRoutesTest, FormsThatOurPagesDoNotSendAreBadRequests) {
  const std::set<std::string> before = DecisionsOnTheBoard();
  EXPECT_EQ(
      Call("POST", "/huddle/items/concern/x%0D%0ASet-Cookie:%20a=b", prac_, DecisionForm()).status,
      400);
  EXPECT_EQ(Call("POST", "/huddle/items/case/" + concern_, prac_, DecisionForm()).status, 400);
  EXPECT_EQ(Call("POST", ConcernPath(), prac_, With(DecisionForm(), "about_kind", "case")).status,
            400);
  EXPECT_EQ(Call("POST", "/huddle/decisions/" + first_ + "/done", prac_,
                 Fields{{"outcome", "Spoke to her"}})
                .status,
            400);
  EXPECT_EQ(Call("POST", "/huddle/decisions/" + first_ + "/reschedule", prac_,
                 Fields{{"version", "one"}, {"reason", "x"}})
                .status,
            400);
  EXPECT_EQ(DecisionsOnTheBoard(), before);
}

TEST_F(TeamRoutesTest, MarkAsDoneCarriesTheVersion) {
  const std::string path = "/huddle/decisions/" + first_ + "/done";
  const std::string anchor = "carried-over-decision-" + first_;
  http::Response empty = Call("POST", path, prac_, Fields{{"version", "1"}, {"outcome", ""}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_THAT(empty.body, HasSubstr("<a href=\"#" + anchor +
                                    "-done-outcome\">Say what happened, for the team"));

  http::Response done =
      Call("POST", path, prac_, Fields{{"version", "1"}, {"outcome", "Spoke to her"}});
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(done.GetHeader("Location"), "/huddle?done=done#" + anchor);
  http::Response board = Get("/huddle?done=done", prac_);
  EXPECT_THAT(board.body, HasSubstr("Decision marked as done"));
  EXPECT_THAT(board.body, Not(HasSubstr("id=\"" + anchor + "\""))) << "no longer carried over";

  // The same form again, at the old version: someone else changed it.
  http::Response stale =
      Call("POST", path, peer_, Fields{{"version", "1"}, {"outcome", "Spoke to her too"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("Someone else has changed this decision"));
  EXPECT_THAT(stale.body, HasSubstr("href=\"/huddle#" + anchor + "\""));
  // At the new version: it is done already, and the domain says so.
  http::Response again =
      Call("POST", path, peer_, Fields{{"version", "2"}, {"outcome", "Spoke to her too"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_THAT(again.body, HasSubstr("This decision was marked done on 28 May 2026"));

  EXPECT_EQ(
      Call("POST", "/huddle/decisions/nope/done", prac_, Fields{{"version", "1"}, {"outcome", "x"}})
          .status,
      404);
}

TEST_F(TeamRoutesTest, MoveTheDateKeepsTheReason) {
  const std::string path = "/huddle/decisions/" + second_ + "/reschedule";
  const std::string anchor = "carried-over-decision-" + second_;
  Fields move = {{"version", "1"},
                 {"by_when_day", "5"},
                 {"by_when_month", "6"},
                 {"by_when_year", "2026"},
                 {"reason", "She is away until June"}};
  http::Response no_date = Call("POST", path, prac_, With(move, "by_when_day", ""));
  EXPECT_EQ(no_date.status, 422);
  EXPECT_THAT(no_date.body, HasSubstr("<a href=\"#" + anchor +
                                      "-move-by_when-day\">New date must include a day"));
  EXPECT_THAT(no_date.body, HasSubstr(">She is away until June</textarea>"));
  http::Response no_reason = Call("POST", path, prac_, With(move, "reason", ""));
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_THAT(no_reason.body,
              HasSubstr("<a href=\"#" + anchor + "-move-reason\">Say why the date is moving</a>"));

  http::Response moved = Call("POST", path, prac_, move);
  ASSERT_EQ(moved.status, 303) << moved.body;
  EXPECT_EQ(moved.GetHeader("Location"), "/huddle?done=moved#" + anchor);
  http::Response board = Get("/huddle?done=moved", prac_);
  EXPECT_THAT(board.body, HasSubstr("Date moved"));
  EXPECT_THAT(board.body, HasSubstr(">5 June 2026 (moved once)</td>"));
  EXPECT_THAT(board.body, HasSubstr("name=\"version\" value=\"2\""));

  http::Response stale = Call("POST", path, prac_, With(move, "by_when_day", "6"));
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("Someone else has changed this decision"));
}

TEST_F(TeamRoutesTest, AnotherTeamCannotChangeOurDecisions) {
  http::Response r = Call("POST", "/huddle/decisions/" + first_ + "/done", other_,
                          Fields{{"version", "1"}, {"outcome", "x"}});
  EXPECT_EQ(r.status, 404);
  EXPECT_THAT(r.body, Not(HasSubstr("Ring Amara")));
  EXPECT_THAT(Get("/huddle", other_).body, Not(HasSubstr(concern_)));
}

TEST_F(TeamRoutesTest, Caseloads) {
  http::Response mine = Get("/caseload", prac_);
  ASSERT_EQ(mine.status, 200);
  EXPECT_THAT(mine.body, HasSubstr("<h1 class=\"nhsuk-heading-l\">My caseload</h1>"));
  EXPECT_THAT(mine.body, HasSubstr("1 person, weighted load 3"));
  EXPECT_THAT(mine.body, HasSubstr("href=\"/people/" + amara_ + "/record\">" +
                                   std::string(kHostileEscaped) + " Okafor</a>"));
  EXPECT_THAT(mine.body, HasSubstr(">Intensive</td>"));
  EXPECT_THAT(mine.body, HasSubstr(">Not seen yet</td>"));
  EXPECT_THAT(mine.body, Not(HasSubstr("Nia Jones")));

  http::Response theirs = Get("/caseload/" + peer_.user_id, prac_);
  ASSERT_EQ(theirs.status, 200);
  EXPECT_THAT(theirs.body, HasSubstr("<h1 class=\"nhsuk-heading-l\">sam&#39;s caseload</h1>"));
  EXPECT_THAT(theirs.body, HasSubstr("href=\"/people/" + nia_ + "/record\">Nia Jones</a>"));
  EXPECT_THAT(theirs.body, HasSubstr(">Regular</td>"));
  EXPECT_EQ(Get("/caseload/" + prac_.user_id, prac_).status, 200);

  // Another team's worker, either way round, is not found.
  http::Response outside = Get("/caseload/" + other_.user_id, prac_);
  EXPECT_EQ(outside.status, 404);
  EXPECT_THAT(outside.body, Not(HasSubstr("olusegun")));
  EXPECT_EQ(Get("/caseload/" + prac_.user_id, other_).status, 404);
  EXPECT_EQ(Get("/caseload/no-such-user", prac_).status, 404);
}

TEST_F(TeamRoutesTest, TheTeamsBalance) {
  http::Response r = Get("/team/caseload", lead_);
  ASSERT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr("2 people supported, weighted load 5, a mean of 1.7 a worker."));
  EXPECT_THAT(r.body, HasSubstr("href=\"/caseload/" + prac_.user_id + "\">priya</a>"));
  EXPECT_THAT(r.body, HasSubstr("href=\"/caseload/" + peer_.user_id + "\">sam</a>"));
  EXPECT_THAT(r.body, HasSubstr("href=\"/caseload\">joanne</a>")) << "their own";
  EXPECT_THAT(r.body,
              HasSubstr(">priya</a></td>\n<td class=\"nhsuk-table__cell "
                        "nhsuk-table__cell--numeric\">1</td>\n<td class=\"nhsuk-table__cell "
                        "nhsuk-table__cell--numeric\">3</td>\n<td class=\"nhsuk-table__cell\">"
                        "<strong class=\"nhsuk-tag nhsuk-tag--orange\">More than their "
                        "share</strong>"));
  EXPECT_EQ(r.body.find("More than their share</strong>"),
            r.body.rfind("More than their share</strong>"));
  EXPECT_THAT(r.body, HasSubstr("Has room"));
  EXPECT_THAT(r.body, Not(HasSubstr("olusegun")));
}

TEST_F(TeamRoutesTest, CareRolesWithoutATeamFindNothing) {
  Actor no_team = prac_;
  no_team.team_id.clear();
  for (const char* path : {"/huddle", "/caseload", "/team/caseload"}) {
    http::Response r = Call("GET", path, no_team);
    EXPECT_EQ(r.status, 404) << path;
  }
  EXPECT_EQ(Call("POST", ConcernPath(), no_team, DecisionForm()).status, 404);
}

}  // namespace
}  // namespace team_routes_test
}  // namespace lw::web

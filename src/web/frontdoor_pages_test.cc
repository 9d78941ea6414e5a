// The front-door pages rendered from fixed values: what each state offers,
// what a partner sees, errors beside their fields, and hostile text shown as
// text. The HTTP behaviour is in tests/integration/frontdoor_pages_test.cc.
#include "web/frontdoor_pages.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "base/dates.h"
#include "web/home_page.h"
#include "web/test_support.h"

namespace lw::web {
namespace frontdoor_pages_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kHostile = "<script>alert(1)</script>";
constexpr std::string_view kHostileEscaped = "&lt;script&gt;alert(1)&lt;/script&gt;";

Timestamp Utc(int y, unsigned m, unsigned d, int hour = 12) {
  using namespace std::chrono;
  return Timestamp(sys_days(year{y} / month{m} / day{d}) + hours(hour));
}

Timestamp Now() { return Utc(2026, 5, 28); }

Introduction Intro(std::string id, std::string reference, Timestamp received) {
  Introduction in;
  in.id = std::move(id);
  in.version = 1;
  in.reference = std::move(reference);
  in.source = IntroductionSource::kGp;
  in.made_by_user_id = "u-fd";
  in.introducer_name = "Dr Ahmed";
  in.introducer_organisation = "Hyde Medical Centre";
  in.received_at = received;
  in.given_name = "Amara";
  in.family_name = "Okafor";
  in.date_of_birth = *Date::FromYmd(1994, 5, 12);
  in.postcode = "ML1 4AA";
  in.contact.methods = {ContactMethod::kPhone, ContactMethod::kText};
  in.contact.phone = "07700 900982";
  in.contact.may_leave_message = true;
  in.contact.safe_times = "After 6pm";
  in.in_their_words = "Not sleeping.\nFeeling alone.";
  in.help_wanted = "Someone to talk to";
  in.team_id = "team-1";
  return in;
}

FrontDoorDirectory Directory() {
  FrontDoorDirectory d;
  d.teams = {Team{"team-1", "loc", "hood-1", "North Team"},
             Team{"team-2", "loc", "hood-2", "South Team"}};
  d.neighbourhoods = {Neighbourhood{"hood-1", "loc", "North"},
                      Neighbourhood{"hood-2", "loc", "South"}};
  User fatima;
  fatima.id = "u-fd";
  fatima.display_name = "Fatima Begum";
  User priya;
  priya.id = "u-pr";
  priya.display_name = "Priya Desai";
  d.workers = {fatima, priya};
  return d;
}

// Every id on the page is unique (several small forms share field names).
void ExpectUniqueIds(const std::string& html) {
  static const std::regex kId(R"re( id="([^"]+)")re");
  std::set<std::string> seen;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kId); it != std::sregex_iterator();
       ++it) {
    EXPECT_TRUE(seen.insert((*it)[1]).second) << "duplicate id " << (*it)[1];
  }
}

class FrontDoorPagesTest : public ::testing::Test {
 protected:
  std::string Render(const Page& page) {
    Actor actor{.user_id = "u-fd", .display_name = "Fatima", .role = Role::kFrontDoor};
    std::string html = RenderLayout(Shell{site_, fake_.assets()}, Viewer{&actor, "csrf-1"}, page);
    testing::ExpectPageRules(html);
    ExpectUniqueIds(html);
    return html;
  }

  IntroductionView View(Introduction in) {
    IntroductionView v;
    v.intro = std::move(in);
    v.directory = Directory();
    v.now = Now();
    v.csrf_token = "csrf-1";
    return v;
  }

  testing::FakeAssets fake_;
  SiteOptions site_{.service_name = "Living Well"};
};

http::Request Get(std::string query) {
  http::Request r;
  r.method = "GET";
  r.path = "/front-door";
  r.query = std::move(query);
  r.target = r.path + "?" + r.query;
  return r;
}

TEST(FrontDoorQueryTest, SortKeysRoundTripAndUnknownOnesAreRefused) {
  for (IntroductionOrder o :
       {IntroductionOrder::kOldestFirst, IntroductionOrder::kNewestFirst,
        IntroductionOrder::kSource, IntroductionOrder::kState, IntroductionOrder::kAssigned}) {
    EXPECT_EQ(ParseFrontDoorSort(FrontDoorSortKey(o)), o);
  }
  EXPECT_EQ(ParseFrontDoorSort("bogus"), std::nullopt);
  EXPECT_EQ(ParseFrontDoorSort("Oldest"), std::nullopt);
}

TEST(FrontDoorQueryTest, DefaultsAndEveryParameter) {
  auto plain = ParseFrontDoorQuery(Get(""));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->order, IntroductionOrder::kOldestFirst);
  EXPECT_EQ(plain->page, 1);
  EXPECT_FALSE(plain->include_closed);

  auto all = ParseFrontDoorQuery(Get("sort=assigned&page=3&closed=yes&team=t1&neighbourhood=n1"));
  ASSERT_TRUE(all);
  EXPECT_EQ(all->order, IntroductionOrder::kAssigned);
  EXPECT_EQ(all->page, 3);
  EXPECT_TRUE(all->include_closed);
  EXPECT_EQ(all->team_id, "t1");
  EXPECT_EQ(all->neighbourhood_id, "n1");
}

TEST(FrontDoorQueryTest, UnknownValuesAreErrorsNotDefaults) {
  for (const char* query : {"sort=bogus", "page=abc", "page=0", "page=-1", "page=2x", "page=1.5",
                            "page=100001", "closed=maybe", "closed=1"}) {
    auto q = ParseFrontDoorQuery(Get(query));
    ASSERT_FALSE(q) << query;
    EXPECT_EQ(q.error().code, ErrorCode::kInvalidArgument) << query;
  }
}

TEST_F(FrontDoorPagesTest, StaffListShowsEveryColumnAndWhatIsPastTarget) {
  Introduction late = Intro("id-late", "LW-AAAA-BBBB", Utc(2026, 5, 1));
  late.given_name = std::string(kHostile);
  late.attempts.push_back({.at = Utc(2026, 5, 2, 10),
                           .method = ContactMethod::kText,
                           .by_user_id = "u-fd",
                           .outcome_note = "x"});
  Introduction fresh = Intro("id-fresh", "LW-CCCC-DDDD", Utc(2026, 5, 27));
  fresh.assigned_user_id = "u-pr";
  FrontDoorListView v{.list = {.items = {late, fresh}, .total = 2, .past_target = 1},
                      .directory = Directory(),
                      .now = Now()};
  std::string html = Render(FrontDoorListPage(v));
  EXPECT_THAT(html, HasSubstr("<h1 class=\"nhsuk-heading-l\">Front door</h1>"));
  EXPECT_THAT(html, HasSubstr("1 of 2 is past the 14-day target"));
  EXPECT_THAT(html, HasSubstr("<strong class=\"nhsuk-tag nhsuk-tag--red\">Past target</strong>"));
  EXPECT_EQ(html.find("Past target"), html.rfind("Past target")) << "only the late one";
  EXPECT_THAT(html,
              HasSubstr("<a class=\"nhsuk-link\" href=\"/front-door/id-late\">LW-AAAA-BBBB</a>"));
  EXPECT_THAT(html, HasSubstr(std::string(kHostileEscaped)));
  EXPECT_THAT(html, Not(HasSubstr(std::string(kHostile))));
  EXPECT_THAT(html, HasSubstr(">GP</td>"));
  EXPECT_THAT(html, HasSubstr(">1 May 2026</td>"));
  EXPECT_THAT(html, HasSubstr(">27 <strong"));  // days waiting
  EXPECT_THAT(html, HasSubstr(">North Team</td>"));
  EXPECT_THAT(html, HasSubstr(">Priya Desai</td>"));
  EXPECT_THAT(html, HasSubstr(">Nobody yet</td>"));
  EXPECT_THAT(html, HasSubstr(">Try again</td>"));
  EXPECT_THAT(html, HasSubstr(">Make contact</td>"));
  EXPECT_THAT(html, HasSubstr("2 May 2026, 11:00am (Text message)"));
  EXPECT_THAT(html, HasSubstr(">None yet</td>"));
  // Sorted oldest first: Received says so and offers the other way.
  EXPECT_THAT(html, HasSubstr("scope=\"col\" aria-sort=\"ascending\"><a class=\"nhsuk-link\" "
                              "href=\"/front-door?sort=newest\">Received</a>"));
  EXPECT_THAT(html, HasSubstr("href=\"/front-door?sort=source\">Source</a>"));
  EXPECT_THAT(html, HasSubstr("<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">"));
  EXPECT_THAT(html, HasSubstr("<label class=\"nhsuk-label\" for=\"team\">Team</label>"));
  EXPECT_THAT(html, HasSubstr("<label class=\"nhsuk-label\" for=\"sort\">Sort by</label>"));
  EXPECT_THAT(html, HasSubstr("name=\"closed\" type=\"checkbox\" value=\"yes\""));
}

TEST_F(FrontDoorPagesTest, NothingPastTargetSaysSo) {
  FrontDoorListView v{.list = {.total = 0}, .directory = Directory(), .now = Now()};
  std::string html = Render(FrontDoorListPage(v));
  EXPECT_THAT(html, HasSubstr("0 introductions, none past the 14-day target"));
  EXPECT_THAT(html, HasSubstr("No introductions match."));
}

TEST_F(FrontDoorPagesTest, PagingKeepsTheFiltersAndTheSort) {
  FrontDoorListView v{.list = {.items = {Intro("a", "LW-A", Utc(2026, 5, 20))},
                               .total = 120,
                               .page = 2,
                               .pages = 3},
                      .directory = Directory(),
                      .query = {.team_id = "team 1&x",
                                .include_closed = true,
                                .order = IntroductionOrder::kSource,
                                .page = 2},
                      .now = Now()};
  std::string html = Render(FrontDoorListPage(v));
  EXPECT_THAT(html, HasSubstr("Page 2 of 3"));
  EXPECT_THAT(html,
              HasSubstr("href=\"/front-door?sort=source&amp;team=team%201%26x&amp;closed=yes\" "
                        "rel=\"prev\""));
  EXPECT_THAT(html, HasSubstr("href=\"/front-door?sort=source&amp;team=team%201%26x&amp;closed=yes"
                              "&amp;page=3\" rel=\"next\""));
}

TEST_F(FrontDoorPagesTest, PartnerListIsTheirsAndSimpler) {
  Introduction in = ForIntroducer(Intro("id-1", "LW-AAAA-BBBB", Utc(2026, 5, 1)));
  FrontDoorListView v{.list = {.items = {in}, .total = 1, .past_target = 1, .whole_records = false},
                      .directory = Directory(),
                      .now = Now()};
  std::string html = Render(FrontDoorListPage(v));
  EXPECT_THAT(html, HasSubstr("<h1 class=\"nhsuk-heading-l\">Introductions you have made</h1>"));
  EXPECT_THAT(html, HasSubstr(">Where it is</th>"));
  EXPECT_THAT(html, HasSubstr(">Open</td>"));
  EXPECT_THAT(html, Not(HasSubstr("Past target")));
  EXPECT_THAT(html, Not(HasSubstr("Days waiting")));
  EXPECT_THAT(html, Not(HasSubstr("Assigned")));
  EXPECT_THAT(html, Not(HasSubstr("<form action=\"/front-door")));
}

TEST_F(FrontDoorPagesTest, NewIntroductionFormOffersEveryRouteButThePublicForm) {
  NewIntroductionView v{.directory = Directory(),
                        .default_team_id = "team-2",
                        .submission_key = "key-1",
                        .csrf_token = "csrf-1"};
  std::string html = Render(NewIntroductionPage(v));
  EXPECT_THAT(html, HasSubstr("<form action=\"/front-door/new\" method=\"post\" novalidate>"));
  EXPECT_THAT(html, HasSubstr("name=\"csrf_token\" value=\"csrf-1\""));
  EXPECT_THAT(html, HasSubstr("name=\"submission_key\" value=\"key-1\""));
  for (IntroductionSource s : kAllIntroductionSources) {
    const std::string radio = "value=\"" + std::string(IntroductionSourceKey(s)) + "\"";
    if (s == IntroductionSource::kSelf) {
      EXPECT_THAT(html, Not(HasSubstr("name=\"source\" type=\"radio\" " + radio)));
    } else {
      EXPECT_THAT(html, HasSubstr("name=\"source\" type=\"radio\" " + radio));
    }
  }
  EXPECT_THAT(html, HasSubstr("<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--m\">"
                              "Where did this introduction come from?</legend>"));
  EXPECT_THAT(html, HasSubstr("<option value=\"team-2\" selected>South Team</option>"));
  EXPECT_THAT(html, Not(HasSubstr("Choose a team")));
  EXPECT_THAT(html, HasSubstr("id=\"date_of_birth-day\" name=\"date_of_birth_day\""));
  EXPECT_THAT(html, HasSubstr("name=\"contact_methods\" type=\"checkbox\" value=\"email\""));
  EXPECT_THAT(html, HasSubstr("name=\"may_leave_message\" type=\"radio\" value=\"no\" checked"));
}

TEST_F(FrontDoorPagesTest, NewIntroductionErrorsSitBesideTheirFieldsAndKeepWhatWasTyped) {
  http::Form typed;
  typed.Add("given_name", std::string(kHostile));
  typed.Add("source", "gp");
  typed.Add("contact_methods", "text");
  typed.Add("team_id", "team-1");
  NewIntroductionView v{.partner = true,
                        .directory = Directory(),
                        .typed = typed,
                        .submission_key = "key-1",
                        .csrf_token = "csrf-1",
                        .errors = {{"date_of_birth", "Enter a real date of birth"},
                                   {"in_their_words", "Tell us what is going on"}},
                        .status = 422};
  Page page = NewIntroductionPage(v);
  EXPECT_EQ(page.status, 422);
  std::string html = Render(page);
  EXPECT_THAT(html, HasSubstr("<title>Error: Introduce someone – Living Well</title>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"#date_of_birth-day\">Enter a real date of birth</a>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"#in_their_words\">Tell us what is going on</a>"));
  EXPECT_THAT(html, HasSubstr("id=\"in_their_words-error\""));
  EXPECT_THAT(html, HasSubstr("nhsuk-textarea--error"));
  EXPECT_THAT(html, HasSubstr("value=\"" + std::string(kHostileEscaped) + "\""));
  EXPECT_THAT(html, HasSubstr("value=\"gp\" checked"));
  EXPECT_THAT(html, HasSubstr("value=\"text\" checked"));
  EXPECT_THAT(html, HasSubstr("<option value=\"\">Choose a team</option>"));
  EXPECT_THAT(html, HasSubstr("<option value=\"team-1\" selected>North Team</option>"));
}

TEST_F(FrontDoorPagesTest, OpenIntroductionOffersWhatOpenAllows) {
  IntroductionView v = View(Intro("id-1", "LW-AAAA-BBBB", Utc(2026, 5, 1)));
  v.intro.in_their_words = std::string(kHostile) + "\nsecond line";
  Person match;
  match.id = "p-1";
  match.given_name = "Amara";
  match.family_name = "Okafor";
  match.nhs_number = "9990000018";
  v.matches = {
      {.person = match, .kind = MatchKind::kSameNhsNumber, .reasons = {"Same NHS number"}}};
  std::string html = Render(IntroductionPage(v));
  EXPECT_THAT(html, HasSubstr("<p>" + std::string(kHostileEscaped) + "</p>\n<p>second line</p>"));
  EXPECT_THAT(html, HasSubstr("Past target"));
  EXPECT_THAT(html, HasSubstr("Dr Ahmed, Hyde Medical Centre"));
  EXPECT_THAT(html, HasSubstr(">May we leave a message</dt>"));
  EXPECT_THAT(html, HasSubstr("Next step: Make contact"));
  for (const char* action : {"assign", "attempt", "book", "held", "close"}) {
    EXPECT_THAT(html, HasSubstr("action=\"/front-door/id-1/" + std::string(action) + "\""))
        << action;
  }
  EXPECT_THAT(html, Not(HasSubstr("/not-held\"")));
  EXPECT_THAT(html, HasSubstr("name=\"version\" value=\"1\""));
  // Contact only in the ways they chose.
  EXPECT_THAT(html,
              HasSubstr("id=\"attempt-method\" name=\"method\" type=\"radio\" value=\"phone\""));
  EXPECT_THAT(html,
              HasSubstr("id=\"attempt-method-2\" name=\"method\" type=\"radio\" value=\"text\""));
  EXPECT_THAT(html, Not(HasSubstr("name=\"method\" type=\"radio\" value=\"email\"")));
  // Endings an open introduction may take.
  EXPECT_THAT(html, HasSubstr("name=\"ending\" type=\"radio\" value=\"chose-not-to-go-ahead\""));
  EXPECT_THAT(html, HasSubstr("name=\"ending\" type=\"radio\" value=\"could-not-be-reached\""));
  EXPECT_THAT(html, Not(HasSubstr("value=\"support-begins\"")));
  EXPECT_THAT(html, Not(HasSubstr("rejected")));
  // Matching is a decision someone confirms.
  EXPECT_THAT(html, HasSubstr("Is this someone we know?"));
  EXPECT_THAT(html, HasSubstr("name=\"person_id\" value=\"p-1\""));
  EXPECT_THAT(html,
              HasSubstr("This is them<span class=\"nhsuk-u-visually-hidden\">: Amara Okafor"));
  EXPECT_THAT(html, HasSubstr("action=\"/front-door/id-1/create-person\""));
  EXPECT_THAT(html, HasSubstr("999 000 0018"));
  EXPECT_THAT(html, HasSubstr("href=\"/front-door/id-1/history\""));
}

TEST_F(FrontDoorPagesTest, BookedHeldAndClosedOfferLessAndLess) {
  Introduction booked = Intro("id-1", "LW-A", Utc(2026, 5, 20));
  booked.state = IntroductionState::kConversationBooked;
  booked.booking = ConversationBooking{.when = Utc(2026, 6, 2, 13),
                                       .place = ConversationPlace::kCommunityVenue,
                                       .with_user_id = "u-pr",
                                       .where_detail = "Hyde Library"};
  std::string html = Render(IntroductionPage(View(booked)));
  EXPECT_THAT(html, HasSubstr("action=\"/front-door/id-1/not-held\""));
  EXPECT_THAT(html, HasSubstr("Change the booking"));
  EXPECT_THAT(html, HasSubstr("value=\"community-venue\" checked"));
  EXPECT_THAT(html, HasSubstr("<option value=\"u-pr\" selected>Priya Desai</option>"));
  EXPECT_THAT(html, HasSubstr("name=\"date_day\" type=\"text\" value=\"2\""));
  EXPECT_THAT(html, HasSubstr("value=\"2:00pm\""));  // 13:00 UTC is 2pm BST
  EXPECT_THAT(html, Not(HasSubstr("value=\"could-not-be-reached\"")));

  Introduction held = booked;
  held.state = IntroductionState::kConversationHeld;
  held.booking.reset();
  held.conversation = InitialConversation{.held_at = Utc(2026, 5, 25),
                                          .with_user_id = "u-pr",
                                          .what_matters = "My daughter",
                                          .safety_concern = "Said they feel hopeless",
                                          .raised_to_huddle = true,
                                          .safety_agreed = "Call tomorrow"};
  html = Render(IntroductionPage(View(held)));
  EXPECT_THAT(html, Not(HasSubstr("/attempt\"")));
  EXPECT_THAT(html, Not(HasSubstr("/book\"")));
  EXPECT_THAT(html, Not(HasSubstr("/held\"")));
  EXPECT_THAT(html, HasSubstr("value=\"support-begins\""));
  EXPECT_THAT(html, HasSubstr("value=\"warm-introduction\""));
  EXPECT_THAT(html, HasSubstr("id=\"close-keyworker_user_id\" name=\"keyworker_user_id\""));
  EXPECT_THAT(html, HasSubstr("Conversation held after 5 days"));
  EXPECT_THAT(html, HasSubstr("<p>My daughter</p>"));
  EXPECT_THAT(html, HasSubstr(">Raised to the huddle</dt>"));

  Introduction closed = held;
  closed.state = IntroductionState::kClosed;
  closed.ending = Ending::kWarmIntroduction;
  closed.ending_note = "Millbrook Money Advice";
  closed.closed_at = Utc(2026, 5, 26);
  html = Render(IntroductionPage(View(closed)));
  EXPECT_THAT(html, Not(HasSubstr("<form action=\"/front-door/id-1")));
  EXPECT_THAT(html, HasSubstr("Warm introduction to another service"));
  EXPECT_THAT(html, HasSubstr("<p>Millbrook Money Advice</p>"));
  EXPECT_THAT(html, Not(HasSubstr("Is this someone we know?")));
}

TEST_F(FrontDoorPagesTest, PartnerSeesWhereItIsAndNoActions) {
  Introduction in = Intro("id-1", "LW-A", Utc(2026, 5, 1));
  in.assigned_user_id = "u-pr";
  IntroductionView v = View(ForIntroducer(in));
  v.whole = false;
  std::string html = Render(IntroductionPage(v));
  EXPECT_THAT(html, HasSubstr("Not sleeping."));
  EXPECT_THAT(html, Not(HasSubstr("<form action=\"/front-door/id-1")));
  EXPECT_THAT(html, Not(HasSubstr("Assigned worker")));
  EXPECT_THAT(html, Not(HasSubstr("Contact attempts")));
  EXPECT_THAT(html, Not(HasSubstr("/history")));
  EXPECT_THAT(html, Not(HasSubstr("07700")));
}

TEST_F(FrontDoorPagesTest, ARefusedFormKeepsWhatWasTypedAndLinksItsErrors) {
  IntroductionView v = View(Intro("id-1", "LW-A", Utc(2026, 5, 20)));
  v.failed = FrontDoorAction::kAttempt;
  v.typed.Add("method", "phone");
  v.typed.Add("outcome_note", std::string(kHostile));
  v.errors = {{"method", "They did not agree to be contacted by Email"}, {"at", "Too early"}};
  v.status = 422;
  Page page = IntroductionPage(v);
  EXPECT_EQ(page.status, 422);
  EXPECT_TRUE(page.has_errors);
  std::string html = Render(page);
  EXPECT_THAT(html, HasSubstr("<a href=\"#attempt-method\">They did not agree"));
  EXPECT_THAT(html, HasSubstr("<li>Too early</li>"));
  EXPECT_THAT(html, HasSubstr("id=\"attempt-method-error\""));
  EXPECT_THAT(html, HasSubstr(">" + std::string(kHostileEscaped) + "</textarea>"));
  EXPECT_THAT(html,
              HasSubstr("id=\"attempt-method\" name=\"method\" type=\"radio\" value=\"phone\" "
                        "checked"));
  EXPECT_THAT(html, Not(HasSubstr("Success")));

  IntroductionView refused = View(Intro("id-1", "LW-A", Utc(2026, 5, 20)));
  refused.failed = FrontDoorAction::kClose;
  refused.problem =
      "Record the initial conversation before closing as \"Living Well support "
      "begins\"";
  refused.status = 409;
  html = Render(IntroductionPage(refused));
  EXPECT_THAT(html, HasSubstr("<li>Record the initial conversation before closing as &quot;"));

  IntroductionView booked_date = View(Intro("id-1", "LW-A", Utc(2026, 5, 20)));
  booked_date.failed = FrontDoorAction::kBook;
  booked_date.errors = {{"date", "Enter a real date"}};
  html = Render(IntroductionPage(booked_date));
  EXPECT_THAT(html, HasSubstr("<a href=\"#book-date-day\">Enter a real date</a>"));
}

TEST_F(FrontDoorPagesTest, SuccessBannerOnlyForKnownActions) {
  IntroductionView v = View(Intro("id-1", "LW-A", Utc(2026, 5, 20)));
  v.done = "book";
  EXPECT_THAT(Render(IntroductionPage(v)), HasSubstr("Initial conversation booked</p>"));
  v.done = "<b>";
  EXPECT_THAT(Render(IntroductionPage(v)), Not(HasSubstr("nhsuk-notification-banner")));
}

TEST_F(FrontDoorPagesTest, LinkedIntroductionLeadsToTheRecord) {
  Introduction in = Intro("id-1", "LW-A", Utc(2026, 5, 20));
  in.person_id = "p-9";
  std::string html = Render(IntroductionPage(View(in)));
  EXPECT_THAT(html, HasSubstr("href=\"/people/p-9\""));
  EXPECT_THAT(html, Not(HasSubstr("Is this someone we know?")));
}

TEST_F(FrontDoorPagesTest, ConflictPageOffersAReload) {
  Page page = IntroductionConflictPage("id-1");
  EXPECT_EQ(page.status, 409);
  std::string html = Render(page);
  EXPECT_THAT(html, HasSubstr("Someone else has changed this introduction"));
  EXPECT_THAT(html, HasSubstr("href=\"/front-door/id-1\">Reload the introduction</a>"));
}

TEST_F(FrontDoorPagesTest, HistoryIsNewestFirstWithWhoWhenWhy) {
  Introduction v1 = Intro("id-1", "LW-A", Utc(2026, 5, 20));
  Introduction v2 = v1;
  v2.version = 2;
  std::vector<IntroductionVersion> versions = {
      {v1, {.changed_by = "public-form", .changed_at = Utc(2026, 5, 20), .reason = "Received"}},
      {v2,
       {.changed_by = "u-fd", .changed_at = Utc(2026, 5, 21), .reason = std::string(kHostile)}}};
  std::string html = Render(IntroductionHistoryPage(v2, versions, Directory()));
  std::size_t second = html.find(">Fatima Begum<");
  std::size_t first = html.find(">Public form<");
  ASSERT_NE(second, std::string::npos);
  ASSERT_NE(first, std::string::npos);
  EXPECT_LT(second, first);
  EXPECT_THAT(html, HasSubstr(std::string(kHostileEscaped)));
}

TEST_F(FrontDoorPagesTest, StorySoFarInTheirWords) {
  Html empty;
  StorySoFar(empty, {});
  EXPECT_TRUE(empty.empty());

  Introduction before = Intro("id-0", "LW-OLD", Utc(2025, 3, 1));
  before.state = IntroductionState::kClosed;
  before.conversation = InitialConversation{.what_matters = std::string(kHostile)};
  before.ending = Ending::kInformationGiven;
  before.ending_note = "Wanted to know about walking groups";
  before.closed_at = Utc(2025, 3, 10);
  std::vector<Introduction> story = {before};
  Html h;
  StorySoFar(h, story);
  EXPECT_THAT(h.str(), HasSubstr("Their story so far"));
  EXPECT_THAT(h.str(), HasSubstr("<p>Not sleeping.</p>"));
  EXPECT_THAT(h.str(), HasSubstr(std::string(kHostileEscaped)));
  EXPECT_THAT(h.str(), HasSubstr("Information or advice given, 10 March 2025"));
  EXPECT_THAT(h.str(), HasSubstr("Wanted to know about walking groups"));
  EXPECT_THAT(h.str(), HasSubstr("href=\"/front-door/id-0\""));
}

TEST_F(FrontDoorPagesTest, HomeLeadsToTheFrontDoor) {
  Actor worker{.user_id = "u1", .display_name = "Fatima", .role = Role::kFrontDoor};
  Page care = HomePage(worker, {});
  EXPECT_THAT(care.content.str(), HasSubstr("<a href=\"/front-door\">See open introductions</a>"));
  Actor partner{.user_id = "u2", .display_name = "Chris", .role = Role::kNetworkPartner};
  Page theirs = HomePage(partner, {});
  EXPECT_THAT(theirs.content.str(), HasSubstr("<a href=\"/front-door/new\">Introduce someone</a>"));
  Actor commissioner{.user_id = "u3", .display_name = "Morgan", .role = Role::kCommissioner};
  EXPECT_THAT(HomePage(commissioner, {}).content.str(), Not(HasSubstr("/front-door")));
}

}  // namespace
}  // namespace frontdoor_pages_test
}  // namespace lw::web

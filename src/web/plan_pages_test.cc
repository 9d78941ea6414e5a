// The plan pages rendered from fixed values: every section in the table's
// order, whose words, the edit form's fields and errors, the conflict page
// keeping what was typed, compare's before and after, the print page, and
// hostile text shown as text. The handlers over a real PlanService are in
// tests/integration/plan_test.cc.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "web/plan_pages.h"
#include "web/test_support.h"

namespace lw::web {
namespace plan_pages_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kHostile = "<script>alert(1)</script>";
constexpr std::string_view kHostileEscaped = "&lt;script&gt;alert(1)&lt;/script&gt;";

Person Rosa() {
  return Person{
      .id = "p-1", .version = 1, .team_id = "team-a", .given_name = "Rosa", .family_name = "Diaz"};
}

MyPlan Plan(long long version) {
  MyPlan p{.person_id = "p-1", .version = version, .team_id = "team-a"};
  p.my_story = "Lost my job.\nSleep went.";
  p.what_matters = std::string(kHostile);
  p.actions = {{.who = "Me", .what = "Walk on Tuesdays", .by_when = *Date::FromYmd(2026, 6, 12)}};
  p.safety.crisis_contacts = "Samaritans 116 123";
  p.entered_by = EnteredBy::kPerson;
  p.updated_at = FromUnixMicros(1'780'000'000'000'000);
  p.updated_by_user_id = "u-sam";
  return p;
}

FrontDoorDirectory Directory() {
  FrontDoorDirectory d;
  User u;
  u.id = "u-sam";
  u.display_name = "Sam Carter";
  d.workers.push_back(u);
  return d;
}

void ExpectUniqueIds(const std::string& html) {
  static const std::regex kId(R"re( id="([^"]+)")re");
  std::set<std::string> seen;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kId); it != std::sregex_iterator();
       ++it) {
    EXPECT_TRUE(seen.insert((*it)[1]).second) << "duplicate id " << (*it)[1];
  }
}

// Where `part` first appears; fails the test when it does not.
std::size_t At(const std::string& html, std::string_view part) {
  std::size_t at = html.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  return at;
}

class PlanPagesTest : public ::testing::Test {
 protected:
  std::string Render(const Page& page) {
    Actor actor{.user_id = "u-pr",
                .display_name = "Priya Desai",
                .role = Role::kPractitioner,
                .team_id = "team-a"};
    std::string html = RenderLayout(Shell{site_, fake_.assets()}, Viewer{&actor, "csrf-1"}, page);
    testing::ExpectPageRules(html);
    ExpectUniqueIds(html);
    return html;
  }

  testing::FakeAssets fake_;
  SiteOptions site_{.service_name = "Living Well"};
};

TEST_F(PlanPagesTest, ThePlanShowsEverySectionInOrderAndWhoseWords) {
  std::string html = Render(PlanPage(
      {.view = {.person = Rosa(), .plan = Plan(3), .may_change = true}, .directory = Directory()}));
  std::size_t last = 0;
  for (const PlanSection& s : kPlanSections) {
    std::size_t at = At(html, ">" + Escape(s.title) + "</h");
    EXPECT_GT(at, last) << s.key;
    last = at;
  }
  EXPECT_LT(At(html, "My goals</h2>"), At(html, "My plan: who does what by when</h2>"));
  EXPECT_LT(At(html, "My plan: who does what by when</h2>"), At(html, "If things get hard</h2>"));
  EXPECT_THAT(html, HasSubstr("Lost my job.<br>Sleep went."));
  EXPECT_THAT(html, HasSubstr(kHostileEscaped));
  EXPECT_THAT(html, Not(HasSubstr(kHostile)));
  EXPECT_THAT(html, HasSubstr("Version 3, changed by Sam Carter on"));
  EXPECT_THAT(html, HasSubstr("In the person&#39;s own words, written by them"));
  EXPECT_THAT(html, HasSubstr("Walk on Tuesdays"));
  EXPECT_THAT(html, HasSubstr("12 June 2026"));
  for (std::string_view link :
       {"/people/p-1/plan/edit", "/people/p-1/plan/versions", "/people/p-1/plan/print",
        "/people/p-1/plan/export", "/people/p-1/plan/import", "/people/p-1/goals"}) {
    EXPECT_THAT(html, HasSubstr(std::string("href=\"") + std::string(link) + "\"")) << link;
  }
  EXPECT_THAT(html, HasSubstr("Nothing written yet."));  // empty sections say so
}

TEST_F(PlanPagesTest, NoPlanYetInvitesWritingAndReadOnlyHasNoChangeLinks) {
  std::string html = Render(PlanPage(
      {.view = {.person = Rosa(), .plan = MyPlan{.person_id = "p-1"}, .may_change = true}}));
  EXPECT_THAT(html, HasSubstr("Nothing has been written yet"));
  EXPECT_THAT(html, HasSubstr(">Write the plan</a>"));
  EXPECT_THAT(html, Not(HasSubstr("/plan/export")));
  std::string read_only =
      Render(PlanPage({.view = {.person = Rosa(), .plan = Plan(2), .may_change = false}}));
  EXPECT_THAT(read_only, Not(HasSubstr("/plan/edit")));
  EXPECT_THAT(read_only, Not(HasSubstr("/plan/import")));
  EXPECT_THAT(read_only, HasSubstr("/plan/print"));
}

TEST_F(PlanPagesTest, TheFormHasEverySectionTheActionsAndWhoseWords) {
  std::string html = Render(PlanEditPage({.person = Rosa(),
                                          .plan = Plan(2),
                                          .entered_by = "person",
                                          .based_on = 2,
                                          .csrf_token = "csrf-1"}));
  for (const PlanSection& s : kPlanSections) {
    EXPECT_THAT(html, HasSubstr("<textarea class=\"nhsuk-textarea\" id=\"" + std::string(s.key) +
                                "\" name=\"" + std::string(s.key) + "\""))
        << s.key;
  }
  EXPECT_THAT(html, HasSubstr("name=\"based_on\" value=\"2\""));
  EXPECT_THAT(html, HasSubstr("Whose words are these?"));
  EXPECT_THAT(html, HasSubstr("value=\"person\" checked"));
  EXPECT_THAT(html, HasSubstr("name=\"action_0_who\""));
  EXPECT_THAT(html, HasSubstr("value=\"Walk on Tuesdays\""));
  EXPECT_THAT(html, HasSubstr("name=\"action_0_by_when_day\""));
  EXPECT_THAT(html, HasSubstr("name=\"action_1_who\""));  // one empty row
  EXPECT_THAT(html, Not(HasSubstr("name=\"action_2_who\"")));
  EXPECT_THAT(html, HasSubstr("name=\"add\" value=\"action\">Add another action</button>"));
  EXPECT_THAT(html, HasSubstr(kHostileEscaped));
}

TEST_F(PlanPagesTest, ErrorsAreSummarisedAndShownBesideTheirFields) {
  std::string html = Render(PlanEditPage({.person = Rosa(),
                                          .plan = Plan(2),
                                          .based_on = 2,
                                          .errors = {{"entered_by", "Choose whose words these are"},
                                                     {"what_helps", "Too long"},
                                                     {"action_0_who", "Enter who will do it"}},
                                          .status = 422}));
  EXPECT_THAT(html, HasSubstr("<title>Error: "));
  EXPECT_THAT(html, HasSubstr("There is a problem"));
  EXPECT_THAT(html, HasSubstr("href=\"#entered_by\""));
  EXPECT_THAT(html, HasSubstr("href=\"#what_helps\""));
  EXPECT_THAT(html, HasSubstr("href=\"#action_0_who\""));
  EXPECT_THAT(html, HasSubstr("id=\"what_helps-error\""));
  EXPECT_THAT(html, HasSubstr("id=\"action_0_who-error\""));
}

TEST_F(PlanPagesTest, TheConflictPageShowsBothAndKeepsWhatWasTyped) {
  MyPlan stored = Plan(3);
  stored.my_story = "Their newer story";
  MyPlan mine = Plan(2);
  mine.my_story = "My words, typed while they saved";
  std::string html = Render(PlanEditPage({.person = Rosa(),
                                          .plan = mine,
                                          .entered_by = "together",
                                          .based_on = 3,
                                          .stored = stored,
                                          .directory = Directory(),
                                          .status = 409}));
  EXPECT_THAT(html, HasSubstr("<h1 class=\"nhsuk-heading-l\">Someone changed this plan while you "
                              "were writing</h1>"));
  EXPECT_THAT(html, HasSubstr("Saved now (version 3)"));
  EXPECT_THAT(html, HasSubstr("What you wrote"));
  EXPECT_THAT(html, HasSubstr("Their newer story"));
  // The form holds their words, based on the stored version.
  EXPECT_THAT(html, HasSubstr(">My words, typed while they saved</textarea>"));
  EXPECT_THAT(html, HasSubstr("name=\"based_on\" value=\"3\""));
  // Only the sections that differ are shown side by side.
  EXPECT_THAT(html, Not(HasSubstr("<h2 class=\"nhsuk-heading-s\">What matters to me</h2>")));
}

TEST_F(PlanPagesTest, ParsingTheFormReadsSectionsRowsAndChecksDatesAndWhoseWords) {
  http::Form f;
  f.Add("my_story", "Story");
  f.Add("crisis_contacts", "111");
  f.Add("action_0_who", "Me");
  f.Add("action_0_what", "Walk");
  f.Add("action_0_done", "yes");
  f.Add("action_0_by_when_day", "12");
  f.Add("action_0_by_when_month", "6");
  f.Add("action_0_by_when_year", "2026");
  f.Add("action_3_who", "Sam");
  f.Add("action_3_what", "Ring");
  f.Add("action_3_by_when_day", "31");
  f.Add("action_3_by_when_month", "2");
  f.Add("action_3_by_when_year", "2026");
  f.Add("based_on", "0");
  PlanFormInput in = ParsePlanForm(f);
  EXPECT_EQ(in.plan.my_story, "Story");
  EXPECT_EQ(in.plan.safety.crisis_contacts, "111");
  ASSERT_EQ(in.plan.actions.size(), 2U);
  EXPECT_TRUE(in.plan.actions[0].done);
  EXPECT_EQ(in.plan.actions[0].by_when, *Date::FromYmd(2026, 6, 12));
  EXPECT_EQ(in.based_on, 0);
  ASSERT_EQ(in.errors.size(), 2U);
  EXPECT_EQ(in.errors[0].field, "action_3_by_when");
  EXPECT_EQ(in.errors[1].field, "entered_by");
  f.Add("entered_by", "person");
  f.Add("add", "action");
  http::Form g;
  g.Add("entered_by", "robot");
  g.Add("based_on", "x");
  PlanFormInput bad = ParsePlanForm(g);
  EXPECT_FALSE(bad.based_on.has_value());
  EXPECT_EQ(bad.errors.size(), 1U);
  EXPECT_EQ(ParsePlanForm(f).add, "action");
}

TEST_F(PlanPagesTest, VersionsListWhenWhoWhoseWordsAndWhatChanged) {
  PlanVersionEntry v2{.plan = Plan(2),
                      .change = {.changed_by = "u-sam",
                                 .changed_at = FromUnixMicros(1'780'000'000'000'000),
                                 .reason = "At review"},
                      .changed = {"My story so far", kPlanActionsTitle}};
  PlanVersionEntry v1{.plan = Plan(1), .change = {.changed_by = "u-sam"}, .changed = {}};
  v1.plan.entered_by = EnteredBy::kTogether;
  std::string html = Render(PlanVersionsPage(
      {.history = {.person = Rosa(), .versions = {v2, v1}}, .directory = Directory()}));
  EXPECT_LT(At(html, ">Version 2</a>"), At(html, ">Version 1</a>"));
  EXPECT_THAT(html, HasSubstr("href=\"/people/p-1/plan/versions/2\""));
  EXPECT_THAT(html, HasSubstr("Sam Carter"));
  EXPECT_THAT(html, HasSubstr("At review"));
  EXPECT_THAT(html, HasSubstr("My story so far; My plan: who does what by when"));
  EXPECT_THAT(html, HasSubstr("The person, on a shared screen"));
  EXPECT_THAT(html, HasSubstr("Together, the person and the practitioner"));
  EXPECT_THAT(html, HasSubstr("action=\"/people/p-1/plan/compare\""));
}

TEST_F(PlanPagesTest, CompareShowsBeforeAndAfterForEachChangedSection) {
  MyPlan older = Plan(1);
  MyPlan newer = Plan(2);
  newer.my_story = "A new story";
  newer.actions.clear();
  PlanCompareView c{.person = Rosa(),
                    .from = {.plan = older, .change = {.changed_by = "u-sam"}},
                    .to = {.plan = newer, .change = {.changed_by = "u-sam"}},
                    .comparison = ComparePlans(older, newer)};
  std::string html = Render(PlanComparePage({.compare = c, .directory = Directory()}));
  EXPECT_THAT(html, HasSubstr("Changes from version 1 to version 2"));
  EXPECT_THAT(html, HasSubstr("<h2 class=\"nhsuk-heading-m\">My story so far</h2>"));
  EXPECT_THAT(html, HasSubstr("Before (version 1)"));
  EXPECT_THAT(html, HasSubstr("After (version 2)"));
  EXPECT_THAT(html, HasSubstr("<del class=\"lw-plan__before\">"));
  EXPECT_THAT(html, HasSubstr("<ins class=\"lw-plan__after\">"));
  EXPECT_THAT(html, HasSubstr("A new story"));
  EXPECT_THAT(html, HasSubstr("No actions"));
  EXPECT_THAT(html, Not(HasSubstr("<h2 class=\"nhsuk-heading-m\">What matters to me</h2>")));
}

TEST_F(PlanPagesTest, ThePrintPageHasTheNameDateVersionAndEverySection) {
  std::string html = Render(PlanPrintPage(
      {.view = {.person = Rosa(), .plan = Plan(4)}, .today = *Date::FromYmd(2026, 6, 1)}));
  EXPECT_THAT(html, HasSubstr("<div class=\"lw-print\">"));
  EXPECT_THAT(html, HasSubstr("My Story / My Plan: Rosa Diaz</h1>"));
  EXPECT_THAT(html, HasSubstr("Printed 1 June 2026. Version 4"));
  for (const PlanSection& s : kPlanSections) EXPECT_THAT(html, HasSubstr(Escape(s.title)));
  EXPECT_THAT(html, HasSubstr("class=\"lw-no-print"));
}

TEST_F(PlanPagesTest, TheImportPageShowsProblemsLinkedToTheDocument) {
  std::string html =
      Render(PlanImportPage({.person = Rosa(),
                             .based_on = 2,
                             .document = std::string(kHostile),
                             .csrf_token = "csrf-1",
                             .errors = {{"document", "plan.my_pets: Unknown member"}},
                             .problem = "There is a problem",
                             .status = 422}));
  EXPECT_THAT(html, HasSubstr("href=\"#document\""));
  EXPECT_THAT(html, HasSubstr("plan.my_pets: Unknown member"));
  EXPECT_THAT(html, HasSubstr(kHostileEscaped));
  EXPECT_THAT(html, HasSubstr("name=\"based_on\" value=\"2\""));
}

}  // namespace
}  // namespace plan_pages_test
}  // namespace lw::web

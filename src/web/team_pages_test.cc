// The huddle and caseload pages rendered from fixed values: sections in
// order, what each item shows, errors beside their fields, hostile text
// shown as text. The handlers over a real TeamService are in
// team_routes_test.cc.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "base/dates.h"
#include "web/team_pages.h"
#include "web/test_support.h"

namespace lw::web {
namespace team_pages_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kHostile = "<script>alert(1)</script>";
constexpr std::string_view kHostileEscaped = "&lt;script&gt;alert(1)&lt;/script&gt;";

Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }
Date Today() { return Day(2026, 5, 28); }  // a Thursday

User Member(std::string id, std::string name) {
  User u;
  u.id = std::move(id);
  u.display_name = std::move(name);
  return u;
}

HuddleView EmptyHuddle() {
  return HuddleView{.board = BuildHuddleBoard({}, {}, Today()),
                    .team_id = "team-a",
                    .team_name = "Hyde <North> Team",
                    .team_members = {Member("u-jo", "Jo Whitworth"), Member("u-pr", "Priya Desai"),
                                     Member("u-sam", "Sam Carter")}};
}

TeamDecision Decision(std::string id, Date huddle_on, Date by_when) {
  return TeamDecision{.id = std::move(id),
                      .version = 3,
                      .team_id = "team-a",
                      .huddle_on = huddle_on,
                      .about = {DecisionSubjectKind::kConcern, "c-1"},
                      .person_id = "p-1",
                      .what = "Ring Amara & offer a walk",
                      .who_does_it = "u-sam",
                      .by_when = by_when,
                      .present = {"u-jo", "u-pr"},
                      .recorded_by = "u-jo",
                      .recorded_at = StartOfLondonDay(huddle_on),
                      .by_when_history = {},
                      .done = std::nullopt};
}

// An introduction waiting, a concern with a decision, and that decision
// carried over.
HuddleView FullHuddle() {
  HuddleView v = EmptyHuddle();
  HuddleBoard& b = v.board;
  b.new_introductions.push_back({.kind = HuddleItemKind::kNewIntroduction,
                                 .subject_id = "i-1",
                                 .about = {DecisionSubjectKind::kIntroduction, "i-1"},
                                 .person_name = "Nia Jones",
                                 .reference = "LW-7K3M-Q9TP",
                                 .why = "Open: waiting 3 days; nobody has picked it up yet"});
  TeamDecision earlier = Decision("d-1", Day(2026, 5, 26), Day(2026, 5, 27));
  b.concerns.push_back({.kind = HuddleItemKind::kConcern,
                        .subject_id = "c-1",
                        .about = {DecisionSubjectKind::kConcern, "c-1"},
                        .person_id = "p-1",
                        .person_name = std::string(kHostile),
                        .worker_user_id = "u-pr",
                        .why = "Concern raised 2 days ago, still open",
                        .decisions = {earlier}});
  b.carried_over.push_back({.kind = HuddleItemKind::kCarriedOverDecision,
                            .subject_id = "d-1",
                            .about = {DecisionSubjectKind::kConcern, "c-1"},
                            .person_id = "p-1",
                            .person_name = std::string(kHostile),
                            .worker_user_id = "u-sam",
                            .why = "From the huddle on Tuesday 26 May 2026, not done yet",
                            .decisions = {earlier}});
  return v;
}

// The board as an item's page has it: only the concern.
HuddleView ConcernOnly() {
  HuddleView v = FullHuddle();
  v.board.new_introductions.clear();
  v.board.carried_over.clear();
  return v;
}

// Every id on the page is unique (the board holds many small forms).
void ExpectUniqueIds(const std::string& html) {
  static const std::regex kId(R"re( id="([^"]+)")re");
  std::set<std::string> seen;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kId); it != std::sregex_iterator();
       ++it) {
    EXPECT_TRUE(seen.insert((*it)[1]).second) << "duplicate id " << (*it)[1];
  }
}

std::size_t Count(const std::string& html, std::string_view part) {
  std::size_t n = 0;
  for (auto at = html.find(part); at != std::string::npos; at = html.find(part, at + 1)) ++n;
  return n;
}

class TeamPagesTest : public ::testing::Test {
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

  static HuddlePageView View(HuddleView huddle) {
    return HuddlePageView{
        .huddle = std::move(huddle), .viewer_user_id = "u-pr", .csrf_token = "csrf-1"};
  }

  testing::FakeAssets fake_;
  SiteOptions site_{.service_name = "Living Well"};
};

TEST_F(TeamPagesTest, EmptyBoardHasEverySectionInOrderSayingItIsEmpty) {
  std::string html = Render(HuddlePage(View(EmptyHuddle())));
  EXPECT_THAT(html, HasSubstr("<title>Today&#39;s huddle – Living Well</title>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"nhsuk-caption-l\">Hyde &lt;North&gt; Team</span>"));
  EXPECT_THAT(html, HasSubstr("Thursday 28 May 2026. &ldquo;This week&rdquo; runs to Sunday 31 May "
                              "2026."));
  std::size_t last = 0;
  for (HuddleSection section : kAllHuddleSections) {
    const std::string heading = "id=\"" + std::string(HuddleSectionKey(section)) + "\">" +
                                Escape(HuddleSectionTitle(section)) + "</h2>";
    const std::size_t at = html.find(heading);
    ASSERT_NE(at, std::string::npos) << heading;
    EXPECT_GT(at, last) << "sections in board order: " << heading;
    last = at;
  }
  for (const char* empty :
       {"No new introductions waiting.", "Nobody is waiting longer than the target.",
        "No concerns raised.", "No reviews or planned endings due this week.",
        "No warm introductions waiting to land.", "Everyone has been seen recently.",
        "No decisions carried over."}) {
    EXPECT_THAT(html, HasSubstr(std::string("<p>") + empty + "</p>"));
  }
  EXPECT_THAT(html, Not(HasSubstr("/huddle/decisions")));
  EXPECT_THAT(html, Not(HasSubstr("/huddle/items/")));
  EXPECT_THAT(html, HasSubstr("href=\"/huddle\" aria-current=\"page\""));
}

TEST_F(TeamPagesTest, ItemsShowWhoWhyAndTheDecisionsRecorded) {
  std::string html = Render(HuddlePage(View(FullHuddle())));
  // An introduction links to its page at the front door, with its reference.
  EXPECT_THAT(html, HasSubstr("<div class=\"nhsuk-card\" id=\"new-introduction-i-1\">"));
  EXPECT_THAT(html, HasSubstr("<a class=\"nhsuk-link\" href=\"/front-door/i-1\">Nia Jones</a> "
                              "<span class=\"nhsuk-caption-m\">LW-7K3M-Q9TP</span>"));
  EXPECT_THAT(html, HasSubstr("Open: waiting 3 days; nobody has picked it up yet"));
  EXPECT_THAT(html, HasSubstr("Worker: Nobody yet"));
  // A person links to their record; their name is text, however hostile.
  EXPECT_THAT(html, HasSubstr("<a class=\"nhsuk-link\" href=\"/people/p-1/record\">" +
                              std::string(kHostileEscaped) + "</a>"));
  EXPECT_THAT(html, Not(HasSubstr(std::string(kHostile))));
  EXPECT_THAT(html, HasSubstr("Worker: Priya Desai"));
  EXPECT_THAT(html, HasSubstr("Who does it: Sam Carter"));
  // The decision: what, who (not at the huddle), by when, overdue.
  EXPECT_THAT(html, HasSubstr("Ring Amara &amp; offer a walk<br><span class=\"nhsuk-body-s\">"
                              "Agreed at the huddle on Tuesday 26 May 2026</span>"));
  EXPECT_THAT(html, HasSubstr("Sam Carter<br><span class=\"nhsuk-body-s\">Not at the huddle: "
                              "make sure they know</span>"));
  EXPECT_THAT(html, HasSubstr(">27 May 2026</td>"));
  EXPECT_THAT(html, HasSubstr("<strong class=\"nhsuk-tag nhsuk-tag--red\">Overdue</strong>"));
  EXPECT_THAT(html, HasSubstr("No team decision recorded yet."));
  // Every item links to its own page for a decision, named for screen
  // readers; the board itself holds no decision form.
  EXPECT_THAT(html, HasSubstr("<a class=\"nhsuk-link\" href=\"/huddle/items/concern/c-1\">Record "
                              "a team decision<span class=\"nhsuk-u-visually-hidden\"> about " +
                              std::string(kHostileEscaped) + " (Concern)</span></a>"));
  EXPECT_THAT(html, HasSubstr("href=\"/huddle/items/new-introduction/i-1\""));
  EXPECT_THAT(html, HasSubstr("href=\"/huddle/items/carried-over-decision/d-1\""));
  EXPECT_THAT(html, Not(HasSubstr("name=\"present\"")));
  EXPECT_THAT(html, Not(HasSubstr("<details class=\"nhsuk-details\" open>")));
  EXPECT_EQ(Count(html, "name=\"csrf_token\" value=\"csrf-1\""), 3u) << "done + move + sign out";
  // The carried-over decision can be marked done or moved, at its version.
  EXPECT_THAT(html, HasSubstr("<form action=\"/huddle/decisions/d-1/done\" method=\"post\" "
                              "novalidate>\n<input type=\"hidden\" name=\"csrf_token\" "
                              "value=\"csrf-1\">\n<input type=\"hidden\" name=\"version\" "
                              "value=\"3\">"));
  EXPECT_THAT(html, HasSubstr("<form action=\"/huddle/decisions/d-1/reschedule\""));
  EXPECT_THAT(html, HasSubstr("id=\"carried-over-decision-d-1-move-by_when-day\" "
                              "name=\"by_when_day\""));
  EXPECT_THAT(html, HasSubstr("id=\"carried-over-decision-d-1-done-outcome\" name=\"outcome\""));
}

TEST_F(TeamPagesTest, DoneAndMovedDecisionsSaySo) {
  HuddleView v = EmptyHuddle();
  TeamDecision done = Decision("d-2", Day(2026, 5, 28), Day(2026, 5, 29));
  done.present = {"u-jo", "u-sam"};
  done.done =
      DecisionDone{.on = Day(2026, 5, 28), .by_user_id = "u-sam", .outcome = "Spoke to her"};
  TeamDecision moved = Decision("d-3", Day(2026, 5, 28), Day(2026, 6, 5));
  moved.by_when_history = {
      {.from = Day(2026, 6, 1), .to = Day(2026, 6, 3), .reason = "a", .by_user_id = "u-jo"},
      {.from = Day(2026, 6, 3), .to = Day(2026, 6, 5), .reason = "b", .by_user_id = "u-jo"}};
  moved.who_does_it = "u-gone";
  v.board.concerns.push_back({.kind = HuddleItemKind::kConcern,
                              .subject_id = "c-1",
                              .about = {DecisionSubjectKind::kConcern, "c-1"},
                              .person_id = "p-1",
                              .decisions = {done, moved}});
  std::string html = Render(HuddlePage(View(std::move(v))));
  EXPECT_THAT(html, HasSubstr("<strong class=\"nhsuk-tag nhsuk-tag--green\">Done</strong> 28 May "
                              "2026: Spoke to her"));
  EXPECT_THAT(html, HasSubstr(">5 June 2026 (moved 2 times)</td>"));
  EXPECT_THAT(html, HasSubstr("Another account"));
  EXPECT_THAT(html, HasSubstr("<strong class=\"nhsuk-tag nhsuk-tag--blue\">Not done yet</strong>"));
  EXPECT_THAT(html, HasSubstr(">Name not known</a>"));
  EXPECT_THAT(html, Not(HasSubstr("/done\""))) << "only carried-over decisions are closed here";
}

TEST_F(TeamPagesTest, AnItemsPageHoldsItsDecisionForm) {
  std::string html = Render(HuddleItemPage(View(ConcernOnly())));
  EXPECT_THAT(html, HasSubstr("<title>Record a team decision – Living Well</title>"));
  EXPECT_THAT(html, HasSubstr("<a class=\"nhsuk-back-link\" href=\"/huddle#concern-c-1\">"));
  EXPECT_THAT(html, HasSubstr("Hyde &lt;North&gt; Team, Thursday 28 May 2026"));
  // The item as on the board, its heading a level up, with its decisions.
  EXPECT_THAT(html, HasSubstr("<h2 class=\"nhsuk-card__heading nhsuk-heading-s\"><a "
                              "class=\"nhsuk-link\" href=\"/people/p-1/record\">"));
  EXPECT_THAT(html, HasSubstr("Ring Amara &amp; offer a walk"));
  EXPECT_THAT(html, Not(HasSubstr("Record a team decision<span")));
  // The form posts to the page, naming what the decision is about.
  EXPECT_THAT(html, HasSubstr("<form action=\"/huddle/items/concern/c-1\" method=\"post\" "
                              "novalidate>\n<input type=\"hidden\" name=\"csrf_token\" "
                              "value=\"csrf-1\">\n"
                              "<input type=\"hidden\" name=\"about_kind\" value=\"concern\">\n"
                              "<input type=\"hidden\" name=\"about_id\" value=\"c-1\">\n"
                              "<input type=\"hidden\" name=\"person_id\" value=\"p-1\">"));
  // The viewer is ticked as present; who does it starts as who holds it.
  EXPECT_THAT(html, HasSubstr("id=\"concern-c-1-present-2\" name=\"present\" type=\"checkbox\" "
                              "value=\"u-pr\" checked>"));
  EXPECT_THAT(html, HasSubstr("id=\"concern-c-1-present\" name=\"present\" type=\"checkbox\" "
                              "value=\"u-jo\">"));
  EXPECT_THAT(html, HasSubstr("<option value=\"u-pr\" selected>Priya Desai</option>"));
  EXPECT_THAT(html, Not(HasSubstr("<details")));
  EXPECT_THAT(html, Not(HasSubstr("/done\""))) << "carried-over forms stay on the board";
}

TEST_F(TeamPagesTest, ARefusedDecisionShowsWhatWasTypedAndItsErrors) {
  HuddlePageView v = View(ConcernOnly());
  v.failed = HuddleForm::kDecision;
  v.failed_item = "concern-c-1";
  v.typed.Add("what", "Ask <b>Sam</b>");
  v.typed.Add("who_does_it", "u-sam");
  v.typed.Add("by_when_day", "31");
  v.typed.Add("by_when_month", "2");
  v.typed.Add("by_when_year", "2026");
  v.typed.Add("present", "u-jo");
  v.errors = {{"by_when", "Enter a real by when"},
              {"present", "A team decision needs the team: choose at least two people"},
              {"about", "Say what the decision is about"}};
  v.status = 422;
  Page page = HuddleItemPage(v);
  EXPECT_EQ(page.status, 422);
  std::string html = Render(page);
  EXPECT_THAT(html, HasSubstr("<title>Error: Record a team decision"));
  EXPECT_THAT(html, HasSubstr("<a href=\"#concern-c-1-by_when-day\">Enter a real by when</a>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"#concern-c-1-present\">A team decision needs the team"));
  EXPECT_THAT(html, HasSubstr("<li>Say what the decision is about</li>")) << "no field: no link";
  EXPECT_THAT(html, HasSubstr(">Ask &lt;b&gt;Sam&lt;/b&gt;</textarea>"));
  EXPECT_THAT(html, HasSubstr("<option value=\"u-sam\" selected>Sam Carter</option>"));
  EXPECT_THAT(html, HasSubstr("name=\"by_when_day\" type=\"text\" value=\"31\""));
  EXPECT_THAT(html, HasSubstr("id=\"concern-c-1-present\" name=\"present\" type=\"checkbox\" "
                              "value=\"u-jo\" checked>"));
  EXPECT_THAT(html, HasSubstr("id=\"concern-c-1-present-2\" name=\"present\" type=\"checkbox\" "
                              "value=\"u-pr\">"))
      << "what was typed, not the default";
  EXPECT_THAT(html, HasSubstr("id=\"concern-c-1-by_when-error\""));
  EXPECT_THAT(html, Not(HasSubstr("Success")));
}

TEST_F(TeamPagesTest, ARefusedMoveShowsOnItsOwnForm) {
  HuddlePageView v = View(FullHuddle());
  v.failed = HuddleForm::kMove;
  v.failed_item = "carried-over-decision-d-1";
  v.typed.Add("reason", "She is away");
  v.errors = {{"by_when", "Choose today or a later date"}};
  std::string html = Render(HuddlePage(v));
  EXPECT_THAT(html,
              HasSubstr("<a href=\"#carried-over-decision-d-1-move-by_when-day\">Choose today "
                        "or a later date</a>"));
  EXPECT_THAT(html, HasSubstr(">She is away</textarea>"));
  EXPECT_EQ(Count(html, "<details class=\"nhsuk-details\" open>"), 1u);
}

TEST_F(TeamPagesTest, SuccessBannerAfterAChange) {
  HuddlePageView v = View(EmptyHuddle());
  v.done = "decision";
  EXPECT_THAT(Render(HuddlePage(v)), HasSubstr("Team decision recorded"));
  v.done = "moved";
  EXPECT_THAT(Render(HuddlePage(v)), HasSubstr("Date moved"));
  v.done = "<b>";
  EXPECT_THAT(Render(HuddlePage(v)), Not(HasSubstr("Success")));
}

TEST_F(TeamPagesTest, ConflictPageLinksBackToTheItem) {
  Page page = DecisionConflictPage("carried-over-decision-d-1");
  EXPECT_EQ(page.status, 409);
  std::string html = Render(page);
  EXPECT_THAT(html, HasSubstr("Someone else has changed this decision"));
  EXPECT_THAT(html, HasSubstr("href=\"/huddle#carried-over-decision-d-1\""));
}

TEST_F(TeamPagesTest, CaseloadTable) {
  CaseloadView v{.worker = Member("u-pr", "Priya Desai")};
  v.caseload.keyworker_user_id = "u-pr";
  v.caseload.lines = {{.episode_id = "e-1",
                       .person_id = "p-1",
                       .intensity = Intensity::kIntensive,
                       .next_due = NextDue{.kind = DueKind::kReview, .on = Day(2026, 5, 20)},
                       .overdue = true,
                       .last_seen_on = Day(2026, 5, 1)},
                      {.episode_id = "e-2", .person_id = "p-2", .intensity = Intensity::kLight}};
  v.caseload.count = 2;
  v.caseload.weighted = 4;
  Person hostile{.id = "p-1", .given_name = std::string(kHostile), .family_name = "Okafor"};
  Person plain{.id = "p-2", .given_name = "Nia", .family_name = "Jones", .preferred_name = "Ni"};
  v.people = {hostile, plain};
  std::string html = Render(CaseloadPage({.caseload = v, .own = true}));
  EXPECT_THAT(html, HasSubstr("<h1 class=\"nhsuk-heading-l\">My caseload</h1>"));
  EXPECT_THAT(html, HasSubstr("2 people, weighted load 4. <strong>1 overdue</strong>."));
  EXPECT_THAT(html, HasSubstr("<a class=\"nhsuk-link\" href=\"/people/p-1/record\">" +
                              std::string(kHostileEscaped) + " Okafor</a>"));
  EXPECT_THAT(html, HasSubstr("href=\"/people/p-2/record\">Ni Jones</a>"));
  EXPECT_THAT(html, HasSubstr(">Intensive</td>"));
  EXPECT_THAT(html, HasSubstr("Review, 20 May 2026 <strong class=\"nhsuk-tag nhsuk-tag--red\">"
                              "Overdue</strong>"));
  EXPECT_THAT(html, HasSubstr(">1 May 2026</td>"));
  EXPECT_THAT(html, HasSubstr(">Nothing scheduled</td>"));
  EXPECT_THAT(html, HasSubstr(">Not seen yet</td>"));
  EXPECT_THAT(html, HasSubstr("Light 1, Regular 2, Intensive 3."));
  EXPECT_THAT(html, HasSubstr("href=\"/caseload\" aria-current=\"page\""));

  std::string theirs = Render(CaseloadPage({.caseload = v, .own = false}));
  EXPECT_THAT(theirs, HasSubstr("<h1 class=\"nhsuk-heading-l\">Priya Desai&#39;s caseload</h1>"));
  v.caseload = {};
  v.people.clear();
  EXPECT_THAT(Render(CaseloadPage({.caseload = v, .own = true})),
              HasSubstr("You are not keyworker for anyone at the moment."));
}

TEST_F(TeamPagesTest, TeamBalanceFlagsTheHeavyAndLinksEachCaseload) {
  TeamCaseloadView v{
      .team_id = "team-a",
      .balance = {.workers = {{.user_id = "u-sam", .count = 4, .weighted = 10, .heavy = true},
                              {.user_id = "u-pr", .count = 2, .weighted = 4},
                              {.user_id = "u-jo"},
                              {.user_id = "u-left", .count = 1, .weighted = 1}},
                  .count = 7,
                  .weighted = 15,
                  .mean_weighted = 3.75},
      .workers = {Member("u-jo", "Jo <Lead>"), Member("u-pr", "Priya Desai"),
                  Member("u-sam", "Sam Carter")}};
  std::string html = Render(TeamCaseloadPage({.team = v, .viewer_user_id = "u-pr"}));
  EXPECT_THAT(html, HasSubstr("7 people supported, weighted load 15, a mean of 3.8 a worker."));
  EXPECT_THAT(html, HasSubstr("<a class=\"nhsuk-link\" href=\"/caseload/u-sam\">Sam Carter</a>"));
  EXPECT_THAT(html, HasSubstr("<a class=\"nhsuk-link\" href=\"/caseload\">Priya Desai</a>"));
  EXPECT_THAT(html, HasSubstr("href=\"/caseload/u-jo\">Jo &lt;Lead&gt;</a>"));
  EXPECT_EQ(Count(html, "More than their share</strong>"), 1u);
  EXPECT_THAT(html, HasSubstr(">Sam Carter</a></td>\n<td class=\"nhsuk-table__cell "
                              "nhsuk-table__cell--numeric\">4</td>\n<td class=\"nhsuk-table__cell "
                              "nhsuk-table__cell--numeric\">10</td>"));
  EXPECT_THAT(html, HasSubstr("Has room"));
  EXPECT_THAT(html, HasSubstr("<td class=\"nhsuk-table__cell\">Another account</td>"));
  EXPECT_THAT(html, HasSubstr("scope=\"row\">Team</th>\n<td class=\"nhsuk-table__cell "
                              "nhsuk-table__cell--numeric\">7</td>"));
  EXPECT_THAT(html, HasSubstr("Mean 3.8"));
  EXPECT_THAT(html, HasSubstr("more than 1.25 times the team's mean"));
}

}  // namespace
}  // namespace team_pages_test
}  // namespace lw::web

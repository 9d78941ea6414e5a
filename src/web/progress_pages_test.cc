#include "web/progress_pages.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "web/charts.h"

namespace lw::web {
namespace progress_pages_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

Person Rosa() {
  Person p;
  p.id = "p-1";
  p.given_name = "Rosa";
  p.family_name = "<Diaz>";
  return p;
}

const std::vector<LifeArea>& Areas() {
  static const std::vector<LifeArea> areas = DefaultLifeAreas();
  return areas;
}

Instrument Small() {
  InstrumentDefinition d{.id = "mood-3",
                         .name = "Mood",
                         .version = "1",
                         .licence = "our own",
                         .placeholder_wording = true,
                         .rule = ScoringRule::kSum,
                         .min_score = Points::Whole(0),
                         .max_score = Points::Whole(6),
                         .reliable_change = Points::Whole(2),
                         .options = {{0, "Never"}, {1, "Sometimes"}, {2, "Often"}},
                         .items = {{.id = "a", .text = "Item <a>"},
                                   {.id = "b", .text = "Item b"},
                                   {.id = "c", .text = "Item c"}}};
  return *ValidateInstrument(std::move(d));
}

TEST(ProgressPagesTest, GoalsShowRatingsOverTimeAndTheFormEscaped) {
  Goal g{.id = "g-1",
         .version = 2,
         .person_id = "p-1",
         .text = "Walk <daily>",
         .life_area = "health",
         .set_on = D(2026, 5, 1)};
  g.ratings = {{.on = D(2026, 5, 1), .rating = 2}, {.on = D(2026, 5, 20), .rating = 6}};
  Page page = GoalsPage({.goals = {.person = Rosa(), .goals = {g}},
                         .life_areas = &Areas(),
                         .csrf_token = "tok",
                         .done = "set"});
  const std::string& html = page.content.str();
  EXPECT_EQ(page.title, "Rosa <Diaz>'s goals");
  EXPECT_THAT(html, HasSubstr("Rosa &lt;Diaz&gt;"));
  EXPECT_THAT(html, HasSubstr("href=\"/people/p-1/goals/g-1\">Walk &lt;daily&gt;</a>"));
  EXPECT_THAT(html, HasSubstr("<td class=\"nhsuk-table__cell\">Health</td>"));
  EXPECT_THAT(html, HasSubstr("2 (1 May 2026), 6 (20 May 2026)"));
  EXPECT_THAT(html, HasSubstr("Goal set"));
  EXPECT_THAT(html, HasSubstr("name=\"first_rating\" type=\"radio\" value=\"10\""));
  EXPECT_THAT(html, HasSubstr("name=\"entered_by\" type=\"radio\" value=\"person\""));
  EXPECT_THAT(html, HasSubstr("action=\"/people/p-1/goals\""));
  EXPECT_THAT(html, HasSubstr("value=\"tok\""));
}

TEST(ProgressPagesTest, ARefusedGoalShowsTheErrorSummaryAndWhatWasTyped) {
  Refusal refusal{
      .form = "set", .errors = {{"rating", "Choose a rating from 0 to 10"}}, .status = 422};
  refusal.typed.Add("text", "Sleep <better>");
  Page page = GoalsPage({.goals = {.person = Rosa()}, .life_areas = &Areas(), .refusal = refusal});
  const std::string& html = page.content.str();
  EXPECT_EQ(page.status, 422);
  EXPECT_TRUE(page.has_errors);
  EXPECT_THAT(html, HasSubstr("There is a problem"));
  EXPECT_THAT(html, HasSubstr("href=\"#first_rating\""));
  EXPECT_THAT(html, HasSubstr("Sleep &lt;better&gt;"));
  EXPECT_THAT(html, Not(HasSubstr("Goal set")));
}

TEST(ProgressPagesTest, AGoalPageOffersRatingAndStatusWithItsVersion) {
  Goal g{.id = "g-1",
         .version = 3,
         .person_id = "p-1",
         .text = "Walk",
         .life_area = "health",
         .set_on = D(2026, 5, 1)};
  Page open = GoalPage({.goal = {.person = Rosa(), .goal = g}, .life_areas = &Areas()});
  EXPECT_THAT(open.content.str(), HasSubstr("action=\"/people/p-1/goals/g-1/ratings\""));
  EXPECT_THAT(open.content.str(), HasSubstr("name=\"version\" value=\"3\""));
  EXPECT_THAT(open.content.str(), HasSubstr("value=\"carried-forward\""));
  g.status = GoalStatus::kAchieved;
  Page done = GoalPage({.goal = {.person = Rosa(), .goal = g}, .life_areas = &Areas()});
  EXPECT_THAT(done.content.str(), Not(HasSubstr("/ratings\"")));
  EXPECT_THAT(done.content.str(), HasSubstr("Achieved"));
}

TEST(ProgressPagesTest, TheWheelIsAnAccessibleRadarChartWithItsNumbersInATable) {
  WheelView w{.person = Rosa()};
  w.check_ins.push_back({.id = "w1", .on = D(2026, 4, 1), .ratings = {{"home", 3}}});
  w.check_ins.push_back({.id = "w2", .on = D(2026, 5, 1), .ratings = {{"home", 8}, {"money", 4}}});
  Page page = WheelPage({.wheel = w, .life_areas = &Areas(), .csrf_token = "t"});
  const std::string& html = page.content.str();
  EXPECT_THAT(html,
              HasSubstr("role=\"img\" aria-labelledby=\"wheel-chart-title wheel-chart-desc\""));
  EXPECT_THAT(html, HasSubstr("<title id=\"wheel-chart-title\">Wheel of Life</title>"));
  EXPECT_THAT(html, HasSubstr("comparing 2 check-ins"));
  // Two polygons told apart by colour and line style, and a legend in words.
  EXPECT_THAT(html, HasSubstr("stroke=\"#005eb8\""));
  EXPECT_THAT(html, HasSubstr("stroke=\"#d5281b\" stroke-width=\"3\" stroke-dasharray=\"8 4\""));
  EXPECT_THAT(html, HasSubstr("Check-in 1 April 2026 (solid blue line)"));
  EXPECT_THAT(html, HasSubstr("Check-in 1 May 2026 (dashed red line)"));
  // The numbers, area by check-in.
  EXPECT_THAT(html, HasSubstr("<th class=\"nhsuk-table__header\" scope=\"row\">Home</th>\n"
                              "<td class=\"nhsuk-table__cell\">3</td>\n"
                              "<td class=\"nhsuk-table__cell\">8</td>"));
  EXPECT_THAT(html, HasSubstr("<td class=\"nhsuk-table__cell\">Not rated</td>"));
  // The form: a fieldset of 1-10 radios per area.
  EXPECT_THAT(html, HasSubstr("id=\"area_personal-growth-10\" name=\"area_personal-growth\""));
}

TEST(ProgressPagesTest, GivingAQuestionnaireShowsEveryItemWithItsOptions) {
  const Instrument mood = Small();
  Page page = GiveQuestionnairePage({.person = Rosa(),
                                     .instrument = &mood,
                                     .instrument_id = "mood-3",
                                     .occasion = "baseline",
                                     .entered_by = "person",
                                     .csrf_token = "t"});
  const std::string& html = page.content.str();
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(html, HasSubstr("1. Item &lt;a&gt;"));
  EXPECT_THAT(html, HasSubstr("name=\"c\" type=\"radio\" value=\"2\""));
  EXPECT_THAT(html, HasSubstr(">Often</label>"));
  EXPECT_THAT(html, HasSubstr("name=\"instrument\" value=\"mood-3\""));
  EXPECT_THAT(html, HasSubstr("placeholders are shown"));
  Page unknown =
      GiveQuestionnairePage({.person = Rosa(),
                             .instrument = nullptr,
                             .instrument_id = "phq-9",
                             .occasion = "baseline",
                             .entered_by = "person",
                             .refusal = {.errors = {{"instrument", "Choose one"}}, .status = 422}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_THAT(unknown.content.str(), Not(HasSubstr("type=\"radio\"")));
}

TEST(ProgressPagesTest, ProgressShowsTheChangeInWordsAChartAndTheNumbers) {
  const Instrument mood = Small();
  std::vector<QuestionnaireResponse> rs = {{.id = "r1",
                                            .instrument_id = "mood-3",
                                            .occasion = Occasion::kBaseline,
                                            .on = D(2026, 3, 1),
                                            .status = ScoreStatus::kComplete,
                                            .score = Points::Whole(1)},
                                           {.id = "r2",
                                            .instrument_id = "mood-3",
                                            .occasion = Occasion::kReview,
                                            .on = D(2026, 5, 1),
                                            .status = ScoreStatus::kComplete,
                                            .score = Points::Whole(4)}};
  ProgressView p{.person = Rosa(), .measures = *MeasureProgressFor(mood, {}, rs)};
  Page page = ProgressPage({.progress = p, .life_areas = &Areas()});
  const std::string& html = page.content.str();
  EXPECT_THAT(html, HasSubstr("Reliable improvement"));
  EXPECT_THAT(html, HasSubstr("A change of 2 or more is reliable."));
  EXPECT_THAT(html, HasSubstr("+3"));
  EXPECT_THAT(html, HasSubstr("role=\"img\" aria-labelledby=\"measure-0-title measure-0-desc\""));
  EXPECT_THAT(html, HasSubstr("<polyline fill=\"none\""));
  EXPECT_THAT(html, HasSubstr("Mood: every score"));
  EXPECT_THAT(html, HasSubstr("<td class=\"nhsuk-table__cell\">Review</td>"));
}

TEST(ProgressPagesTest, TheNumbersBehindEveryChartAreAlsoCsv) {
  const Instrument mood = Small();
  std::vector<QuestionnaireResponse> rs = {{.id = "r1",
                                            .instrument_id = "mood-3",
                                            .occasion = Occasion::kBaseline,
                                            .on = D(2026, 3, 1),
                                            .status = ScoreStatus::kComplete,
                                            .score = Points::Whole(1)},
                                           {.id = "r2",
                                            .instrument_id = "mood-3",
                                            .occasion = Occasion::kReview,
                                            .on = D(2026, 5, 1),
                                            .status = ScoreStatus::kComplete,
                                            .score = Points::Whole(4)}};
  ProgressView p{.person = Rosa(), .measures = *MeasureProgressFor(mood, {}, rs)};
  Goal goal{.id = "g1", .set_on = D(2026, 3, 1)};
  goal.text = "=Walk, \"daily\"";
  goal.life_area = "health";
  goal.ratings.push_back(GoalRating{.on = D(2026, 3, 1), .rating = 2});
  p.goals.push_back(goal);
  p.check_ins.push_back(
      {.id = "w1", .on = D(2026, 4, 1), .ratings = {{"home", 3}, {"retired-area", 5}}});
  EXPECT_EQ(ProgressCsv(p, Areas()),
            "kind,measure,part,date,value,occasion\r\n"
            "questionnaire,Mood,,2026-03-01,1,baseline\r\n"
            "questionnaire,Mood,,2026-05-01,4,review\r\n"
            "goal,\"'=Walk, \"\"daily\"\"\",Health,2026-03-01,2,\r\n"
            "wheel,Wheel of Life,Home,2026-04-01,3,\r\n"
            "wheel,Wheel of Life,retired-area,2026-04-01,5,\r\n");
  // Each chart's page links to it.
  EXPECT_THAT(ProgressPage({.progress = p, .life_areas = &Areas()}).content.str(),
              HasSubstr("href=\"/people/p-1/progress/csv\" download>Download these numbers (CSV)"));
  WheelView w{.person = Rosa(), .check_ins = p.check_ins};
  EXPECT_THAT(WheelPage({.wheel = w, .life_areas = &Areas(), .csrf_token = "t"}).content.str(),
              HasSubstr("href=\"/people/p-1/progress/csv\" download>"));
}

TEST(ChartsTest, LabelsAreEscapedAndSeriesStylesDiffer) {
  Html h;
  Line(h, {.id = "c",
           .title = "<t>",
           .desc = "d",
           .lowest = 0,
           .highest = 10,
           .reference = 5,
           .reference_label = "cut <5>",
           .points = {{"a<b", 2}, {"x", 7.5}}});
  EXPECT_THAT(h.str(), HasSubstr("&lt;t&gt;"));
  EXPECT_THAT(h.str(), HasSubstr("cut &lt;5&gt;"));
  EXPECT_THAT(h.str(), HasSubstr("a&lt;b"));
  EXPECT_THAT(h.str(), HasSubstr(">7.5</text>"));
  for (std::size_t i = 0; i + 1 < 4; ++i) {
    EXPECT_STRNE(StyleFor(i).dasharray, StyleFor(i + 1).dasharray);
    EXPECT_STRNE(StyleFor(i).colour, StyleFor(i + 1).colour);
  }
}

}  // namespace
}  // namespace progress_pages_test
}  // namespace lw::web

// The published Living Well figures (docs/product.md; measures.md section 7)
// reproduced end to end (issue 9, point 5): records built as the platform
// keeps them (introductions, episodes, questionnaire responses, goals), read
// by FactsBuilder, counted by the measures, and each figure checked as the
// measure's definition presents it (RoundedPercent, PercentileHundredths).
//
// The data are made up, in loops, so that the published figure comes out:
// these tests show the platform can state each figure the way the sites
// did, not that the sites' data looked like this. 48% more leisure and
// community involvement and 51% less lonely (Tameside) are not here: the
// platform has no measure of them yet (README.md).
#include <gtest/gtest.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "base/dates.h"
#include "domain/evaluation/facts.h"
#include "domain/evaluation/measures.h"
#include "domain/evaluation/outcome_measures.h"
#include "domain/outcomes/test_support.h"

namespace lw::evaluation {
namespace published_figures_test {
namespace {

using outcomes_test::Gbo;
using outcomes_test::Reqol10;

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

// Merges every month and locality of a grid of shares (or anything with
// Merge) into one figure.
template <typename Cell>
Cell Total(const Grid<Cell>& g) {
  Cell out;
  for (const Cell& c : g.cells) out.Merge(c);
  return out;
}

// Tameside and Glossop: two teams in one locality.
FactsBuilder Tameside() {
  FactsBuilder b;
  EXPECT_TRUE(b.AddLocality({.id = "loc-tameside", .name = "Tameside and Glossop"}));
  EXPECT_TRUE(
      b.AddTeam({.id = "team-tameside", .locality_id = "loc-tameside", .name = "Tameside"}));
  EXPECT_TRUE(b.AddTeam({.id = "team-glossop", .locality_id = "loc-tameside", .name = "Glossop"}));
  return b;
}

std::string TamesideTeam(int i) { return i % 3 == 2 ? "team-glossop" : "team-tameside"; }

// Edinburgh's four Thrive Welcome Teams, as one locality.
constexpr std::array<std::string_view, 4> kEdinburghTeams = {"team-nw", "team-ne", "team-sw",
                                                             "team-se"};
std::string EdinburghTeam(int i) {
  return std::string(kEdinburghTeams[static_cast<std::size_t>(i % 4)]);
}

FactsBuilder Edinburgh() {
  FactsBuilder b;
  EXPECT_TRUE(b.AddLocality({.id = "loc-edinburgh", .name = "Edinburgh"}));
  for (int t = 0; t < 4; ++t) {
    EXPECT_TRUE(b.AddTeam(
        {.id = EdinburghTeam(t), .locality_id = "loc-edinburgh", .name = EdinburghTeam(t)}));
  }
  return b;
}

// ---------------------------------------------------------------------------
// Tameside and Glossop's front door: 1,830 introductions received from
// March 2019 to May 2022, spread evenly over those 1,188 days.

constexpr int kTamesideIntroductions = 1830;
// Days from received to the initial conversation, by i % 10: four under 14
// days, two of exactly 14, four over.
constexpr int kDaysToConversation[10] = {3, 7, 10, 12, 14, 14, 16, 21, 28, 35};
// Of the introductions received by the sources' weights: mostly self and GP.
constexpr IntroductionSource kSources[13] = {
    IntroductionSource::kSelf,      IntroductionSource::kGp,
    IntroductionSource::kSelf,      IntroductionSource::kGp,
    IntroductionSource::kPhone,     IntroductionSource::kOtherNhs,
    IntroductionSource::kSelf,      IntroductionSource::kCarerOrFamily,
    IntroductionSource::kGp,        IntroductionSource::kVoluntaryPartner,
    IntroductionSource::kCouncil,   IntroductionSource::kWalkIn,
    IntroductionSource::kComingBack};
// Endings after a conversation, in turn; without one, could not be reached.
constexpr Ending kEndingsAfterConversation[4] = {Ending::kSupportBegins, Ending::kWarmIntroduction,
                                                 Ending::kSupportBegins, Ending::kInformationGiven};

// Introduction i: every twentieth (i % 20 == 19) could not be reached and
// closed after 28 days with no conversation; every one of the rest had its
// conversation kDaysToConversation[i % 10] days after it was received, and
// one in nine of those then chose not to go ahead.
Introduction TamesideIntroduction(int i) {
  const Date first = D(2019, 3, 1);
  const Date received = first.PlusDays(i * 1187 / (kTamesideIntroductions - 1));
  Introduction intro{.id = "i-" + std::to_string(i),
                     .version = 3,
                     .source = kSources[i % 13],
                     .team_id = TamesideTeam(i)};
  intro.received_at = LondonToUtc(received, 9 + i % 8, (i * 7) % 60);
  intro.state = IntroductionState::kClosed;
  if (i % 20 == 19) {
    intro.ending = Ending::kCouldNotBeReached;
    intro.closed_at = LondonToUtc(received.PlusDays(28), 16, 0);
    return intro;
  }
  const Date held = received.PlusDays(kDaysToConversation[i % 10]);
  intro.conversation = InitialConversation{.held_at = LondonToUtc(held, 10 + i % 6, 30)};
  intro.ending = i % 9 == 4 ? Ending::kChoseNotToGoAhead : kEndingsAfterConversation[i % 4];
  intro.closed_at = LondonToUtc(held, 17, 0);
  return intro;
}

Facts TamesideFrontDoor() {
  FactsBuilder b = Tameside();
  for (int i = 0; i < kTamesideIntroductions; ++i) {
    EXPECT_TRUE(b.AddIntroduction(TamesideIntroduction(i)));
  }
  return b.Finish();
}

Scope MarchTwentyNineteenToMayTwentyTwentyTwo() {
  return Scope{.first_day = D(2019, 3, 1), .last_day = D(2022, 5, 31)};
}

// "1,830 referrals Mar 2019 - May 2022, all but one accepted" (Tameside).
//
// Accepted is 100% by construction, so the published "all but one" cannot
// be represented: Living Well turns nobody away, and an introduction ends
// in one of five Endings (support begins, warm introduction, information
// given, chose not to go ahead, could not be reached), none of which is
// "rejected" or "not accepted". The one the site did not accept would be
// counted here among the 1,830 with one of those endings; we do not invent
// a sixth ending to fake it. What can be reproduced is the count.
TEST(PublishedFiguresTest, EighteenHundredAndThirtyIntroductionsFromMarch2019ToMay2022) {
  const Facts f = TamesideFrontDoor();
  auto g = IntroductionsBySource(f, MarchTwentyNineteenToMayTwentyTwentyTwo());
  ASSERT_TRUE(g) << g.error().message;
  ASSERT_EQ(g->localities, 1);
  ASSERT_EQ(g->months, 39);
  std::int64_t total = 0;
  std::int64_t self = 0;
  for (const SourceCounts& cell : g->cells) {
    for (std::int64_t n : cell) total += n;
    self += cell[static_cast<std::size_t>(IntroductionSource::kSelf)];
  }
  EXPECT_EQ(total, 1830);
  EXPECT_EQ(self, 423) << "3 in 13, i % 13 in {0, 2, 6}";
  // Every introduction is closed with one of the five endings: none is
  // refused, so "accepted" is all of them.
  for (std::uint8_t ending : f.introductions.ending) {
    EXPECT_LT(ending, kAllEndings.size());
  }
  // The months count: without March 2019, fewer.
  auto from_april =
      IntroductionsBySource(f, Scope{.first_day = D(2019, 4, 1), .last_day = D(2022, 5, 31)});
  ASSERT_TRUE(from_april);
  std::int64_t after_march = 0;
  for (const SourceCounts& cell : from_april->cells) {
    for (std::int64_t n : cell) after_march += n;
  }
  EXPECT_LT(after_march, 1830);
  std::int64_t in_march = 0;
  for (std::int64_t n : g->At(0, 0)) in_march += n;
  EXPECT_GT(in_march, 0);
  EXPECT_EQ(after_march + in_march, 1830);
}

// "Median 14 days from referral to initial conversation" (Tameside).
// 1,739 conversations held (91 could not be reached): 732 within 14 days,
// 366 on day 14, 641 later, so the median (0-based position (1739 - 1) / 2
// = 869, no interpolation needed) is 14 days exactly. The last introductions of May 2022
// had their conversations in June, so the scope runs to the end of July:
// no introduction was received after May, so no month after it counts.
TEST(PublishedFiguresTest, MedianFourteenDaysFromIntroductionToInitialConversation) {
  const Facts f = TamesideFrontDoor();
  auto g = DaysToConversation(f, Scope{.first_day = D(2019, 3, 1), .last_day = D(2022, 7, 31)});
  ASSERT_TRUE(g) << g.error().message;
  DayHistogram all;
  for (const DayHistogram& cell : g->cells) all.Merge(cell);
  EXPECT_EQ(all.count(), 1739);
  EXPECT_EQ(all.PercentileHundredths(50), 1400);
  EXPECT_EQ(all.PercentileHundredths(0), 300);
  EXPECT_EQ(all.PercentileHundredths(100), 3500);
  // Up to May 2022 only, the last conversations (held in June) are not yet
  // held and are left out, not counted as waits of some other length.
  auto to_may = DaysToConversation(f, MarchTwentyNineteenToMayTwentyTwentyTwo());
  ASSERT_TRUE(to_may);
  DayHistogram held_by_may;
  for (const DayHistogram& cell : to_may->cells) held_by_may.Merge(cell);
  EXPECT_LT(held_by_may.count(), 1739);
  EXPECT_EQ(held_by_may.PercentileHundredths(50), 1400);
}

// "58% of a sample of 385 had a reliable and meaningful improvement
// (ReQoL)" (Tameside). 385 episodes, each with a ReQoL-10 baseline (8 to
// 22) on the day support started and a follow-up 6 to 16 weeks later; 223
// of them (a permutation of the episodes: (e * 157) % 385 < 223) improve
// by 5 to 12 points, the rest change by -6 to +4. 223 / 385 = 57.92%.
TEST(PublishedFiguresTest, FiftyEightPercentReliableImprovementOfThreeHundredAndEightyFive) {
  constexpr int kEpisodes = 385;
  FactsBuilder b = Tameside();
  ASSERT_TRUE(b.SetReqol10(Reqol10()));
  const Date first = D(2019, 4, 1);
  int improving = 0;
  for (int e = 0; e < kEpisodes; ++e) {
    const std::string person = "p-" + std::to_string(e);
    const std::string id = "e-" + std::to_string(e);
    const Date started = first.PlusDays(e * 2);  // to May 2021
    ASSERT_TRUE(b.AddEpisode(
        {.id = id, .person_id = person, .team_id = TamesideTeam(e), .started_on = started}));
    const bool improves = (e * 157) % kEpisodes < 223;
    improving += improves ? 1 : 0;
    const int baseline = 8 + (e * 7) % 15;
    const int change = improves ? 5 + e % 8 : -6 + e % 11;
    const Date follow_up = started.PlusDays(42 + (e % 11) * 7);
    for (const auto& [suffix, on, score] : {std::tuple{"-base", started, baseline},
                                            std::tuple{"-end", follow_up, baseline + change}}) {
      QuestionnaireResponse r{.id = "r-" + std::to_string(e) + suffix,
                              .person_id = person,
                              .team_id = TamesideTeam(e),
                              .instrument_id = "reqol-10",
                              .on = on};
      r.recorded_at = LondonToUtc(on, 11, 0);
      r.occasion = suffix == std::string_view("-base") ? Occasion::kBaseline : Occasion::kEnd;
      r.status = ScoreStatus::kComplete;
      r.score = Points::Whole(score);
      ASSERT_TRUE(b.AddQuestionnaireResponse(r));
    }
  }
  ASSERT_EQ(improving, 223) << "the data, not the measure";
  const Facts f = b.Finish();
  auto g = ReqolChanges(f, MarchTwentyNineteenToMayTwentyTwentyTwo());
  ASSERT_TRUE(g) << g.error().message;
  Share improved;
  for (const ReqolChange& cell : g->cells) improved.Merge(cell.improved);
  EXPECT_EQ(improved.numerator, 223);
  EXPECT_EQ(improved.denominator, 385);
  EXPECT_EQ(improved.RoundedPercent(), 58);
}

// ---------------------------------------------------------------------------
// "83% progress towards at least one life goal, 74% towards at least two"
// (Salford). 212 episodes, each with two goals (and every other one a
// third, unchanged), rated when support started and again 8 to 20 weeks
// later. By a permutation of the episodes (r = (e * 31) % 212), 176 (r <
// 176) improve on the first goal by 1 to 5 points, and 157 of those (r <
// 157) on the second too, by 1 to 4; the rest stay or fall back by 1 or 2.
//
// Under "any improvement" that is 176 / 212 = 83.02% -> 83 and 157 / 212 =
// 74.06% -> 74. Under "reliable improvement" (GBO: 3 points or more), the
// same data give 138 / 212 = 65.09% -> 65 on at least one goal and 44 / 212
// = 20.75% -> 21 on at least two: which rule Salford used is UNCONFIRMED
// (measures.md section 5), and the rule changes the figure a great deal.
TEST(PublishedFiguresTest, EightyThreePercentProgressOnOneGoalSeventyFourOnTwo) {
  constexpr int kEpisodes = 212;
  FactsBuilder b;
  ASSERT_TRUE(b.AddLocality({.id = "loc-salford", .name = "Salford"}));
  ASSERT_TRUE(b.AddTeam({.id = "team-salford", .locality_id = "loc-salford", .name = "Salford"}));
  ASSERT_TRUE(b.SetGoalRule(Gbo()));
  const Date first = D(2021, 1, 4);
  for (int e = 0; e < kEpisodes; ++e) {
    const std::string person = "p-" + std::to_string(e);
    const Date started = first.PlusDays(e * 3);
    ASSERT_TRUE(b.AddEpisode({.id = "e-" + std::to_string(e),
                              .person_id = person,
                              .team_id = "team-salford",
                              .started_on = started}));
    const int r = (e * 31) % kEpisodes;
    const int first_goal = r < 176 ? 1 + e % 5 : -(e % 3);
    const int second_goal = r < 157 ? 1 + (e / 3) % 4 : -(e % 2);
    struct Rated {
      int baseline, change;
    };
    std::vector<Rated> goals = {{2 + e % 4, first_goal}, {2 + e % 3, second_goal}};
    if (e % 2 == 1) goals.push_back({4, 0});
    const Date later = started.PlusDays(56 + (e % 13) * 7);
    for (std::size_t g = 0; g < goals.size(); ++g) {
      lw::Goal goal{.id = "g-" + std::to_string(e) + "-" + std::to_string(g),
                    .person_id = person,
                    .team_id = "team-salford",
                    .set_on = started};
      goal.ratings = {{.on = started, .rating = goals[g].baseline},
                      {.on = later, .rating = goals[g].baseline + goals[g].change}};
      ASSERT_TRUE(b.AddGoal(goal));
    }
  }
  const Facts f = b.Finish();
  auto g = ProgressTowardsGoals(f, Scope{.first_day = D(2021, 1, 1), .last_day = D(2023, 6, 30)});
  ASSERT_TRUE(g) << g.error().message;
  GoalProgressShares all;
  for (const GoalProgressShares& cell : g->cells) {
    all.one_any.Merge(cell.one_any);
    all.two_any.Merge(cell.two_any);
    all.one_reliable.Merge(cell.one_reliable);
    all.two_reliable.Merge(cell.two_reliable);
  }
  EXPECT_EQ(all.one_any.denominator, 212);
  EXPECT_EQ(all.one_any.numerator, 176);
  EXPECT_EQ(all.two_any.numerator, 157);
  EXPECT_EQ(all.one_any.RoundedPercent(), 83);
  EXPECT_EQ(all.two_any.RoundedPercent(), 74);
  // The reliable rule over the same goals.
  EXPECT_EQ(all.one_reliable.numerator, 138);
  EXPECT_EQ(all.two_reliable.numerator, 44);
  EXPECT_EQ(all.one_reliable.RoundedPercent(), 65);
  EXPECT_EQ(all.two_reliable.RoundedPercent(), 21);
}

// ---------------------------------------------------------------------------
// "60% of 318 had a planned exit" (Edinburgh). 318 episodes ended across
// the four Welcome Teams over 2021-22, 191 of them (by a permutation:
// (e * 101) % 318 < 191) as planned transitions (goals met, moving on,
// completed), the rest not (stopped engaging, moved away, other); 40 more
// still open, which are not in the denominator. 191 / 318 = 60.06%.
TEST(PublishedFiguresTest, SixtyPercentPlannedExitsOfThreeHundredAndEighteen) {
  constexpr int kEnded = 318;
  constexpr EpisodeEnding kPlanned[3] = {EpisodeEnding::kGoalsMet, EpisodeEnding::kMovingOn,
                                         EpisodeEnding::kCompleted};
  constexpr EpisodeEnding kUnplanned[3] = {EpisodeEnding::kStoppedEngaging,
                                           EpisodeEnding::kMovedAway, EpisodeEnding::kOther};
  FactsBuilder b = Edinburgh();
  const Date first = D(2021, 1, 4);
  for (int e = 0; e < kEnded + 40; ++e) {
    Episode episode{.id = "e-" + std::to_string(e),
                    .person_id = "p-" + std::to_string(e),
                    .team_id = EdinburghTeam(e),
                    .started_on = first.PlusDays(e * 2)};
    if (e < kEnded) {
      const bool planned = (e * 101) % kEnded < 191;
      EpisodeEnd end{.reason = planned ? kPlanned[e % 3] : kUnplanned[e % 3],
                     .ended_on = episode.started_on.PlusDays(35 + (e % 17) * 7)};
      if (end.reason == EpisodeEnding::kMovingOn) end.moving_on_to = "Edinburgh Carers Council";
      if (end.reason == EpisodeEnding::kOther) end.other_reason = "Went into hospital";
      episode.ending = end;
    }
    ASSERT_TRUE(b.AddEpisode(episode));
  }
  const Facts f = b.Finish();
  auto g = PlannedExits(f, Scope{.first_day = D(2021, 1, 1), .last_day = D(2023, 3, 31)});
  ASSERT_TRUE(g) << g.error().message;
  const Share exits = Total(*g);
  EXPECT_EQ(exits.numerator, 191);
  EXPECT_EQ(exits.denominator, 318);
  EXPECT_EQ(exits.RoundedPercent(), 60);
}

// The end-of-support experience questions as facts_records_test.cc has
// them: 1 strongly disagree .. 5 strongly agree, each item on its own.
Instrument Experience() {
  InstrumentDefinition d{.id = "experience",
                         .name = "Your experience of support",
                         .version = "1",
                         .licence = "Our own",
                         .rule = ScoringRule::kEachItem,
                         .missing = MissingRule::kSkip,
                         .max_missing = 1,
                         .min_score = Points::Whole(1),
                         .max_score = Points::Whole(5),
                         .options = outcomes_test::Scale(1, 5)};
  d.items.push_back({.id = "listened", .text = "I felt listened to"});
  d.items.push_back({.id = "use-again", .text = "I would use the service again"});
  return outcomes_test::Valid(std::move(d));
}

// "95% felt listened to" (Edinburgh; the sample size was not published).
// 318 people answered the end-of-support survey; 53 of them (every sixth)
// left "I felt listened to" blank, so 265 answered it. Of those, 252 (a
// permutation of the answers: (a * 37) % 265 < 252) agreed or strongly
// agreed (4 or 5), the rest answered 1 to 3. 252 / 265 = 95.09%.
TEST(PublishedFiguresTest, NinetyFivePercentFeltListenedTo) {
  FactsBuilder b = Edinburgh();
  ASSERT_TRUE(b.SetExperience(Experience()));
  const Date first = D(2021, 3, 1);
  int answered = 0;
  for (int p = 0; p < 318; ++p) {
    std::optional<int> listened;
    if (p % 6 != 5) {
      const int a = answered++;
      listened = (a * 37) % 265 < 252 ? 4 + a % 2 : 1 + a % 3;
    }
    const Date on = first.PlusDays(p * 2);
    QuestionnaireResponse r{.id = "x-" + std::to_string(p),
                            .person_id = "p-" + std::to_string(p),
                            .team_id = EdinburghTeam(p),
                            .instrument_id = "experience",
                            .occasion = Occasion::kEnd,
                            .on = on};
    r.recorded_at = LondonToUtc(on, 15, 0);
    r.answers = {{.item_id = "listened", .value = listened},
                 {.item_id = "use-again", .value = 3 + p % 3}};
    ASSERT_TRUE(b.AddQuestionnaireResponse(r));
  }
  ASSERT_EQ(answered, 265) << "the data, not the measure";
  const Facts f = b.Finish();
  auto g = FeltListenedTo(f, Scope{.first_day = D(2021, 3, 1), .last_day = D(2022, 12, 31)});
  ASSERT_TRUE(g) << g.error().message;
  const Share listened = Total(*g);
  EXPECT_EQ(listened.numerator, 252);
  EXPECT_EQ(listened.denominator, 265);
  EXPECT_EQ(listened.RoundedPercent(), 95);
}

}  // namespace
}  // namespace published_figures_test
}  // namespace lw::evaluation

#include "domain/team/caseload.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/team/episode_schedule.h"
#include "domain/team/test_support.h"

namespace lw {
namespace caseload_test {
namespace {

using team_test::Day;
using team_test::Opened;
using team_test::Today;

// An active Tameside episode (review due 25 May 2026) for `person` with `keyworker`.
Episode EpisodeFor(const std::string& id, const std::string& person, const std::string& keyworker) {
  Episode e = Opened();
  e.id = id;
  e.person_id = person;
  e.keyworker_user_id = keyworker;
  e.keyworker_history.back().user_id = keyworker;
  return e;
}

TEST(CaseloadIntensityTest, KeysNamesAndWeightsRoundTrip) {
  for (Intensity i : {Intensity::kLight, Intensity::kRegular, Intensity::kIntensive}) {
    EXPECT_EQ(ParseIntensity(IntensityKey(i)), i);
    EXPECT_FALSE(IntensityDisplayName(i).empty());
  }
  EXPECT_EQ(IntensityWeight(Intensity::kLight), 1);
  EXPECT_EQ(IntensityWeight(Intensity::kRegular), 2);
  EXPECT_EQ(IntensityWeight(Intensity::kIntensive), 3);
  EXPECT_EQ(ParseIntensity("Intensive"), std::nullopt);
  EXPECT_EQ(DueKindKey(DueKind::kPlannedEnding), "planned-ending");
}

TEST(CaseloadNextDueTest, TheEarliestOfReviewPlannedEndingAndContact) {
  Episode e = Opened();
  ASSERT_EQ(NextReviewDue(e), Day(2026, 5, 25));
  EXPECT_EQ(NextDueFor(e, std::nullopt), (NextDue{DueKind::kReview, Day(2026, 5, 25)}));
  EXPECT_EQ(NextDueFor(e, Day(2026, 5, 20)), (NextDue{DueKind::kContact, Day(2026, 5, 20)}));
  e.planned_end_on = Day(2026, 5, 18);
  EXPECT_EQ(NextDueFor(e, Day(2026, 5, 20)), (NextDue{DueKind::kPlannedEnding, Day(2026, 5, 18)}));
  // A tie goes to the review, then the planned ending.
  EXPECT_EQ(NextDueFor(e, Day(2026, 5, 18)), (NextDue{DueKind::kPlannedEnding, Day(2026, 5, 18)}));
  e.planned_end_on = Day(2026, 5, 25);
  EXPECT_EQ(NextDueFor(e, Day(2026, 5, 25)), (NextDue{DueKind::kReview, Day(2026, 5, 25)}));
}

TEST(CaseloadNextDueTest, NothingForAnEndedEpisodeOrWhenNothingIsScheduled) {
  EXPECT_EQ(NextDueFor(team_test::Ended(), Day(2026, 7, 1)), std::nullopt);
  Episode edinburgh = Opened(EdinburghRhythm());  // reviews come from sessions, not dates
  ASSERT_EQ(NextReviewDue(edinburgh), std::nullopt);
  EXPECT_EQ(NextDueFor(edinburgh, std::nullopt), std::nullopt);
}

TEST(CaseloadOfTest, AWorkersActiveEpisodesSoonestDueFirstAndNothingDueLast) {
  const Episode a = EpisodeFor("e-a", "p-a", "u-sam");
  const Episode b = EpisodeFor("e-b", "p-b", "u-sam");
  Episode c = Opened(EdinburghRhythm());
  c.id = "e-c";
  c.person_id = "p-c";  // keyworker u-sam, nothing scheduled
  const Episode other = EpisodeFor("e-d", "p-d", "u-kim");
  const Episode ended = team_test::Ended();  // u-sam's, but ended
  const std::vector<CaseloadFact> facts = {
      {.episode = &c, .intensity = Intensity::kLight},
      {.episode = &a, .intensity = Intensity::kIntensive, .last_seen_on = Day(2026, 5, 1)},
      {.episode = &b, .intensity = Intensity::kRegular, .next_contact_on = Day(2026, 6, 3)},
      {.episode = &other},
      {.episode = &ended},
      {.episode = nullptr}};
  const Caseload load = CaseloadOf("u-sam", facts, Today());
  EXPECT_EQ(load.keyworker_user_id, "u-sam");
  ASSERT_EQ(load.lines.size(), 3u);
  EXPECT_EQ(load.count, 3);
  EXPECT_EQ(load.weighted, 3 + 2 + 1);
  // a: review 25 May (overdue on 1 June); b: review 25 May too, its contact
  // on 3 June is later, so b is also the review; by person id: a, b; c last.
  EXPECT_EQ(load.lines[0].episode_id, "e-a");
  EXPECT_TRUE(load.lines[0].overdue);
  EXPECT_EQ(load.lines[0].last_seen_on, Day(2026, 5, 1));
  EXPECT_EQ(load.lines[1].episode_id, "e-b");
  EXPECT_EQ(load.lines[1].next_due, (NextDue{DueKind::kReview, Day(2026, 5, 25)}));
  EXPECT_EQ(load.lines[2].episode_id, "e-c");
  EXPECT_FALSE(load.lines[2].next_due.has_value());
  EXPECT_FALSE(load.lines[2].overdue);
}

TEST(CaseloadOfTest, DueTodayIsNotOverdue) {
  Episode e = EpisodeFor("e-a", "p-a", "u-sam");
  const std::vector<CaseloadFact> facts = {{.episode = &e, .next_contact_on = Today()}};
  const Caseload load = CaseloadOf("u-sam", facts, Day(2026, 5, 1));
  ASSERT_EQ(load.lines.size(), 1u);
  EXPECT_EQ(load.lines[0].next_due, (NextDue{DueKind::kReview, Day(2026, 5, 25)}));
  EXPECT_FALSE(CaseloadOf("u-sam", facts, Day(2026, 5, 25)).lines[0].overdue);
  EXPECT_TRUE(CaseloadOf("u-sam", facts, Day(2026, 5, 26)).lines[0].overdue);
}

TEST(CaseloadOfTest, AReassignedEpisodeMovesToTheNewKeyworker) {
  const Episode e = EpisodeFor("e-a", "p-a", "u-sam");
  auto moved = ReassignKeyworker(e, "u-kim", Today(), "Sam is on leave", Today());
  ASSERT_TRUE(moved.has_value()) << moved.error().message;
  const std::vector<CaseloadFact> facts = {{.episode = &*moved}};
  EXPECT_EQ(CaseloadOf("u-sam", facts, Today()).count, 0);
  EXPECT_EQ(CaseloadOf("u-kim", facts, Today()).count, 1);
  EXPECT_EQ(moved->keyworker_history.size(), 2u) << "the history is kept";
}

TEST(CaseloadBalanceTest, CountsWeightsAndWhoCarriesMoreThanTheirShare) {
  const Episode a = EpisodeFor("e-a", "p-a", "u-sam");
  const Episode b = EpisodeFor("e-b", "p-b", "u-sam");
  const Episode c = EpisodeFor("e-c", "p-c", "u-sam");
  const Episode d = EpisodeFor("e-d", "p-d", "u-kim");
  const Episode e = EpisodeFor("e-e", "p-e", "u-agency");  // not listed as the team's
  const std::vector<CaseloadFact> facts = {{.episode = &a, .intensity = Intensity::kIntensive},
                                           {.episode = &b, .intensity = Intensity::kIntensive},
                                           {.episode = &c, .intensity = Intensity::kRegular},
                                           {.episode = &d, .intensity = Intensity::kLight},
                                           {.episode = &e, .intensity = Intensity::kRegular}};
  const std::vector<std::string> team = {"u-kim", "u-sam", "u-new"};
  const TeamBalance balance = BalanceOf(team, facts);
  EXPECT_EQ(balance.count, 5);
  EXPECT_EQ(balance.weighted, 3 + 3 + 2 + 1 + 2);
  ASSERT_EQ(balance.workers.size(), 4u);
  EXPECT_DOUBLE_EQ(balance.mean_weighted, 11.0 / 4);
  // Heaviest first; u-new has nobody and still shows, so a lead sees room.
  EXPECT_EQ(balance.workers[0].user_id, "u-sam");
  EXPECT_EQ(balance.workers[0].count, 3);
  EXPECT_EQ(balance.workers[0].weighted, 8);
  EXPECT_TRUE(balance.workers[0].heavy);  // 8 > 1.25 x 2.75
  EXPECT_EQ(balance.workers[1].user_id, "u-agency");
  EXPECT_FALSE(balance.workers[1].heavy);
  EXPECT_EQ(balance.workers[2].user_id, "u-kim");
  EXPECT_EQ(balance.workers[3].user_id, "u-new");
  EXPECT_EQ(balance.workers[3].count, 0);
  EXPECT_FALSE(balance.workers[3].heavy);
}

TEST(CaseloadBalanceTest, AnEmptyTeamHasNoMeanAndNobodyHeavy) {
  const std::vector<std::string> team = {"u-sam"};
  const TeamBalance balance = BalanceOf(team, {});
  ASSERT_EQ(balance.workers.size(), 1u);
  EXPECT_EQ(balance.mean_weighted, 0);
  EXPECT_FALSE(balance.workers[0].heavy);
  const Episode ended = team_test::Ended();
  const std::vector<CaseloadFact> facts = {{.episode = &ended}};
  EXPECT_EQ(BalanceOf(team, facts).count, 0) << "an ended episode is on nobody's caseload";
}

}  // namespace
}  // namespace caseload_test
}  // namespace lw

#include "domain/synth/flows.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <vector>

namespace lw::synth {
namespace flows_test {
namespace {

constexpr int kDraws = 100'000;

TEST(FlowsTest, TheDefaultsAreValid) { EXPECT_TRUE(ValidateFlows(DefaultFlows())); }

TEST(FlowsTest, TheMedianWaitForAConversationIsFourteenDays) {
  const FlowSettings flows = DefaultFlows();
  SynthStream s(2026, "conversation");
  std::vector<int> days;
  days.reserve(kDraws);
  for (int i = 0; i < kDraws; ++i) days.push_back(DrawDaysToConversation(flows, s));
  std::ranges::sort(days);
  EXPECT_EQ(days[days.size() / 2], 14);
  EXPECT_GE(days.front(), 0);
  EXPECT_LE(days.back(), 120);
  const auto within_a_month = std::ranges::count_if(days, [](int d) { return d <= 30; });
  EXPECT_GT(within_a_month, kDraws * 8 / 10) << "most within a month";
  EXPECT_GT(days[days.size() * 95 / 100], 45) << "with a long tail";
}

TEST(FlowsTest, SourcesFollowTheirWeightsAndTheReturningShare) {
  const FlowSettings flows = DefaultFlows();
  SynthStream s(2026, "sources");
  std::map<IntroductionSource, int> counts;
  for (int i = 0; i < kDraws; ++i) ++counts[DrawSource(flows, s)];
  EXPECT_NEAR(counts[IntroductionSource::kComingBack] / double(kDraws), flows.returning_share,
              0.01);
  const double fresh =
      std::accumulate(flows.source_weights.begin(), flows.source_weights.end(), 0.0);
  for (std::size_t i = 0; i + 1 < kAllIntroductionSources.size(); ++i) {
    const double expected = (1 - flows.returning_share) * flows.source_weights[i] / fresh;
    EXPECT_NEAR(counts[kAllIntroductionSources[i]] / double(kDraws), expected, 0.01)
        << IntroductionSourceKey(kAllIntroductionSources[i]);
  }
}

TEST(FlowsTest, EndingsAreMostlySupportAndNeverARejection) {
  const FlowSettings flows = DefaultFlows();
  SynthStream s(2026, "endings");
  std::map<Ending, int> counts;
  for (int i = 0; i < kDraws; ++i) ++counts[DrawEnding(flows, s)];
  EXPECT_NEAR(counts[Ending::kSupportBegins] / double(kDraws), 0.70, 0.01);
  EXPECT_NEAR(counts[Ending::kWarmIntroduction] / double(kDraws), 0.12, 0.01);
  EXPECT_NEAR(counts[Ending::kInformationGiven] / double(kDraws), 0.08, 0.01);
  EXPECT_GT(counts[Ending::kCouldNotBeReached], 0);
}

TEST(FlowsTest, TheSeasonAveragesToTheYearsRate) {
  const FlowSettings flows = DefaultFlows();
  double total = 0;
  for (int month = 1; month <= 12; ++month) total += DailyRate(flows, month);
  EXPECT_NEAR(total / 12 * 365, flows.introductions_per_year, 1e-6);
  EXPECT_LT(DailyRate(flows, 8), DailyRate(flows, 1)) << "August is quieter than January";
  EXPECT_EQ(DailyRate(flows, 0), 0);
  EXPECT_EQ(DailyRate(flows, 13), 0);
}

TEST(FlowsTest, BadSettingsAreRefusedNamingTheMember) {
  auto refused = [](auto change) {
    FlowSettings f = DefaultFlows();
    change(f);
    auto s = ValidateFlows(f);
    return s ? std::string("accepted") : s.error().message;
  };
  EXPECT_EQ(
      refused([](FlowSettings& f) { f.introductions_per_year = 0; }).find("introductions_per_year"),
      0u);
  EXPECT_EQ(refused([](FlowSettings& f) { f.source_weights[2] = -1; }).find("source_weights"), 0u);
  EXPECT_EQ(refused([](FlowSettings& f) { f.ending_weights.fill(0); }).find("ending_weights"), 0u);
  EXPECT_EQ(refused([](FlowSettings& f) { f.season[7] = 0; }).find("season"), 0u);
  EXPECT_EQ(refused([](FlowSettings& f) { f.planned_exit_share = 1.2; }).find("planned_exit_share"),
            0u);
  EXPECT_EQ(refused([](FlowSettings& f) {
              f.goal_progress_two_share = 0.9;
            }).find("goal_progress_two_share"),
            0u);
}

}  // namespace
}  // namespace flows_test
}  // namespace lw::synth

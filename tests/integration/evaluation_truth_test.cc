// The evaluation of a generated system (issue 9): stored, read back as
// facts (services/evaluation_facts.h) and measured (domain/evaluation), it
// gives exactly the figures the generator's own books kept (truth.h),
// locality by locality and month by month. Runs on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/app.h"
#include "app/config.h"
#include "app/instrument_files.h"
#include "base/clock.h"
#include "domain/evaluation/measures.h"
#include "domain/evaluation/outcome_measures.h"
#include "domain/synth/records.h"
#include "domain/synth/system.h"
#include "services/evaluation_facts.h"
#include "services/synth_load.h"
#include "test_store.h"
#include "testing/temp_dir.h"

namespace lw::testing {
namespace evaluation_truth_test {
namespace {

using evaluation::DayHistogram;

void ExpectSame(const DayHistogram& measured, const synth::DayCounts& truth,
                const std::string& what) {
  EXPECT_EQ(measured.count(), truth.count()) << what;
  for (int percent : {50, 90}) {
    EXPECT_EQ(measured.PercentileHundredths(percent), truth.PercentileHundredths(percent))
        << what << ", percentile " << percent;
  }
}

std::string Where(int locality, int month = -1) {
  return "locality " + std::to_string(locality) +
         (month < 0 ? std::string() : ", month " + std::to_string(month));
}

class EvaluationTruthTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Config config;
    store_config_.Apply(config);
    auto opened = OpenStore(config);
    ASSERT_TRUE(opened.has_value()) << opened.error().message;
    store_ = std::move(*opened);
    auto instruments = LoadShippedInstruments();
    ASSERT_TRUE(instruments.has_value()) << instruments.error().message;
    instruments_ = std::move(*instruments);
    // Three small localities: the third has open-ended episodes.
    spec_ = synth::SpecFor(synth::Scale::kDemo, 11);
    spec_.localities = 3;
    ManualClock clock(FromUnixMicros(1'775'000'000'000'000));
    auto loaded = LoadSynthSystem(*store_, spec_, instruments_, clock);
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message;
    truth_ = loaded->truth;
    // With the shipped ReQoL-10 and GBO definitions, whose rules the
    // outcome measures classify by.
    auto facts = ReadEvaluationFacts(*store_, {.instruments = &instruments_, .thresholds = {}});
    ASSERT_TRUE(facts.has_value()) << facts.error().message;
    facts_ = std::move(*facts);
    ASSERT_EQ(facts_.places.locality_ids.size(), 3u);
    scope_ = {.first_day = spec_.first_day, .last_day = spec_.last_day};
  }

  // The facts' index of the generator's locality `l`.
  std::int32_t IndexOf(int l) const {
    for (std::size_t i = 0; i < facts_.places.locality_ids.size(); ++i) {
      if (facts_.places.locality_ids[i] == synth::LocalityId(l))
        return static_cast<std::int32_t>(i);
    }
    ADD_FAILURE() << "no locality " << synth::LocalityId(l);
    return 0;
  }
  const synth::LocalityTruth& TruthOf(int l) const {
    return truth_.localities[static_cast<std::size_t>(l)];
  }

  void CheckIntroductionsBySourceAndMonth() const {
    auto grid = evaluation::IntroductionsBySource(facts_, scope_);
    ASSERT_TRUE(grid.has_value()) << grid.error().message;
    for (int l = 0; l < spec_.localities; ++l) {
      const synth::LocalityTruth& t = TruthOf(l);
      ASSERT_EQ(static_cast<std::size_t>(grid->months), t.introductions_by_month.size());
      evaluation::SourceCounts by_source{};
      long long total = 0;
      for (std::int32_t m = 0; m < grid->months; ++m) {
        long long in_month = 0;
        const evaluation::SourceCounts& cell = grid->At(IndexOf(l), m);
        for (std::size_t s = 0; s < cell.size(); ++s) {
          by_source[s] += cell[s];
          in_month += cell[s];
        }
        EXPECT_EQ(in_month, t.introductions_by_month[static_cast<std::size_t>(m)]) << Where(l, m);
        total += in_month;
      }
      for (std::size_t s = 0; s < by_source.size(); ++s) {
        EXPECT_EQ(by_source[s], t.introductions_by_source[s]) << Where(l) << ", source " << s;
      }
      EXPECT_EQ(total, t.introductions) << Where(l);
      EXPECT_GT(total, 100) << "a locality of the demo scale";
    }
  }

  void CheckDaysToConversation() const {
    auto grid = evaluation::DaysToConversation(facts_, scope_);
    ASSERT_TRUE(grid.has_value()) << grid.error().message;
    DayHistogram everywhere;
    for (int l = 0; l < spec_.localities; ++l) {
      DayHistogram locality;
      for (std::int32_t m = 0; m < grid->months; ++m) {
        const DayHistogram& cell = grid->At(IndexOf(l), m);
        ExpectSame(cell, TruthOf(l).days_to_conversation_by_month[static_cast<std::size_t>(m)],
                   Where(l, m));
        locality.Merge(cell);
      }
      ExpectSame(locality, TruthOf(l).days_to_conversation, Where(l));
      everywhere.Merge(locality);
    }
    ExpectSame(everywhere, truth_.Total().days_to_conversation, "all localities");
  }

  void CheckWaitingAtEnd() const {
    auto waiting = evaluation::WaitingAtEnd(facts_, scope_);
    ASSERT_TRUE(waiting.has_value()) << waiting.error().message;
    long long total = 0;
    for (int l = 0; l < spec_.localities; ++l) {
      const DayHistogram& measured = (*waiting)[static_cast<std::size_t>(IndexOf(l))];
      EXPECT_EQ(measured.count(), TruthOf(l).waiting_at_end) << Where(l);
      ExpectSame(measured, TruthOf(l).days_waiting_at_end, Where(l));
      total += measured.count();
    }
    EXPECT_GT(total, 0) << "someone is waiting at the end of the window";
  }

  void CheckPlannedExits() const {
    auto grid = evaluation::PlannedExits(facts_, scope_);
    ASSERT_TRUE(grid.has_value()) << grid.error().message;
    for (int l = 0; l < spec_.localities; ++l) {
      evaluation::Share share;
      for (std::int32_t m = 0; m < grid->months; ++m) share.Merge(grid->At(IndexOf(l), m));
      EXPECT_EQ(share.numerator, TruthOf(l).planned_exits) << Where(l);
      EXPECT_EQ(share.denominator, TruthOf(l).episodes_ended) << Where(l);
      EXPECT_GT(share.denominator, 0) << Where(l);
    }
  }

  void CheckWarmIntroductions() const {
    auto grid = evaluation::WarmIntroductionsLanded(facts_, scope_);
    ASSERT_TRUE(grid.has_value()) << grid.error().message;
    for (int l = 0; l < spec_.localities; ++l) {
      evaluation::Share landed;
      DayHistogram days;
      for (std::int32_t m = 0; m < grid->months; ++m) {
        landed.Merge(grid->At(IndexOf(l), m).landed);
        days.Merge(grid->At(IndexOf(l), m).days_to_land);
      }
      EXPECT_EQ(landed.denominator, TruthOf(l).warm_made) << Where(l);
      EXPECT_EQ(landed.numerator, TruthOf(l).warm_landed) << Where(l);
      ExpectSame(days, TruthOf(l).warm_days_to_land, Where(l));
      EXPECT_GT(landed.numerator, 0) << Where(l);
    }
  }

  void CheckTwoContacts() const {
    auto grid = evaluation::TwoContacts(facts_, scope_);
    ASSERT_TRUE(grid.has_value()) << grid.error().message;
    // The generator's books count the twelve months ending with the
    // window's last month.
    const std::int32_t last = grid->months - 1;
    long long total = 0;
    for (int l = 0; l < spec_.localities; ++l) {
      EXPECT_EQ(grid->At(IndexOf(l), last), TruthOf(l).two_contacts_people) << Where(l, last);
      total += grid->At(IndexOf(l), last);
    }
    EXPECT_GT(total, 100) << "people with two contacts at the demo scale";
  }

  void CheckReqolChange() const {
    auto grid = evaluation::ReqolChanges(facts_, scope_);
    ASSERT_TRUE(grid.has_value()) << grid.error().message;
    for (int l = 0; l < spec_.localities; ++l) {
      evaluation::ReqolChange whole;
      for (std::int32_t m = 0; m < grid->months; ++m) {
        const evaluation::ReqolChange& cell = grid->At(IndexOf(l), m);
        whole.improved.Merge(cell.improved);
        whole.deteriorated.Merge(cell.deteriorated);
        whole.recovered.Merge(cell.recovered);
      }
      const synth::LocalityTruth& t = TruthOf(l);
      EXPECT_EQ(whole.improved.denominator, t.reqol_pairs) << Where(l);
      EXPECT_EQ(whole.deteriorated.denominator, t.reqol_pairs) << Where(l);
      EXPECT_EQ(whole.improved.numerator, t.reqol_improved) << Where(l);
      EXPECT_EQ(whole.deteriorated.numerator, t.reqol_deteriorated) << Where(l);
      EXPECT_EQ(whole.recovered.denominator, t.reqol_clinical_at_baseline) << Where(l);
      EXPECT_EQ(whole.recovered.numerator, t.reqol_recovered) << Where(l);
      EXPECT_GT(whole.improved.numerator, 0) << Where(l);
      EXPECT_GT(whole.recovered.numerator, 0) << Where(l);
    }
  }

  void CheckGoalProgress() const {
    auto grid = evaluation::ProgressTowardsGoals(facts_, scope_);
    ASSERT_TRUE(grid.has_value()) << grid.error().message;
    for (int l = 0; l < spec_.localities; ++l) {
      evaluation::GoalProgressShares whole;
      for (std::int32_t m = 0; m < grid->months; ++m) {
        const evaluation::GoalProgressShares& cell = grid->At(IndexOf(l), m);
        whole.one_any.Merge(cell.one_any);
        whole.two_any.Merge(cell.two_any);
        whole.one_reliable.Merge(cell.one_reliable);
        whole.two_reliable.Merge(cell.two_reliable);
      }
      const synth::LocalityTruth& t = TruthOf(l);
      for (const evaluation::Share* s :
           {&whole.one_any, &whole.two_any, &whole.one_reliable, &whole.two_reliable}) {
        EXPECT_EQ(s->denominator, t.goal_episodes) << Where(l);
      }
      EXPECT_EQ(whole.one_any.numerator, t.goal_one_any) << Where(l);
      EXPECT_EQ(whole.two_any.numerator, t.goal_two_any) << Where(l);
      EXPECT_EQ(whole.one_reliable.numerator, t.goal_one_reliable) << Where(l);
      EXPECT_EQ(whole.two_reliable.numerator, t.goal_two_reliable) << Where(l);
      EXPECT_GT(whole.two_reliable.numerator, 0) << Where(l);
    }
  }

  // The generator records only "felt listened to" in the stored survey
  // (its less lonely and more involved are in its books alone).
  void CheckFeltListenedTo() const {
    auto grid = evaluation::FeltListenedTo(facts_, scope_);
    ASSERT_TRUE(grid.has_value()) << grid.error().message;
    for (int l = 0; l < spec_.localities; ++l) {
      evaluation::Share whole;
      for (std::int32_t m = 0; m < grid->months; ++m) whole.Merge(grid->At(IndexOf(l), m));
      EXPECT_EQ(whole.denominator, TruthOf(l).experience_responses) << Where(l);
      EXPECT_EQ(whole.numerator, TruthOf(l).felt_listened_to) << Where(l);
      EXPECT_GT(whole.numerator, 0) << Where(l);
    }
  }

  TempDir dir_;
  TestStore store_config_{dir_.File("data")};
  std::vector<Instrument> instruments_;
  std::unique_ptr<Store> store_;
  synth::SystemSpec spec_;
  synth::SystemTruth truth_;
  evaluation::Facts facts_;
  evaluation::Scope scope_;
};

// One system, loaded once (loading is the slow part), measured every way.
TEST_F(EvaluationTruthTest, TheMeasuresGiveTheGeneratorsOwnFigures) {
  {
    SCOPED_TRACE("introductions by source and month");
    CheckIntroductionsBySourceAndMonth();
  }
  {
    SCOPED_TRACE("days to the initial conversation");
    CheckDaysToConversation();
  }
  {
    SCOPED_TRACE("waiting at the end");
    CheckWaitingAtEnd();
  }
  {
    SCOPED_TRACE("two or more contacts (MHS108)");
    CheckTwoContacts();
  }
  {
    SCOPED_TRACE("ReQoL-10 change");
    CheckReqolChange();
  }
  {
    SCOPED_TRACE("progress towards goals");
    CheckGoalProgress();
  }
  {
    SCOPED_TRACE("felt listened to");
    CheckFeltListenedTo();
  }
  {
    SCOPED_TRACE("planned exits");
    CheckPlannedExits();
  }
  {
    SCOPED_TRACE("warm introductions landed");
    CheckWarmIntroductions();
  }
}

}  // namespace
}  // namespace evaluation_truth_test
}  // namespace lw::testing

#include "domain/team/support_rhythm.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>
#include "testing/field_errors.h"

namespace lw {
namespace support_rhythm_test {
namespace {

using ::lw::testing::Fields;

TEST(SupportRhythmTest, PresetsSayWhatEachLocalityDoes) {
  EXPECT_EQ(TamesideRhythm(), (SupportRhythm{.review_every_weeks = 12, .time_limit_weeks = 12}));
  EXPECT_EQ(SalfordRhythm(), (SupportRhythm{.review_every_weeks = 12}));
  EXPECT_FALSE(SalfordRhythm().time_limit_weeks.has_value());
  EXPECT_EQ(EdinburghRhythm(), (SupportRhythm{.session_guide = 12}));
  for (const auto& r : {TamesideRhythm(), SalfordRhythm(), EdinburghRhythm()}) {
    EXPECT_TRUE(ValidateSupportRhythm(r).has_value());
  }
}

TEST(SupportRhythmTest, NothingSetIsValid) {
  EXPECT_TRUE(ValidateSupportRhythm(SupportRhythm{}).has_value());
}

TEST(SupportRhythmTest, BoundsAreInclusive) {
  EXPECT_TRUE(
      ValidateSupportRhythm({.review_every_weeks = 1, .time_limit_weeks = 1, .session_guide = 1})
          .has_value());
  EXPECT_TRUE(ValidateSupportRhythm(
                  {.review_every_weeks = 104, .time_limit_weeks = 104, .session_guide = 200})
                  .has_value());
}

TEST(SupportRhythmTest, EachFieldOutOfRangeIsNamed) {
  EXPECT_EQ(Fields(ValidateSupportRhythm({.review_every_weeks = 0})),
            std::vector<std::string>{"review_every_weeks"});
  EXPECT_EQ(Fields(ValidateSupportRhythm({.review_every_weeks = 105})),
            std::vector<std::string>{"review_every_weeks"});
  EXPECT_EQ(Fields(ValidateSupportRhythm({.time_limit_weeks = -12})),
            std::vector<std::string>{"time_limit_weeks"});
  EXPECT_EQ(Fields(ValidateSupportRhythm({.time_limit_weeks = 105})),
            std::vector<std::string>{"time_limit_weeks"});
  EXPECT_EQ(Fields(ValidateSupportRhythm({.session_guide = 0})),
            std::vector<std::string>{"session_guide"});
  EXPECT_EQ(Fields(ValidateSupportRhythm({.session_guide = 201})),
            std::vector<std::string>{"session_guide"});
}

TEST(SupportRhythmTest, AllProblemsAreReportedTogether) {
  auto s =
      ValidateSupportRhythm({.review_every_weeks = 0, .time_limit_weeks = 0, .session_guide = 0});
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Fields(s),
            (std::vector<std::string>{"review_every_weeks", "time_limit_weeks", "session_guide"}));
  EXPECT_EQ(s.error().field_errors[0].message, "Reviews must be every 1 to 104 weeks");
  EXPECT_EQ(s.error().field_errors[1].message, "The time limit must be 1 to 104 weeks");
  EXPECT_EQ(s.error().field_errors[2].message, "The session guide must be 1 to 200 sessions");
}

}  // namespace
}  // namespace support_rhythm_test
}  // namespace lw

#include "domain/jobs/job_run.h"

#include <gtest/gtest.h>

namespace lw {
namespace job_run_test {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

TEST(JobSlotTest, IsTheStartOfTheIntervalContainingNow) {
  Micros fifteen = minutes(15);
  Timestamp start = FromUnixMicros(1'773'046'800'000'000);  // a multiple of 15 minutes
  EXPECT_EQ(JobSlot(start, fifteen), start);
  EXPECT_EQ(JobSlot(start + seconds(1), fifteen), start);
  EXPECT_EQ(JobSlot(start + minutes(15) - Micros(1), fifteen), start);
  EXPECT_EQ(JobSlot(start + minutes(15), fifteen), start + minutes(15));
}

TEST(JobSlotTest, EveryServerComputesTheSameSlotWhateverItsStartTime) {
  Timestamp a = FromUnixMicros(1'773'046'800'000'000) + seconds(7);
  Timestamp b = a + seconds(40);
  EXPECT_EQ(JobSlot(a, minutes(1)), JobSlot(b, minutes(1)));
  EXPECT_NE(JobSlot(a, seconds(30)), JobSlot(b, seconds(30)));
}

TEST(JobSlotTest, RoundsDownBeforeTheEpochToo) {
  EXPECT_EQ(JobSlot(FromUnixMicros(-1), seconds(1)), FromUnixMicros(-1'000'000));
  EXPECT_EQ(JobSlot(FromUnixMicros(-1'000'000), seconds(1)), FromUnixMicros(-1'000'000));
}

TEST(JobSlotDeathTest, RefusesANonPositiveInterval) {
  EXPECT_DEATH(JobSlot(FromUnixMicros(0), Micros(0)), "");
}

}  // namespace
}  // namespace job_run_test
}  // namespace lw

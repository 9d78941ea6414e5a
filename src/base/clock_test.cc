#include "base/clock.h"

#include <gtest/gtest.h>

#include <chrono>

namespace lw {
namespace clock_test {
namespace {

using std::chrono::hours;
using std::chrono::seconds;

// 2026-03-09T14:05:00Z
constexpr std::int64_t kStartUs = 1773065100LL * 1000000;

TEST(TimestampTest, UnixMicrosRoundTrip) {
  Timestamp t = FromUnixMicros(kStartUs + 123456);
  EXPECT_EQ(ToUnixMicros(t), kStartUs + 123456);
  EXPECT_EQ(ToUnixMicros(FromUnixMicros(0)), 0);
  EXPECT_EQ(ToUnixMicros(FromUnixMicros(-5)), -5);
}

TEST(ManualClockTest, StartsWhereTold) {
  ManualClock clock(FromUnixMicros(kStartUs));
  EXPECT_EQ(ToUnixMicros(clock.Now()), kStartUs);
  // Reading does not move it.
  EXPECT_EQ(ToUnixMicros(clock.Now()), kStartUs);
}

TEST(ManualClockTest, AdvanceMovesByExactlyTheAmount) {
  ManualClock clock(FromUnixMicros(kStartUs));
  clock.Advance(Micros(1));
  EXPECT_EQ(ToUnixMicros(clock.Now()), kStartUs + 1);
  clock.Advance(seconds(90));
  EXPECT_EQ(ToUnixMicros(clock.Now()), kStartUs + 1 + 90'000'000);
  clock.Advance(hours(24));
  EXPECT_EQ(ToUnixMicros(clock.Now()), kStartUs + 1 + 90'000'000 + 86'400'000'000LL);
}

TEST(ManualClockTest, SetJumpsEitherWay) {
  ManualClock clock(FromUnixMicros(kStartUs));
  clock.Set(FromUnixMicros(kStartUs + 500));
  EXPECT_EQ(ToUnixMicros(clock.Now()), kStartUs + 500);
  clock.Set(FromUnixMicros(1000));
  EXPECT_EQ(ToUnixMicros(clock.Now()), 1000);
  clock.Advance(Micros(-1000));
  EXPECT_EQ(ToUnixMicros(clock.Now()), 0);
}

TEST(ManualClockTest, UsableThroughTheInterface) {
  ManualClock manual(FromUnixMicros(kStartUs));
  const Clock& clock = manual;
  manual.Advance(Micros(7));
  EXPECT_EQ(ToUnixMicros(clock.Now()), kStartUs + 7);
}

// The one test that reads the wall clock: a sanity check that SystemClock
// is wired to real time.
TEST(SystemClockTest, ReadsRecentTimeAndDoesNotGoBackwards) {
  SystemClock clock;
  Timestamp a = clock.Now();
  Timestamp b = clock.Now();
  EXPECT_LE(a, b);
  // After 2024-01-01T00:00:00Z: the clock is real time, not zero.
  EXPECT_GT(ToUnixMicros(a), 1704067200LL * 1000000);
}

TEST(StartedClockTest, StartsAtTheGivenInstantAndRunsForwardAtTheRealPace) {
  const auto before = std::chrono::steady_clock::now();
  StartedClock clock(FromUnixMicros(kStartUs));
  const Timestamp a = clock.Now();
  const Timestamp b = clock.Now();
  const auto elapsed =
      std::chrono::duration_cast<Micros>(std::chrono::steady_clock::now() - before);
  // Far from the wall clock's year, at or after the start, never backwards,
  // and no further on than the real time that passed while we looked.
  EXPECT_GE(ToUnixMicros(a), kStartUs);
  EXPECT_LE(a, b);
  EXPECT_LE(ToUnixMicros(b) - kStartUs, elapsed.count());
}

}  // namespace
}  // namespace clock_test
}  // namespace lw

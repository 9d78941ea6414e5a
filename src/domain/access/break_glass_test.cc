#include "domain/access/break_glass.h"

#include <gtest/gtest.h>

#include <string>

#include "base/dates.h"

namespace lw {
namespace break_glass_test {
namespace {

Timestamp At(int hour) { return FromUnixMicros(1'780'000'000'000'000) + std::chrono::hours(hour); }

TEST(BreakGlassTest, AGrantLastsFourHoursForOneReaderAndOnePerson) {
  auto grant = GrantBreakGlass("u-1", "p-1", "  Crisis call at 2am, team closed  ", At(0));
  ASSERT_TRUE(grant.has_value()) << grant.error().message;
  EXPECT_EQ(grant->reason, "Crisis call at 2am, team closed");
  EXPECT_EQ(grant->user_id, "u-1");
  EXPECT_EQ(grant->person_id, "p-1");
  EXPECT_TRUE(BreakGlassActive(*grant, At(0)));
  EXPECT_TRUE(BreakGlassActive(*grant, At(3)));
  EXPECT_FALSE(BreakGlassActive(*grant, At(4)));
  EXPECT_FALSE(BreakGlassActive(*grant, At(0) - std::chrono::seconds(1)));
  EXPECT_FALSE(grant->review.has_value());
}

TEST(BreakGlassTest, AReasonIsRequiredAndBounded) {
  for (const std::string& reason :
       {std::string(""), std::string("   urgent  "), std::string(kMaxBreakGlassReason + 1, 'x')}) {
    auto grant = GrantBreakGlass("u-1", "p-1", reason, At(0));
    ASSERT_FALSE(grant.has_value());
    EXPECT_EQ(grant.error().code, ErrorCode::kInvalidArgument);
    ASSERT_EQ(grant.error().field_errors.size(), 1u);
    EXPECT_EQ(grant.error().field_errors[0].field, "reason");
  }
  EXPECT_TRUE(GrantBreakGlass("u-1", "p-1", std::string(kMinBreakGlassReason, 'x'), At(0)));
}

TEST(BreakGlassTest, SomeoneElseReviewsItOnce) {
  BreakGlass grant = *GrantBreakGlass("u-1", "p-1", "Crisis call at 2am", At(0));
  grant.version = 1;
  auto own = ReviewBreakGlass(grant, {.by_user_id = "u-1", .at = At(5)});
  ASSERT_FALSE(own.has_value());
  EXPECT_EQ(own.error().code, ErrorCode::kFailedPrecondition);
  auto nobody = ReviewBreakGlass(grant, {.by_user_id = "", .at = At(5)});
  ASSERT_FALSE(nobody.has_value());
  EXPECT_EQ(nobody.error().code, ErrorCode::kInvalidArgument);

  auto reviewed = ReviewBreakGlass(grant, {.by_user_id = "u-lead", .at = At(5), .note = " ok "});
  ASSERT_TRUE(reviewed.has_value());
  EXPECT_EQ(reviewed->version, 2);
  ASSERT_TRUE(reviewed->review.has_value());
  EXPECT_EQ(reviewed->review->note, "ok");
  auto again = ReviewBreakGlass(*reviewed, {.by_user_id = "u-lead", .at = At(6)});
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace break_glass_test
}  // namespace lw

#include "storage/sql/introduction_record.h"

#include <gtest/gtest.h>

namespace lw::sql {
namespace introduction_record_test {
namespace {

Introduction Everything() {
  const Timestamp t = FromUnixMicros(1'773'046'800'000'000);
  Introduction in;
  in.id = "i-1";
  in.version = 4;
  in.reference = "LW-7K3M-Q9TP";
  in.source = IntroductionSource::kCarerOrFamily;
  in.made_by_user_id = "u-1";
  in.introducer_name = "Ade";
  in.introducer_relationship = "Brother";
  in.introducer_organisation = "";
  in.person_knows = true;
  in.received_at = t;
  in.given_name = "Nia";
  in.family_name = "O'Brien-Jones";
  in.preferred_name = "Ni";
  in.date_of_birth = *Date::FromYmd(1988, 2, 29);
  in.postcode = "SK14 1AA";
  in.nhs_number = "9434765919";
  in.contact = {.methods = {ContactMethod::kText, ContactMethod::kEmail},
                .phone = "07700 900123",
                .email = "nia@example.org",
                .may_leave_message = true,
                .safe_times = "evenings"};
  in.in_their_words = "Line one\nLine \"two\" <script>alert(1)</script> \xC3\xA9";
  in.help_wanted = "Someone to talk to";
  in.equality.answers = {{"ethnicity", "prefer-not-to-say"}, {"religion", "none"}};
  in.privacy_agreed = true;
  in.team_id = "team-1";
  in.assigned_user_id = "u-2";
  in.person_id = "p-1";
  in.state = IntroductionState::kClosed;
  in.attempts = {{t + std::chrono::hours(1), ContactMethod::kText, "u-2", "Texted"},
                 {t + std::chrono::hours(30), ContactMethod::kEmail, "u-2", ""}};
  in.booking = ConversationBooking{t + std::chrono::hours(50), ConversationPlace::kVideo, "u-2",
                                   "Teams link sent"};
  in.conversation = InitialConversation{.held_at = t + std::chrono::hours(50),
                                        .with_user_id = "u-2",
                                        .what_matters = "My kids",
                                        .whats_going_on = "No sleep",
                                        .strengths = "Stubborn",
                                        .what_would_help = "Talking",
                                        .in_your_corner = "My brother",
                                        .safety_concern = "Thoughts at night",
                                        .raised_to_huddle = true,
                                        .safety_agreed = "Call tomorrow"};
  in.ending = Ending::kWarmIntroduction;
  in.ending_note = "Mind in Tameside";
  in.closed_at = t + std::chrono::hours(51);
  return in;
}

TEST(IntroductionRecordTest, EveryFieldRoundTrips) {
  const Introduction in = Everything();
  auto back = DecodeIntroduction(EncodeIntroduction(in));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, in);
}

TEST(IntroductionRecordTest, EmptyOptionalPartsRoundTrip) {
  Introduction in;
  in.id = "i-2";
  in.version = 1;
  in.reference = "LW-AAAA-AAAA";
  in.team_id = "team-1";
  auto back = DecodeIntroduction(EncodeIntroduction(in));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, in);
  EXPECT_FALSE(back->date_of_birth.has_value());
  EXPECT_FALSE(back->booking.has_value());
  EXPECT_FALSE(back->ending.has_value());
}

TEST(IntroductionRecordTest, ARecordThisBuildCannotReadIsAnInternalError) {
  std::string text = EncodeIntroduction(Everything());
  for (std::string bad : {std::string("not json"), std::string("[]"), std::string("{}"),
                          [&] {
                            std::string t = text;
                            t.replace(t.find("\"closed\""), 8, "\"rejected\"");
                            return t;
                          }(),
                          [&] {
                            std::string t = text;
                            t.replace(t.find("\"warm-introduction\""), 19, "\"turned-away\"");
                            return t;
                          }()}) {
    auto decoded = DecodeIntroduction(bad);
    ASSERT_FALSE(decoded) << bad;
    EXPECT_EQ(decoded.error().code, ErrorCode::kInternal);
    EXPECT_NE(decoded.error().message.find("cannot be read"), std::string::npos);
  }
}

}  // namespace
}  // namespace introduction_record_test
}  // namespace lw::sql

#include "domain/people/nhs_number.h"

#include <gtest/gtest.h>

#include <string>

namespace lw {
namespace nhs_number_test {
namespace {

// Modulus 11: multiply the first nine digits by 10, 9, ... 2 and sum;
// check = 11 - (sum mod 11); 11 means 0; 10 means the number is invalid.
//
// 9434765919: 9*10+4*9+3*8+4*7+7*6+6*5+5*4+9*3+1*2
//           = 90+36+24+28+42+30+20+27+2 = 299; 299 mod 11 = 2; 11-2 = 9. Valid.
// 9434765870: 90+36+24+28+42+30+20+8*3+7*2 = 308; 308 mod 11 = 0; 11 -> 0. Valid.
// 4010232137: 4*10+0+1*8+0+2*6+3*5+2*4+1*3+3*2
//           = 40+8+12+15+8+3+6 = 92; 92 mod 11 = 4; 11-4 = 7. Valid.
// 123456789x: 1*10+2*9+3*8+4*7+5*6+6*5+7*4+8*3+9*2
//           = 10+18+24+28+30+30+28+24+18 = 210; 210 mod 11 = 1; 11-1 = 10:
//             no check digit can make it valid.
// 4934765919 (first two digits of 9434765919 swapped):
//             40+81+24+28+42+30+20+27+2 = 294; 294 mod 11 = 8; 11-8 = 3, not 9.

TEST(NhsNumberTest, KnownValidNumbers) {
  for (const char* n : {"9434765919", "9434765870", "4010232137"}) {
    EXPECT_TRUE(NhsCheckDigitValid(n)) << n;
    auto parsed = ParseNhsNumber(n);
    ASSERT_TRUE(parsed.has_value()) << n;
    EXPECT_EQ(*parsed, n);
  }
}

TEST(NhsNumberTest, CheckDigitOfTenIsAlwaysInvalid) {
  for (char last = '0'; last <= '9'; ++last) {
    std::string n = std::string("123456789") + last;
    EXPECT_FALSE(NhsCheckDigitValid(n)) << n;
    auto parsed = ParseNhsNumber(n);
    ASSERT_FALSE(parsed.has_value()) << n;
    EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(parsed.error().message, "NHS number is not valid: check the digits");
  }
}

TEST(NhsNumberTest, WrongCheckDigitIsInvalid) {
  for (char last = '0'; last <= '9'; ++last) {
    std::string n = std::string("943476591") + last;
    EXPECT_EQ(NhsCheckDigitValid(n), last == '9') << n;
    EXPECT_EQ(ParseNhsNumber(n).has_value(), last == '9') << n;
  }
}

TEST(NhsNumberTest, ChangedOrSwappedDigitIsInvalid) {
  EXPECT_FALSE(ParseNhsNumber("9434765819").has_value());  // one digit changed
  EXPECT_FALSE(ParseNhsNumber("4934765919").has_value());  // first two swapped
}

TEST(NhsNumberTest, WrongLength) {
  for (const char* n : {"", "943476591", "94347659190", "943 476 591", "9"}) {
    auto parsed = ParseNhsNumber(n);
    ASSERT_FALSE(parsed.has_value()) << n;
    EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(parsed.error().message, "NHS number must be 10 digits") << n;
  }
  EXPECT_FALSE(NhsCheckDigitValid("943476591"));
  EXPECT_FALSE(NhsCheckDigitValid("94347659190"));
  EXPECT_FALSE(NhsCheckDigitValid(""));
}

TEST(NhsNumberTest, SpacesAndHyphensAreAccepted) {
  for (const char* n : {"943 476 5919", "943-476-5919", " 943 476 5919 "}) {
    auto parsed = ParseNhsNumber(n);
    ASSERT_TRUE(parsed.has_value()) << n;
    EXPECT_EQ(*parsed, "9434765919");
  }
}

TEST(NhsNumberTest, LettersAndSymbolsAreRejected) {
  for (const char* n : {"943476591A", "94347659I9", "NHS9434765919", "943.476.5919", "943/476/5919",
                        "943_476_5919", "+449434765919"}) {
    auto parsed = ParseNhsNumber(n);
    ASSERT_FALSE(parsed.has_value()) << n;
    EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(parsed.error().message, "NHS number must contain only numbers") << n;
  }
}

TEST(NhsNumberTest, CheckDigitValidRequiresDigitsOnly) {
  EXPECT_FALSE(NhsCheckDigitValid("943 476 59"));
  EXPECT_FALSE(NhsCheckDigitValid("943476591A"));
}

TEST(NhsNumberTest, FormatGroupsThreeThreeFour) {
  EXPECT_EQ(FormatNhsNumber("9434765919"), "943 476 5919");
  EXPECT_EQ(FormatNhsNumber("4010232137"), "401 023 2137");
  // Anything that is not ten characters is shown as it is.
  EXPECT_EQ(FormatNhsNumber("12345"), "12345");
  EXPECT_EQ(FormatNhsNumber(""), "");
}

TEST(NhsNumberTest, FormatThenParseRoundTrips) {
  auto parsed = ParseNhsNumber(FormatNhsNumber("9434765870"));
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(*parsed, "9434765870");
}

}  // namespace
}  // namespace nhs_number_test
}  // namespace lw

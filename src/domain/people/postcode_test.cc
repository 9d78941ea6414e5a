#include "domain/people/postcode.h"

#include <gtest/gtest.h>

#include <string>

namespace lw {
namespace postcode_test {
namespace {

void ExpectPostcode(const char* input, const char* normalised) {
  auto parsed = ParsePostcode(input);
  ASSERT_TRUE(parsed.has_value()) << '"' << input << "\": " << parsed.error().message;
  EXPECT_EQ(*parsed, normalised) << '"' << input << '"';
}

void ExpectRejected(const std::string& input) {
  auto parsed = ParsePostcode(input);
  ASSERT_FALSE(parsed.has_value()) << '"' << input << "\" gave " << *parsed;
  EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(parsed.error().message.empty());
}

TEST(PostcodeTest, EveryOutwardShape) {
  ExpectPostcode("M1 1AE", "M1 1AE");      // A9
  ExpectPostcode("M60 1NW", "M60 1NW");    // A99
  ExpectPostcode("W1A 1HQ", "W1A 1HQ");    // A9A
  ExpectPostcode("CR2 6XH", "CR2 6XH");    // AA9
  ExpectPostcode("DN55 1PT", "DN55 1PT");  // AA99
  ExpectPostcode("EC1A 1BB", "EC1A 1BB");  // AA9A
  ExpectPostcode("GIR 0AA", "GIR 0AA");    // the one special case
}

TEST(PostcodeTest, NormalisesCaseAndSpacing) {
  ExpectPostcode("m1 1ae", "M1 1AE");
  ExpectPostcode("M11AE", "M1 1AE");
  ExpectPostcode("m11ae", "M1 1AE");
  ExpectPostcode("ec1a1bb", "EC1A 1BB");
  ExpectPostcode("Dn551pt", "DN55 1PT");
  ExpectPostcode("gir0aa", "GIR 0AA");
  ExpectPostcode("  SK14  1AB ", "SK14 1AB");
}

TEST(PostcodeTest, RejectsWrongShapes) {
  for (const char* s :
       {"12345", "M1 1A", "M1 AAE", "M1 11E", "M1 1A1", "1M 1AE", "ABC 1AA", "M1A1 1AA",
        "AB1AB 1AA", "GIR0A", "M 1AE", "EC1A 1BBX", "SW1A 1AAA", "ABCDEFGH"}) {
    ExpectRejected(s);
  }
}

TEST(PostcodeTest, RejectsEmpty) {
  ExpectRejected("");
  ExpectRejected("   ");
}

TEST(PostcodeTest, RejectsSymbols) {
  for (const char* s :
       {"M1-1AE", "M1 1AE!", "M1.1AE", "M1_1AE", "M1\t1AE", "<M1 1AE>", "M1 1A\xc3\x89"}) {
    auto parsed = ParsePostcode(s);
    ASSERT_FALSE(parsed.has_value()) << s;
    EXPECT_EQ(parsed.error().message, "Postcode must contain only letters and numbers") << s;
  }
}

TEST(PostcodeTest, RejectsTooLong) {
  ExpectRejected("EC1AA 1BB");
  ExpectRejected("DN555 1PT");
  ExpectRejected(std::string(200, 'A'));
}

}  // namespace
}  // namespace postcode_test
}  // namespace lw

#include "domain/frontdoor/contact_details.h"

#include <gtest/gtest.h>

namespace lw {
namespace contact_details_test {
namespace {

TEST(PhoneNumberTest, AcceptsWhatPeopleType) {
  for (std::string_view ok : {"07700 900982", "07700900982", "0161 496 0000", "(0161) 496-0000",
                              "+44 7700 900982", "+353 1 234 5678", "0161496000"}) {
    EXPECT_TRUE(LooksLikePhoneNumber(ok)) << ok;
  }
}

TEST(PhoneNumberTest, RefusesWhatCannotBeANumber) {
  for (std::string_view bad : {"", "999", "0161 496", "07700 9009X2", "call me", "0770+0900982",
                               "1234567890123456", "07700.900982"}) {
    EXPECT_FALSE(LooksLikePhoneNumber(bad)) << bad;
  }
}

TEST(EmailAddressTest, AcceptsRealisticAddresses) {
  for (std::string_view ok :
       {"asha@example.com", "a.b+tag@mail.example.co.uk", "x@x.io", "o'brien@example.org"}) {
    EXPECT_TRUE(LooksLikeEmailAddress(ok)) << ok;
  }
}

TEST(EmailAddressTest, RefusesMalformedAddresses) {
  for (std::string_view bad :
       {"", "asha", "asha@", "@example.com", "asha@example", "asha@@example.com", "a@b@example.com",
        "asha @example.com", "asha@example..com", "asha@.example.com", "asha@example.com.",
        "asha@-example.com", "asha@exa_mple.com"}) {
    EXPECT_FALSE(LooksLikeEmailAddress(bad)) << bad;
  }
}

}  // namespace
}  // namespace contact_details_test
}  // namespace lw

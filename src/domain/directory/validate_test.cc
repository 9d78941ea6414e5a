#include "domain/directory/validate.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

namespace lw::directory {
namespace validate_test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr const char* kOrgId = "0b5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d";
constexpr const char* kServiceId = "1c5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2e";
constexpr const char* kPlaceId = "2d5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2f";

DirectoryService Good() {
  return DirectoryService{
      .id = kServiceId,
      .organisation_id = kOrgId,
      .name = "Debt advice",
      .description = "Free, confidential advice.\nBring your letters.",
      .needs = {Need::kMoneyAndDebt},
      .eligibility = {.minimum_age = 18, .maximum_age = 120},
      .languages = {"en", "ur"},
      .contact = {.phone = "+44 (0)161 330 2156",
                  .email = "advice@example.org",
                  .website = "https://example.org/debt?x=1"},
      .opening = {{.weekday = 0, .opens_at = 540, .closes_at = 1020},
                  {.weekday = 6, .opens_at = 0, .closes_at = 1440}},
      .places = {{.id = kPlaceId,
                  .name = "Hyde Library",
                  .postcode = "SK14 1ND",
                  .latitude = 53.45,
                  .longitude = -2.08}},
  };
}

std::vector<std::string> Fields(const Status& s) {
  std::vector<std::string> out;
  if (!s) {
    for (const FieldError& e : s.error().field_errors) out.push_back(e.field);
  }
  return out;
}

std::string Message(const Status& s, std::string_view field) {
  if (s) return "";
  for (const FieldError& e : s.error().field_errors) {
    if (e.field == field) return e.message;
  }
  return "";
}

TEST(ValidateServiceTest, AGoodServicePasses) {
  EXPECT_TRUE(ValidateService(Good()));
  DirectoryService virtual_only = Good();
  virtual_only.places = {{.id = kPlaceId, .is_virtual = true, .name = "Online"}};
  EXPECT_TRUE(ValidateService(virtual_only));
}

TEST(ValidateServiceTest, IdsAreLowerCaseUuids) {
  DirectoryService s = Good();
  s.id = "not-a-uuid";
  s.organisation_id = "0B5E6F1C-2D3E-4A5B-8C6D-7E8F9A0B1C2D";
  s.places[0].id = "";
  const Status r = ValidateService(s);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(Fields(r), ElementsAre("id", "organisation_id", "places[0].id"));
  EXPECT_THAT(Message(r, "id"), HasSubstr("UUID"));
}

TEST(ValidateServiceTest, NormaliseLowerCasesIdsTrimsAndWritesPostcodesInFull) {
  DirectoryService s = Good();
  s.id = "  1C5E6F1C-2D3E-4A5B-8C6D-7E8F9A0B1C2E ";
  s.name = "  Debt advice \n";
  s.languages = {" UR "};
  s.places[0].postcode = "sk141nd";
  NormaliseService(s);
  EXPECT_EQ(s.id, kServiceId);
  EXPECT_EQ(s.name, "Debt advice");
  EXPECT_EQ(s.languages, std::vector<std::string>{"ur"});
  EXPECT_EQ(s.places[0].postcode, "SK14 1ND");
  EXPECT_TRUE(ValidateService(s));
}

TEST(ValidateServiceTest, NameIsRequiredAndAtMost200Characters) {
  DirectoryService s = Good();
  s.name = "";
  EXPECT_EQ(Message(ValidateService(s), "name"), "Enter the name");
  s.name = std::string(200, 'a');
  EXPECT_TRUE(ValidateService(s));
  s.name = std::string(201, 'a');
  EXPECT_THAT(Message(ValidateService(s), "name"), HasSubstr("200 characters or fewer"));
  s.name = std::string(200, 'a') + "\u00e9";  // 201 characters, 202 bytes
  EXPECT_FALSE(ValidateService(s));
  s.name = std::string(100, '\xc3');  // not UTF-8
  EXPECT_THAT(Message(ValidateService(s), "name"), HasSubstr("characters we cannot save"));
}

TEST(ValidateServiceTest, DescriptionIsAtMost5000CharactersWithNoControlCharacters) {
  DirectoryService s = Good();
  s.description = std::string(5000, 'x');
  EXPECT_TRUE(ValidateService(s));
  s.description = std::string(5001, 'x');
  EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("description"));
  s.description = "Tabs\tand new lines\n are fine, a bell \a is not";
  EXPECT_THAT(Message(ValidateService(s), "description"), HasSubstr("cannot save"));
  s = Good();
  s.name = "Debt\nadvice";  // one-line texts take no new lines
  EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("name"));
  s = Good();
  s.description = "<script>alert(1)</script>";  // kept: escaping is the page's job
  EXPECT_TRUE(ValidateService(s));
}

TEST(ValidateServiceTest, EmailMustHaveTheShapeOfAnAddress) {
  DirectoryService s = Good();
  for (const char* bad : {"advice", "advice@", "@example.org", "a b@example.org", "a@@b.org"}) {
    s.contact.email = bad;
    EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("contact.email")) << bad;
  }
  s.contact.email = "";
  EXPECT_TRUE(ValidateService(s));
}

TEST(ValidateServiceTest, WebsiteMustBeHttpOrHttps) {
  DirectoryService s = Good();
  for (const char* bad :
       {"javascript:alert(1)", "JavaScript://x.org/%0aalert(1)", "data:text/html,x",
        "ftp://example.org", "www.example.org", "https://", "https:///x", "https://exa mple.org",
        "https://example.org/\"onmouseover=x"}) {
    s.contact.website = bad;
    EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("contact.website")) << bad;
  }
  for (const char* good : {"http://example.org", "HTTPS://Example.org/a/b?c=d#e"}) {
    s.contact.website = good;
    EXPECT_TRUE(ValidateService(s)) << good;
  }
}

TEST(ValidateServiceTest, PhoneIsDigitsSpacesPlusAndBracketsOnly) {
  DirectoryService s = Good();
  for (const char* good : {"116 123", "0161 330 2156", "+44 (0)161 330-2156", "999"}) {
    s.contact.phone = good;
    EXPECT_TRUE(ValidateService(s)) << good;
  }
  for (const char* bad : {"call us", "0161 330 2156 ext 4", "12", "1234567890123456", "0161;"}) {
    s.contact.phone = bad;
    EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("contact.phone")) << bad;
  }
}

TEST(ValidateServiceTest, AgesAreZeroTo120AndMinimumAtMostMaximum) {
  DirectoryService s = Good();
  s.eligibility.minimum_age = -1;
  s.eligibility.maximum_age = 121;
  EXPECT_THAT(Fields(ValidateService(s)),
              ElementsAre("eligibility.minimum_age", "eligibility.maximum_age"));
  s.eligibility.minimum_age = 30;
  s.eligibility.maximum_age = 25;
  EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("eligibility.maximum_age"));
  s.eligibility.maximum_age = 30;
  EXPECT_TRUE(ValidateService(s));
  s.eligibility.minimum_age.reset();
  s.eligibility.maximum_age = 0;
  EXPECT_TRUE(ValidateService(s));
}

TEST(ValidateServiceTest, OpeningIsAWeekdayWithOpensBeforeClosesWithinTheDay) {
  DirectoryService s = Good();
  s.opening = {{.weekday = 7, .opens_at = 540, .closes_at = 600},
               {.weekday = -1, .opens_at = 540, .closes_at = 600},
               {.weekday = 2, .opens_at = 600, .closes_at = 600},
               {.weekday = 2, .opens_at = 600, .closes_at = 1441},
               {.weekday = 2, .opens_at = -5, .closes_at = 600},
               {.weekday = 2, .opens_at = 0, .closes_at = 1440}};
  EXPECT_THAT(Fields(ValidateService(s)),
              ElementsAre("opening[0].weekday", "opening[1].weekday", "opening[2].closes_at",
                          "opening[3].closes_at", "opening[4].opens_at"));
}

TEST(ValidateServiceTest, CoordinatesComeInPairsInsideTheUk) {
  DirectoryService s = Good();
  s.places[0].longitude.reset();
  EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("places[0].longitude"));
  s.places[0].longitude = -2.08;
  s.places[0].latitude.reset();
  EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("places[0].latitude"));
  s.places[0].latitude = 48.9;  // Brittany
  EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("places[0].latitude"));
  s.places[0].latitude = 53.4;
  s.places[0].longitude = 2.6;
  EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("places[0].longitude"));
  s.places[0].latitude = std::numeric_limits<double>::infinity();
  s.places[0].longitude = -9.5;
  EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("places[0].latitude", "places[0].longitude"));
  s.places[0].latitude = 61.0;
  s.places[0].longitude = -9.0;
  EXPECT_TRUE(ValidateService(s));
  s.places[0].latitude.reset();
  s.places[0].longitude.reset();
  EXPECT_TRUE(ValidateService(s));
}

TEST(ValidateServiceTest, PostcodeMustBeAUkPostcode) {
  DirectoryService s = Good();
  s.places[0].postcode = "SK14";
  EXPECT_THAT(Message(ValidateService(s), "places[0].postcode"), HasSubstr("real postcode"));
  s.places[0].postcode = "";
  EXPECT_TRUE(ValidateService(s));
}

TEST(ValidateServiceTest, AtMost50PlacesEachOnce) {
  DirectoryService s = Good();
  s.places.push_back(s.places[0]);
  EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("places[1].id"));
  s.places.assign(51, s.places[0]);
  EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("places"));
}

TEST(ValidateServiceTest, AtMost30NeedsEachOnce) {
  DirectoryService s = Good();
  s.needs = {Need::kHousing, Need::kCrisis, Need::kHousing};
  EXPECT_THAT(Message(ValidateService(s), "needs[2]"), "Housing is chosen twice");
  s.needs.assign(kAllNeeds.begin(), kAllNeeds.end());
  EXPECT_TRUE(ValidateService(s));
  s.needs.resize(31, Need::kCrisis);
  EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("needs"));
}

TEST(ValidateServiceTest, LanguagesAndNeighbourhoodsAreNotListedTwice) {
  DirectoryService s = Good();
  s.languages = {"en", "EN", ""};
  s.neighbourhood_ids = {"hyde", "hyde"};
  EXPECT_THAT(Fields(ValidateService(s)),
              ElementsAre("languages[1]", "languages[2]", "neighbourhood_ids[1]"));
}

TEST(ValidateServiceTest, OtherLimits) {
  DirectoryService s = Good();
  s.typical_wait_days = -1;
  s.cost = std::string(201, 'x');
  EXPECT_THAT(Fields(ValidateService(s)), ElementsAre("cost", "typical_wait_days"));
  s = Good();
  s.typical_wait_days = 90;
  EXPECT_TRUE(ValidateService(s));
}

TEST(ValidateOrganisationTest, RulesAsForServices) {
  DirectoryOrganisation o{.id = kOrgId, .name = "Tameside Citizens Advice"};
  EXPECT_TRUE(ValidateOrganisation(o));
  o.id = "x";
  o.name = "";
  o.description = std::string(5001, 'd');
  o.contact = {.phone = "phone", .email = "mail", .website = "javascript:alert(1)"};
  EXPECT_THAT(Fields(ValidateOrganisation(o)),
              ElementsAre("id", "name", "description", "contact.phone", "contact.email",
                          "contact.website"));
  DirectoryOrganisation n{.id = " 0B5E6F1C-2D3E-4A5B-8C6D-7E8F9A0B1C2D", .name = " Mind "};
  NormaliseOrganisation(n);
  EXPECT_EQ(n.id, kOrgId);
  EXPECT_EQ(n.name, "Mind");
  EXPECT_THAT(Fields(ValidateOrganisation(n)), IsEmpty());
}

}  // namespace
}  // namespace validate_test
}  // namespace lw::directory

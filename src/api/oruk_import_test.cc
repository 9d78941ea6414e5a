#include "api/oruk_import.h"

#include <gtest/gtest.h>

#include <string>

#include "api/oruk_json.h"
#include "api/oruk_test_support.h"

namespace lw::api {
namespace oruk_import_test {
namespace {

using namespace lw::directory;
using testing::RichOrganisation;
using testing::RichService;

constexpr std::string_view kId1 = "11111111-1111-4111-8111-111111111111";
constexpr std::string_view kId2 = "22222222-2222-4222-8222-222222222222";
constexpr std::string_view kId3 = "33333333-3333-4333-8333-333333333333";

// A minimal ORUK service with `extra` members added.
std::string Minimal(std::string_view id, std::string_view extra = "") {
  return std::string(R"({"id":")") + std::string(id) +
         R"(","name":"Walking group","status":"active")" + std::string(extra) + "}";
}

ImportBatch Import(std::string_view text) {
  auto r = ImportOrukJson(text);
  EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message);
  return r ? *r : ImportBatch{};
}

std::string OneReason(std::string_view entry) {
  const ImportBatch b = Import(entry);
  EXPECT_TRUE(b.services.empty());
  return b.rejected.size() == 1 ? b.rejected[0].reason
                                : "(" + std::to_string(b.rejected.size()) + " rejections)";
}

// ---- Round trips

TEST(OrukImportTest, WhatWeWriteReadsBackTheSame) {
  const DirectoryOrganisation org = RichOrganisation();
  const DirectoryService s = RichService();
  const ImportBatch b = Import(EncodeOrukService(s, &org));
  EXPECT_TRUE(b.rejected.empty()) << b.rejected[0].reason;
  ASSERT_EQ(b.services.size(), 1u);
  EXPECT_EQ(b.services[0], s);
  ASSERT_EQ(b.organisations.size(), 1u);
  EXPECT_EQ(b.organisations[0], org);
}

TEST(OrukImportTest, ShapesOfValuesSurviveTheRoundTrip) {
  DirectoryService s = RichService();
  s.free = true;
  s.cost = "";
  s.contact.email = "not an email";
  s.contact.website = "www.example.org";
  s.opening.clear();
  s.opening_notes = "Ring first";
  s.eligibility = {};
  s.typical_wait_days.reset();
  s.places[0].latitude.reset();
  s.places[0].longitude.reset();
  s.checked = {};
  const ImportBatch b = Import(EncodeOrukService(s, nullptr));
  ASSERT_EQ(b.services.size(), 1u);
  EXPECT_EQ(b.services[0], s);
}

TEST(OrukImportTest, PackagesAndPagesReadBack) {
  const DirectoryOrganisation org = RichOrganisation();
  DirectoryService a = RichService();
  DirectoryService b = RichService();
  b.id = std::string(kId1);
  b.name = "Second service";
  const ImportBatch package = Import(EncodeOrukServicePackage({a, b}, {org}));
  ASSERT_EQ(package.services.size(), 2u);
  EXPECT_EQ(package.services[1], b);
  EXPECT_EQ(package.organisations.size(), 1u);  // nested twice, read once
  const ImportBatch page = Import(EncodeOrukPage({EncodeOrukService(a, &org)}, 1, 1, 10));
  ASSERT_EQ(page.services.size(), 1u);
  EXPECT_EQ(page.services[0], a);
}

TEST(OrukImportTest, ReadsAnOrganizationWithItsServices) {
  const std::string feed = std::string(R"([{"id":")") + std::string(kId3) +
                           R"(","name":"Hyde Community Trust","description":"Local charity",)"
                           R"("organization_identifiers":[{"id":")" +
                           std::string(kId2) +
                           R"(","identifier_type":"Charity number","identifier":"700123"}],)"
                           R"("services":[)" +
                           Minimal(kId1) + "]}]";
  const ImportBatch b = Import(feed);
  ASSERT_EQ(b.organisations.size(), 1u);
  EXPECT_EQ(b.organisations[0].charity_number, "700123");
  ASSERT_EQ(b.services.size(), 1u);
  EXPECT_EQ(b.services[0].organisation_id, kId3);
}

TEST(OrukImportTest, ReadsAnotherPublishersFeed) {
  const ImportBatch b = Import(Minimal(
      "AAAAAAAA-1111-4111-8111-111111111111",
      R"(,"fees":"","languages":[{"id":"x","name":"Polish"}],"phones":[{"number":"0161 1"}],)"
      R"("schedules":[{"id":"s","freq":"WEEKLY","byday":"TU,TH","opens_at":"10:00:00","closes_at":"12:00"},)"
      R"({"id":"m","freq":"MONTHLY","bymonthday":"1"}],)"
      R"("service_at_locations":[{"id":"x","location":{"id":"44444444-4444-4444-8444-444444444444",)"
      R"("location_type":"physical","latitude":"53.48","longitude":-2.24,)"
      R"("addresses":[{"address_1":"1 High St","city":"Hyde","postal_code":"sk141nd"}]}}])"));
  ASSERT_EQ(b.services.size(), 1u) << b.rejected[0].reason;
  const DirectoryService& s = b.services[0];
  EXPECT_EQ(s.id, "aaaaaaaa-1111-4111-8111-111111111111");  // lower-cased
  EXPECT_TRUE(s.free);
  EXPECT_EQ(s.languages, (std::vector<std::string>{"pl"}));
  EXPECT_EQ(s.contact.phone, "0161 1");
  EXPECT_EQ(s.opening, (std::vector<WeeklyOpening>{{1, 600, 720}, {3, 600, 720}}));
  ASSERT_EQ(s.places.size(), 1u);
  EXPECT_EQ(s.places[0].postcode, "SK14 1ND");
  EXPECT_DOUBLE_EQ(*s.places[0].latitude, 53.48);
}

TEST(OrukImportTest, MapsTaxonomyTermsToNeeds) {
  auto terms_of = [](std::string_view attributes) {
    return Import(Minimal(kId1, std::string(R"(,"attributes":)") + std::string(attributes)))
        .services.at(0);
  };
  const DirectoryService s = terms_of(
      std::string(R"([{"id":"a","taxonomy_term_id":")") + std::string(NeedTermId(Need::kHousing)) +
      R"("},{"id":"b","taxonomy_term":{"id":"x1","name":"Debt","description":"d"}},)"
      R"({"id":"c","taxonomy_term":{"id":"x2","name":"money and debt","description":"d"}},)"
      R"({"id":"d","taxonomy_term":{"id":"x3","name":"Support","description":"d"}},)"
      R"({"id":"e","taxonomy_term":{"id":"x4","name":"Gardening","description":"d"}},)"
      R"({"id":"f","taxonomy_term":{"id":"x5","name":"carers-support","description":"d"}}])");
  EXPECT_EQ(s.needs,
            (std::vector<Need>{Need::kHousing, Need::kMoneyAndDebt, Need::kCarersSupport}));
  // "Support" is in two needs' names: not ours to guess.
  EXPECT_EQ(s.other_terms, (std::vector<std::string>{"Support", "Gardening"}));
}

// ---- Rejections: each entry on its own, with where and why

TEST(OrukImportTest, RejectsBadIds) {
  EXPECT_EQ(OneReason(Minimal("42")), "id “42” is not a UUID");
  EXPECT_EQ(OneReason(R"({"name":"x","status":"active"})"), "id is missing");
  EXPECT_EQ(OneReason(Minimal(kId1, R"(,"organization_id":"org-1")")),
            "organization_id “org-1” is not a UUID");
  const ImportBatch b = Import("[" + Minimal(kId1) + "," + Minimal(kId1) + "]");
  EXPECT_EQ(b.services.size(), 1u);
  ASSERT_EQ(b.rejected.size(), 1u);
  EXPECT_EQ(b.rejected[0],
            (ImportRejection{"[1]", std::string(kId1), "The id is repeated: it is also at [0]"}));
}

TEST(OrukImportTest, RejectsMissingOrUnknownRequiredMembers) {
  EXPECT_EQ(OneReason(std::string(R"({"id":")") + std::string(kId1) + R"(","status":"active"})"),
            "name is missing");
  EXPECT_EQ(OneReason(std::string(R"({"id":")") + std::string(kId1) + R"(","name":"x"})"),
            "status is missing");
  EXPECT_EQ(
      OneReason(std::string(R"({"id":")") + std::string(kId1) + R"(","name":"x","status":"open"})"),
      "status “open” is not one we know");
  EXPECT_EQ(OneReason(Minimal(kId1, R"(,"minimum_age":"eighteen")")),
            "minimum_age must be a number");
  EXPECT_EQ(OneReason(Minimal(kId1, R"(,"minimum_age":30,"maximum_age":20)")),
            "minimum_age is over maximum_age");
  EXPECT_EQ(OneReason(std::string(R"({"id":")") + std::string(kId1) +
                      R"(","name":42,"status":"active"})"),
            "name must be text");
}

TEST(OrukImportTest, RejectsAbsurdCoordinates) {
  auto at = [](std::string_view lat, std::string_view lon) {
    return OneReason(
        Minimal(kId1, std::string(R"(,"service_at_locations":[{"id":"x","location":{"id":")") +
                          std::string(kId2) + R"(","location_type":"physical","latitude":)" +
                          std::string(lat) + R"(,"longitude":)" + std::string(lon) + "}}]"));
  };
  EXPECT_NE(at("0", "0").find("not in the United Kingdom"), std::string::npos);
  EXPECT_NE(at("953.4", "-2.1").find("not in the United Kingdom"), std::string::npos);
  EXPECT_NE(at("\"north\"", "-2.1").find("latitude must be a number"), std::string::npos);
  EXPECT_NE(at("53.4", "null").find("not both"), std::string::npos);
}

TEST(OrukImportTest, RejectsTextOverItsLimitAndControlCharacters) {
  EXPECT_EQ(OneReason(std::string(R"({"id":")") + std::string(kId1) + R"(","name":")" +
                      std::string(201, 'a') + R"(","status":"active"})"),
            "name is over 200 characters");
  EXPECT_EQ(OneReason(std::string(R"({"id":")") + std::string(kId1) +
                      R"(","name":"Bad\u0007bell","status":"active"})"),
            "name contains control characters");
  // Line breaks are fine in a description, and a script is only words.
  const ImportBatch b =
      Import(Minimal(kId1, R"(,"description":"Line one\nLine two <script>alert(1)</script>")"));
  ASSERT_EQ(b.services.size(), 1u);
  EXPECT_EQ(b.services[0].description, "Line one\nLine two <script>alert(1)</script>");
}

TEST(OrukImportTest, RejectsBadSchedules) {
  auto schedule = [](std::string_view json) {
    return OneReason(Minimal(kId1, std::string(R"(,"schedules":[)") + std::string(json) + "]"));
  };
  EXPECT_EQ(
      schedule(R"({"id":"a","freq":"WEEKLY","byday":"MO","opens_at":"9am","closes_at":"17:00"})"),
      "schedules[0].opens_at must be a time like 09:30");
  EXPECT_EQ(
      schedule(R"({"id":"a","freq":"WEEKLY","byday":"MO","opens_at":"17:00","closes_at":"09:00"})"),
      "schedules[0].closes_at must be a time like 16:00, after it opens");
  EXPECT_EQ(
      schedule(
          R"({"id":"a","freq":"WEEKLY","byday":"Monday","opens_at":"09:00","closes_at":"17:00"})"),
      "schedules[0].byday “Monday” is not days like MO,TU");
  EXPECT_EQ(schedule(R"({"id":"a","freq":"DAILY"})"),
            "schedules[0].freq “DAILY” is not WEEKLY or MONTHLY");
}

TEST(OrukImportTest, APartlyInvalidFeedKeepsTheGoodEntries) {
  const std::string feed = std::string(R"({"total_items":4,"contents":[)") + Minimal(kId1) + "," +
                           Minimal("not-a-uuid") + ",42," + Minimal(kId2) + "]}";
  const ImportBatch b = Import(feed);
  ASSERT_EQ(b.services.size(), 2u);
  EXPECT_EQ(b.services[0].id, kId1);
  EXPECT_EQ(b.services[1].id, kId2);
  ASSERT_EQ(b.rejected.size(), 2u);
  EXPECT_EQ(b.rejected[0],
            (ImportRejection{"contents[1]", "not-a-uuid", "id “not-a-uuid” is not a UUID"}));
  EXPECT_EQ(b.rejected[1].source, "contents[2]");
}

// ---- Whole-file problems: nothing imported

TEST(OrukImportTest, MalformedJsonSaysWhere) {
  auto r = ImportOrukJson("[\n  {\"id\": \"x\",\n   \"name\": }\n]");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(r.error().message.find("(line 3, column "), std::string::npos) << r.error().message;
  EXPECT_FALSE(ImportOrukJson("").has_value());
  EXPECT_FALSE(ImportOrukJson("{\"contents\": [").has_value());
  EXPECT_FALSE(ImportOrukJson("42").has_value());
}

TEST(OrukImportTest, RefusesADepthBomb) {
  const std::string bomb = std::string(100'000, '[') + std::string(100'000, ']');
  auto r = ImportOrukJson(bomb);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("nested more than 32 levels deep"), std::string::npos)
      << r.error().message;
}

TEST(OrukImportTest, RefusesAFileOverTheSizeLimitBeforeReadingIt) {
  EXPECT_TRUE(CheckImportSize(kMaxImportBytes).has_value());
  auto big = CheckImportSize(kMaxImportBytes + 1);
  ASSERT_FALSE(big.has_value());
  EXPECT_EQ(big.error().code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(big.error().message, "The file is 100.0 MB; the most that can be imported is 100 MB");
  const ImportOptions small{.max_bytes = 10};
  auto r = ImportOrukJson(Minimal(kId1), small);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kResourceExhausted);
  auto csv = ImportHsdsCsv({{"services.csv", "id,name,status\n"}}, small);
  ASSERT_FALSE(csv.has_value());
  EXPECT_EQ(csv.error().code, ErrorCode::kResourceExhausted);
}

}  // namespace
}  // namespace oruk_import_test
}  // namespace lw::api

#include <gtest/gtest.h>

#include "storage/records/directory_records.h"
#include "storage/records/record_test_support.h"

namespace lw::records {
namespace directory_record_test {
namespace {

using directory::DirectoryOrganisation;
using directory::DirectoryService;
using testing::At;
using testing::D;
using testing::kAwkward;
using testing::Replace;

constexpr const char* kOrgId = "0b5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d";
constexpr const char* kServiceId = "1c5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2e";
constexpr const char* kPlaceId = "2d5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2f";

DirectoryOrganisation Organisation() {
  return DirectoryOrganisation{
      .id = kOrgId,
      .version = 3,
      .name = "Tameside Citizens Advice",
      .description = std::string(kAwkward),
      .contact = {.phone = "0161 330 2156",
                  .email = "advice@example.org",
                  .website = "https://example.org/"},
      .charity_number = "1093214",
      .partner_organisation_id = "org-vcse",
      .checked = {.on = D(2026, 3, 3), .by_user_id = "u-asha", .by_name = "Asha Patel"},
  };
}

DirectoryService Service() {
  return DirectoryService{
      .id = kServiceId,
      .version = 5,
      .organisation_id = kOrgId,
      .name = "Debt advice drop-in",
      .description = std::string(kAwkward),
      .status = directory::ServiceStatus::kTemporarilyClosed,
      .kind = directory::ServiceKind::kListeningLounge,
      .offer = directory::Offer::kCommunityAsset,
      .needs = {directory::Need::kMoneyAndDebt, directory::Need::kBenefitsAndWelfare},
      .other_terms = {"Money advice"},
      .eligibility = {.minimum_age = 18,
                      .maximum_age = 65,
                      .gender = directory::GenderFocus::kWomen,
                      .cultural_focus = "South Asian women",
                      .description = "lives in Tameside"},
      .languages = {"en", "ur"},
      .contact = {.phone = "0161 000 0000", .email = "a@b.org", .website = "http://b.org"},
      .introduction_route = directory::IntroductionRoute::kDropIn,
      .how_to_introduce = "Just come along",
      .opening = {{.weekday = 1, .opens_at = 600, .closes_at = 720},
                  {.weekday = 4, .opens_at = 780, .closes_at = 960}},
      .opening_notes = "term time only",
      .free = false,
      .cost = "\u00a33 a session",
      .typical_wait_days = 45,
      .places = {{.id = kPlaceId,
                  .is_virtual = false,
                  .name = "Hyde Library",
                  .address_1 = "Union Street",
                  .city = "Hyde",
                  .postcode = "SK14 1ND",
                  .latitude = 53.4512345678,
                  .longitude = -2.0789,
                  .neighbourhood_id = "hyde",
                  .accessibility = {"Step-free access", "Hearing loop"}}},
      .neighbourhood_ids = {"hyde", "denton"},
      .checked = {.on = D(2025, 1, 2), .by_user_id = "", .by_name = "Feed"},
      .publication = directory::Publication::kAwaitingReview,
      .updated_at = At(7),
  };
}

TEST(DirectoryRecordTest, EveryFieldOfAnOrganisationRoundTrips) {
  const DirectoryOrganisation o = Organisation();
  auto back = Codec<DirectoryOrganisation>::Decode(Codec<DirectoryOrganisation>::Encode(o));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, o);
  const DirectoryOrganisation empty{.id = kOrgId, .version = 1};
  EXPECT_EQ(*Codec<DirectoryOrganisation>::Decode(Codec<DirectoryOrganisation>::Encode(empty)),
            empty);
}

TEST(DirectoryRecordTest, EveryFieldOfAServiceRoundTrips) {
  const DirectoryService s = Service();
  auto back = Codec<DirectoryService>::Decode(Codec<DirectoryService>::Encode(s));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, s);
  // Every need key, and a virtual place with no coordinates.
  DirectoryService t{.id = kServiceId, .version = 1, .organisation_id = kOrgId};
  t.needs.assign(directory::kAllNeeds.begin(), directory::kAllNeeds.end());
  t.places = {{.id = kPlaceId, .is_virtual = true, .name = "Online"}};
  auto again = Codec<DirectoryService>::Decode(Codec<DirectoryService>::Encode(t));
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(*again, t);
}

TEST(DirectoryRecordTest, IndexOwnerIsTheOrganisationAndOpenMeansActiveAndPublished) {
  EXPECT_EQ(Codec<DirectoryOrganisation>::kKind, RecordKind::kDirectoryOrganisation);
  EXPECT_EQ(Codec<DirectoryService>::kKind, RecordKind::kDirectoryService);
  EXPECT_EQ(Codec<DirectoryOrganisation>::Index(Organisation()),
            (RecordIndex{.team_id = "", .owner_id = "", .open = true, .sort_key = 0}));
  DirectoryService s = Service();
  EXPECT_EQ(Codec<DirectoryService>::Index(s),
            (RecordIndex{.team_id = "", .owner_id = kOrgId, .open = false, .sort_key = 0}));
  s.status = directory::ServiceStatus::kActive;
  EXPECT_FALSE(Codec<DirectoryService>::Index(s).open);  // still awaiting review
  s.publication = directory::Publication::kPublished;
  EXPECT_TRUE(Codec<DirectoryService>::Index(s).open);
  EXPECT_TRUE(Codec<DirectoryService>::Index(s).links.empty());
}

TEST(DirectoryRecordTest, OptionalMembersMissingFromAnOlderBodyReadWithTheirDefaults) {
  const std::string text = Codec<DirectoryService>::Encode(Service());
  std::string older = Replace(text, "\"publication\":\"awaiting-review\"", "\"x\":0");
  older = Replace(older, "\"opening_notes\":\"term time only\"", "\"y\":0");
  older = Replace(older, "\"typical_wait_days\":45", "\"z\":0");
  older = Replace(older, "\"other_terms\":[\"Money advice\"]", "\"w\":0");
  older = Replace(older, "\"accessibility\":[\"Step-free access\",\"Hearing loop\"]", "\"v\":0");
  auto back = Codec<DirectoryService>::Decode(older);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->publication, directory::Publication::kPublished);
  EXPECT_EQ(back->opening_notes, "");
  EXPECT_EQ(back->typical_wait_days, std::nullopt);
  EXPECT_TRUE(back->other_terms.empty());
  EXPECT_TRUE(back->places.at(0).accessibility.empty());
  EXPECT_EQ(back->name, "Debt advice drop-in");

  const std::string org = Codec<DirectoryOrganisation>::Encode(Organisation());
  auto o = Codec<DirectoryOrganisation>::Decode(
      Replace(org, "\"partner_organisation_id\":\"org-vcse\"", "\"x\":0"));
  ASSERT_TRUE(o) << o.error().message;
  EXPECT_EQ(o->partner_organisation_id, "");
}

TEST(DirectoryRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<DirectoryOrganisation>("id");
  testing::ExpectGarbageUnreadable<DirectoryService>("id");
  const std::string text = Codec<DirectoryService>::Encode(Service());
  testing::ExpectUnreadable<DirectoryService>(Replace(text, "\"money-and-debt\"", "\"astrology\""),
                                              "unknown needs 'astrology'");
  testing::ExpectUnreadable<DirectoryService>(
      Replace(text, "\"kind\":\"listening-lounge\"", "\"kind\":\"castle\""), "unknown kind");
  testing::ExpectUnreadable<DirectoryService>(Replace(text, "\"weekday\":1", "\"weekday\":\"Mon\""),
                                              "opening[0].weekday");
  testing::ExpectUnreadable<DirectoryService>(Replace(text, "\"latitude\":", "\"lat\":"),
                                              "places[0].latitude");
}

TEST(DirectoryRecordTest, StoredMemberNamesArePinned) {
  const std::string org = Codec<DirectoryOrganisation>::Encode(Organisation());
  for (std::string_view pinned :
       {"\"id\":\"0b5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d\"", "\"version\":3",
        "\"name\":\"Tameside Citizens Advice\"", "\"description\":\"Si",
        "\"contact\":{\"phone\":\"0161 330 2156\",\"email\":\"advice@example.org\"",
        "\"website\":\"https://example.org/\"}", "\"charity_number\":\"1093214\"",
        "\"partner_organisation_id\":\"org-vcse\"",
        "\"checked\":{\"on\":\"2026-03-03\",\"by_user_id\":\"u-asha\"",
        "\"by_name\":\"Asha Patel\"}"}) {
    EXPECT_NE(org.find(pinned), std::string::npos) << pinned << " in " << org;
  }
  const std::string text = Codec<DirectoryService>::Encode(Service());
  for (std::string_view pinned : {"\"organisation_id\":\"0b5e6f1c",
                                  "\"status\":\"temporarily closed\"",
                                  "\"kind\":\"listening-lounge\"",
                                  "\"offer\":\"community-asset\"",
                                  "\"needs\":[\"money-and-debt\",\"benefits-and-welfare\"]",
                                  "\"other_terms\":[\"Money advice\"]",
                                  "\"eligibility\":{\"minimum_age\":18,\"maximum_age\":65",
                                  "\"gender\":\"women\",\"cultural_focus\":\"South Asian women\"",
                                  "\"description\":\"lives in Tameside\"}",
                                  "\"languages\":[\"en\",\"ur\"]",
                                  "\"introduction_route\":\"drop-in\"",
                                  "\"how_to_introduce\":\"Just come along\"",
                                  "\"opening\":[{\"weekday\":1,\"opens_at\":600,\"closes_at\":720}",
                                  "\"opening_notes\":\"term time only\"",
                                  "\"free\":false",
                                  "\"cost\":\"",
                                  "\"typical_wait_days\":45",
                                  "\"places\":[{\"id\":\"2d5e6f1c",
                                  "\"is_virtual\":false",
                                  "\"address_1\":\"Union Street\"",
                                  "\"city\":\"Hyde\"",
                                  "\"postcode\":\"SK14 1ND\"",
                                  "\"latitude\":",
                                  "\"longitude\":",
                                  "\"neighbourhood_id\":\"hyde\"",
                                  "\"accessibility\":[\"Step-free access\",\"Hearing loop\"]",
                                  "\"neighbourhood_ids\":[\"hyde\",\"denton\"]",
                                  "\"checked\":{\"on\":\"2025-01-02\"",
                                  "\"publication\":\"awaiting-review\"",
                                  "\"updated_at\":"}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " in " << text;
  }
}

}  // namespace
}  // namespace directory_record_test
}  // namespace lw::records

#include <gtest/gtest.h>

#include "storage/records/record_test_support.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace person_details_record_test {
namespace {

using testing::kAwkward;
using testing::Replace;

PersonDetailsRecord Everything() {
  PersonDetails d{
      .legal_name = {.given_name = "Si\u00e2n", .family_name = "\u00d3 Briain"},
      .pronouns = "she/her",
      .address = {.line_1 = "1 Market Street",
                  .line_2 = "Flat \"B\"",
                  .town = "Hyde",
                  .postcode = "SK14 1AA"},
      .contact = {.methods = {ContactMethod::kText, ContactMethod::kEmail},
                  .phone = "07700 900123",
                  .email = "sian@example.org",
                  .may_leave_message = true,
                  .safe_times = "after 6pm,\nnot weekends"},
      .safe_contact_notes = std::string(kAwkward),
      .gp_practice = {.name = "Hyde Medical Centre", .ods_code = "P84012"},
      .people_in_corner = {{.id = "cp-1",
                            .name = "Ade",
                            .relationship = CornerRelationship::kFamily,
                            .relationship_detail = "Brother",
                            .is_carer = true,
                            .may_contact = true,
                            .phone = "07700 900456",
                            .email = "ade@example.org",
                            .notes = "Lives nearby"},
                           {.id = "cp-2",
                            .name = "Mrs K",
                            .relationship = CornerRelationship::kNeighbour,
                            .relationship_detail = "",
                            .is_carer = false,
                            .may_contact = false,
                            .phone = "",
                            .email = "",
                            .notes = std::string(kAwkward)}},
      .languages = {{.name = "Welsh", .main = true}, {.name = "English", .main = false}},
      .interpreter_needed = false,
      .communication_needs = "Easy Read letters",
      .equality = {},
  };
  d.equality.answers = {
      {"disability", {.option = "yes", .described = "", .kinds = {"mental-health", "hearing"}}},
      {"gender_identity", {.option = "no", .described = "Non-binary \u2014 \"enby\"", .kinds = {}}},
      {"religion", {.option = "prefer-not-to-say", .described = "", .kinds = {}}}};
  return PersonDetailsRecord{.person_id = "p-1", .version = 6, .details = std::move(d)};
}

TEST(PersonDetailsRecordTest, EveryFieldRoundTrips) {
  const PersonDetailsRecord p = Everything();
  auto back = Codec<PersonDetailsRecord>::Decode(Codec<PersonDetailsRecord>::Encode(p));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, p);
}

TEST(PersonDetailsRecordTest, EmptyOptionalsRoundTrip) {
  const PersonDetailsRecord p{.person_id = "p-2", .version = 1, .details = {}};
  auto back = Codec<PersonDetailsRecord>::Decode(Codec<PersonDetailsRecord>::Encode(p));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, p);
  EXPECT_FALSE(back->details.interpreter_needed.has_value());
  EXPECT_TRUE(back->details.equality.answers.empty());
}

TEST(PersonDetailsRecordTest, InterpreterNeededKeepsYes) {
  PersonDetailsRecord p = Everything();
  p.details.interpreter_needed = true;
  auto back = Codec<PersonDetailsRecord>::Decode(Codec<PersonDetailsRecord>::Encode(p));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->details.interpreter_needed, std::optional<bool>(true));
}

TEST(PersonDetailsRecordTest, IndexLinksThePersonAndNothingElse) {
  EXPECT_EQ(Codec<PersonDetailsRecord>::kKind, RecordKind::kPersonDetails);
  EXPECT_EQ(Codec<PersonDetailsRecord>::Index(Everything()),
            (RecordIndex{.team_id = "",
                         .owner_id = "",
                         .open = true,
                         .sort_key = 0,
                         .links = {{.person_id = "p-1", .flag = true}}}));
}

TEST(PersonDetailsRecordTest, IdIsThePersonsId) {
  PersonDetailsRecord p = Everything();
  EXPECT_EQ(&Codec<PersonDetailsRecord>::Id(p), &p.person_id);
  Codec<PersonDetailsRecord>::SetVersion(p, 8);
  EXPECT_EQ(Codec<PersonDetailsRecord>::Version(p), 8);
}

TEST(PersonDetailsRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<PersonDetailsRecord>("person_id");
  const std::string text = Codec<PersonDetailsRecord>::Encode(Everything());
  testing::ExpectUnreadable<PersonDetailsRecord>(
      Replace(text, "\"neighbour\"", "\"colleague\""),
      "unknown details.people_in_corner[1].relationship 'colleague'");
  testing::ExpectUnreadable<PersonDetailsRecord>(Replace(text, "[\"text\"", "[\"pigeon\""),
                                                 "details.contact.methods");
  testing::ExpectUnreadable<PersonDetailsRecord>(
      Replace(text, "\"interpreter_needed\":false", "\"interpreter_needed\":\"no\""),
      "'details.interpreter_needed' has the wrong type");
  testing::ExpectUnreadable<PersonDetailsRecord>(
      Replace(text, "\"religion\":{", "\"religion\":\"none\",\"x\":{"),
      "'details.equality.religion' is not an object");
}

TEST(PersonDetailsRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<PersonDetailsRecord>::Encode(Everything());
  for (std::string_view pinned :
       {"\"person_id\":\"p-1\"", "\"details\":{", "\"legal_name\":{", "\"postcode\":\"SK14 1AA\"",
        "\"methods\":[\"text\",\"email\"]", "\"ods_code\":\"P84012\"",
        "\"relationship\":\"neighbour\"", "\"languages\":[{\"name\":\"Welsh\",\"main\":true}",
        "\"interpreter_needed\":false",
        "\"disability\":{\"option\":\"yes\",\"described\":\"\",\"kinds\":[\"mental-health\","}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

}  // namespace
}  // namespace person_details_record_test
}  // namespace lw::records

#include "domain/org/locality_config.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lw {
namespace {

using ::testing::HasSubstr;

// Field -> message of every error, for assertions that name the field.
std::string MessageFor(const Error& e, const std::string& field) {
  for (const auto& f : e.field_errors) {
    if (f.field == field) return f.message;
  }
  return "(no error for " + field + ")";
}

LocalityConfig Tameside() {
  LocalityConfig c;
  c.service_name = "  Living Well Tameside & Glossop ";
  c.locality_name = "Tameside & Glossop";
  c.preset = RhythmPreset::kTameside;
  c.rhythm = TamesideRhythm();
  c.role_names = {{"Living Well practitioner", Profession::kMentalHealthNurse},
                  {"Living Well practitioner", Profession::kSocialWorker}};
  c.neighbourhoods = {{"ashton", "Ashton"}, {"glossop", "Glossop"}};
  c.offers = {{"peer-support", "Peer support", OfferPlace::kTeam},
              {"debt-advice", "Debt advice", OfferPlace::kNetwork}};
  return c;
}

TEST(LocalityConfigTest, DefaultsAreAValidLocality) {
  auto c = ValidateLocalityConfig(LocalityConfig{});
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->service_name, "Living Well");
  EXPECT_EQ(c->rhythm, TamesideRhythm());
  EXPECT_EQ(c->huddle_rules().not_seen_days, 28);
  EXPECT_EQ(c->roles().TitleFor(Profession::kPeerWorker), "Peer worker");
}

TEST(LocalityConfigTest, AValidLocalityComesBackTrimmedWithItsRoleNames) {
  auto c = ValidateLocalityConfig(Tameside());
  ASSERT_TRUE(c.has_value()) << c.error().field_errors[0].message;
  EXPECT_EQ(c->service_name, "Living Well Tameside & Glossop");
  EXPECT_EQ(c->roles().TitleFor(Profession::kSocialWorker), "Living Well practitioner");
  EXPECT_EQ(c->huddle_rules().target_days, 14);
  EXPECT_EQ(c->offers[1].where, OfferPlace::kNetwork);
}

TEST(LocalityConfigTest, EveryProblemIsReportedAtItsPathInTheFile) {
  LocalityConfig c = Tameside();
  c.service_name = "";
  c.target_days = 0;
  c.unreachable_attempts = 21;
  c.unreachable_days = -1;
  c.not_seen_days = 400;
  c.preset.reset();
  c.rhythm.review_every_weeks = 0;
  c.role_names.push_back({"", Profession::kPeerWorker});
  c.neighbourhoods.push_back({"Hyde Town", ""});
  auto r = ValidateLocalityConfig(c);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(MessageFor(r.error(), "service_name"), HasSubstr("service's name"));
  EXPECT_EQ(MessageFor(r.error(), "front_door.target_days"),
            "The target must be from 1 to 365 days");
  EXPECT_THAT(MessageFor(r.error(), "front_door.unreachable_attempts"), HasSubstr("1 to 20"));
  EXPECT_THAT(MessageFor(r.error(), "front_door.unreachable_days"), HasSubstr("0 to 365"));
  EXPECT_THAT(MessageFor(r.error(), "huddle.not_seen_days"), HasSubstr("1 to 365"));
  EXPECT_THAT(MessageFor(r.error(), "rhythm.review_every_weeks"), HasSubstr("1 to 104 weeks"));
  EXPECT_THAT(MessageFor(r.error(), "role_names[2].title"), HasSubstr("Peer worker"));
  EXPECT_THAT(MessageFor(r.error(), "neighbourhoods[2].key"), HasSubstr("lower-case"));
  EXPECT_EQ(MessageFor(r.error(), "neighbourhoods[2].name"), "Give every entry a name");
  EXPECT_EQ(r.error().field_errors.size(), 9u);
}

TEST(LocalityConfigTest, KeysAreSlugsAndKeysAndNamesAreUniqueInTheirList) {
  for (const std::string& bad :
       std::vector<std::string>{"Ashton", "ashton-", "-ashton", "ash--ton", "ash ton", "ashton_2",
                                std::string(41, 'a')}) {
    LocalityConfig c;
    c.neighbourhoods = {{bad, "Ashton"}};
    auto r = ValidateLocalityConfig(c);
    ASSERT_FALSE(r.has_value()) << bad;
    EXPECT_EQ(r.error().field_errors[0].field, "neighbourhoods[0].key") << bad;
  }
  LocalityConfig c;
  c.offers = {{"peer-support", "Peer support", OfferPlace::kTeam},
              {"peer-support", "Peer groups", OfferPlace::kTeam},
              {"peer-groups", "PEER SUPPORT", OfferPlace::kNetwork}};
  auto r = ValidateLocalityConfig(c);
  ASSERT_FALSE(r.has_value());
  EXPECT_THAT(MessageFor(r.error(), "offers[1].key"), HasSubstr("already used by offers[0].key"));
  EXPECT_THAT(MessageFor(r.error(), "offers[2].name"), HasSubstr("already used by offers[0].name"));
  EXPECT_EQ(r.error().field_errors.size(), 2u);
}

TEST(LocalityConfigTest, APresetAndADifferentRhythmAreRefused) {
  LocalityConfig c;
  c.preset = RhythmPreset::kSalford;
  c.rhythm = EdinburghRhythm();
  auto r = ValidateLocalityConfig(c);
  ASSERT_FALSE(r.has_value());
  EXPECT_THAT(MessageFor(r.error(), "rhythm"), HasSubstr("either a preset ('salford')"));
  c.rhythm = SalfordRhythm();
  EXPECT_TRUE(ValidateLocalityConfig(c).has_value());
}

TEST(LocalityConfigTest, ARhythmThatNeverMakesAReviewDueIsRefused) {
  LocalityConfig c;
  c.rhythm = SupportRhythm{};
  auto r = ValidateLocalityConfig(c);
  ASSERT_FALSE(r.has_value());
  EXPECT_THAT(MessageFor(r.error(), "rhythm"), HasSubstr("no review is ever due"));
}

TEST(LocalityConfigTest, AnEmptyCrisisTextIsRefusedButLeavingItOutIsFine) {
  LocalityConfig c;
  c.crisis_text = "  ";
  auto r = ValidateLocalityConfig(c);
  ASSERT_FALSE(r.has_value());
  EXPECT_THAT(MessageFor(r.error(), "crisis_text"), HasSubstr("leave it out"));
  c.crisis_text.reset();
  EXPECT_TRUE(ValidateLocalityConfig(c).has_value());
}

TEST(LocalityConfigTest, PresetsAndOfferPlacesHaveStableKeys) {
  EXPECT_EQ(RhythmPresetKey(RhythmPreset::kTameside), "tameside");
  EXPECT_EQ(RhythmPresetKey(RhythmPreset::kSalford), "salford");
  EXPECT_EQ(RhythmPresetKey(RhythmPreset::kEdinburgh), "edinburgh");
  for (auto p : {RhythmPreset::kTameside, RhythmPreset::kSalford, RhythmPreset::kEdinburgh}) {
    EXPECT_EQ(ParseRhythmPreset(RhythmPresetKey(p)), p);
  }
  EXPECT_EQ(RhythmForPreset(RhythmPreset::kEdinburgh), EdinburghRhythm());
  EXPECT_EQ(ParseRhythmPreset("Tameside"), std::nullopt);
  EXPECT_EQ(OfferPlaceKey(OfferPlace::kTeam), "team");
  EXPECT_EQ(OfferPlaceKey(OfferPlace::kNetwork), "network");
  EXPECT_EQ(ParseOfferPlace("network"), OfferPlace::kNetwork);
  EXPECT_EQ(ParseOfferPlace("wider"), std::nullopt);
  EXPECT_EQ(OfferPlaceDisplayName(OfferPlace::kNetwork), "In the wider network");
}

TEST(LocalityConfigTest, TheProfessionKeyListNamesEveryProfession) {
  std::string list = ProfessionKeyList();
  EXPECT_TRUE(list.starts_with("mh-nurse, ")) << list;
  for (Profession p : kAllProfessions) EXPECT_THAT(list, HasSubstr(ProfessionKey(p)));
}

}  // namespace
}  // namespace lw

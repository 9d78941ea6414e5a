#include "domain/org/locality_config.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/outcomes/test_support.h"

namespace lw {
namespace locality_config_test {
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

TEST(LocalityConfigTest, DirectorySettingsHaveDefaultsAndRanges) {
  LocalityConfig c;
  EXPECT_EQ(c.directory.stale_after_days, 365);
  EXPECT_EQ(c.directory.introduction_lands_within_days, 10);
  EXPECT_FALSE(c.directory.review_partner_changes);
  c.directory.stale_after_days = 0;
  c.directory.introduction_lands_within_days = 366;
  auto r = ValidateLocalityConfig(c);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(MessageFor(r.error(), "directory.stale_after_days"),
            "Entries are stale after must be from 1 to 3650 days");
  EXPECT_THAT(MessageFor(r.error(), "directory.introduction_lands_within_days"),
              HasSubstr("1 to 365"));
  c.directory = {.stale_after_days = 3650, .introduction_lands_within_days = 1};
  EXPECT_TRUE(ValidateLocalityConfig(c).has_value());
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

TEST(LocalityConfigTest, LifeAreasAreKeyedRowsAndAWheelNeedsAtLeastThree) {
  LocalityConfig c = Tameside();
  c.life_areas = {{"home", "Home"}, {"money", "Money"}};
  auto few = ValidateLocalityConfig(c);
  ASSERT_FALSE(few.has_value());
  EXPECT_THAT(MessageFor(few.error(), "life_areas"), HasSubstr("at least 3 life areas"));

  c.life_areas = {{"home", "Home"}, {"Money", "Money"}, {"home", "House"}};
  auto bad = ValidateLocalityConfig(c);
  ASSERT_FALSE(bad.has_value());
  EXPECT_THAT(MessageFor(bad.error(), "life_areas[1].key"), HasSubstr("lower-case"));
  EXPECT_THAT(MessageFor(bad.error(), "life_areas[2].key"), HasSubstr("already used"));

  c.life_areas = {{"home", "Home"}, {"money", "Money"}, {"faith", " Faith "}};
  auto ok = ValidateLocalityConfig(c);
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->life_areas[2].name, "Faith");
  c.life_areas.clear();  // none: the default set
  EXPECT_TRUE(ValidateLocalityConfig(c).has_value());
}

TEST(LocalityConfigTest, OutcomeThresholdRowsNameOneInstrumentOnceAndSetSomething) {
  LocalityConfig c = Tameside();
  c.outcome_thresholds = {
      {.instrument = "reqol-10", .thresholds = {.cut_off = Points::Whole(24)}},
      {.instrument = " ", .thresholds = {.cut_off = Points::Whole(24)}},
      {.instrument = "reqol-10", .thresholds = {.reliable_change = Points::Whole(5)}},
      {.instrument = "core-10", .thresholds = {}}};
  auto v = ValidateLocalityConfig(c);
  ASSERT_FALSE(v.has_value());
  EXPECT_THAT(MessageFor(v.error(), "outcome_thresholds[1].instrument"),
              HasSubstr("Name the questionnaire"));
  EXPECT_THAT(MessageFor(v.error(), "outcome_thresholds[2].instrument"),
              HasSubstr("already set by outcome_thresholds[0].instrument"));
  EXPECT_THAT(MessageFor(v.error(), "outcome_thresholds[3].instrument"),
              HasSubstr("Set at least one of"));
}

TEST(LocalityConfigTest, OutcomeThresholdsAreCheckedAgainstTheQuestionnairesInForce) {
  const std::vector<Instrument> instruments = {outcomes_test::Reqol10(), outcomes_test::Gbo()};
  LocalityConfig c;
  c.outcome_thresholds = {{.instrument = "reqol-10",
                           .thresholds = {.cut_off = Points::Whole(24)},
                           .where = "l.toml:3:1"}};
  EXPECT_TRUE(ValidateOutcomeThresholds(c, instruments).has_value());

  c.outcome_thresholds = {
      {.instrument = "reqol-10",
       .thresholds = {.reliable_change = Points::Whole(0), .cut_off = Points::Whole(41)},
       .where = "l.toml:3:1"},
      {.instrument = "swemwbs", .thresholds = {.cut_off = Points::Whole(20)}},
      {.instrument = "gbo", .thresholds = {.reliable_change = Points::Whole(3)}}};
  auto v = ValidateOutcomeThresholds(c, instruments);
  ASSERT_FALSE(v.has_value());
  EXPECT_THAT(MessageFor(v.error(), "l.toml:3:1: outcome_thresholds[0].reliable_change"),
              HasSubstr("more than 0"));
  EXPECT_THAT(MessageFor(v.error(), "l.toml:3:1: outcome_thresholds[0].cut_off"),
              HasSubstr("within"));
  EXPECT_THAT(MessageFor(v.error(), "outcome_thresholds[1].instrument"),
              HasSubstr("unknown questionnaire 'swemwbs': use one of reqol-10, gbo"));
  EXPECT_THAT(MessageFor(v.error(), "outcome_thresholds[2].instrument"),
              HasSubstr("scored item by item"));
}

}  // namespace
}  // namespace locality_config_test
}  // namespace lw

#include "app/locality_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "testing/temp_dir.h"

namespace lw {
namespace locality_file_test {
namespace {

using ::testing::HasSubstr;

// Every problem as the command line prints it: "field: message".
std::vector<std::string> Lines(const Error& e) {
  std::vector<std::string> out;
  out.reserve(e.field_errors.size());
  for (const auto& f : e.field_errors) out.push_back(f.field + ": " + f.message);
  return out;
}

TEST(LocalityFileTest, TheExampleFileLoads) {
  auto c = LoadLocalityFile(std::string(LW_SOURCE_DIR) + "/config/locality.example.toml");
  ASSERT_TRUE(c.has_value()) << ::testing::PrintToString(Lines(c.error()));
  EXPECT_EQ(c->locality_name, "Tameside & Glossop");
  EXPECT_EQ(c->preset, RhythmPreset::kTameside);
  EXPECT_EQ(c->rhythm, TamesideRhythm());
  EXPECT_EQ(c->roles().TitleFor(Profession::kSocialWorker), "Living Well practitioner");
  EXPECT_EQ(c->neighbourhoods.size(), 3u);
  EXPECT_EQ(c->offers.size(), 12u);
  EXPECT_EQ(c->offers[6], (LocalityOffer{"debt-advice", "Debt advice", OfferPlace::kNetwork}));
  EXPECT_EQ(c->directory, DirectorySettings{});
}

TEST(LocalityFileTest, EveryKeyMapsToItsField) {
  auto c = ParseLocalityToml(R"(
service_name = "Wellbeing Hub"
locality_name = "Salford"
crisis_text = "Call 999."
[front_door]
target_days = 10
unreachable_attempts = 4
unreachable_days = 7
[rhythm]
review_every_weeks = 8
session_guide = 16
[huddle]
not_seen_days = 21
[[role_names]]
profession = "peer-worker"
title = "Peer mentor"
[[neighbourhoods]]
key = "eccles"
name = "Eccles"
[[offers]]
key = "debt-advice"
name = "Debt advice"
where = "network"
)",
                             "salford.toml");
  ASSERT_TRUE(c.has_value()) << ::testing::PrintToString(Lines(c.error()));
  EXPECT_EQ(c->service_name, "Wellbeing Hub");
  EXPECT_EQ(c->crisis_text, "Call 999.");
  EXPECT_EQ(c->target_days, 10);
  EXPECT_EQ(c->unreachable_attempts, 4);
  EXPECT_EQ(c->unreachable_days, 7);
  EXPECT_EQ(c->rhythm, (SupportRhythm{.review_every_weeks = 8, .session_guide = 16}));
  EXPECT_EQ(c->preset, std::nullopt);
  EXPECT_EQ(c->not_seen_days, 21);
  EXPECT_EQ(c->roles().TitleFor(Profession::kPeerWorker), "Peer mentor");
  EXPECT_EQ(c->neighbourhoods[0], (LocalityNeighbourhood{"eccles", "Eccles"}));
  EXPECT_EQ(c->offers[0].where, OfferPlace::kNetwork);
}

TEST(LocalityFileTest, TheDirectoryTableIsRead) {
  auto c = ParseLocalityToml(R"(
[directory]
stale_after_days = 180
introduction_lands_within_days = 7
review_partner_changes = true
)",
                             "directory.toml");
  ASSERT_TRUE(c.has_value()) << ::testing::PrintToString(Lines(c.error()));
  EXPECT_EQ(c->directory, (DirectorySettings{.stale_after_days = 180,
                                             .introduction_lands_within_days = 7,
                                             .review_partner_changes = true}));
  auto bad = ParseLocalityToml(R"(
[directory]
stale_after_days = 0
review_partner_changes = "yes"
reviewed = true
)",
                               "bad.toml");
  ASSERT_FALSE(bad.has_value());
  const std::string all = ::testing::PrintToString(Lines(bad.error()));
  EXPECT_THAT(all, HasSubstr("directory.stale_after_days"));
  EXPECT_THAT(all, HasSubstr("directory.review_partner_changes"));
  EXPECT_THAT(all, HasSubstr("reviewed"));
}

TEST(LocalityFileTest, AnEmptyFileIsTheDefaults) {
  auto c = ParseLocalityToml("# nothing yet\n", "empty.toml");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(*c, LocalityConfig{});
}

TEST(LocalityFileTest, ASyntaxErrorNamesTheLineAndColumn) {
  auto c = ParseLocalityToml("service_name = \"A\"\n[front_door]\ntarget_days 14\n", "loc.toml");
  ASSERT_FALSE(c.has_value());
  EXPECT_EQ(c.error().code, ErrorCode::kInvalidArgument);
  ASSERT_EQ(c.error().field_errors.size(), 1u);
  EXPECT_TRUE(c.error().field_errors[0].field.starts_with("loc.toml:3:")) << Lines(c.error())[0];
  EXPECT_THAT(c.error().field_errors[0].message, HasSubstr("="));
}

TEST(LocalityFileTest, UnknownKeysWrongTypesAndInvalidValuesAreAllReportedWithTheirLines) {
  auto c = ParseLocalityToml(R"(service_nmae = "Typo"
preset = "manchester"
[rhythm]
reveiw_every_weeks = 12
time_limit_weeks = "twelve"
[front_door]
target_days = 400
[[role_names]]
profession = "nurse"
title = "Nurse"
[[neighbourhoods]]
key = "Hyde"
[[offers]]
key = "debt-advice"
name = "Debt advice"
where = "elsewhere"
)",
                             "locality.toml");
  ASSERT_FALSE(c.has_value());
  EXPECT_EQ(c.error().message, "locality.toml: 9 problems");
  // In the order of the file, each with its line and column.
  EXPECT_THAT(
      Lines(c.error()),
      ::testing::ElementsAre(
          HasSubstr("locality.toml:1:1: service_nmae: unknown key: the locality file takes "
                    "preset, service_name,"),
          "locality.toml:2:10: preset: unknown preset 'manchester': use tameside, salford or "
          "edinburgh",
          "locality.toml:4:1: rhythm.reveiw_every_weeks: unknown key: [rhythm] takes "
          "review_every_weeks, time_limit_weeks and session_guide",
          "locality.toml:5:20: rhythm.time_limit_weeks: must be a whole number",
          "locality.toml:7:15: front_door.target_days: The target must be from 1 to 365 days",
          HasSubstr("locality.toml:9:14: role_names[0].profession: unknown profession 'nurse': "
                    "use one of mh-nurse, occupational-therapist, "),
          "locality.toml:11:1: neighbourhoods[0].name: is missing: the neighbourhood's name",
          HasSubstr("locality.toml:12:7: neighbourhoods[0].key: The key 'Hyde' must be "
                    "lower-case"),
          "locality.toml:16:9: offers[0].where: must be \"team\" or \"network\", not "
          "'elsewhere'"));
}

TEST(LocalityFileTest, ListsMustBeTablesAndTablesMustBeTables) {
  auto c =
      ParseLocalityToml("rhythm = 12\noffers = [\"debt advice\"]\nneighbourhoods = 3\n", "l.toml");
  ASSERT_FALSE(c.has_value());
  EXPECT_THAT(Lines(c.error()),
              ::testing::ElementsAre("l.toml:1:10: rhythm: must be a table: [rhythm]",
                                     "l.toml:2:11: offers[0]: must be a table, headed [[offers]]",
                                     "l.toml:3:18: neighbourhoods: must be a list of tables, each "
                                     "headed [[neighbourhoods]]"));
}

TEST(LocalityFileTest, APresetWithARhythmOfItsOwnIsRefused) {
  auto c = ParseLocalityToml("preset = \"salford\"\n[rhythm]\nsession_guide = 12\n", "l.toml");
  ASSERT_FALSE(c.has_value());
  ASSERT_EQ(c.error().field_errors.size(), 1u);
  EXPECT_THAT(Lines(c.error())[0], HasSubstr("l.toml:2:1: rhythm: Give either a preset"));
}

TEST(LocalityFileTest, AFileThatCannotBeReadSaysWhy) {
  testing::TempDir dir;
  auto c = LoadLocalityFile(dir.File("missing.toml"));
  ASSERT_FALSE(c.has_value());
  EXPECT_THAT(Lines(c.error())[0], HasSubstr("cannot read the locality file: No such file"));
}

TEST(LocalityFileTest, ApplyPutsTheFilesValuesInTheSettingsItCovers) {
  testing::TempDir dir;
  std::ofstream(dir.File("l.toml")) << "service_name = \"Hub\"\nlocality_name = \"Bury\"\n"
                                       "[front_door]\ntarget_days = 9\nunreachable_days = 5\n";
  Config config;
  const std::string default_crisis = config.crisis_text;
  config.locality = dir.File("l.toml");
  auto applied = ApplyLocalityFile(config);
  ASSERT_TRUE(applied.has_value());
  EXPECT_EQ(applied->service_name, "Hub");
  EXPECT_EQ(applied->locality_name, "Bury");
  EXPECT_EQ(applied->target_days, 9);
  EXPECT_EQ(applied->unreachable_attempts, 3);
  EXPECT_EQ(applied->unreachable_days, 5);
  EXPECT_EQ(applied->crisis_text, default_crisis) << "left out: the server's own wording";
  ASSERT_TRUE(applied->locality_config.has_value());
  EXPECT_EQ(applied->locality_config->service_name, "Hub");

  Config none;
  auto unchanged = ApplyLocalityFile(none);
  ASSERT_TRUE(unchanged.has_value());
  EXPECT_FALSE(unchanged->locality_config.has_value());
}

TEST(LocalityFileTest, LifeAreasAndOutcomeThresholdsAreRead) {
  auto c = ParseLocalityToml(R"(
[[life_areas]]
key = "home"
name = "Home"
[[life_areas]]
key = "money"
name = "Money"
[[life_areas]]
key = "faith"
name = "Faith and belief"
[[outcome_thresholds]]
instrument = "reqol-10"
cut_off = 24
[[outcome_thresholds]]
instrument = "swemwbs"
reliable_change = 2.87
clinical_side = "at_or_below"
)",
                             "areas.toml");
  ASSERT_TRUE(c.has_value()) << ::testing::PrintToString(Lines(c.error()));
  ASSERT_EQ(c->life_areas.size(), 3u);
  EXPECT_EQ(c->life_areas[2], (LifeArea{"faith", "Faith and belief"}));
  ASSERT_EQ(c->outcome_thresholds.size(), 2u);
  EXPECT_EQ(c->outcome_thresholds[0].instrument, "reqol-10");
  EXPECT_EQ(c->outcome_thresholds[0].thresholds.cut_off, Points::Whole(24));
  EXPECT_EQ(c->outcome_thresholds[0].where, "areas.toml:11:1");
  EXPECT_EQ(c->outcome_thresholds[1].thresholds.reliable_change, Points::Hundredths(287));
  EXPECT_EQ(c->outcome_thresholds[1].thresholds.clinical_side, ClinicalSide::kAtOrBelow);
}

TEST(LocalityFileTest, BadOutcomeThresholdsAreReportedWithTheirLines) {
  auto c = ParseLocalityToml(R"([[outcome_thresholds]]
instrument = "reqol-10"
cut_off = 24.125
clinical_side = "under"
colour = "red"
)",
                             "bad.toml");
  ASSERT_FALSE(c.has_value());
  EXPECT_THAT(Lines(c.error()),
              ::testing::ElementsAre(
                  HasSubstr("bad.toml:3:11: outcome_thresholds[0].cut_off: must be a number"),
                  HasSubstr("bad.toml:4:17: outcome_thresholds[0].clinical_side: unknown side "
                            "'under'"),
                  HasSubstr("bad.toml:5:1: outcome_thresholds[0].colour: unknown key")));
}

}  // namespace
}  // namespace locality_file_test
}  // namespace lw

#include "domain/org/profession.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

namespace lw {
namespace profession_test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(ProfessionTest, KeysAndNames) {
  EXPECT_EQ(ProfessionKey(Profession::kMentalHealthNurse), "mh-nurse");
  EXPECT_EQ(ProfessionDisplayName(Profession::kMentalHealthNurse), "Mental health nurse");
  EXPECT_EQ(ProfessionKey(Profession::kOccupationalTherapist), "occupational-therapist");
  EXPECT_EQ(ProfessionKey(Profession::kSocialWorker), "social-worker");
  EXPECT_EQ(ProfessionKey(Profession::kPeerWorker), "peer-worker");
  EXPECT_EQ(ProfessionKey(Profession::kRecoveryWorker), "recovery-worker");
  EXPECT_EQ(ProfessionKey(Profession::kOperationalManager), "operational-manager");
  EXPECT_EQ(ProfessionKey(Profession::kWelfareAdvisor), "welfare-advisor");
  EXPECT_EQ(ProfessionDisplayName(Profession::kWelfareAdvisor), "Welfare rights advisor");
  EXPECT_EQ(ProfessionKey(Profession::kGp), "gp");
  EXPECT_EQ(ProfessionDisplayName(Profession::kGp), "GP");
  EXPECT_EQ(ProfessionKey(Profession::kOther), "other");
}

TEST(ProfessionTest, EveryProfessionRoundTripsWithDistinctKeysAndNames) {
  std::set<std::string_view> keys;
  std::set<std::string_view> names;
  for (Profession p : kAllProfessions) {
    keys.insert(ProfessionKey(p));
    names.insert(ProfessionDisplayName(p));
    EXPECT_EQ(ParseProfession(ProfessionKey(p)), p) << ProfessionKey(p);
  }
  EXPECT_EQ(keys.size(), kProfessionCount);
  EXPECT_EQ(names.size(), kProfessionCount);
  EXPECT_EQ(kAllProfessions.back(), Profession::kOther);
}

TEST(ProfessionTest, UnknownKeysAreRejected) {
  for (const char* key : {"", "nurse", "MH-NURSE", "mh_nurse", "Mental health nurse", " gp"}) {
    EXPECT_EQ(ParseProfession(key), std::nullopt) << '"' << key << '"';
  }
}

TEST(ProfessionTest, MentalHealthPractitionersAreOtSocialWorkerAndMhNurse) {
  std::set<Profession> practitioners;
  for (Profession p : kAllProfessions) {
    if (IsMentalHealthPractitioner(p)) practitioners.insert(p);
  }
  EXPECT_EQ(practitioners,
            (std::set<Profession>{Profession::kMentalHealthNurse,
                                  Profession::kOccupationalTherapist, Profession::kSocialWorker}));
}

TEST(BandTest, KeysNamesAndRoundTrip) {
  EXPECT_EQ(BandKey(Band::k2), "2");
  EXPECT_EQ(BandKey(Band::k8a), "8a");
  EXPECT_EQ(BandKey(Band::k8d), "8d");
  EXPECT_EQ(BandKey(Band::k9), "9");
  EXPECT_EQ(BandDisplayName(Band::k7), "Band 7");
  EXPECT_EQ(BandDisplayName(Band::k8b), "Band 8b");
  std::set<std::string_view> keys;
  for (Band b : kAllBands) {
    keys.insert(BandKey(b));
    EXPECT_EQ(ParseBand(BandKey(b)), b) << BandKey(b);
  }
  EXPECT_EQ(keys.size(), kBandCount);
}

TEST(BandTest, ParseIsExact) {
  for (const char* key : {"", "1", "10", "8", "8e", "8A", "Band 7", " 7", "7 ", "07", "six"}) {
    EXPECT_EQ(ParseBand(key), std::nullopt) << '"' << key << '"';
  }
}

TEST(BandTest, BandsCompareInPayOrder) {
  for (std::size_t i = 1; i < kAllBands.size(); ++i) {
    EXPECT_LT(kAllBands[i - 1], kAllBands[i]) << BandKey(kAllBands[i]);
  }
  EXPECT_GT(Band::k8a, Band::k7);
  EXPECT_LT(Band::k8d, Band::k9);
  EXPECT_LT(Band::k6, Band::k7);
  EXPECT_GE(*ParseBand("8c"), Band::k7);
  EXPECT_FALSE(*ParseBand("6") >= Band::k7);
}

TEST(RoleNamesTest, DefaultUsesStandardNames) {
  RoleNames names;
  EXPECT_EQ(names.TitleFor(Profession::kRecoveryWorker), "Recovery worker");
  EXPECT_EQ(names.ProfessionFor("Recovery worker"), Profession::kRecoveryWorker);
  EXPECT_EQ(names.ProfessionFor("  recovery WORKER "), Profession::kRecoveryWorker);
  EXPECT_EQ(names.ProfessionFor("Wizard"), std::nullopt);
  EXPECT_THAT(names.ProfessionsFor(""), IsEmpty());
}

TEST(RoleNamesTest, EveryoneALivingWellPractitioner) {
  auto names = RoleNames::Make({{"Living Well practitioner", Profession::kMentalHealthNurse},
                                {"Living Well practitioner", Profession::kOccupationalTherapist},
                                {"Living Well practitioner", Profession::kSocialWorker},
                                {"Wellbeing coach", Profession::kRecoveryWorker}});
  ASSERT_TRUE(names.has_value()) << names.error().message;
  EXPECT_EQ(names->TitleFor(Profession::kSocialWorker), "Living Well practitioner");
  EXPECT_EQ(names->TitleFor(Profession::kMentalHealthNurse), "Living Well practitioner");
  EXPECT_EQ(names->TitleFor(Profession::kRecoveryWorker), "Wellbeing coach");
  // Not renamed: the standard name.
  EXPECT_EQ(names->TitleFor(Profession::kPeerWorker), "Peer worker");

  EXPECT_THAT(names->ProfessionsFor("living well practitioner"),
              ElementsAre(Profession::kMentalHealthNurse, Profession::kOccupationalTherapist,
                          Profession::kSocialWorker));
  // Shared, so no single profession.
  EXPECT_EQ(names->ProfessionFor("Living Well practitioner"), std::nullopt);
  EXPECT_EQ(names->ProfessionFor("Wellbeing coach"), Profession::kRecoveryWorker);
  // Standard names still find their profession.
  EXPECT_EQ(names->ProfessionFor("Social worker"), Profession::kSocialWorker);
  EXPECT_EQ(names->ProfessionFor("Peer worker"), Profession::kPeerWorker);
}

TEST(RoleNamesTest, TitlesAreTrimmedAndLocalTitlesWinOverStandardNames) {
  // Support workers renamed, so their standard name may go to recovery workers.
  auto names = RoleNames::Make({{"  Support worker ", Profession::kRecoveryWorker},
                                {"Welcome worker", Profession::kSupportWorker}});
  ASSERT_TRUE(names.has_value()) << names.error().message;
  EXPECT_EQ(names->TitleFor(Profession::kRecoveryWorker), "Support worker");
  EXPECT_EQ(names->ProfessionFor("Support worker"), Profession::kRecoveryWorker);
  EXPECT_EQ(names->ProfessionFor("Welcome worker"), Profession::kSupportWorker);
  EXPECT_EQ(names->names()[0].local_title, "Support worker");
}

TEST(RoleNamesTest, RejectsEmptyTooLongAndUnsavableTitles) {
  auto names = RoleNames::Make({{"   ", Profession::kCoach},
                                {std::string(81, 'x'), Profession::kAdvocate},
                                {"Bad\x01title", Profession::kPharmacist},
                                {"Bad \xff", Profession::kGp},
                                {std::string(80, 'y'), Profession::kPsychologist}});
  ASSERT_FALSE(names.has_value());
  EXPECT_EQ(names.error().code, ErrorCode::kInvalidArgument);
  const auto& errors = names.error().field_errors;
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].field, "names[0].local_title");
  EXPECT_EQ(errors[0].message, "Give a local title for Mental health coach");
  EXPECT_EQ(errors[1].field, "names[1].local_title");
  EXPECT_EQ(errors[1].message, "The title for Advocate must be 80 characters or fewer");
  EXPECT_EQ(errors[2].field, "names[2].local_title");
  EXPECT_EQ(errors[3].field, "names[3].local_title");
}

TEST(RoleNamesTest, EightyCharactersCountCodePointsNotBytes) {
  std::string title;
  for (int i = 0; i < 80; ++i) title += "\xc3\xa9";  // é, two bytes each
  EXPECT_TRUE(RoleNames::Make({{title, Profession::kCoach}}).has_value());
  EXPECT_FALSE(RoleNames::Make({{title + "e", Profession::kCoach}}).has_value());
}

TEST(RoleNamesTest, RejectsAProfessionNamedTwice) {
  auto names = RoleNames::Make({{"Navigator", Profession::kSocialPrescriber},
                                {"Connector", Profession::kSocialPrescriber},
                                {"Navigator", Profession::kSocialPrescriber}});
  ASSERT_FALSE(names.has_value());
  const auto& errors = names.error().field_errors;
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "names[1].profession");
  EXPECT_EQ(errors[0].message, "Social prescriber already has a local title, \"Navigator\"");
  EXPECT_EQ(errors[1].field, "names[2].profession");
}

TEST(RoleNamesTest, RejectsAnotherProfessionsStandardNameUnlessThatOneIsRenamed) {
  auto clash = RoleNames::Make({{"peer worker", Profession::kRecoveryWorker}});
  ASSERT_FALSE(clash.has_value());
  ASSERT_EQ(clash.error().field_errors.size(), 1u);
  EXPECT_EQ(clash.error().field_errors[0].field, "names[0].local_title");
  EXPECT_EQ(clash.error().field_errors[0].message,
            "\"peer worker\" is the standard name for Peer worker; choose another title, or give "
            "Peer worker a local title too");

  EXPECT_TRUE(RoleNames::Make({{"Peer worker", Profession::kRecoveryWorker},
                               {"Peer support worker", Profession::kPeerWorker}})
                  .has_value());
  // A profession may keep its own standard name as its local title.
  EXPECT_TRUE(RoleNames::Make({{"Peer worker", Profession::kPeerWorker}}).has_value());
}

}  // namespace
}  // namespace profession_test
}  // namespace lw

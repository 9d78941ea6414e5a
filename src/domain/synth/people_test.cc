#include "domain/synth/people.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "domain/people/nhs_number.h"

namespace lw::synth {
namespace people_test {
namespace {

Date On() { return *Date::FromYmd(2026, 11, 23); }

TEST(SynthPeopleTest, TheDefaultsAreValid) {
  EXPECT_TRUE(ValidatePeopleSettings(PeopleSettings{}));
  PeopleSettings bad;
  bad.nhs_number_share = 1.5;
  EXPECT_FALSE(ValidatePeopleSettings(bad));
  bad = PeopleSettings{};
  bad.age_years = *QuantileTable::Make({{0, 10}, {1, 40}});
  EXPECT_FALSE(ValidatePeopleSettings(bad));
}

TEST(SynthPeopleTest, APersonDependsOnlyOnSeedLocalityAndIndex) {
  const PeopleSettings settings;
  const Person a = GeneratePerson(7, 2, 123, On(), settings);
  // Others generated first change nothing.
  for (std::uint32_t i = 0; i < 50; ++i) GeneratePerson(7, 2, i, On(), settings);
  const Person b = GeneratePerson(7, 2, 123, On(), settings);
  EXPECT_EQ(a.given_name, b.given_name);
  EXPECT_EQ(a.family_name, b.family_name);
  EXPECT_EQ(a.date_of_birth, b.date_of_birth);
  EXPECT_EQ(a.nhs_number, b.nhs_number);
  const Person other_seed = GeneratePerson(8, 2, 123, On(), settings);
  EXPECT_TRUE(other_seed.given_name != a.given_name || other_seed.family_name != a.family_name ||
              other_seed.date_of_birth != a.date_of_birth);
}

TEST(SynthPeopleTest, AgesNhsNumbersAndNamesFollowTheSettings) {
  const PeopleSettings settings;
  constexpr std::uint32_t kPeople = 20'000;
  int with_number = 0;
  int under_37 = 0;
  std::set<std::string> numbers;
  for (std::uint32_t i = 0; i < kPeople; ++i) {
    const Person p = GeneratePerson(2026, 5, i, On(), settings);
    ASSERT_FALSE(p.given_name.empty());
    ASSERT_FALSE(p.family_name.empty());
    ASSERT_TRUE(p.date_of_birth.has_value());
    const int age_days = Date::DaysBetween(*p.date_of_birth, On());
    ASSERT_GE(age_days, 18 * 365) << "adults only";
    ASSERT_LE(age_days, 91 * 365);
    if (age_days < static_cast<int>(37 * 365.25)) ++under_37;
    if (!p.nhs_number.empty()) {
      ++with_number;
      EXPECT_EQ(p.nhs_number.substr(0, 3), "999") << "the test range only";
      EXPECT_TRUE(ParseNhsNumber(p.nhs_number));
      EXPECT_TRUE(numbers.insert(p.nhs_number).second) << "no two people share a number";
    }
  }
  EXPECT_NEAR(with_number / double(kPeople), settings.nhs_number_share, 0.015);
  EXPECT_NEAR(under_37 / double(kPeople), 0.5, 0.015) << "the table's median age is 37";
}

TEST(SynthPeopleTest, LocalitiesHaveTheirOwnBlocksOfNumbers) {
  const PeopleSettings settings;
  std::set<std::string> seen;
  for (int locality : {0, 1, kMaxLocalities - 1}) {
    for (std::uint32_t i : {0u, 1u, kNhsBodiesPerLocality - 1}) {
      const Person p = GeneratePerson(3, locality, i, On(), settings);
      if (p.nhs_number.empty()) continue;
      EXPECT_TRUE(seen.insert(p.nhs_number).second) << p.nhs_number;
      const std::uint32_t body = static_cast<std::uint32_t>(std::stoul(p.nhs_number.substr(3, 6)));
      EXPECT_EQ(body, static_cast<std::uint32_t>(locality) * kNhsBodiesPerLocality + i);
    }
  }
}

}  // namespace
}  // namespace people_test
}  // namespace lw::synth

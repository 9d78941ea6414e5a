#include "domain/people/person.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lw {
namespace person_test {
namespace {

Date Today() { return *Date::FromYmd(2026, 3, 9); }

Person Draft() {
  Person p;
  p.team_id = "team-a";
  p.given_name = "Asha";
  p.family_name = "Patel";
  return p;
}

std::vector<std::string> Fields(const Status& s) {
  std::vector<std::string> out;
  if (!s.has_value()) {
    for (const auto& fe : s.error().field_errors) {
      out.push_back(fe.field);
    }
  }
  return out;
}

std::string MessageFor(const Status& s, const std::string& field) {
  if (s.has_value()) {
    return "";
  }
  for (const auto& fe : s.error().field_errors) {
    if (fe.field == field) {
      return fe.message;
    }
  }
  return "";
}

TEST(ValidatePersonTest, MinimalPersonIsValid) {
  Person p = Draft();
  Status s = ValidatePerson(p, Today());
  ASSERT_TRUE(s.has_value()) << s.error().message;
  EXPECT_EQ(p.given_name, "Asha");
  EXPECT_EQ(p.family_name, "Patel");
  EXPECT_EQ(p.preferred_name, "");
  EXPECT_EQ(p.date_of_birth, std::nullopt);
  EXPECT_EQ(p.postcode, "");
  EXPECT_EQ(p.nhs_number, "");
}

TEST(ValidatePersonTest, GivenAndFamilyNamesAreRequired) {
  Person p = Draft();
  p.given_name = "";
  p.family_name = "";
  Status s = ValidatePerson(p, Today());
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Fields(s), (std::vector<std::string>{"given_name", "family_name"}));
  EXPECT_EQ(MessageFor(s, "given_name"), "Enter given name");
  EXPECT_EQ(MessageFor(s, "family_name"), "Enter family name");
}

TEST(ValidatePersonTest, WhitespaceOnlyNameIsMissing) {
  Person p = Draft();
  p.given_name = " \t\r\n ";
  Status s = ValidatePerson(p, Today());
  EXPECT_EQ(Fields(s), std::vector<std::string>{"given_name"});
}

TEST(ValidatePersonTest, NamesAreTrimmed) {
  Person p = Draft();
  p.given_name = "  Asha ";
  p.family_name = "\tPatel\n";
  p.preferred_name = "  Ash  ";
  ASSERT_TRUE(ValidatePerson(p, Today()).has_value());
  EXPECT_EQ(p.given_name, "Asha");
  EXPECT_EQ(p.family_name, "Patel");
  EXPECT_EQ(p.preferred_name, "Ash");
}

TEST(ValidatePersonTest, InnerSpacesAreKept) {
  Person p = Draft();
  p.family_name = " de la Cruz ";
  ASSERT_TRUE(ValidatePerson(p, Today()).has_value());
  EXPECT_EQ(p.family_name, "de la Cruz");
}

TEST(ValidatePersonTest, NameLengthLimit) {
  Person ok = Draft();
  ok.given_name = std::string(100, 'a');
  ok.family_name = std::string(100, 'b');
  ok.preferred_name = std::string(100, 'c');
  EXPECT_TRUE(ValidatePerson(ok, Today()).has_value());

  Person too_long = Draft();
  too_long.given_name = std::string(101, 'a');
  too_long.family_name = std::string(101, 'b');
  too_long.preferred_name = std::string(101, 'c');
  Status s = ValidatePerson(too_long, Today());
  EXPECT_EQ(Fields(s), (std::vector<std::string>{"given_name", "family_name", "preferred_name"}));
  EXPECT_EQ(MessageFor(s, "given_name"), "Given name must be 100 characters or fewer");
  EXPECT_EQ(MessageFor(s, "family_name"), "Family name must be 100 characters or fewer");
  EXPECT_EQ(MessageFor(s, "preferred_name"), "Preferred name must be 100 characters or fewer");
}

TEST(ValidatePersonTest, LengthIsMeasuredAfterTrimming) {
  Person p = Draft();
  p.given_name = "   " + std::string(100, 'a') + "   ";
  ASSERT_TRUE(ValidatePerson(p, Today()).has_value());
  EXPECT_EQ(p.given_name.size(), 100u);
}

TEST(ValidatePersonTest, DateOfBirthMustNotBeInTheFuture) {
  Person future = Draft();
  future.date_of_birth = *Date::FromYmd(2026, 3, 10);
  Status s = ValidatePerson(future, Today());
  EXPECT_EQ(Fields(s), std::vector<std::string>{"date_of_birth"});
  EXPECT_EQ(MessageFor(s, "date_of_birth"), "Date of birth must be in the past");

  Person born_today = Draft();
  born_today.date_of_birth = Today();
  EXPECT_TRUE(ValidatePerson(born_today, Today()).has_value());

  Person adult = Draft();
  adult.date_of_birth = *Date::FromYmd(1990, 6, 15);
  EXPECT_TRUE(ValidatePerson(adult, Today()).has_value());
  EXPECT_EQ(adult.date_of_birth, Date::FromYmd(1990, 6, 15).value());
}

TEST(ValidatePersonTest, PostcodeIsNormalised) {
  Person p = Draft();
  p.postcode = "sk14 1ab";
  ASSERT_TRUE(ValidatePerson(p, Today()).has_value());
  EXPECT_EQ(p.postcode, "SK14 1AB");

  Person compact = Draft();
  compact.postcode = " ec1a1bb\t";
  ASSERT_TRUE(ValidatePerson(compact, Today()).has_value());
  EXPECT_EQ(compact.postcode, "EC1A 1BB");
}

TEST(ValidatePersonTest, BadPostcodeIsAFieldError) {
  Person p = Draft();
  p.postcode = "M1 AAE";
  Status s = ValidatePerson(p, Today());
  EXPECT_EQ(Fields(s), std::vector<std::string>{"postcode"});
  EXPECT_EQ(MessageFor(s, "postcode"), "Enter a real postcode, like M1 1AE");
}

TEST(ValidatePersonTest, NhsNumberIsNormalised) {
  Person p = Draft();
  p.nhs_number = "943 476 5919";
  ASSERT_TRUE(ValidatePerson(p, Today()).has_value());
  EXPECT_EQ(p.nhs_number, "9434765919");

  Person padded = Draft();
  padded.nhs_number = "943-476-5919\n";
  ASSERT_TRUE(ValidatePerson(padded, Today()).has_value());
  EXPECT_EQ(padded.nhs_number, "9434765919");
}

TEST(ValidatePersonTest, BadNhsNumberIsAFieldError) {
  Person p = Draft();
  p.nhs_number = "9434765918";
  Status s = ValidatePerson(p, Today());
  EXPECT_EQ(Fields(s), std::vector<std::string>{"nhs_number"});
  EXPECT_EQ(MessageFor(s, "nhs_number"), "NHS number is not valid: check the digits");
}

TEST(ValidatePersonTest, BlankOptionalFieldsAreCleared) {
  Person p = Draft();
  p.preferred_name = "   ";
  p.postcode = "  ";
  p.nhs_number = " \t ";
  ASSERT_TRUE(ValidatePerson(p, Today()).has_value());
  EXPECT_EQ(p.preferred_name, "");
  EXPECT_EQ(p.postcode, "");
  EXPECT_EQ(p.nhs_number, "");
}

TEST(ValidatePersonTest, ReportsEveryProblemAtOnce) {
  Person p = Draft();
  p.given_name = "";
  p.family_name = std::string(101, 'x');
  p.date_of_birth = *Date::FromYmd(2030, 1, 1);
  p.postcode = "12345";
  p.nhs_number = "12345";
  Status s = ValidatePerson(p, Today());
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(s.error().message, "There is a problem");
  EXPECT_EQ(Fields(s), (std::vector<std::string>{"given_name", "family_name", "date_of_birth",
                                                 "postcode", "nhs_number"}));
  for (const auto& fe : s.error().field_errors) {
    EXPECT_FALSE(fe.message.empty()) << fe.field;
  }
}

TEST(PersonTest, CallNamePrefersPreferredName) {
  Person p = Draft();
  EXPECT_EQ(p.CallName(), "Asha");
  p.preferred_name = "Ash";
  EXPECT_EQ(p.CallName(), "Ash");
}

}  // namespace
}  // namespace person_test
}  // namespace lw

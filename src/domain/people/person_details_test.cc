#include "domain/people/person_details.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>
#include "testing/field_errors.h"

namespace lw {
namespace person_details_test {
namespace {

using ::lw::testing::Fields;
using ::lw::testing::MessageFor;

using Strings = std::vector<std::string>;

CornerPerson Sister() {
  return {.id = "c1", .name = "Priya Patel", .relationship_detail = "Sister", .may_contact = true};
}

TEST(PersonDetailsTest, EverythingIsOptional) {
  PersonDetails d;
  ASSERT_TRUE(ValidatePersonDetails(d).has_value());
  EXPECT_EQ(d, PersonDetails{});
}

TEST(PersonDetailsTest, AFullRecordIsNormalised) {
  PersonDetails d;
  d.legal_name = {" Ashani ", " Patel "};
  d.pronouns = " She / Her ";
  d.address = {" 1 Market Street ", "", " Hyde ", "sk14 1aa"};
  d.contact = {.methods = {ContactMethod::kText, ContactMethod::kText},
               .phone = " 07700 900982 ",
               .safe_times = " after 6pm "};
  d.safe_contact_notes = "  Do not call when her partner is home ";
  d.gp_practice = {" Hyde Medical Centre ", " p84012 "};
  d.people_in_corner = {Sister()};
  d.languages = {{" Gujarati ", true}, {"English", false}};
  d.interpreter_needed = false;
  d.communication_needs = " Easy Read letters ";
  d.equality.answers["sex"] = {.option = " female "};
  ASSERT_TRUE(ValidatePersonDetails(d).has_value());
  EXPECT_EQ(d.legal_name, (LegalName{"Ashani", "Patel"}));
  EXPECT_EQ(d.pronouns, "she/her");
  EXPECT_EQ(d.address, (Address{"1 Market Street", "", "Hyde", "SK14 1AA"}));
  EXPECT_EQ(d.contact.methods, std::vector<ContactMethod>{ContactMethod::kText});
  EXPECT_EQ(d.contact.phone, "07700 900982");
  EXPECT_EQ(d.contact.safe_times, "after 6pm");
  EXPECT_EQ(d.safe_contact_notes, "Do not call when her partner is home");
  EXPECT_EQ(d.gp_practice, (GpPractice{"Hyde Medical Centre", "P84012"}));
  EXPECT_EQ(d.people_in_corner, std::vector<CornerPerson>{Sister()});
  EXPECT_EQ(d.languages, (std::vector<Language>{{"Gujarati", true}, {"English", false}}));
  EXPECT_EQ(d.communication_needs, "Easy Read letters");
  EXPECT_EQ(d.equality.AnswerTo("sex")->option, "female");
}

TEST(PersonDetailsTest, ALegalNameHasBothParts) {
  PersonDetails given_only;
  given_only.legal_name.given_name = "Ashani";
  Status s = ValidatePersonDetails(given_only);
  EXPECT_EQ(Fields(s), Strings{"legal_family_name"});
  EXPECT_EQ(MessageFor(s, "legal_family_name"), "Enter their legal family name");

  PersonDetails family_only;
  family_only.legal_name.family_name = "Patel";
  s = ValidatePersonDetails(family_only);
  EXPECT_EQ(Fields(s), Strings{"legal_given_name"});
  EXPECT_EQ(MessageFor(s, "legal_given_name"), "Enter their legal given name");
}

TEST(PersonDetailsTest, LegalNameLengthLimit) {
  PersonDetails d;
  d.legal_name = {std::string(100, 'a'), std::string(101, 'b')};
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), Strings{"legal_family_name"});
  EXPECT_EQ(MessageFor(s, "legal_family_name"),
            "Legal family name must be 100 characters or fewer");
}

TEST(PersonDetailsTest, CommonPronounsAreSpeltOneWayOthersKept) {
  EXPECT_EQ(std::vector<std::string_view>(CommonPronouns().begin(), CommonPronouns().end()),
            (std::vector<std::string_view>{"she/her", "he/him", "they/them"}));
  for (auto [typed, stored] :
       std::vector<std::pair<std::string, std::string>>{{"HE/HIM", "he/him"},
                                                        {" they / them ", "they/them"},
                                                        {"She/Her", "she/her"},
                                                        {"she/they", "she/they"},
                                                        {"Xe/Xem", "Xe/Xem"},
                                                        {"", ""}}) {
    PersonDetails d;
    d.pronouns = typed;
    ASSERT_TRUE(ValidatePersonDetails(d).has_value()) << typed;
    EXPECT_EQ(d.pronouns, stored);
  }
}

TEST(PersonDetailsTest, PronounsLengthLimit) {
  PersonDetails ok;
  ok.pronouns = std::string(40, 'x');
  EXPECT_TRUE(ValidatePersonDetails(ok).has_value());
  PersonDetails d;
  d.pronouns = std::string(41, 'x');
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), Strings{"pronouns"});
  EXPECT_EQ(MessageFor(s, "pronouns"), "Pronouns must be 40 characters or fewer");
}

TEST(PersonDetailsTest, TextWithControlCharactersIsRefused) {
  PersonDetails d;
  d.communication_needs = "Large\x07print";
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(MessageFor(s, "communication_needs"),
            "Communication needs contains characters we cannot save");
}

TEST(PersonDetailsTest, AddressSecondLineMovesUpAndBlankCodesAreCleared) {
  PersonDetails d;
  d.address = {"  ", " Flat 2 ", "Hyde", " \t "};
  d.gp_practice.ods_code = "  ";
  ASSERT_TRUE(ValidatePersonDetails(d).has_value());
  EXPECT_EQ(d.gp_practice.ods_code, "");
  EXPECT_EQ(d.address, (Address{"Flat 2", "", "Hyde", ""}));
}

TEST(PersonDetailsTest, AddressLinesHaveALengthLimit) {
  PersonDetails d;
  d.address = {std::string(101, 'a'), std::string(101, 'b'), std::string(101, 'c'), ""};
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), (Strings{"address_line_1", "address_line_2", "address_town"}));
  EXPECT_EQ(MessageFor(s, "address_town"), "Town or city must be 100 characters or fewer");
}

TEST(PersonDetailsTest, AddressPostcodeIsChecked) {
  PersonDetails d;
  d.address.postcode = "SK14 AAA";
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), Strings{"address_postcode"});
  EXPECT_EQ(MessageFor(s, "address_postcode"), "Enter a real postcode, like SK14 1AA");
}

TEST(PersonDetailsTest, NoContactMethodsIsAllowedOnTheRecord) {
  PersonDetails d;
  d.contact.phone = "0161 496 0000";
  ASSERT_TRUE(ValidatePersonDetails(d).has_value());
  EXPECT_TRUE(d.contact.methods.empty());
}

TEST(PersonDetailsTest, PhoneAndTextNeedANumberEmailAnAddress) {
  for (auto method : {ContactMethod::kPhone, ContactMethod::kText}) {
    PersonDetails d;
    d.contact.methods = {method};
    Status s = ValidatePersonDetails(d);
    EXPECT_EQ(Fields(s), Strings{"phone"});
    EXPECT_EQ(MessageFor(s, "phone"), "Enter a phone number, so we can call or text them");
  }
  PersonDetails d;
  d.contact.methods = {ContactMethod::kEmail};
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), Strings{"email"});
  EXPECT_EQ(MessageFor(s, "email"), "Enter an email address");
}

TEST(PersonDetailsTest, PhoneAndEmailMustLookReal) {
  PersonDetails d;
  d.contact.phone = "call me";
  d.contact.email = "asha.example.com";
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), (Strings{"phone", "email"}));
  EXPECT_EQ(MessageFor(s, "phone"), "Enter a phone number, like 07700 900 982 or 0161 496 0000");
  EXPECT_EQ(MessageFor(s, "email"),
            "Enter an email address in the correct format, like name@example.com");
}

TEST(PersonDetailsTest, NotesHaveALengthLimit) {
  PersonDetails ok;
  ok.contact.safe_times = std::string(1000, 'a');
  ok.safe_contact_notes = std::string(1000, 'a');
  ok.communication_needs = std::string(1000, 'a');
  EXPECT_TRUE(ValidatePersonDetails(ok).has_value());

  PersonDetails d;
  d.contact.safe_times = std::string(1001, 'a');
  d.safe_contact_notes = std::string(1001, 'a');
  d.communication_needs = std::string(1001, 'a');
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), (Strings{"safe_times", "safe_contact_notes", "communication_needs"}));
  EXPECT_EQ(MessageFor(s, "safe_contact_notes"),
            "Safe contact notes must be 1000 characters or fewer");
}

TEST(PersonDetailsGpPracticeTest, PracticeCodeIsALetterAndFiveDigits) {
  EXPECT_EQ(ParseGpPracticeCode("P84012"), "P84012");
  EXPECT_EQ(ParseGpPracticeCode(" y02345\t"), "Y02345");
  for (std::string bad : {"", "84012", "PP4012", "P8401", "P840123", "P84 012", "P8401O", "P-84012",
                          "\xc3\x89"
                          "84012"}) {
    auto code = ParseGpPracticeCode(bad);
    ASSERT_FALSE(code.has_value()) << bad;
    EXPECT_EQ(code.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(code.error().message,
              "Enter the practice code as a letter and 5 numbers, like P84012");
  }
}

TEST(PersonDetailsGpPracticeTest, BadCodeAndLongNameAreFieldErrors) {
  PersonDetails d;
  d.gp_practice = {std::string(201, 'a'), "84012"};
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), (Strings{"gp_practice_name", "gp_practice_ods_code"}));
  EXPECT_EQ(MessageFor(s, "gp_practice_name"), "GP practice name must be 200 characters or fewer");
  EXPECT_EQ(MessageFor(s, "gp_practice_ods_code"),
            "Enter the practice code as a letter and 5 numbers, like P84012");
}

TEST(PersonDetailsCornerTest, RelationshipKeysAndNames) {
  std::vector<std::string_view> keys;
  for (auto r : kAllCornerRelationships) {
    keys.push_back(CornerRelationshipKey(r));
    EXPECT_EQ(ParseCornerRelationship(CornerRelationshipKey(r)), r);
    EXPECT_FALSE(CornerRelationshipDisplayName(r).empty());
  }
  EXPECT_EQ(keys,
            (std::vector<std::string_view>{"family", "friend", "carer", "neighbour", "other"}));
  EXPECT_EQ(CornerRelationshipDisplayName(CornerRelationship::kOther), "Someone else");
  EXPECT_EQ(ParseCornerRelationship("Family"), std::nullopt);
}

TEST(PersonDetailsCornerTest, BlankRowsAreDroppedBeforeNumbering) {
  PersonDetails d;
  d.people_in_corner = {CornerPerson{.relationship = CornerRelationship::kFriend, .is_carer = true},
                        CornerPerson{.name = " ", .phone = "  "},
                        CornerPerson{.relationship_detail = "Sister"}};
  Status s = ValidatePersonDetails(d);
  ASSERT_EQ(d.people_in_corner.size(), 1u);
  EXPECT_EQ(Fields(s), Strings{"corner_0_name"});
  EXPECT_EQ(MessageFor(s, "corner_0_name"), "Enter their name");
}

TEST(PersonDetailsCornerTest, SomeoneElseNeedsToSayHowTheyAreConnected) {
  PersonDetails d;
  d.people_in_corner = {Sister(), {.name = "Gill", .relationship = CornerRelationship::kOther}};
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), Strings{"corner_1_relationship_detail"});
  EXPECT_EQ(MessageFor(s, "corner_1_relationship_detail"),
            "Enter how they are connected, like Godmother or Support worker");
}

TEST(PersonDetailsCornerTest, ACarerIsACarer) {
  PersonDetails d;
  d.people_in_corner = {
      {.name = "Dev", .relationship = CornerRelationship::kCarer},
      {.name = "Sam", .relationship = CornerRelationship::kFriend, .is_carer = true},
      {.name = "Jo", .relationship = CornerRelationship::kNeighbour}};
  ASSERT_TRUE(ValidatePersonDetails(d).has_value());
  EXPECT_TRUE(d.people_in_corner[0].is_carer);
  EXPECT_TRUE(d.people_in_corner[1].is_carer);
  EXPECT_FALSE(d.people_in_corner[2].is_carer);
}

TEST(PersonDetailsCornerTest, MayContactWithoutDetailsIsKept) {
  PersonDetails d;
  d.people_in_corner = {{.name = "Mum", .may_contact = true}};
  ASSERT_TRUE(ValidatePersonDetails(d).has_value());
  EXPECT_TRUE(d.people_in_corner[0].may_contact);
}

TEST(PersonDetailsCornerTest, EachFieldIsCheckedOnItsRow) {
  PersonDetails d;
  CornerPerson bad{.id = "c2",
                   .name = std::string(101, 'n'),
                   .relationship_detail = std::string(101, 'r'),
                   .phone = "12",
                   .email = "nobody@",
                   .notes = std::string(1001, 'x')};
  d.people_in_corner = {Sister(), bad};
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), (Strings{"corner_1_name", "corner_1_relationship_detail", "corner_1_phone",
                                "corner_1_email", "corner_1_notes"}));
  EXPECT_EQ(MessageFor(s, "corner_1_name"), "Name must be 100 characters or fewer");
  EXPECT_EQ(MessageFor(s, "corner_1_phone"),
            "Enter a phone number, like 07700 900 982 or 0161 496 0000");
  EXPECT_EQ(MessageFor(s, "corner_1_email"),
            "Enter an email address in the correct format, like name@example.com");
  EXPECT_EQ(MessageFor(s, "corner_1_notes"), "Notes must be 1000 characters or fewer");
}

TEST(PersonDetailsCornerTest, IdsAreUniqueNewOnesMayBeEmpty) {
  PersonDetails d;
  d.people_in_corner = {Sister(), {.name = "A"}, {.name = "B"}, {.id = " c1 ", .name = "C"}};
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), Strings{"corner_3_id"});
  EXPECT_EQ(MessageFor(s, "corner_3_id"), "This person is listed twice");
}

TEST(PersonDetailsCornerTest, AtMostThirtyPeople) {
  PersonDetails ok;
  ok.people_in_corner.assign(30, CornerPerson{.name = "Friend"});
  EXPECT_TRUE(ValidatePersonDetails(ok).has_value());

  PersonDetails d;
  d.people_in_corner.assign(31, CornerPerson{.name = "Friend"});
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), Strings{"people_in_corner"});
  EXPECT_EQ(MessageFor(s, "people_in_corner"), "Add no more than 30 people");
}

TEST(PersonDetailsLanguagesTest, BlankRowsAreDroppedAndNamesTrimmed) {
  PersonDetails d;
  d.languages = {{" ", true}, {" Polish ", false}};
  ASSERT_TRUE(ValidatePersonDetails(d).has_value());
  EXPECT_EQ(d.languages, (std::vector<Language>{{"Polish", false}}));
}

TEST(PersonDetailsLanguagesTest, ALanguageIsListedOnce) {
  PersonDetails d;
  d.languages = {{"Polish", true}, {"polish", false}};
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), Strings{"language_1_name"});
  EXPECT_EQ(MessageFor(s, "language_1_name"), "polish is listed already");
}

TEST(PersonDetailsLanguagesTest, OneMainLanguage) {
  PersonDetails d;
  d.languages = {{"Urdu", true}, {"English", false}, {"Punjabi", true}};
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), Strings{"language_2_main"});
  EXPECT_EQ(MessageFor(s, "language_2_main"), "Choose one main language");
}

TEST(PersonDetailsLanguagesTest, LengthAndCountLimits) {
  PersonDetails long_name;
  long_name.languages = {{std::string(61, 'a'), false}};
  Status s = ValidatePersonDetails(long_name);
  EXPECT_EQ(Fields(s), Strings{"language_0_name"});
  EXPECT_EQ(MessageFor(s, "language_0_name"), "Language must be 60 characters or fewer");

  PersonDetails many;
  for (int i = 0; i < 11; ++i) many.languages.push_back({"Language " + std::to_string(i), false});
  s = ValidatePersonDetails(many);
  EXPECT_EQ(Fields(s), Strings{"languages"});
  EXPECT_EQ(MessageFor(s, "languages"), "Add no more than 10 languages");
  many.interpreter_needed = true;  // one problem with the list is enough
  EXPECT_EQ(Fields(ValidatePersonDetails(many)), Strings{"languages"});
  many.interpreter_needed = std::nullopt;
  many.languages.pop_back();
  EXPECT_TRUE(ValidatePersonDetails(many).has_value());
}

TEST(PersonDetailsLanguagesTest, AnInterpreterNeedsTheLanguage) {
  PersonDetails none;
  none.interpreter_needed = true;
  Status s = ValidatePersonDetails(none);
  EXPECT_EQ(Fields(s), Strings{"languages"});
  EXPECT_EQ(MessageFor(s, "languages"), "Add the language they need an interpreter for");

  PersonDetails one;
  one.interpreter_needed = true;
  one.languages = {{"Tigrinya", false}};
  ASSERT_TRUE(ValidatePersonDetails(one).has_value());
  EXPECT_TRUE(one.languages[0].main);

  PersonDetails several;
  several.interpreter_needed = true;
  several.languages = {{"Tigrinya", false}, {"Arabic", false}};
  s = ValidatePersonDetails(several);
  EXPECT_EQ(Fields(s), Strings{"languages"});
  EXPECT_EQ(MessageFor(s, "languages"),
            "Choose their main language, the one they need an interpreter for");
  several.languages[1].main = true;
  EXPECT_TRUE(ValidatePersonDetails(several).has_value());
}

TEST(PersonDetailsLanguagesTest, NoInterpreterNeedsNoLanguage) {
  for (std::optional<bool> needed : {std::optional<bool>(), std::optional<bool>(false)}) {
    PersonDetails d;
    d.interpreter_needed = needed;
    d.languages = {{"English", false}};
    ASSERT_TRUE(ValidatePersonDetails(d).has_value());
    EXPECT_FALSE(d.languages[0].main);  // only an interpreter makes a single language main
    EXPECT_EQ(d.interpreter_needed, needed);
  }
}

TEST(PersonDetailsTest, EqualityProblemsAreReportedWithTheRest) {
  PersonDetails d;
  d.pronouns = std::string(41, 'x');
  d.equality.answers["sex"] = {.option = "unsure"};
  Status s = ValidatePersonDetails(d);
  EXPECT_EQ(Fields(s), (Strings{"pronouns", "equality_sex"}));
}

TEST(PersonDetailsTest, ReportsEveryProblemAtOnceInFormOrder) {
  PersonDetails d;
  d.legal_name.given_name = "Ashani";
  d.pronouns = std::string(41, 'x');
  d.address.postcode = "nowhere";
  d.contact.methods = {ContactMethod::kEmail};
  d.safe_contact_notes = std::string(1001, 'x');
  d.gp_practice.ods_code = "GP";
  d.people_in_corner = {{.relationship = CornerRelationship::kOther, .notes = "?"}};
  d.languages = {{"Farsi", true}, {"Dari", true}};
  d.communication_needs = std::string(1001, 'x');
  d.equality.answers["caring"] = {.option = "sometimes"};
  Status s = ValidatePersonDetails(d);
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(s.error().message, "There is a problem");
  EXPECT_EQ(Fields(s), (Strings{"legal_family_name", "pronouns", "address_postcode", "email",
                                "safe_contact_notes", "gp_practice_ods_code", "corner_0_name",
                                "corner_0_relationship_detail", "language_1_main",
                                "communication_needs", "equality_caring"}));
}

}  // namespace
}  // namespace person_details_test
}  // namespace lw

#include "domain/frontdoor/new_introduction.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "domain/frontdoor/test_support.h"

namespace lw {
namespace new_introduction_test {
namespace {

using namespace frontdoor_test;

Date Today() { return Day(2026, 3, 9); }
const FrontDoorPolicy kPolicy;

Result<Introduction> Validate(const IntroductionDraft& d) {
  return ValidateNewIntroduction(d, kPolicy, Today());
}

IntroductionDraft StaffDraft(const std::string& source) {
  IntroductionDraft d = PublicDraft();
  d.source = source;
  d.made_by_user_id = "u-frontdoor";
  d.privacy_agreed = false;
  d.introducer_name = "Dr Sam Okafor";
  d.introducer_organisation = "Hyde Medical Centre";
  d.introducer_relationship = "Sister";
  d.person_knows = true;
  return d;
}

TEST(ValidateNewIntroductionTest, PublicSelfIntroductionIsValidAndOpen) {
  auto r = Validate(PublicDraft());
  ASSERT_TRUE(r.has_value()) << r.error().message << " " << MessageFor(r, Fields(r).at(0));
  EXPECT_EQ(r->version, 1);
  EXPECT_EQ(r->state, IntroductionState::kOpen);
  EXPECT_EQ(r->source, IntroductionSource::kSelf);
  EXPECT_EQ(r->made_by_user_id, "");
  EXPECT_EQ(r->date_of_birth, Day(1990, 7, 14));
  EXPECT_EQ(r->contact.methods, std::vector<ContactMethod>{ContactMethod::kPhone});
  EXPECT_FALSE(r->contact.may_leave_message);
  EXPECT_TRUE(r->privacy_agreed);
  EXPECT_EQ(r->team_id, "team-a");
  EXPECT_EQ(r->received_at, Utc(2026, 3, 9, 10));
  EXPECT_EQ(r->id, "");  // assigned by the caller
  EXPECT_EQ(r->reference, "");
  EXPECT_TRUE(r->attempts.empty());
  EXPECT_EQ(r->ending, std::nullopt);
}

TEST(ValidateNewIntroductionTest, NormalisesTextPostcodeNhsNumberAndMethods) {
  IntroductionDraft d = PublicDraft();
  d.given_name = "  Asha\t";
  d.family_name = "\nPatel ";
  d.postcode = "  sk141aa ";
  d.nhs_number = " 943 476 5919 ";
  d.contact_methods = {"text", " phone ", "text"};
  d.email = "  asha@example.com ";
  d.in_their_words = "  Hard week.  \n";
  auto r = Validate(d);
  ASSERT_TRUE(r.has_value()) << MessageFor(r, Fields(r).at(0));
  EXPECT_EQ(r->given_name, "Asha");
  EXPECT_EQ(r->family_name, "Patel");
  EXPECT_EQ(r->postcode, "SK14 1AA");
  EXPECT_EQ(r->nhs_number, "9434765919");
  EXPECT_EQ(r->contact.methods,
            (std::vector<ContactMethod>{ContactMethod::kText, ContactMethod::kPhone}));
  EXPECT_EQ(r->contact.email, "asha@example.com");
  EXPECT_EQ(r->in_their_words, "Hard week.");
}

TEST(ValidateNewIntroductionTest, HtmlAndScriptAreKeptVerbatim) {
  const std::string script = "<script>alert('x')</script> & \"quotes\" <b>bold</b>";
  IntroductionDraft d = PublicDraft();
  d.given_name = "<b>Asha</b>";
  d.in_their_words = script;
  d.help_wanted = "<img src=x onerror=alert(1)>";
  d.safe_times = "<i>evenings</i>";
  auto r = Validate(d);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->given_name, "<b>Asha</b>");
  EXPECT_EQ(r->in_their_words, script);
  EXPECT_EQ(r->help_wanted, "<img src=x onerror=alert(1)>");
  EXPECT_EQ(r->contact.safe_times, "<i>evenings</i>");
}

TEST(ValidateNewIntroductionTest, EmptyPublicFormNamesEveryRequiredField) {
  IntroductionDraft d;
  d.source = "self";
  d.received_at = Utc(2026, 3, 9, 10);
  auto r = Validate(d);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Fields(r),
            (std::vector<std::string>{"privacy_agreed", "given_name", "family_name",
                                      "date_of_birth", "contact_methods", "in_their_words"}));
  EXPECT_EQ(MessageFor(r, "given_name"), "Enter your first name");
  EXPECT_EQ(MessageFor(r, "family_name"), "Enter your last name");
  EXPECT_EQ(MessageFor(r, "date_of_birth"), "Enter your date of birth");
  EXPECT_EQ(MessageFor(r, "contact_methods"), "Select at least one way we can contact you");
  EXPECT_EQ(MessageFor(r, "in_their_words"), "Tell us what is going on, in your own words");
  EXPECT_EQ(MessageFor(r, "privacy_agreed"), "Confirm that you have read the privacy notice");
}

TEST(ValidateNewIntroductionTest, StaffMayLeaveDateOfBirthOutAndNeedNoPrivacyTick) {
  IntroductionDraft d = StaffDraft("phone");
  d.date_of_birth_day = d.date_of_birth_month = d.date_of_birth_year = "";
  auto r = Validate(d);
  ASSERT_TRUE(r.has_value()) << MessageFor(r, Fields(r).at(0));
  EXPECT_EQ(r->date_of_birth, std::nullopt);
  EXPECT_EQ(r->made_by_user_id, "u-frontdoor");
  // The person introduced themselves: no introducer details are kept.
  EXPECT_EQ(r->introducer_name, "");
  EXPECT_EQ(r->introducer_organisation, "");
}

TEST(ValidateNewIntroductionTest, MessagesSpeakOfThePersonAsTheirWhenSomeoneElseTypes) {
  IntroductionDraft d = StaffDraft("gp");
  d.given_name = "";
  d.contact_methods.clear();
  auto r = Validate(d);
  EXPECT_EQ(MessageFor(r, "given_name"), "Enter their first name");
  EXPECT_EQ(MessageFor(r, "contact_methods"), "Select at least one way we can contact them");
}

TEST(ValidateNewIntroductionTest, DateOfBirthMustBeReal) {
  IntroductionDraft d = PublicDraft();
  d.date_of_birth_day = "31";
  d.date_of_birth_month = "2";
  auto r = Validate(d);
  EXPECT_EQ(Fields(r), std::vector<std::string>{"date_of_birth"});
  EXPECT_EQ(MessageFor(r, "date_of_birth"), "Enter a real date of birth");
  d.date_of_birth_month = "";
  EXPECT_EQ(MessageFor(Validate(d), "date_of_birth"), "Date of birth must include a month");
}

TEST(ValidateNewIntroductionTest, DateOfBirthMustBeInThePast) {
  IntroductionDraft d = PublicDraft();
  d.date_of_birth_day = "10";
  d.date_of_birth_month = "3";
  d.date_of_birth_year = "2026";
  EXPECT_EQ(MessageFor(Validate(d), "date_of_birth"), "Date of birth must be in the past");
  d.date_of_birth_year = "2090";
  EXPECT_EQ(MessageFor(Validate(d), "date_of_birth"), "Date of birth must be in the past");
}

TEST(ValidateNewIntroductionTest, AgeMustReachTheMinimumOnTheDayReceived) {
  IntroductionDraft d = PublicDraft();  // received 9 March 2026
  d.date_of_birth_day = "10";
  d.date_of_birth_month = "3";
  d.date_of_birth_year = "2010";  // 16 tomorrow
  auto r = Validate(d);
  EXPECT_EQ(MessageFor(r, "date_of_birth"),
            "Living Well is for people aged 16 or over. A GP can help someone younger find "
            "support");
  d.date_of_birth_day = "9";  // 16 today
  EXPECT_TRUE(Validate(d).has_value());
  // The locality's own minimum.
  FrontDoorPolicy eighteen{.minimum_age = 18};
  auto r18 = ValidateNewIntroduction(d, eighteen, Today());
  EXPECT_EQ(MessageFor(r18, "date_of_birth").substr(0, 37),
            "Living Well is for people aged 18 or ");
}

TEST(ValidateNewIntroductionTest, AgeIsTakenOnTheReceivedDateNotToday) {
  IntroductionDraft d = StaffDraft("phone");
  d.received_at = Utc(2026, 3, 1, 10);  // recorded a week late
  d.date_of_birth_day = "5";
  d.date_of_birth_month = "3";
  d.date_of_birth_year = "2010";  // 16 on 5 March: under 16 when received
  EXPECT_EQ(Fields(Validate(d)), std::vector<std::string>{"date_of_birth"});
}

TEST(ValidateNewIntroductionTest, ReceivedInTheFutureIsRefused) {
  IntroductionDraft d = PublicDraft();
  d.received_at = Utc(2026, 3, 10, 1);
  EXPECT_EQ(MessageFor(Validate(d), "received_at"),
            "The date received must be today or in the past");
}

TEST(ValidateNewIntroductionTest, InvalidNhsNumbersAreNamed) {
  IntroductionDraft d = PublicDraft();
  d.nhs_number = "943 476 5910";  // wrong check digit
  EXPECT_EQ(MessageFor(Validate(d), "nhs_number"), "Enter a valid NHS number");
  d.nhs_number = "943 476 591";
  EXPECT_EQ(MessageFor(Validate(d), "nhs_number"), "NHS number must be 10 digits");
  d.nhs_number = "943 476 59190";
  EXPECT_EQ(MessageFor(Validate(d), "nhs_number"), "NHS number must be 10 digits");
  d.nhs_number = "943-476-591X";
  EXPECT_EQ(MessageFor(Validate(d), "nhs_number"), "NHS number must only include numbers");
}

TEST(ValidateNewIntroductionTest, InvalidPostcodesAreNamedAndBlankIsAllowed) {
  IntroductionDraft d = PublicDraft();
  for (std::string bad : {"SK14", "12345", "SK14 1A", "ZZZ ZZZ", "SK14 1AA X"}) {
    d.postcode = bad;
    EXPECT_EQ(MessageFor(Validate(d), "postcode"), "Enter a real postcode, like SK14 1AA") << bad;
  }
  d.postcode = "  ";  // no fixed address
  auto r = Validate(d);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->postcode, "");
}

TEST(ValidateNewIntroductionTest, UnknownSourceIsRefused) {
  for (std::string bad : {"", "rejected", "declined", "Self", "g p"}) {
    IntroductionDraft d = PublicDraft();
    d.source = bad;
    auto r = Validate(d);
    EXPECT_EQ(MessageFor(r, "source"), "Select where this introduction came from") << bad;
  }
}

TEST(ValidateNewIntroductionTest, UnknownContactMethodIsRefused) {
  IntroductionDraft d = PublicDraft();
  d.contact_methods = {"phone", "pigeon"};
  EXPECT_EQ(MessageFor(Validate(d), "contact_methods"), "Select ways to contact from the list");
}

TEST(ValidateNewIntroductionTest, UnknownEqualityAnswerIsRefused) {
  IntroductionDraft d = PublicDraft();
  d.equality = {{"ethnicity", "martian"}, {"gender", "prefer-not-to-say"}};
  auto r = Validate(d);
  EXPECT_EQ(Fields(r), std::vector<std::string>{"equality_ethnicity"});
  d.equality = {{"ethnicity", "asian"}, {"gender", "prefer-not-to-say"}, {"religion", ""}};
  r = Validate(d);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->equality.AnswerTo("ethnicity"), "asian");
  EXPECT_EQ(r->equality.AnswerTo("gender"), kPreferNotToSay);
  EXPECT_EQ(r->equality.AnswerTo("religion"), std::nullopt);
}

TEST(ValidateNewIntroductionTest, EachContactMethodNeedsItsDetails) {
  IntroductionDraft d = PublicDraft();
  d.contact_methods = {"text"};
  d.phone = "";
  EXPECT_EQ(MessageFor(Validate(d), "phone"), "Enter a phone number, so we can call or text you");
  d.contact_methods = {"email"};
  EXPECT_EQ(MessageFor(Validate(d), "email"), "Enter an email address");
  d.email = "asha@example.com";
  EXPECT_TRUE(Validate(d).has_value());  // no phone needed for email alone
}

TEST(ValidateNewIntroductionTest, MalformedPhoneAndEmailAreRefusedEvenIfNotChosen) {
  IntroductionDraft d = PublicDraft();
  d.phone = "call after 6";
  d.email = "asha at example";
  auto r = Validate(d);
  EXPECT_EQ(MessageFor(r, "phone"), "Enter a phone number, like 07700 900 982 or 0161 496 0000");
  EXPECT_EQ(MessageFor(r, "email"),
            "Enter an email address in the correct format, like name@example.com");
}

TEST(ValidateNewIntroductionTest, CarerNeedsNameRelationshipAndThePersonsKnowledge) {
  IntroductionDraft d = PublicDraft();
  d.source = "carer-or-family";
  auto r = Validate(d);
  EXPECT_EQ(Fields(r), (std::vector<std::string>{"introducer_name", "introducer_relationship",
                                                 "person_knows"}));
  EXPECT_EQ(MessageFor(r, "introducer_name"), "Enter your name");
  EXPECT_EQ(MessageFor(r, "introducer_relationship"), "Enter how you know them");
  EXPECT_EQ(MessageFor(r, "person_knows"), "Confirm that they know about this introduction");
  d.introducer_name = "Ravi Patel";
  d.introducer_relationship = "Brother";
  d.person_knows = true;
  r = Validate(d);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->introducer_relationship, "Brother");
  EXPECT_EQ(r->introducer_organisation, "");
}

TEST(ValidateNewIntroductionTest, ServicesNeedNameAndOrganisation) {
  for (std::string source : {"gp", "other-nhs", "council", "voluntary-partner", "police"}) {
    IntroductionDraft d = StaffDraft(source);
    d.introducer_name = "";
    d.introducer_organisation = " ";
    auto r = Validate(d);
    EXPECT_EQ(Fields(r), (std::vector<std::string>{"introducer_name", "introducer_organisation"}))
        << source;
    EXPECT_EQ(MessageFor(r, "introducer_name"),
              "Enter the name of the person making the introduction");
    d = StaffDraft(source);
    r = Validate(d);
    ASSERT_TRUE(r.has_value()) << source;
    EXPECT_EQ(r->introducer_organisation, "Hyde Medical Centre");
    EXPECT_EQ(r->introducer_relationship, "");  // not asked of a service
  }
}

// Every free-text field: the limit is accepted, one more character is
// refused with a message naming the limit.
struct LengthCase {
  const char* field;
  std::size_t limit;
  std::function<void(IntroductionDraft&, const std::string&)> set;
};

TEST(ValidateNewIntroductionTest, EveryTextFieldHasALengthLimit) {
  std::vector<LengthCase> cases = {
      {"given_name", 100, [](auto& d, auto& v) { d.given_name = v; }},
      {"family_name", 100, [](auto& d, auto& v) { d.family_name = v; }},
      {"preferred_name", 100, [](auto& d, auto& v) { d.preferred_name = v; }},
      {"introducer_name", 100, [](auto& d, auto& v) { d.introducer_name = v; }},
      {"introducer_relationship", 100, [](auto& d, auto& v) { d.introducer_relationship = v; }},
      {"safe_times", 1000, [](auto& d, auto& v) { d.safe_times = v; }},
      {"in_their_words", 5000, [](auto& d, auto& v) { d.in_their_words = v; }},
      {"help_wanted", 5000, [](auto& d, auto& v) { d.help_wanted = v; }},
  };
  for (const auto& c : cases) {
    IntroductionDraft d = PublicDraft();
    d.source = "carer-or-family";
    d.introducer_name = "Ravi";
    d.introducer_relationship = "Brother";
    d.person_knows = true;
    c.set(d, std::string(c.limit, 'a'));
    EXPECT_TRUE(Validate(d).has_value()) << c.field;
    c.set(d, std::string(c.limit + 1, 'a'));
    auto r = Validate(d);
    EXPECT_EQ(Fields(r), std::vector<std::string>{c.field});
    EXPECT_NE(
        MessageFor(r, c.field).find(" must be " + std::to_string(c.limit) + " characters or fewer"),
        std::string::npos)
        << MessageFor(r, c.field);
  }
  IntroductionDraft d = StaffDraft("council");
  d.introducer_organisation = std::string(201, 'o');
  EXPECT_EQ(MessageFor(Validate(d), "introducer_organisation"),
            "Organisation must be 200 characters or fewer");
  d = PublicDraft();
  d.phone = std::string(31, '1');
  EXPECT_EQ(MessageFor(Validate(d), "phone"), "Phone number must be 30 characters or fewer");
  d = PublicDraft();
  d.email = std::string(250, 'a') + "@b.co";
  EXPECT_EQ(MessageFor(Validate(d), "email"), "Email address must be 254 characters or fewer");
}

TEST(ValidateNewIntroductionTest, LengthCountsCharactersNotBytes) {
  IntroductionDraft d = PublicDraft();
  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += "é";  // 200 bytes, 100 characters
  d.given_name = hundred;
  EXPECT_TRUE(Validate(d).has_value());
  d.given_name = hundred + "é";
  EXPECT_EQ(MessageFor(Validate(d), "given_name"), "First name must be 100 characters or fewer");
}

TEST(ValidateNewIntroductionTest, BrokenTextIsRefusedNotStored) {
  IntroductionDraft d = PublicDraft();
  d.in_their_words = std::string("fine\0hidden", 11);
  EXPECT_EQ(MessageFor(Validate(d), "in_their_words"),
            "What is going on contains characters we cannot save");
  d.in_their_words = "bad \xff\xfe bytes";
  EXPECT_EQ(Fields(Validate(d)), std::vector<std::string>{"in_their_words"});
  d.in_their_words = "Line one\n\tLine two \xF0\x9F\x99\x82";  // tabs, new lines, emoji are fine
  EXPECT_TRUE(Validate(d).has_value());
}

}  // namespace
}  // namespace new_introduction_test
}  // namespace lw

// ParseDetailsForm on its own: every field read into PersonDetails, rows in
// order, checkboxes, "not asked" apart from "prefer not to say", values no
// form of ours sends; and the form page and the parser agreeing, field for
// field (what the page shows, posted back, is what was stored).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "web/record_details_form.h"
#include "web/record_form_reader.h"
#include "web/test_support.h"

namespace lw::web {
namespace record_details_parse_test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

http::Form FormOf(std::initializer_list<std::pair<std::string, std::string>> fields) {
  http::Form form;
  for (const auto& [name, value] : fields) form.Add(name, value);
  return form;
}

TEST(ParseDetailsFormTest, ReadsEveryFieldOfTheRecord) {
  const http::Form form = FormOf({
      {"csrf_token", "c"},
      {"version", "3"},
      {"legal_given_name", "Daniel"},
      {"legal_family_name", "Hughes"},
      {"pronouns", "he/him"},
      {"address_line_1", "12 Canal Street"},
      {"address_line_2", "Flat 2"},
      {"address_town", "Motherwell"},
      {"address_postcode", "ml2 7bd"},
      {"contact_methods", "text"},
      {"contact_methods", "email"},
      {"phone", "07700 900123"},
      {"email", "dan@example.com"},
      {"may_leave_message", "yes"},
      {"safe_times", "Mornings"},
      {"safe_contact_notes", "Text before calling"},
      {"gp_practice_name", "Hyde Medical Centre"},
      {"gp_practice_ods_code", "p84012"},
      {"interpreter_needed", "no"},
      {"communication_needs", "Large print"},
      {"reason", "At his review"},
  });
  const DetailsFormInput in = ParseDetailsForm(form);
  EXPECT_TRUE(in.errors.empty());
  const PersonDetails& d = in.details;
  EXPECT_EQ(d.legal_name, (LegalName{"Daniel", "Hughes"}));
  EXPECT_EQ(d.pronouns, "he/him");
  EXPECT_EQ(d.address, (Address{"12 Canal Street", "Flat 2", "Motherwell", "ml2 7bd"}))
      << "as typed: the domain normalises";
  EXPECT_THAT(d.contact.methods, ElementsAre(ContactMethod::kText, ContactMethod::kEmail));
  EXPECT_EQ(d.contact.phone, "07700 900123");
  EXPECT_EQ(d.contact.email, "dan@example.com");
  EXPECT_TRUE(d.contact.may_leave_message);
  EXPECT_EQ(d.contact.safe_times, "Mornings");
  EXPECT_EQ(d.safe_contact_notes, "Text before calling");
  EXPECT_EQ(d.gp_practice, (GpPractice{"Hyde Medical Centre", "p84012"}));
  EXPECT_EQ(d.interpreter_needed, false);
  EXPECT_EQ(d.communication_needs, "Large print");
  EXPECT_TRUE(d.people_in_corner.empty());
  EXPECT_TRUE(d.languages.empty());
  EXPECT_TRUE(d.equality.answers.empty());
  EXPECT_EQ(in.reason, "At his review");
  EXPECT_EQ(in.add, "");
}

TEST(ParseDetailsFormTest, AnEmptyFormIsEmptyDetails) {
  const DetailsFormInput in = ParseDetailsForm(FormOf({{"interpreter_needed", ""}}));
  EXPECT_TRUE(in.errors.empty());
  EXPECT_EQ(in.details, PersonDetails{});
  EXPECT_FALSE(in.details.interpreter_needed.has_value()) << "not asked";
}

TEST(ParseDetailsFormTest, RowsAreReadInTheOrderOfTheirNumbers) {
  const http::Form form = FormOf({
      {"corner_10_name", "Mrs Shah"},
      {"corner_10_relationship", "neighbour"},
      {"corner_2_id", "AAAAAAAAAAAAAAAAAAAAAA"},
      {"corner_2_name", "Sue"},
      {"corner_2_relationship", "family"},
      {"corner_2_relationship_detail", "Sister"},
      {"corner_2_is_carer", "yes"},
      {"corner_2_may_contact", "yes"},
      {"corner_2_phone", "07700 900456"},
      {"corner_2_email", "sue@example.com"},
      {"corner_2_notes", "Lives nearby"},
      {"corner_2_shoe_size", "6"},
      {"corner_3_name", ""},
      {"corner_3_relationship", "family"},
      {"corner_x_name", "Not a row"},
      {"corner_4name", "Not a row"},
      {"language_1_name", "English"},
      {"language_0_name", "Welsh"},
      {"language_0_main", "yes"},
  });
  const DetailsFormInput in = ParseDetailsForm(form);
  EXPECT_TRUE(in.errors.empty());
  const auto& people = in.details.people_in_corner;
  ASSERT_EQ(people.size(), 3u) << "the empty row is kept: the domain drops it";
  EXPECT_EQ(people[0], (CornerPerson{.id = "AAAAAAAAAAAAAAAAAAAAAA",
                                     .name = "Sue",
                                     .relationship = CornerRelationship::kFamily,
                                     .relationship_detail = "Sister",
                                     .is_carer = true,
                                     .may_contact = true,
                                     .phone = "07700 900456",
                                     .email = "sue@example.com",
                                     .notes = "Lives nearby"}));
  EXPECT_EQ(people[1].name, "");
  EXPECT_EQ(people[2].name, "Mrs Shah");
  EXPECT_EQ(people[2].relationship, CornerRelationship::kNeighbour);
  EXPECT_FALSE(people[2].is_carer);
  EXPECT_FALSE(people[2].may_contact) << "no unless ticked";
  EXPECT_THAT(in.details.languages,
              ElementsAre(Language{.name = "Welsh", .main = true}, Language{.name = "English"}));
}

TEST(ParseDetailsFormTest, SomeoneTakenOffTheListIsLeftOut) {
  const DetailsFormInput in = ParseDetailsForm(FormOf({
      {"corner_0_id", "AAAAAAAAAAAAAAAAAAAAAA"},
      {"corner_0_name", "Sue"},
      {"corner_0_remove", "yes"},
      {"corner_1_id", "BBBBBBBBBBBBBBBBBBBBBB"},
      {"corner_1_name", "Tom"},
      {"corner_1_relationship", "boss"},
  }));
  ASSERT_EQ(in.details.people_in_corner.size(), 1u);
  EXPECT_EQ(in.details.people_in_corner[0].name, "Tom");
  ASSERT_EQ(in.errors.size(), 1u);
  EXPECT_EQ(in.errors[0].field, "corner_0_relationship") << "named by its place in the list read";
}

TEST(ParseDetailsFormTest, NotAskedIsNoAnswerAndPreferNotToSayIsOne) {
  const http::Form form = FormOf({
      {"equality_sex", ""},
      {"equality_gender_identity", ""},
      {"equality_gender_identity_described", "left from before"},
      {"equality_religion", "prefer-not-to-say"},
      {"equality_sexual_orientation", "another"},
      {"equality_sexual_orientation_described", "Queer"},
      {"equality_disability", "yes"},
      {"equality_disability_kinds", "hearing"},
      {"equality_disability_kinds", "mental-health"},
      {"equality_shoe_size", "6"},
  });
  const DetailsFormInput in = ParseDetailsForm(form);
  EXPECT_TRUE(in.errors.empty());
  const EqualityRecord& e = in.details.equality;
  EXPECT_EQ(e.AnswerTo("sex"), nullptr);
  EXPECT_EQ(e.AnswerTo("gender_identity"), nullptr) << "a write-in without an answer is dropped";
  EXPECT_EQ(e.AnswerTo("shoe_size"), nullptr) << "only the table's questions";
  ASSERT_NE(e.AnswerTo("religion"), nullptr);
  EXPECT_EQ(e.AnswerTo("religion")->option, kPreferNotToSay);
  EXPECT_EQ(*e.AnswerTo("sexual_orientation"),
            (EqualityRecordAnswer{.option = "another", .described = "Queer"}));
  EXPECT_EQ(*e.AnswerTo("disability"),
            (EqualityRecordAnswer{.option = "yes", .kinds = {"hearing", "mental-health"}}));
  EXPECT_EQ(e.answers.size(), 3u);
}

TEST(ParseDetailsFormTest, ValuesNoFormOfOursSendsAreNamed) {
  const DetailsFormInput in = ParseDetailsForm(FormOf({
      {"contact_methods", "pigeon"},
      {"corner_0_name", "Sue"},
      {"corner_0_relationship", "boss"},
      {"interpreter_needed", "maybe"},
  }));
  ASSERT_EQ(in.errors.size(), 3u);
  EXPECT_EQ(in.errors[0].field, "contact_methods");
  EXPECT_EQ(in.errors[1].field, "corner_0_relationship");
  EXPECT_EQ(in.errors[2].field, "interpreter_needed");
  EXPECT_EQ(in.details.people_in_corner.at(0).name, "Sue") << "the rest is still read";
}

TEST(ParseDetailsFormTest, AddAnotherIsReadAsWell) {
  EXPECT_EQ(ParseDetailsForm(FormOf({{"add", "corner"}})).add, "corner");
  EXPECT_EQ(ParseDetailsForm(FormOf({{"add", "language"}})).add, "language");
}

// The page's fields, posted back as a browser would, parse to the details
// it showed: every field of the form has a name the parser reads.
TEST(ParseDetailsFormTest, TheFormPostsBackWhatItShows) {
  PersonDetails d;
  d.legal_name = {"Daniel", "Hughes"};
  d.pronouns = "he/him";
  d.address = {"12 Canal Street", "Flat 2", "Motherwell", "ML2 7BD"};
  d.contact = {.methods = {ContactMethod::kPhone, ContactMethod::kEmail},
               .phone = "07700 900123",
               .email = "dan@example.com",
               .may_leave_message = true,
               .safe_times = "Mornings & \"never\" <late>"};
  d.safe_contact_notes = "Text first.\nThen call.";
  d.gp_practice = {"Hyde Medical Centre", "P84012"};
  d.people_in_corner = {
      {.id = "AAAAAAAAAAAAAAAAAAAAAA",
       .name = "Sue O'Neill",
       .relationship = CornerRelationship::kOther,
       .relationship_detail = "Godmother",
       .is_carer = true,
       .may_contact = true,
       .phone = "07700 900456",
       .email = "sue@example.com",
       .notes = "Lives nearby"},
      {.id = "BBBBBBBBBBBBBBBBBBBBBB", .name = "Tom", .relationship = CornerRelationship::kFriend}};
  d.languages = {{.name = "Welsh", .main = true}, {.name = "English"}};
  d.interpreter_needed = true;
  d.communication_needs = "Large print";
  d.equality.answers = {
      {"ethnicity", {.option = "white-other", .described = "Cornish"}},
      {"sex", {.option = "male"}},
      {"gender_identity", {.option = "no", .described = "Trans man"}},
      {"religion", {.option = std::string(kPreferNotToSay)}},
      {"disability", {.option = "yes", .kinds = {"hearing", "mental-health"}}},
  };
  ASSERT_TRUE(ValidatePersonDetails(d)) << "a stored record";

  const Page page =
      DetailsFormPage({.person = {.id = "PPPPPPPPPPPPPPPPPPPPPP", .given_name = "Dan"},
                       .details = d,
                       .version = 4,
                       .csrf_token = "c"});
  const http::Form posted =
      testing::SubmittedForm(page.content.str(), "/people/PPPPPPPPPPPPPPPPPPPPPP/details");
  EXPECT_EQ(posted.Value("version"), "4");
  EXPECT_EQ(posted.Value("csrf_token"), "c");
  DetailsFormInput in = ParseDetailsForm(posted);
  EXPECT_TRUE(in.errors.empty());
  ASSERT_TRUE(ValidatePersonDetails(in.details)) << "drops the empty rows";
  EXPECT_EQ(in.details, d);
}

TEST(ParseDetailsFormTest, AnAnswerCarriedFromTheFrontDoorIsKept) {
  PersonDetails d;
  d.equality.answers = {{"ethnicity", {.option = "asian"}}};  // a group, category not known
  const Page page = DetailsFormPage({.person = {.id = "PPPPPPPPPPPPPPPPPPPPPP"}, .details = d});
  EXPECT_THAT(page.content.str(), HasSubstr("Asian or Asian British (the category is not known"));
  DetailsFormInput in = ParseDetailsForm(
      testing::SubmittedForm(page.content.str(), "/people/PPPPPPPPPPPPPPPPPPPPPP/details"));
  ASSERT_TRUE(ValidatePersonDetails(in.details));
  EXPECT_EQ(in.details, d);
}

}  // namespace
}  // namespace record_details_parse_test
}  // namespace lw::web

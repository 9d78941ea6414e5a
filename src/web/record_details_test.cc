// The page to change a person's fuller details, through its routes over a
// TeamService on the in-memory store: the form filled with what is stored,
// saving (post-redirect-get to the record), the error summary, "add
// another", a stale version, the record's Change links, and the same 404
// as for nobody for another team and under break-glass.
#include "web/record_form_reader.h"
#include "web/record_test_world.h"

namespace lw::web::record_test {
namespace record_details_test {
namespace {

using testing::SubmittedForm;
using testing::With;

class DetailsPageTest : public RecordPagesTest {
 protected:
  std::string Url(const std::string& id) { return "/people/" + id + "/details"; }

  // The form as the page offers it.
  http::Form Offered(const Actor& actor, const std::string& id) {
    return SubmittedForm(Show(actor, Url(id)), Url(id));
  }

  PersonDetailsRecord Stored(const std::string& id) { return RecordNow(id).details; }
};

TEST_F(DetailsPageTest, TheFormShowsWhatIsStored) {
  const std::string id = Seeded();
  const std::string html = Show(sam_, Url(id));
  EXPECT_THAT(html, HasSubstr("<h1 class=\"nhsuk-heading-l\">Change Amara Okafor&#39;s details"));
  EXPECT_THAT(html, HasSubstr("<form action=\"/people/" + id + "/details\" method=\"post\""));
  EXPECT_THAT(html, HasSubstr("name=\"csrf_token\" value=\"csrf-1\""));
  EXPECT_THAT(html, HasSubstr("<input type=\"hidden\" name=\"version\" value=\"1\">"));
  EXPECT_THAT(html, HasSubstr("name=\"pronouns\" type=\"text\" value=\"she/her\""));
  EXPECT_THAT(html, HasSubstr("name=\"address_postcode\" type=\"text\" spellcheck=\"false\" "
                              "value=\"SK14 1AA\""));
  // Sections the record's Change links name.
  for (const char* section : {"about", "contacting", "people_in_corner", "languages", "equality"}) {
    EXPECT_THAT(html, HasSubstr("id=\"" + std::string(section) + "\"")) << section;
  }
  // Grace, with her id kept, then an empty row to add someone.
  const std::string grace = Stored(id).details.people_in_corner.at(0).id;
  EXPECT_TRUE(IsValidId(grace)) << "the service gave her one";
  EXPECT_THAT(html, HasSubstr("name=\"corner_0_id\" value=\"" + grace + "\""));
  EXPECT_THAT(html, HasSubstr("name=\"corner_0_name\" type=\"text\" value=\"Grace Okafor\""));
  EXPECT_THAT(html, HasSubstr("id=\"corner_1_name\" name=\"corner_1_name\" type=\"text\">"));
  EXPECT_THAT(html, Not(HasSubstr("corner_2_name")));
  EXPECT_THAT(html, HasSubstr("They are an unpaid carer for Amara"));
  EXPECT_THAT(html, HasSubstr("name=\"add\" value=\"corner\">Add another person</button>"));
  EXPECT_THAT(html, HasSubstr("name=\"add\" value=\"language\">Add another language</button>"));
  EXPECT_THAT(html, HasSubstr("name=\"language_0_name\" type=\"text\" value=\"Igbo\""));
  EXPECT_THAT(html, HasSubstr("id=\"language_2_name\""));
  // Equality: an answer, prefer not to say, and not asked.
  EXPECT_THAT(html, HasSubstr("name=\"equality_sexual_orientation\" type=\"radio\" "
                              "value=\"bisexual\" checked"));
  EXPECT_THAT(html, HasSubstr("name=\"equality_religion\" type=\"radio\" "
                              "value=\"prefer-not-to-say\" checked"));
  EXPECT_THAT(html, HasSubstr("name=\"equality_sex\" type=\"radio\" value=\"\" checked"));
  EXPECT_THAT(html, HasSubstr(">Not asked yet</label>"));
  EXPECT_THAT(html, HasSubstr(">Prefer not to say</label>"));
  EXPECT_THAT(html, HasSubstr("Why we ask: "));
}

TEST_F(DetailsPageTest, TheRecordLinksEachPartToTheForm) {
  const std::string id = Seeded();
  const std::string html = Show(sam_, "/people/" + id + "/record");
  for (const char* field :
       {"pronouns", "address_line_1", "gp_practice_name", "contact_methods", "safe_contact_notes",
        "people_in_corner", "languages", "interpreter_needed", "equality_sex"}) {
    EXPECT_THAT(html, HasSubstr("href=\"/people/" + id + "/details#" + field + "\">Change"))
        << field;
  }
  EXPECT_THAT(html, HasSubstr("Change<span class=\"nhsuk-u-visually-hidden\"> Pronouns</span>"));
  EXPECT_THAT(html, HasSubstr("nhsuk-summary-list__row--no-actions\">\n"
                              "<dt class=\"nhsuk-summary-list__key\">Date of birth</dt>"))
      << "the front door's part is not changed here";
}

TEST_F(DetailsPageTest, SavingGoesBackToTheRecord) {
  const std::string id = Seeded();
  const std::string grace = Stored(id).details.people_in_corner.at(0).id;
  http::Form form = Offered(sam_, id);
  form = With(form, "pronouns", "She / Her");
  form = With(form, "corner_1_name", "Joy Okafor");
  form = With(form, "corner_1_relationship", "family");
  form = With(form, "corner_1_relationship_detail", "Mum");
  form = With(form, "corner_1_may_contact", "yes");
  form = With(form, "equality_sex", "prefer-not-to-say");
  form = With(form, "equality_sexual_orientation", "");  // back to not asked
  form = With(form, "reason", "At her review");
  http::Response r = Call(sam_, "POST", Url(id), form);
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.GetHeader("Location"), "/people/" + id + "/record?done=details#details");

  const PersonDetailsRecord stored = Stored(id);
  EXPECT_EQ(stored.version, 2);
  const PersonDetails& d = stored.details;
  EXPECT_EQ(d.pronouns, "she/her");
  ASSERT_EQ(d.people_in_corner.size(), 2u);
  EXPECT_EQ(d.people_in_corner[0].id, grace) << "an edit of one row keeps another's id";
  EXPECT_EQ(d.people_in_corner[0].name, "Grace Okafor");
  EXPECT_TRUE(d.people_in_corner[0].is_carer);
  EXPECT_EQ(d.people_in_corner[1].name, "Joy Okafor");
  EXPECT_TRUE(d.people_in_corner[1].may_contact);
  EXPECT_TRUE(IsValidId(d.people_in_corner[1].id));
  EXPECT_NE(d.people_in_corner[1].id, grace);
  EXPECT_EQ(d.equality.AnswerTo("sex")->option, kPreferNotToSay);
  EXPECT_EQ(d.equality.AnswerTo("sexual_orientation"), nullptr);
  EXPECT_EQ(d.equality.AnswerTo("religion")->option, kPreferNotToSay) << "left as it was";
  EXPECT_EQ(d.languages,
            (std::vector<Language>{{.name = "Igbo", .main = true}, {.name = "English"}}));
  EXPECT_EQ(d.address.line_1, "4 Mill Lane");

  const std::string html = Show(sam_, "/people/" + id + "/record?done=details");
  EXPECT_THAT(html, HasSubstr("Their details have been saved"));
  EXPECT_THAT(html, HasSubstr("<td class=\"nhsuk-table__cell\">Joy Okafor</td>"));
  EXPECT_THAT(html, HasSubstr("What is your sex?</dt>\n<dd class=\"nhsuk-summary-list__value\">"
                              "Prefer not to say</dd>"));
}

TEST_F(DetailsPageTest, SomeoneIsTakenOffTheListOnlyWhenAsked) {
  const std::string id = Seeded();
  http::Form form = Offered(sam_, id);
  for (const char* field : {"corner_0_name", "corner_0_relationship_detail"}) {
    form = With(form, field, "");
  }
  http::Response r = Call(sam_, "POST", Url(id), form);
  EXPECT_EQ(r.status, 422) << "an emptied row is someone without a name";
  EXPECT_THAT(r.body, HasSubstr("<a href=\"#corner_0_name\">Enter their name</a>"));
  EXPECT_THAT(r.body, HasSubstr(">Take them off this list</label>"));

  form = With(Offered(sam_, id), "corner_0_remove", "yes");
  EXPECT_THAT(Show(sam_, Url(id)), HasSubstr(">Take Grace Okafor off this list</label>"));
  EXPECT_EQ(Call(sam_, "POST", Url(id), form).status, 303);
  EXPECT_TRUE(Stored(id).details.people_in_corner.empty());
  EXPECT_EQ(Stored(id).version, 2);
}

TEST_F(DetailsPageTest, ProblemsAreSummarisedAndEverythingTypedIsKept) {
  const std::string id = Seeded();
  http::Form form = Offered(sam_, id);
  form = With(form, "address_postcode", "NOT A POSTCODE");
  form = With(form, "pronouns", "they/them");
  form = With(form, "corner_1_name", "");
  form = With(form, "corner_1_phone", "07700 900999");  // a row with no name
  form = With(form, "reason", "Moved house");
  http::Response r = Call(sam_, "POST", Url(id), form);
  EXPECT_EQ(r.status, 422);
  testing::ExpectPageRules(r.body);
  ExpectUniqueIds(r.body);
  EXPECT_THAT(r.body, HasSubstr("<title>Error: "));
  EXPECT_THAT(r.body, HasSubstr("<a href=\"#address_postcode\">Enter a real postcode"));
  EXPECT_THAT(r.body, HasSubstr("<a href=\"#corner_1_name\">Enter their name</a>"));
  EXPECT_THAT(r.body, HasSubstr("id=\"address_postcode-error\""));
  EXPECT_LT(r.body.find("#address_postcode"), r.body.find("#corner_1_name"))
      << "in the form's order";
  EXPECT_THAT(r.body, HasSubstr("value=\"NOT A POSTCODE\""));
  EXPECT_THAT(r.body, HasSubstr("value=\"they/them\""));
  EXPECT_THAT(r.body, HasSubstr("name=\"corner_1_phone\" type=\"text\" spellcheck=\"false\" "
                                "value=\"07700 900999\""));
  EXPECT_THAT(r.body, HasSubstr("value=\"Moved house\""));
  EXPECT_THAT(r.body, HasSubstr("<input type=\"hidden\" name=\"version\" value=\"1\">"))
      << "still based on what they opened";
  EXPECT_THAT(r.body, HasSubstr("id=\"corner_2_name\"")) << "and a row to add someone";
  EXPECT_EQ(Stored(id).version, 1) << "nothing saved";

  // A form that was not ours.
  EXPECT_EQ(Call(sam_, "POST", Url(id), With(form, "version", "")).status, 400);
  EXPECT_EQ(Call(sam_, "POST", Url(id), With(form, "version", "one")).status, 400);
  r = Call(sam_, "POST", Url(id),
           With(With(form, "address_postcode", ""), "corner_0_relationship", "boss"));
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("<a href=\"#corner_0_relationship\">"));
  EXPECT_THAT(r.body, HasSubstr("<a href=\"#corner_1_name\">Enter their name</a>"))
      << "with the domain's own findings";
}

TEST_F(DetailsPageTest, AddAnotherShowsOneMoreRowAndSavesNothing) {
  const std::string id = Seeded();
  http::Form form = Offered(sam_, id);
  form = With(form, "corner_1_name", "Joy Okafor");
  form = With(form, "pronouns", "they/them");
  form.Add("add", "corner");
  http::Response r = Call(sam_, "POST", Url(id), form);
  EXPECT_EQ(r.status, 200);
  testing::ExpectPageRules(r.body);
  ExpectUniqueIds(r.body);
  EXPECT_THAT(r.body, HasSubstr("name=\"corner_1_name\" type=\"text\" value=\"Joy Okafor\""));
  EXPECT_THAT(r.body, HasSubstr("id=\"corner_2_name\" name=\"corner_2_name\" type=\"text\">"));
  EXPECT_THAT(r.body, Not(HasSubstr("corner_3_name")));
  EXPECT_THAT(r.body, HasSubstr("value=\"they/them\""));
  EXPECT_THAT(r.body, Not(HasSubstr("There is a problem")));
  EXPECT_EQ(Stored(id).version, 1) << "nothing saved";

  // Pressed again without filling the new row: one more still.
  http::Form again = SubmittedForm(r.body, Url(id));
  again.Add("add", "corner");
  r = Call(sam_, "POST", Url(id), again);
  EXPECT_THAT(r.body, HasSubstr("id=\"corner_3_name\""));
  EXPECT_THAT(r.body, Not(HasSubstr("corner_4_name")));
  // A language: one more language row, the people's rows as they were.
  http::Form language = SubmittedForm(r.body, Url(id));
  language.Add("add", "language");
  r = Call(sam_, "POST", Url(id), language);
  EXPECT_THAT(r.body, HasSubstr("id=\"language_3_name\""));
  EXPECT_THAT(r.body, HasSubstr("id=\"corner_3_name\""));

  // Then saved, the empty rows are dropped.
  http::Form save = SubmittedForm(r.body, Url(id));
  EXPECT_EQ(Call(sam_, "POST", Url(id), save).status, 303);
  EXPECT_EQ(Stored(id).details.people_in_corner.size(), 2u);
  EXPECT_EQ(Stored(id).details.languages.size(), 2u);
}

TEST_F(DetailsPageTest, SomeoneElseSavedFirst) {
  const std::string id = Seeded();
  http::Form mine = Offered(sam_, id);  // based on version 1
  // Priya saves first.
  http::Form theirs = With(Offered(priya_, id), "safe_times", "Only after 7pm");
  ASSERT_EQ(Call(priya_, "POST", Url(id), theirs).status, 303);

  mine = With(mine, "pronouns", "they/them");
  mine = With(mine, "reason", "She told me today");
  mine = With(mine, "gp_practice_name", "");
  http::Response r = Call(sam_, "POST", Url(id), mine);
  EXPECT_EQ(r.status, 409);
  testing::ExpectPageRules(r.body);
  ExpectUniqueIds(r.body);
  EXPECT_THAT(r.body, HasSubstr("Someone else changed their details after you opened this page"));
  EXPECT_THAT(r.body, HasSubstr("<input type=\"hidden\" name=\"version\" value=\"2\">"))
      << "the form is now based on what is stored";
  EXPECT_THAT(r.body, HasSubstr("name=\"safe_times\" type=\"text\" value=\"Only after 7pm\""));
  EXPECT_THAT(r.body, HasSubstr("name=\"pronouns\" type=\"text\" value=\"she/her\""));
  EXPECT_THAT(r.body, HasSubstr("value=\"She told me today\""));
  // What was entered and differs, in view with a link to its field.
  const std::size_t listed = r.body.find("What you entered, not saved");
  ASSERT_NE(listed, std::string::npos);
  const std::size_t form = r.body.find("<form action=\"/people/" + id + "/details\"");
  EXPECT_LT(listed, form);
  const std::string entered = r.body.substr(listed, form - listed);
  EXPECT_THAT(entered, HasSubstr("Pronouns</dt>\n<dd class=\"nhsuk-summary-list__value\">"
                                 "they/them</dd>"));
  EXPECT_THAT(entered, HasSubstr("href=\"#pronouns\""));
  EXPECT_THAT(entered, HasSubstr("Safe times</dt>\n<dd class=\"nhsuk-summary-list__value\">"
                                 "After 6pm</dd>"))
      << "the time they opened, which differs from Priya's";
  EXPECT_THAT(entered, HasSubstr("GP practice</dt>\n<dd class=\"nhsuk-summary-list__value\">"
                                 "Left empty</dd>"));
  EXPECT_THAT(entered, Not(HasSubstr("Address line 1"))) << "only what differs";
  EXPECT_EQ(Stored(id).version, 2);
  EXPECT_EQ(Stored(id).details.pronouns, "she/her");
}

TEST_F(DetailsPageTest, AnotherTeamAndBreakGlassGetTheNotFoundAsForNobody) {
  const std::string id = Seeded();
  const http::Form form = With(Offered(sam_, id), "pronouns", "they/them");
  const http::Response nobody = Call(bea_, "GET", Url(NewId(w_.random)));
  EXPECT_EQ(nobody.status, 404);
  http::Response theirs = Call(bea_, "GET", Url(id));
  EXPECT_EQ(theirs.status, 404);
  EXPECT_EQ(theirs.body, nobody.body);
  EXPECT_EQ(Call(bea_, "GET", Url("not-an-id")).body, nobody.body);
  http::Response post = Call(bea_, "POST", Url(id), form);
  EXPECT_EQ(post.status, 404);
  EXPECT_EQ(post.body, nobody.body);
  EXPECT_EQ(Call(bea_, "POST", Url(id), With(form, "add", "corner")).body, nobody.body);
  EXPECT_EQ(Call(bea_, "POST", Url(id), With(form, "address_postcode", "X")).body, nobody.body)
      << "invalid details tell nothing either";

  // Under break-glass: read the record, never change it.
  http::Form reason;
  reason.Add("reason", "Crisis call out of hours: checking who is in her corner");
  ASSERT_EQ(Call(bea_, "POST", "/people/" + id + "/break-glass", reason).status, 303);
  const std::string record = Show(bea_, "/people/" + id + "/record");
  EXPECT_THAT(record, Not(HasSubstr("/details#"))) << "no Change links";
  EXPECT_EQ(Call(bea_, "GET", Url(id)).body, nobody.body);
  EXPECT_EQ(Call(bea_, "POST", Url(id), form).body, nobody.body);
  EXPECT_EQ(Call(bea_, "POST", Url(id), With(form, "add", "corner")).body, nobody.body);
  EXPECT_EQ(Stored(id).version, 1);
  EXPECT_EQ(Stored(id).details.pronouns, "she/her");
}

TEST_F(DetailsPageTest, TheFirstDetailsStartFromTheFrontDoorsPostcode) {
  const std::string id = NewPerson();
  const std::string html = Show(sam_, Url(id));
  EXPECT_THAT(html, HasSubstr("<input type=\"hidden\" name=\"version\" value=\"0\">"));
  EXPECT_THAT(html, HasSubstr("value=\"SK14 1AA\""));
  EXPECT_THAT(html, HasSubstr("id=\"corner_0_name\" name=\"corner_0_name\" type=\"text\">"));
  EXPECT_THAT(html, HasSubstr("name=\"interpreter_needed\" type=\"radio\" value=\"\" checked"));
  http::Form form = SubmittedForm(html, Url(id));
  form = With(form, "equality_religion", "prefer-not-to-say");
  ASSERT_EQ(Call(pat_, "POST", Url(id), form).status, 303) << "a peer worker too";
  const PersonDetailsRecord stored = Stored(id);
  EXPECT_EQ(stored.version, 1);
  EXPECT_EQ(stored.details.address.postcode, "SK14 1AA");
  EXPECT_TRUE(stored.details.people_in_corner.empty());
  EXPECT_EQ(stored.details.equality.answers.size(), 1u);
  EXPECT_FALSE(stored.details.interpreter_needed.has_value());
}

}  // namespace
}  // namespace record_details_test
}  // namespace lw::web::record_test

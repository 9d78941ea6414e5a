// GET/POST /front-door/new: recording an introduction from any route but
// the public form (frontdoor_pages.h).
#include <string>
#include <vector>

#include "web/components.h"
#include "web/frontdoor_pages.h"
#include "web/frontdoor_widgets.h"

namespace lw::web {

namespace {

// Where the error summary sends each field's error: the first input.
std::string_view ElementFor(std::string_view field) {
  if (field == "date_of_birth") return "date_of_birth-day";
  return field;
}

void IntroducerSection(Html& h, const NewIntroductionView& v,
                       const std::vector<FieldError>& errors) {
  const http::Form& f = v.typed;
  h << "<h2 class=\"nhsuk-heading-m\">Who is making the introduction</h2>\n"
       "<p>If the person is introducing themselves (by phone, walking in, or coming back), leave "
       "this part empty.</p>\n";
  frontdoor::Input(h, {.id = "introducer_name",
                       .name = "introducer_name",
                       .label = "Introducer's name",
                       .value = f.Value("introducer_name"),
                       .error = ErrorFor(errors, "introducer_name"),
                       .width = 30});
  frontdoor::Input(h,
                   {.id = "introducer_organisation",
                    .name = "introducer_organisation",
                    .label = "Organisation",
                    .value = f.Value("introducer_organisation"),
                    .hint = "For a GP, another NHS service, the council, a partner or the police",
                    .error = ErrorFor(errors, "introducer_organisation"),
                    .width = 30});
  frontdoor::Input(h, {.id = "introducer_relationship",
                       .name = "introducer_relationship",
                       .label = "How they know the person",
                       .value = f.Value("introducer_relationship"),
                       .hint = "For a carer, family member or friend, like Mum or Neighbour",
                       .error = ErrorFor(errors, "introducer_relationship"),
                       .width = 20});
  frontdoor::SingleCheckbox(
      h, {.id = "person_knows",
          .name = "person_knows",
          .label = "The person knows about this introduction (needed from a carer, family "
                   "member or friend)",
          .checked = f.Value("person_knows") == "yes",
          .error = ErrorFor(errors, "person_knows")});
}

void PersonSection(Html& h, const NewIntroductionView& v, const std::vector<FieldError>& errors) {
  const http::Form& f = v.typed;
  h << "<h2 class=\"nhsuk-heading-m\">About the person</h2>\n";
  frontdoor::Input(h, {.id = "given_name",
                       .name = "given_name",
                       .label = "First name",
                       .value = f.Value("given_name"),
                       .error = ErrorFor(errors, "given_name"),
                       .width = 20,
                       .spellcheck = false});
  frontdoor::Input(h, {.id = "family_name",
                       .name = "family_name",
                       .label = "Last name",
                       .value = f.Value("family_name"),
                       .error = ErrorFor(errors, "family_name"),
                       .width = 20,
                       .spellcheck = false});
  frontdoor::Input(h, {.id = "preferred_name",
                       .name = "preferred_name",
                       .label = "Preferred name (optional)",
                       .value = f.Value("preferred_name"),
                       .error = ErrorFor(errors, "preferred_name"),
                       .width = 20,
                       .spellcheck = false});
  frontdoor::DateInput(h, {.id = "date_of_birth",
                           .name_prefix = "date_of_birth",
                           .legend = "Date of birth (optional)",
                           .day = f.Value("date_of_birth_day"),
                           .month = f.Value("date_of_birth_month"),
                           .year = f.Value("date_of_birth_year"),
                           .hint = "If it is known. For example, 15 3 1984",
                           .error = ErrorFor(errors, "date_of_birth")});
  frontdoor::Input(h, {.id = "postcode",
                       .name = "postcode",
                       .label = "Postcode (optional)",
                       .value = f.Value("postcode"),
                       .hint = "Leave empty if they have no fixed address or it is not known",
                       .error = ErrorFor(errors, "postcode"),
                       .width = 10,
                       .autocomplete = "off",
                       .spellcheck = false});
  frontdoor::Input(h, {.id = "nhs_number",
                       .name = "nhs_number",
                       .label = "NHS number (optional)",
                       .value = f.Value("nhs_number"),
                       .hint = "10 digits, like 999 123 4567",
                       .error = ErrorFor(errors, "nhs_number"),
                       .width = 10,
                       .inputmode = "numeric",
                       .spellcheck = false});
}

void ContactSection(Html& h, const NewIntroductionView& v, const std::vector<FieldError>& errors) {
  const http::Form& f = v.typed;
  h << "<h2 class=\"nhsuk-heading-m\">Contacting them</h2>\n";
  std::vector<frontdoor::Choice> methods;
  methods.reserve(kAllContactMethods.size());
  for (ContactMethod m : kAllContactMethods) {
    methods.push_back(
        {std::string(ContactMethodKey(m)), std::string(ContactMethodDisplayName(m)), ""});
  }
  const std::vector<std::string_view> chosen = f.GetAll("contact_methods");
  frontdoor::Checkboxes(h, {.id = "contact_methods",
                            .name = "contact_methods",
                            .legend = "How may we contact them?",
                            .hint = "Select all they agreed to. We will only use these",
                            .error = ErrorFor(errors, "contact_methods"),
                            .choices = methods,
                            .checked = chosen});
  frontdoor::Input(h, {.id = "phone",
                       .name = "phone",
                       .label = "Phone number",
                       .value = f.Value("phone"),
                       .hint = "Needed for a phone call or a text message",
                       .error = ErrorFor(errors, "phone"),
                       .width = 20,
                       .inputmode = "tel",
                       .spellcheck = false});
  frontdoor::Input(h, {.id = "email",
                       .name = "email",
                       .label = "Email address",
                       .value = f.Value("email"),
                       .hint = "Needed for email",
                       .error = ErrorFor(errors, "email"),
                       .width = 30,
                       .spellcheck = false});
  const std::vector<frontdoor::Choice> yes_no = {{"yes", "Yes", ""}, {"no", "No", ""}};
  const std::string_view message[] = {f.Value("may_leave_message") == "yes" ? "yes" : "no"};
  frontdoor::Radios(h, {.id = "may_leave_message",
                        .name = "may_leave_message",
                        .legend = "May we leave a message?",
                        .hint = "Only if they said yes: a phone may be shared",
                        .error = ErrorFor(errors, "may_leave_message"),
                        .choices = yes_no,
                        .checked = message,
                        .small = true});
  frontdoor::Textarea(h, {.id = "safe_times",
                          .name = "safe_times",
                          .label = "Safe times to contact them (optional)",
                          .value = f.Value("safe_times"),
                          .hint = "In their words, like \"after 6pm, not at weekends\"",
                          .error = ErrorFor(errors, "safe_times"),
                          .rows = 2});
}

void StorySection(Html& h, const NewIntroductionView& v, const std::vector<FieldError>& errors) {
  const http::Form& f = v.typed;
  h << "<h2 class=\"nhsuk-heading-m\">In their words</h2>\n";
  frontdoor::Textarea(h, {.id = "in_their_words",
                          .name = "in_their_words",
                          .label = "What is going on for them",
                          .value = f.Value("in_their_words"),
                          .hint = "As they or their introducer told it. Write their words, not a "
                                  "diagnosis",
                          .error = ErrorFor(errors, "in_their_words"),
                          .rows = 6});
  frontdoor::Textarea(h, {.id = "help_wanted",
                          .name = "help_wanted",
                          .label = "What help they would like (optional)",
                          .value = f.Value("help_wanted"),
                          .error = ErrorFor(errors, "help_wanted"),
                          .rows = 4});
}

}  // namespace

Page NewIntroductionPage(const NewIntroductionView& v) {
  Page page;
  page.title = v.partner ? "Introduce someone" : "Record an introduction";
  page.status = v.status;
  page.has_errors = !v.errors.empty();
  page.section = NavSection::kFrontDoor;
  Html& h = page.content;
  const http::Form& f = v.typed;
  std::vector<FieldError> linked;
  linked.reserve(v.errors.size());
  for (const FieldError& e : v.errors)
    linked.push_back({std::string(ElementFor(e.field)), e.message});

  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  frontdoor::ErrorSummaryWith(h, "", linked);
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n"
    << "<p>Every introduction reaches an initial conversation. Nobody is turned away.</p>\n"
       "<form action=\"/front-door/new\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  frontdoor::Hidden(h, "submission_key", v.submission_key);

  std::vector<frontdoor::Choice> sources;
  for (IntroductionSource s : kAllIntroductionSources) {
    if (s == IntroductionSource::kSelf) continue;  // that is the public form
    sources.push_back(
        {std::string(IntroductionSourceKey(s)), std::string(IntroductionSourceDisplayName(s)), ""});
  }
  const std::string_view source[] = {f.Value("source")};
  frontdoor::Radios(h, {.id = "source",
                        .name = "source",
                        .legend = "Where did this introduction come from?",
                        .error = ErrorFor(v.errors, "source"),
                        .choices = sources,
                        .checked = source,
                        .legend_m = true});
  IntroducerSection(h, v, v.errors);

  std::vector<frontdoor::Choice> teams;
  if (v.partner || v.default_team_id.empty()) teams.push_back({"", "Choose a team", ""});
  for (const Team& t : v.directory.teams) teams.push_back({t.id, t.name, ""});
  std::string_view team = f.Get("team_id").value_or(v.default_team_id);
  frontdoor::Select(h, {.id = "team_id",
                        .name = "team_id",
                        .label = "Team to introduce them to",
                        .options = teams,
                        .selected = team,
                        .hint = "Usually the team for the neighbourhood where they live",
                        .error = ErrorFor(v.errors, "team_id")});
  PersonSection(h, v, v.errors);
  ContactSection(h, v, v.errors);
  StorySection(h, v, v.errors);
  if (auto e = ErrorFor(v.errors, "submission_key"); !e.empty()) {
    h << "<p>" << Text(e) << "</p>\n";
  }
  SubmitButton(h, v.partner ? "Send introduction" : "Record introduction");
  h << "</form>\n</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

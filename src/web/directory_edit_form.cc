// The directory entry form (directory_edit_form.h): every field of a
// service, in the order the entry page shows them.
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/directory/opening_hours.h"
#include "web/components.h"
#include "web/directory_changes.h"
#include "web/directory_edit_form.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"

namespace lw::web {

namespace {

using frontdoor::Choice;

std::string_view ErrorOf(const ServiceFormView& v, std::string_view field) {
  return ErrorFor(v.errors, field);
}

std::string_view ValueOf(const ServiceFormView& v, std::string_view field) {
  return v.fields.Value(field);
}

void Heading(Html& h, std::string_view id, std::string_view text) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"" << Attr(id) << "\">" << Text(text) << "</h2>\n";
}

void Field(Html& h, const ServiceFormView& v, std::string_view name, std::string_view label,
           std::string_view hint = {}, int width = 0, bool spellcheck = true,
           std::string_view inputmode = {}, std::string_view autocomplete = {}) {
  frontdoor::Input(h, {.id = name,
                       .name = name,
                       .label = label,
                       .value = ValueOf(v, name),
                       .hint = hint,
                       .error = ErrorOf(v, name),
                       .width = width,
                       .autocomplete = autocomplete,
                       .inputmode = inputmode,
                       .spellcheck = spellcheck});
}

void Words(Html& h, const ServiceFormView& v, std::string_view name, std::string_view label,
           std::string_view hint = {}, int rows = 4) {
  frontdoor::Textarea(h, {.id = name,
                          .name = name,
                          .label = label,
                          .value = ValueOf(v, name),
                          .hint = hint,
                          .error = ErrorOf(v, name),
                          .rows = rows});
}

template <typename E, std::size_t N, typename KeyFn, typename NameFn>
std::vector<Choice> ChoicesOf(const std::array<E, N>& all, KeyFn key, NameFn name) {
  std::vector<Choice> out;
  out.reserve(N);
  for (E e : all) out.push_back({std::string(key(e)), std::string(name(e)), ""});
  return out;
}

void OneOf(Html& h, const ServiceFormView& v, std::string_view name, std::string_view legend,
           const std::vector<Choice>& choices, std::string_view hint = {}) {
  const std::string_view checked[] = {ValueOf(v, name)};
  frontdoor::Radios(h, {.id = name,
                        .name = name,
                        .legend = legend,
                        .hint = hint,
                        .error = ErrorOf(v, name),
                        .choices = choices,
                        .checked = checked,
                        .small = true});
}

void Pick(Html& h, const ServiceFormView& v, std::string_view name, std::string_view label,
          const std::vector<Choice>& options) {
  frontdoor::Select(h, {.id = name,
                        .name = name,
                        .label = label,
                        .options = options,
                        .selected = ValueOf(v, name),
                        .error = ErrorOf(v, name)});
}

void Organisation(Html& h, const ServiceFormView& v) {
  if (v.organisations.size() == 1) {
    h << "<p>It will be listed under <strong>" << Text(v.organisations[0].name)
      << "</strong>.</p>\n";
    frontdoor::Hidden(h, "organisation_id", v.organisations[0].id);
    return;
  }
  std::vector<Choice> options = {{"", "Choose an organisation", ""}};
  for (const directory::DirectoryOrganisation& o : v.organisations) {
    options.push_back({o.id, o.name, ""});
  }
  Pick(h, v, "organisation_id", "Organisation", options);
}

void About(Html& h, const ServiceFormView& v) {
  Heading(h, "about", "About it");
  Field(h, v, "name", "Name");
  Words(h, v, "description", "Description", "What it offers, in a few sentences", 5);
  Pick(h, v, "status", "Status",
       ChoicesOf(std::array{directory::ServiceStatus::kActive, directory::ServiceStatus::kInactive,
                            directory::ServiceStatus::kTemporarilyClosed,
                            directory::ServiceStatus::kDefunct},
                 directory::ServiceStatusKey, directory::ServiceStatusDisplayName));
  Pick(h, v, "kind", "Kind of place or offer",
       ChoicesOf(
           std::array{directory::ServiceKind::kService, directory::ServiceKind::kGroup,
                      directory::ServiceKind::kSpace, directory::ServiceKind::kFaithGroup,
                      directory::ServiceKind::kSportsClub, directory::ServiceKind::kLibrary,
                      directory::ServiceKind::kListeningLounge, directory::ServiceKind::kOther},
           directory::ServiceKindKey, directory::ServiceKindDisplayName));
  OneOf(h, v, "offer", "Part of",
        ChoicesOf(std::array{directory::Offer::kNetwork, directory::Offer::kCommunityAsset},
                  directory::OfferKey, directory::OfferDisplayName),
        "The commissioned Living Well Network, or a community asset anyone can use");
}

void Needs(Html& h, const ServiceFormView& v) {
  const std::vector<Choice> choices =
      ChoicesOf(directory::kAllNeeds, directory::NeedKey, directory::NeedDisplayName);
  const std::vector<std::string_view> checked = v.fields.GetAll("needs");
  frontdoor::Checkboxes(h, {.id = "needs",
                            .name = "needs",
                            .legend = "What it helps with",
                            .hint = "Select all that apply",
                            .error = ErrorOf(v, "needs"),
                            .choices = choices,
                            .checked = checked,
                            .legend_m = true,
                            .small = true});
}

void WhoFor(Html& h, const ServiceFormView& v) {
  Heading(h, "who", "Who it is for");
  Field(h, v, "minimum_age", "Youngest age (optional)", "In years, like 18", 3, false, "numeric");
  Field(h, v, "maximum_age", "Oldest age (optional)", "In years, like 25", 3, false, "numeric");
  OneOf(h, v, "gender", "Gender",
        ChoicesOf(
            std::array{directory::GenderFocus::kAnyone, directory::GenderFocus::kWomen,
                       directory::GenderFocus::kMen, directory::GenderFocus::kTransAndNonBinary},
            directory::GenderFocusKey, directory::GenderFocusDisplayName));
  Field(h, v, "cultural_focus", "Cultural focus (optional)",
        "Like South Asian women, or African and Caribbean communities");
  Words(h, v, "eligibility_description", "Anything else about who it is for (optional)",
        "Like lives in Tameside, or carers of someone with dementia", 3);
  Field(h, v, "languages", "Languages spoken",
        "Separate them with commas, like English, Urdu, British Sign Language");
}

void HowToReach(Html& h, const ServiceFormView& v) {
  Heading(h, "reach", "How to reach it");
  Field(h, v, "phone", "Phone number (optional)", {}, 20, false, "tel");
  Field(h, v, "email", "Email address (optional)", {}, 0, false, "email");
  Field(h, v, "website", "Website (optional)", "Starting https://", 0, false, "url");
  OneOf(h, v, "introduction_route", "How introductions are made",
        ChoicesOf(std::array{directory::IntroductionRoute::kWarmHandover,
                             directory::IntroductionRoute::kSelfReferral,
                             directory::IntroductionRoute::kDropIn,
                             directory::IntroductionRoute::kOnlineForm},
                  directory::IntroductionRouteKey, directory::IntroductionRouteDisplayName));
  Words(h, v, "how_to_introduce", "How introductions work, in your words (optional)",
        "What a team should do, and what happens next", 3);
}

// The rows of one weekday the fields hold: opening_<day>_0, _1, ...; at
// least one.
std::vector<std::string> DayRows(const ServiceFormView& v, int day) {
  std::vector<std::string> rows;
  for (int n = 0; n < 100; ++n) {
    std::string row = "opening_" + std::to_string(day) + "_" + std::to_string(n);
    if (!v.fields.Get(row + "_opens") && !v.fields.Get(row + "_closes")) break;
    rows.push_back(std::move(row));
  }
  if (rows.empty()) rows.push_back("opening_" + std::to_string(day) + "_0");
  return rows;
}

void TimeBox(Html& h, const ServiceFormView& v, const std::string& id, std::string_view label) {
  std::string_view error = ErrorOf(v, id);
  h << "<div class=\"nhsuk-date-input__item\">\n<div class=\"nhsuk-form-group\">\n"
       "<label class=\"nhsuk-label nhsuk-date-input__label\" for=\""
    << Attr(id) << "\">" << Text(label) << "</label>\n<input class=\"nhsuk-input "
    << (error.empty() ? Markup("nhsuk-input--width-5")
                      : Markup("nhsuk-input--width-5 "
                               "nhsuk-input--error"))
    << "\" id=\"" << Attr(id) << "\" name=\"" << Attr(id)
    << "\" type=\"text\" spellcheck=\"false\"";
  if (std::string_view value = ValueOf(v, id); !value.empty()) {
    h << " value=\"" << Attr(value) << "\"";
  }
  if (!error.empty()) h << " aria-describedby=\"" << Attr(id) << "-error\"";
  h << ">\n</div>\n</div>\n";
}

void Day(Html& h, const ServiceFormView& v, int day) {
  const std::vector<std::string> rows = DayRows(v, day);
  std::vector<std::pair<std::string, std::string_view>> errors;
  for (const std::string& row : rows) {
    for (const char* end : {"_opens", "_closes"}) {
      if (std::string_view e = ErrorOf(v, row + end); !e.empty()) errors.emplace_back(row + end, e);
    }
  }
  h << (errors.empty() ? Markup("<div class=\"nhsuk-form-group\">\n")
                       : Markup("<div class=\"nhsuk-form-group nhsuk-form-group--error\">\n"))
    << "<fieldset class=\"nhsuk-fieldset\" role=\"group\" aria-describedby=\"opening-hint\">\n"
       "<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">"
    << Text(directory::WeekdayName(day)) << "</legend>\n";
  for (const auto& [id, message] : errors) ErrorMessage(h, id, message);
  for (std::size_t n = 0; n < rows.size(); ++n) {
    const std::string more = n == 0 ? std::string() : " (time " + std::to_string(n + 1) + ")";
    h << "<div class=\"nhsuk-date-input\">\n";
    TimeBox(h, v, rows[n] + "_opens", "Opens" + more);
    TimeBox(h, v, rows[n] + "_closes", "Closes" + more);
    h << "</div>\n";
  }
  h << "</fieldset>\n</div>\n";
}

void OpeningTimes(Html& h, const ServiceFormView& v) {
  Heading(h, "opening", "Opening times");
  h << "<div class=\"nhsuk-hint\" id=\"opening-hint\">Times like 9:30 or 17:00. Leave both "
       "empty on a day it is closed.</div>\n";
  for (int day = 0; day < 7; ++day) Day(h, v, day);
  Words(h, v, "opening_notes", "Notes on opening times (optional)",
        "Like term time only, or ring first", 2);
}

void CostAndWait(Html& h, const ServiceFormView& v) {
  Heading(h, "cost", "Cost and waiting");
  OneOf(h, v, "free", "Is it free?", {{"yes", "Yes, it is free", ""}, {"no", "No", ""}});
  Field(h, v, "cost", "What it costs (optional)", "Like £3 a session, concessions £1");
  Field(h, v, "typical_wait_days", "Typical wait in days (optional)",
        "How long, usually, before a first meeting. Leave empty if you do not know.", 4, false,
        "numeric");
}

void PlaceFields(Html& h, const ServiceFormView& v, const std::string& row, bool is_virtual) {
  Field(h, v, row + "_name", "Name of the place");
  if (!is_virtual) {
    Field(h, v, row + "_address_1", "Address");
    Field(h, v, row + "_city", "Town or city", {}, 20);
    Field(h, v, row + "_postcode", "Postcode", {}, 10, false);
  }
  Words(h, v, row + "_accessibility", "Accessibility (optional)",
        "One a line, like Step-free access or Hearing loop", 3);
}

void Places(Html& h, const ServiceFormView& v) {
  Heading(h, "places", "Places");
  for (int k = 0; k < 100; ++k) {
    const std::string row = "place_" + std::to_string(k);
    auto id = v.fields.Get(row + "_id");
    if (!id) break;
    const bool is_virtual = ValueOf(v, row + "_virtual") == "yes";
    std::string_view name = ValueOf(v, row + "_name");
    h << "<div class=\"nhsuk-form-group\">\n<fieldset class=\"nhsuk-fieldset\">\n"
         "<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">"
      << Text("Place " + std::to_string(k + 1) + (name.empty() ? "" : ": " + std::string(name)))
      << "</legend>\n";
    frontdoor::Hidden(h, row + "_id", *id);
    if (is_virtual) {
      frontdoor::Hidden(h, row + "_virtual", "yes");
      h << "<p>Online or by phone.</p>\n";
    }
    PlaceFields(h, v, row, is_virtual);
    const std::string remove = row + "_remove";
    frontdoor::SingleCheckbox(h, {.id = remove,
                                  .name = remove,
                                  .label = "Remove this place",
                                  .checked = ValueOf(v, remove) == "yes"});
    h << "</fieldset>\n</div>\n";
  }
  h << "<div class=\"nhsuk-form-group\">\n<fieldset class=\"nhsuk-fieldset\">\n"
       "<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">Add a place "
       "(optional)</legend>\n";
  PlaceFields(h, v, "place_new", false);
  h << "</fieldset>\n</div>\n";
}

void Areas(Html& h, const ServiceFormView& v) {
  const std::vector<std::string_view> checked = v.fields.GetAll("neighbourhoods");
  std::vector<Choice> choices;
  choices.reserve(v.neighbourhoods.size() + checked.size());
  for (const Neighbourhood& n : v.neighbourhoods) choices.push_back({n.id, n.name, ""});
  // Kept, so that saving loses nothing, even when the locality no longer
  // lists them.
  for (std::string_view id : checked) {
    bool listed = false;
    for (const Choice& c : choices) listed = listed || c.value == id;
    if (!listed) choices.push_back({std::string(id), "Area " + std::string(id), ""});
  }
  Heading(h, "areas", "Areas served");
  if (choices.empty()) {
    h << "<p>It serves the whole locality.</p>\n";
    return;
  }
  frontdoor::Checkboxes(h, {.id = "neighbourhoods",
                            .name = "neighbourhoods",
                            .legend = "Neighbourhoods it serves",
                            .hint = "Leave all unticked if it serves the whole locality",
                            .error = ErrorOf(v, "neighbourhoods"),
                            .choices = choices,
                            .checked = checked,
                            .small = true});
}

}  // namespace

Page ServiceFormPage(const ServiceFormView& v) {
  Page page;
  page.title = v.creating ? std::string("Add a service") : "Change " + v.service_name;
  page.status = v.status;
  page.has_errors = !v.errors.empty() || !v.problem.empty();
  page.section = NavSection::kDirectory;
  Html& h = page.content;
  std::vector<FieldError> linked = v.errors;
  if (!v.creating) {
    for (FieldError& e : linked) {
      if (e.field == "organisation_id") e.field = "name";
    }
  }
  const std::string entry = "/directory/services/" + v.service_id;
  const std::string back = v.creating ? std::string("/directory/mine") : entry;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  BackLink(h, back);
  frontdoor::ErrorSummaryWith(h, v.problem, linked);
  if (!v.organisation_name.empty()) {
    h << "<span class=\"nhsuk-caption-l\">" << Text(v.organisation_name) << "</span>\n";
  }
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n";
  if (v.stored_now && v.entered) {
    h << "<h2 class=\"nhsuk-heading-m\" id=\"as-it-is-now\">The entry as it is now</h2>\n";
    const std::vector<EntryChange> changes =
        EntryChanges(*v.stored_now, *v.entered, v.neighbourhoods);
    if (changes.empty()) {
      h << "<p>What you entered is the same as the entry is now.</p>\n";
    } else {
      h << "<p>Where the entry as it is now differs from what you entered. The form below "
           "still holds what you entered: check it, then save again.</p>\n";
      ChangesTable(h, changes,
                   {.caption = "The entry now, and what you entered",
                    .was = "Saved now",
                    .now = "What you entered"});
    }
  }
  h << "<form action=\""
    << Attr(v.creating ? std::string("/directory/services/new") : entry + "/edit")
    << "\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  if (!v.creating) frontdoor::Hidden(h, "version", std::to_string(v.version));
  if (v.creating) Organisation(h, v);
  About(h, v);
  Needs(h, v);
  WhoFor(h, v);
  HowToReach(h, v);
  OpeningTimes(h, v);
  CostAndWait(h, v);
  Places(h, v);
  Areas(h, v);
  SubmitButton(h, v.creating ? "Add the service" : "Save changes");
  h << "</form>\n<p><a class=\"nhsuk-link\" href=\"" << Attr(back) << "\">"
    << (v.creating ? Markup("Go back without adding it") : Markup("Go back without saving"))
    << "</a></p>\n</div>\n</div>\n";
  return page;
}

Page NoServiceToAddPage() {
  Page page{.title = "Add a service", .section = NavSection::kDirectory};
  page.content << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n"
                  "<h1 class=\"nhsuk-heading-l\">Add a service</h1>\n"
                  "<p>You cannot add services to the directory. Network partners add their own "
                  "organisation's services, once an administrator has linked their organisation "
                  "to its entry in the directory; administrators add any.</p>\n"
                  "<p><a class=\"nhsuk-link\" href=\"/directory\">Search the directory</a></p>\n"
                  "</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

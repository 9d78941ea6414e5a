// The record page's shared form parts (record_parts.h), and its forms for
// recording a contact and raising a concern.
#include <array>
#include <span>
#include <string>
#include <vector>

#include "domain/team/contact_vocabulary.h"
#include "web/components.h"
#include "web/frontdoor_widgets.h"
#include "web/record_parts.h"

namespace lw::web::record {

namespace {

using A = RecordAction;
using frontdoor::Choice;

// The fields each form has, named as the service names its errors; dates
// are marked, since the summary links to their day box.
struct Field {
  std::string_view name;
  bool date = false;
};

std::span<const Field> FieldsOf(A action) {
  static constexpr std::array<Field, 4> kOpen = {
      {{"keyworker_user_id"}, {"started_on", true}, {"planned_end_on", true}, {"intensity"}}};
  static constexpr std::array<Field, 3> kKeyworker = {
      {{"keyworker_user_id"}, {"from", true}, {"reason"}}};
  static constexpr std::array<Field, 2> kReview = {{{"on", true}, {"note"}}};
  static constexpr std::array<Field, 1> kPlanned = {{{"planned_end_on", true}}};
  static constexpr std::array<Field, 5> kEnding = {
      {{"reason"}, {"moving_on_to"}, {"other_reason"}, {"ended_on", true}, {"persons_words"}}};
  static constexpr std::array<Field, 8> kContact = {{{"occurred_on", true},
                                                     {"occurred_time"},
                                                     {"duration_minutes"},
                                                     {"mode"},
                                                     {"place"},
                                                     {"attendance"},
                                                     {"staff"},
                                                     {"note"}}};
  static constexpr std::array<Field, 1> kConcern = {{{"text"}}};
  switch (action) {
    case A::kOpenEpisode:
      return kOpen;
    case A::kKeyworker:
      return kKeyworker;
    case A::kReview:
      return kReview;
    case A::kPlannedEnding:
      return kPlanned;
    case A::kEnding:
      return kEnding;
    case A::kContact:
      return kContact;
    case A::kConcern:
      return kConcern;
    case A::kDetails:  // a page of its own: record_details_form.cc
    case A::kNone:
      break;
  }
  return {};
}

}  // namespace

std::string FullName(const Person& person) {
  if (person.family_name.empty()) return person.given_name;
  return person.given_name + " " + person.family_name;
}

const Episode* ActiveEpisodeIn(const PersonRecordView& record, std::string_view team_id) {
  for (const Episode& e : record.episodes) {
    if (e.team_id == team_id && !e.IsEnded()) return &e;
  }
  return nullptr;
}

std::string ErrorTarget(RecordAction action, std::string_view field) {
  for (const Field& known : FieldsOf(action)) {
    if (known.name != field) continue;
    std::string id = std::string(RecordActionKey(action)) + "-" + std::string(field);
    return known.date ? id + "-day" : id;
  }
  return "";
}

std::string FormState::Id(std::string_view field) const {
  return std::string(RecordActionKey(action_)) + "-" + std::string(field);
}

std::string_view FormState::Value(std::string_view name, std::string_view current) const {
  return failed() ? v_.typed.Value(name) : current;
}

std::string_view FormState::Error(std::string_view field) const {
  return failed() ? ErrorFor(v_.errors, field) : std::string_view();
}

void FormState::Open(Html& h, const Episode* episode) const {
  if (episode != nullptr) {
    h << "<form action=\"/episodes/" << Attr(episode->id) << "/" << Attr(RecordActionKey(action_))
      << "\" method=\"post\" novalidate>\n";
    CsrfField(h, v_.csrf_token);
    frontdoor::Hidden(h, "version", std::to_string(episode->version));
    frontdoor::Hidden(h, "person_id", v_.record.person.id);
    return;
  }
  std::string_view collection = action_ == A::kOpenEpisode ? "episodes"
                                : action_ == A::kContact   ? "contacts"
                                                           : "concerns";
  h << "<form action=\"/people/" << Attr(v_.record.person.id) << "/" << Attr(collection)
    << "\" method=\"post\" novalidate>\n";
  CsrfField(h, v_.csrf_token);
}

void SecondaryButton(Html& h, std::string_view text) {
  h << "<button class=\"nhsuk-button nhsuk-button--secondary\" data-module=\"nhsuk-button\" "
       "type=\"submit\">"
    << Text(text) << "</button>\n";
}

DateParts PartsOf(const std::optional<Date>& date) {
  if (!date) return {};
  return {std::to_string(date->day()), std::to_string(date->month()), std::to_string(date->year())};
}

void ContactForm(Html& h, const RecordPageView& v) {
  FormState f(v, A::kContact);
  const Episode* active = ActiveEpisodeIn(v.record, v.team_id);
  h << "<h2 class=\"nhsuk-heading-m\" id=\"contact\">Record a contact</h2>\n"
       "<p>A visit, call, message or letter with them, including one that was missed or "
       "cancelled. You are recorded as taking part, with anyone else you choose.</p>\n";
  f.Open(h);
  frontdoor::Hidden(h, "episode_id", active != nullptr ? active->id : "");
  frontdoor::DateInput(h, {.id = f.Id("occurred_on"),
                           .name_prefix = "occurred_on",
                           .legend = "Date",
                           .day = f.Value("occurred_on_day"),
                           .month = f.Value("occurred_on_month"),
                           .year = f.Value("occurred_on_year"),
                           .hint = "For example, 27 3 2026",
                           .error = f.Error("occurred_on")});
  frontdoor::Input(h, {.id = f.Id("occurred_time"),
                       .name = "occurred_time",
                       .label = "Time",
                       .value = f.Value("occurred_time"),
                       .hint = "For example, 2:30pm or 14:30",
                       .error = f.Error("occurred_time"),
                       .width = 5,
                       .spellcheck = false});
  frontdoor::Input(h, {.id = f.Id("duration_minutes"),
                       .name = "duration_minutes",
                       .label = "How long, in minutes",
                       .value = f.Value("duration_minutes"),
                       .hint = "Leave empty if they did not attend or it was cancelled",
                       .error = f.Error("duration_minutes"),
                       .width = 3,
                       .inputmode = "numeric",
                       .spellcheck = false});
  std::vector<Choice> modes;
  modes.reserve(kAllContactModes.size());
  for (ContactMode m : kAllContactModes) {
    modes.push_back({std::string(ContactModeKey(m)), std::string(ContactModeDisplayName(m)), ""});
  }
  const std::string_view mode[] = {f.Value("mode")};
  frontdoor::Radios(h, {.id = f.Id("mode"),
                        .name = "mode",
                        .legend = "How",
                        .error = f.Error("mode"),
                        .choices = modes,
                        .checked = mode,
                        .small = true});
  std::vector<Choice> places;
  places.reserve(kAllContactPlaces.size() + 1);
  for (ContactPlace p : kAllContactPlaces) {
    places.push_back(
        {std::string(ContactPlaceKey(p)), std::string(ContactPlaceDisplayName(p)), ""});
  }
  places.push_back({"none", "Not in person: phone, text, email or letter", ""});
  const std::string_view place[] = {f.Value("place")};
  frontdoor::Radios(h, {.id = f.Id("place"),
                        .name = "place",
                        .legend = "Where",
                        .hint = "A video call is online",
                        .error = f.Error("place"),
                        .choices = places,
                        .checked = place,
                        .small = true});
  std::vector<Choice> attendances;
  attendances.reserve(kAllAttendances.size());
  for (Attendance a : kAllAttendances) {
    attendances.push_back(
        {std::string(AttendanceKey(a)), std::string(AttendanceDisplayName(a)), ""});
  }
  const std::string_view attendance[] = {f.Value("attendance")};
  frontdoor::Radios(h, {.id = f.Id("attendance"),
                        .name = "attendance",
                        .legend = "Did it happen?",
                        .error = f.Error("attendance"),
                        .choices = attendances,
                        .checked = attendance,
                        .small = true});
  std::vector<Choice> others;
  for (const User& u : v.directory.workers) {
    if (u.team_id == v.team_id && u.id != v.viewer_user_id) {
      others.push_back({u.id, u.display_name, ""});
    }
  }
  if (!others.empty()) {
    const std::vector<std::string_view> with =
        f.failed() ? v.typed.GetAll("staff") : std::vector<std::string_view>{};
    frontdoor::Checkboxes(h, {.id = f.Id("staff"),
                              .name = "staff",
                              .legend = "Others from the team who took part (optional)",
                              .hint = "Each is recorded for the organisation they work for",
                              .error = f.Error("staff"),
                              .choices = others,
                              .checked = with,
                              .small = true});
  }
  frontdoor::Textarea(h, {.id = f.Id("note"),
                          .name = "note",
                          .label = "Note (optional)",
                          .value = f.Value("note"),
                          .hint = "What happened and what was agreed",
                          .error = f.Error("note"),
                          .rows = 4});
  SecondaryButton(h, "Record contact");
  h << "</form>\n";
}

void ConcernForm(Html& h, const RecordPageView& v) {
  FormState f(v, A::kConcern);
  h << "<h3 class=\"nhsuk-heading-s\" id=\"concern\">Raise a concern</h3>\n"
       "<p>Anyone in the team can raise a concern. It goes to the team's huddle, where everyone "
       "sees it and the team holds it together.</p>\n";
  f.Open(h);
  frontdoor::Textarea(h, {.id = f.Id("text"),
                          .name = "text",
                          .label = "What is worrying you?",
                          .value = f.Value("text"),
                          .error = f.Error("text"),
                          .rows = 3});
  SecondaryButton(h, "Raise concern");
  h << "</form>\n";
}

}  // namespace lw::web::record

// Form controls and small formatters for the front-door pages, in
// nhsuk-frontend 10.6.1's markup (components/*/template.njk).
//
// Contract: every string argument is text and is escaped. Unlike
// components.h's TextInput, a control's element id and its form field name
// are separate, because one front-door page holds several small forms that
// share field names ("method" in two of them): ids must be unique on the
// page, names are what the service's FieldErrors use. Hints get the id
// "{id}-hint" and errors "{id}-error", named by aria-describedby.
//
// Thread-safety: pure functions.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/frontdoor/introduction.h"
#include "services/frontdoor_service.h"
#include "web/html.h"

namespace lw::web::frontdoor {

struct Choice {
  std::string value;
  std::string label;
  std::string hint;  // optional, under the label
};

// Radios or checkboxes inside a fieldset whose legend names the question.
struct ChoicesField {
  std::string_view id;  // the first input's id (the error summary links here)
  std::string_view name;
  std::string_view legend;
  std::string_view hint = {};
  std::string_view error = {};
  std::span<const Choice> choices;
  std::span<const std::string_view> checked;  // values checked
  bool legend_m = false;                      // a medium legend (a question on its own)
  bool small = false;                         // nhsuk-radios--small / nhsuk-checkboxes--small
  bool inline_items = false;                  // side by side: a scale of numbers (radios only)
};
void Radios(Html& h, const ChoicesField& field);
void Checkboxes(Html& h, const ChoicesField& field);

// One checkbox on its own (a confirmation): no fieldset, its label says it.
struct CheckboxField {
  std::string_view id;
  std::string_view name;
  std::string_view label;
  std::string_view value = "yes";
  bool checked = false;
  std::string_view error = {};
};
void SingleCheckbox(Html& h, const CheckboxField& field);

struct InputControl {
  std::string_view id;
  std::string_view name;
  std::string_view label;
  std::string_view value = {};
  std::string_view hint = {};
  std::string_view error = {};
  int width = 0;  // 0 (full) or an nhsuk-input--width-N: 2, 3, 4, 5, 10, 20, 30
  std::string_view autocomplete = {};
  std::string_view inputmode = {};
  bool spellcheck = true;
  bool bold_label = false;  // nhsuk-label--s
};
void Input(Html& h, const InputControl& field);

struct TextareaControl {
  std::string_view id;
  std::string_view name;
  std::string_view label;
  std::string_view value = {};
  std::string_view hint = {};
  std::string_view error = {};
  int rows = 5;
  bool bold_label = false;  // nhsuk-label--s
};
void Textarea(Html& h, const TextareaControl& field);

struct SelectControl {
  std::string_view id;
  std::string_view name;
  std::string_view label;
  std::span<const Choice> options;  // a "" value is a "choose" prompt
  std::string_view selected = {};
  std::string_view hint = {};
  std::string_view error = {};
};
void Select(Html& h, const SelectControl& field);

// The NHS date input: a fieldset (role="group") with day, month and year
// boxes, ids "{id}-day" ..., names "{name_prefix}_day" ....
struct DateControl {
  std::string_view id;
  std::string_view name_prefix;
  std::string_view legend;
  std::string_view day = {};
  std::string_view month = {};
  std::string_view year = {};
  std::string_view hint = {};
  std::string_view error = {};
};
void DateInput(Html& h, const DateControl& field);

// "There is a problem": each error links to `#` + its field, which the
// caller has already turned into the element id; `problem` (a refusal that
// names no field) comes first, unlinked. Renders nothing when both are empty.
void ErrorSummaryWith(Html& h, std::string_view problem, std::span<const FieldError> errors);

// Text as typed, one paragraph per non-empty line (a person's words keep
// their line breaks); `empty` when there is no text.
void Paragraphs(Html& h, std::string_view text, Markup empty = "<p>Not given</p>\n");

// A hidden field.
void Hidden(Html& h, std::string_view name, std::string_view value);

// <strong class="nhsuk-tag nhsuk-tag--{colour}">
void Tag(Html& h, Markup colour_class, std::string_view text);

// Percent-encodes for a query string value (RFC 3986 unreserved kept).
std::string UrlEncode(std::string_view text);

// "Amara Okafor (Mara)": given and family name, then a preferred name.
std::string PersonName(const Introduction& intro);
// "9 March 2026" (Europe/London).
std::string DayOf(Timestamp t);
// A worker's name from the directory; "Nobody yet" for ""; "Public form"
// for the public form's changes; otherwise "Another account" (a partner
// or a former member of staff: the directory names care-role staff only).
std::string WorkerLabel(const FrontDoorDirectory& directory, std::string_view user_id);
// Who made the introduction: "Dr Ahmed, Hyde Medical Centre" / "Jo (Mum)".
std::string IntroducerLabel(const Introduction& intro);
// Where it is, as a plain phrase: the state, or how it ended.
std::string WhereItIs(const Introduction& intro);

}  // namespace lw::web::frontdoor

// Form components: the NHS.UK frontend's choice, date, textarea, summary
// list, panel and callout components, for forms longer than sign-in. The
// markup follows nhsuk-frontend 10.6.1's templates
// (node_modules/nhsuk-frontend/dist/nhsuk/components/*/template.njk), so
// the frontend's CSS and JavaScript apply and axe-core finds what it
// expects.
//
// Contract: every string_view argument is text and is escaped; only `Html`
// arguments are inserted as they are (they were built by the same rules,
// web/html.h). Ids follow the frontend's convention so an error summary
// (components.h) can link to `#name`:
//  - radios and checkboxes: the first item's id is the group's `name`,
//    later ones `name-2`, `name-3` ... (counting dividers, as the template
//    does); the hint is `name-hint`, the error `name-error`;
//  - a date input: the group's `id` (e.g. "date_of_birth") names the
//    wrapper, the hint and the error; each part's input has its own id and
//    name (e.g. "date_of_birth_day"), so the summary links to the day part;
//  - a textarea: `id` is its id and name.
// A field's `error` is the message beside it; empty when the field is fine.
// Nothing here validates: the domain does, and pages pass its messages in.
//
// Thread-safety: free functions appending to the caller's Html.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "web/html.h"

namespace lw::web {

// How a fieldset's legend is shown. kPageHeading makes the legend the
// page's h1 (one question per page); the others are a plain legend.
enum class LegendStyle { kSmall, kMedium, kLarge, kPageHeading };

// One radio or checkbox.
struct Choice {
  std::string_view value;
  std::string_view label;
  std::string_view hint = {};   // under the label
  bool divider_before = false;  // an "or" divider before this item
};

struct ChoiceGroup {
  std::string_view name;         // field name; the first item's id
  std::string_view legend = {};  // empty: no fieldset (a single checkbox)
  LegendStyle legend_style = LegendStyle::kMedium;
  std::string_view hint = {};
  std::string_view error = {};
  std::span<const Choice> choices;
  bool small = false;         // nhsuk-radios--small / nhsuk-checkboxes--small
  bool inline_items = false;  // side by side (short answers: Yes / No)
};

// Radios; the item whose value equals `checked` is checked.
void Radios(Html& h, const ChoiceGroup& group, std::string_view checked);

// Checkboxes; every item whose value is in `checked` is checked.
void Checkboxes(Html& h, const ChoiceGroup& group, std::span<const std::string> checked);

// A date as three boxes (NHS date input) inside a fieldset with role="group".
struct DateField {
  std::string_view id;      // "date_of_birth": wrapper id, hint and error ids
  std::string_view legend;  // "Date of birth"
  LegendStyle legend_style = LegendStyle::kSmall;
  std::string_view hint = {};  // "For example, 15 3 1984"
  std::string_view error = {};
  // Each part: input id and name, and value as typed.
  std::string_view day_name, month_name, year_name;
  std::string_view day, month, year;
  // "bday" gives bday-day, bday-month, bday-year; empty: no autocomplete.
  std::string_view autocomplete_prefix = {};
};
void DateInput(Html& h, const DateField& field);

struct TextareaField {
  std::string_view id;  // id and name
  std::string_view label;
  bool label_is_page_heading = false;  // the label is the page's h1
  std::string_view hint = {};
  std::string_view value = {};
  std::string_view error = {};
  int rows = 5;
  // > 0: an NHS character count ("You can enter up to N characters"); the
  // limit is still checked by the server, which is the only real check.
  int max_chars = 0;
  std::string_view autocomplete = {};
  bool spellcheck = true;
};
void Textarea(Html& h, const TextareaField& field);

// A hidden form field.
void HiddenField(Html& h, std::string_view name, std::string_view value);

// `text` as element content with each line break kept as <br>.
void MultilineText(Html& h, std::string_view text);

// A "Change" action on a summary list row. Either a link (`href`), or a
// submit button (`formaction` set) for journeys whose answers travel in a
// form: it submits the form named `form_id` (the HTML form attribute, so
// the button may sit outside it) to `formaction`, with `name`=`value`.
struct ChangeAction {
  std::string_view href = {};
  std::string_view form_id = {};
  std::string_view formaction = {};
  std::string_view name = {};
  std::string_view value = {};
  std::string_view hidden_text = {};  // "name": read as "Change name"
};

struct SummaryItem {
  std::string_view key;
  std::string_view value;    // text; line breaks kept
  ChangeAction change = {};  // none when both href and formaction are empty
};

// <dl class="nhsuk-summary-list"> with a row per item. When some rows have
// a Change action, the others are marked "--no-actions", as the template does.
void SummaryList(Html& h, std::span<const SummaryItem> items);

// A confirmation panel; its heading is the page's h1. `body` may be empty.
void Panel(Html& h, std::string_view heading, const Html& body);

// Inset text ("Information: " for screen readers) around `body`.
void InsetText(Html& h, const Html& body);

// A warning callout (the yellow card): `heading` at `heading_level` (2-4),
// read as "Important: heading" unless it says "important" itself.
void WarningCallout(Html& h, std::string_view heading, const Html& body, int heading_level = 2);

// A back link as a link, or as a button submitting the form `form_id` to
// `formaction` (so a journey's answers go back with it).
void BackLink(Html& h, std::string_view href);
void BackButton(Html& h, std::string_view form_id, std::string_view formaction);

}  // namespace lw::web

// Components: NHS.UK frontend form and content components, rendered into an
// Html builder. The markup follows nhsuk-frontend 10.6.1's templates
// (node_modules/nhsuk-frontend/dist/nhsuk/components/*/template.njk).
//
// Contract: every string argument is text and is escaped; ids and field
// names are used both as the element id and as the error summary's link
// target (`#field`), so forms name each input's id after its field.
//
// Error pattern (NHS service manual): an error summary at the top of <main>
// listing every problem as a link to its field, and the same message beside
// the field, which is marked with the error classes and aria-describedby.
#pragma once

#include <span>
#include <string_view>

#include "base/error.h"
#include "web/html.h"

namespace lw::web {

// "There is a problem" and one link per error to `#field`. An error with an
// empty field is listed without a link. Renders nothing for no errors.
void ErrorSummary(Html& h, std::span<const FieldError> errors);

// The message shown beside a field: <span class="nhsuk-error-message" id="{id}-error">.
void ErrorMessage(Html& h, std::string_view field_id, std::string_view message);

// The message for `field` among `errors`, or "" when it has none.
std::string_view ErrorFor(std::span<const FieldError> errors, std::string_view field);

struct InputField {
  std::string_view id = {};     // the input's id and name
  std::string_view label = {};  // visible label text
  std::string_view value = {};  // current value (never pass a password back)
  std::string_view type = "text";
  std::string_view autocomplete = {};  // e.g. "username"; empty for none
  std::string_view hint = {};          // optional hint under the label
  std::string_view error = {};         // empty when the field is fine
  int width = 0;                       // 0 (full), 2, 3, 4, 5, 10, 20 or 30 characters
  bool spellcheck = true;              // false for usernames, codes
  bool autocapitalize = true;          // false for usernames (phones would capitalise them)
};

// The NHS input width class for `width` characters (" nhsuk-input--width-N",
// with its leading space), or nothing for 0 (full width) or any other value.
Markup InputWidthClass(int width);

// An NHS text input with its label, hint and error message.
void TextInput(Html& h, const InputField& field);

// An NHS password input: a text input of type password with the component's
// "Show" button, which stays hidden unless the frontend's JavaScript runs.
void PasswordInput(Html& h, const InputField& field);

// The hidden CSRF field every state-changing form carries.
void CsrfField(Html& h, std::string_view token);

// <button class="nhsuk-button" data-module="nhsuk-button" type="submit">
void SubmitButton(Html& h, std::string_view text);
// For a form whose other submit buttons ("Add another …") come before its
// main one: a hidden copy of the main button, put first in the form, so
// that Enter in a text field (which presses the form's first button) does
// what the main button does. Neither seen nor announced.
void DefaultSubmitButton(Html& h, std::string_view text);

// A green "Success" notification banner with one line of text.
void SuccessBanner(Html& h, std::string_view message);

// One row of an NHS summary list (<dl class="nhsuk-summary-list">).
void SummaryRow(Html& h, std::string_view key, std::string_view value);

}  // namespace lw::web

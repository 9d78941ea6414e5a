#include "web/components.h"

namespace lw::web {

namespace {

// The label, hint and error message above an input (ids "{id}-hint" and
// "{id}-error", which DescribedBy names).
void LabelHintError(Html& h, const InputField& field) {
  h << "<label class=\"nhsuk-label\" for=\"" << Attr(field.id) << "\">" << Text(field.label)
    << "</label>\n";
  if (!field.hint.empty()) {
    h << "<div class=\"nhsuk-hint\" id=\"" << Attr(field.id) << "-hint\">" << Text(field.hint)
      << "</div>\n";
  }
  if (!field.error.empty()) ErrorMessage(h, field.id, field.error);
}

void DescribedBy(Html& h, const InputField& field) {
  if (field.hint.empty() && field.error.empty()) return;
  h << " aria-describedby=\"";
  if (!field.hint.empty()) h << Attr(field.id) << "-hint";
  if (!field.hint.empty() && !field.error.empty()) h << " ";
  if (!field.error.empty()) h << Attr(field.id) << "-error";
  h << "\"";
}

// The <input> element itself, with the classes `extra` after the NHS ones.
void InputElement(Html& h, const InputField& field, Markup extra_classes) {
  h << "<input class=\"nhsuk-input" << InputWidthClass(field.width) << extra_classes;
  if (!field.error.empty()) h << " nhsuk-input--error";
  h << "\" id=\"" << Attr(field.id) << "\" name=\"" << Attr(field.id) << "\" type=\""
    << Attr(field.type) << "\"";
  if (!field.spellcheck) h << " spellcheck=\"false\"";
  if (!field.autocapitalize) h << " autocapitalize=\"none\"";
  if (!field.value.empty()) h << " value=\"" << Attr(field.value) << "\"";
  DescribedBy(h, field);
  if (!field.autocomplete.empty()) h << " autocomplete=\"" << Attr(field.autocomplete) << "\"";
  h << ">";
}

Markup FormGroupClass(const InputField& field) {
  return field.error.empty() ? Markup("nhsuk-form-group")
                             : Markup("nhsuk-form-group nhsuk-form-group--error");
}

}  // namespace

Markup InputWidthClass(int width) {
  switch (width) {
    case 2:
      return " nhsuk-input--width-2";
    case 3:
      return " nhsuk-input--width-3";
    case 4:
      return " nhsuk-input--width-4";
    case 5:
      return " nhsuk-input--width-5";
    case 10:
      return " nhsuk-input--width-10";
    case 20:
      return " nhsuk-input--width-20";
    case 30:
      return " nhsuk-input--width-30";
    default:
      return "";
  }
}

void ErrorSummary(Html& h, std::span<const FieldError> errors) {
  if (errors.empty()) return;
  h << "<div class=\"nhsuk-error-summary\" data-module=\"nhsuk-error-summary\">\n"
       "<div role=\"alert\">\n"
       "<h2 class=\"nhsuk-error-summary__heading\">There is a problem</h2>\n"
       "<div class=\"nhsuk-error-summary__body\">\n"
       "<ul class=\"nhsuk-list nhsuk-error-summary__list\">\n";
  for (const FieldError& e : errors) {
    h << "<li>";
    if (e.field.empty()) {
      h << Text(e.message);
    } else {
      h << "<a href=\"#" << Attr(e.field) << "\">" << Text(e.message) << "</a>";
    }
    h << "</li>\n";
  }
  h << "</ul>\n</div>\n</div>\n</div>\n";
}

void ErrorMessage(Html& h, std::string_view field_id, std::string_view message) {
  h << "<span class=\"nhsuk-error-message\" id=\"" << Attr(field_id) << "-error\">"
    << "<span class=\"nhsuk-u-visually-hidden\">Error: </span>" << Text(message) << "</span>\n";
}

std::string_view ErrorFor(std::span<const FieldError> errors, std::string_view field) {
  for (const FieldError& e : errors) {
    if (e.field == field) return e.message;
  }
  return {};
}

void TextInput(Html& h, const InputField& field) {
  h << "<div class=\"" << FormGroupClass(field) << "\">\n";
  LabelHintError(h, field);
  InputElement(h, field, "");
  h << "\n</div>\n";
}

void PasswordInput(Html& h, const InputField& field) {
  h << "<div class=\"" << FormGroupClass(field)
    << " nhsuk-password-input\" data-module=\"nhsuk-password-input\">\n";
  LabelHintError(h, field);
  h << "<div class=\"nhsuk-input-wrapper\">\n";
  InputField password = field;
  password.type = "password";
  password.value = {};  // a password is never sent back to the browser
  password.spellcheck = false;
  password.autocapitalize = false;
  InputElement(h, password, " nhsuk-password-input__input nhsuk-js-password-input-input");
  h << "\n<button class=\"nhsuk-button nhsuk-button--secondary nhsuk-button--small "
       "nhsuk-password-input__toggle nhsuk-js-password-input-toggle\" data-module=\"nhsuk-button\" "
       "type=\"button\" aria-label=\"Show password\" aria-controls=\""
    << Attr(field.id) << "\" hidden>Show</button>\n</div>\n</div>\n";
}

void CsrfField(Html& h, std::string_view token) {
  h << "<input type=\"hidden\" name=\"csrf_token\" value=\"" << Attr(token) << "\">\n";
}

void SubmitButton(Html& h, std::string_view text) {
  h << "<button class=\"nhsuk-button\" data-module=\"nhsuk-button\" type=\"submit\">" << Text(text)
    << "</button>\n";
}

void DefaultSubmitButton(Html& h, std::string_view text) {
  h << "<button type=\"submit\" hidden tabindex=\"-1\">" << Text(text) << "</button>\n";
}

void SuccessBanner(Html& h, std::string_view message) {
  h << "<div class=\"nhsuk-notification-banner nhsuk-notification-banner--success\" "
       "data-module=\"nhsuk-notification-banner\" role=\"alert\" "
       "aria-labelledby=\"nhsuk-notification-banner-title\">\n"
       "<div class=\"nhsuk-notification-banner__header\">\n"
       "<h2 class=\"nhsuk-notification-banner__title\" id=\"nhsuk-notification-banner-title\">"
       "Success</h2>\n</div>\n<div class=\"nhsuk-notification-banner__content\">\n"
       "<p class=\"nhsuk-notification-banner__heading\">"
    << Text(message) << "</p>\n</div>\n</div>\n";
}

void SummaryRow(Html& h, std::string_view key, std::string_view value) {
  h << "<div class=\"nhsuk-summary-list__row\">\n<dt class=\"nhsuk-summary-list__key\">"
    << Text(key) << "</dt>\n<dd class=\"nhsuk-summary-list__value\">" << Text(value)
    << "</dd>\n</div>\n";
}

}  // namespace lw::web

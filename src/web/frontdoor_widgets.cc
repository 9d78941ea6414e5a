#include "web/frontdoor_widgets.h"

#include <algorithm>

#include "base/dates.h"
#include "web/components.h"

namespace lw::web::frontdoor {

namespace {

Markup FormGroup(std::string_view error) {
  return error.empty() ? Markup("<div class=\"nhsuk-form-group\">\n")
                       : Markup("<div class=\"nhsuk-form-group nhsuk-form-group--error\">\n");
}

void Hint(Html& h, std::string_view id, std::string_view hint) {
  if (hint.empty()) return;
  h << "<div class=\"nhsuk-hint\" id=\"" << Attr(id) << "-hint\">" << Text(hint) << "</div>\n";
}

void DescribedBy(Html& h, std::string_view id, std::string_view hint, std::string_view error) {
  if (hint.empty() && error.empty()) return;
  h << " aria-describedby=\"";
  if (!hint.empty()) h << Attr(id) << "-hint";
  if (!hint.empty() && !error.empty()) h << " ";
  if (!error.empty()) h << Attr(id) << "-error";
  h << "\"";
}

void Label(Html& h, std::string_view id, std::string_view label, bool bold) {
  h << (bold ? Markup("<label class=\"nhsuk-label nhsuk-label--s\" for=\"")
             : Markup("<label class=\"nhsuk-label\" for=\""))
    << Attr(id) << "\">" << Text(label) << "</label>\n";
}

bool IsChecked(std::span<const std::string_view> checked, std::string_view value) {
  return std::find(checked.begin(), checked.end(), value) != checked.end();
}

// Radios and checkboxes share their markup but for the component's name.
void Choices(Html& h, const ChoicesField& f, bool radios) {
  h << FormGroup(f.error) << "<fieldset class=\"nhsuk-fieldset\"";
  DescribedBy(h, f.id, f.hint, f.error);
  h << ">\n"
    << (f.legend_m ? Markup("<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--m\">")
                   : Markup("<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">"))
    << Text(f.legend) << "</legend>\n";
  Hint(h, f.id, f.hint);
  if (!f.error.empty()) ErrorMessage(h, f.id, f.error);
  if (radios) {
    h << "<div class=\"nhsuk-radios" << (f.small ? Markup(" nhsuk-radios--small") : Markup(""))
      << (f.inline_items ? Markup(" nhsuk-radios--inline") : Markup(""))
      << "\" data-module=\"nhsuk-radios\">\n";
  } else {
    h << (f.small ? Markup("<div class=\"nhsuk-checkboxes nhsuk-checkboxes--small\" "
                           "data-module=\"nhsuk-checkboxes\">\n")
                  : Markup("<div class=\"nhsuk-checkboxes\" data-module=\"nhsuk-checkboxes\">\n"));
  }
  int index = 0;
  for (const Choice& c : f.choices) {
    ++index;
    std::string item_id(f.id);
    if (index > 1) item_id += "-" + std::to_string(index);
    h << (radios
              ? Markup("<div class=\"nhsuk-radios__item\">\n<input class=\"nhsuk-radios__input\"")
              : Markup("<div class=\"nhsuk-checkboxes__item\">\n"
                       "<input class=\"nhsuk-checkboxes__input\""))
      << " id=\"" << Attr(item_id) << "\" name=\"" << Attr(f.name) << "\" type=\""
      << (radios ? Markup("radio") : Markup("checkbox")) << "\" value=\"" << Attr(c.value) << "\"";
    if (IsChecked(f.checked, c.value)) h << " checked";
    if (!c.hint.empty()) h << " aria-describedby=\"" << Attr(item_id) << "-item-hint\"";
    h << ">\n"
      << (radios ? Markup("<label class=\"nhsuk-label nhsuk-radios__label\" for=\"")
                 : Markup("<label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\""))
      << Attr(item_id) << "\">" << Text(c.label) << "</label>\n";
    if (!c.hint.empty()) {
      h << (radios ? Markup("<div class=\"nhsuk-hint nhsuk-radios__hint\" id=\"")
                   : Markup("<div class=\"nhsuk-hint nhsuk-checkboxes__hint\" id=\""))
        << Attr(item_id) << "-item-hint\">" << Text(c.hint) << "</div>\n";
    }
    h << "</div>\n";
  }
  h << "</div>\n</fieldset>\n</div>\n";
}

}  // namespace

void Radios(Html& h, const ChoicesField& field) { Choices(h, field, true); }
void Checkboxes(Html& h, const ChoicesField& field) { Choices(h, field, false); }

void SingleCheckbox(Html& h, const CheckboxField& f) {
  h << FormGroup(f.error);
  if (!f.error.empty()) ErrorMessage(h, f.id, f.error);
  h << "<div class=\"nhsuk-checkboxes\" data-module=\"nhsuk-checkboxes\">\n"
       "<div class=\"nhsuk-checkboxes__item\">\n"
       "<input class=\"nhsuk-checkboxes__input\" id=\""
    << Attr(f.id) << "\" name=\"" << Attr(f.name) << "\" type=\"checkbox\" value=\""
    << Attr(f.value) << "\"";
  if (f.checked) h << " checked";
  if (!f.error.empty()) h << " aria-describedby=\"" << Attr(f.id) << "-error\"";
  h << ">\n<label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"" << Attr(f.id) << "\">"
    << Text(f.label) << "</label>\n</div>\n</div>\n</div>\n";
}

void Input(Html& h, const InputControl& f) {
  h << FormGroup(f.error);
  Label(h, f.id, f.label, f.bold_label);
  Hint(h, f.id, f.hint);
  if (!f.error.empty()) ErrorMessage(h, f.id, f.error);
  h << "<input class=\"nhsuk-input" << InputWidthClass(f.width);
  if (!f.error.empty()) h << " nhsuk-input--error";
  h << "\" id=\"" << Attr(f.id) << "\" name=\"" << Attr(f.name) << "\" type=\"text\"";
  if (!f.spellcheck) h << " spellcheck=\"false\"";
  if (!f.value.empty()) h << " value=\"" << Attr(f.value) << "\"";
  DescribedBy(h, f.id, f.hint, f.error);
  if (!f.autocomplete.empty()) h << " autocomplete=\"" << Attr(f.autocomplete) << "\"";
  if (!f.inputmode.empty()) h << " inputmode=\"" << Attr(f.inputmode) << "\"";
  h << ">\n</div>\n";
}

void Textarea(Html& h, const TextareaControl& f) {
  h << FormGroup(f.error);
  Label(h, f.id, f.label, f.bold_label);
  Hint(h, f.id, f.hint);
  if (!f.error.empty()) ErrorMessage(h, f.id, f.error);
  h << (f.error.empty() ? Markup("<textarea class=\"nhsuk-textarea\"")
                        : Markup("<textarea class=\"nhsuk-textarea nhsuk-textarea--error\""))
    << " id=\"" << Attr(f.id) << "\" name=\"" << Attr(f.name) << "\" rows=\"" << f.rows << "\"";
  DescribedBy(h, f.id, f.hint, f.error);
  h << ">" << Text(f.value) << "</textarea>\n</div>\n";
}

void Select(Html& h, const SelectControl& f) {
  h << FormGroup(f.error);
  Label(h, f.id, f.label, false);
  Hint(h, f.id, f.hint);
  if (!f.error.empty()) ErrorMessage(h, f.id, f.error);
  h << (f.error.empty() ? Markup("<select class=\"nhsuk-select\"")
                        : Markup("<select class=\"nhsuk-select nhsuk-select--error\""))
    << " id=\"" << Attr(f.id) << "\" name=\"" << Attr(f.name) << "\"";
  DescribedBy(h, f.id, f.hint, f.error);
  h << ">\n";
  for (const Choice& o : f.options) {
    h << "<option value=\"" << Attr(o.value) << "\"";
    if (o.value == f.selected) h << " selected";
    h << ">" << Text(o.label) << "</option>\n";
  }
  h << "</select>\n</div>\n";
}

void DateInput(Html& h, const DateControl& f) {
  h << FormGroup(f.error) << "<fieldset class=\"nhsuk-fieldset\" role=\"group\"";
  DescribedBy(h, f.id, f.hint, f.error);
  h << ">\n<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">" << Text(f.legend)
    << "</legend>\n";
  Hint(h, f.id, f.hint);
  if (!f.error.empty()) ErrorMessage(h, f.id, f.error);
  h << "<div class=\"nhsuk-date-input\" id=\"" << Attr(f.id) << "\">\n";
  struct Part {
    Markup suffix;
    Markup label;
    std::string_view value;
    Markup width;
  };
  const Part parts[] = {{"day", "Day", f.day, " nhsuk-input--width-2"},
                        {"month", "Month", f.month, " nhsuk-input--width-2"},
                        {"year", "Year", f.year, " nhsuk-input--width-4"}};
  for (const Part& p : parts) {
    h << "<div class=\"nhsuk-date-input__item\">\n<div class=\"nhsuk-form-group\">\n"
      << "<label class=\"nhsuk-label nhsuk-date-input__label\" for=\"" << Attr(f.id) << "-"
      << p.suffix << "\">" << p.label << "</label>\n"
      << "<input class=\"nhsuk-input nhsuk-date-input__input" << p.width;
    if (!f.error.empty()) h << " nhsuk-input--error";
    h << "\" id=\"" << Attr(f.id) << "-" << p.suffix << "\" name=\"" << Attr(f.name_prefix) << "_"
      << p.suffix << "\" type=\"text\"";
    if (!p.value.empty()) h << " value=\"" << Attr(p.value) << "\"";
    h << " inputmode=\"numeric\">\n</div>\n</div>\n";
  }
  h << "</div>\n</fieldset>\n</div>\n";
}

void ErrorSummaryWith(Html& h, std::string_view problem, std::span<const FieldError> errors) {
  if (problem.empty() && errors.empty()) return;
  std::vector<FieldError> all;
  if (!problem.empty()) all.push_back({"", std::string(problem)});
  all.insert(all.end(), errors.begin(), errors.end());
  ErrorSummary(h, all);
}

void Paragraphs(Html& h, std::string_view text, Markup empty) {
  bool any = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos) {
      h << "<p>" << Text(line) << "</p>\n";
      any = true;
    }
    start = end + 1;
  }
  if (!any) h << empty;
}

void Hidden(Html& h, std::string_view name, std::string_view value) {
  h << "<input type=\"hidden\" name=\"" << Attr(name) << "\" value=\"" << Attr(value) << "\">\n";
}

void Tag(Html& h, Markup colour_class, std::string_view text) {
  h << "<strong class=\"nhsuk-tag " << colour_class << "\">" << Text(text) << "</strong>";
}

std::string UrlEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

std::string PersonName(const Introduction& intro) {
  std::string name = intro.given_name;
  if (!intro.family_name.empty()) name += " " + intro.family_name;
  if (!intro.preferred_name.empty()) name += " (" + intro.preferred_name + ")";
  return name;
}

std::string DayOf(Timestamp t) { return Date::InLondon(t).ToDisplay(); }

std::string WorkerLabel(const FrontDoorDirectory& directory, std::string_view user_id) {
  if (user_id.empty()) return "Nobody yet";
  if (user_id == "public-form") return "Public form";
  for (const User& u : directory.workers) {
    if (u.id == user_id) return u.display_name;
  }
  return "Another account";
}

std::string IntroducerLabel(const Introduction& intro) {
  switch (IntroducerKindOf(intro.source)) {
    case IntroducerKind::kThePerson:
      return "The person themselves";
    case IntroducerKind::kSomeoneClose:
      return intro.introducer_name + " (" + intro.introducer_relationship + ")";
    case IntroducerKind::kAService:
      return intro.introducer_name + ", " + intro.introducer_organisation;
  }
  return intro.introducer_name;
}

std::string WhereItIs(const Introduction& intro) {
  if (intro.IsClosed() && intro.ending) {
    return "Closed: " + std::string(EndingDisplayName(*intro.ending));
  }
  return std::string(IntroductionStateDisplayName(intro.state));
}

}  // namespace lw::web::frontdoor

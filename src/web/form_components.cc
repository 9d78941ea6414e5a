#include "web/form_components.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>

#include "web/components.h"

namespace lw::web {

namespace {

Markup FormGroupClass(bool error) {
  return error ? Markup("nhsuk-form-group nhsuk-form-group--error") : Markup("nhsuk-form-group");
}

void Legend(Html& h, std::string_view text, LegendStyle style) {
  switch (style) {
    case LegendStyle::kPageHeading:
      h << "<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--l\">\n"
           "<h1 class=\"nhsuk-fieldset__heading\">"
        << Text(text) << "</h1>\n</legend>\n";
      return;
    case LegendStyle::kLarge:
      h << "<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--l\">";
      break;
    case LegendStyle::kMedium:
      h << "<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--m\">";
      break;
    case LegendStyle::kSmall:
      h << "<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">";
      break;
  }
  h << Text(text) << "</legend>\n";
}

// ` aria-describedby="{id}-hint {id}-error"`, either part only when present.
void DescribedBy(Html& h, std::string_view id, bool hint, bool error) {
  if (!hint && !error) return;
  h << " aria-describedby=\"";
  if (hint) h << Attr(id) << "-hint";
  if (hint && error) h << " ";
  if (error) h << Attr(id) << "-error";
  h << "\"";
}

void Hint(Html& h, std::string_view id, std::string_view text) {
  if (text.empty()) return;
  h << "<div class=\"nhsuk-hint\" id=\"" << Attr(id) << "-hint\">" << Text(text) << "</div>\n";
}

// The item's id: the group's name for the first, then name-2, name-3 ...
void ItemId(Html& h, std::string_view name, int index) {
  h << Attr(name);
  if (index > 1) h << "-" << index;
}

enum class ChoiceKind { kRadio, kCheckbox };

void ChoiceItems(Html& h, const ChoiceGroup& g, ChoiceKind kind,
                 const std::function<bool(std::string_view)>& is_checked) {
  const bool radio = kind == ChoiceKind::kRadio;
  const bool fieldset = !g.legend.empty();
  if (radio) {
    h << "<div class=\"nhsuk-radios" << (g.small ? Markup(" nhsuk-radios--small") : Markup(""))
      << (g.inline_items ? Markup(" nhsuk-radios--inline") : Markup(""))
      << "\" data-module=\"nhsuk-radios\">\n";
  } else {
    h << "<div class=\"nhsuk-checkboxes"
      << (g.small ? Markup(" nhsuk-checkboxes--small") : Markup(""))
      << (g.inline_items ? Markup(" nhsuk-checkboxes--inline") : Markup(""))
      << "\" data-module=\"nhsuk-checkboxes\">\n";
  }
  int index = 0;
  for (const Choice& c : g.choices) {
    if (c.divider_before) {
      ++index;
      h << (radio ? Markup("<div class=\"nhsuk-radios__divider\">or</div>\n")
                  : Markup("<div class=\"nhsuk-checkboxes__divider\">or</div>\n"));
    }
    ++index;
    h << (radio ? Markup("<div class=\"nhsuk-radios__item\">\n<input class=\"nhsuk-radios__input\" "
                         "id=\"")
                : Markup("<div class=\"nhsuk-checkboxes__item\">\n<input "
                         "class=\"nhsuk-checkboxes__input\" id=\""));
    ItemId(h, g.name, index);
    h << "\" name=\"" << Attr(g.name) << "\" type=\""
      << (radio ? Markup("radio") : Markup("checkbox")) << "\" value=\"" << Attr(c.value) << "\"";
    if (is_checked(c.value)) h << " checked";
    // Without a fieldset the group's hint and error describe the input itself.
    const bool group_hint = !fieldset && !g.hint.empty();
    const bool group_error = !fieldset && !g.error.empty();
    if (group_hint || group_error || !c.hint.empty()) {
      h << " aria-describedby=\"";
      if (group_hint) h << Attr(g.name) << "-hint";
      if (group_hint && group_error) h << " ";
      if (group_error) h << Attr(g.name) << "-error";
      if (!c.hint.empty()) {
        if (group_hint || group_error) h << " ";
        ItemId(h, g.name, index);
        h << "-item-hint";
      }
      h << "\"";
    }
    h << ">\n<label class=\"nhsuk-label "
      << (radio ? Markup("nhsuk-radios__label") : Markup("nhsuk-checkboxes__label")) << "\" for=\"";
    ItemId(h, g.name, index);
    h << "\">" << Text(c.label) << "</label>\n";
    if (!c.hint.empty()) {
      h << "<div class=\"nhsuk-hint "
        << (radio ? Markup("nhsuk-radios__hint") : Markup("nhsuk-checkboxes__hint")) << "\" id=\"";
      ItemId(h, g.name, index);
      h << "-item-hint\">" << Text(c.hint) << "</div>\n";
    }
    h << "</div>\n";
  }
  h << "</div>\n";
}

void ChoiceGroupHtml(Html& h, const ChoiceGroup& g, ChoiceKind kind,
                     const std::function<bool(std::string_view)>& is_checked) {
  const bool fieldset = !g.legend.empty();
  h << "<div class=\"" << FormGroupClass(!g.error.empty()) << "\">\n";
  if (fieldset) {
    h << "<fieldset class=\"nhsuk-fieldset\"";
    DescribedBy(h, g.name, !g.hint.empty(), !g.error.empty());
    h << ">\n";
    Legend(h, g.legend, g.legend_style);
  }
  Hint(h, g.name, g.hint);
  if (!g.error.empty()) ErrorMessage(h, g.name, g.error);
  ChoiceItems(h, g, kind, is_checked);
  if (fieldset) h << "</fieldset>\n";
  h << "</div>\n";
}

void DatePart(Html& h, std::string_view label, std::string_view name, std::string_view value,
              bool error, bool year, std::string_view autocomplete_prefix,
              std::string_view autocomplete_part) {
  h << "<div class=\"nhsuk-date-input__item\">\n<div class=\"" << FormGroupClass(error) << "\">\n"
    << "<label class=\"nhsuk-label nhsuk-date-input__label\" for=\"" << Attr(name) << "\">"
    << Text(label) << "</label>\n<input class=\"nhsuk-input"
    << (error ? Markup(" nhsuk-input--error") : Markup(""))
    << (year ? Markup(" nhsuk-input--width-4") : Markup(" nhsuk-input--width-2"))
    << " nhsuk-date-input__input\" id=\"" << Attr(name) << "\" name=\"" << Attr(name)
    << "\" type=\"text\"";
  if (!value.empty()) h << " value=\"" << Attr(value) << "\"";
  if (!autocomplete_prefix.empty()) {
    h << " autocomplete=\"" << Attr(autocomplete_prefix) << "-" << Attr(autocomplete_part) << "\"";
  }
  h << " inputmode=\"numeric\">\n</div>\n</div>\n";
}

}  // namespace

void Radios(Html& h, const ChoiceGroup& group, std::string_view checked) {
  ChoiceGroupHtml(h, group, ChoiceKind::kRadio,
                  [&](std::string_view value) { return !checked.empty() && value == checked; });
}

void Checkboxes(Html& h, const ChoiceGroup& group, std::span<const std::string> checked) {
  ChoiceGroupHtml(h, group, ChoiceKind::kCheckbox, [&](std::string_view value) {
    return std::find(checked.begin(), checked.end(), value) != checked.end();
  });
}

void DateInput(Html& h, const DateField& f) {
  const bool error = !f.error.empty();
  h << "<div class=\"" << FormGroupClass(error) << "\">\n"
    << "<fieldset class=\"nhsuk-fieldset\" role=\"group\"";
  DescribedBy(h, f.id, !f.hint.empty(), error);
  h << ">\n";
  Legend(h, f.legend, f.legend_style);
  Hint(h, f.id, f.hint);
  if (error) ErrorMessage(h, f.id, f.error);
  h << "<div class=\"nhsuk-date-input\" id=\"" << Attr(f.id) << "\">\n";
  DatePart(h, "Day", f.day_name, f.day, error, false, f.autocomplete_prefix, "day");
  DatePart(h, "Month", f.month_name, f.month, error, false, f.autocomplete_prefix, "month");
  DatePart(h, "Year", f.year_name, f.year, error, true, f.autocomplete_prefix, "year");
  h << "</div>\n</fieldset>\n</div>\n";
}

void Textarea(Html& h, const TextareaField& f) {
  const bool error = !f.error.empty();
  const bool count = f.max_chars > 0;
  h << "<div class=\"" << FormGroupClass(error);
  if (count) {
    h << " nhsuk-character-count\" data-module=\"nhsuk-character-count\" data-maxlength=\""
      << f.max_chars;
  }
  h << "\">\n";
  if (f.label_is_page_heading) {
    h << "<h1 class=\"nhsuk-label-wrapper\">\n<label class=\"nhsuk-label nhsuk-label--l\" for=\""
      << Attr(f.id) << "\">" << Text(f.label) << "</label>\n</h1>\n";
  } else {
    h << "<label class=\"nhsuk-label\" for=\"" << Attr(f.id) << "\">" << Text(f.label)
      << "</label>\n";
  }
  Hint(h, f.id, f.hint);
  if (error) ErrorMessage(h, f.id, f.error);
  h << "<textarea class=\"nhsuk-textarea" << (error ? Markup(" nhsuk-textarea--error") : Markup(""))
    << (count ? Markup(" nhsuk-js-character-count") : Markup("")) << "\" id=\"" << Attr(f.id)
    << "\" name=\"" << Attr(f.id) << "\" rows=\"" << f.rows << "\"";
  if (!f.spellcheck) h << " spellcheck=\"false\"";
  if (count || !f.hint.empty() || error) {
    h << " aria-describedby=\"";
    bool first = true;
    auto part = [&](Markup suffix) {
      if (!first) h << " ";
      first = false;
      h << Attr(f.id) << suffix;
    };
    if (count) part("-info");
    if (!f.hint.empty()) part("-hint");
    if (error) part("-error");
    h << "\"";
  }
  if (!f.autocomplete.empty()) h << " autocomplete=\"" << Attr(f.autocomplete) << "\"";
  // A leading new line in a textarea is dropped by the parser: keep one
  // that the person typed by writing an extra one first.
  h << ">";
  if (!f.value.empty() && (f.value.front() == '\n' || f.value.front() == '\r')) h << "\n";
  h << Text(f.value) << "</textarea>\n";
  if (count) {
    h << "<div class=\"nhsuk-hint nhsuk-character-count__message\" id=\"" << Attr(f.id)
      << "-info\">You can enter up to " << f.max_chars << " characters</div>\n";
  }
  h << "</div>\n";
}

void HiddenField(Html& h, std::string_view name, std::string_view value) {
  h << "<input type=\"hidden\" name=\"" << Attr(name) << "\" value=\"" << Attr(value) << "\">\n";
}

void MultilineText(Html& h, std::string_view text) {
  bool first = true;
  while (true) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!first) h << "<br>";
    first = false;
    h << Text(line);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

namespace {

bool HasChange(const ChangeAction& c) { return !c.href.empty() || !c.formaction.empty(); }

void Change(Html& h, const ChangeAction& c) {
  if (!c.formaction.empty()) {
    h << "<button class=\"nhsuk-link\" type=\"submit\"";
    if (!c.form_id.empty()) h << " form=\"" << Attr(c.form_id) << "\"";
    h << " formaction=\"" << Attr(c.formaction) << "\"";
    if (!c.name.empty()) h << " name=\"" << Attr(c.name) << "\" value=\"" << Attr(c.value) << "\"";
    h << ">Change";
  } else {
    h << "<a class=\"nhsuk-link\" href=\"" << Attr(c.href) << "\">Change";
  }
  if (!c.hidden_text.empty()) {
    h << "<span class=\"nhsuk-u-visually-hidden\"> " << Text(c.hidden_text) << "</span>";
  }
  h << (c.formaction.empty() ? Markup("</a>") : Markup("</button>"));
}

}  // namespace

void SummaryList(Html& h, std::span<const SummaryItem> items) {
  const bool any_actions = std::any_of(items.begin(), items.end(),
                                       [](const SummaryItem& i) { return HasChange(i.change); });
  h << "<dl class=\"nhsuk-summary-list\">\n";
  for (const SummaryItem& item : items) {
    const bool action = HasChange(item.change);
    h << (any_actions && !action
              ? Markup(
                    "<div class=\"nhsuk-summary-list__row nhsuk-summary-list__row--no-actions\">\n")
              : Markup("<div class=\"nhsuk-summary-list__row\">\n"))
      << "<dt class=\"nhsuk-summary-list__key\">" << Text(item.key)
      << "</dt>\n<dd class=\"nhsuk-summary-list__value\">";
    MultilineText(h, item.value);
    h << "</dd>\n";
    if (action) {
      h << "<dd class=\"nhsuk-summary-list__actions\">";
      Change(h, item.change);
      h << "</dd>\n";
    }
    h << "</div>\n";
  }
  h << "</dl>\n";
}

void Panel(Html& h, std::string_view heading, const Html& body) {
  h << "<div class=\"nhsuk-panel\">\n<h1 class=\"nhsuk-panel__heading\">" << Text(heading)
    << "</h1>\n";
  if (!body.empty()) h << "<div class=\"nhsuk-panel__body\">\n" << body << "</div>\n";
  h << "</div>\n";
}

void InsetText(Html& h, const Html& body) {
  h << "<div class=\"nhsuk-inset-text\">\n"
       "<span class=\"nhsuk-u-visually-hidden\">Information: </span>\n"
    << body << "</div>\n";
}

void WarningCallout(Html& h, std::string_view heading, const Html& body, int heading_level) {
  heading_level = std::clamp(heading_level, 2, 4);
  std::string lower(heading);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const bool says_important = lower.find("important") != std::string::npos;
  h << "<div class=\"nhsuk-card nhsuk-card--warning\">\n<div class=\"nhsuk-card__content\">\n<h"
    << heading_level << " class=\"nhsuk-card__heading\">";
  if (says_important) {
    h << Text(heading);
  } else {
    h << "<span role=\"text\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>"
      << Text(heading) << "</span>";
  }
  h << "</h" << heading_level << ">\n" << body << "</div>\n</div>\n";
}

void BackLink(Html& h, std::string_view href) {
  h << "<a class=\"nhsuk-back-link\" href=\"" << Attr(href) << "\">Back</a>\n";
}

void BackButton(Html& h, std::string_view form_id, std::string_view formaction) {
  h << "<button class=\"nhsuk-back-link\" type=\"submit\" form=\"" << Attr(form_id)
    << "\" formaction=\"" << Attr(formaction) << "\">Back</button>\n";
}

}  // namespace lw::web

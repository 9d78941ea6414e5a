#include "web/progress_parts.h"

#include "domain/outcomes/entered_by.h"
#include "web/components.h"

namespace lw::web::progress {

std::string FullName(const Person& p) { return p.given_name + " " + p.family_name; }

void PersonNav(Html& h, std::string_view person_id, std::string_view current) {
  struct Link {
    std::string_view key;
    Markup path;
    Markup label;
  };
  static constexpr Link kLinks[] = {{"record", "/record", "Record"},
                                    {"goals", "/goals", "Goals"},
                                    {"wheel", "/wheel", "Wheel of Life"},
                                    {"questionnaires", "/questionnaires", "Questionnaires"},
                                    {"progress", "/progress", "Progress"}};
  h << "<nav aria-label=\"Their progress\">\n<ul class=\"nhsuk-list lw-inline-list\">\n";
  for (const Link& l : kLinks) {
    if (l.key == current) {
      h << "<li><a class=\"nhsuk-link\" aria-current=\"page\" href=\"/people/" << Attr(person_id)
        << l.path << "\"><strong>" << l.label << "</strong></a></li>\n";
    } else {
      h << "<li><a class=\"nhsuk-link\" href=\"/people/" << Attr(person_id) << l.path << "\">"
        << l.label << "</a></li>\n";
    }
  }
  h << "</ul>\n</nav>\n";
}

void TableStart(Html& h, std::string_view caption, std::span<const std::string_view> headers) {
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption\">" << Text(caption)
    << "</caption>\n<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n";
  for (std::string_view header : headers) {
    h << "<th class=\"nhsuk-table__header\" scope=\"col\">" << Text(header) << "</th>\n";
  }
  h << "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
}

void TableEnd(Html& h) { h << "</tbody>\n</table>\n"; }

void Cell(Html& h, std::string_view text, bool header) {
  if (header) {
    h << "<th class=\"nhsuk-table__header\" scope=\"row\">" << Text(text) << "</th>\n";
  } else {
    h << "<td class=\"nhsuk-table__cell\">" << Text(text) << "</td>\n";
  }
}

std::string_view FormView::Value(std::string_view name, std::string_view current) const {
  return failed() ? r_.typed.Value(name) : current;
}

std::string_view FormView::Error(std::string_view field) const {
  if (!failed()) return {};
  return ErrorFor(r_.errors, field);
}

void Summary(Html& h, const Refusal& refusal,
             std::span<const std::pair<std::string_view, std::string_view>> renames) {
  std::vector<FieldError> linked;
  for (const FieldError& e : refusal.errors) {
    std::string target = e.field;
    for (const auto& [from, to] : renames) {
      if (e.field == from) target = std::string(to);
    }
    if (target == "on") target = "on-day";
    linked.push_back({std::move(target), e.message});
  }
  frontdoor::ErrorSummaryWith(h, refusal.problem, linked);
}

void EnteredByRadios(Html& h, const FormView& form, std::string_view legend) {
  std::vector<frontdoor::Choice> choices;
  choices.reserve(kAllEnteredBy.size());
  for (EnteredBy by : kAllEnteredBy) {
    choices.push_back({std::string(EnteredByKey(by)), std::string(EnteredByDisplayName(by)), ""});
  }
  const std::string_view checked[] = {form.Value("entered_by", "together")};
  frontdoor::Radios(h, {.id = "entered_by",
                        .name = "entered_by",
                        .legend = legend,
                        .error = form.Error("entered_by"),
                        .choices = choices,
                        .checked = checked,
                        .small = true});
}

void OnDate(Html& h, const FormView& form, std::string_view legend) {
  frontdoor::DateInput(h, {.id = "on",
                           .name_prefix = "on",
                           .legend = legend,
                           .day = form.Value("on_day"),
                           .month = form.Value("on_month"),
                           .year = form.Value("on_year"),
                           .hint = "Leave empty for today. For example, 15 3 2026",
                           .error = form.Error("on")});
}

void FormStart(Html& h, std::string_view action, std::string_view csrf_token) {
  h << "<form method=\"post\" action=\"" << Attr(action) << "\" novalidate>\n";
  CsrfField(h, csrf_token);
}

void Top(Html& h, std::string_view title, std::string_view done_message, const Refusal& refusal,
         std::span<const std::pair<std::string_view, std::string_view>> renames) {
  Summary(h, refusal, renames);
  if (refusal.errors.empty() && refusal.problem.empty() && !done_message.empty()) {
    SuccessBanner(h, done_message);
  }
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(title) << "</h1>\n";
}

}  // namespace lw::web::progress

// What the progress pages' files share (progress_pages.h): names, the
// person's progress navigation, tables, whose-answers radios, the date
// boxes, and a refused form's typed values and errors. Internal to
// goals_pages.cc, wheel_page.cc, questionnaire_pages.cc, progress_page.cc.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "web/frontdoor_widgets.h"
#include "web/html.h"
#include "web/progress_pages.h"

namespace lw::web::progress {

// "Amara Okafor".
std::string FullName(const Person& person);

// Links between the person's record and its progress pages; `current` is
// "goals", "wheel", "questionnaires" or "progress".
void PersonNav(Html& h, std::string_view person_id, std::string_view current);

// <table class="nhsuk-table"> with a caption and the column headers.
void TableStart(Html& h, std::string_view caption, std::span<const std::string_view> headers);
void TableEnd(Html& h);
// <td>text</td>; a row header cell with `header`.
void Cell(Html& h, std::string_view text, bool header = false);

// Reads a refused form (`refusal.form == form`) or the defaults.
class FormView {
 public:
  FormView(const Refusal& refusal, std::string_view form) : r_(refusal), form_(form) {}
  bool failed() const { return r_.form == form_; }
  std::string_view Value(std::string_view name, std::string_view current = {}) const;
  std::string_view Error(std::string_view field) const;

 private:
  const Refusal& r_;
  std::string_view form_;
};

// The error summary for a refused form, each field linked to its element
// id: "on" to the day box, `renames` (field -> id) applied first.
void Summary(Html& h, const Refusal& refusal,
             std::span<const std::pair<std::string_view, std::string_view>> renames = {});

// "Whose answers are these?" radios, named "entered_by".
void EnteredByRadios(Html& h, const FormView& form, std::string_view legend);

// The date boxes "on" (on-day, named on_day ...), empty for today.
void OnDate(Html& h, const FormView& form, std::string_view legend);

// The form's opening with the CSRF token, posting to `action` (a path
// starting with /people/).
void FormStart(Html& h, std::string_view action, std::string_view csrf_token);

// The page's heading, success banner and error summary.
void Top(Html& h, std::string_view title, std::string_view done_message, const Refusal& refusal,
         std::span<const std::pair<std::string_view, std::string_view>> renames = {});

}  // namespace lw::web::progress

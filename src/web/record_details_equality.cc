// The equality questions on the details form (record_details_form.h),
// rendered from the domain's table (equality_record.h): each question's
// options, then "Prefer not to say" (an answer) and "Not asked yet" (no
// answer), with the write-in or the kinds revealed under the option that
// opens them.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "domain/people/ethnicity.h"
#include "web/components.h"
#include "web/frontdoor_widgets.h"
#include "web/record_parts.h"

namespace lw::web::record {

namespace {

bool Opens(const EqualityRecordQuestion& q, std::string_view option) {
  return std::ranges::find(q.described_for, option) != q.described_for.end();
}

// One question's radios: ids "<name>", "<name>-2", ... in order.
class QuestionRadios {
 public:
  QuestionRadios(Html& h, const EqualityRecordQuestion& q, const EqualityRecordAnswer* answer,
                 std::span<const FieldError> errors)
      : h_(h),
        q_(q),
        answer_(answer),
        errors_(errors),
        name_("equality_" + std::string(q.key)),
        checked_(answer == nullptr ? std::string_view() : std::string_view(answer->option)) {}

  void Item(std::string_view value, std::string_view label) {
    ++index_;
    std::string id = name_;
    if (index_ > 1) id += "-" + std::to_string(index_);
    const bool checked = value == checked_;
    // A single option opening the write-in reveals it; several share one
    // field after the list (ethnicity's "any other" backgrounds).
    const bool write_in = q_.described_for.size() == 1 && Opens(q_, value);
    const bool kinds = !q_.kinds_for.empty() && value == q_.kinds_for;
    h_ << "<div class=\"nhsuk-radios__item\">\n<input class=\"nhsuk-radios__input\" id=\""
       << Attr(id) << "\" name=\"" << Attr(name_) << "\" type=\"radio\" value=\"" << Attr(value)
       << "\"";
    if (checked) h_ << " checked";
    if (write_in || kinds) h_ << " data-aria-controls=\"conditional-" << Attr(id) << "\"";
    h_ << ">\n<label class=\"nhsuk-label nhsuk-radios__label\" for=\"" << Attr(id) << "\">"
       << Text(label) << "</label>\n</div>\n";
    if (!write_in && !kinds) return;
    h_ << (checked ? Markup("<div class=\"nhsuk-radios__conditional\" id=\"conditional-")
                   : Markup("<div class=\"nhsuk-radios__conditional "
                            "nhsuk-radios__conditional--hidden\" id=\"conditional-"))
       << Attr(id) << "\">\n";
    if (write_in) WriteIn("");
    if (kinds) Kinds();
    h_ << "</div>\n";
  }

  void WriteIn(std::string_view hint) {
    const std::string field = name_ + "_described";
    frontdoor::Input(h_, {.id = field,
                          .name = field,
                          .label = std::string(q_.described_label) + " (optional)",
                          .value = answer_ == nullptr ? "" : answer_->described,
                          .hint = hint,
                          .error = ErrorFor(errors_, field)});
  }

  const std::string& name() const { return name_; }

 private:
  void Kinds() {
    const std::string field = name_ + "_kinds";
    std::vector<frontdoor::Choice> kinds;
    kinds.reserve(q_.kinds.size());
    for (const EqualityOption& k : q_.kinds) {
      kinds.push_back({std::string(k.key), std::string(k.label), ""});
    }
    std::vector<std::string_view> chosen;
    if (answer_ != nullptr) chosen.assign(answer_->kinds.begin(), answer_->kinds.end());
    frontdoor::Checkboxes(h_, {.id = field,
                               .name = field,
                               .legend = "Which of these? (optional)",
                               .hint = "Select all that apply",
                               .error = ErrorFor(errors_, field),
                               .choices = kinds,
                               .checked = chosen,
                               .small = true});
  }

  Html& h_;
  const EqualityRecordQuestion& q_;
  const EqualityRecordAnswer* answer_;
  std::span<const FieldError> errors_;
  std::string name_;
  std::string_view checked_;
  int index_ = 0;
};

Markup OpenRadios() {
  return "<div class=\"nhsuk-radios nhsuk-radios--small\" data-module=\"nhsuk-radios\">\n";
}

std::string_view LabelIn(std::span<const EqualityOption> options, std::string_view key) {
  for (const EqualityOption& o : options) {
    if (o.key == key) return o.label;
  }
  return {};
}

void Question(Html& h, const EqualityRecordQuestion& q, const EqualityRecord& record,
              std::span<const FieldError> errors) {
  const EqualityRecordAnswer* answer = record.AnswerTo(q.key);
  QuestionRadios radios(h, q, answer, errors);
  const std::string& name = radios.name();
  const std::string_view error = ErrorFor(errors, name);
  h << (error.empty() ? Markup("<div class=\"nhsuk-form-group\">\n")
                      : Markup("<div class=\"nhsuk-form-group nhsuk-form-group--error\">\n"))
    << "<fieldset class=\"nhsuk-fieldset\" aria-describedby=\"" << Attr(name) << "-hint";
  if (!error.empty()) h << " " << Attr(name) << "-error";
  h << "\">\n<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">"
    << Text(q.question) << "</legend>\n<div class=\"nhsuk-hint\" id=\"" << Attr(name) << "-hint\">";
  if (!q.hint.empty()) h << Text(q.hint) << "<br>";
  h << "Why we ask: " << Text(q.why_we_ask) << "</div>\n";
  if (!error.empty()) ErrorMessage(h, name, error);
  // An answer carried from the front door (an ethnic group alone) stays
  // offered while it is the answer, so saving the form keeps it.
  const std::string_view carried =
      answer == nullptr ? std::string_view() : LabelIn(q.carried_options, answer->option);
  if (q.key == "ethnicity") {
    // The 2021 Census's categories under their five groups; each radios
    // module holds radios (the frontend's script expects some).
    if (!carried.empty()) {
      h << OpenRadios();
      radios.Item(answer->option, std::string(carried) + " (the category is not known yet)");
      h << "</div>\n";
    }
    for (EthnicGroup group : kAllEthnicGroups) {
      h << "<fieldset class=\"nhsuk-fieldset\">\n<legend class=\"nhsuk-fieldset__legend\">"
        << Text(EthnicGroupLabel(group)) << "</legend>\n"
        << OpenRadios();
      for (const EqualityOption& o : q.options) {
        auto category = ParseEthnicCategory(o.key);
        if (category && GroupOf(*category) == group) radios.Item(o.key, o.label);
      }
      h << "</div>\n</fieldset>\n";
    }
    h << OpenRadios();
  } else {
    h << OpenRadios();
    if (!carried.empty()) {
      radios.Item(answer->option, std::string(carried) + " (not one of these)");
    }
    for (const EqualityOption& o : q.options) radios.Item(o.key, o.label);
  }
  h << "<div class=\"nhsuk-radios__divider\">or</div>\n";
  radios.Item(kPreferNotToSay, "Prefer not to say");
  radios.Item("", "Not asked yet");
  h << "</div>\n";
  if (q.described_for.size() > 1)
    radios.WriteIn(
        "Only for an \xE2\x80\x9C"
        "any other\xE2\x80\x9D answer");
  h << "</fieldset>\n</div>\n";
}

}  // namespace

void EqualityQuestions(Html& h, const EqualityRecord& record, std::span<const FieldError> errors) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"equality\">Equality monitoring</h2>\n"
       "<p>Ask these with them, in their own time, and only if they are happy to answer. "
       "\xE2\x80\x9CPrefer not to say\xE2\x80\x9D is an answer; \xE2\x80\x9CNot asked "
       "yet\xE2\x80\x9D "
       "leaves a question for another day.</p>\n";
  for (const EqualityRecordQuestion& q : EqualityQuestionsForRecord()) {
    Question(h, q, record, errors);
  }
}

}  // namespace lw::web::record

// The questionnaire pages (progress_pages.h): responses so far, giving a
// questionnaire item by item, and one response's answers and score.
#include <algorithm>
#include <string>
#include <vector>

#include "web/components.h"
#include "web/form_components.h"
#include "web/progress_parts.h"

namespace lw::web {

using progress::Cell;
using progress::FormView;
using progress::FullName;

namespace {

std::string ScoreText(const QuestionnaireResponse& r) {
  if (r.score) return r.score->ToString();
  return r.status == ScoreStatus::kPartialNotScorable ? "Not scored" : "Each item on its own";
}

std::string_view InstrumentName(const std::vector<Instrument>* instruments, std::string_view id) {
  if (instruments != nullptr) {
    for (const Instrument& i : *instruments) {
      if (i.id() == id) return i.definition().name;
    }
  }
  return id;
}

// The label of `value` among item `index`'s options, or the value.
std::string AnswerText(const Instrument* instrument, std::string_view item_id,
                       std::optional<int> value) {
  if (!value) return "Not answered";
  if (instrument != nullptr) {
    if (auto index = instrument->ItemIndex(item_id)) {
      for (const ResponseOption& o : instrument->OptionsFor(*index)) {
        if (o.value == *value) return std::to_string(*value) + ": " + o.label;
      }
    }
  }
  return std::to_string(*value);
}

}  // namespace

Page QuestionnairesPage(const QuestionnairesPageView& v) {
  const Person& person = v.responses.person;
  Page page;
  page.title = FullName(person) + "'s questionnaires";
  page.section = NavSection::kPeople;
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-full\">\n";
  progress::Top(h, page.title, "", Refusal{});
  progress::PersonNav(h, person.id, "questionnaires");
  if (v.responses.responses.empty()) {
    h << "<p>No questionnaires given yet.</p>\n";
  } else {
    static constexpr std::string_view kHeaders[] = {"Questionnaire", "Occasion", "Date", "Status",
                                                    "Score"};
    progress::TableStart(h, "Questionnaires given, newest first", kHeaders);
    for (const QuestionnaireResponse& r : v.responses.responses) {
      h << "<tr class=\"nhsuk-table__row\">\n<td class=\"nhsuk-table__cell\"><a "
           "class=\"nhsuk-link\" href=\"/people/"
        << Attr(person.id) << "/questionnaires/" << Attr(r.id) << "\">"
        << Text(InstrumentName(v.instruments, r.instrument_id)) << "</a></td>\n";
      Cell(h, OccasionDisplayName(r.occasion));
      Cell(h, r.on.ToDisplay());
      Cell(h, ScoreStatusDisplayName(r.status));
      Cell(h, ScoreText(r));
      h << "</tr>\n";
    }
    progress::TableEnd(h);
  }
  h << "<h2 class=\"nhsuk-heading-m\" id=\"give\">Give a questionnaire</h2>\n"
       "<form method=\"get\" action=\"/people/"
    << Attr(person.id) << "/questionnaires/new\" novalidate>\n";
  std::vector<frontdoor::Choice> instruments;
  if (v.instruments != nullptr) {
    for (const Instrument& i : *v.instruments) {
      instruments.push_back({std::string(i.id()), i.definition().name, ""});
    }
  }
  frontdoor::Select(
      h,
      {.id = "instrument", .name = "instrument", .label = "Questionnaire", .options = instruments});
  std::vector<frontdoor::Choice> occasions;
  occasions.reserve(kAllOccasions.size());
  for (Occasion o : kAllOccasions) {
    occasions.push_back({std::string(OccasionKey(o)), std::string(OccasionDisplayName(o)), ""});
  }
  const std::string_view baseline[] = {"baseline"};
  frontdoor::Radios(h, {.id = "occasion",
                        .name = "occasion",
                        .legend = "When is it being given?",
                        .choices = occasions,
                        .checked = baseline,
                        .small = true});
  progress::EnteredByRadios(h, FormView(Refusal{}, "none"), "Who will answer?");
  SubmitButton(h, "Start");
  h << "</form>\n</div>\n</div>\n";
  return page;
}

Page GiveQuestionnairePage(const GiveQuestionnaireView& v) {
  Page page;
  const Instrument* instrument = v.instrument;
  page.title = instrument != nullptr ? instrument->definition().name : "Give a questionnaire";
  page.status = v.refusal.status;
  page.has_errors = !v.refusal.errors.empty() || !v.refusal.problem.empty();
  page.section = NavSection::kPeople;
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  progress::Top(h, page.title, "", v.refusal);
  const auto occasion = ParseOccasion(v.occasion);
  const auto by = ParseEnteredBy(v.entered_by);
  if (instrument == nullptr || !occasion || !by) {
    h << "<p><a class=\"nhsuk-link\" href=\"/people/" << Attr(v.person.id)
      << "/questionnaires#give\">Choose the questionnaire again</a></p>\n</div>\n</div>\n";
    return page;
  }
  const InstrumentDefinition& d = instrument->definition();
  h << "<p>With " << Text(FullName(v.person)) << ". " << Text(OccasionDisplayName(*occasion))
    << ". " << Text(EnteredByDisplayName(*by)) << ".</p>\n";
  if (d.placeholder_wording) {
    Html body;
    body << "<p>The wording of this questionnaire is licensed, so placeholders are shown. "
            "Use the licensed paper or electronic version for the questions, and record the "
            "answers here.</p>\n";
    InsetText(h, body);
  }
  const FormView form(v.refusal, "give");
  progress::FormStart(h, "/people/" + v.person.id + "/questionnaires", v.csrf_token);
  frontdoor::Hidden(h, "instrument", d.id);
  frontdoor::Hidden(h, "occasion", OccasionKey(*occasion));
  frontdoor::Hidden(h, "entered_by", EnteredByKey(*by));
  for (std::size_t i = 0; i < d.items.size(); ++i) {
    const InstrumentItem& item = d.items[i];
    std::vector<frontdoor::Choice> choices;
    for (const ResponseOption& o : instrument->OptionsFor(i)) {
      choices.push_back({std::to_string(o.value), o.label, ""});
    }
    const std::string_view checked[] = {form.Value(item.id)};
    const std::string legend = std::to_string(i + 1) + ". " + item.text;
    frontdoor::Radios(h,
                      {.id = item.id,
                       .name = item.id,
                       .legend = legend,
                       .hint = item.scored ? "" : "Kept with the answers, not counted in the score",
                       .error = form.Error(item.id),
                       .choices = choices,
                       .checked = checked,
                       .small = true});
  }
  progress::OnDate(h, form, "When was it answered?");
  SubmitButton(h, "Save the answers");
  h << "</form>\n</div>\n</div>\n";
  return page;
}

Page ResponsePage(const ResponsePageView& v) {
  const QuestionnaireResponse& r = v.response.response;
  const Instrument* instrument = v.response.instrument;
  Page page;
  page.title = (instrument != nullptr ? instrument->definition().name : r.instrument_id) + ", " +
               r.on.ToDisplay();
  page.section = NavSection::kPeople;
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  progress::Top(h, page.title, v.just_recorded ? "Answers saved" : "", Refusal{});
  progress::PersonNav(h, r.person_id, "questionnaires");
  h << "<dl class=\"nhsuk-summary-list\">\n";
  SummaryRow(h, "Person", FullName(v.response.person));
  SummaryRow(h, "Occasion", OccasionDisplayName(r.occasion));
  SummaryRow(h, "Whose answers", EnteredByDisplayName(r.entered_by));
  SummaryRow(h, "Status", ScoreStatusDisplayName(r.status));
  SummaryRow(h, "Score", ScoreText(r));
  if (r.raw && r.score && *r.raw != *r.score) SummaryRow(h, "Raw score", r.raw->ToString());
  SummaryRow(h, "How it was scored", r.why);
  SummaryRow(h, "Version of the questionnaire", r.instrument_version);
  h << "</dl>\n";
  static constexpr std::string_view kHeaders[] = {"Question", "Answer"};
  progress::TableStart(h, "Every answer", kHeaders);
  for (std::size_t i = 0; i < r.answers.size(); ++i) {
    const ResponseAnswer& a = r.answers[i];
    std::string question = std::to_string(i + 1) + ". ";
    if (instrument != nullptr) {
      if (auto index = instrument->ItemIndex(a.item_id)) {
        question += instrument->definition().items[*index].text;
      } else {
        question += a.item_id;
      }
    } else {
      question += a.item_id;
    }
    h << "<tr class=\"nhsuk-table__row\">\n";
    Cell(h, question, true);
    Cell(h, AnswerText(instrument, a.item_id, a.value));
    h << "</tr>\n";
  }
  progress::TableEnd(h);
  h << "<p><a class=\"nhsuk-link\" href=\"/people/" << Attr(r.person_id)
    << "/progress\">See their progress</a></p>\n</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

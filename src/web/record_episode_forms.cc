// The record page's episode forms (record_parts.h): opening an episode (or
// coming back), and, for the active one, changing the keyworker, recording
// a review, planning the ending and ending it.
#include <algorithm>
#include <string>
#include <vector>

#include "domain/team/episode_vocabulary.h"
#include "web/components.h"
#include "web/frontdoor_widgets.h"
#include "web/record_parts.h"

namespace lw::web::record {

namespace {

using A = RecordAction;
using frontdoor::Choice;

// The viewer's team's members, who may be keyworkers.
std::vector<Choice> KeyworkerChoices(const RecordPageView& v, std::string_view prompt) {
  std::vector<Choice> out = {{"", std::string(prompt), ""}};
  for (const User& u : v.directory.workers) {
    if (u.team_id == v.team_id) out.push_back({u.id, u.display_name, ""});
  }
  return out;
}

void DateQuestion(Html& h, const FormState& f, std::string_view field, std::string_view legend,
                  std::string_view hint, const std::optional<Date>& current = std::nullopt) {
  const DateParts parts = PartsOf(current);
  const std::string prefix(field);
  frontdoor::DateInput(h, {.id = f.Id(field),
                           .name_prefix = field,
                           .legend = legend,
                           .day = f.Value(prefix + "_day", parts.day),
                           .month = f.Value(prefix + "_month", parts.month),
                           .year = f.Value(prefix + "_year", parts.year),
                           .hint = hint,
                           .error = f.Error(field)});
}

// Their earlier episodes' endings, so the old story is in view when they
// come back.
void EarlierEndings(Html& h, const RecordPageView& v) {
  h << "<dl class=\"nhsuk-summary-list\">\n";
  for (const Episode& e : v.record.episodes) {
    if (!e.ending) continue;
    const EpisodeEnd& end = *e.ending;
    std::string how =
        end.ended_on.ToDisplay() + ": " + std::string(EpisodeEndingDisplayName(end.reason));
    if (!end.moving_on_to.empty()) how += " (" + end.moving_on_to + ")";
    if (!end.other_reason.empty()) how += " (" + end.other_reason + ")";
    h << "<div class=\"nhsuk-summary-list__row\">\n<dt class=\"nhsuk-summary-list__key\">Episode "
      << e.ordinal << " ended</dt>\n<dd class=\"nhsuk-summary-list__value\">\n<p>" << Text(how)
      << "</p>\n";
    if (!end.persons_words.empty()) {
      h << "<p>In their words:</p>\n";
      frontdoor::Paragraphs(h, end.persons_words);
    }
    h << "</dd>\n</div>\n";
  }
  h << "</dl>\n";
}

void OpenForm(Html& h, const RecordPageView& v) {
  FormState f(v, A::kOpenEpisode);
  int next = 1;
  bool came_back = false;
  for (const Episode& e : v.record.episodes) {
    next = std::max(next, e.ordinal + 1);
    came_back = came_back || e.IsEnded();
  }
  if (came_back) {
    h << "<h3 class=\"nhsuk-heading-m\" id=\"open-episode\">They have come back: open episode "
      << next << "</h3>\n"
      << "<p>People can come back at any time, with no waiting and no starting again. How their "
         "earlier support ended:</p>\n";
    EarlierEndings(h, v);
  } else {
    h << "<h3 class=\"nhsuk-heading-m\" id=\"open-episode\">Open an episode of support</h3>\n";
  }
  f.Open(h);
  const std::vector<Choice> workers = KeyworkerChoices(v, "Choose a keyworker");
  frontdoor::Select(h, {.id = f.Id("keyworker_user_id"),
                        .name = "keyworker_user_id",
                        .label = "Keyworker",
                        .options = workers,
                        .selected = f.Value("keyworker_user_id"),
                        .error = f.Error("keyworker_user_id")});
  DateQuestion(h, f, "started_on", "Started on", "For example, 27 3 2026");
  DateQuestion(h, f, "planned_end_on", "Planned end (optional)",
               "If an end date has been agreed with them");
  std::vector<Choice> intensities;
  for (Intensity i : {Intensity::kLight, Intensity::kRegular, Intensity::kIntensive}) {
    intensities.push_back({std::string(IntensityKey(i)), std::string(IntensityDisplayName(i)), ""});
  }
  const std::string_view intensity[] = {f.Value("intensity", IntensityKey(Intensity::kRegular))};
  frontdoor::Radios(h, {.id = f.Id("intensity"),
                        .name = "intensity",
                        .legend = "How much support do they need now?",
                        .error = f.Error("intensity"),
                        .choices = intensities,
                        .checked = intensity,
                        .small = true});
  SecondaryButton(h, "Open episode " + std::to_string(next));
  h << "</form>\n";
}

void KeyworkerForm(Html& h, const RecordPageView& v, const Episode& e) {
  FormState f(v, A::kKeyworker);
  h << "<h3 class=\"nhsuk-heading-s\" id=\"keyworker\">Change the keyworker</h3>\n";
  f.Open(h, &e);
  const std::vector<Choice> workers = KeyworkerChoices(v, "Choose the new keyworker");
  frontdoor::Select(h, {.id = f.Id("keyworker_user_id"),
                        .name = "keyworker_user_id",
                        .label = "New keyworker",
                        .options = workers,
                        .selected = f.Value("keyworker_user_id"),
                        .error = f.Error("keyworker_user_id")});
  DateQuestion(h, f, "from", "From", "For example, 27 3 2026");
  frontdoor::Input(h, {.id = f.Id("reason"),
                       .name = "reason",
                       .label = "Why (optional)",
                       .value = f.Value("reason"),
                       .hint = "For example, Sam is on leave",
                       .error = f.Error("reason")});
  SecondaryButton(h, "Change keyworker");
  h << "</form>\n";
}

void ReviewForm(Html& h, const RecordPageView& v, const Episode& e) {
  FormState f(v, A::kReview);
  h << "<h3 class=\"nhsuk-heading-s\" id=\"review\">Record a review</h3>\n";
  f.Open(h, &e);
  DateQuestion(h, f, "on", "Date of the review", "For example, 27 3 2026");
  frontdoor::Textarea(h, {.id = f.Id("note"),
                          .name = "note",
                          .label = "What was agreed (optional)",
                          .value = f.Value("note"),
                          .error = f.Error("note"),
                          .rows = 3});
  SecondaryButton(h, "Record review");
  h << "</form>\n";
}

void PlannedEndingForm(Html& h, const RecordPageView& v, const Episode& e) {
  FormState f(v, A::kPlannedEnding);
  h << "<h3 class=\"nhsuk-heading-s\" id=\"planned-ending\">"
    << (e.planned_end_on ? Markup("Change the planned ending") : Markup("Plan the ending"))
    << "</h3>\n";
  f.Open(h, &e);
  DateQuestion(h, f, "planned_end_on", "Planned end",
               e.planned_end_on ? "The date agreed with them. Leave it empty to remove it"
                                : "The date agreed with them",
               e.planned_end_on);
  SecondaryButton(h, "Save planned ending");
  h << "</form>\n";
}

// A conditional field under a radio: revealed while it is chosen (always,
// without JavaScript).
void Conditional(Html& h, const FormState& f, std::string_view item_id, bool checked,
                 std::string_view field, std::string_view label) {
  h << (checked ? Markup("<div class=\"nhsuk-radios__conditional\" id=\"conditional-")
                : Markup("<div class=\"nhsuk-radios__conditional "
                         "nhsuk-radios__conditional--hidden\" id=\"conditional-"))
    << Attr(item_id) << "\">\n";
  frontdoor::Input(h, {.id = f.Id(field),
                       .name = field,
                       .label = label,
                       .value = f.Value(field),
                       .error = f.Error(field)});
  h << "</div>\n";
}

// The reasons, grouped as planned transitions and not, with "where to"
// and "why" revealed under the reasons that need them.
void EndingReasons(Html& h, const FormState& f) {
  const std::string id = f.Id("reason");
  const std::string_view error = f.Error("reason");
  const std::string_view checked = f.Value("reason");
  h << (error.empty() ? Markup("<div class=\"nhsuk-form-group\">\n")
                      : Markup("<div class=\"nhsuk-form-group nhsuk-form-group--error\">\n"))
    << "<fieldset class=\"nhsuk-fieldset\"";
  if (!error.empty()) h << " aria-describedby=\"" << Attr(id) << "-error\"";
  h << ">\n<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">Why is support "
       "ending?</legend>\n";
  if (!error.empty()) ErrorMessage(h, id, error);
  int index = 0;
  for (bool planned : {true, false}) {
    h << "<fieldset class=\"nhsuk-fieldset\">\n<legend class=\"nhsuk-fieldset__legend\">"
      << (planned ? Markup("Planned transition") : Markup("Unplanned"))
      << "</legend>\n<div class=\"nhsuk-radios\" data-module=\"nhsuk-radios\">\n";
    for (EpisodeEnding ending : kAllEpisodeEndings) {
      if (IsPlannedTransition(ending) != planned) continue;
      ++index;
      const std::string item_id = index == 1 ? id : id + "-" + std::to_string(index);
      const std::string_view key = EpisodeEndingKey(ending);
      const bool reveals = ending == EpisodeEnding::kMovingOn || ending == EpisodeEnding::kOther;
      h << "<div class=\"nhsuk-radios__item\">\n<input class=\"nhsuk-radios__input\" id=\""
        << Attr(item_id) << "\" name=\"reason\" type=\"radio\" value=\"" << Attr(key) << "\"";
      if (checked == key) h << " checked";
      if (reveals) h << " data-aria-controls=\"conditional-" << Attr(item_id) << "\"";
      h << ">\n<label class=\"nhsuk-label nhsuk-radios__label\" for=\"" << Attr(item_id) << "\">"
        << Text(EpisodeEndingDisplayName(ending)) << "</label>\n</div>\n";
      if (ending == EpisodeEnding::kMovingOn) {
        Conditional(h, f, item_id, checked == key, "moving_on_to", "Where are they moving on to?");
      } else if (ending == EpisodeEnding::kOther) {
        Conditional(h, f, item_id, checked == key, "other_reason", "Say briefly why");
      }
    }
    h << "</div>\n</fieldset>\n";
  }
  h << "</fieldset>\n</div>\n";
}

void EndingForm(Html& h, const RecordPageView& v, const Episode& e) {
  FormState f(v, A::kEnding);
  h << "<h3 class=\"nhsuk-heading-s\" id=\"ending\">End episode " << e.ordinal << "</h3>\n"
    << "<p>Only when support has ended. They can come back at any time.</p>\n";
  f.Open(h, &e);
  EndingReasons(h, f);
  DateQuestion(h, f, "ended_on", "Ended on", "For example, 27 3 2026");
  frontdoor::Textarea(h, {.id = f.Id("persons_words"),
                          .name = "persons_words",
                          .label = "In their words (optional)",
                          .value = f.Value("persons_words"),
                          .hint = "How they saw it, as they said it",
                          .error = f.Error("persons_words"),
                          .rows = 3});
  SecondaryButton(h, "End episode " + std::to_string(e.ordinal));
  h << "</form>\n";
}

}  // namespace

void EpisodeForms(Html& h, const RecordPageView& v) {
  const Episode* active = ActiveEpisodeIn(v.record, v.team_id);
  if (active == nullptr) {
    OpenForm(h, v);
    return;
  }
  KeyworkerForm(h, v, *active);
  ReviewForm(h, v, *active);
  PlannedEndingForm(h, v, *active);
  EndingForm(h, v, *active);
}

}  // namespace lw::web::record

// The plan pages' rendering (plan_pages.h); the handlers are in
// plan_handlers.cc.
#include "web/plan_pages.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <variant>

#include "domain/frontdoor/date_input.h"
#include "web/components.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"
#include "web/page_support.h"

namespace lw::web {

namespace {

std::string NameOf(const Person& p) {
  return p.family_name.empty() ? p.given_name : p.given_name + " " + p.family_name;
}

std::string PlanPath(const Person& p, std::string_view rest = {}) {
  return "/people/" + p.id + "/plan" + std::string(rest);
}

std::string WhoseWords(EnteredBy by) {
  switch (by) {
    case EnteredBy::kTogether:
      return "Written together by the person and their practitioner";
    case EnteredBy::kPerson:
      return "In the person's own words, written by them";
    case EnteredBy::kPractitioner:
      return "Written by the practitioner, from what the person said";
  }
  return "";
}

std::string ChangedLine(const MyPlan& plan, const ChangeMeta* change,
                        const FrontDoorDirectory& directory) {
  const std::string who =
      directory.WorkerName(change != nullptr ? change->changed_by : plan.updated_by_user_id);
  const Timestamp at = change != nullptr ? change->changed_at : plan.updated_at;
  return "Version " + std::to_string(plan.version) + ", changed by " + who + " on " +
         FormatLondon(at) + ".";
}

void SectionText(Html& h, std::string_view text) {
  if (text.empty()) {
    h << "<p class=\"nhsuk-body lw-plan__empty\">Nothing written yet.</p>\n";
  } else {
    h << "<p class=\"nhsuk-body lw-plan__text\">";
    MultilineText(h, text);
    h << "</p>\n";
  }
}

std::string ActionLine(const PlanAction& a) {
  std::string line = a.who + ": " + a.what;
  if (a.by_when) line += ", by " + a.by_when->ToDisplay();
  line += a.done ? " (done)" : " (to do)";
  return line;
}

void Actions(Html& h, const MyPlan& plan, int level) {
  if (level == 2) {
    h << "<h2 class=\"nhsuk-heading-m\" id=\"actions\">" << Text(kPlanActionsTitle) << "</h2>\n";
  } else {
    h << "<h3 class=\"nhsuk-heading-s\" id=\"actions\">" << Text(kPlanActionsTitle) << "</h3>\n";
  }
  if (plan.actions.empty()) {
    h << "<p class=\"nhsuk-body lw-plan__empty\">No actions agreed yet.</p>\n";
    return;
  }
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption "
       "nhsuk-u-visually-hidden\">Who does what by when</caption>\n"
       "<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">"
       "<th scope=\"col\" class=\"nhsuk-table__header\">Who</th>"
       "<th scope=\"col\" class=\"nhsuk-table__header\">What</th>"
       "<th scope=\"col\" class=\"nhsuk-table__header\">By when</th>"
       "<th scope=\"col\" class=\"nhsuk-table__header\">Done</th></tr></thead>\n"
       "<tbody class=\"nhsuk-table__body\">\n";
  for (const PlanAction& a : plan.actions) {
    h << "<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\">" << Text(a.who)
      << "</td><td class=\"nhsuk-table__cell\">" << Text(a.what)
      << "</td><td class=\"nhsuk-table__cell\">"
      << Text(a.by_when ? a.by_when->ToDisplay() : std::string("No date"))
      << "</td><td class=\"nhsuk-table__cell\">" << Text(a.done ? "Done" : "Not yet")
      << "</td></tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

// The whole plan by section: story, actions, safety plan. `level` is the
// heading level of each section (2 on its own page).
void PlanBody(Html& h, const MyPlan& plan) {
  bool safety_started = false;
  for (const PlanSection& s : kPlanSections) {
    if (s.part == PlanPart::kSafety && !safety_started) {
      safety_started = true;
      Actions(h, plan, 2);
      h << "<h2 class=\"nhsuk-heading-m\" id=\"safety\">" << Text(kSafetyPlanTitle) << "</h2>\n";
    }
    const bool safety = s.part == PlanPart::kSafety;
    if (safety) {
      h << "<h3 class=\"nhsuk-heading-s\" id=\"" << Attr(s.key) << "\">" << Text(s.title)
        << "</h3>\n";
    } else {
      h << "<h2 class=\"nhsuk-heading-m\" id=\"" << Attr(s.key) << "\">" << Text(s.title)
        << "</h2>\n";
    }
    SectionText(h, s.text(plan));
  }
}

Html TwoColumns() {
  Html h;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  return h;
}

void Close(Html& h) { h << "</div>\n</div>\n"; }

void LinkParagraph(Html& h, const std::string& href, std::string_view text) {
  h << "<p class=\"nhsuk-body\"><a class=\"nhsuk-link\" href=\"" << Attr(href) << "\">"
    << Text(text) << "</a></p>\n";
}

std::string DoneMessage(std::string_view done) {
  if (done == "saved") return "The plan has been saved as a new version";
  if (done == "imported") return "The plan has been imported as a new version";
  return "";
}

}  // namespace

Page PlanPage(const PlanPageView& v) {
  const Person& person = v.view.person;
  const MyPlan& plan = v.view.plan;
  Page page{.title = "My Story / My Plan: " + NameOf(person), .section = NavSection::kPeople};
  Html& h = page.content;
  h << TwoColumns();
  if (std::string done = DoneMessage(v.done); !done.empty()) SuccessBanner(h, done);
  h << "<span class=\"nhsuk-caption-l\">" << Text(NameOf(person)) << "</span>\n"
    << "<h1 class=\"nhsuk-heading-l\">My Story / My Plan</h1>\n";
  if (plan.version == 0) {
    h << "<p class=\"nhsuk-body\">Nothing has been written yet. Write it with them, in their "
         "words: it can be added to over several conversations.</p>\n";
  } else {
    h << "<p class=\"nhsuk-body\" id=\"last-change\">"
      << Text(ChangedLine(plan, nullptr, v.directory)) << " " << Text(WhoseWords(plan.entered_by))
      << ".</p>\n";
  }
  h << "<ul class=\"nhsuk-list lw-plan__links\">\n";
  if (v.view.may_change) {
    h << "<li><a class=\"nhsuk-link\" href=\"" << Attr(PlanPath(person, "/edit")) << "\">"
      << Text(plan.version == 0 ? "Write the plan" : "Change the plan") << "</a></li>\n";
  }
  if (plan.version > 0) {
    h << "<li><a class=\"nhsuk-link\" href=\"" << Attr(PlanPath(person, "/versions"))
      << "\">Every version, and what changed</a></li>\n"
      << "<li><a class=\"nhsuk-link\" href=\"" << Attr(PlanPath(person, "/print"))
      << "\">Print the plan for them to take away</a></li>\n"
      << "<li><a class=\"nhsuk-link\" href=\"" << Attr(PlanPath(person, "/export"))
      << "\">Export the plan for another service</a></li>\n";
  }
  if (v.view.may_change) {
    h << "<li><a class=\"nhsuk-link\" href=\"" << Attr(PlanPath(person, "/import"))
      << "\">Import a plan from another service</a></li>\n";
  }
  h << "<li><a class=\"nhsuk-link\" href=\"/people/" << Attr(person.id)
    << "/goals\">Their goals, with ratings over time</a></li>\n"
    << "</ul>\n";
  PlanBody(h, plan);
  LinkParagraph(h, "/people/" + person.id + "/record", "Back to their record");
  Close(h);
  return page;
}

PlanFormInput ParsePlanForm(const http::Form& form) {
  PlanFormInput in;
  for (const PlanSection& s : kPlanSections)
    s.mutable_text(in.plan) = std::string(form.Value(s.key));
  for (int i = 0; i < static_cast<int>(kMaxPlanActions) + 5; ++i) {
    const std::string p = "action_" + std::to_string(i) + "_";
    if (!form.Get(p + "who") && !form.Get(p + "what")) continue;
    PlanAction a{.who = std::string(form.Value(p + "who")),
                 .what = std::string(form.Value(p + "what"))};
    a.done = form.Value(p + "done") == "yes";
    auto parsed = ParseDateInput(form.Value(p + "by_when_day"), form.Value(p + "by_when_month"),
                                 form.Value(p + "by_when_year"), "The date");
    if (const auto* message = std::get_if<std::string>(&parsed)) {
      in.errors.push_back({p + "by_when", *message});
    } else {
      a.by_when = std::get<std::optional<Date>>(parsed);
    }
    in.plan.actions.push_back(std::move(a));
  }
  in.entered_by = std::string(form.Value("entered_by"));
  if (!ParseEnteredBy(in.entered_by)) {
    in.errors.push_back({"entered_by", "Choose whose words these are"});
  }
  const std::string_view based = form.Value("based_on");
  in.based_on = based == "0" ? std::optional<long long>(0) : ParseVersion(based);
  in.add = std::string(form.Value("add"));
  return in;
}

namespace {

void ConflictBlocks(Html& h, const MyPlan& stored, const MyPlan& mine,
                    const FrontDoorDirectory& directory) {
  WarningCallout(h, "Someone changed this plan while you were writing",
                 Html() << "<p>" << Text(ChangedLine(stored, nullptr, directory))
                        << " Nothing you wrote has been lost, and nothing has been saved yet. "
                           "Below, for each part that differs, is what is saved now and what you "
                           "wrote. The form keeps your words: change them if you need to, then "
                           "save again.</p>\n");
  PlanComparison c = ComparePlans(stored, mine);
  for (const SectionChange& s : c.sections) {
    if (!s.changed) continue;
    h << "<h2 class=\"nhsuk-heading-s\">" << Text(s.section->title) << "</h2>\n"
      << "<div class=\"nhsuk-grid-row lw-plan__sides\">\n"
         "<div class=\"nhsuk-grid-column-one-half\"><h3 class=\"nhsuk-heading-xs\">Saved now "
         "(version "
      << stored.version << ")</h3><div class=\"lw-plan__saved\">";
    SectionText(h, s.older);
    h << "</div></div>\n<div class=\"nhsuk-grid-column-one-half\"><h3 "
         "class=\"nhsuk-heading-xs\">What you wrote</h3><div class=\"lw-plan__mine\">";
    SectionText(h, s.newer);
    h << "</div></div>\n</div>\n";
  }
  if (c.actions_changed) {
    h << "<h2 class=\"nhsuk-heading-s\">" << Text(kPlanActionsTitle) << "</h2>\n"
      << "<div class=\"nhsuk-grid-row lw-plan__sides\">\n"
         "<div class=\"nhsuk-grid-column-one-half\"><h3 class=\"nhsuk-heading-xs\">Saved now</h3>"
         "<ul class=\"nhsuk-list\">";
    for (const PlanAction& a : stored.actions) h << "<li>" << Text(ActionLine(a)) << "</li>";
    h << "</ul></div>\n<div class=\"nhsuk-grid-column-one-half\"><h3 "
         "class=\"nhsuk-heading-xs\">What you wrote</h3><ul class=\"nhsuk-list\">";
    for (const PlanAction& a : mine.actions) h << "<li>" << Text(ActionLine(a)) << "</li>";
    h << "</ul></div>\n</div>\n";
  }
}

void ActionRow(Html& h, int i, const PlanAction& a, std::span<const FieldError> errors) {
  const std::string p = "action_" + std::to_string(i) + "_";
  const std::string who = p + "who", what = p + "what", by = p + "by_when", done = p + "done";
  const std::string legend = "Action " + std::to_string(i + 1);
  h << "<fieldset class=\"nhsuk-fieldset lw-plan__action\">\n<legend "
       "class=\"nhsuk-fieldset__legend "
       "nhsuk-fieldset__legend--s\">"
    << Text(legend) << "</legend>\n";
  TextInput(h, InputField{.id = who,
                          .label = "Who",
                          .value = a.who,
                          .hint = "For example, me, or the name of someone helping",
                          .error = ErrorFor(errors, who),
                          .width = 20});
  TextInput(
      h, InputField{.id = what, .label = "What", .value = a.what, .error = ErrorFor(errors, what)});
  const std::string day = a.by_when ? std::to_string(a.by_when->day()) : "";
  const std::string month = a.by_when ? std::to_string(a.by_when->month()) : "";
  const std::string year = a.by_when ? std::to_string(a.by_when->year()) : "";
  const std::string dn = by + "_day", mn = by + "_month", yn = by + "_year";
  DateInput(h, DateField{.id = by,
                         .legend = "By when (optional)",
                         .hint = "For example, 15 6 2026",
                         .error = ErrorFor(errors, by),
                         .day_name = dn,
                         .month_name = mn,
                         .year_name = yn,
                         .day = day,
                         .month = month,
                         .year = year});
  static const Choice kDone[] = {{.value = "yes", .label = "Done"}};
  const std::vector<std::string> checked =
      a.done ? std::vector<std::string>{"yes"} : std::vector<std::string>{};
  Checkboxes(h, ChoiceGroup{.name = done, .choices = kDone, .small = true}, checked);
  h << "</fieldset>\n";
}

}  // namespace

Page PlanEditPage(const PlanEditView& v) {
  Page page{.title = v.stored ? "Someone changed this plan while you were writing"
                              : "Write My Story / My Plan",
            .status = v.status,
            .has_errors = !v.errors.empty(),
            .section = NavSection::kPeople};
  Html& h = page.content;
  h << TwoColumns();
  ErrorSummary(h, v.errors);
  h << "<span class=\"nhsuk-caption-l\">" << Text(NameOf(v.person)) << "</span>\n"
    << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n";
  if (v.stored) ConflictBlocks(h, *v.stored, v.plan, v.directory);
  h << "<p class=\"nhsuk-body\">Write in their words. Every part can be left empty and added to "
       "later. Each save keeps the earlier versions.</p>\n"
    << "<form method=\"post\" action=\"" << Attr(PlanPath(v.person, "/edit")) << "\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  HiddenField(h, "based_on", std::to_string(v.based_on));
  DefaultSubmitButton(h, "Save the plan");  // Enter saves, not "Add another action"
  static const auto kWhose = [] {
    std::array<Choice, kAllEnteredBy.size()> choices{};
    for (std::size_t i = 0; i < kAllEnteredBy.size(); ++i) {
      choices[i] = {.value = EnteredByKey(kAllEnteredBy[i]),
                    .label = EnteredByDisplayName(kAllEnteredBy[i])};
    }
    return choices;
  }();
  Radios(h,
         ChoiceGroup{.name = "entered_by",
                     .legend = "Whose words are these?",
                     .error = ErrorFor(v.errors, "entered_by"),
                     .choices = kWhose},
         v.entered_by);
  bool safety_started = false;
  for (const PlanSection& s : kPlanSections) {
    if (s.part == PlanPart::kSafety && !safety_started) {
      safety_started = true;
      h << "<h2 class=\"nhsuk-heading-m\" id=\"actions\">" << Text(kPlanActionsTitle) << "</h2>\n";
      if (const std::string_view e = ErrorFor(v.errors, kPlanActionsKey); !e.empty()) {
        ErrorMessage(h, kPlanActionsKey, e);
      }
      int i = 0;
      for (const PlanAction& a : v.plan.actions) ActionRow(h, i++, a, v.errors);
      for (int k = 0; k < v.empty_rows; ++k) ActionRow(h, i++, PlanAction{}, v.errors);
      h << "<button class=\"nhsuk-button nhsuk-button--secondary\" data-module=\"nhsuk-button\" "
           "type=\"submit\" name=\"add\" value=\"action\">Add another action</button>\n"
        << "<h2 class=\"nhsuk-heading-m\">" << Text(kSafetyPlanTitle) << "</h2>\n";
    }
    Textarea(h, TextareaField{.id = s.key,
                              .label = s.title,
                              .hint = s.hint,
                              .value = s.text(v.plan),
                              .error = ErrorFor(v.errors, s.key),
                              .rows = s.key == "my_story" ? 8 : 4});
  }
  SubmitButton(h, "Save the plan");
  h << "</form>\n";
  LinkParagraph(h, PlanPath(v.person), "Back to the plan, without saving");
  Close(h);
  return page;
}

Page PlanVersionsPage(const PlanVersionsView& v) {
  const Person& person = v.history.person;
  Page page{.title = "Versions of the plan", .section = NavSection::kPeople};
  Html& h = page.content;
  h << TwoColumns();
  h << "<span class=\"nhsuk-caption-l\">" << Text(NameOf(person)) << "</span>\n"
    << "<h1 class=\"nhsuk-heading-l\">Versions of the plan</h1>\n";
  if (v.history.versions.empty()) {
    h << "<p class=\"nhsuk-body\">Nothing has been written yet.</p>\n";
  } else {
    h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption\">Newest "
         "first</caption>\n<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">"
         "<th scope=\"col\" class=\"nhsuk-table__header\">Version</th>"
         "<th scope=\"col\" class=\"nhsuk-table__header\">When and who</th>"
         "<th scope=\"col\" class=\"nhsuk-table__header\">Whose words</th>"
         "<th scope=\"col\" class=\"nhsuk-table__header\">What changed</th></tr></thead>\n"
         "<tbody class=\"nhsuk-table__body\">\n";
    for (const PlanVersionEntry& e : v.history.versions) {
      std::string changed;
      for (std::string_view t : e.changed)
        changed += (changed.empty() ? "" : "; ") + std::string(t);
      if (changed.empty()) changed = "Nothing (saved again)";
      h << "<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\"><a class=\"nhsuk-link\" "
           "href=\""
        << Attr(PlanPath(person, "/versions/" + std::to_string(e.plan.version))) << "\">Version "
        << e.plan.version << "</a></td><td class=\"nhsuk-table__cell\">"
        << Text(FormatLondon(e.change.changed_at)) << ", "
        << Text(v.directory.WorkerName(e.change.changed_by)) << "<br>" << Text(e.change.reason)
        << "</td><td class=\"nhsuk-table__cell\">" << Text(EnteredByDisplayName(e.plan.entered_by))
        << "</td><td class=\"nhsuk-table__cell\">" << Text(changed) << "</td></tr>\n";
    }
    h << "</tbody>\n</table>\n";
    if (v.history.versions.size() >= 2) {
      const long long newest = v.history.versions.front().plan.version;
      h << "<h2 class=\"nhsuk-heading-m\">Compare two versions</h2>\n"
        << "<form method=\"get\" action=\"" << Attr(PlanPath(person, "/compare")) << "\">\n";
      TextInput(h, InputField{.id = "from",
                              .label = "Older version",
                              .value = std::to_string(newest - 1),
                              .type = "number",
                              .width = 3});
      TextInput(h, InputField{.id = "to",
                              .label = "Newer version",
                              .value = std::to_string(newest),
                              .type = "number",
                              .width = 3});
      SubmitButton(h, "Compare");
      h << "</form>\n";
    }
  }
  LinkParagraph(h, PlanPath(person), "Back to the plan");
  Close(h);
  return page;
}

Page PlanVersionPage(const PlanOneVersionView& v) {
  const Person& person = v.version.person;
  const PlanVersionEntry& e = v.version.version;
  Page page{.title = "Version " + std::to_string(e.plan.version) + " of the plan",
            .section = NavSection::kPeople};
  Html& h = page.content;
  h << TwoColumns();
  h << "<span class=\"nhsuk-caption-l\">" << Text(NameOf(person)) << "</span>\n"
    << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n"
    << "<p class=\"nhsuk-body\">" << Text(ChangedLine(e.plan, &e.change, v.directory)) << " "
    << Text(WhoseWords(e.plan.entered_by)) << ".</p>\n";
  if (e.plan.version < v.version.latest) {
    InsetText(h, Html() << "<p>This is an earlier version. <a class=\"nhsuk-link\" href=\""
                        << Attr(PlanPath(person)) << "\">See the latest</a>, or <a "
                        << "class=\"nhsuk-link\" href=\""
                        << Attr(PlanPath(person, "/compare?from=" + std::to_string(e.plan.version) +
                                                     "&to=" + std::to_string(v.version.latest)))
                        << "\">compare it with the latest</a>.</p>\n");
  }
  PlanBody(h, e.plan);
  LinkParagraph(h, PlanPath(person, "/versions"), "Back to the versions");
  Close(h);
  return page;
}

Page PlanComparePage(const PlanCompareViewPage& v) {
  const PlanCompareView& c = v.compare;
  const Person& person = c.person;
  Page page{.title = "Changes from version " + std::to_string(c.from.plan.version) +
                     " to version " + std::to_string(c.to.plan.version),
            .section = NavSection::kPeople};
  Html& h = page.content;
  h << TwoColumns();
  h << "<span class=\"nhsuk-caption-l\">" << Text(NameOf(person)) << "</span>\n"
    << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n"
    << "<p class=\"nhsuk-body\">Before: "
    << Text(ChangedLine(c.from.plan, &c.from.change, v.directory)) << " "
    << Text(WhoseWords(c.from.plan.entered_by)) << ".</p>\n"
    << "<p class=\"nhsuk-body\">After: " << Text(ChangedLine(c.to.plan, &c.to.change, v.directory))
    << " " << Text(WhoseWords(c.to.plan.entered_by)) << ".</p>\n";
  const std::vector<std::string_view> titles = c.comparison.ChangedTitles();
  if (titles.empty()) {
    h << "<p class=\"nhsuk-body\">Nothing changed between these versions.</p>\n";
  }
  auto section = [&](std::string_view title, const Html& before, const Html& after) {
    h << "<h2 class=\"nhsuk-heading-m\">" << Text(title) << "</h2>\n"
      << "<h3 class=\"nhsuk-heading-xs\">Before (version " << c.from.plan.version
      << ")</h3>\n<del class=\"lw-plan__before\">" << before << "</del>\n"
      << "<h3 class=\"nhsuk-heading-xs\">After (version " << c.to.plan.version
      << ")</h3>\n<ins class=\"lw-plan__after\">" << after << "</ins>\n";
  };
  bool actions_shown = false;
  auto actions = [&] {
    if (actions_shown || !c.comparison.actions_changed) return;
    actions_shown = true;
    Html before, after;
    before << "<span class=\"lw-plan__lines\">";
    after << "<span class=\"lw-plan__lines\">";
    for (const PlanAction& a : c.from.plan.actions) before << Text(ActionLine(a)) << "<br>";
    for (const PlanAction& a : c.to.plan.actions) after << Text(ActionLine(a)) << "<br>";
    if (c.from.plan.actions.empty()) before << "No actions";
    if (c.to.plan.actions.empty()) after << "No actions";
    before << "</span>";
    after << "</span>";
    section(kPlanActionsTitle, before, after);
  };
  for (const SectionChange& s : c.comparison.sections) {
    if (s.section->part == PlanPart::kSafety) actions();
    if (!s.changed) continue;
    Html before, after;
    before << "<span class=\"lw-plan__lines\">";
    MultilineText(before, s.older.empty() ? std::string_view("Nothing written") : s.older);
    before << "</span>";
    after << "<span class=\"lw-plan__lines\">";
    MultilineText(after, s.newer.empty() ? std::string_view("Nothing written") : s.newer);
    after << "</span>";
    section(s.section->title, before, after);
  }
  actions();
  LinkParagraph(h, PlanPath(person, "/versions"), "Back to the versions");
  Close(h);
  return page;
}

Page PlanPrintPage(const PlanPrintView& v) {
  const Person& person = v.view.person;
  const MyPlan& plan = v.view.plan;
  Page page{.title = "My Story / My Plan: " + NameOf(person), .section = NavSection::kPeople};
  Html& h = page.content;
  h << "<div class=\"lw-print\">\n"
    << "<p class=\"lw-no-print nhsuk-body\"><a class=\"nhsuk-link\" href=\""
    << Attr(PlanPath(person)) << "\">Back to the plan</a>. Use your browser's Print to print "
    << "this page or save it as a PDF.</p>\n"
    << "<h1 class=\"nhsuk-heading-l\">My Story / My Plan: " << Text(NameOf(person)) << "</h1>\n"
    << "<p class=\"nhsuk-body lw-print__meta\">Printed " << Text(v.today.ToDisplay())
    << ". Version " << plan.version;
  if (plan.version > 0) {
    h << ", last changed " << Text(FormatLondon(plan.updated_at)) << ". "
      << Text(WhoseWords(plan.entered_by));
  }
  h << ".</p>\n";
  PlanBody(h, plan);
  h << "</div>\n";
  return page;
}

Page PlanImportPage(const PlanImportView& v) {
  Page page{.title = "Import a plan from another service",
            .status = v.status,
            .has_errors = !v.errors.empty() || !v.problem.empty(),
            .section = NavSection::kPeople};
  Html& h = page.content;
  h << TwoColumns();
  frontdoor::ErrorSummaryWith(h, v.problem, v.errors);
  h << "<span class=\"nhsuk-caption-l\">" << Text(NameOf(v.person)) << "</span>\n"
    << "<h1 class=\"nhsuk-heading-l\">Import a plan from another service</h1>\n"
    << "<p class=\"nhsuk-body\">Paste the plan document another Living Well service exported "
       "for them. It becomes a new version of their plan here; the versions already here are "
       "kept. The document must be about this person: their NHS number, or their name and date "
       "of birth, must match.</p>\n"
    << "<form method=\"post\" action=\"" << Attr(PlanPath(v.person, "/import"))
    << "\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  HiddenField(h, "based_on", std::to_string(v.based_on));
  std::string first_error;
  for (const FieldError& e : v.errors) {
    first_error += (first_error.empty() ? "" : ". ") + e.message;
  }
  Textarea(h, TextareaField{.id = "document",
                            .label = "The plan document",
                            .hint = "It starts with {\"format\": \"livingwell-plan\"",
                            .value = v.document,
                            .error = first_error,
                            .rows = 12,
                            .spellcheck = false});
  SubmitButton(h, "Import the plan");
  h << "</form>\n";
  LinkParagraph(h, PlanPath(v.person), "Back to the plan");
  Close(h);
  return page;
}

}  // namespace lw::web

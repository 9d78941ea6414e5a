// GET /people/{id}/goals and /people/{id}/goals/{gid} (progress_pages.h).
#include <algorithm>
#include <string>
#include <vector>

#include "web/components.h"
#include "web/progress_parts.h"

namespace lw::web {

using progress::Cell;
using progress::FormView;
using progress::FullName;

namespace {

std::string_view AreaName(const std::vector<LifeArea>* areas, std::string_view key) {
  if (areas != nullptr) {
    if (const LifeArea* a = FindLifeArea(*areas, key)) return a->name;
  }
  return key;
}

std::vector<frontdoor::Choice> RatingChoices() {
  std::vector<frontdoor::Choice> out;
  for (int r = kLowestGoalRating; r <= kHighestGoalRating; ++r) {
    std::string hint;
    if (r == kLowestGoalRating) hint = "Not at all close to reaching it";
    if (r == kHighestGoalRating) hint = "Reached it";
    out.push_back({std::to_string(r), std::to_string(r), hint});
  }
  return out;
}

void RatingRadios(Html& h, const FormView& form, std::string_view name, std::string_view legend,
                  std::string_view hint, std::string_view error) {
  const std::vector<frontdoor::Choice> choices = RatingChoices();
  const std::string_view checked[] = {form.Value(name)};
  frontdoor::Radios(h, {.id = name,
                        .name = name,
                        .legend = legend,
                        .hint = hint,
                        .error = error,
                        .choices = choices,
                        .checked = checked,
                        .small = true,
                        .inline_items = true});
}

std::string Ratings(const Goal& g) {
  std::string out;
  for (const GoalRating& r : g.ratings) {
    if (!out.empty()) out += ", ";
    out += std::to_string(r.rating) + " (" + r.on.ToDisplay() + ")";
  }
  return out.empty() ? "Not rated yet" : out;
}

void StatusTag(Html& h, GoalStatus s) {
  switch (s) {
    case GoalStatus::kActive:
      frontdoor::Tag(h, "nhsuk-tag--blue", GoalStatusDisplayName(s));
      break;
    case GoalStatus::kAchieved:
      frontdoor::Tag(h, "nhsuk-tag--green", GoalStatusDisplayName(s));
      break;
    case GoalStatus::kSetAside:
      frontdoor::Tag(h, "nhsuk-tag--grey", GoalStatusDisplayName(s));
      break;
    case GoalStatus::kCarriedForward:
      frontdoor::Tag(h, "nhsuk-tag--purple", GoalStatusDisplayName(s));
      break;
  }
}

void SetGoalForm(Html& h, const GoalsPageView& v) {
  const FormView form(v.refusal, "set");
  h << "<h2 class=\"nhsuk-heading-m\" id=\"set-a-goal\">Set a goal</h2>\n";
  progress::FormStart(h, "/people/" + v.goals.person.id + "/goals", v.csrf_token);
  frontdoor::Textarea(h, {.id = "text",
                          .name = "text",
                          .label = "The goal, in their own words",
                          .value = form.Value("text"),
                          .hint = "Up to 500 characters",
                          .error = form.Error("text"),
                          .rows = 3,
                          .bold_label = true});
  std::vector<frontdoor::Choice> areas = {{"", "Choose a life area", ""}};
  if (v.life_areas != nullptr) {
    for (const LifeArea& a : *v.life_areas) areas.push_back({a.key, a.name, ""});
  }
  frontdoor::Select(h, {.id = "life_area",
                        .name = "life_area",
                        .label = "Which part of their life is it about?",
                        .options = areas,
                        .selected = form.Value("life_area"),
                        .error = form.Error("life_area")});
  RatingRadios(h, form, "first_rating", "How close are they to reaching it now? (optional)",
               "Goal Based Outcomes: 0 is not at all close, 10 is reached it",
               form.Error("rating"));
  progress::EnteredByRadios(h, form, "Whose answers are these?");
  SubmitButton(h, "Set the goal");
  h << "</form>\n";
}

}  // namespace

Page GoalsPage(const GoalsPageView& v) {
  Page page;
  page.title = FullName(v.goals.person) + "'s goals";
  page.status = v.refusal.status;
  page.has_errors = !v.refusal.errors.empty() || !v.refusal.problem.empty();
  page.section = NavSection::kPeople;
  Html& h = page.content;
  static constexpr std::pair<std::string_view, std::string_view> kRenames[] = {
      {"rating", "first_rating"}};
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-full\">\n";
  progress::Top(h, page.title, v.done == "set" ? "Goal set" : "", v.refusal, kRenames);
  progress::PersonNav(h, v.goals.person.id, "goals");
  if (v.goals.goals.empty()) {
    h << "<p>No goals yet.</p>\n";
  } else {
    static constexpr std::string_view kHeaders[] = {"Goal", "Life area", "Set on",
                                                    "Ratings (0 to 10) over time", "Status"};
    progress::TableStart(h, "Their goals", kHeaders);
    for (const Goal& g : v.goals.goals) {
      h << "<tr class=\"nhsuk-table__row\">\n<td class=\"nhsuk-table__cell\"><a "
           "class=\"nhsuk-link\" href=\"/people/"
        << Attr(g.person_id) << "/goals/" << Attr(g.id) << "\">" << Text(g.text) << "</a></td>\n";
      Cell(h, AreaName(v.life_areas, g.life_area));
      Cell(h, g.set_on.ToDisplay());
      Cell(h, Ratings(g));
      h << "<td class=\"nhsuk-table__cell\">";
      StatusTag(h, g.status);
      h << "</td>\n</tr>\n";
    }
    progress::TableEnd(h);
  }
  SetGoalForm(h, v);
  h << "</div>\n</div>\n";
  return page;
}

Page GoalPage(const GoalPageView& v) {
  const Goal& g = v.goal.goal;
  Page page;
  page.title = "Goal: " + g.text;
  page.status = v.refusal.status;
  page.has_errors = !v.refusal.errors.empty() || !v.refusal.problem.empty();
  page.section = NavSection::kPeople;
  Html& h = page.content;
  std::string done;
  if (v.done == "rated") done = "Rating saved";
  if (v.done == "status") done = "Goal marked " + std::string(GoalStatusKey(g.status));
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  progress::Top(h, page.title, done, v.refusal);
  h << "<p>" << Text(FullName(v.goal.person)) << "'s goal, about "
    << Text(AreaName(v.life_areas, g.life_area)) << ", set on " << Text(g.set_on.ToDisplay())
    << ". ";
  StatusTag(h, g.status);
  h << "</p>\n";
  if (!g.status_note.empty()) h << "<p>" << Text(g.status_note) << "</p>\n";
  if (g.ratings.empty()) {
    h << "<p>Not rated yet.</p>\n";
  } else {
    static constexpr std::string_view kHeaders[] = {"Date", "Rating (0 to 10)", "Whose answer",
                                                    "Note"};
    progress::TableStart(h, "Ratings over time", kHeaders);
    for (const GoalRating& r : g.ratings) {
      h << "<tr class=\"nhsuk-table__row\">\n";
      Cell(h, r.on.ToDisplay(), true);
      Cell(h, std::to_string(r.rating));
      Cell(h, EnteredByDisplayName(r.entered_by));
      Cell(h, r.note.value_or(""));
      h << "</tr>\n";
    }
    progress::TableEnd(h);
  }
  const std::string base = "/people/" + g.person_id + "/goals/" + g.id;
  if (g.IsOpen()) {
    const FormView rate(v.refusal, "rate");
    h << "<h2 class=\"nhsuk-heading-m\" id=\"rate-again\">Rate it again</h2>\n";
    progress::FormStart(h, base + "/ratings", v.csrf_token);
    frontdoor::Hidden(h, "version", std::to_string(g.version));
    RatingRadios(h, rate, "rating", "How close are they to reaching it now?",
                 "0 is not at all close, 10 is reached it", rate.Error("rating"));
    progress::OnDate(h, rate, "When was it rated?");
    progress::EnteredByRadios(h, rate, "Whose answer is this?");
    frontdoor::Textarea(h, {.id = "note",
                            .name = "note",
                            .label = "Note (optional)",
                            .value = rate.Value("note"),
                            .error = rate.Error("note"),
                            .rows = 2,
                            .bold_label = true});
    SubmitButton(h, "Save the rating");
    h << "</form>\n";

    const FormView status(v.refusal, "status");
    h << "<h2 class=\"nhsuk-heading-m\" id=\"change-status\">Change its status</h2>\n";
    progress::FormStart(h, base + "/status", v.csrf_token);
    frontdoor::Hidden(h, "version", std::to_string(g.version));
    std::vector<frontdoor::Choice> choices;
    for (GoalStatus s :
         {GoalStatus::kAchieved, GoalStatus::kSetAside, GoalStatus::kCarriedForward}) {
      if (s == g.status) continue;
      std::string hint = s == GoalStatus::kCarriedForward
                             ? "It continues into their next plan or episode, and can still be "
                               "rated"
                             : "";
      choices.push_back(
          {std::string(GoalStatusKey(s)), std::string(GoalStatusDisplayName(s)), hint});
    }
    const std::string_view checked[] = {status.Value("status")};
    frontdoor::Radios(h, {.id = "status",
                          .name = "status",
                          .legend = "What has happened with this goal?",
                          .error = status.Error("status"),
                          .choices = choices,
                          .checked = checked});
    frontdoor::Textarea(h, {.id = "status_note",
                            .name = "status_note",
                            .label = "Note (optional)",
                            .value = status.Value("status_note"),
                            .error = status.Error("status_note"),
                            .rows = 2,
                            .bold_label = true});
    SubmitButton(h, "Save the status");
    h << "</form>\n";
  }
  h << "<p><a class=\"nhsuk-link\" href=\"/people/" << Attr(g.person_id)
    << "/goals\">Back to their goals</a></p>\n</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

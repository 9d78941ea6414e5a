// The person's progress pages (issue 6, points 2, 3, 5 and 6): goals, the
// Wheel of Life, questionnaires given, and the change over time. Each
// handler is one ProgressService call (progress_service.h) and needs
// WebDeps::progress (no service: not registered). Care roles only; the
// service decides, person by person, who may see and change what (a
// refusal is the 404 page, as for no such person).
//
// Routes (RegisterProgressPages in page_support.h):
//   GET  /people/{id}/goals            goals, their ratings over time (a
//        table) and status; the "Set a goal" form. "?done=set" a banner.
//   POST /people/{id}/goals            SetGoal: text, life_area,
//        first_rating (0-10 radios, optional), entered_by; 303 to
//        /people/{id}/goals?done=set.
//   GET  /people/{id}/goals/{gid}      the goal, its ratings, the forms to
//        rate it again and to mark it achieved / set aside / carried
//        forward (each with the goal's version). "?done=rated|status".
//   POST /people/{id}/goals/{gid}/ratings  RateGoal: version, rating,
//        on_day/on_month/on_year (empty: today), entered_by, note.
//   POST /people/{id}/goals/{gid}/status   ChangeGoalStatus: version,
//        status, status_note.
//   GET  /people/{id}/wheel            the latest check-ins (up to four)
//        as a radar chart with a legend, every check-in's numbers as a
//        table (area x check-in), and the "New check-in" form: a fieldset
//        of radios 1-10 per area (area_<key>; unanswered: skipped), the
//        date, whose answers.
//   POST /people/{id}/wheel            RecordCheckIn; 303 ?done=check-in.
//   GET  /people/{id}/questionnaires   responses so far (instrument,
//        occasion, date, status, score) and "Give a questionnaire"
//        (instrument, occasion, entered_by: a GET form to the next page).
//   GET  /people/{id}/questionnaires/new?instrument=&occasion=&entered_by=
//        every item as a fieldset of radios (the item's own response
//        options, its text as the definition has it: placeholders shown as
//        they are), and the date. An unknown instrument, occasion or
//        entered_by is a 422 page with the error summary.
//   POST /people/{id}/questionnaires   RecordResponse (the fields above as
//        hidden fields; each item's radios named by the item's id; an item
//        left unanswered is missing); 303 to the response's page.
//   GET  /people/{id}/questionnaires/{rid}  the item-level answers (with
//        their labels), the score, its status and why.
//   GET  /people/{id}/progress         each measure: first and latest
//        score, the change and its classification in words, the
//        thresholds used, a line chart over time and its numbers as a
//        table; goals' first and latest ratings and their change; a link to
//        the Wheel of Life.
// kInvalidArgument re-renders the form's page (422) with the NHS error
// summary and each error beside its field, with what was typed; a stale
// version is 409 (nothing saved, the latest shown); kFailedPrecondition
// (a goal that takes no more ratings) 409 with the service's message; a
// missing or malformed version is a 400 page; kNotFound the 404 page.
//
// The page functions below render without I/O, for tests.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"
#include "http/request.h"
#include "services/progress_service.h"
#include "web/layout.h"

namespace lw::web {

// What a form's page shows when a change was refused.
struct Refusal {
  std::string form;  // which form: "set", "rate", "status", "check-in", "give"
  http::Form typed;
  std::vector<FieldError> errors;
  std::string problem;  // a refusal that names no field
  int status = 200;
};

struct GoalsPageView {
  GoalsView goals;
  const std::vector<LifeArea>* life_areas = nullptr;  // not owned
  std::string csrf_token;
  std::string done;
  Refusal refusal;
};
Page GoalsPage(const GoalsPageView& view);

struct GoalPageView {
  GoalView goal;
  const std::vector<LifeArea>* life_areas = nullptr;
  std::string csrf_token;
  std::string done;
  Refusal refusal;
};
Page GoalPage(const GoalPageView& view);

struct WheelPageView {
  WheelView wheel;
  const std::vector<LifeArea>* life_areas = nullptr;
  std::string csrf_token;
  std::string done;
  Refusal refusal;
};
Page WheelPage(const WheelPageView& view);

struct QuestionnairesPageView {
  ResponsesView responses;
  const std::vector<Instrument>* instruments = nullptr;
};
Page QuestionnairesPage(const QuestionnairesPageView& view);

struct GiveQuestionnaireView {
  Person person;
  const Instrument* instrument = nullptr;  // null: not known (the errors say so)
  std::string instrument_id;               // as asked for
  std::string occasion;                    // key, as asked for
  std::string entered_by;                  // key, as asked for
  std::string csrf_token;
  Refusal refusal;
};
Page GiveQuestionnairePage(const GiveQuestionnaireView& view);

struct ResponsePageView {
  ResponseView response;
  bool just_recorded = false;
};
Page ResponsePage(const ResponsePageView& view);

struct ProgressPageView {
  ProgressView progress;
  const std::vector<LifeArea>* life_areas = nullptr;
};
Page ProgressPage(const ProgressPageView& view);

// The numbers behind every chart of the person's progress as CSV (RFC 4180,
// text made safe for spreadsheets: web/csv.h), one row per number:
// kind,measure,part,date,value,occasion
//  - "questionnaire", the instrument's name, the item for an instrument
//    scored item by item ("" for a total), the date, the score, the occasion;
//  - "goal", the goal in the person's words, its life area's name, the
//    date, the rating 0-10, "";
//  - "wheel", "Wheel of Life", the life area's name, the date, the rating 1-10, "".
// Oldest first within each kind. `life_areas` names the areas (a key no
// longer in force is written as it is).
std::string ProgressCsv(const ProgressView& view, const std::vector<LifeArea>& life_areas);
// The link to it, under each chart: "Download these numbers (CSV)".
std::string ProgressCsvPath(std::string_view person_id);

}  // namespace lw::web

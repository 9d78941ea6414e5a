// ProgressService: the person's goals, Wheel of Life check-ins and outcome
// questionnaires, and the change shown over time (issue 6, points 2, 3, 5
// and 6). Scoring and classification are the domain's (domain/outcomes):
// this service stores and reads, and decides access.
//
// Contract (as TeamService's, team_service.h):
//  - Every call takes the actor. Access to the person is decided by
//    DecidePersonAccess over facts read in the same transaction
//    (team_service_internal.h's RequirePerson); a refusal is kNotFound
//    "No person found", worded as for a person who does not exist, and a
//    refused attempt is audited ("person.access_refused") in a transaction
//    of its own. Changes need a care role in a team (others: kNotFound);
//    records are kept under the actor's team.
//  - Every read and write appends an audit entry (record type "person", the
//    person's id, the record's id as the reason) in the same transaction:
//    "goal.set", "goal.rate", "goal.status", "goal.read", "goals.read",
//    "wheel.check-in", "wheel.read", "questionnaire.record",
//    "questionnaire.read", "questionnaires.read", "progress.read".
//  - Records are versioned and never overwritten. RateGoal and
//    ChangeGoalStatus take the version they were based on and fail with
//    kConflict carrying the stored version when it is not the latest.
//  - Bad input is kInvalidArgument with one FieldError per problem and
//    nothing stored: the domain's fields, and "instrument" for an
//    instrument that is not loaded. A goal (or response) that is not the
//    person's is kNotFound "No goal found" ("No questionnaire found").
//  - A questionnaire's score is ScoreQuestionnaire's at the time; a
//    partial response the rule cannot score is stored as
//    partial-not-scorable, with every answer given.
//
// Thread-safety: all calls may run concurrently; settings are fixed at
// construction; `instruments` must outlive the service.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "domain/outcomes/change.h"
#include "domain/outcomes/goal.h"
#include "domain/outcomes/instrument.h"
#include "domain/outcomes/progress.h"
#include "domain/outcomes/questionnaire_response.h"
#include "domain/outcomes/wheel.h"
#include "domain/people/person.h"
#include "domain/ports/store.h"

namespace lw {

struct ProgressSettings {
  // The locality's life areas (ValidateLifeAreas must accept them).
  std::vector<LifeArea> life_areas = DefaultLifeAreas();
  // A locality's thresholds by instrument id, where sources disagree.
  std::map<std::string, ChangeThresholds, std::less<>> thresholds;
  // The loaded instruments (App::instruments()); not owned; null: none.
  const std::vector<Instrument>* instruments = nullptr;
};

struct SetGoalRequest {
  std::string text;
  std::string life_area;
  std::optional<Date> set_on;       // unset: today
  std::optional<int> first_rating;  // 0..10, rated on set_on
  EnteredBy entered_by = EnteredBy::kTogether;
};

struct CheckInRequest {
  std::optional<Date> on;  // unset: today
  EnteredBy entered_by = EnteredBy::kTogether;
  std::vector<AreaRating> ratings;
  std::string note;
};

struct ResponseRequest {
  std::string instrument_id;
  Occasion occasion = Occasion::kAdHoc;
  EnteredBy entered_by = EnteredBy::kTogether;
  std::optional<Date> on;  // unset: today
  QuestionnaireAnswers answers;
};

struct GoalsView {
  Person person;
  std::vector<Goal> goals;  // oldest first
};

struct GoalView {
  Person person;
  Goal goal;
};

struct WheelView {
  Person person;
  std::vector<WheelCheckIn> check_ins;  // oldest first
};

struct ResponsesView {
  Person person;
  std::vector<QuestionnaireResponse> responses;  // newest first
};

struct ResponseView {
  Person person;
  QuestionnaireResponse response;
  const Instrument* instrument = nullptr;  // null: no longer loaded
};

struct ProgressView {
  Person person;
  std::vector<MeasureProgress> measures;  // by instrument id, then item
  std::vector<Goal> goals;                // oldest first
  GoalsProgress goals_progress;           // in the order of `goals`
  std::vector<WheelCheckIn> check_ins;    // oldest first
};

class ProgressService {
 public:
  ProgressService(Store& store, const Clock& clock, Random& random, ProgressSettings settings);

  const ProgressSettings& settings() const { return settings_; }
  // The loaded instruments, in order of id.
  const std::vector<Instrument>& Instruments() const;
  // The instrument with `id`, or null.
  const Instrument* FindInstrument(std::string_view id) const;

  // --- Goals.
  Result<Goal> SetGoal(const Actor& actor, std::string_view person_id, SetGoalRequest request);
  Result<Goal> RateGoal(const Actor& actor, std::string_view person_id, std::string_view goal_id,
                        long long version, GoalRating rating);
  Result<Goal> ChangeGoalStatus(const Actor& actor, std::string_view person_id,
                                std::string_view goal_id, long long version, GoalStatus status,
                                std::string note);
  Result<GoalsView> Goals(const Actor& actor, std::string_view person_id);
  Result<GoalView> GetGoal(const Actor& actor, std::string_view person_id,
                           std::string_view goal_id);

  // --- Wheel of Life.
  Result<WheelCheckIn> RecordCheckIn(const Actor& actor, std::string_view person_id,
                                     CheckInRequest request);
  Result<WheelView> CheckIns(const Actor& actor, std::string_view person_id);

  // --- Questionnaires.
  Result<QuestionnaireResponse> RecordResponse(const Actor& actor, std::string_view person_id,
                                               ResponseRequest request);
  Result<ResponsesView> Responses(const Actor& actor, std::string_view person_id);
  Result<ResponseView> Response(const Actor& actor, std::string_view person_id,
                                std::string_view response_id);

  // --- Change over time.
  Result<ProgressView> Progress(const Actor& actor, std::string_view person_id);

 private:
  template <typename Fn>
  Status WithPerson(const Actor& actor, std::string_view person_id, bool change, Fn fn);
  template <typename Change>
  Result<Goal> ChangeGoal(const Actor& actor, std::string_view person_id, std::string_view goal_id,
                          long long version, std::string_view action, std::string_view reason,
                          Change change);

  Store& store_;
  const Clock& clock_;
  Random& random_;
  ProgressSettings settings_;
};

}  // namespace lw

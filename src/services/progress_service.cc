#include "services/progress_service.h"

#include <algorithm>
#include <utility>

#include "base/ids.h"
#include "services/team_service_internal.h"
#include "storage/records/progress_records.h"

namespace lw {

using team_internal::AuditRefusal;
using team_internal::ChangeBy;
using team_internal::NotFound;
using team_internal::RequirePerson;
using team_internal::StaleVersion;

namespace {

const std::vector<Instrument>& NoInstruments() {
  static const std::vector<Instrument> kNone;
  return kNone;
}

Status Audit(StoreTx& tx, const Actor& actor, Timestamp now, std::string_view action,
             std::string_view person_id, std::string_view record_id = {}) {
  return team_internal::Audit(tx, actor, now, action, "person", person_id, record_id);
}

// The rule goals are rated by: the GBO instrument's goal rule, or
// direction only when no GBO instrument is loaded.
ChangeRule GoalRule(const ProgressService& service) {
  const Instrument* gbo = service.FindInstrument("gbo");
  if (gbo == nullptr || gbo->definition().items.empty()) return ChangeRule{};
  auto rule = ChangeRuleFor(*gbo,
                            service.settings().thresholds.contains("gbo")
                                ? service.settings().thresholds.find("gbo")->second
                                : ChangeThresholds{},
                            gbo->definition().items.front().id);
  return rule ? *rule : ChangeRule{};
}

}  // namespace

ProgressService::ProgressService(Store& store, const Clock& clock, Random& random,
                                 ProgressSettings settings)
    : store_(store), clock_(clock), random_(random), settings_(std::move(settings)) {}

const std::vector<Instrument>& ProgressService::Instruments() const {
  return settings_.instruments != nullptr ? *settings_.instruments : NoInstruments();
}

const Instrument* ProgressService::FindInstrument(std::string_view id) const {
  for (const Instrument& i : Instruments()) {
    if (i.id() == id) return &i;
  }
  return nullptr;
}

// Runs `fn(tx, person, now)` in one write transaction (reads are audited)
// once the actor may read (or, with `change`, change) the person's record.
template <typename Fn>
Status ProgressService::WithPerson(const Actor& actor, std::string_view person_id, bool change,
                                   Fn fn) {
  if (!IsValidId(person_id) || (change && !team_internal::WorksInTeam(actor))) {
    return Fail(NotFound("person"));
  }
  const Timestamp now = clock_.Now();
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto access =
        RequirePerson(tx, actor, person_id, change ? PersonAction::kUpdate : PersonAction::kRead,
                      now, "person", refused);
    if (!access) return Fail(access.error());
    return fn(tx, access->person, now);
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  return done;
}

// --- Goals.

Result<Goal> ProgressService::SetGoal(const Actor& actor, std::string_view person_id,
                                      SetGoalRequest request) {
  std::optional<Goal> made;
  auto done = WithPerson(actor, person_id, true, [&](StoreTx& tx, const Person&, Timestamp now) {
    const Date today = Date::InLondon(now);
    auto goal = lw::SetGoal({.id = NewId(random_),
                             .person_id = std::string(person_id),
                             .team_id = actor.team_id,
                             .text = request.text,
                             .life_area = request.life_area,
                             .set_on = request.set_on.value_or(today),
                             .first_rating = request.first_rating,
                             .entered_by = request.entered_by},
                            settings_.life_areas, today);
    if (!goal) return Status(Fail(goal.error()));
    made = std::move(*goal);
    if (auto s = records::Create(tx, *made, ChangeBy(actor, now, "Goal set")); !s) return s;
    return Audit(tx, actor, now, "goal.set", person_id, made->id);
  });
  if (!done) return Fail(done.error());
  return std::move(*made);
}

template <typename Change>
Result<Goal> ProgressService::ChangeGoal(const Actor& actor, std::string_view person_id,
                                         std::string_view goal_id, long long version,
                                         std::string_view action, std::string_view reason,
                                         Change change) {
  if (!IsValidId(goal_id)) return Fail(NotFound("goal"));
  std::optional<Goal> next;
  auto done = WithPerson(actor, person_id, true, [&](StoreTx& tx, const Person&, Timestamp now) {
    auto goal = records::Get<Goal>(tx, goal_id);
    if (!goal) return Status(Fail(goal.error()));
    if (!*goal || (*goal)->person_id != person_id) return Status(Fail(NotFound("goal")));
    if (auto s = StaleVersion((*goal)->version, version); !s) return s;
    auto changed = change(**goal, Date::InLondon(now));
    if (!changed) return Status(Fail(changed.error()));
    next = std::move(*changed);
    if (auto s = records::Update(tx, *next, ChangeBy(actor, now, std::string(reason))); !s) {
      return s;
    }
    return Audit(tx, actor, now, action, person_id, next->id);
  });
  if (!done) return Fail(done.error());
  return std::move(*next);
}

Result<Goal> ProgressService::RateGoal(const Actor& actor, std::string_view person_id,
                                       std::string_view goal_id, long long version,
                                       GoalRating rating) {
  return ChangeGoal(actor, person_id, goal_id, version, "goal.rate", "Rated",
                    [&](const Goal& g, Date today) { return lw::RateGoal(g, rating, today); });
}

Result<Goal> ProgressService::ChangeGoalStatus(const Actor& actor, std::string_view person_id,
                                               std::string_view goal_id, long long version,
                                               GoalStatus status, std::string note) {
  return ChangeGoal(actor, person_id, goal_id, version, "goal.status",
                    std::string("Marked ") + std::string(GoalStatusKey(status)),
                    [&](const Goal& g, Date) { return lw::ChangeGoalStatus(g, status, note); });
}

namespace {

template <typename T>
Result<std::vector<T>> OfPerson(StoreTx& tx, std::string_view person_id) {
  return records::List<T>(tx, {.person_id = std::string(person_id), .limit = 1000});
}

}  // namespace

Result<GoalsView> ProgressService::Goals(const Actor& actor, std::string_view person_id) {
  GoalsView view;
  auto done = WithPerson(actor, person_id, false,
                         [&](StoreTx& tx, const Person& person, Timestamp now) -> Status {
                           view.person = person;
                           auto goals = OfPerson<Goal>(tx, person_id);
                           if (!goals) return Fail(goals.error());
                           view.goals = std::move(*goals);
                           return Audit(tx, actor, now, "goals.read", person_id);
                         });
  if (!done) return Fail(done.error());
  return view;
}

Result<GoalView> ProgressService::GetGoal(const Actor& actor, std::string_view person_id,
                                          std::string_view goal_id) {
  if (!IsValidId(goal_id)) return Fail(NotFound("goal"));
  std::optional<GoalView> view;
  auto done = WithPerson(actor, person_id, false,
                         [&](StoreTx& tx, const Person& person, Timestamp now) -> Status {
                           auto goal = records::Get<Goal>(tx, goal_id);
                           if (!goal) return Fail(goal.error());
                           if (!*goal || (*goal)->person_id != person_id) {
                             return Fail(NotFound("goal"));
                           }
                           view = GoalView{.person = person, .goal = std::move(**goal)};
                           return Audit(tx, actor, now, "goal.read", person_id, goal_id);
                         });
  if (!done) return Fail(done.error());
  return std::move(*view);
}

// --- Wheel of Life.

Result<WheelCheckIn> ProgressService::RecordCheckIn(const Actor& actor, std::string_view person_id,
                                                    CheckInRequest request) {
  std::optional<WheelCheckIn> made;
  auto done = WithPerson(actor, person_id, true, [&](StoreTx& tx, const Person&, Timestamp now) {
    const Date today = Date::InLondon(now);
    auto check_in = ValidateCheckIn({.id = NewId(random_),
                                     .person_id = std::string(person_id),
                                     .team_id = actor.team_id,
                                     .on = request.on.value_or(today),
                                     .entered_by = request.entered_by,
                                     .ratings = request.ratings,
                                     .note = request.note},
                                    settings_.life_areas, today);
    if (!check_in) return Status(Fail(check_in.error()));
    made = std::move(*check_in);
    if (auto s = records::Create(tx, *made, ChangeBy(actor, now, "Wheel of Life check-in")); !s) {
      return s;
    }
    return Audit(tx, actor, now, "wheel.check-in", person_id, made->id);
  });
  if (!done) return Fail(done.error());
  return std::move(*made);
}

Result<WheelView> ProgressService::CheckIns(const Actor& actor, std::string_view person_id) {
  WheelView view;
  auto done = WithPerson(actor, person_id, false,
                         [&](StoreTx& tx, const Person& person, Timestamp now) -> Status {
                           view.person = person;
                           auto check_ins = OfPerson<WheelCheckIn>(tx, person_id);
                           if (!check_ins) return Fail(check_ins.error());
                           view.check_ins = std::move(*check_ins);
                           return Audit(tx, actor, now, "wheel.read", person_id);
                         });
  if (!done) return Fail(done.error());
  return view;
}

// --- Questionnaires.

Result<QuestionnaireResponse> ProgressService::RecordResponse(const Actor& actor,
                                                              std::string_view person_id,
                                                              ResponseRequest request) {
  const Instrument* instrument = FindInstrument(request.instrument_id);
  std::optional<QuestionnaireResponse> made;
  auto done = WithPerson(actor, person_id, true, [&](StoreTx& tx, const Person&, Timestamp now) {
    // Access first: an unknown instrument for someone the actor may not
    // see reads as no person.
    if (instrument == nullptr) {
      return Status(Fail(Error::Invalid(
          "There is a problem", {{"instrument", "Choose one of the questionnaires offered"}})));
    }
    const Date today = Date::InLondon(now);
    auto response = MakeResponse(*instrument, request.answers,
                                 {.id = NewId(random_),
                                  .person_id = std::string(person_id),
                                  .team_id = actor.team_id,
                                  .occasion = request.occasion,
                                  .entered_by = request.entered_by,
                                  .on = request.on.value_or(today),
                                  .recorded_at = now},
                                 today);
    if (!response) return Status(Fail(response.error()));
    made = std::move(*response);
    if (auto s = records::Create(tx, *made, ChangeBy(actor, now, "Questionnaire given")); !s) {
      return s;
    }
    return Audit(tx, actor, now, "questionnaire.record", person_id, made->id);
  });
  if (!done) return Fail(done.error());
  return std::move(*made);
}

Result<ResponsesView> ProgressService::Responses(const Actor& actor, std::string_view person_id) {
  ResponsesView view;
  auto done = WithPerson(actor, person_id, false,
                         [&](StoreTx& tx, const Person& person, Timestamp now) -> Status {
                           view.person = person;
                           auto rs = OfPerson<QuestionnaireResponse>(tx, person_id);
                           if (!rs) return Fail(rs.error());
                           view.responses = std::move(*rs);
                           return Audit(tx, actor, now, "questionnaires.read", person_id);
                         });
  if (!done) return Fail(done.error());
  std::ranges::stable_sort(view.responses, [](const auto& a, const auto& b) {
    if (a.on != b.on) return a.on > b.on;
    return a.recorded_at > b.recorded_at;
  });
  return view;
}

Result<ResponseView> ProgressService::Response(const Actor& actor, std::string_view person_id,
                                               std::string_view response_id) {
  if (!IsValidId(response_id)) return Fail(NotFound("questionnaire"));
  std::optional<ResponseView> view;
  auto done = WithPerson(
      actor, person_id, false, [&](StoreTx& tx, const Person& person, Timestamp now) -> Status {
        auto r = records::Get<QuestionnaireResponse>(tx, response_id);
        if (!r) return Fail(r.error());
        if (!*r || (*r)->person_id != person_id) return Fail(NotFound("questionnaire"));
        view = ResponseView{.person = person, .response = std::move(**r)};
        return Audit(tx, actor, now, "questionnaire.read", person_id, response_id);
      });
  if (!done) return Fail(done.error());
  view->instrument = FindInstrument(view->response.instrument_id);
  return std::move(*view);
}

// --- Change over time.

Result<ProgressView> ProgressService::Progress(const Actor& actor, std::string_view person_id) {
  ProgressView view;
  std::vector<QuestionnaireResponse> responses;
  auto done = WithPerson(actor, person_id, false,
                         [&](StoreTx& tx, const Person& person, Timestamp now) -> Status {
                           view.person = person;
                           auto rs = OfPerson<QuestionnaireResponse>(tx, person_id);
                           if (!rs) return Fail(rs.error());
                           responses = std::move(*rs);
                           auto goals = OfPerson<Goal>(tx, person_id);
                           if (!goals) return Fail(goals.error());
                           view.goals = std::move(*goals);
                           auto check_ins = OfPerson<WheelCheckIn>(tx, person_id);
                           if (!check_ins) return Fail(check_ins.error());
                           view.check_ins = std::move(*check_ins);
                           return Audit(tx, actor, now, "progress.read", person_id);
                         });
  if (!done) return Fail(done.error());
  for (const Instrument& instrument : Instruments()) {
    std::vector<QuestionnaireResponse> mine;
    for (const QuestionnaireResponse& r : responses) {
      if (r.instrument_id == instrument.id()) mine.push_back(r);
    }
    if (mine.empty()) continue;
    auto t = settings_.thresholds.find(instrument.id());
    auto measures = MeasureProgressFor(
        instrument, t == settings_.thresholds.end() ? ChangeThresholds{} : t->second, mine);
    if (!measures) return Fail(measures.error());
    for (MeasureProgress& m : *measures) view.measures.push_back(std::move(m));
  }
  view.goals_progress = GoalProgressFor(GoalRule(*this), view.goals);
  return view;
}

}  // namespace lw

#include "services/progress_service.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "services/people_service.h"
#include "services/service_test_support.h"
#include "storage/records/progress_records.h"

namespace lw {
namespace progress_service_test {
namespace {

// ReQoL-10 as shipped (measures.md 2.1): 10 items 0-4 and an unscored
// physical-health item, q1 q3 q6 q9 reversed, RC 5, clinical below 25.
Instrument Reqol10() {
  InstrumentDefinition d{.id = "reqol-10",
                         .name = "ReQoL-10",
                         .version = "1",
                         .licence = "Oxford University Innovation licence",
                         .rule = ScoringRule::kSum,
                         .max_score = Points::Whole(40),
                         .reverse_items = {"q1", "q3", "q6", "q9"},
                         .reliable_change = Points::Whole(5),
                         .cut_off = ClinicalCutOff{Points::Whole(25), ClinicalSide::kBelow}};
  for (int v = 0; v <= 4; ++v) d.options.push_back({static_cast<std::int16_t>(v), "A"});
  for (int i = 1; i <= 10; ++i) d.items.push_back({.id = "q" + std::to_string(i), .text = "Q"});
  d.items.push_back({.id = "physical", .text = "P", .scored = false});
  return *ValidateInstrument(std::move(d));
}

Instrument Gbo() {
  InstrumentDefinition d{.id = "gbo",
                         .name = "GBO",
                         .version = "2",
                         .licence = "CC BY-NC-SA 4.0",
                         .rule = ScoringRule::kEachItem,
                         .missing = MissingRule::kSkip,
                         .max_missing = 2,
                         .max_score = Points::Whole(10),
                         .reliable_change = Points::Whole(3)};
  for (int v = 0; v <= 10; ++v) d.options.push_back({static_cast<std::int16_t>(v), "A"});
  for (int i = 1; i <= 3; ++i) d.items.push_back({.id = "goal-" + std::to_string(i), .text = "G"});
  return *ValidateInstrument(std::move(d));
}

QuestionnaireAnswers Reqol(int plain, int reversed) {
  QuestionnaireAnswers a;
  for (int i = 1; i <= 10; ++i) {
    const bool rev = i == 1 || i == 3 || i == 6 || i == 9;
    a["q" + std::to_string(i)] = rev ? reversed : plain;
  }
  return a;
}

template <typename T>
Status AsStatus(const Result<T>& r) {
  if (!r) return Fail(r.error());
  return Ok();
}

class ProgressServiceTest : public ::testing::Test {
 protected:
  ProgressServiceTest()
      : instruments_{Gbo(), Reqol10()},
        people_(*world_.store, world_.clock, world_.random),
        progress_(*world_.store, world_.clock, world_.random,
                  ProgressSettings{.instruments = &instruments_}) {
    a_ = world_.Add("alice", Role::kPractitioner, "team-a");
    b_ = world_.Add("bob", Role::kPractitioner, "team-b");
    partner_ = world_.Add("partner", Role::kNetworkPartner, "", "org-vcse");
    commissioner_ = world_.Add("commissioner", Role::kCommissioner);
    Person draft;
    draft.given_name = "Rosa";
    draft.family_name = "Diaz";
    person_ = *people_.Create(a_, draft, "Introduced");
  }

  Date Today() const { return Date::InLondon(world_.clock.Now()); }
  void NextDay() { world_.clock.Advance(std::chrono::hours(24)); }

  std::size_t AuditCount(const std::string& action) {
    std::size_t n = 0;
    for (const auto& e : world_.Audit()) {
      if (e.event.action == action && e.event.record_id == person_.id) ++n;
    }
    return n;
  }

  std::size_t Stored(RecordKind kind) {
    std::size_t n = 0;
    (void)world_.store->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto rs = tx.ListRecords({.kind = kind});
      if (rs) n = rs->size();
      return Ok();
    });
    return n;
  }

  testing::ServiceWorld world_;
  std::vector<Instrument> instruments_;
  PeopleService people_;
  ProgressService progress_;
  Actor a_, b_, partner_, commissioner_;
  Person person_;
};

TEST_F(ProgressServiceTest, GoalsAreSetRatedAndMarkedAsNewVersionsAndAudited) {
  auto goal = progress_.SetGoal(a_, person_.id,
                                {.text = "Get back to the allotment",
                                 .life_area = "community-and-leisure",
                                 .first_rating = 2,
                                 .entered_by = EnteredBy::kPerson});
  ASSERT_TRUE(goal) << goal.error().message;
  EXPECT_EQ(goal->team_id, "team-a");
  EXPECT_EQ(goal->set_on, Today());
  NextDay();
  auto rated = progress_.RateGoal(a_, person_.id, goal->id, 1, {.on = Today(), .rating = 6});
  ASSERT_TRUE(rated) << rated.error().message;
  EXPECT_EQ(rated->version, 2);
  auto done = progress_.ChangeGoalStatus(a_, person_.id, goal->id, 2, GoalStatus::kAchieved,
                                         "Goes every week");
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_EQ(done->version, 3);
  auto read = progress_.GetGoal(a_, person_.id, goal->id);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->goal, *done);
  EXPECT_EQ(read->person.given_name, "Rosa");
  // Every version kept.
  (void)world_.store->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto h = records::History<Goal>(tx, goal->id);
    EXPECT_EQ(h->size(), 3U);
    return Ok();
  });
  EXPECT_EQ(AuditCount("goal.set"), 1U);
  EXPECT_EQ(AuditCount("goal.rate"), 1U);
  EXPECT_EQ(AuditCount("goal.status"), 1U);
  EXPECT_EQ(AuditCount("goal.read"), 1U);
  auto all = progress_.Goals(a_, person_.id);
  ASSERT_TRUE(all);
  EXPECT_EQ(all->goals.size(), 1U);
  EXPECT_EQ(AuditCount("goals.read"), 1U);
}

TEST_F(ProgressServiceTest, AStaleVersionIsAConflictCarryingTheStoredOne) {
  auto goal = progress_.SetGoal(a_, person_.id, {.text = "Sleep better", .life_area = "health"});
  ASSERT_TRUE(goal);
  ASSERT_TRUE(progress_.RateGoal(a_, person_.id, goal->id, 1, {.on = Today(), .rating = 3}));
  auto stale = progress_.RateGoal(a_, person_.id, goal->id, 1, {.on = Today(), .rating = 4});
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().current_version, 2);
  auto status = progress_.ChangeGoalStatus(a_, person_.id, goal->id, 1, GoalStatus::kSetAside, "");
  EXPECT_EQ(status.error().code, ErrorCode::kConflict);
}

TEST_F(ProgressServiceTest, BadInputStoresNothing) {
  auto goal = progress_.SetGoal(a_, person_.id, {.text = "", .life_area = "astrology"});
  ASSERT_FALSE(goal);
  EXPECT_EQ(goal.error().code, ErrorCode::kInvalidArgument);
  auto wheel = progress_.RecordCheckIn(a_, person_.id, {.ratings = {{"home", 11}}});
  EXPECT_EQ(wheel.error().code, ErrorCode::kInvalidArgument);
  QuestionnaireAnswers bad = Reqol(2, 2);
  bad["q3"] = 7;
  auto r = progress_.RecordResponse(a_, person_.id, {.instrument_id = "reqol-10", .answers = bad});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field_errors[0].field, "q3");
  bad = Reqol(2, 2);
  bad["q11"] = 1;
  EXPECT_EQ(progress_.RecordResponse(a_, person_.id, {.instrument_id = "reqol-10", .answers = bad})
                .error()
                .field_errors[0]
                .field,
            "q11");
  auto unknown = progress_.RecordResponse(a_, person_.id, {.instrument_id = "phq-9"});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().field_errors[0].field, "instrument");
  EXPECT_EQ(Stored(RecordKind::kGoal), 0U);
  EXPECT_EQ(Stored(RecordKind::kWheelCheckIn), 0U);
  EXPECT_EQ(Stored(RecordKind::kQuestionnaireResponse), 0U);
}

TEST_F(ProgressServiceTest, TheStoredScoreIsScoreQuestionnairesAndPartialsStayPartial) {
  const QuestionnaireAnswers answers = Reqol(3, 1);
  auto r = progress_.RecordResponse(a_, person_.id,
                                    {.instrument_id = "reqol-10",
                                     .occasion = Occasion::kBaseline,
                                     .entered_by = EnteredBy::kPerson,
                                     .answers = answers});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->score, ScoreQuestionnaire(instruments_[1], answers)->total.score);
  EXPECT_EQ(r->score, Points::Whole(30));
  QuestionnaireAnswers partial = Reqol(2, 2);
  partial.erase("q4");
  auto p =
      progress_.RecordResponse(a_, person_.id, {.instrument_id = "reqol-10", .answers = partial});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->status, ScoreStatus::kPartialNotScorable);
  auto read = progress_.Response(a_, person_.id, p->id);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->response, *p);
  EXPECT_EQ(read->response.answers[3], (ResponseAnswer{"q4", std::nullopt}));
  EXPECT_EQ(read->instrument, &instruments_[1]);
  auto list = progress_.Responses(a_, person_.id);
  ASSERT_TRUE(list);
  EXPECT_EQ(list->responses.size(), 2U);
  EXPECT_EQ(AuditCount("questionnaire.record"), 2U);
  EXPECT_EQ(AuditCount("questionnaire.read"), 1U);
  EXPECT_EQ(AuditCount("questionnaires.read"), 1U);
}

// The worked example of the integration test: ReQoL-10 20 at baseline
// (clinical: below 25), 30 at review: +10 >= 5, out of the clinical range:
// reliable recovery (measures.md 1.2, 2.1).
TEST_F(ProgressServiceTest, ProgressShowsFirstLatestAndTheClassification) {
  ASSERT_TRUE(progress_.RecordResponse(
      a_, person_.id,
      {.instrument_id = "reqol-10", .occasion = Occasion::kBaseline, .answers = Reqol(2, 2)}));
  auto goal = progress_.SetGoal(
      a_, person_.id, {.text = "Walk to the shops", .life_area = "health", .first_rating = 2});
  ASSERT_TRUE(progress_.RecordCheckIn(a_, person_.id, {.ratings = {{"home", 3}}}));
  NextDay();
  ASSERT_TRUE(progress_.RecordResponse(
      a_, person_.id,
      {.instrument_id = "reqol-10", .occasion = Occasion::kReview, .answers = Reqol(3, 1)}));
  ASSERT_TRUE(progress_.RateGoal(a_, person_.id, goal->id, 1, {.on = Today(), .rating = 5}));
  auto p = progress_.Progress(a_, person_.id);
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->measures.size(), 1U);
  const MeasureProgress& m = p->measures[0];
  EXPECT_EQ(m.instrument_id, "reqol-10");
  ASSERT_TRUE(m.change);
  EXPECT_EQ(m.change->baseline, Points::Whole(20));
  EXPECT_EQ(m.change->latest, Points::Whole(30));
  EXPECT_EQ(m.change->outcome(), ChangeOutcome::kReliableRecovery);
  ASSERT_EQ(p->goals_progress.goals.size(), 1U);
  EXPECT_EQ(p->goals_progress.goals[0].change->outcome(), ChangeOutcome::kReliableImprovement);
  EXPECT_EQ(p->goals_progress.rule.reliable_change, Points::Whole(3));
  EXPECT_EQ(p->check_ins.size(), 1U);
  EXPECT_EQ(AuditCount("progress.read"), 1U);
}

TEST_F(ProgressServiceTest, ALocalitysThresholdsAreUsed) {
  ProgressService franklin(
      *world_.store, world_.clock, world_.random,
      {.thresholds = {{"reqol-10", {.cut_off = Points::Whole(20)}}}, .instruments = &instruments_});
  ASSERT_TRUE(franklin.RecordResponse(a_, person_.id,
                                      {.instrument_id = "reqol-10", .answers = Reqol(2, 2)}));
  NextDay();
  ASSERT_TRUE(franklin.RecordResponse(a_, person_.id,
                                      {.instrument_id = "reqol-10", .answers = Reqol(3, 1)}));
  auto p = franklin.Progress(a_, person_.id);
  ASSERT_TRUE(p);
  // 20 is not below 20: not clinical at baseline, so improvement, not recovery.
  EXPECT_EQ(p->measures[0].change->outcome(), ChangeOutcome::kReliableImprovement);
}

TEST_F(ProgressServiceTest, OthersGetNoPersonFoundAndTheAttemptIsAudited) {
  auto goal = progress_.SetGoal(a_, person_.id, {.text = "Sleep", .life_area = "health"});
  ASSERT_TRUE(goal);
  auto missing = progress_.Goals(a_, "AAAAAAAAAAAAAAAAAAAAAA");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message, "No person found");
  for (const Actor* who : {&b_, &partner_, &commissioner_}) {
    SCOPED_TRACE(who->username);
    for (Status s : {AsStatus(progress_.Goals(*who, person_.id)),
                     AsStatus(progress_.Progress(*who, person_.id)),
                     AsStatus(progress_.CheckIns(*who, person_.id)),
                     AsStatus(progress_.Responses(*who, person_.id)),
                     AsStatus(progress_.RateGoal(*who, person_.id, goal->id, 1,
                                                 {.on = Today(), .rating = 3}))}) {
      ASSERT_FALSE(s);
      EXPECT_EQ(s.error().code, ErrorCode::kNotFound);
      EXPECT_EQ(s.error().message, "No person found");
    }
  }
  EXPECT_GE(AuditCount("person.access_refused"), 5U);
  // A goal of someone else's read through this person is no goal.
  Person other;
  other.given_name = "Sam";
  other.family_name = "Lee";
  Person sam = *people_.Create(a_, other, "Introduced");
  auto wrong = progress_.GetGoal(a_, sam.id, goal->id);
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().message, "No goal found");
}

}  // namespace
}  // namespace progress_service_test
}  // namespace lw

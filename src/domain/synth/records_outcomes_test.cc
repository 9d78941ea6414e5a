#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "base/ids.h"
#include "domain/directory/validate.h"
#include "domain/outcomes/score.h"
#include "domain/outcomes/test_support.h"
#include "domain/people/equality_record.h"
#include "domain/synth/records.h"

namespace lw::synth {
namespace records_outcomes_test {
namespace {

using outcomes_test::P;

// The rows of a generated demo system that records_outcomes.cc turns into
// records.
struct Rows {
  std::vector<QuestionnaireRow> reqol;
  std::vector<ExperienceRow> experience;
  std::vector<GoalRatingRow> goal_ratings;
  std::vector<WheelRow> wheel;
  std::vector<WarmRow> warm;
  std::map<std::uint32_t, ServiceRow> services;  // by ServiceRow::service
  std::vector<PersonRow> people;
};

class CollectingSink final : public SynthSink {
 public:
  explicit CollectingSink(Rows& rows) : rows_(rows) {}
  void Add(const LocalityRow& /*row*/) override {}
  void Add(const NeighbourhoodRow& /*row*/) override {}
  void Add(const TeamRow& /*row*/) override {}
  void Add(const StaffRow& /*row*/) override {}
  void Add(const ServiceRow& row) override { rows_.services.emplace(row.service, row); }
  void Add(const PersonRow& row) override { rows_.people.push_back(row); }
  void Add(const IntroductionRow& /*row*/) override {}
  void Add(const EpisodeRow& /*row*/) override {}
  void Add(const ContactRow& /*row*/) override {}
  void Add(const QuestionnaireRow& row) override { rows_.reqol.push_back(row); }
  void Add(const GoalRatingRow& row) override { rows_.goal_ratings.push_back(row); }
  void Add(const WheelRow& row) override { rows_.wheel.push_back(row); }
  void Add(const WarmRow& row) override { rows_.warm.push_back(row); }
  void Add(const ExperienceRow& row) override { rows_.experience.push_back(row); }

 private:
  Rows& rows_;
};

const Rows& DemoRows() {
  static const Rows rows = [] {
    Rows r;
    CollectingSink sink(r);
    GenerateSystem(SpecFor(Scale::kDemo, 1), sink);
    return r;
  }();
  return rows;
}

// The shipped experience questions (config/instruments/experience.toml),
// built in code as outcomes/test_support.h builds the others.
Instrument Experience() {
  InstrumentDefinition d{.id = "experience",
                         .name = "Your experience of support",
                         .version = "1",
                         .licence = "Our own",
                         .rule = ScoringRule::kEachItem,
                         .missing = MissingRule::kSkip,
                         .max_missing = 3,
                         .min_score = P(1),
                         .max_score = P(5),
                         .options = outcomes_test::Scale(1, 5)};
  for (const char* id : {"listened", "worked-together", "made-sense", "use-again"}) {
    d.items.push_back({.id = id, .text = id});
  }
  return outcomes_test::Valid(std::move(d));
}

constexpr std::string_view kTeam = "syn-team-01-00";
constexpr std::string_view kUser = "syn-user-01-0001";

// --- ReQoL-10 ----------------------------------------------------------------

TEST(SynthRecordsOutcomesTest, ReqolScoreIsTheRowsTotalForEveryRow) {
  const Instrument reqol = outcomes_test::Reqol10();
  const Rows& rows = DemoRows();
  ASSERT_GT(rows.reqol.size(), 50U);
  for (const QuestionnaireRow& row : rows.reqol) {
    const Occasion occasion = row.response == 0 ? Occasion::kBaseline : Occasion::kReview;
    auto r = ToReqolResponse(row, occasion, kTeam, reqol);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->status, ScoreStatus::kComplete);
    ASSERT_TRUE(r->score.has_value());
    EXPECT_EQ(*r->score, P(row.total)) << r->id;
    EXPECT_EQ(r->raw, P(row.total));
    EXPECT_EQ(r->instrument_id, "reqol-10");
    EXPECT_EQ(r->occasion, occasion);
    EXPECT_EQ(r->id, ResponseId(row.locality, row.episode, "reqol-10", row.response));
    EXPECT_EQ(r->person_id, PersonId(row.locality, row.person));
    EXPECT_EQ(r->team_id, kTeam);
    EXPECT_EQ(r->on, row.on);
    EXPECT_EQ(Date::InLondon(r->recorded_at), row.on);
    // Each item scores as the row's item, and rescoring the stored answers
    // gives the same total.
    auto rescored = ScoreQuestionnaire(reqol, AnswersOf(*r));
    ASSERT_TRUE(rescored);
    for (std::size_t i = 0; i < row.items.size(); ++i) {
      EXPECT_EQ(rescored->items[i].item_id, "q" + std::to_string(i + 1));
      EXPECT_EQ(rescored->items[i].score, P(row.items[i])) << r->id << " q" << i + 1;
    }
    EXPECT_EQ(rescored->total.score, P(row.total));
  }
}

TEST(SynthRecordsOutcomesTest, ReqolReverseScoredItemsAreAnsweredTheOtherWayRound) {
  QuestionnaireRow row{.locality = 1,
                       .episode = 7,
                       .response = 1,
                       .person = 3,
                       .on = *Date::FromYmd(2025, 1, 6),
                       .items = {4, 4, 3, 1, 0, 0, 2, 4, 1, 3},
                       .total = 22};
  auto r = ToReqolResponse(row, Occasion::kReview, kTeam, outcomes_test::Reqol10());
  ASSERT_TRUE(r) << r.error().message;
  // q1, q3, q6 and q9 are reverse-scored: 4 - item.
  const std::vector<std::optional<int>> expected = {0, 4, 1, 1, 0, 4, 2, 4, 3, 3};
  ASSERT_EQ(r->answers.size(), 11U);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(r->answers[i].value, expected[i]) << r->answers[i].item_id;
  }
  // The physical-health item is not counted and the row has no answer for
  // it: left unanswered, and the response still complete.
  EXPECT_EQ(r->answers[10].value, std::nullopt);
  EXPECT_EQ(r->status, ScoreStatus::kComplete);
  EXPECT_EQ(r->score, P(22));
}

TEST(SynthRecordsOutcomesTest, ReqolFollowsTheInstrumentsReverseItems) {
  // A locality that corrects the reverse-scored list gets answers to match.
  InstrumentDefinition d = outcomes_test::Reqol10Definition();
  d.reverse_items = {"q2"};
  const Instrument corrected = outcomes_test::Valid(std::move(d));
  QuestionnaireRow row{
      .on = *Date::FromYmd(2025, 1, 6), .items = {4, 4, 3, 1, 0, 0, 2, 4, 1, 3}, .total = 22};
  auto r = ToReqolResponse(row, Occasion::kBaseline, kTeam, corrected);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->answers[0].value, 4);
  EXPECT_EQ(r->answers[1].value, 0);
  EXPECT_EQ(r->score, P(22));
}

TEST(SynthRecordsOutcomesTest, ReqolRefusesAnInstrumentWithoutItsItems) {
  QuestionnaireRow row{.on = *Date::FromYmd(2025, 1, 6)};
  auto r = ToReqolResponse(row, Occasion::kBaseline, kTeam, outcomes_test::Gbo());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kFailedPrecondition);
}

// --- Experience ----------------------------------------------------------------

TEST(SynthRecordsOutcomesTest, ExperienceAgreesExactlyWhenTheyFeltListenedTo) {
  const Instrument experience = Experience();
  const Rows& rows = DemoRows();
  ASSERT_GT(rows.experience.size(), 10U);
  int listened = 0;
  for (const ExperienceRow& row : rows.experience) {
    auto r = ToExperienceResponse(row, kTeam, experience);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->status, ScoreStatus::kComplete);
    EXPECT_EQ(r->instrument_id, "experience");
    EXPECT_EQ(r->occasion, Occasion::kEnd);
    EXPECT_EQ(r->id, ResponseId(row.locality, row.episode, "experience", 0));
    EXPECT_EQ(r->person_id, PersonId(row.locality, row.person));
    EXPECT_EQ(r->on, row.on);
    ASSERT_EQ(r->answers.size(), 4U);
    EXPECT_EQ(r->answers[0].item_id, "listened");
    for (const ResponseAnswer& a : r->answers) {
      ASSERT_TRUE(a.value.has_value()) << a.item_id;
      EXPECT_EQ(*a.value >= 4, row.felt_listened_to) << a.item_id << " " << *a.value;
      EXPECT_GE(*a.value, 2);
    }
    if (row.felt_listened_to) ++listened;
  }
  EXPECT_GT(listened, 0);
  EXPECT_LT(listened, static_cast<int>(rows.experience.size()));
}

// --- Goals ------------------------------------------------------------------

TEST(SynthRecordsOutcomesTest, GoalsCarryTheirRatingsAndPassSetAndRate) {
  const std::vector<LifeArea> areas = DefaultLifeAreas();
  std::map<std::tuple<int, std::uint32_t, int>, std::vector<GoalRatingRow>> goals;
  for (const GoalRatingRow& row : DemoRows().goal_ratings) {
    goals[{row.locality, row.episode, row.goal}].push_back(row);
  }
  ASSERT_GT(goals.size(), 20U);
  int rated_again = 0;
  for (const auto& [key, ratings] : goals) {
    const Goal g = ToGoal(ratings, kTeam);
    CheckGoalInvariants(g);
    EXPECT_EQ(g.id,
              GoalId(ratings.front().locality, ratings.front().episode, ratings.front().goal));
    EXPECT_EQ(g.person_id, PersonId(ratings.front().locality, ratings.front().person));
    EXPECT_EQ(g.team_id, kTeam);
    EXPECT_EQ(g.set_on, ratings.front().on);
    EXPECT_EQ(g.status, GoalStatus::kActive);
    EXPECT_NE(FindLifeArea(areas, g.life_area), nullptr) << g.life_area;
    ASSERT_EQ(g.ratings.size(), ratings.size());
    EXPECT_EQ(g.ratings.front().rating, ratings.front().rating);
    EXPECT_EQ(g.ratings.back().rating, ratings.back().rating);
    EXPECT_EQ(g.ratings.back().on, ratings.back().on);
    if (ratings.size() > 1) ++rated_again;

    // The same goal set and rated through goal.h's own checks.
    auto set = SetGoal({.id = g.id,
                        .person_id = g.person_id,
                        .team_id = g.team_id,
                        .text = g.text,
                        .life_area = g.life_area,
                        .set_on = g.set_on,
                        .first_rating = g.ratings.front().rating,
                        .entered_by = g.ratings.front().entered_by},
                       areas, g.set_on);
    ASSERT_TRUE(set) << set.error().message;
    Goal replayed = *set;
    for (std::size_t i = 1; i < g.ratings.size(); ++i) {
      auto next = RateGoal(replayed, g.ratings[i], g.ratings.back().on);
      ASSERT_TRUE(next) << next.error().message;
      replayed = *next;
    }
    replayed.version = g.version;
    EXPECT_EQ(replayed, g);
  }
  EXPECT_GT(rated_again, 0);
}

// --- Wheel of Life --------------------------------------------------------------

TEST(SynthRecordsOutcomesTest, WheelCheckInsRateTheFirstEightAreas) {
  const std::vector<LifeArea> areas = DefaultLifeAreas();
  const Rows& rows = DemoRows();
  ASSERT_GT(rows.wheel.size(), 10U);
  for (const WheelRow& row : rows.wheel) {
    const WheelCheckIn c = ToWheelCheckIn(row, kTeam);
    EXPECT_EQ(c.id, WheelId(row.locality, row.episode, row.check_in));
    EXPECT_EQ(c.person_id, PersonId(row.locality, row.person));
    EXPECT_EQ(c.on, row.on);
    auto valid = ValidateCheckIn(c, areas, row.on);
    ASSERT_TRUE(valid) << valid.error().message;
    EXPECT_EQ(*valid, c);
    ASSERT_EQ(c.ratings.size(), static_cast<std::size_t>(kWheelAreas));
    for (std::size_t i = 0; i < row.ratings.size(); ++i) {
      EXPECT_EQ(RatingFor(c, areas[i].key), row.ratings[i]) << areas[i].key;
    }
  }
}

// --- Warm introductions ---------------------------------------------------------

// `w` made again with MakeWarmIntroduction and its steps recorded with
// RecordWarmStep, as a practitioner would have.
Result<WarmIntroduction> Replay(const WarmIntroduction& w) {
  auto made = MakeWarmIntroduction({.team_id = w.team_id,
                                    .person_id = w.person_id,
                                    .episode_id = w.episode_id,
                                    .service_id = w.service_id,
                                    .service_name = w.service_name,
                                    .directory_organisation_id = w.directory_organisation_id,
                                    .partner_organisation_id = w.partner_organisation_id,
                                    .made_by_user_id = w.made_by_user_id,
                                    .made_at = w.made_at,
                                    .way = w.way,
                                    .joint_on = w.joint_on,
                                    .note = w.note,
                                    .consent = w.consent});
  if (!made) return made;
  made->id = w.id;
  for (const WarmStep& step : w.steps) {
    made = RecordWarmStep(*made, step);
    if (!made) return made;
  }
  return made;
}

TEST(SynthRecordsOutcomesTest, WarmIntroductionsFollowTheirRows) {
  const Rows& rows = DemoRows();
  ASSERT_GT(rows.warm.size(), 20U);
  std::map<WarmState, int> states;
  for (const WarmRow& row : rows.warm) {
    const ServiceRow& service = rows.services.at(row.service);
    const std::string episode = EpisodeId(row.locality, row.introduction);
    const WarmIntroduction w = ToWarmIntroduction(row, kTeam, episode, service, kUser);
    CheckWarmIntroductionInvariants(w);
    ++states[w.state];
    EXPECT_EQ(w.id, WarmId(row.locality, row.introduction, row.warm));
    EXPECT_EQ(w.person_id, PersonId(row.locality, row.person));
    EXPECT_EQ(w.episode_id, episode);
    EXPECT_EQ(w.service_id, ServiceId(service.locality, service.service));
    EXPECT_EQ(w.service_name, service.name);
    EXPECT_EQ(w.made_by_user_id, kUser);
    EXPECT_EQ(w.MadeOn(), row.made);
    EXPECT_EQ(w.version, 1 + static_cast<long long>(w.steps.size()));
    if (row.landed) {
      EXPECT_EQ(w.state, WarmState::kMet);
      ASSERT_EQ(w.steps.size(), 2U);
      EXPECT_EQ(w.steps[0].to, WarmState::kInTouch);
      EXPECT_EQ(Date::InLondon(w.steps[1].at), *row.landed);
      EXPECT_TRUE(w.Landed());
    } else if (row.not_landed) {
      EXPECT_EQ(w.state, WarmState::kDidNotWorkOut);
      ASSERT_EQ(w.steps.size(), 1U);
      EXPECT_EQ(w.steps[0].reason, row.not_landed);
      EXPECT_EQ(Date::InLondon(w.steps[0].at), row.closed);
    } else {
      EXPECT_EQ(w.state, WarmState::kMade);
      EXPECT_TRUE(w.steps.empty());
      EXPECT_TRUE(w.IsOpen());
    }
    auto replayed = Replay(w);
    ASSERT_TRUE(replayed) << w.id << ": " << replayed.error().message;
    EXPECT_EQ(*replayed, w);
  }
  EXPECT_GT(states[WarmState::kMet], 0);
  EXPECT_GT(states[WarmState::kDidNotWorkOut], 0);
}

TEST(SynthRecordsOutcomesTest, WarmIntroductionFromTheFrontDoorHasNoEpisode) {
  const ServiceRow service{.locality = 1, .service = 12, .name = "Bolton Walking for Wellbeing"};
  const Date made = *Date::FromYmd(2025, 3, 3);
  WarmRow row{.locality = 1, .introduction = 40, .person = 9, .service = 12, .made = made};
  row.landed = made;  // met the same day
  row.closed = made;
  const WarmIntroduction w = ToWarmIntroduction(row, kTeam, "", service, kUser);
  CheckWarmIntroductionInvariants(w);
  EXPECT_EQ(w.episode_id, "");
  EXPECT_EQ(w.state, WarmState::kMet);
  ASSERT_EQ(w.steps.size(), 2U);
  EXPECT_LT(w.made_at, w.steps[0].at);
  EXPECT_LT(w.steps[0].at, w.steps[1].at);
  EXPECT_EQ(Date::InLondon(w.steps[1].at), made);
}

// --- Equality answers ---------------------------------------------------------

TEST(SynthRecordsOutcomesTest, PersonDetailsAnswerWhatTheRowRecords) {
  for (std::string_view key : {"sex", "ethnicity", "disability"}) {
    EXPECT_NE(FindEqualityRecordQuestion(key), nullptr) << key;
  }
  const Rows& rows = DemoRows();
  ASSERT_GT(rows.people.size(), 50U);
  int not_asked = 0;
  for (const PersonRow& row : rows.people) {
    const PersonDetailsRecord r = ToPersonDetails(row);
    EXPECT_EQ(r.person_id, PersonId(row.locality, row.person));
    EXPECT_EQ(r.version, 1);
    PersonDetails normalised = r.details;
    const Status valid = ValidatePersonDetails(normalised);
    ASSERT_TRUE(valid) << valid.error().message;
    EXPECT_EQ(normalised, r.details);

    const EqualityRecord& e = r.details.equality;
    EXPECT_EQ(RecordedEthnicCategory(e), row.ethnicity);
    EXPECT_EQ(StateOf(e, "ethnicity"),
              row.ethnicity ? AnswerState::kAnswered : AnswerState::kNotAsked);
    EXPECT_EQ(StateOf(e, "sex"), row.sex ? AnswerState::kAnswered : AnswerState::kNotAsked);
    if (row.sex) {
      EXPECT_EQ(e.AnswerTo("sex")->option, SexKey(*row.sex));
    }
    EXPECT_EQ(StateOf(e, "disability"),
              row.disability ? AnswerState::kAnswered : AnswerState::kNotAsked);
    if (row.disability) {
      EXPECT_EQ(e.AnswerTo("disability")->option, *row.disability ? "yes" : "no");
    }
    // Nothing else is asked.
    EXPECT_LE(e.answers.size(), 3U);
    if (!row.ethnicity || !row.sex || !row.disability) ++not_asked;
  }
  EXPECT_GT(not_asked, 0);
}

// --- The directory -------------------------------------------------------------

TEST(SynthRecordsOutcomesTest, DirectoryServicesPassTheDirectorysChecks) {
  const Rows& rows = DemoRows();
  ASSERT_GE(rows.services.size(), 300U);
  std::set<std::string> ids;
  std::map<std::string, std::string> organisation_ids;  // by name
  std::set<std::string> distinct_organisation_ids;
  for (const auto& [number, row] : rows.services) {
    const directory::DirectoryService s = ToDirectoryService(row);
    const Status valid = directory::ValidateService(s);
    ASSERT_TRUE(valid) << row.name << ": " << valid.error().message << " "
                       << (valid.error().field_errors.empty()
                               ? ""
                               : valid.error().field_errors.front().field);
    directory::DirectoryService normalised = s;
    directory::NormaliseService(normalised);
    EXPECT_EQ(normalised, s);

    EXPECT_TRUE(IsValidUuid(s.id)) << s.id;
    EXPECT_TRUE(ids.insert(s.id).second) << "repeated " << s.id;
    // One organisation name, one id; different names, different ids.
    auto [it, inserted] = organisation_ids.emplace(row.organisation, s.organisation_id);
    EXPECT_EQ(it->second, s.organisation_id) << row.organisation;
    if (inserted) {
      EXPECT_TRUE(distinct_organisation_ids.insert(s.organisation_id).second);
    }

    EXPECT_EQ(s.name, row.name);
    EXPECT_EQ(s.offer,
              row.community_asset ? directory::Offer::kCommunityAsset : directory::Offer::kNetwork);
    ASSERT_EQ(s.needs.size(), 1U) << row.need;
    EXPECT_EQ(directory::NeedKey(s.needs[0]), row.need);
    EXPECT_EQ(s.free, row.free);
    std::uint8_t days = 0;
    for (const directory::WeeklyOpening& o : s.opening) {
      days = static_cast<std::uint8_t>(days | (1U << static_cast<unsigned>(o.weekday)));
      EXPECT_EQ(o.opens_at, row.opens_minute);
      EXPECT_EQ(o.closes_at, row.closes_minute);
    }
    EXPECT_EQ(days, row.days);
  }
  EXPECT_GT(organisation_ids.size(), 1U);
}

}  // namespace
}  // namespace records_outcomes_test
}  // namespace lw::synth

// FactsBuilder's contacts, episodes' MHS108 standing, ReQoL-10 responses
// and goals (facts_test.cc has places, introductions, episodes' exits and
// warm introductions).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "base/dates.h"
#include "domain/evaluation/facts.h"
#include "domain/outcomes/test_support.h"

namespace lw::evaluation {
namespace facts_records_test {
namespace {

using outcomes_test::Gbo;
using outcomes_test::Ons4;
using outcomes_test::Reqol10;

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }
std::int32_t Day(int y, int m, int d) { return static_cast<std::int32_t>(D(y, m, d).DayNumber()); }

FactsBuilder Bury() {
  FactsBuilder b;
  EXPECT_TRUE(b.AddLocality({.id = "loc-bury", .name = "Bury"}));
  EXPECT_TRUE(b.AddTeam({.id = "team-bury", .locality_id = "loc-bury", .name = "Bury"}));
  EXPECT_TRUE(b.AddTeam({.id = "team-eip", .locality_id = "loc-bury", .name = "Bury EIP"}));
  return b;
}

// Introduction `id` received on `received` for someone born on `born`.
Introduction Introduced(const std::string& id, Date received, std::optional<Date> born,
                        const std::string& team = "team-bury") {
  Introduction i{.id = id, .team_id = team};
  i.received_at = LondonToUtc(received, 10, 0);
  i.date_of_birth = born;
  return i;
}

Episode Supported(const std::string& id, const std::string& person, Date started,
                  const std::optional<std::string>& introduction = std::nullopt,
                  const std::string& team = "team-bury") {
  return Episode{.id = id,
                 .person_id = person,
                 .team_id = team,
                 .introduction_id = introduction,
                 .started_on = started};
}

TEST(FactsRecordsTest, AnEpisodeCountsForMhs108FromEighteenAtReferralAndByTeamType) {
  FactsBuilder b = Bury();
  ASSERT_TRUE(b.SetMhsdsTeamType("team-eip", "A14"));
  EXPECT_FALSE(b.SetMhsdsTeamType("team-nowhere", "A06"));
  // 18 on the day received; 17 the day before their birthday.
  ASSERT_TRUE(b.AddIntroduction(Introduced("i-adult", D(2026, 3, 9), D(2008, 3, 9))));
  ASSERT_TRUE(b.AddIntroduction(Introduced("i-child", D(2026, 3, 8), D(2008, 3, 9))));
  ASSERT_TRUE(b.AddIntroduction(Introduced("i-eip", D(2026, 3, 9), D(1990, 1, 1), "team-eip")));
  ASSERT_TRUE(b.AddIntroduction(Introduced("i-unknown", D(2026, 3, 9), std::nullopt)));
  ASSERT_TRUE(b.AddEpisode(Supported("e-adult", "p-1", D(2026, 3, 20), "i-adult")));
  ASSERT_TRUE(b.AddEpisode(Supported("e-child", "p-2", D(2026, 3, 20), "i-child")));
  ASSERT_TRUE(b.AddEpisode(Supported("e-eip", "p-3", D(2026, 3, 20), "i-eip", "team-eip")));
  ASSERT_TRUE(b.AddEpisode(Supported("e-unknown", "p-4", D(2026, 3, 20), "i-unknown")));
  ASSERT_TRUE(b.AddEpisode(Supported("e-none", "p-1", D(2026, 9, 1))));     // no introduction
  EXPECT_FALSE(b.AddEpisode(Supported("e-adult", "p-1", D(2026, 3, 20))));  // twice
  const Facts f = b.Finish();
  const auto S = [](Mhs108Episode s) { return static_cast<std::uint8_t>(s); };
  EXPECT_EQ(f.episodes.mhs108,
            (std::vector<std::uint8_t>{S(Mhs108Episode::kAlways), S(Mhs108Episode::kNever),
                                       S(Mhs108Episode::kFromApril2023), S(Mhs108Episode::kNever),
                                       S(Mhs108Episode::kNever)}));
  EXPECT_EQ(f.episodes.person, (std::vector<std::int32_t>{0, 1, 2, 3, 0}));
  EXPECT_EQ(f.people, 4);
}

TEST(FactsRecordsTest, AContactKeepsEachLinkedPersonsPartWithWhetherItQualifies) {
  FactsBuilder b = Bury();
  ASSERT_TRUE(b.AddEpisode(Supported("e-1", "p-1", D(2026, 1, 5))));
  ASSERT_TRUE(b.AddEpisode(Supported("e-2", "p-2", D(2026, 1, 5))));
  Contact group{.id = "c-1"};
  // 00:30 on 1 July in London is 30 June in UTC.
  group.occurred_at = LondonToUtc(D(2026, 7, 1), 0, 30);
  group.mode = ContactMode::kFaceToFace;
  group.people = {
      {.person_id = "p-1", .episode_id = "e-1", .attendance = Attendance::kAttended},
      {.person_id = "p-2", .episode_id = "e-2", .attendance = Attendance::kDidNotAttend},
      {.person_id = "p-3", .episode_id = "", .attendance = Attendance::kAttended},
      // Someone else's episode: not kept.
      {.person_id = "p-4", .episode_id = "e-1", .attendance = Attendance::kAttended}};
  ASSERT_TRUE(b.AddContact(group));
  for (ContactMode mode : {ContactMode::kPhone, ContactMode::kVideo, ContactMode::kEmail,
                           ContactMode::kText, ContactMode::kLetter}) {
    Contact c{.id = "c-" + std::string(ContactModeKey(mode))};
    c.occurred_at = LondonToUtc(D(2026, 7, 2), 9, 0);
    c.mode = mode;
    c.people = {{.person_id = "p-1", .episode_id = "e-1", .attendance = Attendance::kAttended}};
    ASSERT_TRUE(b.AddContact(c));
  }
  Contact stray{.id = "c-9"};
  stray.people = {{.person_id = "p-1", .episode_id = "e-9", .attendance = Attendance::kAttended}};
  Status refused = b.AddContact(stray);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message, "c-9 is linked to episode e-9, which was not added");
  const Facts f = b.Finish();
  EXPECT_EQ(f.contacts.episode, (std::vector<std::int32_t>{0, 1, 0, 0, 0, 0, 0}));
  EXPECT_EQ(f.contacts.day[0], Day(2026, 7, 1));
  EXPECT_EQ(f.contacts.attendance[1], static_cast<std::uint8_t>(Attendance::kDidNotAttend));
  // Attended face to face, DNA; phone, video; email, text, letter.
  EXPECT_EQ(f.contacts.qualifying, (std::vector<std::uint8_t>{1, 0, 1, 1, 0, 0, 0}));
}

QuestionnaireResponse Answered(const std::string& id, const std::string& person, Date on, int score,
                               int minute = 0, const std::string& instrument = "reqol-10") {
  QuestionnaireResponse r{.id = id, .person_id = person, .instrument_id = instrument, .on = on};
  r.recorded_at = LondonToUtc(on, 10, minute);
  r.score = Points::Whole(score);
  return r;
}

TEST(FactsRecordsTest, AReqolResponseIsKeptWithTheEpisodeOpenOnItsDayInOrder) {
  FactsBuilder b = Bury();
  ASSERT_TRUE(b.SetReqol10(Reqol10()));
  // The first episode from its introduction (7 January) to 31 March; the
  // second from 1 May, open.
  ASSERT_TRUE(b.AddIntroduction(Introduced("i-1", D(2026, 1, 7), D(1980, 1, 1))));
  Episode first = Supported("e-1", "p-1", D(2026, 1, 20), "i-1");
  first.ending = EpisodeEnd{.reason = EpisodeEnding::kGoalsMet, .ended_on = D(2026, 3, 31)};
  ASSERT_TRUE(b.AddEpisode(first));
  ASSERT_TRUE(b.AddEpisode(Supported("e-2", "p-1", D(2026, 5, 1))));
  ASSERT_TRUE(b.AddQuestionnaireResponse(Answered("r-end", "p-1", D(2026, 3, 31), 30)));
  ASSERT_TRUE(b.AddQuestionnaireResponse(Answered("r-later", "p-1", D(2026, 1, 7), 16, 30)));
  ASSERT_TRUE(b.AddQuestionnaireResponse(Answered("r-base", "p-1", D(2026, 1, 7), 14, 5)));
  ASSERT_TRUE(
      b.AddQuestionnaireResponse(Answered("r-gap", "p-1", D(2026, 4, 15), 20)));  // no episode
  ASSERT_TRUE(b.AddQuestionnaireResponse(Answered("r-2", "p-1", D(2026, 6, 1), 22)));
  ASSERT_TRUE(
      b.AddQuestionnaireResponse(Answered("r-else", "p-9", D(2026, 6, 1), 22)));  // nobody's
  ASSERT_TRUE(
      b.AddQuestionnaireResponse(Answered("r-swem", "p-1", D(2026, 6, 1), 22, 0, "swemwbs")));
  QuestionnaireResponse unscored = Answered("r-none", "p-1", D(2026, 6, 2), 0);
  unscored.score.reset();
  ASSERT_TRUE(b.AddQuestionnaireResponse(unscored));
  const Facts f = b.Finish();
  EXPECT_EQ(f.reqol10.episode, (std::vector<std::int32_t>{0, 0, 0, 1}));
  EXPECT_EQ(f.reqol10.day, (std::vector<std::int32_t>{Day(2026, 1, 7), Day(2026, 1, 7),
                                                      Day(2026, 3, 31), Day(2026, 6, 1)}));
  EXPECT_EQ(f.reqol10.score, (std::vector<std::int32_t>{1400, 1600, 3000, 2200}));
  ASSERT_TRUE(f.rules.reqol10.has_value());
  EXPECT_EQ(f.rules.reqol10->reliable_change, Points::Whole(5));
  EXPECT_EQ(f.rules.reqol10_highest, Points::Whole(40));
}

TEST(FactsRecordsTest, WithoutTheReqolDefinitionNoResponseIsKept) {
  FactsBuilder b = Bury();
  ASSERT_TRUE(b.AddEpisode(Supported("e-1", "p-1", D(2026, 1, 5))));
  ASSERT_TRUE(b.AddQuestionnaireResponse(Answered("r-1", "p-1", D(2026, 1, 5), 14)));
  EXPECT_FALSE(b.SetReqol10(Ons4())) << "scored item by item";
  const Facts f = b.Finish();
  EXPECT_EQ(f.reqol10.size(), 0u);
  EXPECT_FALSE(f.rules.reqol10.has_value());
}

TEST(FactsRecordsTest, AGoalIsKeptWithTheEpisodeOpenWhenItWasSetAndItsRatingsAsGiven) {
  FactsBuilder b = Bury();
  ASSERT_TRUE(b.SetGoalRule(Gbo()));
  ASSERT_TRUE(b.AddEpisode(Supported("e-1", "p-1", D(2026, 1, 5))));
  lw::Goal kept{.id = "g-1", .person_id = "p-1", .set_on = D(2026, 1, 5)};
  kept.ratings = {{.on = D(2026, 3, 2), .rating = 7}, {.on = D(2026, 1, 5), .rating = 2}};
  lw::Goal before{.id = "g-2", .person_id = "p-1", .set_on = D(2025, 12, 1)};
  before.ratings = {{.on = D(2025, 12, 1), .rating = 1}};
  ASSERT_TRUE(b.AddGoal(kept));
  ASSERT_TRUE(b.AddGoal(before));
  const Facts f = b.Finish();
  EXPECT_EQ(f.goals.episode, std::vector<std::int32_t>{0});
  EXPECT_EQ(f.goal_ratings.goal, (std::vector<std::int32_t>{0, 0}));
  EXPECT_EQ(f.goal_ratings.day, (std::vector<std::int32_t>{Day(2026, 3, 2), Day(2026, 1, 5)}));
  EXPECT_EQ(f.goal_ratings.rating, (std::vector<std::uint8_t>{7, 2}));
  ASSERT_TRUE(f.rules.goals.has_value());
  EXPECT_EQ(f.rules.goals->reliable_change, Points::Whole(3));
}

// The experience questions as the shipped file has them: 1 strongly
// disagree .. 5 strongly agree, each item on its own.
Instrument Experience() {
  InstrumentDefinition d{.id = "experience",
                         .name = "Your experience of support",
                         .version = "1",
                         .licence = "Our own",
                         .rule = ScoringRule::kEachItem,
                         .missing = MissingRule::kSkip,
                         .max_missing = 1,
                         .min_score = Points::Whole(1),
                         .max_score = Points::Whole(5),
                         .options = outcomes_test::Scale(1, 5)};
  d.items.push_back({.id = "listened", .text = "I felt listened to"});
  d.items.push_back({.id = "use-again", .text = "I would use the service again"});
  return outcomes_test::Valid(std::move(d));
}

QuestionnaireResponse Experienced(const std::string& id, const std::string& team, Date on,
                                  std::optional<int> listened) {
  QuestionnaireResponse r{
      .id = id, .person_id = "p-1", .team_id = team, .instrument_id = "experience", .on = on};
  r.answers = {{.item_id = "listened", .value = listened}, {.item_id = "use-again", .value = 5}};
  return r;
}

TEST(FactsRecordsTest, AnAnswerToFeltListenedToAgreesAtAgreeOrStronglyAgree) {
  FactsBuilder b = Bury();
  EXPECT_FALSE(b.SetExperience(Experience(), "no-such-item"));
  ASSERT_TRUE(b.SetExperience(Experience()));
  for (int value = 1; value <= 5; ++value) {
    ASSERT_TRUE(b.AddQuestionnaireResponse(
        Experienced("x-" + std::to_string(value), "team-eip", D(2026, 2, value), value)));
  }
  ASSERT_TRUE(b.AddQuestionnaireResponse(Experienced("x-skipped", "team-bury", D(2026, 2, 9), {})));
  EXPECT_FALSE(b.AddQuestionnaireResponse(Experienced("x-9", "team-nowhere", D(2026, 2, 9), 5)));
  const Facts f = b.Finish();
  EXPECT_EQ(f.listened.agreed, (std::vector<std::uint8_t>{0, 0, 0, 1, 1}));
  EXPECT_EQ(f.listened.team, (std::vector<std::int32_t>{1, 1, 1, 1, 1}));
  EXPECT_EQ(f.listened.day.front(), Day(2026, 2, 1));
}

}  // namespace
}  // namespace facts_records_test
}  // namespace lw::evaluation

#include "domain/team/episode.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "domain/team/test_support.h"

namespace lw {
namespace episode_test {
namespace {

using namespace team_test;
using Fs = std::vector<std::string>;

TEST(EpisodeTest, OpensActiveAtVersionOneWithItsFirstKeyworker) {
  Episode e = Opened();
  EXPECT_EQ(e.id, "e-1");
  EXPECT_EQ(e.version, 1);
  EXPECT_EQ(e.ordinal, 1);
  EXPECT_EQ(e.person_id, "p-1");
  EXPECT_EQ(e.team_id, "team-hyde");
  EXPECT_EQ(e.introduction_id, "i-1");
  EXPECT_EQ(e.status, EpisodeStatus::kActive);
  EXPECT_FALSE(e.ending.has_value());
  EXPECT_EQ(e.started_on, Start());
  EXPECT_EQ(e.rhythm, TamesideRhythm());
  EXPECT_EQ(e.keyworker_user_id, "u-sam");
  ASSERT_EQ(e.keyworker_history.size(), 1u);
  EXPECT_EQ(e.keyworker_history[0],
            (KeyworkerSpell{.user_id = "u-sam", .from = Start(), .to = std::nullopt}));
}

TEST(EpisodeTest, OpeningTrimsTextAndNeedsNoIntroduction) {
  NewEpisode r = Request();
  r.person_id = "  p-1 ";
  r.keyworker_user_id = " u-sam";
  r.introduction_id.reset();
  r.planned_end_on = Today();
  auto e = OpenEpisode(r, {}, Today());
  ASSERT_TRUE(e.has_value()) << e.error().message;
  EXPECT_EQ(e->person_id, "p-1");
  EXPECT_EQ(e->keyworker_history[0].user_id, "u-sam");
  EXPECT_FALSE(e->introduction_id.has_value());
  EXPECT_EQ(e->planned_end_on, Today());
}

TEST(EpisodeTest, OpeningNamesEachBadField) {
  NewEpisode r = Request({.review_every_weeks = 0});
  r.person_id = " ";
  r.team_id = "";
  r.introduction_id = "";
  r.keyworker_user_id = "";
  r.started_on = Day(2026, 6, 2);
  r.planned_end_on = Day(2026, 5, 31);
  auto e = OpenEpisode(r, {}, Today());
  ASSERT_FALSE(e.has_value());
  EXPECT_EQ(e.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Fields(e), (Fs{"person_id", "team_id", "introduction_id", "keyworker_user_id",
                           "started_on", "planned_end_on", "review_every_weeks"}));
  EXPECT_EQ(MessageFor(e, "keyworker_user_id"), "Choose a keyworker");
  EXPECT_EQ(MessageFor(e, "started_on"), "The start date cannot be in the future");
}

TEST(EpisodeLifecycleTest, ComingBackOpensEpisodeTwoOnTheSameRecord) {
  Episode first = Ended();
  NewEpisode again = Request(SalfordRhythm());
  again.id = "e-2";
  again.introduction_id.reset();  // coming back needs no new introduction
  again.started_on = Today();
  std::vector<Episode> persons = {first};
  auto second = OpenEpisode(again, persons, Today());
  ASSERT_TRUE(second.has_value()) << second.error().message;
  EXPECT_EQ(second->ordinal, 2);
  EXPECT_EQ(second->person_id, first.person_id);
  EXPECT_EQ(second->version, 1);
  EXPECT_EQ(second->rhythm, SalfordRhythm());

  // While episode 2 is active, a third with the same team is refused.
  persons.push_back(*second);
  NewEpisode third = again;
  third.id = "e-3";
  auto refused = OpenEpisode(third, persons, Today());
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(refused.error().message,
            "They already have an active episode with this team (episode 2, started 1 June "
            "2026): carry on the support there");
}

TEST(EpisodeLifecycleTest, ASecondActiveEpisodeWithTheSameTeamIsRefused) {
  std::vector<Episode> persons = {Opened()};
  auto r = OpenEpisode(Request(), persons, Today());
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kFailedPrecondition);
}

TEST(EpisodeLifecycleTest, AnotherTeamMayOpenAlongsideAndIsNumberedOnTheSameRecord) {
  std::vector<Episode> persons = {Opened()};
  NewEpisode r = Request();
  r.team_id = "team-glossop";
  auto e = OpenEpisode(r, persons, Today());
  ASSERT_TRUE(e.has_value()) << e.error().message;
  EXPECT_EQ(e->ordinal, 2);
}

TEST(EpisodeLifecycleTest, OtherPeoplesEpisodesAreIgnored) {
  Episode someone_else = Opened();
  someone_else.person_id = "p-2";
  someone_else.ordinal = 4;
  std::vector<Episode> given = {someone_else};
  auto e = OpenEpisode(Request(), given, Today());
  ASSERT_TRUE(e.has_value()) << e.error().message;
  EXPECT_EQ(e->ordinal, 1);
}

TEST(EpisodeLifecycleTest, ComingBackCannotStartBeforeTheLastEpisodeEnded) {
  std::vector<Episode> persons = {Ended()};  // ended 29 May 2026
  NewEpisode r = Request();
  r.started_on = Day(2026, 5, 28);
  auto early = OpenEpisode(r, persons, Today());
  ASSERT_FALSE(early.has_value());
  EXPECT_EQ(MessageFor(early, "started_on"),
            "Their last episode with this team ended on 29 May 2026: the new one cannot start "
            "before then");
  r.started_on = Day(2026, 5, 29);
  EXPECT_TRUE(OpenEpisode(r, persons, Today()).has_value());
}

struct Op {
  const char* name;
  std::function<Result<Episode>(const Episode&)> run;
};

std::vector<Op> Ops() {
  return {
      {"reassign",
       [](const Episode& e) { return ReassignKeyworker(e, "u-ali", Today(), "", Today()); }},
      {"review",
       [](const Episode& e) {
         return RecordReview(e, {.on = Today(), .by_user_id = "u-sam"}, Today());
       }},
      {"plan", [](const Episode& e) { return PlanEnding(e, Day(2026, 7, 1), Today()); }},
      {"intensity", [](const Episode& e) { return SetIntensity(e, Intensity::kIntensive); }},
      {"end",
       [](const Episode& e) {
         return EndEpisode(e, EndingFor(EpisodeEnding::kCompleted), Today());
       }},
  };
}

TEST(EpisodeLifecycleTest, EveryTransitionIsAllowedWhileActiveAndRefusedOnceEnded) {
  Episode active = Opened();
  Episode ended = Ended();
  for (const auto& op : Ops()) {
    SCOPED_TRACE(op.name);
    auto got = op.run(active);
    ASSERT_TRUE(got.has_value()) << got.error().message;
    EXPECT_EQ(got->version, active.version + 1);
    EXPECT_EQ(got->status,
              std::string(op.name) == "end" ? EpisodeStatus::kEnded : EpisodeStatus::kActive);
    auto refused = op.run(ended);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::kFailedPrecondition);
  }
}

TEST(EpisodeLifecycleTest, AnEndedEpisodePointsToANewOne) {
  auto r = RecordReview(Ended(), {.on = Today(), .by_user_id = "u-sam"}, Today());
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().message,
            "This episode ended on 29 May 2026. Nothing changes an ended episode: if they would "
            "like support again, open a new one (they can come back at any time)");
}

TEST(EpisodeLifecycleTest, RefusalsLeaveTheInputUntouched) {
  const Episode active = Opened();
  const Episode ended = Ended();
  const Episode active_copy = active;
  const Episode ended_copy = ended;
  EXPECT_FALSE(ReassignKeyworker(active, "u-sam", Today(), "", Today()).has_value());
  EXPECT_FALSE(
      RecordReview(active, {.on = Day(2026, 7, 1), .by_user_id = "u-sam"}, Today()).has_value());
  EXPECT_FALSE(PlanEnding(active, Day(2026, 5, 1), Today()).has_value());
  EXPECT_FALSE(
      EndEpisode(active, EndingFor(EpisodeEnding::kOther, Day(2026, 1, 1)), Today()).has_value());
  for (const auto& op : Ops()) EXPECT_FALSE(op.run(ended).has_value()) << op.name;
  EXPECT_EQ(active, active_copy);
  EXPECT_EQ(ended, ended_copy);

  const std::vector<Episode> persons = {active};
  EXPECT_FALSE(OpenEpisode(Request(), persons, Today()).has_value());
  EXPECT_EQ(persons[0], active_copy);
}

TEST(EpisodeKeyworkerTest, HistoryIsKeptAcrossTwoReassignments) {
  auto a = ReassignKeyworker(Opened(), "u-ali", Day(2026, 4, 1), "Sam is on leave", Today());
  ASSERT_TRUE(a.has_value()) << a.error().message;
  auto b = ReassignKeyworker(*a, "u-jo", Day(2026, 5, 4), " Jo speaks Urdu, as they do ", Today());
  ASSERT_TRUE(b.has_value()) << b.error().message;
  EXPECT_EQ(b->version, 3);
  EXPECT_EQ(b->keyworker_user_id, "u-jo");
  EXPECT_EQ(
      b->keyworker_history,
      (std::vector<KeyworkerSpell>{
          {.user_id = "u-sam", .from = Start(), .to = Day(2026, 4, 1)},
          {.user_id = "u-ali",
           .from = Day(2026, 4, 1),
           .to = Day(2026, 5, 4),
           .reason = "Sam is on leave"},
          {.user_id = "u-jo", .from = Day(2026, 5, 4), .reason = "Jo speaks Urdu, as they do"},
      }));
  auto ended = EndEpisode(*b, EndingFor(EpisodeEnding::kGoalsMet), Today());
  ASSERT_TRUE(ended.has_value()) << ended.error().message;
  EXPECT_EQ(ended->keyworker_history.size(), 3u);
  EXPECT_EQ(ended->keyworker_history.back().to, Day(2026, 5, 29));
}

TEST(EpisodeKeyworkerTest, ReassigningChecksWhoAndWhen) {
  Episode e = *ReassignKeyworker(Opened(), "u-ali", Day(2026, 4, 1), "", Today());
  EXPECT_EQ(Fields(ReassignKeyworker(e, "u-ali", Today(), "", Today())), Fs{"keyworker_user_id"});
  EXPECT_EQ(Fields(ReassignKeyworker(e, " ", Today(), "", Today())), Fs{"keyworker_user_id"});
  EXPECT_EQ(Fields(ReassignKeyworker(e, "u-jo", Day(2026, 6, 2), "", Today())), Fs{"from"});
  auto before = ReassignKeyworker(e, "u-jo", Day(2026, 3, 31), "", Today());
  EXPECT_EQ(MessageFor(before, "from"),
            "The date of the change cannot be before the current keyworker started (1 April "
            "2026)");
  EXPECT_EQ(Fields(ReassignKeyworker(e, "u-jo", Today(), std::string(201, 'x'), Today())),
            Fs{"reason"});
  // Handing back on the day the current spell began is allowed.
  EXPECT_TRUE(ReassignKeyworker(e, "u-jo", Day(2026, 4, 1), "", Today()).has_value());
}

TEST(EpisodeReviewTest, ReviewsAreKeptInDateOrderEvenWhenRecordedLate) {
  auto a = RecordReview(Opened(), {.on = Day(2026, 5, 25), .by_user_id = "u-sam"}, Today());
  ASSERT_TRUE(a.has_value()) << a.error().message;
  auto b = RecordReview(
      *a, {.on = Day(2026, 4, 6), .by_user_id = "u-ali", .note = "  Allotment most weeks "},
      Today());
  ASSERT_TRUE(b.has_value()) << b.error().message;
  ASSERT_EQ(b->reviews.size(), 2u);
  EXPECT_EQ(b->reviews[0].on, Day(2026, 4, 6));
  EXPECT_EQ(b->reviews[0].note, "Allotment most weeks");
  EXPECT_EQ(b->reviews[1].on, Day(2026, 5, 25));
  EXPECT_EQ(b->last_review_on, Day(2026, 5, 25));
}

TEST(EpisodeReviewTest, ReviewChecksDateWhoAndNote) {
  Episode e = Opened();
  auto review = [&](Date on, std::string by, std::string note) {
    return RecordReview(e, {.on = on, .by_user_id = std::move(by), .note = std::move(note)},
                        Today());
  };
  EXPECT_EQ(Fields(review(Day(2026, 6, 2), "u-sam", "")), Fs{"on"});
  EXPECT_EQ(MessageFor(review(Day(2026, 3, 1), "u-sam", ""), "on"),
            "The review date cannot be before the episode started (2 March 2026)");
  EXPECT_EQ(Fields(review(Today(), "", "")), Fs{"by_user_id"});
  EXPECT_EQ(Fields(review(Today(), "u-sam", std::string(2001, 'x'))), Fs{"note"});
  EXPECT_TRUE(review(Start(), "u-sam", std::string(2000, 'x')).has_value());
}

TEST(EpisodePlanTest, AnEndIsPlannedWithThePersonAndCanChange) {
  auto planned = PlanEnding(Opened(), Day(2026, 7, 3), Today());
  ASSERT_TRUE(planned.has_value()) << planned.error().message;
  EXPECT_EQ(planned->planned_end_on, Day(2026, 7, 3));
  EXPECT_EQ(planned->status, EpisodeStatus::kActive);
  auto cleared = PlanEnding(*planned, std::nullopt, Today());
  ASSERT_TRUE(cleared.has_value());
  EXPECT_FALSE(cleared->planned_end_on.has_value());
  EXPECT_TRUE(PlanEnding(Opened(), Today(), Today()).has_value());
  EXPECT_EQ(Fields(PlanEnding(Opened(), Day(2026, 5, 31), Today())), Fs{"planned_end_on"});
}

TEST(EpisodeIntensityTest, OpensRegularUnlessSaidAndChangesAsNeedsChange) {
  EXPECT_EQ(Opened().intensity, Intensity::kRegular);
  auto heavier = SetIntensity(Opened(), Intensity::kIntensive);
  ASSERT_TRUE(heavier.has_value());
  EXPECT_EQ(heavier->intensity, Intensity::kIntensive);
  EXPECT_EQ(IntensityWeight(heavier->intensity), 3);
  EXPECT_EQ(heavier->version, 2);
}

TEST(EpisodeEndingTest, EachReasonEndsTheEpisodeWithWhatItNeeds) {
  for (EpisodeEnding reason : kAllEpisodeEndings) {
    SCOPED_TRACE(std::string(EpisodeEndingKey(reason)));
    auto e = EndEpisode(Opened(), EndingFor(reason), Today());
    ASSERT_TRUE(e.has_value()) << e.error().message;
    EXPECT_TRUE(e->IsEnded());
    EXPECT_EQ(e->ending->reason, reason);
    EXPECT_EQ(e->ending->ended_on, Day(2026, 5, 29));
    EXPECT_EQ(e->ending->ended_by_user_id, "u-sam");
    EXPECT_EQ(e->ending->persons_words, "I feel ready to do this on my own now");
  }
}

TEST(EpisodeEndingTest, MovingOnNeedsWhereTo) {
  EpisodeEnd end = EndingFor(EpisodeEnding::kMovingOn);
  end.moving_on_to = "  ";
  auto r = EndEpisode(Opened(), end, Today());
  EXPECT_EQ(Fields(r), Fs{"moving_on_to"});
  EXPECT_EQ(MessageFor(r, "moving_on_to"), "Say where they are moving on to");
  end.moving_on_to = std::string(201, 'x');
  EXPECT_EQ(Fields(EndEpisode(Opened(), end, Today())), Fs{"moving_on_to"});
  end.moving_on_to = " Tameside Carers Centre ";
  auto ok = EndEpisode(Opened(), end, Today());
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->ending->moving_on_to, "Tameside Carers Centre");
}

TEST(EpisodeEndingTest, OtherNeedsAShortDescription) {
  EpisodeEnd end = EndingFor(EpisodeEnding::kOther);
  end.other_reason = "";
  auto r = EndEpisode(Opened(), end, Today());
  EXPECT_EQ(Fields(r), Fs{"other_reason"});
  EXPECT_EQ(MessageFor(r, "other_reason"), "Say briefly why support ended");
  end.other_reason = std::string(201, 'x');
  EXPECT_EQ(Fields(EndEpisode(Opened(), end, Today())), Fs{"other_reason"});
}

TEST(EpisodeEndingTest, DetailOnlyAnotherReasonNeedsIsNotKept) {
  EpisodeEnd end = EndingFor(EpisodeEnding::kStoppedEngaging);
  end.moving_on_to = "Somewhere";
  end.other_reason = "Something";
  auto e = EndEpisode(Opened(), end, Today());
  ASSERT_TRUE(e.has_value()) << e.error().message;
  EXPECT_EQ(e->ending->moving_on_to, "");
  EXPECT_EQ(e->ending->other_reason, "");
}

TEST(EpisodeEndingTest, ThePersonsWordsAreOptionalButLimited) {
  EpisodeEnd end = EndingFor(EpisodeEnding::kMovedAway);
  end.persons_words = "";
  EXPECT_TRUE(EndEpisode(Opened(), end, Today()).has_value());
  end.persons_words = std::string(2000, 'x');
  EXPECT_TRUE(EndEpisode(Opened(), end, Today()).has_value());
  end.persons_words = std::string(2001, 'x');
  EXPECT_EQ(Fields(EndEpisode(Opened(), end, Today())), Fs{"persons_words"});
}

TEST(EpisodeEndingTest, TheEndDateFollowsEverythingBeforeIt) {
  Episode e = *RecordReview(Opened(), {.on = Day(2026, 5, 25), .by_user_id = "u-sam"}, Today());
  auto end_on = [&](const Episode& from, Date on) {
    return EndEpisode(from, EndingFor(EpisodeEnding::kCompleted, on), Today());
  };
  EXPECT_EQ(MessageFor(end_on(e, Day(2026, 6, 2)), "ended_on"),
            "The end date cannot be in the future");
  EXPECT_EQ(MessageFor(end_on(Opened(), Day(2026, 3, 1)), "ended_on"),
            "The end date cannot be before the episode started (2 March 2026)");
  EXPECT_EQ(MessageFor(end_on(e, Day(2026, 5, 24)), "ended_on"),
            "The end date cannot be before the last review (25 May 2026)");
  Episode moved = *ReassignKeyworker(Opened(), "u-ali", Day(2026, 5, 27), "", Today());
  EXPECT_EQ(MessageFor(end_on(moved, Day(2026, 5, 26)), "ended_on"),
            "The end date cannot be before the current keyworker started (27 May 2026)");
  EXPECT_TRUE(end_on(e, Day(2026, 5, 25)).has_value());
  EXPECT_TRUE(end_on(Opened(), Start()).has_value());

  EpisodeEnd nobody = EndingFor(EpisodeEnding::kDied);
  nobody.ended_by_user_id = "";
  EXPECT_EQ(Fields(EndEpisode(e, nobody, Today())), Fs{"ended_by_user_id"});
}

TEST(EpisodeEndingTest, APlannedEndIsKeptBesideTheActualOne) {
  Episode e = *PlanEnding(Opened(), Today(), Today());
  auto ended = EndEpisode(e, EndingFor(EpisodeEnding::kCompleted), Today());
  ASSERT_TRUE(ended.has_value());
  EXPECT_EQ(ended->planned_end_on, Today());
  EXPECT_EQ(ended->ending->ended_on, Day(2026, 5, 29));
}

using EpisodeInvariantsDeathTest = ::testing::Test;

TEST(EpisodeInvariantsDeathTest, ImpossibleEpisodesAbort) {
  Episode ok = *ReassignKeyworker(Opened(), "u-ali", Day(2026, 4, 1), "", Today());
  CheckEpisodeInvariants(ok);  // does not abort
  CheckEpisodeInvariants(Ended());

  auto broken = [&](const std::function<void(Episode&)>& change) {
    Episode e = ok;
    change(e);
    return e;
  };
  EXPECT_DEATH(CheckEpisodeInvariants(broken([](Episode& e) { e.version = 0; })), "version");
  EXPECT_DEATH(CheckEpisodeInvariants(broken([](Episode& e) { e.ordinal = 0; })), "ordinal");
  EXPECT_DEATH(CheckEpisodeInvariants(broken([](Episode& e) { e.status = EpisodeStatus::kEnded; })),
               "ending");
  EXPECT_DEATH(CheckEpisodeInvariants(broken([](Episode& e) { e.keyworker_history.clear(); })),
               "empty");
  EXPECT_DEATH(CheckEpisodeInvariants(
                   broken([](Episode& e) { e.keyworker_history[0].to = Day(2026, 3, 31); })),
               "from");
  EXPECT_DEATH(CheckEpisodeInvariants(broken([](Episode& e) { e.keyworker_user_id = "u-sam"; })),
               "keyworker_user_id");
  EXPECT_DEATH(CheckEpisodeInvariants(broken([](Episode& e) { e.last_review_on = Today(); })),
               "last_review_on");
  EXPECT_DEATH(CheckEpisodeInvariants(broken([](Episode& e) {
                 e.reviews.push_back({.on = Day(2026, 3, 1), .by_user_id = "u-sam"});
                 e.last_review_on = Day(2026, 3, 1);
               })),
               "started_on");

  Episode moving = *EndEpisode(ok, EndingFor(EpisodeEnding::kMovingOn), Today());
  CheckEpisodeInvariants(moving);
  moving.ending->moving_on_to.clear();
  EXPECT_DEATH(CheckEpisodeInvariants(moving), "moving_on_to");
}

}  // namespace
}  // namespace episode_test
}  // namespace lw

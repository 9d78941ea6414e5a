#include "domain/network/unmet_need.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "testing/field_errors.h"

namespace lw {
namespace unmet_need_test {
namespace {

using directory::Need;
using ::lw::testing::Fields;

Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }
Timestamp At(Date day, int hour = 10) { return LondonToUtc(day, hour, 0); }

UnmetNeedDraft Draft() {
  return {.person_id = "p-1",
          .team_id = "team-hyde",
          .neighbourhood_id = "n-hyde",
          .need = Need::kMoneyAndDebt,
          .reason = GapReason::kLongWait,
          .noted_in = NeedNotedIn::kInitialConversation,
          .words = "  Help with bailiffs before Christmas  ",
          .offered_wait_days = 56,
          .noted_on = Day(2026, 3, 2),
          .noted_by_user_id = "u-sam",
          .recorded_at = At(Day(2026, 3, 2))};
}

UnmetNeed Noted(std::string person, std::string neighbourhood, Need need, GapReason reason,
                Date on) {
  auto d = Draft();
  d.person_id = std::move(person);
  d.neighbourhood_id = std::move(neighbourhood);
  d.need = need;
  d.reason = reason;
  if (reason != GapReason::kLongWait) d.offered_wait_days.reset();
  d.noted_on = on;
  d.recorded_at = At(on);
  auto n = MakeUnmetNeed(d);
  EXPECT_TRUE(n.has_value());
  return *n;
}

TEST(UnmetNeedTest, MakesVersionOneWithTheWordsTrimmed) {
  auto n = MakeUnmetNeed(Draft());
  ASSERT_TRUE(n.has_value()) << n.error().message;
  EXPECT_EQ(n->version, 1);
  EXPECT_EQ(n->words, "Help with bailiffs before Christmas");
  EXPECT_EQ(n->offered_wait_days, 56);
  EXPECT_FALSE(n->in_error);
}

TEST(UnmetNeedTest, RefusesBadInputNamingEachField) {
  auto d = Draft();
  d.words = std::string(kMaxUnmetNeedWords + 1, 'a');
  d.offered_wait_days = -1;
  d.noted_on = Day(2026, 3, 3);  // the day after it is recorded
  auto n = MakeUnmetNeed(d);
  ASSERT_FALSE(n.has_value());
  EXPECT_EQ(n.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Fields(n), (std::vector<std::string>{"words", "offered_wait_days", "noted_on"}));
}

TEST(UnmetNeedTest, AWaitBelongsOnlyToALongWait) {
  auto d = Draft();
  d.reason = GapReason::kNoService;
  auto n = MakeUnmetNeed(d);
  ASSERT_FALSE(n.has_value());
  EXPECT_EQ(Fields(n), (std::vector<std::string>{"offered_wait_days"}));
  d.offered_wait_days = kMaxOfferedWaitDays + 1;
  d.reason = GapReason::kLongWait;
  EXPECT_FALSE(MakeUnmetNeed(d).has_value());
  d.offered_wait_days = kMaxOfferedWaitDays;
  EXPECT_TRUE(MakeUnmetNeed(d).has_value());
}

TEST(UnmetNeedTest, ControlCharactersInTheWordsAreRefused) {
  auto d = Draft();
  d.words = "bad\x01text";
  auto n = MakeUnmetNeed(d);
  ASSERT_FALSE(n.has_value());
  EXPECT_EQ(Fields(n), (std::vector<std::string>{"words"}));
}

TEST(UnmetNeedTest, RecordedInErrorNeedsANoteAndHappensOnce) {
  auto n = *MakeUnmetNeed(Draft());
  auto none = MarkUnmetNeedInError(n, "   ", "u-ali", At(Day(2026, 3, 3)));
  ASSERT_FALSE(none.has_value());
  EXPECT_EQ(Fields(none), (std::vector<std::string>{"note"}));

  auto marked = MarkUnmetNeedInError(n, "Wrong person", "u-ali", At(Day(2026, 3, 3)));
  ASSERT_TRUE(marked.has_value());
  EXPECT_EQ(marked->version, 2);
  EXPECT_TRUE(marked->in_error);
  EXPECT_EQ(marked->in_error_note, "Wrong person");
  EXPECT_EQ(marked->in_error_by_user_id, "u-ali");
  EXPECT_EQ(marked->words, n.words);  // nothing else changes

  auto again = MarkUnmetNeedInError(*marked, "Again", "u-ali", At(Day(2026, 3, 4)));
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
}

TEST(UnmetNeedTest, VocabulariesRoundTrip) {
  for (GapReason r : kAllGapReasons) EXPECT_EQ(ParseGapReason(GapReasonKey(r)), r);
  for (NeedNotedIn n : kAllNeedNotedIn) EXPECT_EQ(ParseNeedNotedIn(NeedNotedInKey(n)), n);
  EXPECT_EQ(GapReasonKey(GapReason::kLongWait), "long-wait");
  EXPECT_EQ(NeedNotedInKey(NeedNotedIn::kInitialConversation), "initial-conversation");
  EXPECT_EQ(ParseGapReason("Long-wait"), std::nullopt);
}

TEST(CountGapsTest, CountsPeopleOncePerNeedAndNeighbourhood) {
  const Date d = Day(2026, 3, 2);
  std::vector<UnmetNeed> needs = {
      Noted("p-1", "n-hyde", Need::kMoneyAndDebt, GapReason::kLongWait, d),
      // The same person, need and place again: still one.
      Noted("p-1", "n-hyde", Need::kMoneyAndDebt, GapReason::kLongWait, d.PlusDays(3)),
      Noted("p-2", "n-hyde", Need::kMoneyAndDebt, GapReason::kNoService, d),
      Noted("p-3", "n-ashton", Need::kMoneyAndDebt, GapReason::kNoService, d),
      Noted("p-3", "n-ashton", Need::kHousing, GapReason::kFull, d),
  };
  GapTable t = CountGaps(needs, Day(2026, 3, 1), Day(2026, 4, 1));
  EXPECT_EQ(t.people, 3);
  const GapCounts& hyde_debt = t.cells.at("n-hyde").at(Need::kMoneyAndDebt);
  EXPECT_EQ(hyde_debt.people, 2);
  EXPECT_EQ(hyde_debt.by_reason[static_cast<std::size_t>(GapReason::kLongWait)], 1);
  EXPECT_EQ(hyde_debt.by_reason[static_cast<std::size_t>(GapReason::kNoService)], 1);
  EXPECT_EQ(t.cells.at("n-ashton").at(Need::kHousing).people, 1);
  EXPECT_EQ(t.by_need.at(Need::kMoneyAndDebt).people, 3);
  EXPECT_EQ(t.by_need.at(Need::kHousing).people, 1);
  EXPECT_FALSE(t.cells.at("n-hyde").contains(Need::kHousing));
}

TEST(CountGapsTest, APersonInTwoNeighbourhoodsCountsOnceInTheNeedsTotal) {
  const Date d = Day(2026, 3, 2);
  std::vector<UnmetNeed> needs = {
      Noted("p-1", "n-hyde", Need::kHousing, GapReason::kFull, d),
      Noted("p-1", "n-ashton", Need::kHousing, GapReason::kNoService, d),
  };
  GapTable t = CountGaps(needs, d, d.PlusDays(1));
  EXPECT_EQ(t.cells.at("n-hyde").at(Need::kHousing).people, 1);
  EXPECT_EQ(t.cells.at("n-ashton").at(Need::kHousing).people, 1);
  const GapCounts& housing = t.by_need.at(Need::kHousing);
  EXPECT_EQ(housing.people, 1);
  EXPECT_EQ(housing.by_reason[static_cast<std::size_t>(GapReason::kFull)], 1);
  EXPECT_EQ(housing.by_reason[static_cast<std::size_t>(GapReason::kNoService)], 1);
}

TEST(CountGapsTest, LeavesOutThoseInErrorAndOutsideThePeriod) {
  const Date d = Day(2026, 3, 2);
  UnmetNeed wrong = Noted("p-9", "n-hyde", Need::kCrisis, GapReason::kNoService, d);
  wrong = *MarkUnmetNeedInError(wrong, "Wrong person", "u-ali", At(d));
  std::vector<UnmetNeed> needs = {
      wrong,
      Noted("p-1", "n-hyde", Need::kCrisis, GapReason::kNoService, Day(2026, 2, 28)),
      Noted("p-2", "n-hyde", Need::kCrisis, GapReason::kNoService, Day(2026, 3, 31)),
      Noted("p-3", "n-hyde", Need::kCrisis, GapReason::kNoService, Day(2026, 4, 1)),
  };
  GapTable t = CountGaps(needs, Day(2026, 3, 1), Day(2026, 4, 1));
  EXPECT_EQ(t.people, 1);  // only p-2: 31 March is in, 1 April (the end) is out
  EXPECT_EQ(t.by_need.at(Need::kCrisis).people, 1);
}

TEST(CountGapsTest, NothingNotedIsAnEmptyTable) {
  GapTable t = CountGaps({}, Day(2026, 3, 1), Day(2026, 4, 1));
  EXPECT_EQ(t.people, 0);
  EXPECT_TRUE(t.cells.empty());
  EXPECT_TRUE(t.by_need.empty());
}

}  // namespace
}  // namespace unmet_need_test
}  // namespace lw

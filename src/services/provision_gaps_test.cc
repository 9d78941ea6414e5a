#include "services/provision_gaps.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "services/people_service.h"
#include "services/service_test_support.h"
#include "testing/field_errors.h"

namespace lw {
namespace provision_gaps_test {
namespace {

using directory::Need;
using ::lw::testing::Fields;

class ProvisionGapsTest : public ::testing::Test {
 protected:
  ProvisionGapsTest()
      : people_(*world_.store, world_.clock, world_.random),
        gaps_(*world_.store, world_.clock, world_.random) {
    auto put = world_.store->Transact(TxMode::kWrite, [](StoreTx& tx) -> Status {
      if (auto s = tx.PutNeighbourhood({"n-north", "loc", "North"}); !s) return s;
      if (auto s = tx.PutNeighbourhood({"n-south", "loc", "South"}); !s) return s;
      if (auto s = tx.PutTeam({"team-n", "loc", "n-north", "North team"}); !s) return s;
      return tx.PutTeam({"team-s", "loc", "n-south", "South team"});
    });
    EXPECT_TRUE(put) << put.error().message;
    north_ = world_.Add("nia", Role::kPractitioner, "team-n");
    south_ = world_.Add("sol", Role::kPractitioner, "team-s");
    commissioner_ = world_.Add("commissioner", Role::kCommissioner);
    lead_ = world_.Add("lead", Role::kTeamLead, "team-n");
    partner_ = world_.Add("partner", Role::kNetworkPartner, "", "org-vcse");
    for (int i = 0; i < 7; ++i)
      north_people_.push_back(NewPerson(north_, "North" + std::to_string(i)));
    south_person_ = NewPerson(south_, "South");
  }

  std::string NewPerson(const Actor& by, std::string family) {
    Person draft;
    draft.given_name = "Sam";
    draft.family_name = std::move(family);
    draft.date_of_birth = *Date::FromYmd(1990, 4, 1);
    auto p = people_.Create(by, draft, "Introduced");
    EXPECT_TRUE(p) << p.error().message;
    return p->id;
  }

  Date Today() const { return Date::InLondon(world_.clock.Now()); }

  NoteUnmetNeedRequest Request(std::string person, Need need = Need::kMoneyAndDebt,
                               GapReason reason = GapReason::kNoService) const {
    return {.person_id = std::move(person),
            .need = need,
            .reason = reason,
            .noted_in = NeedNotedIn::kInitialConversation,
            .words = "Help with debts"};
  }

  std::size_t AuditCount(const std::string& action, const std::string& record_id) {
    std::size_t n = 0;
    for (const auto& e : world_.Audit()) {
      if (e.event.action == action && e.event.record_id == record_id) ++n;
    }
    return n;
  }

  testing::ServiceWorld world_;
  PeopleService people_;
  ProvisionGaps gaps_;
  Actor north_, south_, commissioner_, lead_, partner_;
  std::vector<std::string> north_people_;
  std::string south_person_;
};

TEST_F(ProvisionGapsTest, NotesANeedWithTheTeamsNeighbourhoodAndAuditsIt) {
  auto n = gaps_.Note(north_, Request(north_people_[0]));
  ASSERT_TRUE(n) << n.error().message;
  EXPECT_EQ(n->version, 1);
  EXPECT_EQ(n->team_id, "team-n");
  EXPECT_EQ(n->neighbourhood_id, "n-north");
  EXPECT_EQ(n->noted_on, Today());
  EXPECT_EQ(n->noted_by_user_id, north_.user_id);
  EXPECT_EQ(AuditCount("unmet_need.record", north_people_[0]), 1U);

  auto list = gaps_.ForPerson(north_, north_people_[0]);
  ASSERT_TRUE(list) << list.error().message;
  EXPECT_EQ(list->person.id, north_people_[0]);
  ASSERT_EQ(list->needs.size(), 1U);
  EXPECT_EQ(list->needs[0].need.id, n->id);
  EXPECT_EQ(list->needs[0].noted_by_name, "nia");
  EXPECT_EQ(list->needs[0].team_name, "North team");
  EXPECT_EQ(list->needs[0].neighbourhood_name, "North");
  EXPECT_EQ(AuditCount("unmet_need.list", north_people_[0]), 1U);
}

TEST_F(ProvisionGapsTest, BadInputNamesTheFieldsAndStoresNothing) {
  auto r = Request(north_people_[0]);
  r.offered_wait_days = 30;  // not a long wait
  r.noted_on = Today().PlusDays(1);
  auto n = gaps_.Note(north_, r);
  ASSERT_FALSE(n);
  EXPECT_EQ(Fields(n), (std::vector<std::string>{"offered_wait_days", "noted_on"}));
  EXPECT_TRUE(gaps_.ForPerson(north_, north_people_[0])->needs.empty());
}

TEST_F(ProvisionGapsTest, OnlyThoseWhoMayChangeTheRecordNoteOne) {
  // Another team, a partner and a commissioner: as if there were no person.
  for (const Actor& who : {south_, partner_, commissioner_}) {
    auto n = gaps_.Note(who, Request(north_people_[0]));
    ASSERT_FALSE(n);
    EXPECT_EQ(n.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(n.error().message, "No person found");
    auto list = gaps_.ForPerson(who, north_people_[0]);
    ASSERT_FALSE(list);
    EXPECT_EQ(list.error().code, ErrorCode::kNotFound);
  }
  EXPECT_GE(AuditCount("person.access_refused", north_people_[0]), 1U);
  EXPECT_TRUE(gaps_.ForPerson(north_, north_people_[0])->needs.empty());
}

TEST_F(ProvisionGapsTest, RecordedInErrorIsKeptAndLeftOutOfTheReport) {
  auto n = gaps_.Note(north_, Request(north_people_[0]));
  ASSERT_TRUE(n);
  auto stale = gaps_.MarkInError(north_, n->id, 0, "Wrong person");
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().current_version, 1);
  auto other = gaps_.MarkInError(south_, n->id, 1, "Wrong person");
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code, ErrorCode::kNotFound);
  auto marked = gaps_.MarkInError(north_, n->id, 1, "Wrong person");
  ASSERT_TRUE(marked) << marked.error().message;
  EXPECT_TRUE(marked->in_error);
  EXPECT_EQ(marked->version, 2);
  EXPECT_EQ(AuditCount("unmet_need.in_error", north_people_[0]), 1U);
  auto list = gaps_.ForPerson(north_, north_people_[0]);
  ASSERT_EQ(list->needs.size(), 1U);  // kept
  EXPECT_TRUE(list->needs[0].need.in_error);

  auto report = gaps_.Report(lead_, Today(), Today().PlusDays(1));
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->people, 0);

  auto unknown = gaps_.MarkInError(north_, "0123456789abcdef0123456789abcdef", 1, "x");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().message, "No unmet need found");
}

TEST_F(ProvisionGapsTest, CommissionersSeeCountsUnderTheDisclosureRuleTeamLeadsExact) {
  // Seven people in the North with debt unmet, one in the South.
  for (const std::string& p : north_people_) ASSERT_TRUE(gaps_.Note(north_, Request(p)));
  ASSERT_TRUE(gaps_.Note(south_, Request(south_person_)));
  ASSERT_TRUE(gaps_.Note(south_, Request(south_person_, Need::kHousing, GapReason::kLongWait)));

  const Date from = Today().PlusDays(-30);
  const Date to = Today().PlusDays(1);
  auto exact = gaps_.Report(lead_, from, to);
  ASSERT_TRUE(exact) << exact.error().message;
  EXPECT_EQ(exact->rule, DisclosureRule::kNone);
  ASSERT_EQ(exact->neighbourhoods.size(), 2U);
  EXPECT_EQ(exact->neighbourhoods[0].name, "North");
  EXPECT_EQ(exact->neighbourhoods[1].name, "South");
  ASSERT_EQ(exact->rows.size(), directory::kNeedCount);
  const auto row = [](const GapReport& r, Need need) {
    for (const GapReportRow& x : r.rows) {
      if (x.need == need) return x;
    }
    return GapReportRow{};
  };
  GapReportRow debt = row(*exact, Need::kMoneyAndDebt);
  EXPECT_EQ(debt.by_neighbourhood, (std::vector<ShownCount>{7, 1}));
  EXPECT_EQ(debt.total, 8);
  EXPECT_EQ(debt.by_reason[static_cast<std::size_t>(GapReason::kNoService)], 8);
  EXPECT_EQ(row(*exact, Need::kHousing).total, 1);
  EXPECT_EQ(exact->people, 8);

  auto shown = gaps_.Report(commissioner_, from, to);
  ASSERT_TRUE(shown) << shown.error().message;
  EXPECT_EQ(shown->rule, DisclosureRule::kMhsds);
  debt = row(*shown, Need::kMoneyAndDebt);
  EXPECT_EQ(debt.by_neighbourhood, (std::vector<ShownCount>{5, std::nullopt}));  // 7 -> 5, 1 -> *
  EXPECT_EQ(debt.total, 10);                                                     // 8 -> 10
  EXPECT_EQ(row(*shown, Need::kHousing).total, std::nullopt);
  EXPECT_EQ(row(*shown, Need::kCrisis).total, std::nullopt);  // 0 -> *
  EXPECT_EQ(shown->people, 10);
  EXPECT_EQ(AuditCount("gaps.report", "gaps"), 2U);
}

TEST_F(ProvisionGapsTest, TheReportIsForCommissionersTeamLeadsAndAdministratorsOnly) {
  for (const Actor& who : {north_, partner_}) {
    auto r = gaps_.Report(who, Today(), Today().PlusDays(1));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
  }
}

TEST_F(ProvisionGapsTest, TheReportPeriodIsChecked) {
  auto backwards = gaps_.Report(lead_, Today(), Today());
  ASSERT_FALSE(backwards);
  EXPECT_EQ(Fields(backwards), (std::vector<std::string>{"to"}));
  auto long_one = gaps_.Report(lead_, Today().PlusDays(-kMaxGapReportDays - 1), Today());
  ASSERT_FALSE(long_one);
  EXPECT_EQ(Fields(long_one), (std::vector<std::string>{"to"}));
}

TEST_F(ProvisionGapsTest, TheReportCountsOnlyThePeriod) {
  auto r = Request(north_people_[0]);
  r.noted_on = Today().PlusDays(-40);
  ASSERT_TRUE(gaps_.Note(north_, r));
  ASSERT_TRUE(gaps_.Note(north_, Request(north_people_[1])));
  auto report = gaps_.Report(lead_, Today().PlusDays(-30), Today().PlusDays(1));
  ASSERT_TRUE(report);
  EXPECT_EQ(report->people, 1);
}

}  // namespace
}  // namespace provision_gaps_test
}  // namespace lw

namespace lw {
namespace provision_gaps_test {
namespace {

TEST(GapReportPeriodTest, DefaultsToTheTwelveMonthsUpToToday) {
  const Date today = *Date::FromYmd(2026, 5, 28);
  auto p = ReadGapReportPeriod(std::nullopt, std::nullopt, today);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->from, *Date::FromYmd(2025, 5, 28));
  EXPECT_EQ(p->to, *Date::FromYmd(2026, 5, 29));  // today included
}

TEST(GapReportPeriodTest, ReadsBothDatesWithTheEndIncluded) {
  const Date today = *Date::FromYmd(2026, 5, 28);
  auto p = ReadGapReportPeriod("2026-01-01", "2026-03-31", today);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->from, *Date::FromYmd(2026, 1, 1));
  EXPECT_EQ(p->to, *Date::FromYmd(2026, 4, 1));
}

TEST(GapReportPeriodTest, NamesEachDateThatIsNotOne) {
  auto p = ReadGapReportPeriod("2026-02-30", "soon", *Date::FromYmd(2026, 5, 28));
  ASSERT_FALSE(p);
  EXPECT_EQ(::lw::testing::Fields(p), (std::vector<std::string>{"from", "to"}));
}

}  // namespace
}  // namespace provision_gaps_test
}  // namespace lw

#include "services/evaluation_service.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "services/service_test_support.h"
#include "testing/field_errors.h"

namespace lw {
namespace evaluation_service_test {
namespace {

using ::lw::testing::Fields;

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

class EvaluationServiceTest : public ::testing::Test {
 protected:
  EvaluationServiceTest()
      : evaluation_(*world_.store, world_.clock, {.refresh = std::chrono::seconds(60)}) {
    auto put = world_.store->Transact(TxMode::kWrite, [](StoreTx& tx) -> Status {
      if (auto s = tx.PutLocality({"loc2", "Otherton", "Living Well"}); !s) return s;
      return tx.PutTeam({"team-c", "loc2", "", "Team C"});
    });
    EXPECT_TRUE(put) << put.error().message;
    admin_ = world_.Add("admin", Role::kAdministrator);
    commissioner_ = world_.Add("commissioner", Role::kCommissioner);
    lead_ = world_.Add("lead", Role::kTeamLead, "team-a");
    practitioner_ = world_.Add("nia", Role::kPractitioner, "team-a");
    // Testshire (team A): 12 in March 2026 and 3 in April; Otherton
    // (team C): 7 in March. None has had its conversation.
    for (int i = 0; i < 12; ++i) Introduce("team-a", D(2026, 3, 1 + i));
    for (int i = 0; i < 3; ++i) Introduce("team-a", D(2026, 4, 10 + i));
    for (int i = 0; i < 7; ++i) Introduce("team-c", D(2026, 3, 20 + i));
  }

  void Introduce(const std::string& team, Date received) {
    Introduction intro;
    intro.id = "intro-" + std::to_string(++introduced_);
    intro.version = 1;
    intro.reference = "LW-TEST-" + std::to_string(introduced_);
    intro.source = IntroductionSource::kSelf;
    intro.received_at = LondonToUtc(received, 10, 0);
    intro.given_name = "Sam";
    intro.family_name = "Test";
    intro.team_id = team;
    auto put = world_.store->Transact(TxMode::kWrite, [&](StoreTx& tx) {
      return tx.CreateIntroduction(
          intro, {.changed_by = "test", .changed_at = intro.received_at, .reason = "Introduced"});
    });
    ASSERT_TRUE(put) << put.error().message;
  }

  static EvaluationRequest Ask(const std::string& measure, const std::string& from = "2026-03",
                               const std::string& to = "2026-04") {
    return {.measure = measure, .from = from, .to = to, .localities = {}, .teams = {}};
  }

  static const EvaluationRow& Row(const EvaluationTable& t, std::string_view name) {
    for (const EvaluationRow& r : t.rows) {
      if (r.name == name) return r;
    }
    ADD_FAILURE() << "no row " << name;
    return t.rows.front();
  }

  testing::ServiceWorld world_;
  EvaluationService evaluation_;
  Actor admin_, commissioner_, lead_, practitioner_;
  int introduced_ = 0;
};

TEST_F(EvaluationServiceTest, AnAdministratorSeesExactCountsByLocalityAndMonthWithTotals) {
  auto t = evaluation_.Dashboard(admin_, Ask("introductions-by-source"));
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->rule, DisclosureRule::kNone);
  EXPECT_EQ(t->kind, FigureKind::kCount);
  EXPECT_EQ(t->months, (std::vector<std::string>{"2026-03", "2026-04"}));
  EXPECT_EQ(t->first_day, D(2026, 3, 1));
  EXPECT_EQ(t->last_day, D(2026, 4, 30));
  ASSERT_EQ(t->rows.size(), 3u);  // Testshire, Otherton, all
  EXPECT_EQ(t->rows.back().name, "All localities");
  EXPECT_EQ(t->rows.back().locality_id, "");
  const EvaluationRow& testshire = Row(*t, "Testshire");
  EXPECT_EQ(testshire.locality_id, "loc");
  EXPECT_EQ(testshire.by_month[0].count, 12);
  EXPECT_EQ(testshire.by_month[1].count, 3);
  EXPECT_EQ(testshire.whole_period.count, 15);
  EXPECT_EQ(Row(*t, "Otherton").by_month[1].count, 0);
  EXPECT_EQ(Row(*t, "All localities").by_month[0].count, 19);
  EXPECT_EQ(Row(*t, "All localities").whole_period.count, 22);
  EXPECT_EQ(t->measure->key, "introductions-by-source");
  EXPECT_EQ(t->facts_read_at, world_.clock.Now());
}

TEST_F(EvaluationServiceTest, ACommissionerSeesDisclosedCountsWithTheCellsThatWouldGiveThemAway) {
  auto t = evaluation_.Dashboard(commissioner_, Ask("introductions-by-source"));
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->rule, DisclosureRule::kMhsds);
  const EvaluationRow& testshire = Row(*t, "Testshire");
  // 3 in April is under 5: hidden by the rule.
  EXPECT_FALSE(testshire.by_month[1].count);
  EXPECT_FALSE(testshire.by_month[1].secondary);
  // March (12) would be 15 - 3 from the row's total: hidden too.
  EXPECT_FALSE(testshire.by_month[0].count);
  EXPECT_TRUE(testshire.by_month[0].secondary);
  // Otherton's March (7) would then be the column's total less Testshire's.
  EXPECT_FALSE(Row(*t, "Otherton").by_month[0].count);
  EXPECT_TRUE(Row(*t, "Otherton").by_month[0].secondary);
  // April's total (3) is hidden, so March's (19) would be the grand total
  // less it: hidden too.
  EXPECT_FALSE(Row(*t, "All localities").by_month[1].count);
  EXPECT_FALSE(Row(*t, "All localities").by_month[0].count);
  EXPECT_TRUE(Row(*t, "All localities").by_month[0].secondary);
  // The rest are shown, rounded to 5.
  EXPECT_EQ(testshire.whole_period.count, 15);
  EXPECT_EQ(Row(*t, "Otherton").whole_period.count, 5);
  EXPECT_EQ(Row(*t, "All localities").whole_period.count, 20);
}

TEST_F(EvaluationServiceTest, ATeamLeadSeesTheirOwnTeamExactlyAndAnythingWiderDisclosed) {
  EvaluationRequest own = Ask("introductions-by-source");
  own.teams = {"team-a"};
  auto mine = evaluation_.Dashboard(lead_, own);
  ASSERT_TRUE(mine) << mine.error().message;
  EXPECT_EQ(mine->rule, DisclosureRule::kNone);
  EXPECT_EQ(Row(*mine, "Testshire").by_month[1].count, 3);
  EXPECT_EQ(Row(*mine, "Otherton").whole_period.count, 0);  // team A only
  EXPECT_EQ(mine->team_names, std::vector<std::string>{"Team A"});

  auto wider = evaluation_.Dashboard(lead_, Ask("introductions-by-source"));
  ASSERT_TRUE(wider) << wider.error().message;
  EXPECT_EQ(wider->rule, DisclosureRule::kMhsds);
  EXPECT_FALSE(Row(*wider, "Testshire").by_month[1].count);

  EvaluationRequest other = own;
  other.teams = {"team-c"};
  auto theirs = evaluation_.Dashboard(lead_, other);
  ASSERT_TRUE(theirs) << theirs.error().message;
  EXPECT_EQ(theirs->rule, DisclosureRule::kMhsds);
}

TEST_F(EvaluationServiceTest, PeopleWithoutDashboardsAreToldThereIsNoReport) {
  for (const Actor& a :
       {practitioner_, world_.Add("partner", Role::kNetworkPartner, "", "org-vcse"),
        world_.Add("door", Role::kFrontDoor, "team-a")}) {
    auto t = evaluation_.Dashboard(a, Ask("introductions-by-source"));
    ASSERT_FALSE(t);
    EXPECT_EQ(t.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(t.error().message, "No report found");
    EXPECT_FALSE(evaluation_.Places(a));
  }
}

TEST_F(EvaluationServiceTest, EachDashboardReadIsAuditedWithItsScope) {
  EvaluationRequest r = Ask("planned-exits");
  r.localities = {"loc2"};
  ASSERT_TRUE(evaluation_.Dashboard(commissioner_, r));
  std::size_t found = 0;
  for (const auto& e : world_.Audit()) {
    if (e.event.action != "evaluation.read") continue;
    ++found;
    EXPECT_EQ(e.event.record_type, "report");
    EXPECT_EQ(e.event.record_id, "planned-exits");
    EXPECT_EQ(e.event.reason, "2026-03 to 2026-04; localities 1");
    EXPECT_EQ(e.event.actor_user_id, commissioner_.user_id);
  }
  EXPECT_EQ(found, 1u);
  // Open data holds nobody's record: it is not audited.
  ASSERT_TRUE(evaluation_.Open(Ask("planned-exits")));
  found = 0;
  for (const auto& e : world_.Audit()) found += e.event.action == "evaluation.read" ? 1 : 0;
  EXPECT_EQ(found, 1u);
}

TEST_F(EvaluationServiceTest, BadRequestsAreRefusedFieldByField) {
  auto fields = [&](const EvaluationRequest& r) {
    auto t = evaluation_.Dashboard(admin_, r);
    EXPECT_FALSE(t);
    return Fields(t);
  };
  EXPECT_EQ(fields(Ask("no-such-measure")), std::vector<std::string>{"measure"});
  auto first = evaluation_.Dashboard(admin_, Ask(""));  // none named: the first
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->key, "introductions-by-source");
  EXPECT_EQ(fields(Ask("planned-exits", "2026-13", "2026-04")), std::vector<std::string>{"from"});
  EXPECT_EQ(fields(Ask("planned-exits", "2026-03", "April")), std::vector<std::string>{"to"});
  EXPECT_EQ(fields(Ask("planned-exits", "2026-04", "2026-03")), std::vector<std::string>{"from"});
  EXPECT_EQ(fields(Ask("planned-exits", "2021-04", "2026-04")), std::vector<std::string>{"from"});
  EXPECT_EQ(fields(Ask("planned-exits", "2026-03", "2026-06")), std::vector<std::string>{"to"});
  EvaluationRequest unknown = Ask("planned-exits");
  unknown.localities = {"loc", "nowhere"};
  unknown.teams = {"team-x"};
  EXPECT_EQ(fields(unknown), (std::vector<std::string>{"localities", "teams"}));
  // Sixty months is the most.
  EXPECT_TRUE(evaluation_.Dashboard(admin_, Ask("planned-exits", "2021-05", "2026-04")));
  // Open data is by locality: no team.
  EvaluationRequest team = Ask("planned-exits");
  team.teams = {"team-a"};
  auto open = evaluation_.Open(team);
  ASSERT_FALSE(open);
  EXPECT_EQ(Fields(open), std::vector<std::string>{"teams"});
}

TEST_F(EvaluationServiceTest, WithoutMonthsATableCoversTheTwelveMonthsToTheEndOfLastMonth) {
  auto t = evaluation_.Dashboard(
      admin_,
      {.measure = "introductions-by-source", .from = {}, .to = {}, .localities = {}, .teams = {}});
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->first_day, D(2025, 5, 1));  // today is 28 May 2026
  EXPECT_EQ(t->last_day, D(2026, 4, 30));
  EXPECT_EQ(t->months.size(), 12u);
  EXPECT_EQ(Row(*t, "All localities").whole_period.count, 22);
}

TEST_F(EvaluationServiceTest, LocalitiesAskedForAreTheRowsAndTheirTotal) {
  EvaluationRequest r = Ask("introductions-by-source");
  r.localities = {"loc2"};
  auto t = evaluation_.Dashboard(admin_, r);
  ASSERT_TRUE(t) << t.error().message;
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->rows[0].name, "Otherton");
  EXPECT_EQ(t->rows[1].whole_period.count, 7);
}

TEST_F(EvaluationServiceTest, WaitingNowIsTakenAtThePeriodsEndWithHowLongEachHadWaited) {
  auto t = evaluation_.Dashboard(admin_, Ask("waiting-now"));
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->kind, FigureKind::kDays);
  EXPECT_TRUE(t->months.empty());
  const EvaluationRow& otherton = Row(*t, "Otherton");
  EXPECT_TRUE(otherton.by_month.empty());
  // Received 20 to 26 March, still waiting on 30 April: 35 to 41 days.
  EXPECT_EQ(otherton.whole_period.count, 7);
  EXPECT_EQ(otherton.whole_period.median_hundredths, 3800);
  // Disclosed: the median stands on 7 (shown as 5); under 5, no median.
  auto shown = evaluation_.Dashboard(commissioner_, Ask("waiting-now"));
  ASSERT_TRUE(shown) << shown.error().message;
  EXPECT_EQ(Row(*shown, "Otherton").whole_period.count, 5);
  EXPECT_EQ(Row(*shown, "Otherton").whole_period.median_hundredths, 3800);
  EvaluationRequest april = Ask("waiting-now", "2026-03", "2026-03");
  auto march = evaluation_.Dashboard(commissioner_, april);
  ASSERT_TRUE(march) << march.error().message;
  EXPECT_EQ(Row(*march, "Testshire").whole_period.count, 10);  // 12 waiting on 31 March
}

TEST_F(EvaluationServiceTest, OpenDataIsAlwaysDisclosedByThePublicRule) {
  EvaluationService exact(*world_.store, world_.clock, {.public_rule = DisclosureRule::kNone});
  EXPECT_EQ(exact.public_rule(), DisclosureRule::kMhsds);
  auto t = exact.Open(Ask("introductions-by-source"));
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->rule, DisclosureRule::kMhsds);
  EXPECT_FALSE(Row(*t, "Testshire").by_month[1].count);

  EvaluationService hes(*world_.store, world_.clock, {.public_rule = DisclosureRule::kHesStyle});
  auto h = hes.Open(Ask("introductions-by-source"));
  ASSERT_TRUE(h) << h.error().message;
  EXPECT_EQ(h->rule, DisclosureRule::kHesStyle);
  EXPECT_EQ(Row(*h, "Otherton").by_month[1].count, 0);   // 0 stays 0 under the HES rule
  EXPECT_FALSE(Row(*h, "Testshire").by_month[1].count);  // 3
  EXPECT_FALSE(Row(*h, "Otherton").by_month[0].count);   // 7: 1 to 7 hidden
  auto places = hes.OpenPlaces();
  ASSERT_TRUE(places);
  EXPECT_EQ(places->localities.size(), 2u);
  EXPECT_TRUE(places->teams.empty());
}

TEST_F(EvaluationServiceTest, FactsAreKeptUntilTheyAreOlderThanTheRefresh) {
  auto before = evaluation_.Dashboard(admin_, Ask("introductions-by-source"));
  ASSERT_TRUE(before);
  Introduce("team-c", D(2026, 4, 2));
  world_.clock.Advance(std::chrono::seconds(59));
  auto kept = evaluation_.Dashboard(admin_, Ask("introductions-by-source"));
  ASSERT_TRUE(kept);
  EXPECT_EQ(Row(*kept, "Otherton").whole_period.count, 7);
  EXPECT_EQ(kept->facts_read_at, before->facts_read_at);
  world_.clock.Advance(std::chrono::seconds(1));
  auto fresh = evaluation_.Dashboard(admin_, Ask("introductions-by-source"));
  ASSERT_TRUE(fresh);
  EXPECT_EQ(Row(*fresh, "Otherton").whole_period.count, 8);
  EXPECT_EQ(fresh->facts_read_at, world_.clock.Now());
  // Refresh reads them now, whatever their age.
  Introduce("team-c", D(2026, 4, 3));
  ASSERT_TRUE(evaluation_.Refresh());
  auto refreshed = evaluation_.Dashboard(admin_, Ask("introductions-by-source"));
  ASSERT_TRUE(refreshed);
  EXPECT_EQ(Row(*refreshed, "Otherton").whole_period.count, 9);
}

TEST_F(EvaluationServiceTest, InTheBackgroundNoRequestWaitsForARead) {
  EvaluationService server(*world_.store, world_.clock,
                           {.refresh = std::chrono::seconds(60), .read_in_background = true});
  // Before the first read is done: "being worked out", never a wait.
  auto early = server.Dashboard(admin_, Ask("introductions-by-source"));
  ASSERT_FALSE(early);  // the read it started cannot have been kept yet
  EXPECT_EQ(early.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(early.error().message,
            "The figures are being worked out from the records. Try again in a minute.");
  server.WaitForReading();
  auto first = server.Dashboard(admin_, Ask("introductions-by-source"));
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(Row(*first, "Otherton").whole_period.count, 7);

  // Stale facts are served while newer ones are read.
  Introduce("team-c", D(2026, 4, 2));
  world_.clock.Advance(std::chrono::seconds(61));
  auto stale = server.Open(Ask("introductions-by-source"));
  ASSERT_TRUE(stale) << stale.error().message;
  EXPECT_EQ(stale->facts_read_at, first->facts_read_at);
  server.WaitForReading();
  auto fresh = server.Dashboard(admin_, Ask("introductions-by-source"));
  ASSERT_TRUE(fresh) << fresh.error().message;
  EXPECT_EQ(Row(*fresh, "Otherton").whole_period.count, 8);
  EXPECT_GT(fresh->facts_read_at, first->facts_read_at);
}

TEST_F(EvaluationServiceTest, PlacesListLocalitiesAndTeamsForTheForms) {
  auto p = evaluation_.Places(commissioner_);
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->localities.size(), 2u);
  EXPECT_EQ(p->teams.size(), 3u);
  bool found = false;
  for (const PlaceChoice& t : p->teams) {
    if (t.id == "team-c") {
      found = true;
      EXPECT_EQ(t.name, "Team C");
      EXPECT_EQ(t.locality_id, "loc2");
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(EvaluationServiceTest, MeasuresListsWhatTheDashboardsShowAndOpenDataPublishes) {
  std::vector<std::string> keys;
  for (const MeasureView& m : EvaluationService::Measures()) {
    keys.push_back(m.key);
    ASSERT_NE(m.definition, nullptr) << m.key;
    EXPECT_FALSE(m.name.empty()) << m.key;
  }
  EXPECT_EQ(keys, (std::vector<std::string>{
                      "introductions-by-source", "days-to-conversation", "waiting-now",
                      "two-contacts", "reqol-change:improved", "reqol-change:deteriorated",
                      "reqol-change:recovered", "goal-progress:one-any", "goal-progress:two-any",
                      "goal-progress:one-reliable", "goal-progress:two-reliable", "planned-exits",
                      "warm-introductions", "felt-listened-to"}));
  EXPECT_EQ(EvaluationService::Measures()[4].name, "ReQoL-10: reliable improvement");
  EXPECT_EQ(EvaluationService::Measures()[4].definition->key, "reqol-change");
  EXPECT_EQ(EvaluationService::PublicMeasures().size(), EvaluationService::Measures().size());
}

}  // namespace
}  // namespace evaluation_service_test
}  // namespace lw

#include "services/demo_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "services/audit_service.h"
#include "services/auth_service.h"
#include "services/staffing_service.h"
#include "storage/memory/memory_store.h"

namespace lw {
namespace demo_data_test {
namespace {

TEST(DemoDataTest, LoadsOneAccountPerRolePeopleAndAnIntactAuditChain) {
  ManualClock clock(FromUnixMicros(1'780'000'000'000'000));
  SeededRandom random(7);
  auto store = MemoryStore::Create();
  auto loaded = LoadDemoData(*store, clock, random, MinimalPasswordHashOptions());
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_EQ(loaded->size(), kAllRoles.size());

  AuthOptions options;
  options.password = MinimalPasswordHashOptions();
  AuthService auth(*store, clock, random, options);
  for (const auto& s : *loaded) {
    auto signed_in = auth.SignIn(s.username, kDemoPassword, "127.0.0.1");
    ASSERT_TRUE(signed_in) << s.username << ": " << signed_in.error().message;
    EXPECT_EQ(RoleDisplayName(signed_in->actor.role), s.role);
  }

  std::int64_t people = 0;
  std::vector<Team> teams;
  ASSERT_TRUE(store->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto t = tx.ListTeams();
    if (!t) return Fail(t.error());
    teams = *t;
    auto north = std::find_if(teams.begin(), teams.end(),
                              [](const Team& x) { return x.name.starts_with("Millbrook North"); });
    if (north == teams.end()) return Fail(ErrorCode::kNotFound, "no North team");
    auto n = tx.CountPeople(north->id);
    if (!n) return Fail(n.error());
    people = *n;
    return Ok();
  }));
  EXPECT_EQ(teams.size(), 2u);
  EXPECT_EQ(people, 6);

  AuditService audit(*store);
  auto verified = audit.Verify();
  ASSERT_TRUE(verified) << verified.error().message;
  EXPECT_GT(verified->entries, 20);
  EXPECT_EQ(verified->head_hash.size(), 64u);
}

TEST(DemoDataTest, TheFrontDoorHasIntroductionsFromSeveralSourcesInEveryState) {
  ManualClock clock(FromUnixMicros(1'780'000'000'000'000));
  SeededRandom random(7);
  auto store = MemoryStore::Create();
  ASSERT_TRUE(LoadDemoData(*store, clock, random, MinimalPasswordHashOptions()));
  std::vector<Introduction> all;
  ASSERT_TRUE(store->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto list = tx.ListIntroductions({.open_only = false, .limit = 1000});
    if (!list) return Fail(list.error());
    all = std::move(*list);
    return Ok();
  }));
  std::set<IntroductionState> states;
  std::set<IntroductionSource> sources;
  std::set<Ending> endings;
  int past_target = 0, unlinked_coming_back = 0, linked = 0;
  for (const Introduction& in : all) {
    states.insert(in.state);
    sources.insert(in.source);
    if (in.ending) endings.insert(*in.ending);
    if (PastTarget(in, clock.Now(), FrontDoorPolicy{})) ++past_target;
    if (in.source == IntroductionSource::kComingBack && in.person_id.empty()) {
      ++unlinked_coming_back;
    }
    if (!in.person_id.empty()) ++linked;
  }
  EXPECT_EQ(states.size(), kAllIntroductionStates.size());
  EXPECT_GE(sources.size(), 7u);
  EXPECT_GE(endings.size(), 3u);
  EXPECT_GE(past_target, 2);
  EXPECT_EQ(unlinked_coming_back, 1);  // someone to recognise
  EXPECT_GE(linked, 1);                // whose earlier story is on their record
}

TEST(DemoDataTest, NorthMeetsTheStaffingMinimumSouthAndTheLocalityShowGaps) {
  ManualClock clock(FromUnixMicros(1'780'000'000'000'000));
  SeededRandom random(7);
  auto store = MemoryStore::Create();
  ASSERT_TRUE(LoadDemoData(*store, clock, random, MinimalPasswordHashOptions()));
  User lead;
  ASSERT_TRUE(store->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto u = tx.FindUserByUsername("teamlead");
    if (!u) return Fail(u.error());
    lead = **u;
    return Ok();
  }));
  StaffingService staffing(*store, clock, random, StaffingSettings{});
  auto overview = staffing.Overview(ActorFor(lead, AuthMethod::kSession));
  ASSERT_TRUE(overview) << overview.error().message;
  std::map<std::string, const NeighbourhoodStaffingCheck*> by_name;
  for (std::size_t i = 0; i < overview->neighbourhoods.size(); ++i) {
    by_name[overview->neighbourhoods[i].name] = &overview->check.neighbourhoods[i];
  }
  ASSERT_EQ(by_name.size(), 3u);
  EXPECT_TRUE(by_name.at("Millbrook North")->Met());
  const NeighbourhoodStaffingCheck& south = *by_name.at("Millbrook South");
  EXPECT_FALSE(south.Met());
  std::set<std::string> south_gaps;
  for (const ClauseCheck& c : south.clauses) {
    if (!c.met) south_gaps.insert(std::string(c.key));
  }
  EXPECT_EQ(south_gaps,
            (std::set<std::string>{"mh-practitioners", "senior-practitioner", "recovery-worker"}));
  std::set<std::string> locality_gaps;
  for (const ClauseCheck& c : overview->check.clauses) {
    if (!c.met) locality_gaps.insert(std::string(c.key));
  }
  EXPECT_EQ(locality_gaps, std::set<std::string>{"psychologist"});
  // One post was regraded: it has two versions.
  std::size_t versioned = 0;
  for (const StaffPostView& p : overview->posts) versioned += p.post.version > 1 ? 1 : 0;
  EXPECT_EQ(versioned, 1u);
}

TEST(DemoDataTest, RefusesAStoreThatAlreadyHasAccounts) {
  ManualClock clock(FromUnixMicros(1'780'000'000'000'000));
  SeededRandom random(7);
  auto store = MemoryStore::Create();
  ASSERT_TRUE(LoadDemoData(*store, clock, random, MinimalPasswordHashOptions()));
  auto again = LoadDemoData(*store, clock, random, MinimalPasswordHashOptions());
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace demo_data_test
}  // namespace lw

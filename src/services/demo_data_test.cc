#include "services/demo_data.h"

#include <gtest/gtest.h>

#include "services/audit_service.h"
#include "services/auth_service.h"
#include "storage/memory/memory_store.h"

namespace lw {
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
    auto n = tx.CountPeople(teams.front().id);
    if (!n) return Fail(n.error());
    people = *n;
    return Ok();
  }));
  EXPECT_EQ(teams.size(), 1u);
  EXPECT_EQ(people, 6);

  AuditService audit(*store);
  auto verified = audit.Verify();
  ASSERT_TRUE(verified) << verified.error().message;
  EXPECT_GT(verified->entries, 20);
  EXPECT_EQ(verified->head_hash.size(), 64u);
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
}  // namespace lw

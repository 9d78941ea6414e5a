// Shared set-up for the services' unit tests: an in-memory store with one
// locality, two teams and their organisations, a manual clock and seeded
// randomness, and helpers to add accounts cheaply.
#pragma once

#include <memory>
#include <string>

#include "base/clock.h"
#include "base/dates.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "services/account_service.h"
#include "services/audit_events.h"
#include "storage/memory/memory_store.h"

namespace lw::testing {

class ServiceWorld {
 public:
  ServiceWorld()
      : clock(FromUnixMicros(1'780'000'000'000'000)),  // 28 May 2026
        random(42),
        store(MemoryStore::Create()),
        accounts(*store, clock, random, MinimalPasswordHashOptions()) {
    auto seeded = store->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      if (auto s = tx.PutLocality({"loc", "Testshire", "Living Well"}); !s) return s;
      if (auto s =
              tx.PutOrganisation({"org-nhs", "Test NHS Trust", OrganisationKind::kNhsTrust, false});
          !s)
        return s;
      if (auto s =
              tx.PutOrganisation({"org-vcse", "Test Mind", OrganisationKind::kVoluntary, true});
          !s)
        return s;
      if (auto s = tx.PutTeam({"team-a", "loc", "", "Team A"}); !s) return s;
      return tx.PutTeam({"team-b", "loc", "", "Team B"});
    });
    if (!seeded) throw std::runtime_error(seeded.error().message);
  }

  // Adds an account and returns the Actor it signs in as.
  Actor Add(const std::string& name, Role role, const std::string& team = "",
            const std::string& org = "org-nhs") {
    auto user = accounts.AddUser(SystemActor("test"),
                                 {.username = name,
                                  .display_name = name,
                                  .role = std::string(RoleKey(role)),
                                  .team_id = team,
                                  .organisation_id = org},
                                 kPassword);
    if (!user) throw std::runtime_error(user.error().message);
    Actor a;
    a.user_id = user->id;
    a.username = user->username;
    a.display_name = user->display_name;
    a.role = user->role;
    a.organisation_id = user->organisation_id;
    a.team_id = user->team_id;
    return a;
  }

  std::vector<AuditEntry> Audit() {
    std::vector<AuditEntry> entries;
    auto read = store->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto r = tx.ReadAudit(1, 100000);
      if (!r) return Fail(r.error());
      entries = std::move(*r);
      return Ok();
    });
    if (!read) throw std::runtime_error(read.error().message);
    return entries;
  }

  static constexpr const char* kPassword = "correct horse battery";

  ManualClock clock;
  SeededRandom random;
  std::unique_ptr<MemoryStore> store;
  AccountService accounts;
};

}  // namespace lw::testing

// The store contract, part 1: the store itself, reference data, staff
// accounts, sessions, API tokens and sign-in throttling. The fixture and
// the behaviour pinned beyond the port are in store_contract.h.
#include <algorithm>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "contract/store_contract.h"

namespace lw::contract {
namespace store_contract_test {
namespace {

TEST_P(StoreContract, FreshStoreIsReachableAndItsSchemaIsCurrent) {
  EXPECT_EQ(store_->Kind(), GetParam());
  LW_EXPECT_OK(store_->Ping());
  auto applied = store_->AppliedSchemaVersion();
  LW_ASSERT_OK(applied);
  EXPECT_EQ(*applied, store_->LatestSchemaVersion());
  auto users = Read([](StoreTx& tx) { return tx.CountUsers(); });
  LW_ASSERT_OK(users);
  EXPECT_EQ(*users, 0);
}

TEST_P(StoreContract, MigratingACurrentStoreChangesNothing) {
  Seed();
  const std::string before = Snapshot();
  LW_EXPECT_OK(store_->Migrate());
  LW_EXPECT_OK(store_->Migrate());
  EXPECT_EQ(Snapshot(), before);
  EXPECT_EQ(store_->AppliedSchemaVersion(), store_->LatestSchemaVersion());
}

// --- Reference data.

TEST_P(StoreContract, LocalitiesArePutReplacedAndListedByName) {
  LW_ASSERT_OK(Write([](StoreTx& tx) {
    return tx.PutLocality({.id = "loc-b", .name = "Bolton", .service_name = "Living Well"});
  }));
  LW_ASSERT_OK(Write([](StoreTx& tx) {
    return tx.PutLocality({.id = "loc-a", .name = "Tameside", .service_name = "Living Life Well"});
  }));
  // Same id: replaces.
  LW_ASSERT_OK(Write([](StoreTx& tx) {
    return tx.PutLocality(
        {.id = "loc-b", .name = "Salford", .service_name = "Living Well Salford"});
  }));
  auto localities = Read([](StoreTx& tx) { return tx.ListLocalities(); });
  LW_ASSERT_OK(localities);
  ASSERT_EQ(localities->size(), 2u);
  EXPECT_EQ((*localities)[0].id, "loc-b");
  EXPECT_EQ((*localities)[0].name, "Salford");
  EXPECT_EQ((*localities)[0].service_name, "Living Well Salford");
  EXPECT_EQ((*localities)[1].id, "loc-a");
  EXPECT_EQ((*localities)[1].service_name, "Living Life Well");
}

TEST_P(StoreContract, NeighbourhoodsAreListedWithinTheirLocality) {
  Seed();
  LW_ASSERT_OK(Write([](StoreTx& tx) {
    return tx.PutLocality({.id = "loc-other", .name = "Other", .service_name = "Other"});
  }));
  LW_ASSERT_OK(Write([](StoreTx& tx) {
    return tx.PutNeighbourhood({.id = "nb-x", .locality_id = "loc-other", .name = "Apethorn"});
  }));
  auto tg = Read([](StoreTx& tx) { return tx.ListNeighbourhoods("loc-tg"); });
  LW_ASSERT_OK(tg);
  ASSERT_EQ(tg->size(), 2u);
  EXPECT_EQ((*tg)[0].name, "Ashton");
  EXPECT_EQ((*tg)[0].locality_id, "loc-tg");
  EXPECT_EQ((*tg)[1].name, "Hyde");
  // Replacing moves it to another locality.
  LW_ASSERT_OK(Write([](StoreTx& tx) {
    return tx.PutNeighbourhood({.id = "nb-hyde", .locality_id = "loc-other", .name = "Hyde"});
  }));
  tg = Read([](StoreTx& tx) { return tx.ListNeighbourhoods("loc-tg"); });
  LW_ASSERT_OK(tg);
  ASSERT_EQ(tg->size(), 1u);
  EXPECT_EQ((*tg)[0].id, "nb-ashton");
  auto other = Read([](StoreTx& tx) { return tx.ListNeighbourhoods("loc-other"); });
  LW_ASSERT_OK(other);
  ASSERT_EQ(other->size(), 2u);
  auto none = Read([](StoreTx& tx) { return tx.ListNeighbourhoods("loc-nowhere"); });
  LW_ASSERT_OK(none);
  EXPECT_TRUE(none->empty());
}

TEST_P(StoreContract, OrganisationsRoundTripEveryKind) {
  const std::vector<OrganisationKind> kinds = {
      OrganisationKind::kNhsTrust, OrganisationKind::kCouncil, OrganisationKind::kVoluntary,
      OrganisationKind::kPrimaryCare, OrganisationKind::kOther};
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    LW_ASSERT_OK(Write([&](StoreTx& tx) {
      return tx.PutOrganisation({.id = "org-" + std::to_string(i),
                                 .name = "Organisation " + std::to_string(i),
                                 .kind = kinds[i],
                                 .network_partner = i % 2 == 1});
    }));
  }
  auto all = Read([](StoreTx& tx) { return tx.ListOrganisations(); });
  LW_ASSERT_OK(all);
  ASSERT_EQ(all->size(), kinds.size());
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    EXPECT_EQ((*all)[i].id, "org-" + std::to_string(i));
    EXPECT_EQ((*all)[i].kind, kinds[i]);
    EXPECT_EQ((*all)[i].network_partner, i % 2 == 1);
  }
  LW_ASSERT_OK(Write([](StoreTx& tx) {
    return tx.PutOrganisation({.id = "org-1", .name = "Renamed", .kind = OrganisationKind::kOther});
  }));
  auto one = Read([](StoreTx& tx) { return tx.GetOrganisation("org-1"); });
  LW_ASSERT_OK(one);
  ASSERT_TRUE(one->has_value());
  EXPECT_EQ((*one)->name, "Renamed");
  EXPECT_EQ((*one)->kind, OrganisationKind::kOther);
  EXPECT_FALSE((*one)->network_partner);
  auto missing = Read([](StoreTx& tx) { return tx.GetOrganisation("org-none"); });
  LW_ASSERT_OK(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_P(StoreContract, TeamsRoundTripIncludingLocalityWideTeams) {
  Seed();
  auto hyde = Read([](StoreTx& tx) { return tx.GetTeam("team-hyde"); });
  LW_ASSERT_OK(hyde);
  ASSERT_TRUE(hyde->has_value());
  EXPECT_EQ((*hyde)->locality_id, "loc-tg");
  EXPECT_EQ((*hyde)->neighbourhood_id, "nb-hyde");
  EXPECT_EQ((*hyde)->name, "Hyde Living Well");
  auto wide = Read([](StoreTx& tx) { return tx.GetTeam("team-tg"); });
  LW_ASSERT_OK(wide);
  ASSERT_TRUE(wide->has_value());
  EXPECT_EQ((*wide)->neighbourhood_id, "");
  auto teams = Read([](StoreTx& tx) { return tx.ListTeams(); });
  LW_ASSERT_OK(teams);
  std::vector<std::string> names;
  for (const Team& t : *teams) names.push_back(t.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Ashton Living Well", "Hyde Living Well",
                                             "Tameside Crisis Line"}));
  auto missing = Read([](StoreTx& tx) { return tx.GetTeam("team-none"); });
  LW_ASSERT_OK(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_P(StoreContract, ReferencesToMissingRecordsAreRefusedAndChangeNothing) {
  Seed();
  LW_EXPECT_ERROR(
      Write([](StoreTx& tx) {
        return tx.PutNeighbourhood({.id = "nb-x", .locality_id = "loc-none", .name = "X"});
      }),
      ErrorCode::kFailedPrecondition);
  LW_EXPECT_ERROR(Write([](StoreTx& tx) {
                    return tx.PutTeam({.id = "t-x", .locality_id = "loc-none", .name = "X"});
                  }),
                  ErrorCode::kFailedPrecondition);
  LW_EXPECT_ERROR(
      Write([](StoreTx& tx) {
        return tx.PutTeam(
            {.id = "t-x", .locality_id = "loc-tg", .neighbourhood_id = "nb-none", .name = "X"});
      }),
      ErrorCode::kFailedPrecondition);
  User orphan = MakeUser("u-x", "orphan");
  orphan.organisation_id = "org-none";
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.CreateUser(orphan); }),
                  ErrorCode::kFailedPrecondition);
  orphan.organisation_id = "org-trust";
  orphan.team_id = "team-none";
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.CreateUser(orphan); }),
                  ErrorCode::kFailedPrecondition);
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.CreateSession(MakeSession("u-none")); }),
                  ErrorCode::kFailedPrecondition);
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) {
                    return tx.CreateApiToken({.token_hash = random_.Hex(32),
                                              .user_id = "u-none",
                                              .label = "x",
                                              .created_at = clock_.Now()});
                  }),
                  ErrorCode::kFailedPrecondition);
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) {
                    return tx.CreatePerson(MakePerson("p-x", "Sam", "Jones", "team-none"),
                                           Change("Created at the front door"));
                  }),
                  ErrorCode::kFailedPrecondition);
  auto teams = Read([](StoreTx& tx) { return tx.ListTeams(); });
  LW_ASSERT_OK(teams);
  EXPECT_EQ(teams->size(), 3u);
  auto users = Read([](StoreTx& tx) { return tx.CountUsers(); });
  LW_ASSERT_OK(users);
  EXPECT_EQ(*users, 0);
  auto person = Read([](StoreTx& tx) { return tx.GetPerson("p-x"); });
  LW_ASSERT_OK(person);
  EXPECT_FALSE(person->has_value());
}

// --- Staff accounts.

TEST_P(StoreContract, UsersAreCreatedAndFoundByIdAndUsername) {
  Seed();
  User asha = MakeUser("u-asha", "asha");
  User admin = MakeUser("u-admin", "admin");
  admin.role = Role::kAdministrator;
  admin.organisation_id = "";
  admin.team_id = "";
  admin.active = false;
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateUser(asha); }));
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateUser(admin); }));

  auto by_id = Read([](StoreTx& tx) { return tx.GetUser("u-asha"); });
  LW_ASSERT_OK(by_id);
  ASSERT_TRUE(by_id->has_value());
  EXPECT_EQ(Fields(**by_id), Fields(asha));
  auto by_name = Read([](StoreTx& tx) { return tx.FindUserByUsername("admin"); });
  LW_ASSERT_OK(by_name);
  ASSERT_TRUE(by_name->has_value());
  EXPECT_EQ(Fields(**by_name), Fields(admin));

  auto all = Read([](StoreTx& tx) { return tx.ListUsers(); });
  LW_ASSERT_OK(all);
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].username, "admin");
  EXPECT_EQ((*all)[1].username, "asha");
  auto count = Read([](StoreTx& tx) { return tx.CountUsers(); });
  LW_ASSERT_OK(count);
  EXPECT_EQ(*count, 2);

  auto no_id = Read([](StoreTx& tx) { return tx.GetUser("u-none"); });
  LW_ASSERT_OK(no_id);
  EXPECT_FALSE(no_id->has_value());
  auto no_name = Read([](StoreTx& tx) { return tx.FindUserByUsername("nobody"); });
  LW_ASSERT_OK(no_name);
  EXPECT_FALSE(no_name->has_value());
}

TEST_P(StoreContract, UsernamesAndUserIdsAreUnique) {
  Seed();
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateUser(MakeUser("u-asha", "asha")); }));
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.CreateUser(MakeUser("u-other", "asha")); }),
                  ErrorCode::kAlreadyExists);
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.CreateUser(MakeUser("u-asha", "asha2")); }),
                  ErrorCode::kAlreadyExists);
  auto count = Read([](StoreTx& tx) { return tx.CountUsers(); });
  LW_ASSERT_OK(count);
  EXPECT_EQ(*count, 1);
}

TEST_P(StoreContract, UpdateUserReplacesFieldsButKeepsCreationTime) {
  Seed();
  User asha = MakeUser("u-asha", "asha");
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateUser(asha); }));
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateUser(MakeUser("u-ben", "ben")); }));
  clock_.Advance(std::chrono::hours(24));

  User changed = asha;
  changed.username = "asha.patel";
  changed.display_name = "Asha Patel-Jones";
  changed.role = Role::kTeamLead;
  changed.team_id = "team-ashton";
  changed.organisation_id = "org-council";
  changed.password_hash = "$argon2id$new";
  changed.active = false;
  changed.created_at = clock_.Now();  // ignored
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.UpdateUser(changed); }));

  auto got = Read([](StoreTx& tx) { return tx.GetUser("u-asha"); });
  LW_ASSERT_OK(got);
  ASSERT_TRUE(got->has_value());
  User expected = changed;
  expected.created_at = asha.created_at;
  EXPECT_EQ(Fields(**got), Fields(expected));
  auto old_name = Read([](StoreTx& tx) { return tx.FindUserByUsername("asha"); });
  LW_ASSERT_OK(old_name);
  EXPECT_FALSE(old_name->has_value());

  User taken = changed;
  taken.username = "ben";
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.UpdateUser(taken); }),
                  ErrorCode::kAlreadyExists);
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.UpdateUser(MakeUser("u-none", "none")); }),
                  ErrorCode::kNotFound);
  got = Read([](StoreTx& tx) { return tx.GetUser("u-asha"); });
  LW_ASSERT_OK(got);
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ((*got)->username, "asha.patel");
}

// --- Sessions and API tokens.

TEST_P(StoreContract, SessionsAreCreatedFoundTouchedAndDeleted) {
  Seed();
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateUser(MakeUser("u-asha", "asha")); }));
  Session session = MakeSession("u-asha");
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateSession(session); }));
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.CreateSession(session); }),
                  ErrorCode::kAlreadyExists);

  auto found = Read([&](StoreTx& tx) { return tx.FindSession(session.token_hash); });
  LW_ASSERT_OK(found);
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(Fields(**found), Fields(session));

  clock_.Advance(std::chrono::minutes(7));
  LW_ASSERT_OK(
      Write([&](StoreTx& tx) { return tx.TouchSession(session.token_hash, clock_.Now()); }));
  found = Read([&](StoreTx& tx) { return tx.FindSession(session.token_hash); });
  LW_ASSERT_OK(found);
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->last_seen_at, clock_.Now());
  EXPECT_EQ((*found)->created_at, session.created_at);

  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.DeleteSession(session.token_hash); }));
  found = Read([&](StoreTx& tx) { return tx.FindSession(session.token_hash); });
  LW_ASSERT_OK(found);
  EXPECT_FALSE(found->has_value());
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.DeleteSession(session.token_hash); }),
                  ErrorCode::kNotFound);
  LW_EXPECT_ERROR(
      Write([&](StoreTx& tx) { return tx.TouchSession(session.token_hash, clock_.Now()); }),
      ErrorCode::kNotFound);
}

TEST_P(StoreContract, ASessionIsFoundWithItsUserAndTheirTeamAndOrganisationNames) {
  Seed();
  User asha = MakeUser("u-asha", "asha");
  User admin = MakeUser("u-admin", "admin");
  admin.role = Role::kAdministrator;
  admin.organisation_id = "";
  admin.team_id = "";
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateUser(asha); }));
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateUser(admin); }));
  Session with_team = MakeSession("u-asha");
  Session without = MakeSession("u-admin");
  without.token_hash = "hash-admin";
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateSession(with_team); }));
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateSession(without); }));

  auto found = Read([&](StoreTx& tx) { return tx.FindSessionWithUser(with_team.token_hash); });
  LW_ASSERT_OK(found);
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(Fields((*found)->session), Fields(with_team));
  EXPECT_EQ(Fields((*found)->user), Fields(asha));
  EXPECT_EQ((*found)->organisation_name, "Pennine Care");
  EXPECT_EQ((*found)->team_name, "Hyde Living Well");

  auto bare = Read([&](StoreTx& tx) { return tx.FindSessionWithUser("hash-admin"); });
  LW_ASSERT_OK(bare);
  ASSERT_TRUE(bare->has_value());
  EXPECT_EQ((*bare)->user.username, "admin");
  EXPECT_EQ((*bare)->team_name, "");
  EXPECT_EQ((*bare)->organisation_name, "");

  auto missing = Read([&](StoreTx& tx) { return tx.FindSessionWithUser("no-such-hash"); });
  LW_ASSERT_OK(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_P(StoreContract, ExpiredSessionsAreDeletedByIdleAndAbsoluteCutoffs) {
  Seed();
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateUser(MakeUser("u-asha", "asha")); }));
  Session old_but_active = MakeSession("u-asha");  // created 09:00, seen 10:50
  clock_.Advance(std::chrono::minutes(30));
  Session idle = MakeSession("u-asha");  // created and last seen 09:30
  clock_.Advance(std::chrono::minutes(30));
  Session fresh = MakeSession("u-asha");  // created 10:00, seen 10:50
  clock_.Advance(std::chrono::minutes(50));
  old_but_active.last_seen_at = clock_.Now();
  fresh.last_seen_at = clock_.Now();
  for (const Session* s : {&old_but_active, &idle, &fresh}) {
    LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateSession(*s); }));
  }
  // Idle over an hour (before 09:50) or created over an hour and a half
  // ago (before 09:20). A session exactly at a cutoff stays.
  Timestamp idle_cutoff = kStart + std::chrono::minutes(50);
  Timestamp absolute_cutoff = kStart + std::chrono::minutes(20);
  auto deleted =
      Write([&](StoreTx& tx) { return tx.DeleteExpiredSessions(idle_cutoff, absolute_cutoff); });
  LW_ASSERT_OK(deleted);
  EXPECT_EQ(*deleted, 2);
  for (const auto& [s, kept] :
       {std::pair{&old_but_active, false}, std::pair{&idle, false}, std::pair{&fresh, true}}) {
    auto found = Read([&](StoreTx& tx) { return tx.FindSession(s->token_hash); });
    LW_ASSERT_OK(found);
    EXPECT_EQ(found->has_value(), kept);
  }
  // Boundaries: created_at == absolute cutoff and last_seen_at == idle cutoff stay.
  auto none = Write(
      [&](StoreTx& tx) { return tx.DeleteExpiredSessions(fresh.last_seen_at, fresh.created_at); });
  LW_ASSERT_OK(none);
  EXPECT_EQ(*none, 0);
}

TEST_P(StoreContract, ApiTokensAreCreatedAndFound) {
  Seed();
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateUser(MakeUser("u-asha", "asha")); }));
  ApiToken token{.token_hash = random_.Hex(32),
                 .user_id = "u-asha",
                 .label = "Reporting export",
                 .created_at = clock_.Now()};
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateApiToken(token); }));
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.CreateApiToken(token); }),
                  ErrorCode::kAlreadyExists);
  auto found = Read([&](StoreTx& tx) { return tx.FindApiToken(token.token_hash); });
  LW_ASSERT_OK(found);
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->user_id, "u-asha");
  EXPECT_EQ((*found)->label, "Reporting export");
  EXPECT_EQ((*found)->created_at, token.created_at);
  auto missing = Read([&](StoreTx& tx) { return tx.FindApiToken(random_.Hex(32)); });
  LW_ASSERT_OK(missing);
  EXPECT_FALSE(missing->has_value());
}

// --- Sign-in throttling.

TEST_P(StoreContract, SignInFailuresAreCountedInAFixedWindow) {
  const Micros window = std::chrono::minutes(15);
  auto record = [&](const std::string& key) {
    return Write([&](StoreTx& tx) { return tx.RecordSignInFailure(key, clock_.Now(), window); });
  };
  auto count = [&](const std::string& key) {
    return Read([&](StoreTx& tx) { return tx.SignInFailures(key, clock_.Now(), window); });
  };
  EXPECT_EQ(count("account:asha"), 0);
  EXPECT_EQ(record("account:asha"), 1);
  clock_.Advance(std::chrono::minutes(5));
  EXPECT_EQ(record("account:asha"), 2);
  EXPECT_EQ(record("address:192.0.2.7"), 1);  // keys are independent
  clock_.Advance(std::chrono::minutes(9));
  EXPECT_EQ(record("account:asha"), 3);
  EXPECT_EQ(count("account:asha"), 3);
  // The window began at kStart; at kStart + 15 min it has ended.
  clock_.Set(kStart + window - Micros(1));
  EXPECT_EQ(count("account:asha"), 3);
  clock_.Set(kStart + window);
  EXPECT_EQ(count("account:asha"), 0);
  EXPECT_EQ(record("account:asha"), 1);      // a new window starts at 1
  EXPECT_EQ(count("address:192.0.2.7"), 1);  // its window began 5 minutes later
  clock_.Advance(std::chrono::minutes(14));
  EXPECT_EQ(record("account:asha"), 2);
  EXPECT_EQ(count("address:192.0.2.7"), 0);

  LW_ASSERT_OK(Write([](StoreTx& tx) { return tx.ClearSignInFailures("account:asha"); }));
  EXPECT_EQ(count("account:asha"), 0);
  LW_EXPECT_OK(Write([](StoreTx& tx) { return tx.ClearSignInFailures("account:nobody"); }));
  EXPECT_EQ(record("account:asha"), 1);
  EXPECT_EQ(record("address:192.0.2.7"), 1);
}

// --- Background job runs.

JobRun MakeRun(const std::string& job, Timestamp slot, const std::string& instance) {
  return JobRun{.job = job,
                .slot = slot,
                .instance = instance,
                .started_at = slot + std::chrono::seconds(1),
                .finished_at = slot + std::chrono::seconds(2),
                .outcome = "removed 3 expired sessions"};
}

TEST_P(StoreContract, AJobRunIsRecordedOncePerSlot) {
  const Timestamp slot = kStart;
  LW_ASSERT_OK(
      Write([&](StoreTx& tx) { return tx.RecordJobRun(MakeRun("sessions.purge", slot, "a")); }));
  LW_EXPECT_ERROR(
      Write([&](StoreTx& tx) { return tx.RecordJobRun(MakeRun("sessions.purge", slot, "b")); }),
      ErrorCode::kAlreadyExists);
  // Another job, or the next slot, is a different run.
  LW_EXPECT_OK(
      Write([&](StoreTx& tx) { return tx.RecordJobRun(MakeRun("other.job", slot, "b")); }));
  const Timestamp next = slot + std::chrono::minutes(15);
  LW_EXPECT_OK(
      Write([&](StoreTx& tx) { return tx.RecordJobRun(MakeRun("sessions.purge", next, "b")); }));

  auto found = Read([&](StoreTx& tx) { return tx.FindJobRun("sessions.purge", slot); });
  LW_ASSERT_OK(found);
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->instance, "a");  // the first record stands
  EXPECT_EQ((*found)->started_at, slot + std::chrono::seconds(1));
  EXPECT_EQ((*found)->finished_at, slot + std::chrono::seconds(2));
  EXPECT_EQ((*found)->outcome, "removed 3 expired sessions");
  auto missing = Read([&](StoreTx& tx) {
    return tx.FindJobRun("sessions.purge", slot + std::chrono::minutes(30));
  });
  LW_ASSERT_OK(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_P(StoreContract, JobRunsAreListedNewestFirstPerJob) {
  for (int i = 0; i < 4; ++i) {
    LW_ASSERT_OK(Write([&](StoreTx& tx) {
      return tx.RecordJobRun(MakeRun("sessions.purge", kStart + std::chrono::minutes(15 * i), "a"));
    }));
  }
  LW_ASSERT_OK(
      Write([&](StoreTx& tx) { return tx.RecordJobRun(MakeRun("other.job", kStart, "a")); }));
  auto runs = Read([](StoreTx& tx) { return tx.ListJobRuns("sessions.purge", 3); });
  LW_ASSERT_OK(runs);
  ASSERT_EQ(runs->size(), 3u);
  EXPECT_EQ((*runs)[0].slot, kStart + std::chrono::minutes(45));
  EXPECT_EQ((*runs)[2].slot, kStart + std::chrono::minutes(15));
  auto none = Read([](StoreTx& tx) { return tx.ListJobRuns("no.such.job", 10); });
  LW_ASSERT_OK(none);
  EXPECT_TRUE(none->empty());
  LW_EXPECT_ERROR(Read([](StoreTx& tx) { return tx.ListJobRuns("sessions.purge", -1); }),
                  ErrorCode::kInvalidArgument);
}

TEST_P(StoreContract, ConcurrentClaimsOfOneSlotRecordExactlyOneRun) {
  // What two servers due at once do (services/job_runner): look for the
  // run, and record it if absent, in one write transaction.
  constexpr int kClaimers = 8;
  std::atomic<int> ran{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kClaimers; ++i) {
    threads.emplace_back([&, i] {
      Status s = store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
        auto found = tx.FindJobRun("sessions.purge", kStart);
        if (!found) return Fail(found.error());
        if (found->has_value()) return Ok();
        return tx.RecordJobRun(MakeRun("sessions.purge", kStart, "server-" + std::to_string(i)));
      });
      // Losing a race outright is kAlreadyExists; anything else is a fault.
      if (s) {
        ++ran;
      } else {
        EXPECT_EQ(s.error().code, ErrorCode::kAlreadyExists) << s.error().message;
      }
    });
  }
  for (auto& t : threads) t.join();
  auto runs = Read([](StoreTx& tx) { return tx.ListJobRuns("sessions.purge", 100); });
  LW_ASSERT_OK(runs);
  EXPECT_EQ(runs->size(), 1u);
}

}  // namespace
}  // namespace store_contract_test
}  // namespace lw::contract

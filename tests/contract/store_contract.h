// The store contract suite's fixture: one store per test, from the factory
// named by the test parameter ("memory", "sqlite", and "postgresql" in
// store_contract_pgtest.cc), plus helpers that run a
// single call in a transaction and seed a small Living Well system.
//
// Every Store implementation must pass every TEST_P(StoreContract, ...) in
// tests/contract/store_contract*_test.cc. Beyond what domain/ports/store.h
// says, the suite pins down (and both implementations document):
//   - lists are ordered: localities, organisations, teams and neighbourhoods
//     by (name, id); users by username; people by (family_name, given_name,
//     id); versions by version; audit entries by seq; strings compared
//     byte by byte;
//   - a write to one record that is not there (UpdateUser, TouchSession,
//     DeleteSession, UpdatePerson) and ListPersonVersions of an unknown
//     person are kNotFound; Get*/Find* of a missing record is nullopt;
//     ClearSignInFailures of an unknown key is Ok;
//   - a write referring to a record that is not there (a neighbourhood's or
//     team's locality, a team's neighbourhood, a user's organisation or
//     team, a session's or token's user, a person's team) is
//     kFailedPrecondition; empty optional references are allowed;
//   - a failed call changes nothing; a write refused by the database (a key
//     taken, a reference missing) also ends the transaction: Transact rolls
//     back and returns that error even if fn returns Ok (PostgreSQL aborts
//     the transaction there; every store does the same). A refusal the
//     store decides itself (kNotFound, kConflict, kInvalidArgument) leaves
//     the transaction usable;
//   - a negative limit or offset is kInvalidArgument; ListPeople without a
//     team lists every team's people, in the same order;
//   - introduction lists: newest first is received_at descending, then id
//     ascending; source and state order by their keys; assigned orders the
//     unassigned first, then by the worker's display name as it is when
//     listed; a locality-wide team is in no neighbourhood;
//   - CountIntroductions' waiting is received strictly before the time;
//     DeleteSubmissionsBefore and DeleteWindowsBefore delete strictly before;
//     a submission key naming a missing introduction is kFailedPrecondition;
//   - UpdateUser keeps created_at; CreatePerson stores version 1 whatever
//     the draft says; a sign-in or rate window covers [start, start + window),
//     and rate windows are counted apart from sign-in failures;
//   - Transact inside Transact on the same store and thread is kInternal.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/ports/store.h"
#include "storage/memory/memory_store.h"
#include "storage/postgresql/pg_store.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/pg_database.h"
#include "testing/temp_dir.h"

namespace lw {

inline void PrintTo(ErrorCode code, std::ostream* os) { *os << ErrorCodeName(code); }
template <typename T>
void PrintTo(const std::expected<T, Error>& result, std::ostream* os) {
  if (!result) {
    *os << ErrorCodeName(result.error().code) << ": " << result.error().message;
  } else if constexpr (std::is_void_v<T>) {
    *os << "ok";
  } else {
    *os << ::testing::PrintToString(*result);
  }
}

namespace contract {

// 2026-03-09 09:00:00 UTC.
inline const Timestamp kStart = FromUnixMicros(1'773'046'800'000'000);

inline std::string Describe(const Error& e) {
  return std::string(ErrorCodeName(e.code)) + ": " + e.message;
}
template <typename T>
std::string Describe(const std::expected<T, Error>& r) {
  return r ? std::string("ok") : Describe(r.error());
}

// Comparable views of domain values, for EXPECT_EQ.
inline auto Fields(const Person& p) {
  return std::tie(p.id, p.version, p.team_id, p.given_name, p.family_name, p.preferred_name,
                  p.date_of_birth, p.postcode, p.nhs_number);
}
inline auto Fields(const User& u) {
  return std::tie(u.id, u.username, u.display_name, u.email, u.role, u.organisation_id, u.team_id,
                  u.password_hash, u.active, u.created_at);
}
inline auto Fields(const Session& s) {
  return std::tie(s.token_hash, s.user_id, s.csrf_token, s.created_at, s.last_seen_at);
}
inline auto Fields(const AuditEvent& e) {
  return std::tie(e.at, e.actor_user_id, e.actor_role, e.organisation_id, e.action, e.record_type,
                  e.record_id, e.reason);
}

}  // namespace contract
}  // namespace lw

#define LW_ASSERT_OK(expr)                                                       \
  do {                                                                           \
    const auto& lw_result_ = (expr);                                             \
    ASSERT_TRUE(lw_result_.has_value()) << ::lw::contract::Describe(lw_result_); \
  } while (false)

#define LW_EXPECT_OK(expr)                                                       \
  do {                                                                           \
    const auto& lw_result_ = (expr);                                             \
    EXPECT_TRUE(lw_result_.has_value()) << ::lw::contract::Describe(lw_result_); \
  } while (false)

#define LW_EXPECT_ERROR(expr, expected_code)                                           \
  do {                                                                                 \
    const auto& lw_result_ = (expr);                                                   \
    if (lw_result_.has_value()) {                                                      \
      ADD_FAILURE() << #expr " succeeded; expected " #expected_code;                   \
    } else {                                                                           \
      EXPECT_EQ(lw_result_.error().code, expected_code) << lw_result_.error().message; \
    }                                                                                  \
  } while (false)

namespace lw::contract {

class StoreContract : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { store_ = Make(); }

  // A store of this test's kind on a fresh file (for sqlite).
  std::unique_ptr<Store> Make() {
    if (GetParam() == "memory") return MemoryStore::Create();
    if (GetParam() == "postgresql") {
      if (!pg_database_) pg_database_.emplace();
      auto opened = PostgresStore::Open({.url = pg_database_->url(), .clock = &clock_});
      EXPECT_TRUE(opened) << Describe(opened);
      if (!opened) return nullptr;
      Status migrated = (*opened)->Migrate();
      EXPECT_TRUE(migrated) << Describe(migrated);
      return std::move(*opened);
    }
    auto opened = SqliteStore::Open({.path = dir_.File("livingwell.db"), .clock = &clock_});
    EXPECT_TRUE(opened) << Describe(opened);
    if (!opened) return nullptr;
    return std::move(*opened);
  }

  // Runs `f(tx)` alone in a transaction of `mode` and returns what it
  // returned (or the transaction's own error). A failed call rolls back.
  template <typename F>
  auto Run(TxMode mode, F f) -> decltype(f(std::declval<StoreTx&>())) {
    using R = decltype(f(std::declval<StoreTx&>()));
    std::optional<R> out;
    Status status = store_->Transact(mode, [&](StoreTx& tx) -> Status {
      out.emplace(f(tx));
      if (!*out) return Fail(out->error());
      return Ok();
    });
    if (!status) return std::unexpected(status.error());
    return std::move(*out);
  }
  template <typename F>
  auto Write(F f) {
    return Run(TxMode::kWrite, f);
  }
  template <typename F>
  auto Read(F f) {
    return Run(TxMode::kRead, f);
  }

  // Two neighbourhoods of one locality, a team in each plus a
  // locality-wide one, and three organisations.
  Status SeedSystem(StoreTx& tx) {
    for (Status s : {
             tx.PutLocality({.id = "loc-tg",
            .name = "Tameside and Glossop",
            .service_name = "Living Life Well"}),
             tx.PutNeighbourhood({.id = "nb-hyde", .locality_id = "loc-tg", .name = "Hyde"}),
             tx.PutNeighbourhood({.id = "nb-ashton", .locality_id = "loc-tg", .name = "Ashton"}),
             tx.PutOrganisation(
                 {.id = "org-trust", .name = "Pennine Care", .kind = OrganisationKind::kNhsTrust}),
             tx.PutOrganisation({.id = "org-council",
             .name = "Tameside Council",
             .kind = OrganisationKind::kCouncil}),
             tx.PutOrganisation({.id = "org-mind",
             .name = "Mind in Tameside",
             .kind = OrganisationKind::kVoluntary,
             .network_partner = true}),
             tx.PutTeam({.id = "team-hyde",
             .locality_id = "loc-tg",
             .neighbourhood_id = "nb-hyde",
             .name = "Hyde Living Well"}),
             tx.PutTeam({.id = "team-ashton",
             .locality_id = "loc-tg",
             .neighbourhood_id = "nb-ashton",
             .name = "Ashton Living Well"}),
             tx.PutTeam({.id = "team-tg",
             .locality_id = "loc-tg",
             .neighbourhood_id = "",
             .name = "Tameside Crisis Line"}),
         }) {
      if (!s) return s;
    }
    return Ok();
  }
  void Seed() {
    LW_ASSERT_OK(Write([&](StoreTx& tx) { return SeedSystem(tx); }));
  }

  User MakeUser(const std::string& id, const std::string& username) {
    return User{.id = id,
                .username = username,
                .display_name = "Asha Patel",
                .email = username + "@millbrook.example",
                .role = Role::kPractitioner,
                .organisation_id = "org-trust",
                .team_id = "team-hyde",
                .password_hash = "$argon2id$v=19$m=65536,t=3,p=1$" + random_.Hex(16),
                .active = true,
                .created_at = clock_.Now()};
  }

  Session MakeSession(const std::string& user_id) {
    return Session{.token_hash = random_.Hex(32),
                   .user_id = user_id,
                   .csrf_token = random_.Hex(16),
                   .created_at = clock_.Now(),
                   .last_seen_at = clock_.Now()};
  }

  Person MakePerson(const std::string& id, const std::string& given, const std::string& family,
                    const std::string& team = "team-hyde") {
    return Person{.id = id,
                  .version = 0,
                  .team_id = team,
                  .given_name = given,
                  .family_name = family,
                  .preferred_name = "",
                  .date_of_birth = *Date::FromYmd(1984, 5, 17),
                  .postcode = "SK14 1AA",
                  .nhs_number = "9434765919"};
  }

  ChangeMeta Change(const std::string& reason, const std::string& by = "u-asha") {
    return ChangeMeta{.changed_by = by, .changed_at = clock_.Now(), .reason = reason};
  }

  AuditEvent Event(const std::string& action, const std::string& record_id) {
    return AuditEvent{.at = clock_.Now(),
                      .actor_user_id = "u-asha",
                      .actor_role = "practitioner",
                      .organisation_id = "org-trust",
                      .action = action,
                      .record_type = "person",
                      .record_id = record_id,
                      .reason = ""};
  }

  // --- For transaction tests.

  // Commits a bit of everything: a user with a session and an API token, a
  // person, a sign-in failure and an audit entry.
  void SeedEverything() {
    Seed();
    session_ = MakeSession("u-asha");
    token_ = random_.Hex(32);
    fresh_hash_ = random_.Hex(32);
    LW_ASSERT_OK(Write([&](StoreTx& tx) -> Status {
      for (Status s : {tx.CreateUser(MakeUser("u-asha", "asha")), tx.CreateSession(session_),
                       tx.CreateApiToken({.token_hash = token_,
                       .user_id = "u-asha",
                       .label = "export",
                       .created_at = clock_.Now()}),
                       tx.CreatePerson(MakePerson("p-sam", "Sam", "Okafor"), Change("Created"))}) {
        if (!s) return s;
      }
      auto failures = tx.RecordSignInFailure("account:asha", clock_.Now(), std::chrono::hours(1));
      if (!failures) return Fail(failures.error());
      auto entry = tx.AppendAudit(Event("person.create", "p-sam"));
      if (!entry) return Fail(entry.error());
      return Ok();
    }));
  }

  // Calls every write in the port once, each meant to succeed in a write
  // transaction after SeedEverything; returns the results.
  std::vector<Status> WriteEverything(StoreTx& tx) {
    Person sam = MakePerson("p-sam", "Sam", "Changed");
    sam.version = 1;
    Session session = session_;
    session.token_hash = fresh_hash_;
    auto as_status = [](const auto& result) -> Status {
      if (!result) return Fail(result.error());
      return Ok();
    };
    Timestamp later = clock_.Now() + std::chrono::hours(9);
    return {
        tx.PutLocality({.id = "loc-new", .name = "New", .service_name = "New"}),
        tx.PutNeighbourhood({.id = "nb-hyde", .locality_id = "loc-tg", .name = "Renamed"}),
        tx.PutOrganisation({.id = "org-new", .name = "New", .kind = OrganisationKind::kOther}),
        tx.PutTeam({.id = "team-new", .locality_id = "loc-tg", .name = "New team"}),
        tx.CreateUser(MakeUser("u-new", "newcomer")),
        tx.UpdateUser(MakeUser("u-asha", "asha.renamed")),
        tx.CreateSession(session),
        tx.TouchSession(session_.token_hash, clock_.Now() + std::chrono::minutes(1)),
        tx.CreateApiToken({.token_hash = fresh_hash_,
                           .user_id = "u-asha",
                           .label = "new",
                           .created_at = clock_.Now()}),
        as_status(tx.RecordSignInFailure("account:asha", clock_.Now(), std::chrono::hours(1))),
        tx.ClearSignInFailures("account:asha"),
        tx.CreatePerson(MakePerson("p-new", "New", "Person"), Change("Created")),
        tx.UpdatePerson(sam, Change("Changed")),
        as_status(tx.AppendAudit(Event("person.update", "p-sam"))),
        tx.DeleteSession(session_.token_hash),
        as_status(tx.DeleteExpiredSessions(later, later)),
    };
  }

  // What the store holds, as text, read through the port: for comparing
  // before and after a transaction that must change nothing.
  std::string Snapshot() {
    auto text = Read([&](StoreTx& tx) -> Result<std::string> {
      std::string out;
      auto add = [&](const std::string& line) { out += line + "\n"; };
      auto fail = [](const Error& e) { return Fail(e); };
      auto localities = tx.ListLocalities();
      if (!localities) return fail(localities.error());
      for (const auto& l : *localities) add("locality " + l.id + " " + l.name);
      auto neighbourhoods = tx.ListNeighbourhoods("loc-tg");
      if (!neighbourhoods) return fail(neighbourhoods.error());
      for (const auto& n : *neighbourhoods) add("neighbourhood " + n.id + " " + n.name);
      auto organisations = tx.ListOrganisations();
      if (!organisations) return fail(organisations.error());
      for (const auto& o : *organisations) add("organisation " + o.id + " " + o.name);
      auto teams = tx.ListTeams();
      if (!teams) return fail(teams.error());
      for (const auto& t : *teams) add("team " + t.id + " " + t.name);
      auto users = tx.ListUsers();
      if (!users) return fail(users.error());
      for (const auto& u : *users) add("user " + u.id + " " + u.username);
      for (const std::string& hash : {session_.token_hash, token_, fresh_hash_}) {
        auto session = tx.FindSession(hash);
        if (!session) return fail(session.error());
        if (*session) {
          add("session " + hash + " " + std::to_string(ToUnixMicros((*session)->last_seen_at)));
        }
        auto token = tx.FindApiToken(hash);
        if (!token) return fail(token.error());
        if (*token) add("token " + hash);
      }
      auto failures = tx.SignInFailures("account:asha", kStart, std::chrono::hours(1));
      if (!failures) return fail(failures.error());
      add("sign-in failures " + std::to_string(*failures));
      for (const char* team : {"team-hyde", "team-ashton", "team-tg"}) {
        auto people = tx.ListPeople({.team_id = team});
        if (!people) return fail(people.error());
        for (const Person& p : *people) {
          auto versions = tx.ListPersonVersions(p.id);
          if (!versions) return fail(versions.error());
          add("person " + p.id + " v" + std::to_string(p.version) + " " + p.family_name + " (" +
              std::to_string(versions->size()) + " versions)");
        }
      }
      auto audit = tx.ReadAudit(1, 1000);
      if (!audit) return fail(audit.error());
      for (const auto& e : *audit) add("audit " + std::to_string(e.seq) + " " + e.hash);
      return out;
    });
    EXPECT_TRUE(text) << Describe(text);
    return text.value_or("");
  }

  ::lw::testing::TempDir dir_;
  std::optional<::lw::testing::PgTestDatabase> pg_database_;  // for "postgresql"
  ManualClock clock_{kStart};
  SeededRandom random_{20260309};
  std::unique_ptr<Store> store_;
  // Set by SeedEverything.
  Session session_;
  std::string token_;
  std::string fresh_hash_;
};

}  // namespace lw::contract

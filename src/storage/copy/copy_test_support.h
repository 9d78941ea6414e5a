// Shared set-up for storage/copy's tests: a SQLite store with something in
// every table, and a dump of a database file that does not use the code
// under test.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/random.h"
#include "domain/jobs/job_run.h"
#include "services/audit_events.h"
#include "services/demo_data.h"
#include "services/password.h"
#include "storage/sqlite/sqlite_store.h"

namespace lw::testing {

inline constexpr std::int64_t kTestStartMicros = 1'780'000'000'000'000;  // 28 May 2026

// The demo data, plus a person at a new version and a row in each table
// the demo leaves empty (sessions, API tokens, sign-in failures, job runs,
// introductions, submission keys, rate windows), so a copy of it exercises
// every table.
inline void PopulateStore(Store& store) {
  ManualClock clock(FromUnixMicros(kTestStartMicros));
  SeededRandom random(7);
  auto loaded = LoadDemoData(store, clock, random, MinimalPasswordHashOptions());
  ASSERT_TRUE(loaded) << loaded.error().message;
  clock.Advance(std::chrono::minutes(5));
  const Timestamp now = clock.Now();
  auto done = store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto teams = tx.ListTeams();
    if (!teams) return Fail(teams.error());
    std::optional<Person> person;
    for (const Team& team : *teams) {
      auto people = tx.ListPeople({.team_id = team.id, .limit = 1});
      if (!people) return Fail(people.error());
      if (!people->empty()) {
        person = people->front();
        break;
      }
    }
    auto users = tx.ListUsers();
    if (!users) return Fail(users.error());
    if (!person || users->empty()) return Fail(ErrorCode::kInternal, "no demo person or user");
    const User& user = users->front();
    Person changed = *person;  // its version is the one the change is based on
    changed.preferred_name = "Sam";
    changed.date_of_birth.reset();
    if (auto s = tx.UpdatePerson(changed, {user.id, now, "Prefers to be called Sam"}); !s) return s;
    auto audited = tx.AppendAudit(MakeAuditEvent(SystemActor("test"), now, "person.update",
                                                 "person", person->id, "copy test"));
    if (!audited) return Fail(audited.error());
    if (auto s = tx.CreateSession({"session-hash", user.id, "csrf", now, now}); !s) return s;
    if (auto s = tx.CreateApiToken({"token-hash", user.id, "GP system", now}); !s) return s;
    auto failed = tx.RecordSignInFailure("account:nobody", now, std::chrono::minutes(15));
    if (!failed) return Fail(failed.error());
    if (auto s = tx.RecordJobRun({"sessions.purge", JobSlot(now, std::chrono::minutes(15)),
                                  "host:1", now, now, "removed 0 expired sessions"});
        !s) {
      return s;
    }
    // An introduction in two versions, its nested parts and its words.
    Introduction intro;
    intro.id = "intro-1";
    intro.version = 1;
    intro.reference = "LW-7K3M-Q9TP";
    intro.received_at = now;
    intro.given_name = "Nia";
    intro.family_name = "Jones";
    intro.contact = {.methods = {ContactMethod::kPhone}, .phone = "07700 900123"};
    intro.in_their_words = "I can't sleep \"at all\" <b>since</b> the move";
    intro.privacy_agreed = true;
    intro.team_id = person->team_id;
    if (auto s = tx.CreateIntroduction(intro, {user.id, now, "Introduced themselves"}); !s) {
      return s;
    }
    intro.version = 2;
    intro.assigned_user_id = user.id;
    intro.attempts.push_back({now, ContactMethod::kPhone, user.id, "No answer"});
    if (auto s = tx.UpdateIntroduction(intro, {user.id, now, "Picked up"}); !s) return s;
    if (auto s = tx.RecordSubmission("form-key-1", intro.id, now); !s) return s;
    auto counted = tx.CountInWindow("introduce:203.0.113.9", now, std::chrono::hours(1));
    if (!counted) return Fail(counted.error());
    // A team record at two versions, linking a person (records.h).
    StoredRecord episode{.kind = RecordKind::kEpisode,
                         .id = "e-1",
                         .version = 1,
                         .index = {.team_id = "team-1",
                                   .owner_id = user.id,
                                   .sort_key = 20500,
                                   .links = {{"p-1", true}}},
                         .body = "{\"id\":\"e-1\"}"};
    if (auto s = tx.CreateRecord(episode, {user.id, now, "Opened"}); !s) return s;
    episode.version = 2;
    episode.body = "{\"id\":\"e-1\",\"v\":2}";
    if (auto s = tx.UpdateRecord(episode, {user.id, now, "Reviewed"}); !s) return s;
    return Ok();
  });
  ASSERT_TRUE(done) << done.error().message;
}

inline void MakePopulatedStore(const std::string& path) {
  auto store = SqliteStore::Open({.path = path});
  ASSERT_TRUE(store) << store.error().message;
  PopulateStore(**store);
}

// Every row of every table but schema_migrations, as
// "table|type:value|type:value...", sorted: two files with the same dump
// hold the same rows, whatever order they were written in.
inline std::vector<std::string> DumpSqlite(const std::string& path) {
  std::vector<std::string> rows;
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK) << path;
  auto each = [&](const std::string& sql, auto fn) {
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sql;
    while (stmt != nullptr && sqlite3_step(stmt) == SQLITE_ROW) fn(stmt);
    sqlite3_finalize(stmt);
  };
  std::vector<std::string> tables;
  each(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
      "AND name <> 'schema_migrations'",
      [&](sqlite3_stmt* s) {
        tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
      });
  for (const std::string& table : tables) {
    each("SELECT * FROM \"" + table + "\"", [&](sqlite3_stmt* s) {
      std::string row = table;
      for (int i = 0; i < sqlite3_column_count(s); ++i) {
        const unsigned char* text = sqlite3_column_text(s, i);
        row += "|" + std::to_string(sqlite3_column_type(s, i)) + ":" +
               (text != nullptr ? reinterpret_cast<const char*>(text) : "");
      }
      rows.push_back(row);
    });
  }
  sqlite3_close_v2(db);
  std::sort(rows.begin(), rows.end());
  return rows;
}

// Runs `sql` on the file with a plain connection: someone with the sqlite3
// shell.
inline void ExecSqlite(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
  char* message = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message), SQLITE_OK)
      << sql << ": " << (message != nullptr ? message : "");
  sqlite3_free(message);
  sqlite3_close_v2(db);
}

}  // namespace lw::testing

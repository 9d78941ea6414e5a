// CopyStore: moving a whole livingwell store from one backend to another
// (SQLite to PostgreSQL as a locality grows, or back), verified.
//
// What is copied: every row of every table in table_list.h (everything
// the migrations create except schema_migrations, which the target writes
// for itself as it is migrated), values exactly: NULL as NULL, integers as
// integers, text byte for byte.
//
// Steps, each of which can refuse:
//  1. The source must exist and be at this build's schema version
//     (AppliedVersion == LatestVersion): a store behind is migrated first
//     with `livingwell migrate`, one ahead belongs to a newer release.
//  2. The target (created if it is a SQLite file that does not exist) must
//     not be ahead of this build and must hold no rows in any copied table;
//     both are checked before anything is written to it. It is then
//     migrated to this build's version by its store's own Migrate (as
//     `livingwell migrate` would, with the checks a server makes).
//  3. The source is read in one consistent snapshot (SQLite: BEGIN;
//     PostgreSQL: REPEATABLE READ, READ ONLY). The target is written in ONE
//     transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: every copied table
//     locked EXCLUSIVE, so a server writing to it waits or fails), which
//     checks again that it is empty, then copies the tables parents first.
//  4. Before committing, for every table, the row count and checksum
//     (checksum.h) of the source snapshot and of the target transaction must
//     agree, and the audit log's hash chain in the target must verify.
//     Otherwise the target transaction is rolled back.
// On any failure no row is committed to the target (an empty target may
// be left migrated), and a SQLite target file that this call created is
// removed again (with its -wal and -shm), so the operator can simply run it
// again.
//
// Servers: the copy is a snapshot. Changes made to the source after it
// starts are not copied, so every server using the source must be stopped
// (or the source otherwise kept read-only) for the move, and no server may
// use the target until it is done (docs/operating.md).
//
// Errors: messages start "source: " or "target: " where one side is at
// fault, and name stores only by DescribeLocation (never a password).
// kInvalidArgument: the two locations are the same store. kNotFound: the
// source does not exist. kFailedPrecondition: a schema version is wrong,
// the target is not empty (naming the table), a value breaks the schema,
// or the audit chain is broken. kInternal: the copy does not match its
// source. kUnavailable: a database cannot be reached, locked, or full.
//
// Thread-safety: CopyStore opens its own connections; calls may run at
// once on different stores.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "storage/copy/audit_chain.h"
#include "storage/copy/checksum.h"

namespace lw::copy {

struct CopyOptions {
  // SQLite: how long to wait for a lock another process holds.
  std::chrono::milliseconds busy_timeout{5000};
  // PostgreSQL: how long to wait for a connection.
  int connect_timeout_seconds = 5;
  // Stamps the target's schema_migrations; null means the system clock.
  const Clock* clock = nullptr;
};

struct TableCopy {
  std::string table;
  TableChecksum checksum;  // equal on source and target
};

struct CopyReport {
  std::string from;               // DescribeLocation of the source
  std::string to;                 // and of the target
  std::vector<TableCopy> tables;  // in copy order (table_list.h)
  AuditChainHead audit;           // the chain as verified in the target

  std::int64_t rows() const;
};

Result<CopyReport> CopyStore(const std::string& from, const std::string& to,
                             const CopyOptions& options = {});

}  // namespace lw::copy

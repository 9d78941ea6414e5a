// Backing up a SQLite store while it is in use, for `livingwell backup`.
//
// `BackupSqliteStore` opens the existing store at `store_path` (never
// creating or migrating it) and writes a consistent snapshot to the new
// file `dest_path` with SQLite's online backup (SqliteStore::Backup):
// servers may keep running. The copy is the whole store, ready to be put in
// place as DATA/livingwell.db. Failures: kNotFound if there is no store at
// `store_path`; kAlreadyExists if `dest_path` exists (a backup never
// overwrites); kFailedPrecondition for a store newer than this build;
// kUnavailable if either file cannot be read or written.
#pragma once

#include <string>

#include "base/error.h"

namespace lw::copy {

Status BackupSqliteStore(const std::string& store_path, const std::string& dest_path);

}  // namespace lw::copy

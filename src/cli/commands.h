// The subcommands of `livingwell`. Each returns the process exit code:
// 0 success, 1 failure (one line on stderr saying why).
#pragma once

#include <cstdint>
#include <string>

#include "app/config.h"

namespace lw::cli {

struct UserAddArgs {
  std::string username;
  std::string display_name;
  std::string role;
  std::string team;
  std::string organisation;
  std::string email;  // optional: where reminders go
};

struct MigrateStoreArgs {
  std::string from;  // SQLite file path or PostgreSQL URL
  std::string to;
};

struct GenerateArgs {
  std::string scale = "demo";  // demo, locality, gm or national
  std::uint64_t seed = 1;
  // The folder for the CSV tables, truth.json and manifest.json; "" none.
  std::string out;
  bool load = false;  // also store it in the configured store
};

int RunServe(const Config& config);
int RunMigrate(const Config& config);
int RunDemo(const Config& config);
int RunUserAdd(const Config& config, const UserAddArgs& args);
int RunTokenCreate(const Config& config, const std::string& username, const std::string& label);
int RunAuditVerify(const Config& config);
// `import postcodes FILE`: the ONS Postcode Directory, OS Code-Point Open or
// a postcode,latitude,longitude CSV into the store's postcode table.
int RunImportPostcodes(const Config& config, const std::string& file);
// `livingwell import directory PATH`: an ORUK / HSDS JSON feed (a file) or
// HSDS tabular CSV files (a folder), into the directory.
int RunImportDirectory(const Config& config, const std::string& path);
// Copies one store into another, empty one (storage/copy/store_copy.h) and
// prints each table's rows and checksum. Ignores the store settings.
int RunMigrateStore(const MigrateStoreArgs& args);
// Online backup of the SQLite store to a new file; for PostgreSQL, says to
// use pg_dump.
int RunBackup(const Config& config, const std::string& to);
// `livingwell generate`: a synthetic Living Well system as CSV tables with
// its truth (services/synth_files.h), and/or loaded into the configured
// store (services/synth_load.h); prints what it wrote and how fast.
int RunGenerate(const Config& config, const GenerateArgs& args);

}  // namespace lw::cli

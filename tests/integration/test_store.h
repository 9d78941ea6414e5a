// TestStore: the store an integration test runs against. The suite runs
// twice (tests/CMakeLists.txt): on SQLite in the test's temporary
// directory, and with LW_TEST_STORE=postgresql on a fresh database of the
// throwaway PostgreSQL cluster, dropped when the TestStore goes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/config.h"
#include "testing/pg_database.h"
#include "testing/temp_dir.h"

namespace lw::testing {

// Is this run of the suite the PostgreSQL one?
bool OnPostgres();

class TestStore {
 public:
  // `data`: the SQLite data directory to use when not on PostgreSQL.
  explicit TestStore(std::string data);

  // Points `config` at the store.
  void Apply(Config& config) const;
  // The same as command-line flags for `livingwell`.
  std::vector<std::string> Args() const;
  // Runs SQL on the store underneath (tampering tests); PostgreSQL only.
  std::string Query(const std::string& sql) const { return pg_->Query(sql); }
  const std::string& data() const { return data_; }

 private:
  std::string data_;
  std::optional<PgTestDatabase> pg_;
};

}  // namespace lw::testing

#include "test_store.h"

#include <cstdlib>
#include <string_view>

namespace lw::testing {

bool OnPostgres() {
  const char* store = std::getenv("LW_TEST_STORE");
  return store != nullptr && std::string_view(store) == "postgresql";
}

TestStore::TestStore(std::string data) : data_(std::move(data)) {
  if (OnPostgres()) {
    // The cluster's state file, unless ctest named it already.
    setenv(kPgEnvVariable, LW_PG_ENV_FILE, /*overwrite=*/0);
    pg_.emplace();
  }
}

void TestStore::Apply(Config& config) const {
  if (pg_) {
    config.database = pg_->url();
  } else {
    config.data = data_;
  }
}

std::vector<std::string> TestStore::Args() const {
  if (pg_) return {"--database", pg_->url()};
  return {"--data", data_};
}

}  // namespace lw::testing

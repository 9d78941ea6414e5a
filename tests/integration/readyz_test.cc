// /readyz says "not ready" while the store is behind this build's schema,
// and the server still answers /healthz.
#include <gtest/gtest.h>

#include "app/app.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/http_client.h"
#include "testing/temp_dir.h"

namespace lw::testing {
namespace readyz_test {
namespace {

TEST(ReadyzTest, NotReadyUntilMigrationsAreApplied) {
  TempDir dir;
  auto store = SqliteStore::Open({.path = dir.File("behind.db"), .migrate = false});
  ASSERT_TRUE(store) << store.error().message;
  ASSERT_EQ(*(*store)->AppliedSchemaVersion(), 0);

  ManualClock clock(FromUnixMicros(1'780'000'000'000'000));
  SeededRandom random(5);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> log(std::fopen(dir.File("log").c_str(), "w"),
                                                      &std::fclose);
  http::Logger logger(log.get());
  Config config;
  config.port = 0;
  config.static_dir = LW_STATIC_DIR;
  auto app = App::CreateWithStore(config, AppEnv{clock, random, logger}, std::move(*store));
  ASSERT_TRUE(app) << app.error().message;
  ASSERT_TRUE((*app)->Start());
  HttpClient client((*app)->port());
  HttpResponse ready = client.Get("/readyz");
  EXPECT_EQ(ready.status, 503);
  EXPECT_NE(ready.body.find("migrations pending (0 of"), std::string::npos) << ready.body;
  EXPECT_EQ(client.Get("/healthz").status, 200);
  (*app)->Shutdown();
}

}  // namespace
}  // namespace readyz_test
}  // namespace lw::testing

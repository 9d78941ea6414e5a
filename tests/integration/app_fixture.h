// AppFixture: the whole livingwell application on 127.0.0.1, port 0, with
// a fresh store (SQLite in a temporary directory, or a PostgreSQL database:
// test_store.h), demo data loaded (cheap
// password hashing), a manual clock the test can move, and helpers to sign
// in as any demo account.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/app.h"
#include "base/clock.h"
#include "base/random.h"
#include "http/log.h"
#include "test_store.h"
#include "testing/http_client.h"
#include "testing/temp_dir.h"

namespace lw::testing {

class AppFixture : public ::testing::Test {
 protected:
  static constexpr const char* kPassword = "living-well-demo";

  void SetUp() override;
  void TearDown() override;

  // Overridden by tests that need other settings.
  virtual void Configure(Config& config) { (void)config; }

  // Fetches the sign-in page (for the pre-session CSRF cookie), posts the
  // credentials and returns the response; `jar` keeps the cookies.
  HttpResponse SignIn(HttpClient& client, CookieJar& jar, const std::string& username,
                      const std::string& password = kPassword);
  // The csrf_token hidden field of a page, "" if none.
  static std::string CsrfFrom(const std::string& html);

  int port() const { return app_->port(); }
  App& app() { return *app_; }

  std::unique_ptr<TempDir> dir_;
  std::unique_ptr<TestStore> store_;
  ManualClock clock_{FromUnixMicros(1'780'000'000'000'000)};  // 28 May 2026
  SeededRandom random_{1234};
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> log_file_{nullptr, &std::fclose};
  std::unique_ptr<http::Logger> logger_;
  std::unique_ptr<App> app_;
};

}  // namespace lw::testing

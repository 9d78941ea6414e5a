#include "app_fixture.h"

#include <regex>

namespace lw::testing {

void AppFixture::SetUp() {
  dir_ = std::make_unique<TempDir>();
  log_file_.reset(std::fopen(dir_->File("server.log").c_str(), "w"));
  ASSERT_NE(log_file_, nullptr);
  logger_ = std::make_unique<http::Logger>(log_file_.get(), http::LogLevel::kDebug);
  Config config;
  config.port = 0;
  store_ = std::make_unique<TestStore>(dir_->File("data"));
  store_->Apply(config);
  config.static_dir = LW_STATIC_DIR;
  config.demo = true;
  config.fast_password_hashing = true;
  config.threads = 2;
  Configure(config);
  auto app = App::Create(config, AppEnv{clock_, random_, *logger_});
  ASSERT_TRUE(app) << app.error().message;
  app_ = std::move(*app);
  auto started = app_->Start();
  ASSERT_TRUE(started) << started.error().message;
  // The evaluation's first read of the records, begun by Start: tests of
  // its pages expect figures, not "being worked out".
  app_->evaluation().WaitForReading();
}

void AppFixture::TearDown() {
  if (app_) app_->Shutdown();
  app_.reset();
  logger_.reset();
  store_.reset();
}

HttpResponse AppFixture::SignIn(HttpClient& client, CookieJar& jar, const std::string& username,
                                const std::string& password) {
  client.UseCookieJar(&jar);
  HttpResponse page = client.Get("/sign-in");
  EXPECT_EQ(page.status, 200);
  const std::string csrf = CsrfFrom(page.body);
  EXPECT_FALSE(csrf.empty());
  return client.Post("/sign-in",
                     "username=" + username + "&password=" + password + "&csrf_token=" + csrf);
}

std::string AppFixture::CsrfFrom(const std::string& html) {
  static const std::regex kField(R"re(name="csrf_token"\s+value="([^"]+)")re");
  std::smatch m;
  if (std::regex_search(html, m, kField)) return m[1];
  return "";
}

}  // namespace lw::testing

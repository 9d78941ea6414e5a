// The App keeps the locality in force: the locality file's when one is
// named (loaded by Create itself if the caller has not), else one built
// from the settings.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "app/app.h"
#include "storage/memory/memory_store.h"
#include "testing/temp_dir.h"

namespace lw::testing {
namespace app_locality_test {
namespace {

class AppLocalityTest : public ::testing::Test {
 protected:
  Result<std::unique_ptr<App>> Create(const Config& config) {
    return App::CreateWithStore(config, AppEnv{clock_, random_, logger_}, MemoryStore::Create());
  }
  Config Base() {
    Config config;
    config.port = 0;
    config.static_dir = LW_STATIC_DIR;
    return config;
  }
  TempDir dir_;
  ManualClock clock_{FromUnixMicros(1'780'000'000'000'000)};
  SeededRandom random_{7};
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> log_{std::fopen(dir_.File("log").c_str(), "w"),
                                                       &std::fclose};
  http::Logger logger_{log_.get()};
};

TEST_F(AppLocalityTest, TheLocalityFileIsKeptOnTheApp) {
  std::ofstream(dir_.File("l.toml")) << "service_name = \"Hub\"\npreset = \"edinburgh\"\n"
                                        "[huddle]\nnot_seen_days = 21\n[[offers]]\n"
                                        "key = \"debt-advice\"\nname = \"Debt advice\"\n"
                                        "where = \"network\"\n";
  Config config = Base();
  config.locality = dir_.File("l.toml");
  auto app = Create(config);
  ASSERT_TRUE(app) << app.error().message;
  const LocalityConfig& locality = (*app)->locality();
  EXPECT_EQ(locality.service_name, "Hub");
  EXPECT_EQ(locality.rhythm, EdinburghRhythm());
  EXPECT_EQ(locality.huddle_rules().not_seen_days, 21);
  ASSERT_EQ(locality.offers.size(), 1u);
  EXPECT_EQ(locality.offers[0].where, OfferPlace::kNetwork);
}

TEST_F(AppLocalityTest, ABrokenLocalityFileStopsCreate) {
  std::ofstream(dir_.File("l.toml")) << "[huddle]\nnot_seen_days = 0\n";
  Config config = Base();
  config.locality = dir_.File("l.toml");
  auto app = Create(config);
  ASSERT_FALSE(app);
  EXPECT_EQ(app.error().code, ErrorCode::kInvalidArgument);
  ASSERT_EQ(app.error().field_errors.size(), 1u);
  EXPECT_EQ(app.error().field_errors[0].field, dir_.File("l.toml") + ":2:17: huddle.not_seen_days");
}

// The example file, through Create as `serve` does: later services take
// the rhythm and the huddle's rules from here.
TEST_F(AppLocalityTest, TheExampleFileIsTheLocalityInForce) {
  Config config = Base();
  config.locality = std::string(LW_SOURCE_DIR) + "/config/locality.example.toml";
  auto app = Create(config);
  ASSERT_TRUE(app) << app.error().message;
  const LocalityConfig& locality = (*app)->locality();
  EXPECT_EQ(locality.locality_name, "Tameside & Glossop");
  EXPECT_EQ(locality.rhythm, TamesideRhythm());
  EXPECT_EQ(locality.huddle_rules().target_days, 14);
  EXPECT_EQ(locality.huddle_rules().not_seen_days, 28);
  EXPECT_EQ(locality.roles().TitleFor(Profession::kRecoveryWorker), "Wellbeing coach");
  EXPECT_EQ(locality.neighbourhoods.size(), 3u);
  EXPECT_EQ(locality.offers.size(), 12u);
}

// The outcome questionnaires in force: the built-in ones, or a locality's
// own directory of definitions instead.
TEST_F(AppLocalityTest, TheQuestionnairesAreBuiltInOrTheLocalitysOwn) {
  auto built_in = Create(Base());
  ASSERT_TRUE(built_in) << built_in.error().message;
  std::vector<std::string> ids;
  for (const Instrument& i : (*built_in)->instruments()) ids.emplace_back(i.id());
  EXPECT_EQ(ids, (std::vector<std::string>{"core-10", "dialog", "experience", "gbo", "ons4",
                                           "reqol-10", "reqol-20", "swemwbs", "ucla-3", "wemwbs"}));

  Config own = Base();
  own.instruments = dir_.File("instruments");
  std::filesystem::create_directories(own.instruments);
  std::filesystem::copy_file(std::string(LW_SOURCE_DIR) + "/config/instruments/gbo.toml",
                             own.instruments + "/gbo.toml");
  auto local = Create(own);
  ASSERT_TRUE(local) << local.error().message;
  ASSERT_EQ((*local)->instruments().size(), 1u);
  EXPECT_EQ((*local)->instruments()[0].id(), "gbo");

  std::ofstream(own.instruments + "/gbo.toml", std::ios::app) << "colour = \"blue\"\n";
  auto refused = Create(own);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
  ASSERT_FALSE(refused.error().field_errors.empty());
  EXPECT_EQ(refused.error().field_errors[0].field.rfind("gbo.toml:", 0), 0u)
      << refused.error().field_errors[0].field;
}

// Text is measured in characters everywhere, never in bytes: a name or a
// crisis text the locality file accepts is not refused afterwards as a
// setting (which the operator may not even set while the file is named).
TEST_F(AppLocalityTest, TextIsMeasuredInCharactersNotBytes) {
  std::string sixty;
  for (int i = 0; i < 20; ++i) sixty += "Môn";  // 60 characters, 80 bytes
  std::string crisis;
  for (int i = 0; i < 100; ++i) crisis += "999 –";  // 500 characters, 700 bytes
  auto write = [&](const std::string& service) {
    std::ofstream(dir_.File("l.toml"))
        << "service_name = \"" << service << "\"\ncrisis_text = \"" << crisis << "\"\n";
  };
  Config config = Base();
  config.locality = dir_.File("l.toml");

  write(sixty);
  auto app = Create(config);
  ASSERT_TRUE(app) << app.error().message;
  EXPECT_EQ((*app)->locality().service_name, sixty);
  EXPECT_EQ((*app)->locality().crisis_text, crisis);

  write(sixty + "x");
  auto too_long = Create(config);
  ASSERT_FALSE(too_long);
  ASSERT_EQ(too_long.error().field_errors.size(), 1u) << too_long.error().message;
  EXPECT_EQ(too_long.error().field_errors[0].field, dir_.File("l.toml") + ":1:16: service_name");
  EXPECT_EQ(too_long.error().field_errors[0].message,
            "The service name must be 60 characters or fewer");

  // The same values as settings, without a locality file.
  Config settings = Base();
  settings.service_name = sixty;
  settings.crisis_text = crisis;
  auto from_settings = Create(settings);
  ASSERT_TRUE(from_settings) << from_settings.error().message;
  EXPECT_EQ((*from_settings)->locality().service_name, sixty);
  settings.service_name = sixty + "x";
  auto refused = Create(settings);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message, "service-name: must be 1 to 60 characters");
  settings.service_name = sixty;
  settings.locality_name = "Bury \xff";
  auto not_utf8 = Create(settings);
  ASSERT_FALSE(not_utf8);
  EXPECT_EQ(not_utf8.error().message, "locality-name: must be UTF-8 text");
}

TEST_F(AppLocalityTest, WithoutAFileTheLocalityComesFromTheSettings) {
  Config config = Base();
  config.service_name = "From Settings";
  config.target_days = 9;
  auto app = Create(config);
  ASSERT_TRUE(app) << app.error().message;
  EXPECT_EQ((*app)->locality().service_name, "From Settings");
  EXPECT_EQ((*app)->locality().target_days, 9);
  EXPECT_EQ((*app)->locality().rhythm, TamesideRhythm());
}

}  // namespace
}  // namespace app_locality_test
}  // namespace lw::testing

// The `livingwell` command itself: version, help, configuration errors,
// accounts and tokens, the audit check, and serve with a graceful stop.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <regex>

#include "test_store.h"
#include "testing/http_client.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace lw::testing {
namespace cli_test {
namespace {

using std::chrono::seconds;

class CliTest : public ::testing::Test {
 protected:
  CommandResult Run(std::vector<std::string> args, const std::string& input = "",
                    const EnvList& env = {}) {
    args.insert(args.begin(), LW_BINARY);
    return RunCommand(args, input, env);
  }
  std::vector<std::string> DataArgs() {
    std::vector<std::string> args = store_.Args();
    args.push_back("--fast-password-hashing");
    return args;
  }
  std::vector<std::string> With(std::vector<std::string> a) {
    for (auto& d : DataArgs()) a.push_back(d);
    return a;
  }
  static int Lines(const std::string& s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
  }
  TempDir dir_;
  TestStore store_{dir_.File("data")};
};

TEST_F(CliTest, PrintsItsVersion) {
  auto r = Run({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, std::string("livingwell ") + LW_VERSION_FOR_TESTS + "\n");
}

TEST_F(CliTest, EverySubcommandHasHelp) {
  for (std::vector<std::string> cmd : {std::vector<std::string>{"--help"},
                                       {"serve", "--help"},
                                       {"migrate", "--help"},
                                       {"demo", "--help"},
                                       {"user", "add", "--help"},
                                       {"token", "create", "--help"},
                                       {"audit", "verify", "--help"},
                                       {"import", "postcodes", "--help"},
                                       {"import", "directory", "--help"},
                                       {"migrate-store", "--help"},
                                       {"backup", "--help"},
                                       {"generate", "--help"}}) {
    auto r = Run(cmd);
    EXPECT_EQ(r.exit_code, 0) << cmd[0];
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << cmd[0] << ": " << r.out;
  }
}

TEST_F(CliTest, BadSettingsStopWithOneLineNamingTheSetting) {
  struct Case {
    std::vector<std::string> args;
    EnvList env;
    std::string config;
    std::string expect;
  };
  const Case cases[] = {
      {{"serve", "--port", "99999"}, {}, "", "port"},
      {{"serve"}, {{"LIVINGWELL_PORT", "abc"}}, "", "port"},
      {{"serve", "--bind", "not-an-address"}, {}, "", "bind"},
      {{"serve", "--threads", "0"}, {}, "", "threads"},
      {{"serve", "--store", "oracle"}, {}, "", "store"},
      {{"serve"}, {}, "prot = 8080\n", "prot"},
      {{"serve"}, {}, "session-idle-minutes = 0\n", "session-idle-minutes"},
      {{"serve", "--target-days", "0"}, {}, "", "target-days"},
      {{"serve", "--unreachable-attempts", "0"}, {}, "", "unreachable-attempts"},
      {{"serve"}, {{"LIVINGWELL_UNREACHABLE_DAYS", "-1"}}, "", "unreachable-days"},
      {{"serve", "--minimum-age", "40"}, {}, "", "minimum-age"},
      {{"serve", "--introduce-limit", "-5"}, {}, "", "introduce-limit"},
      {{"serve"}, {}, "crisis-text = \"\"\n", "crisis-text"},
      {{"serve", "--smtp-host", "127.0.0.1"}, {}, "", "smtp-from"},
      {{"serve"}, {{"LIVINGWELL_SMTP_FROM", "nobody"}}, "", "smtp-host"},
      {{"serve"}, {}, "public-url = \"livingwell.example.org/\"\n", "public-url"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> args = c.args;
    if (!c.config.empty()) {
      std::ofstream(dir_.File("bad.toml")) << c.config;
      args.push_back("--config");
      args.push_back(dir_.File("bad.toml"));
    }
    auto r = Run(args, "", c.env);
    EXPECT_EQ(r.exit_code, 2) << c.expect << ": " << r.err;
    EXPECT_EQ(Lines(r.err), 1) << r.err;
    EXPECT_TRUE(r.err.starts_with("livingwell: configuration error: ")) << r.err;
    EXPECT_NE(r.err.find(c.expect), std::string::npos) << r.err;
  }
}

TEST_F(CliTest, SettingsComeFromFileThenEnvironmentThenFlags) {
  std::ofstream(dir_.File("lw.toml")) << "service-name = \"From File\"\nport = 0\n";
  ChildProcess server({LW_BINARY, "serve", "--config", dir_.File("lw.toml"), "--data",
                       dir_.File("data"), "--service-name", "From Flag"},
                      {{"LIVINGWELL_SERVICE_NAME", "From Env"}});
  auto line = server.WaitForLine("\"event\":\"listening\"", seconds(20));
  ASSERT_TRUE(line) << server.output();
  std::smatch m;
  ASSERT_TRUE(std::regex_search(*line, m, std::regex(R"(127\.0\.0\.1:(\d+))")));
  HttpClient client(std::stoi(m[1]));
  HttpResponse page = client.Get("/sign-in");
  EXPECT_NE(page.body.find("From Flag"), std::string::npos);
  server.Signal(SIGTERM);
  EXPECT_EQ(server.Wait(seconds(15)), 0);
}

TEST_F(CliTest, TheConfigurationFileCanBeNamedByTheEnvironment) {
  std::ofstream(dir_.File("env.toml")) << "data = \"" << dir_.File("from-env-file") << "\"\n";
  auto migrated = Run({"migrate"}, "", {{"LIVINGWELL_CONFIG", dir_.File("env.toml")}});
  EXPECT_EQ(migrated.exit_code, 0) << migrated.err;
  EXPECT_TRUE(std::ifstream(dir_.File("from-env-file/livingwell.db")).good())
      << "the store went where the file said";
  auto missing = Run({"migrate"}, "", {{"LIVINGWELL_CONFIG", dir_.File("no-such.toml")}});
  EXPECT_EQ(missing.exit_code, 2) << missing.err;
  EXPECT_EQ(Lines(missing.err), 1) << missing.err;
}

TEST_F(CliTest, TheLocalityFileFeedsTheServer) {
  std::ofstream(dir_.File("locality.toml"))
      << "service_name = \"Wellbeing Hub\"\nlocality_name = \"Bury Test Locality\"\n"
         "preset = \"salford\"\n[front_door]\ntarget_days = 10\n";
  std::vector<std::string> serve = {LW_BINARY, "serve",      "--port",
                                    "0",       "--locality", dir_.File("locality.toml")};
  for (const auto& a : store_.Args()) serve.push_back(a);
  ChildProcess server(serve);
  auto line = server.WaitForLine("\"event\":\"listening\"", seconds(20));
  ASSERT_TRUE(line) << server.output();
  std::smatch m;
  ASSERT_TRUE(std::regex_search(*line, m, std::regex(R"(127\.0\.0\.1:(\d+))")));
  HttpResponse page = HttpClient(std::stoi(m[1])).Get("/sign-in");
  EXPECT_NE(page.body.find("Wellbeing Hub"), std::string::npos);
  EXPECT_NE(page.body.find("Bury Test Locality"), std::string::npos);
  server.Signal(SIGTERM);
  EXPECT_EQ(server.Wait(seconds(15)), 0);
}

TEST_F(CliTest, ABrokenLocalityFileStopsTheServerWithEveryProblemOnItsLine) {
  std::ofstream(dir_.File("locality.toml")) << "service_nmae = \"Typo\"\n[front_door]\n"
                                               "target_days = 0\n[[offers]]\nkey = \"x\"\n"
                                               "name = \"X\"\nwhere = \"nowhere\"\n";
  auto r = Run(With({"serve", "--port", "0", "--locality", dir_.File("locality.toml")}));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(Lines(r.err), 3) << r.err;
  const std::string prefix = "livingwell: configuration error: " + dir_.File("locality.toml");
  EXPECT_TRUE(r.err.starts_with(prefix + ":1:1: service_nmae: unknown key")) << r.err;
  EXPECT_NE(r.err.find(prefix + ":3:15: front_door.target_days: The target must be from 1 to "
                                "365 days\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(prefix + ":7:9: offers[0].where: must be \"team\" or \"network\""),
            std::string::npos)
      << r.err;

  std::ofstream(dir_.File("syntax.toml")) << "[front_door]\ntarget_days 14\n";
  auto syntax = Run(With({"serve", "--port", "0", "--locality", dir_.File("syntax.toml")}));
  EXPECT_EQ(syntax.exit_code, 2) << syntax.err;
  EXPECT_EQ(Lines(syntax.err), 1) << syntax.err;
  EXPECT_NE(syntax.err.find("syntax.toml:2:13: "), std::string::npos) << syntax.err;
}

// Precedence: a setting the locality file covers has one home. Given also
// as a flag, an environment variable or in the settings file, the server
// refuses to start and says which.
TEST_F(CliTest, ASettingTheLocalityFileCoversMayNotAlsoBeGivenElsewhere) {
  std::ofstream(dir_.File("locality.toml")) << "service_name = \"Hub\"\n";
  std::ofstream(dir_.File("settings.toml")) << "crisis-text = \"Call 999\"\n";
  auto r = Run(With({"serve", "--port", "0", "--locality", dir_.File("locality.toml"),
                     "--service-name", "Other", "--config", dir_.File("settings.toml")}),
               "", {{"LIVINGWELL_TARGET_DAYS", "10"}});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(Lines(r.err), 3) << r.err;
  for (std::string setting : {"service-name", "crisis-text", "target-days"}) {
    EXPECT_NE(r.err.find("livingwell: configuration error: " + setting +
                         ": also set by the locality file"),
              std::string::npos)
        << setting << ": " << r.err;
  }
  auto named_by_env = Run(With({"serve", "--port", "0", "--unreachable-days", "3"}), "",
                          {{"LIVINGWELL_LOCALITY", dir_.File("locality.toml")}});
  EXPECT_EQ(named_by_env.exit_code, 2) << named_by_env.err;
  EXPECT_NE(named_by_env.err.find("unreachable-days: also set by the locality file"),
            std::string::npos)
      << named_by_env.err;
}

// One run lists everything there is to fix: a setting given twice and the
// file's own problems together.
TEST_F(CliTest, ASettingGivenTwiceAndTheFilesProblemsAreReportedTogether) {
  std::ofstream(dir_.File("locality.toml")) << "[huddle]\nnot_seen_days = 0\n";
  auto r = Run(With(
      {"serve", "--port", "0", "--locality", dir_.File("locality.toml"), "--target-days", "10"}));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(Lines(r.err), 2) << r.err;
  EXPECT_NE(r.err.find("livingwell: configuration error: target-days: also set by the locality "
                       "file"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("livingwell: configuration error: " + dir_.File("locality.toml") +
                       ":2:17: huddle.not_seen_days: Not seen for must be from 1 to 365 days\n"),
            std::string::npos)
      << r.err;
}

// A questionnaire definition with an invalid scoring rule stops the server
// at start, naming the file, the line and the problem (issue 6).
TEST_F(CliTest, AnInvalidQuestionnaireDefinitionStopsTheServerNamingTheFile) {
  const std::string dir = dir_.File("instruments");
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/local.toml") << "id = \"local\"\nname = \"Local\"\nversion = \"1\"\n"
                                        "higher_is = \"better\"\n\n[scoring]\nrule = \"total\"\n";
  auto r = Run(With({"serve", "--port", "0", "--instruments", dir}));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("local.toml:7:8: scoring.rule: unknown value 'total'"), std::string::npos)
      << r.err;
  auto by_env = Run(With({"serve", "--port", "0"}), "", {{"LIVINGWELL_INSTRUMENTS", dir}});
  EXPECT_EQ(by_env.exit_code, 2) << by_env.err;
  EXPECT_NE(by_env.err.find("local.toml:7:8: scoring.rule"), std::string::npos) << by_env.err;
}

// A locality's outcome thresholds must fit the questionnaires in force: a
// ReQoL cut-off beyond its range, or an unknown questionnaire, stops the
// server naming the file and line (issue 6).
TEST_F(CliTest, OutcomeThresholdsThatDoNotFitTheQuestionnairesStopTheServer) {
  std::ofstream(dir_.File("locality.toml"))
      << "[[outcome_thresholds]]\ninstrument = \"reqol-10\"\ncut_off = 50\n\n"
         "[[outcome_thresholds]]\ninstrument = \"phq-99\"\ncut_off = 10\n";
  auto r = Run(With({"serve", "--port", "0", "--locality", dir_.File("locality.toml")}));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const std::string prefix = "livingwell: configuration error: " + dir_.File("locality.toml");
  EXPECT_NE(r.err.find(prefix + ":1:1: outcome_thresholds[0].cut_off: The cut-off must be within"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(prefix + ":5:1: outcome_thresholds[1].instrument: unknown questionnaire "
                                "'phq-99'"),
            std::string::npos)
      << r.err;
}

TEST_F(CliTest, AccountsTokensAndTheAuditChainEndToEnd) {
  ASSERT_EQ(Run(With({"migrate"})).exit_code, 0);
  auto demo = Run(With({"demo"}));
  ASSERT_EQ(demo.exit_code, 0) << demo.err;
  EXPECT_NE(demo.err.find("practitioner"), std::string::npos);
  EXPECT_EQ(Run(With({"demo"})).exit_code, 1);  // never into a store with accounts

  auto bad = Run(With({"user", "add", "--name", "x", "--role", "wizard"}), "short\n");
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("--role"), std::string::npos) << bad.err;
  auto bad_email = Run(With({"user", "add", "--name", "newpeer", "--role", "peer-worker", "--team",
                             "Millbrook North Living Well Team", "--email", "not-an-address"}),
                       "a-long-enough-password\n");
  EXPECT_EQ(bad_email.exit_code, 1);
  EXPECT_NE(bad_email.err.find("--email"), std::string::npos) << bad_email.err;

  auto added =
      Run(With({"user", "add", "--name", "newlead", "--display-name", "New Lead", "--role",
                "team-lead", "--team", "Millbrook North Living Well Team", "--organisation",
                "Millbrook Council", "--email", "new.lead@millbrook.example"}),
          "a-long-enough-password\n");
  ASSERT_EQ(added.exit_code, 0) << added.err;
  auto token = Run(With({"token", "create", "--user", "newlead"}));
  ASSERT_EQ(token.exit_code, 0) << token.err;
  const std::string bearer = token.out.substr(0, token.out.find('\n'));
  ASSERT_EQ(bearer.size(), 43u);

  std::vector<std::string> serve = {LW_BINARY, "serve", "--port", "0"};
  for (const auto& a : store_.Args()) serve.push_back(a);
  ChildProcess server(serve);
  auto line = server.WaitForLine("\"event\":\"listening\"", seconds(20));
  ASSERT_TRUE(line) << server.output();
  std::smatch m;
  ASSERT_TRUE(std::regex_search(*line, m, std::regex(R"(127\.0\.0\.1:(\d+))")));
  {
    HttpClient client(std::stoi(m[1]));
    HttpResponse me = client.Get("/api/v1/me", {{"authorization", "Bearer " + bearer}});
    EXPECT_EQ(me.status, 200);
    EXPECT_NE(me.body.find("newlead"), std::string::npos);
  }
  server.Signal(SIGTERM);
  EXPECT_EQ(server.Wait(seconds(15)), 0);
  EXPECT_TRUE(server.WaitForLine("\"event\":\"stopped\"", seconds(5)).has_value());

  auto verified = Run(With({"audit", "verify"}));
  EXPECT_EQ(verified.exit_code, 0) << verified.err;
  EXPECT_NE(verified.out.find("chain intact"), std::string::npos);
  EXPECT_NE(verified.out.find("head: entry "), std::string::npos) << verified.out;
  // Tamper with one entry directly in the database: the check must notice.
  constexpr const char* kTamper = "UPDATE audit_log SET action = 'nothing.to.see' WHERE seq = 3";
  if (OnPostgres()) {
    store_.Query(kTamper);
  } else {
    // The store holds personal data: nobody but its owner may read it.
    struct stat dir_stat {
    }, db_stat{};
    ASSERT_EQ(stat(dir_.File("data").c_str(), &dir_stat), 0);
    ASSERT_EQ(stat(dir_.File("data/livingwell.db").c_str(), &db_stat), 0);
    EXPECT_EQ(dir_stat.st_mode & 0777, 0700u);
    EXPECT_EQ(db_stat.st_mode & 0077, 0u);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(dir_.File("data/livingwell.db").c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, kTamper, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  auto broken = Run(With({"audit", "verify"}));
  EXPECT_EQ(broken.exit_code, 1);
  EXPECT_NE(broken.err.find("entry 3"), std::string::npos) << broken.err;
}

TEST_F(CliTest, ImportPostcodesReportsWhatItStoredAndRejected) {
  {
    std::ofstream f(dir_.File("postcodes.csv"));
    f << "postcode,latitude,longitude\n"
         "SK14 2QR,53.451232,-2.072411\n"
         "not-a-postcode,53.45,-2.08\n"
         "ol6 7ab,53.4941,-2.0833\n"
         "M34 2HJ,0,0\n";
  }
  auto r = Run(With({"import", "postcodes", dir_.File("postcodes.csv")}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("line 3 rejected: not a postcode: 'not-a-postcode'"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("line 5 rejected: M34 2HJ: outside the UK"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("5 lines read, 2 postcodes imported in 1 batches, 0 skipped, 2 rejected"),
            std::string::npos)
      << r.out;
  // OS Code-Point Open: no header, grid references.
  {
    std::ofstream f(dir_.File("codepo.csv"));
    f << "\"SK141ND\",10,394700,395100,\"E92000001\"\n\"SK141NZ\",90,0,0,\"E92000001\"\n";
  }
  auto cp = Run(With({"import", "postcodes", dir_.File("codepo.csv")}));
  ASSERT_EQ(cp.exit_code, 0) << cp.err;
  EXPECT_NE(cp.out.find("OS Code-Point Open: 2 lines read, 1 postcodes imported"),
            std::string::npos)
      << cp.out;

  {
    std::ofstream f(dir_.File("other.csv"));
    f << "name,address\nMind,Hyde\n";
  }
  auto other = Run(With({"import", "postcodes", dir_.File("other.csv")}));
  EXPECT_EQ(other.exit_code, 1);
  EXPECT_NE(other.err.find("not a postcode file"), std::string::npos) << other.err;
  EXPECT_EQ(Run(With({"import", "postcodes", dir_.File("missing.csv")})).exit_code, 1);
}

TEST_F(CliTest, ImportDirectoryReportsWhatItCreatedUpdatedAndRejected) {
  ASSERT_EQ(Run(With({"demo"})).exit_code, 0);
  const std::string org = "33333333-3333-4333-8333-333333333333";
  const std::string walk = "11111111-1111-4111-8111-111111111111";
  auto feed = [&](const std::string& walk_name) {
    std::ofstream f(dir_.File("feed.json"));
    f << R"([{"id":")" << org << R"(","name":"Hyde Community Trust","services":[)"
      << R"({"id":")" << walk << R"(","name":")" << walk_name << R"(","status":"active"},)"
      << R"({"id":"not-a-uuid","name":"Broken","status":"active"}]}])";
  };
  feed("Walking group");
  auto r = Run(With({"import", "directory", dir_.File("feed.json")}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("rejected not-a-uuid: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 organisations created, 0 updated; 1 services created, 0 updated; 0 "
                       "unchanged; 1 rejected"),
            std::string::npos)
      << r.out;

  // The same feed again changes nothing; a changed name is an update.
  auto again = Run(With({"import", "directory", dir_.File("feed.json")}));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("0 organisations created, 0 updated; 0 services created, 0 updated; 2 "
                           "unchanged; 1 rejected"),
            std::string::npos)
      << again.out;
  feed("Wednesday walking group");
  auto changed = Run(With({"import", "directory", dir_.File("feed.json")}));
  ASSERT_EQ(changed.exit_code, 0) << changed.err;
  EXPECT_NE(changed.out.find("0 services created, 1 updated"), std::string::npos) << changed.out;

  // A folder of HSDS CSV tables.
  std::filesystem::create_directory(dir_.File("csv"));
  std::ofstream(dir_.File("csv/organizations.csv")) << "id,name\n"
                                                    << org << ",Hyde Community Trust\n";
  std::ofstream(dir_.File("csv/services.csv"))
      << "id,organization_id,name,status\n22222222-2222-4222-8222-222222222222," << org
      << ",Hyde Allotments,active\n";
  auto csv = Run(With({"import", "directory", dir_.File("csv")}));
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_NE(csv.out.find("1 services created"), std::string::npos) << csv.out;

  std::ofstream(dir_.File("bad.json")) << "{not json";
  auto bad = Run(With({"import", "directory", dir_.File("bad.json")}));
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_EQ(Lines(bad.err), 1) << bad.err;
  EXPECT_EQ(Run(With({"import", "directory", dir_.File("missing.json")})).exit_code, 1);
}

TEST_F(CliTest, PasswordsTooShortAreRefused) {
  ASSERT_EQ(Run(With({"demo"})).exit_code, 0);
  auto r = Run(With({"user", "add", "--name", "shorty", "--role", "administrator", "--organisation",
                     "Millbrook Council"}),
               "short\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("at least 12 characters"), std::string::npos) << r.err;
}

TEST_F(CliTest, StartsOnAnEmptyStoreAndReportsReadyFast) {
  std::vector<std::string> serve = {LW_BINARY, "serve", "--port", "0"};
  for (const auto& a : store_.Args()) serve.push_back(a);
  ChildProcess server(serve);
  auto line = server.WaitForLine("\"event\":\"listening\"", seconds(20));
  ASSERT_TRUE(line) << server.output();
  std::smatch m;
  ASSERT_TRUE(std::regex_search(*line, m, std::regex(R"("ready_ms":(\d+))")));
  EXPECT_LT(std::stoi(m[1]), 1000);
  server.Signal(SIGINT);
  EXPECT_EQ(server.Wait(seconds(15)), 0);
}

TEST_F(CliTest, AnAddressInUseIsOneClearLine) {
  ChildProcess first({LW_BINARY, "serve", "--port", "0", "--data", dir_.File("a")});
  auto line = first.WaitForLine("\"event\":\"listening\"", seconds(20));
  ASSERT_TRUE(line);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(*line, m, std::regex(R"(127\.0\.0\.1:(\d+))")));
  auto second = Run({"serve", "--port", m[1], "--data", dir_.File("b")});
  EXPECT_EQ(second.exit_code, 1);
  EXPECT_NE(second.err.find("cannot listen"), std::string::npos) << second.err;
  first.Signal(SIGTERM);
  EXPECT_EQ(first.Wait(seconds(15)), 0);
}

}  // namespace
}  // namespace cli_test
}  // namespace lw::testing

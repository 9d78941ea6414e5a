// Two `livingwell serve` processes sharing one PostgreSQL database, as
// behind a load balancer (docs/deployment.md): whatever one server does,
// the other sees; concurrent edits through both never overwrite each other;
// background jobs run once between them. And the database going away and
// coming back, with no restart.
#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <boost/json.hpp>
#include <csignal>
#include <map>
#include <mutex>
#include <regex>
#include <set>
#include <thread>

#include "test_store.h"
#include "testing/http_client.h"
#include "testing/subprocess.h"

namespace lw::testing {
namespace two_servers_pgtest {
namespace {

namespace json = boost::json;
using std::chrono::seconds;

constexpr const char* kPassword = "living-well-demo";

std::string CsrfFrom(const std::string& html) {
  static const std::regex kField(R"re(name="csrf_token"\s+value="([^"]+)")re");
  std::smatch m;
  if (std::regex_search(html, m, kField)) return m[1];
  return "";
}

// One `livingwell serve` on the shared database.
class Server {
 public:
  Server(const TestStore& store, const std::string& instance, std::vector<std::string> extra = {}) {
    std::vector<std::string> argv = {
        LW_BINARY, "serve", "--port", "0", "--instance", instance, "--fast-password-hashing"};
    for (const auto& a : store.Args()) argv.push_back(a);
    for (auto& a : extra) argv.push_back(std::move(a));
    process_ = std::make_unique<ChildProcess>(argv);
    auto line = process_->WaitForLine("\"event\":\"listening\"", seconds(30));
    if (!line) throw std::runtime_error("server did not start: " + process_->output());
    std::smatch m;
    if (!std::regex_search(*line, m, std::regex(R"(127\.0\.0\.1:(\d+))"))) {
      throw std::runtime_error("no port in: " + *line);
    }
    port_ = std::stoi(m[1]);
  }
  ~Server() {
    process_->Signal(SIGTERM);
    EXPECT_EQ(process_->Wait(seconds(20)), 0) << process_->output();
  }

  int port() const { return port_; }
  std::string output() const { return process_->output(); }
  // Lines of its log containing `needle`.
  int CountLines(const std::string& needle) const {
    int n = 0;
    std::string out = process_->output();
    for (std::size_t at = out.find(needle); at != std::string::npos;
         at = out.find(needle, at + 1)) {
      ++n;
    }
    return n;
  }

 private:
  std::unique_ptr<ChildProcess> process_;
  int port_ = 0;
};

class TwoServersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("LW_TEST_STORE", "postgresql", 1);  // these tests are about PostgreSQL
    store_ = std::make_unique<TestStore>("");
    auto demo = Cli({"demo"});
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
    auto token = Cli({"token", "create", "--user", "practitioner"});
    ASSERT_EQ(token.exit_code, 0) << token.err;
    token_ = token.out.substr(0, token.out.find('\n'));
  }

  CommandResult Cli(std::vector<std::string> args) {
    args.insert(args.begin(), LW_BINARY);
    for (const auto& a : store_->Args()) args.push_back(a);
    args.push_back("--fast-password-hashing");
    return RunCommand(args, "", {});
  }

  HeaderList Json(HeaderList extra = {}) {
    extra.push_back({"content-type", "application/json"});
    extra.push_back({"authorization", "Bearer " + token_});
    return extra;
  }

  // Makes a person through `port`; returns the id.
  std::string CreatePerson(int port) {
    HttpClient client(port);
    HttpResponse created = client.Send(
        "POST", "/api/v1/people",
        R"({"given_name":"Nia","family_name":"Jones","postcode":"ML1 2AB","reason":"Introduced by GP"})",
        Json());
    EXPECT_EQ(created.status, 201) << created.body;
    return std::string(json::parse(created.body).at("id").as_string());
  }

  std::unique_ptr<TestStore> store_;
  std::string token_;
};

TEST_F(TwoServersTest, ASessionMadeOnOneServerWorksOnTheOther) {
  Server a(*store_, "a");
  Server b(*store_, "b");
  CookieJar jar;
  HttpClient on_a(a.port());
  on_a.UseCookieJar(&jar);
  HttpResponse form = on_a.Get("/sign-in");
  ASSERT_EQ(form.status, 200);
  HttpResponse signed_in =
      on_a.Post("/sign-in", "username=practitioner&password=" + std::string(kPassword) +
                                "&csrf_token=" + CsrfFrom(form.body));
  ASSERT_EQ(signed_in.status, 303) << signed_in.body;

  HttpClient on_b(b.port());
  on_b.UseCookieJar(&jar);
  HttpResponse home = on_b.Get("/home");
  EXPECT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("Priya Desai"), std::string::npos);
  // The CSRF secret lives with the session in the store, so a form from one
  // server posts to the other; signing out there ends the session on both.
  HttpResponse sign_out_form = on_a.Get("/home");
  const std::string csrf = CsrfFrom(sign_out_form.body);
  ASSERT_FALSE(csrf.empty());
  HttpResponse signed_out = on_b.Post("/sign-out", "csrf_token=" + csrf);
  EXPECT_EQ(signed_out.status, 303) << signed_out.body;
  EXPECT_EQ(on_a.Get("/home").status, 303);  // back to sign-in
}

TEST_F(TwoServersTest, SessionsSurviveARestartAndThrottlingCountsAcrossServers) {
  CookieJar jar;
  {
    Server a(*store_, "a");
    HttpClient on_a(a.port());
    on_a.UseCookieJar(&jar);
    HttpResponse form = on_a.Get("/sign-in");
    ASSERT_EQ(on_a.Post("/sign-in", "username=practitioner&password=" + std::string(kPassword) +
                                        "&csrf_token=" + CsrfFrom(form.body))
                  .status,
              303);
  }  // a stops: nothing about the session was only in its memory
  Server a(*store_, "a-again");
  Server b(*store_, "b");
  HttpClient on_a(a.port());
  on_a.UseCookieJar(&jar);
  EXPECT_EQ(on_a.Get("/home").status, 200);

  // Five wrong passwords spread over both servers lock the account on both.
  for (int i = 0; i < 5; ++i) {
    CookieJar fresh;
    HttpClient c(i % 2 == 0 ? a.port() : b.port());
    c.UseCookieJar(&fresh);
    HttpResponse form = c.Get("/sign-in");
    HttpResponse wrong =
        c.Post("/sign-in",
               "username=teamlead&password=not-the-password&csrf_token=" + CsrfFrom(form.body));
    EXPECT_EQ(wrong.status, 401) << i;
  }
  CookieJar fresh;
  HttpClient c(b.port());
  c.UseCookieJar(&fresh);
  HttpResponse form = c.Get("/sign-in");
  HttpResponse refused = c.Post("/sign-in", "username=teamlead&password=" + std::string(kPassword) +
                                                "&csrf_token=" + CsrfFrom(form.body));
  EXPECT_EQ(refused.status, 429) << "the right password, but too many failures across servers";
}

TEST_F(TwoServersTest, OneRecordEditedThroughBothAtOnceKeepsExactlyOneEdit) {
  Server a(*store_, "a");
  Server b(*store_, "b");
  const std::string id = CreatePerson(a.port());
  std::array<HttpResponse, 2> results;
  {
    std::jthread via_a([&] {
      HttpClient c(a.port());
      results[0] = c.Send("PUT", "/api/v1/people/" + id,
                          R"({"given_name":"Nia","family_name":"Jones-A","reason":"Edit via A"})",
                          Json({{"if-match", "\"1\""}}));
    });
    std::jthread via_b([&] {
      HttpClient c(b.port());
      results[1] = c.Send("PUT", "/api/v1/people/" + id,
                          R"({"given_name":"Nia","family_name":"Jones-B","reason":"Edit via B"})",
                          Json({{"if-match", "\"1\""}}));
    });
  }
  std::multiset<int> statuses = {results[0].status, results[1].status};
  EXPECT_EQ(statuses, (std::multiset<int>{200, 412})) << results[0].body << results[1].body;
  const HttpResponse& loser = results[0].status == 412 ? results[0] : results[1];
  const HttpResponse& winner = results[0].status == 200 ? results[0] : results[1];
  EXPECT_EQ(loser.Header("content-type"), "application/problem+json");
  EXPECT_EQ(json::parse(loser.body).at("current_version").as_int64(), 2);

  HttpClient c(b.port());
  HttpResponse now = c.Get("/api/v1/people/" + id, Json());
  EXPECT_EQ(json::parse(now.body).at("family_name"), json::parse(winner.body).at("family_name"));
  HttpResponse versions = c.Get("/api/v1/people/" + id + "/versions", Json());
  EXPECT_EQ(json::parse(versions.body).at("items").as_array().size(), 2u);
}

TEST_F(TwoServersTest, AThousandConcurrentConflictingUpdatesHaveOneWinnerPerVersion) {
  Server a(*store_, "a");
  Server b(*store_, "b");
  const std::string id = CreatePerson(a.port());
  constexpr int kThreads = 16;
  constexpr int kAttempts = 1000;
  std::atomic<int> next_attempt{0};
  std::mutex mu;
  std::map<std::int64_t, std::string> winner_by_version;  // new version -> marker
  std::map<int, int> statuses;
  std::vector<std::string> duplicates;
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        HttpClient client(t % 2 == 0 ? a.port() : b.port());
        for (int n = next_attempt++; n < kAttempts; n = next_attempt++) {
          // Read the current version, then try to move it on: most attempts
          // race another thread doing the same.
          HttpResponse read = client.Get("/api/v1/people/" + id, Json());
          const std::string etag = read.Header("etag");
          const std::string marker = "Attempt " + std::to_string(n);
          HttpResponse put = client.Send(
              "PUT", "/api/v1/people/" + id,
              R"({"given_name":"Nia","family_name":"Jones","reason":")" + marker + "\"}",
              Json({{"if-match", etag}}));
          std::lock_guard lock(mu);
          ++statuses[put.status];
          if (put.status == 200) {
            std::int64_t version = json::parse(put.body).at("version").as_int64();
            if (!winner_by_version.emplace(version, marker).second) duplicates.push_back(marker);
          }
        }
      });
    }
  }
  // Every attempt either won or was told about the conflict: no errors.
  int total = 0;
  for (const auto& [status, count] : statuses) {
    EXPECT_TRUE(status == 200 || status == 412) << count << " answers of " << status;
    total += count;
  }
  EXPECT_EQ(total, kAttempts);
  EXPECT_TRUE(duplicates.empty()) << duplicates.size() << " versions won twice";
  EXPECT_GT(statuses[412], 0) << "the updates did not conflict at all";

  // The record's history is exactly the winners, in order, nothing lost.
  HttpClient client(a.port());
  HttpResponse versions = client.Get("/api/v1/people/" + id + "/versions", Json());
  ASSERT_EQ(versions.status, 200);
  const json::value parsed = json::parse(versions.body);
  const json::array& items = parsed.at("items").as_array();
  ASSERT_EQ(items.size(), winner_by_version.size() + 1);
  for (std::size_t i = 1; i < items.size(); ++i) {
    const std::int64_t version = items[i].at("version").as_int64();
    EXPECT_EQ(version, static_cast<std::int64_t>(i + 1));
    ASSERT_TRUE(winner_by_version.contains(version)) << version;
    EXPECT_EQ(items[i].at("reason").as_string(), winner_by_version[version]);
  }
  // One audit entry per applied update, and the chain is intact.
  EXPECT_EQ(std::stoul(store_->Query("SELECT COUNT(*) FROM audit_log WHERE action = "
                                     "'person.update' AND record_id = '" +
                                     id + "'")),
            winner_by_version.size());
  auto verified = Cli({"audit", "verify"});
  EXPECT_EQ(verified.exit_code, 0) << verified.err;
  // The writes queued for the write lock: none had to be run again.
  for (int port : {a.port(), b.port()}) {
    HttpClient metrics(port);
    EXPECT_NE(
        metrics.Get("/metrics")
            .body.find("livingwell_store_transactions_retried_total{store=\"postgresql\"} 0\n"),
        std::string::npos);
  }
}

TEST_F(TwoServersTest, ABackgroundJobRunsOncePerSlotAcrossBothServers) {
  std::vector<std::string> every_second = {"--job-interval-seconds", "1"};
  {
    Server a(*store_, "a", every_second);
    Server b(*store_, "b", every_second);
    std::this_thread::sleep_for(seconds(5));
    // Stop both before counting, so no run is half-logged.
  }
  // Each slot is recorded once (the primary key would refuse a second), and
  // only the server that recorded a slot did its work: the work and the
  // record commit together, and each server logs only the runs it made.
  const int slots =
      std::stoi(store_->Query("SELECT COUNT(*) FROM job_runs WHERE job = 'sessions.purge'"));
  const int distinct = std::stoi(
      store_->Query("SELECT COUNT(DISTINCT slot) FROM job_runs WHERE job = 'sessions.purge'"));
  EXPECT_EQ(slots, distinct);
  EXPECT_GE(slots, 4) << "a job every second for five seconds";
  const std::int64_t span = std::stoll(store_->Query(
      "SELECT (MAX(slot) - MIN(slot)) / 1000000 FROM job_runs WHERE job = 'sessions.purge'"));
  EXPECT_EQ(span + 1, slots) << "every slot in between ran";
}

// --- The database going away (serial: these stop the cluster's server).

TEST_F(TwoServersTest, SerialDatabaseDownAtStartUpThenBack) {
  std::unique_ptr<Server> server;
  {
    ScopedPgClusterPause down;
    server = std::make_unique<Server>(*store_, "a");
    EXPECT_EQ(server->CountLines("database unreachable"), 1) << server->output();
    HttpClient client(server->port());
    EXPECT_EQ(client.Get("/healthz").status, 200);
    HttpResponse ready = client.Get("/readyz");
    EXPECT_EQ(ready.status, 503);
    HttpResponse me = client.Get("/api/v1/me", Json());
    EXPECT_EQ(me.status, 503);
    EXPECT_EQ(me.Header("content-type"), "application/problem+json");
  }
  HttpClient client(server->port());
  int ready = 0;
  for (int i = 0; i < 100 && ready != 200; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ready = client.Get("/readyz").status;
  }
  EXPECT_EQ(ready, 200) << server->output();
  EXPECT_EQ(client.Get("/api/v1/me", Json()).status, 200);
}

TEST_F(TwoServersTest, SerialConnectionsLostMidRunFailCleanlyAndRecoverWithoutARestart) {
  Server server(*store_, "a");
  HttpClient client(server.port());
  const std::string id = CreatePerson(server.port());
  ASSERT_EQ(client.Get("/api/v1/people/" + id, Json()).status, 200);
  {
    ScopedPgClusterPause down;  // every pooled connection is cut
    HttpResponse lost = client.Get("/api/v1/people/" + id, Json());
    EXPECT_EQ(lost.status, 503);
    EXPECT_EQ(lost.Header("content-type"), "application/problem+json");
    EXPECT_EQ(lost.body.find("127.0.0.1"), std::string::npos) << "no internals: " << lost.body;
    HttpResponse write =
        client.Send("PUT", "/api/v1/people/" + id,
                    R"({"given_name":"Lost","family_name":"Write","reason":"while down"})",
                    Json({{"if-match", "\"1\""}}));
    EXPECT_EQ(write.status, 503);
    EXPECT_EQ(client.Get("/readyz").status, 503);
  }
  HttpResponse back = client.Get("/api/v1/people/" + id, Json());
  EXPECT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(back.Header("etag"), "\"1\"") << "nothing half-written";
  EXPECT_EQ(client.Get("/readyz").status, 200);
}

}  // namespace
}  // namespace two_servers_pgtest
}  // namespace lw::testing

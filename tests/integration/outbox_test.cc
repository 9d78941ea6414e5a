// Reminder emails through the outbox, over real SMTP and HTTP on 127.0.0.1
// (issue 7 point 5; services/outbox.h). The demo's Siobhan Kelly has a warm
// introduction, made by the peer worker Sam Carter 12 days ago to "Debt
// advice appointments", that has not landed: the reminder job, which runs
// when the server starts, queues an email to the service and one to Sam;
// the outbox.send job, run just after it, sends them to a fake SMTP server.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <chrono>
#include <thread>

#include <set>
#include "app_fixture.h"
#include "fake_smtp_server.h"

#include "services/account_service.h"
#include "services/audit_events.h"
#include "services/job_runner.h"
#include "services/outbox.h"
#include "services/password.h"
#include "storage/records/outbox_records.h"

namespace lw::testing {
namespace outbox_test {
namespace {

namespace json = boost::json;

constexpr const char* kFrom = "livingwell@millbrook.example";
constexpr const char* kPublicUrl = "https://livingwell.example.nhs.uk";
constexpr int kIntervalSeconds = 3600;

class OutboxTest : public AppFixture {
 protected:
  void Configure(Config& config) override {
    config.public_url = kPublicUrl;
    config.job_interval_seconds = kIntervalSeconds;
    if (with_smtp_) {
      config.smtp_host = "127.0.0.1";
      config.smtp_port = smtp_.port();
      config.smtp_from = kFrom;
    }
  }

  std::vector<OutboxMessage> Messages() {
    std::vector<OutboxMessage> out;
    EXPECT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto list = records::List<OutboxMessage>(tx, {});
      if (!list) return Fail(list.error());
      out = std::move(*list);
      return Ok();
    }));
    return out;
  }

  // Waits (up to 20 s) until `done` holds of the stored messages.
  template <typename F>
  bool WaitFor(F done) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
      if (done(Messages())) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
  }

  std::string Token(const std::string& username) {
    AccountService accounts(app().store(), clock_, random_, MinimalPasswordHashOptions());
    auto token = accounts.CreateApiToken(SystemActor("test"), username, "test");
    EXPECT_TRUE(token) << username;
    return token.value_or("");
  }

  bool with_smtp_ = true;
  FakeSmtpServer smtp_;
};

bool AllIn(const std::vector<OutboxMessage>& ms, OutboxState state, std::size_t n) {
  if (ms.size() != n) return false;
  for (const OutboxMessage& m : ms) {
    if (m.state != state) return false;
  }
  return true;
}

TEST_F(OutboxTest, TheReminderIsMailedToTheServiceAndThePractitionerWithNoPersonalData) {
  ASSERT_TRUE(WaitFor([](const auto& ms) { return AllIn(ms, OutboxState::kSent, 2); }))
      << "the two reminder emails were not sent";
  const auto received = smtp_.received();
  ASSERT_EQ(received.size(), 2u);
  std::set<std::string> to;
  for (const auto& r : received) {
    EXPECT_EQ(r.mail_from, kFrom);
    ASSERT_EQ(r.rcpt_to.size(), 1u);
    to.insert(r.rcpt_to[0]);
    EXPECT_NE(r.data.find("Subject: A warm introduction has not landed yet\r\n"), std::string::npos)
        << r.data;
    EXPECT_NE(r.data.find(std::string("From: ") + kFrom + "\r\n"), std::string::npos);
    EXPECT_NE(r.data.find("To: " + r.rcpt_to[0] + "\r\n"), std::string::npos);
    EXPECT_NE(r.data.find("A warm introduction to Debt advice appointments, made on "),
              std::string::npos)
        << r.data;
    EXPECT_NE(r.data.find(std::string(kPublicUrl) + "/warm-introductions/"), std::string::npos);
    for (const char* personal :
         {"Siobhan", "Kelly", "Sam Carter", "Carter", "bailiff", "arrears", "council tax"}) {
      EXPECT_EQ(r.data.find(personal), std::string::npos) << personal << " in " << r.data;
    }
  }
  EXPECT_TRUE(to.contains("sam.carter@millbrook.example"));
  EXPECT_EQ(to.size(), 2u);
  for (const std::string& address : to) {
    if (address != "sam.carter@millbrook.example") {
      EXPECT_TRUE(address.ends_with(".example.org")) << address << ": the service's address";
    }
  }

  // Administrators see them sent; nobody else sees the outbox at all.
  HttpClient client(port());
  CookieJar admin;
  ASSERT_EQ(SignIn(client, admin, "admin").status, 303);
  HttpResponse page = client.Get("/outbox");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("sam.carter@millbrook.example"), std::string::npos);
  EXPECT_NE(page.body.find(">Sent</strong>"), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/outbox\""), std::string::npos) << "the admin nav link";
  HttpClient api(port());
  HttpResponse listed = api.Get("/api/v1/outbox", {{"authorization", "Bearer " + Token("admin")}});
  ASSERT_EQ(listed.status, 200) << listed.body;
  const json::array items = json::parse(listed.body).at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].at("state").as_string(), "sent");
  EXPECT_EQ(items[0].at("attempts").as_int64(), 1);

  HttpClient other(port());
  CookieJar practitioner;
  ASSERT_EQ(SignIn(other, practitioner, "practitioner").status, 303);
  EXPECT_EQ(other.Get("/outbox").status, 404);
  EXPECT_EQ(other.Get("/").body.find("href=\"/outbox\""), std::string::npos);
  HttpClient other_api(port());
  EXPECT_EQ(other_api.Get("/api/v1/outbox", {{"authorization", "Bearer " + Token("practitioner")}})
                .status,
            404);
}

class OutboxRefusedTest : public OutboxTest {
 protected:
  void Configure(Config& config) override {
    smtp_.RefuseNext(2, "451 4.3.0 Try again later");
    OutboxTest::Configure(config);
  }
};

TEST_F(OutboxRefusedTest, ARefusedMessageIsRetriedThenSentWhenTheServerRecovers) {
  ASSERT_TRUE(WaitFor([](const auto& ms) {
    if (ms.size() != 2) return false;
    for (const OutboxMessage& m : ms) {
      // Started (claimed) is not enough: the relay's answer is recorded.
      if (m.attempts != 1 || m.last_error.empty()) return false;
    }
    return true;
  })) << "the first attempts' outcomes were not recorded";
  for (const OutboxMessage& m : Messages()) {
    EXPECT_EQ(m.state, OutboxState::kQueued);
    EXPECT_EQ(m.last_error, "451 4.3.0 Try again later");
    EXPECT_EQ(m.next_attempt_at, clock_.Now() + std::chrono::minutes(5));
  }
  EXPECT_TRUE(smtp_.received().empty());

  // The next round of the job, an interval later, on this test's runner:
  // the real job over real SMTP to the server, which now accepts.
  clock_.Advance(std::chrono::seconds(kIntervalSeconds));
  auto sender = MakeSmtpSender({.host = "127.0.0.1", .port = smtp_.port()});
  JobRunner runner(app().store(), clock_, "test");
  runner.Add(OutboxSendJob(*sender, kFrom, std::chrono::seconds(kIntervalSeconds)));
  auto ran = runner.RunDue();
  ASSERT_TRUE(ran) << ran.error().message;
  ASSERT_TRUE(WaitFor([](const auto& ms) { return AllIn(ms, OutboxState::kSent, 2); }));
  for (const OutboxMessage& m : Messages()) {
    EXPECT_EQ(m.attempts, 2);
    EXPECT_EQ(m.last_error, "451 4.3.0 Try again later");
    EXPECT_EQ(m.sent_at, clock_.Now());
  }
  EXPECT_EQ(smtp_.received().size(), 2u);
}

class OutboxWithoutSmtpTest : public OutboxTest {
 protected:
  void Configure(Config& config) override {
    with_smtp_ = false;
    OutboxTest::Configure(config);
  }
};

TEST_F(OutboxWithoutSmtpTest, MessagesWaitQueued) {
  ASSERT_TRUE(WaitFor([](const auto& ms) { return ms.size() == 2; }));
  // Give a (wrongly registered) send job time to have run.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  for (const OutboxMessage& m : Messages()) {
    EXPECT_EQ(m.state, OutboxState::kQueued);
    EXPECT_EQ(m.attempts, 0);
  }
  EXPECT_EQ(smtp_.connections(), 0);
  HttpClient client(port());
  CookieJar admin;
  ASSERT_EQ(SignIn(client, admin, "admin").status, 303);
  HttpResponse page = client.Get("/outbox");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Waiting to send"), std::string::npos);
}

}  // namespace
}  // namespace outbox_test
}  // namespace lw::testing

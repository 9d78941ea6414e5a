// The HTTP server's named limits over real sockets: header and body size
// (413), request time (408), malformed input (400), connection count (503).
#include "http_server_fixture.h"

namespace lw::http::test {
namespace http_server_limits_test {
namespace {

TEST_F(HttpServerTest, HeaderOverTheLimitIs413) {
  RawConnection raw(port_);
  ASSERT_TRUE(raw.connected());
  raw.Send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(6000, 'a') + "\r\n\r\n");
  auto r = raw.ReadResponse();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(r->Header("connection"), "close");
  ExpectSecurityHeaders(*r);
  EXPECT_TRUE(raw.WaitForClose(milliseconds(3000)));
}

TEST_F(HttpServerTest, BodyOverTheLimitIs413) {
  RawConnection raw(port_);
  ASSERT_TRUE(raw.connected());
  // The declared length is over the limit: refused before the body is read.
  raw.Send("POST /api/v1/notes HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" +
           std::string(100, 'x'));
  auto r = raw.ReadResponse();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(r->body, "api error 413");
  ExpectSecurityHeaders(*r);
  EXPECT_TRUE(raw.WaitForClose(milliseconds(3000)));

  // A chunked body that grows past the limit is refused too.
  RawConnection chunked(port_);
  chunked.Send("POST /api/v1/notes HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" +
               std::string("800\r\n") + std::string(0x800, 'y') + "\r\n");
  auto c = chunked.ReadResponse();
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->status, 413);
}

TEST_F(HttpServerTest, BodyWithinTheLimitIsServed) {
  HttpClient client(port_);
  HttpResponse r = client.Post("/api/v1/notes", std::string(1024, 'x'), "application/json",
                               {{"X-Test-Role", "practitioner"}, {"X-Test-Auth", "bearer"}});
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(r.body, "{\"bytes\":1024}");
}

TEST_F(HttpServerTest, StalledRequestGets408) {
  RawConnection raw(port_);
  ASSERT_TRUE(raw.connected());
  auto start = SteadyClock::now();
  raw.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n");  // the blank line never comes
  auto r = raw.ReadResponse(milliseconds(5000));
  auto waited = SteadyClock::now() - start;
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 408);
  EXPECT_EQ(r->Header("connection"), "close");
  ExpectSecurityHeaders(*r);
  EXPECT_GE(waited, milliseconds(250));
  EXPECT_LT(waited, milliseconds(3000));
  EXPECT_TRUE(raw.WaitForClose(milliseconds(3000)));
}

TEST_F(HttpServerTest, SlowlyTrickledRequestGets408) {
  RawConnection raw(port_);
  ASSERT_TRUE(raw.connected());
  std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  // Each piece arrives well within the timeout, the whole request does not.
  for (std::size_t i = 0; i < 8 && raw.Send(request.substr(i, 1)); ++i) {
    std::this_thread::sleep_for(milliseconds(60));
  }
  auto r = raw.ReadResponse(milliseconds(5000));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 408);
}

TEST_F(HttpServerTest, SilentConnectionIsClosedWithoutAResponse) {
  RawConnection raw(port_);
  ASSERT_TRUE(raw.connected());
  std::string received = raw.ReadUntilClosed(milliseconds(5000));
  EXPECT_EQ(received, "");
}

TEST_F(HttpServerTest, GarbageIs400) {
  RawConnection raw(port_);
  ASSERT_TRUE(raw.connected());
  raw.Send("HELLO THERE\r\n\r\n");
  auto r = raw.ReadResponse();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 400);
  ExpectSecurityHeaders(*r);
  EXPECT_TRUE(raw.WaitForClose(milliseconds(3000)));

  RawConnection bad_target(port_);
  bad_target.Send("GET /a|b<c> HTTP/1.1\r\nHost: x\r\n\r\n");
  auto t = bad_target.ReadResponse();
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->status, 400);
}

TEST_F(HttpServerTest, ConnectionsPastTheLimitGet503) {
  ServerOptions options = DefaultOptions();
  options.max_connections = 2;
  StartServer(options);
  HttpClient a(port_);
  HttpClient b(port_);
  ASSERT_EQ(a.Get("/healthz").status, 200);
  ASSERT_EQ(b.Get("/healthz").status, 200);

  RawConnection third(port_);
  third.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  auto r = third.ReadResponse();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(r->Header("connection"), "close");
  ExpectSecurityHeaders(*r);
  EXPECT_TRUE(third.WaitForClose(milliseconds(3000)));

  // Once a connection goes, a new one is admitted.
  a.Close();
  int status = 0;
  for (int i = 0; i < 50 && status != 200; ++i) {
    std::this_thread::sleep_for(milliseconds(20));
    HttpClient c(port_);
    status = c.Get("/healthz").status;
  }
  EXPECT_EQ(status, 200);
  EXPECT_EQ(b.Get("/healthz").status, 200);
}

TEST_F(HttpServerTest, ShutdownFinishesInFlightRequestsAndRefusesNewOnes) {
  HttpClient idle(port_);
  ASSERT_EQ(idle.Get("/healthz").status, 200);  // now an idle keep-alive connection

  auto slow = std::async(std::launch::async, [this] {
    HttpClient client(port_);
    return client.Get("/slow");
  });
  while (!slow_started_.load()) std::this_thread::sleep_for(milliseconds(5));

  auto start = SteadyClock::now();
  std::thread stopper([this] { server_->Shutdown(); });
  HttpResponse r = slow.get();
  stopper.join();
  EXPECT_LT(SteadyClock::now() - start, milliseconds(4000));

  EXPECT_EQ(r.status, 200) << r.error;
  EXPECT_EQ(r.body, "slow done");
  EXPECT_EQ(r.Header("connection"), "close");
  EXPECT_FALSE(CanConnect(port_));
  HttpResponse after = idle.Get("/healthz");  // its connection was closed, and no new one
  EXPECT_EQ(after.status, 0);
  server_->Shutdown();  // idempotent
}

TEST_F(HttpServerTest, WaitForSignalReturnsWhenShutDownElsewhere) {
  std::promise<void> returned;
  std::thread waiter([this, &returned] {
    server_->WaitForSignal();
    returned.set_value();
  });
  std::this_thread::sleep_for(milliseconds(50));
  server_->Shutdown();
  EXPECT_EQ(returned.get_future().wait_for(std::chrono::seconds(5)), std::future_status::ready);
  waiter.join();
  server_->WaitForSignal();  // already stopped: returns at once
}

TEST_F(HttpServerTest, ASignalBeforeWaitForSignalIsNotLost) {
  HttpClient client(port_);
  ASSERT_EQ(client.Get("/healthz").status, 200);
  std::raise(SIGTERM);  // caught by the server since Start
  server_->WaitForSignal();
  EXPECT_FALSE(CanConnect(port_));
  bool logged = false;
  for (const auto& line : LogLines()) logged = logged || line.at("event") == "signal_received";
  EXPECT_TRUE(logged);
}

}  // namespace
}  // namespace http_server_limits_test
}  // namespace lw::http::test

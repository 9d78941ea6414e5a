// Test helpers for talking HTTP/1.1 to a server on 127.0.0.1.
//
// HttpClient: a small blocking client. It keeps one connection open between
// requests (keep-alive) and reconnects when the server has closed it; it
// never throws. A request that fails at the socket level (refused, reset,
// timed out) returns status 0 with the reason in `error`. Responses to HEAD
// are read without a body.
//
// CookieJar: remembers cookies from Set-Cookie (Max-Age=0 or an empty value
// removes one) and sends them back, like a browser without domain rules.
//
// RawConnection: a plain socket for what a well-behaved client never does:
// garbage bytes, oversized headers, a request sent in pieces with pauses.
//
// Thread-safety: none; use one object per thread. Every read is bounded by
// a timeout (10 s by default) so a broken server fails a test rather than
// hanging it.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lw::testing {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

struct HttpResponse {
  int status = 0;      // 0: no response (see `error`)
  HeaderList headers;  // names in lower case, in order; repeats kept (set-cookie)
  std::string body;
  std::string error;  // why there is no response

  // The first value of a header, "" when absent.
  std::string Header(std::string_view lower_name) const;
  std::vector<std::string> Headers(std::string_view lower_name) const;
  bool HasHeader(std::string_view lower_name) const;
};

// Parses one complete response from `raw` (head and body); nullopt when it
// is incomplete or malformed. `head_request`: the response has no body.
std::optional<HttpResponse> ParseHttpResponse(std::string_view raw, bool head_request = false);

class CookieJar {
 public:
  void Update(const HttpResponse& response);
  std::optional<std::string> Get(const std::string& name) const;
  void Set(const std::string& name, const std::string& value) { cookies_[name] = value; }
  void Clear() { cookies_.clear(); }
  std::string CookieHeader() const;  // "a=1; b=2", "" when empty

 private:
  std::map<std::string, std::string> cookies_;
};

class HttpClient {
 public:
  explicit HttpClient(int port, std::chrono::milliseconds timeout = std::chrono::seconds(10));
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  HttpResponse Get(const std::string& target, const HeaderList& headers = {});
  HttpResponse Post(const std::string& target, const std::string& body,
                    const std::string& content_type = "application/x-www-form-urlencoded",
                    const HeaderList& headers = {});
  HttpResponse Send(const std::string& method, const std::string& target,
                    const std::string& body = "", const HeaderList& headers = {});

  // Cookies from `jar` (not owned; null to stop) are sent, and responses update it.
  void UseCookieJar(CookieJar* jar) { jar_ = jar; }
  // false: every request says `Connection: close` and uses a new connection.
  void set_keep_alive(bool keep_alive) { keep_alive_ = keep_alive; }
  // How many TCP connections this client has opened so far.
  int connections_opened() const { return connections_opened_; }
  void Close();

 private:
  HttpResponse SendOnce(const std::string& wire, bool head_request, bool* retryable);

  int port_;
  std::chrono::milliseconds timeout_;
  int fd_ = -1;
  bool keep_alive_ = true;
  int connections_opened_ = 0;
  CookieJar* jar_ = nullptr;
};

class RawConnection {
 public:
  explicit RawConnection(int port);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const { return fd_ >= 0; }
  // Sends all of `bytes`; false if the connection failed.
  bool Send(std::string_view bytes);
  // Everything that arrives until the peer closes or `timeout` passes.
  std::string ReadUntilClosed(std::chrono::milliseconds timeout = std::chrono::seconds(10));
  // One response, read until it is complete; nullopt on timeout or close.
  std::optional<HttpResponse> ReadResponse(
      std::chrono::milliseconds timeout = std::chrono::seconds(10), bool head_request = false);
  // True if the peer closes (EOF or reset) within `timeout`, discarding data.
  bool WaitForClose(std::chrono::milliseconds timeout);
  void Close();

 private:
  int fd_ = -1;
  std::string pending_;  // bytes read past the last response
};

// True if a TCP connection to 127.0.0.1:port is accepted.
bool CanConnect(int port);

}  // namespace lw::testing

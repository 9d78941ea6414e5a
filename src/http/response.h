// Response: what a handler returns. No Beast types here.
//
// The pipeline adds security headers, the request id and cache headers to
// every response; handlers set only what is particular to them.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lw::http {

struct CookieOptions {
  bool http_only = true;
  bool secure = false;  // set by the pipeline when served over TLS
  std::string same_site = "Lax";
  long long max_age_seconds = -1;  // -1: session cookie; 0: delete
  std::string path = "/";
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // Bytes that outlive the response (a static asset held by StaticAssets for
  // the server's lifetime), sent instead of `body` without copying them.
  std::string_view static_body;
  // The bytes to send: `static_body` when set, else `body`.
  std::string_view Payload() const {
    return static_body.empty() ? std::string_view(body) : static_body;
  }
  // Why this response is a failure, for the server's log only: never sent.
  // The pipeline logs it with the request id at error level.
  std::string log_detail;

  static Response Html(std::string body, int status = 200);
  static Response Text(std::string body, int status = 200);
  static Response Json(std::string body, int status = 200);
  // 303 See Other: post-redirect-get.
  static Response Redirect(std::string location);

  void SetHeader(std::string name, std::string value);
  std::string_view GetHeader(std::string_view name) const;  // "" when absent
  void SetCookie(std::string_view name, std::string_view value, const CookieOptions& options);
};

}  // namespace lw::http

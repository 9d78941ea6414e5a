// SerializeHead: turns a Response into the status line and header block
// that go on the wire, adding what the pipeline puts on every response.
//
// Contract: the output always carries the security headers (a strict
// Content-Security-Policy, nosniff, no-referrer, X-Frame-Options DENY, a
// Permissions-Policy, Cross-Origin-Opener-Policy same-origin), X-Request-Id,
// Content-Type (unless the response has no body), Content-Length, and
// `Cache-Control: no-store` unless the response set its own Cache-Control.
// Headers the pipeline owns (the security headers, X-Request-Id,
// Content-Length, Connection, Transfer-Encoding, Keep-Alive) are taken from
// the pipeline even if a handler set them. A header whose name is not a
// token or whose value holds CR, LF or NUL is dropped (no response
// splitting). With `secure_cookies`, every Set-Cookie without Secure gets
// it. Returns whether a body follows the head (not for HEAD, 1xx, 204, 304).
//
// Thread-safety: a pure function.
#pragma once

#include <string>
#include <string_view>

#include "http/response.h"

namespace lw::http {

struct HeadOptions {
  std::string_view request_id;
  bool keep_alive = true;       // false: "Connection: close"
  bool http10 = false;          // HTTP/1.0 peer: keep-alive must be said explicitly
  bool head_request = false;    // HEAD: Content-Length of the body, no body
  bool secure_cookies = false;  // add Secure to Set-Cookie
};

bool SerializeHead(const Response& response, const HeadOptions& options, std::string& out);

// "Not Found" for 404; "Unknown" for codes we do not use.
std::string_view ReasonPhrase(int status);

// The constant block of security headers, each line ending in CRLF.
std::string_view SecurityHeaders();

}  // namespace lw::http

#include "http/response_head.h"

#include <array>
#include <charconv>

#include "http/text.h"

namespace lw::http {

namespace {

constexpr std::string_view kSecurityHeaders =
    "Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; object-src 'none'\r\n"
    "X-Content-Type-Options: nosniff\r\n"
    "Referrer-Policy: no-referrer\r\n"
    "X-Frame-Options: DENY\r\n"
    "Permissions-Policy: camera=(), microphone=(), geolocation=()\r\n"
    "Cross-Origin-Opener-Policy: same-origin\r\n";

// Headers only the pipeline writes, in lower case.
constexpr std::array<std::string_view, 11> kPipelineOwned = {"content-security-policy",
                                                             "x-content-type-options",
                                                             "referrer-policy",
                                                             "x-frame-options",
                                                             "permissions-policy",
                                                             "cross-origin-opener-policy",
                                                             "x-request-id",
                                                             "content-length",
                                                             "connection",
                                                             "transfer-encoding",
                                                             "keep-alive"};

bool IsPipelineOwned(std::string_view name) {
  for (std::string_view owned : kPipelineOwned) {
    if (EqualsIgnoreCase(name, owned)) return true;
  }
  return false;
}

bool IsSafeValue(std::string_view value) {
  return value.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
}

// Does a Set-Cookie value already carry the Secure attribute?
bool HasSecureAttribute(std::string_view cookie) {
  std::size_t semi = cookie.find(';');
  while (semi != std::string_view::npos) {
    cookie.remove_prefix(semi + 1);
    semi = cookie.find(';');
    std::string_view attribute = TrimOws(cookie.substr(0, semi));
    if (EqualsIgnoreCase(attribute, "secure")) return true;
  }
  return false;
}

void AppendNumber(std::string& out, std::size_t value) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, end);
}

}  // namespace

std::string_view SecurityHeaders() { return kSecurityHeaders; }

std::string_view ReasonPhrase(int status) {
  switch (status) {
    case 100:
      return "Continue";
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 202:
      return "Accepted";
    case 204:
      return "No Content";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 303:
      return "See Other";
    case 304:
      return "Not Modified";
    case 307:
      return "Temporary Redirect";
    case 308:
      return "Permanent Redirect";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 406:
      return "Not Acceptable";
    case 408:
      return "Request Timeout";
    case 409:
      return "Conflict";
    case 410:
      return "Gone";
    case 412:
      return "Precondition Failed";
    case 413:
      return "Content Too Large";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 428:
      return "Precondition Required";
    case 429:
      return "Too Many Requests";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 502:
      return "Bad Gateway";
    case 503:
      return "Service Unavailable";
    case 504:
      return "Gateway Timeout";
    default:
      return "Unknown";
  }
}

bool SerializeHead(const Response& response, const HeadOptions& options, std::string& out) {
  int status = response.status >= 100 && response.status <= 999 ? response.status : 500;
  bool bodiless_status = status < 200 || status == 204 || status == 304;
  bool send_body = !bodiless_status && !options.head_request;

  out.clear();
  out.append("HTTP/1.1 ");
  AppendNumber(out, static_cast<std::size_t>(status));
  out.push_back(' ');
  out.append(ReasonPhrase(status)).append("\r\n");
  out.append(kSecurityHeaders);
  if (IsSafeValue(options.request_id)) {
    out.append("X-Request-Id: ").append(options.request_id).append("\r\n");
  }

  bool has_cache_control = false;
  bool has_content_type = false;
  for (const auto& [name, value] : response.headers) {
    if (!IsHttpToken(name) || !IsSafeValue(value) || IsPipelineOwned(name)) continue;
    if (EqualsIgnoreCase(name, "cache-control")) has_cache_control = true;
    if (EqualsIgnoreCase(name, "content-type")) {
      if (bodiless_status) continue;
      has_content_type = true;
    }
    out.append(name).append(": ").append(value);
    if (options.secure_cookies && EqualsIgnoreCase(name, "set-cookie") &&
        !HasSecureAttribute(value)) {
      out.append("; Secure");
    }
    out.append("\r\n");
  }
  if (!has_cache_control) out.append("Cache-Control: no-store\r\n");
  if (!bodiless_status) {
    if (!has_content_type && !response.content_type.empty() && IsSafeValue(response.content_type)) {
      out.append("Content-Type: ").append(response.content_type).append("\r\n");
    }
    out.append("Content-Length: ");
    AppendNumber(out, response.Payload().size());
    out.append("\r\n");
  }
  if (!options.keep_alive) {
    out.append("Connection: close\r\n");
  } else if (options.http10) {
    out.append("Connection: keep-alive\r\n");
  }
  out.append("\r\n");
  return send_body;
}

}  // namespace lw::http

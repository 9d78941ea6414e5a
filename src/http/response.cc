#include "http/response.h"

#include "base/check.h"
#include "http/text.h"

namespace lw::http {

namespace {

// RFC 6265 cookie-octet: printable ASCII except space, '"', ',', ';' and '\'.
bool IsCookieOctet(unsigned char c) {
  return c == 0x21 || (c >= 0x23 && c <= 0x2B) || (c >= 0x2D && c <= 0x3A) ||
         (c >= 0x3C && c <= 0x5B) || (c >= 0x5D && c <= 0x7E);
}

// An attribute value we write after "Path=" or "SameSite=": no separators
// or control characters.
bool IsSafeAttribute(std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7f || c == ';' || c == ',') return false;
  }
  return true;
}

Response Make(int status, std::string content_type, std::string body) {
  Response r;
  r.status = status;
  r.content_type = std::move(content_type);
  r.body = std::move(body);
  return r;
}

}  // namespace

Response Response::Html(std::string body, int status) {
  return Make(status, "text/html; charset=utf-8", std::move(body));
}

Response Response::Text(std::string body, int status) {
  return Make(status, "text/plain; charset=utf-8", std::move(body));
}

Response Response::Json(std::string body, int status) {
  return Make(status, "application/json", std::move(body));
}

Response Response::Redirect(std::string location) {
  Response r = Make(303, "text/plain; charset=utf-8", "");
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

void Response::SetHeader(std::string name, std::string value) {
  for (auto& [n, v] : headers) {
    if (EqualsIgnoreCase(n, name)) {
      v = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

std::string_view Response::GetHeader(std::string_view name) const {
  for (const auto& [n, v] : headers) {
    if (EqualsIgnoreCase(n, name)) return v;
  }
  return "";
}

void Response::SetCookie(std::string_view name, std::string_view value,
                         const CookieOptions& options) {
  // Names, paths and SameSite come from our own code: a bad one is a bug.
  LW_CHECK(IsHttpToken(name));
  LW_CHECK(IsSafeAttribute(options.path));
  LW_CHECK(IsHttpToken(options.same_site) || options.same_site.empty());
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string line;
  line.reserve(name.size() + value.size() + 96);
  line.append(name).push_back('=');
  // Values may carry anything; bytes outside cookie-octet are percent-encoded
  // so they can never end the cookie or the header.
  for (unsigned char c : value) {
    if (IsCookieOctet(c) && c != '%') {
      line.push_back(static_cast<char>(c));
    } else {
      line.push_back('%');
      line.push_back(kHex[c >> 4]);
      line.push_back(kHex[c & 0xf]);
    }
  }
  if (!options.path.empty()) line.append("; Path=").append(options.path);
  if (options.max_age_seconds >= 0) {
    line.append("; Max-Age=").append(std::to_string(options.max_age_seconds));
    // Old user agents ignore Max-Age; Expires in the past deletes there too.
    if (options.max_age_seconds == 0) line.append("; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  }
  if (options.http_only) line.append("; HttpOnly");
  // Browsers reject SameSite=None without Secure.
  if (options.secure || EqualsIgnoreCase(options.same_site, "None")) line.append("; Secure");
  if (!options.same_site.empty()) line.append("; SameSite=").append(options.same_site);
  headers.emplace_back("Set-Cookie", std::move(line));
}

}  // namespace lw::http

#include "http/pipeline.h"

#include <sodium.h>

#include <array>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>
#include <cstddef>
#include <exception>

#include "base/random.h"
#include "domain/access/route_access.h"
#include "http/response_head.h"
#include "http/text.h"

namespace lw::http {

namespace {

bool IsStateChanging(std::string_view method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

RouteKind KindForPath(std::string_view path) {
  for (std::string_view api : {"/api", "/fhir"}) {
    if (path.starts_with(api) && (path.size() == api.size() || path[api.size()] == '/')) {
      return RouteKind::kApi;
    }
  }
  return RouteKind::kPage;
}

bool IsValidClientRequestId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

// 16 hex digits. Random bytes are drawn from the kernel a few hundred at a
// time per thread rather than with one system call per request.
std::string RandomRequestId() {
  static constexpr char kHex[] = "0123456789abcdef";
  thread_local std::array<std::byte, 512> pool;
  thread_local std::size_t used = pool.size();
  if (used + 8 > pool.size()) {
    SystemRandom().Fill(pool);
    used = 0;
  }
  std::string id(16, '0');
  for (std::size_t i = 0; i < 8; ++i) {
    auto b = static_cast<unsigned char>(pool[used + i]);
    id[2 * i] = kHex[b >> 4];
    id[2 * i + 1] = kHex[b & 0xf];
  }
  used += 8;
  return id;
}

// If-None-Match: "*" or a list of (possibly weak) entity tags.
bool NoneMatchHits(std::string_view header, std::string_view etag) {
  while (!header.empty()) {
    std::size_t comma = header.find(',');
    std::string_view tag = TrimOws(header.substr(0, comma));
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    if (tag == "*") return true;
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag == etag) return true;
  }
  return false;
}

}  // namespace

bool CsrfTokenMatches(std::string_view presented, std::string_view expected) {
  if (expected.empty() || presented.size() != expected.size()) return false;
  return sodium_memcmp(presented.data(), expected.data(), expected.size()) == 0;
}

std::string_view MethodLabel(std::string_view method) {
  for (std::string_view known : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) {
    if (method == known) return known;
  }
  return "OTHER";
}

Pipeline::Pipeline(const ServerOptions& options, Router router, ServerHooks hooks,
                   const StaticAssets* assets, Logger& logger, Metrics& metrics)
    : options_(options),
      router_(std::move(router)),
      hooks_(std::move(hooks)),
      assets_(assets),
      logger_(logger),
      metrics_(metrics) {}

void Pipeline::AssignRequestId(Request& request) const {
  // Behind a trusted proxy the client is the last address it forwarded.
  if (!options_.trusted_proxies.empty()) {
    bool trusted = false;
    for (const auto& proxy : options_.trusted_proxies)
      trusted = trusted || proxy == request.remote_address;
    auto forwarded = request.Header("x-forwarded-for");
    if (trusted && forwarded) {
      std::string_view last = *forwarded;
      if (auto comma = last.rfind(','); comma != std::string_view::npos)
        last.remove_prefix(comma + 1);
      while (!last.empty() && last.front() == ' ') last.remove_prefix(1);
      while (!last.empty() && last.back() == ' ') last.remove_suffix(1);
      if (!last.empty() && last.size() <= 45) request.remote_address = std::string(last);
    }
  }
  auto client_id = request.Header("x-request-id");
  request.request_id =
      client_id && IsValidClientRequestId(*client_id) ? std::string(*client_id) : RandomRequestId();
}

Response Pipeline::Handle(Request& request, std::string_view& route_label) const {
  route_label = kUnmatchedLabel;
  RouteKind kind = KindForPath(request.path);
  Identity identity;
  Response response;
  try {
    if ((request.method == "GET" || request.method == "HEAD") &&
        request.path.starts_with("/assets/")) {
      route_label = kAssetsLabel;
      return ServeAsset(request);
    }
    Router::Match match = router_.Find(request.method, request.path);
    if (match.route == nullptr) {
      if (!match.method_not_allowed) return RenderError(404, kind, request, identity);
      response = RenderError(405, kind, request, identity);
      response.SetHeader("Allow", match.allow);
      return response;
    }
    const Route& route = *match.route;
    route_label = route.name;
    kind = route.kind;
    request.params = std::move(match.params);
    if (hooks_.authenticate) identity = hooks_.authenticate(request);
    response = Routed(request, route, identity);
    if (!response.log_detail.empty()) {
      logger_.Log(response.status >= 500 ? LogLevel::kError : LogLevel::kWarn, "request_failed",
                  {Str("request_id", request.request_id), Str("route", std::string(route_label)),
                   Num("status", response.status), Str("detail", response.log_detail)});
    }
  } catch (const std::exception& e) {
    logger_.Log(LogLevel::kError, "handler_exception",
                {Str("request_id", request.request_id), Str("route", std::string(route_label)),
                 Str("error", e.what())});
    response = RenderError(500, kind, request, identity);
  } catch (...) {
    logger_.Log(LogLevel::kError, "handler_exception",
                {Str("request_id", request.request_id), Str("route", std::string(route_label)),
                 Str("error", "unknown exception")});
    response = RenderError(500, kind, request, identity);
  }
  for (const auto& [name, value] : identity.set_cookies) {
    CookieOptions cookie;
    cookie.secure = options_.secure_cookies;
    if (value.empty()) cookie.max_age_seconds = 0;  // an empty value deletes the cookie
    response.SetCookie(name, value, cookie);
  }
  return response;
}

Response Pipeline::Routed(Request& request, const Route& route, const Identity& identity) const {
  if (identity.unverified && !route.access.is_public()) {
    return RenderError(503, route.kind, request, identity);
  }
  if (!MayUseRoute(identity.actor, route.access)) {
    if (!identity.actor.has_value()) {
      if (route.kind == RouteKind::kPage) {
        return Response::Redirect(
            "/sign-in?next=" + boost::urls::encode(request.target, boost::urls::unreserved_chars));
      }
      Response response = RenderError(401, RouteKind::kApi, request, identity);
      response.SetHeader("WWW-Authenticate", "Bearer");
      return response;
    }
    // Signed in but not allowed: say nothing about whether it exists.
    return RenderError(404, route.kind, request, identity);
  }
  if (IsStateChanging(request.method)) {
    auto content_type = request.Header("content-type");
    if (content_type && MediaType(*content_type) == "application/x-www-form-urlencoded") {
      auto form = ParseUrlEncoded(request.body);
      if (!form) return RenderError(400, route.kind, request, identity);
      request.form = std::move(*form);
    }
    bool needs_csrf =
        identity.via_session_cookie || (route.access.is_public() && route.kind == RouteKind::kPage);
    if (needs_csrf) {
      bool ok =
          request.form && CsrfTokenMatches(request.form->Value("csrf_token"), identity.csrf_token);
      if (!ok) {
        auto header = request.Header("x-csrf-token");
        ok = header && CsrfTokenMatches(*header, identity.csrf_token);
      }
      if (!ok) return RenderError(403, route.kind, request, identity);
    }
  }
  RequestContext context{.actor = identity.actor,
                         .csrf_token = identity.csrf_token,
                         .secure = options_.secure_cookies};
  return route.handler(request, context);
}

Response Pipeline::ServeAsset(const Request& request) const {
  const Asset* asset = assets_ != nullptr ? assets_->Find(request.path) : nullptr;
  if (asset == nullptr) return RenderError(404, RouteKind::kPage, request, Identity{});
  Response response;
  response.headers.emplace_back("ETag", asset->etag);
  response.headers.emplace_back("Cache-Control", asset->cache_control);
  auto none_match = request.Header("if-none-match");
  if (none_match && NoneMatchHits(*none_match, asset->etag)) {
    response.status = 304;
    return response;
  }
  response.content_type = asset->content_type;
  // Borrowed, not copied (assets live as long as the server); for HEAD too:
  // it gives Content-Length, and is not sent.
  response.static_body = asset->body;
  return response;
}

Response Pipeline::RenderError(int status, RouteKind kind, const Request& request,
                               const Identity& identity) const {
  if (hooks_.render_error) {
    try {
      Response response = hooks_.render_error(status, kind, request, identity);
      response.status = status;
      return response;
    } catch (const std::exception& e) {
      logger_.Log(
          LogLevel::kError, "render_error_failed",
          {Str("request_id", request.request_id), Num("status", status), Str("error", e.what())});
    } catch (...) {
      logger_.Log(LogLevel::kError, "render_error_failed",
                  {Str("request_id", request.request_id), Num("status", status)});
    }
  }
  return Response::Text(std::string(ReasonPhrase(status)) + "\n", status);
}

Response Pipeline::LimitError(int status, const Request& request) const {
  return RenderError(status, KindForPath(request.path), request, Identity{});
}

bool Pipeline::Head(const Request& request, const Response& response, bool keep_alive, bool http10,
                    std::string& out) const {
  return SerializeHead(response,
                       HeadOptions{.request_id = request.request_id,
                                   .keep_alive = keep_alive,
                                   .http10 = http10,
                                   .head_request = request.method == "HEAD",
                                   .secure_cookies = options_.secure_cookies},
                       out);
}

void Pipeline::Record(const Request& request, int status, std::string_view route_label,
                      std::chrono::microseconds latency, std::size_t bytes) const {
  std::string_view method = MethodLabel(request.method);
  metrics_.RecordRequest(route_label, method, status, latency);
  logger_.Log(LogLevel::kInfo, "request",
              {Str("request_id", request.request_id), Str("method", std::string(method)),
               Str("path", request.path), Str("route", std::string(route_label)),
               Num("status", status), Num("duration_us", latency.count()),
               Num("bytes", static_cast<long long>(bytes)), Str("remote", request.remote_address)});
}

}  // namespace lw::http

#include "app/identity.h"

#include "web/web.h"

namespace lw {

http::Identity ResolveIdentity(const http::Request& request, AuthService& auth,
                               http::Logger& logger) {
  http::Identity identity;
  if (auto header = request.Header("authorization")) {
    constexpr std::string_view kBearer = "Bearer ";
    if (header->size() > kBearer.size() && header->substr(0, kBearer.size()) == kBearer) {
      auto actor = auth.ResolveBearer(header->substr(kBearer.size()));
      if (actor && *actor) {
        identity.actor = std::move(**actor);
      } else if (!actor) {
        identity.unverified = true;
        logger.Log(http::LogLevel::kError, "identity.store_error",
                   {http::Str("request_id", request.request_id),
                    http::Str("error", actor.error().message)});
      }
      return identity;  // a bad bearer token is anonymous, never a session
    }
  }
  if (auto cookie = request.Cookie(web::kSessionCookie)) {
    auto session = auth.ResolveSession(*cookie);
    if (session && *session) {
      identity.actor = std::move((*session)->actor);
      identity.csrf_token = std::move((*session)->csrf_token);
      identity.via_session_cookie = true;
      return identity;
    }
    if (!session) {
      identity.unverified = true;
      logger.Log(http::LogLevel::kError, "identity.store_error",
                 {http::Str("request_id", request.request_id),
                  http::Str("error", session.error().message)});
    }
  }
  if (auto csrf = request.Cookie(web::kCsrfCookie)) identity.csrf_token = *csrf;
  return identity;
}

}  // namespace lw

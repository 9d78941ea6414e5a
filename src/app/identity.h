// Resolving who is asking, for the HTTP pipeline.
//
// Contract: a `Authorization: Bearer <token>` header is resolved as an API
// token (no CSRF applies: a browser never sends it by itself); otherwise
// the `lw_session` cookie as a session (CSRF applies, with the session's
// token); otherwise the caller is anonymous and their CSRF token is the
// pre-session `lw_csrf` cookie, if any (the sign-in page sets it). A store
// failure is logged and treated as anonymous, so it can never grant access.
#pragma once

#include "http/log.h"
#include "http/request.h"
#include "http/server.h"
#include "services/auth_service.h"

namespace lw {

http::Identity ResolveIdentity(const http::Request& request, AuthService& auth,
                               http::Logger& logger);

}  // namespace lw

// RegisterPages and RenderErrorPage (web/web.h): the entry points the app
// wires in. Each group of pages registers its own routes.
#include <charconv>

#include "http/error_status.h"
#include "web/error_page.h"
#include "web/page_support.h"
#include "web/web.h"

namespace lw::web {

const http::Form& FormOf(const http::Request& request) {
  static const http::Form kNoFields;
  return request.form ? *request.form : kNoFields;
}

std::optional<long long> ParseWhole(std::string_view text, long long least) {
  long long n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n < least) {
    return std::nullopt;
  }
  return n;
}

http::Response Respond(const WebDeps& deps, const http::RequestContext& ctx, const Page& page) {
  return PageResponse(ShellOf(deps), ViewerOf(ctx), page);
}

http::Response RespondWithError(const WebDeps& deps, const http::RequestContext& ctx,
                                const Error& error) {
  http::Response response = Respond(deps, ctx, ErrorPage(http::HttpStatusFor(error.code)));
  if (response.status >= 500) response.log_detail = error.message;
  return response;
}

void RegisterPages(http::Router& router, const WebDeps& deps) {
  auto shared = std::make_shared<const WebDeps>(deps);
  // The start page: straight to where the caller belongs.
  router.Add("GET", "/", RouteAccess::Public(),
             [](const http::Request&, http::RequestContext& ctx) {
               return http::Response::Redirect(ctx.actor ? "/home" : "/sign-in");
             });
  RegisterSignInPages(router, shared);
  RegisterHomePage(router, shared);
  RegisterPeoplePages(router, shared);
  RegisterAccountsPage(router, shared);
  RegisterIntroducePages(router, shared);
  RegisterFrontDoorPages(router, shared);
  RegisterRecordPages(router, shared);
  RegisterTeamPages(router, shared);
  if (deps.staffing != nullptr) RegisterStaffingPages(router, shared);
  if (deps.plans != nullptr) RegisterPlanPages(router, shared);
  if (deps.progress != nullptr) RegisterProgressPages(router, shared);
  if (deps.directory != nullptr) RegisterDirectoryPages(router, shared);
  if (deps.warm != nullptr && deps.directory != nullptr) {
    RegisterWarmIntroductionPages(router, shared);
  }
  if (deps.peers != nullptr) RegisterPeerPages(router, shared);
  if (deps.gaps != nullptr) RegisterGapsPages(router, shared);
  if (deps.evaluation != nullptr) RegisterEvaluationPages(router, shared);
  if (deps.outbox != nullptr) RegisterOutboxPage(router, shared);
  if (deps.directory != nullptr && deps.directory_finder != nullptr) {
    RegisterDirectorySearchPage(router, shared);
  }
}

http::Response RenderErrorPage(int status, const http::Request& /*request*/,
                               const http::Identity& identity, const WebDeps& deps) {
  // The request is deliberately unused: nothing it carries is shown.
  Viewer viewer{identity.actor ? &*identity.actor : nullptr, identity.csrf_token};
  return PageResponse(ShellOf(deps), viewer, ErrorPage(status));
}

}  // namespace lw::web

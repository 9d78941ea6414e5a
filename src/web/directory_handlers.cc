// The directory pages' handlers (directory_pages.h): read the request, call
// one NetworkDirectory function, render.
#include <string>
#include <utility>

#include "web/directory_pages.h"
#include "web/error_page.h"
#include "web/page_support.h"

namespace lw::web {

namespace {

using http::Request;
using http::RequestContext;

NetworkDirectory& Directory(const WebDeps& deps) { return *deps.directory; }

http::Response Show(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto entry = Directory(deps).GetService(SignedInActor(ctx), request.Param("id"));
  if (!entry) return RespondWithError(deps, ctx, entry.error());
  return Respond(
      deps, ctx,
      DirectoryServicePage({.entry = std::move(*entry),
                            .stale_after_days = Directory(deps).settings().stale_after_days,
                            .csrf_token = std::string(ctx.csrf_token),
                            .done = request.QueryParam("done").value_or("")}));
}

http::Response MarkChecked(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  auto version = ParseVersion(FormOf(request).Value("version"));
  if (!version) return Respond(deps, ctx, ErrorPage(400));
  auto checked = Directory(deps).MarkChecked(actor, request.Param("id"), *version);
  if (checked) {
    return http::Response::Redirect("/directory/services/" + checked->id + "?done=checked");
  }
  if (checked.error().code != ErrorCode::kConflict) {
    return RespondWithError(deps, ctx, checked.error());
  }
  auto now = Directory(deps).GetService(actor, request.Param("id"));
  if (!now) return RespondWithError(deps, ctx, now.error());
  return Respond(
      deps, ctx,
      DirectoryServicePage(
          {.entry = std::move(*now),
           .stale_after_days = Directory(deps).settings().stale_after_days,
           .csrf_token = std::string(ctx.csrf_token),
           .errors = {{"checked",
                       "Someone changed this entry while you were reading it. Read it again "
                       "as it is now, then mark it as checked."}},
           .status = 409}));
}

}  // namespace

void RegisterDirectoryPages(http::Router& router, const SharedDeps& deps) {
  const RouteAccess staff = RouteAccess::AnyStaff();
  auto add = [&](const char* method, const char* path,
                 http::Response (*handler)(const WebDeps&, const Request&, RequestContext&)) {
    router.Add(method, path, staff, [deps, handler](const Request& request, RequestContext& ctx) {
      return handler(*deps, request, ctx);
    });
  };
  add("GET", "/directory/services/{id}", Show);
  add("POST", "/directory/services/{id}/checked", MarkChecked);
  RegisterDirectoryEditPages(router, deps);
  RegisterDirectoryManagePages(router, deps);
}

}  // namespace lw::web

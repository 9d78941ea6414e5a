// The handlers of /directory/mine, /directory/review, publishing and a
// service's history (directory_manage_pages.h): read the request, call
// NetworkDirectory, render.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/directory_manage_pages.h"
#include "web/directory_pages.h"
#include "web/error_page.h"
#include "web/page_support.h"

namespace lw::web {

namespace {

using http::Request;
using http::RequestContext;

NetworkDirectory& Directory(const WebDeps& deps) { return *deps.directory; }

http::Response ShowMine(const WebDeps& deps, const Request& /*request*/, RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  auto services = Directory(deps).PartnerServices(actor);
  if (!services) return RespondWithError(deps, ctx, services.error());
  std::vector<directory::DirectoryOrganisation> organisations;
  if (actor.role == Role::kNetworkPartner) {
    auto mine = Directory(deps).ChangeableOrganisations(actor);
    if (!mine) return RespondWithError(deps, ctx, mine.error());
    organisations = std::move(*mine);
  }
  return Respond(
      deps, ctx,
      PartnerServicesPage({.organisations = std::move(organisations),
                           .services = std::move(*services),
                           .stale_after_days = Directory(deps).settings().stale_after_days}));
}

// The review queue, each entry with its last published version.
Result<ReviewView> Review(const WebDeps& deps, const RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  auto waiting = Directory(deps).ListAwaitingReview(actor);
  if (!waiting) return Fail(waiting.error());
  ReviewView view{.csrf_token = std::string(ctx.csrf_token)};
  for (DirectoryEntry& entry : *waiting) {
    auto history = Directory(deps).HistoryWithNames(actor, entry.service.id);
    if (!history) return Fail(history.error());
    ReviewItem item{.entry = std::move(entry)};
    for (const DirectoryServiceChange& c : *history) {  // newest first
      const directory::DirectoryService& s = c.version.service;
      if (s.version == item.entry.service.version) {
        item.changed_by = c.changed_by_name;
        item.changed_at = c.version.change.changed_at;
      } else if (!item.published && s.publication == directory::Publication::kPublished) {
        item.published = s;
      }
    }
    view.items.push_back(std::move(item));
  }
  auto hoods = deps.frontdoor.Neighbourhoods();
  if (hoods) view.neighbourhoods = std::move(*hoods);
  return view;
}

http::Response ShowReview(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto view = Review(deps, ctx);
  if (!view) return RespondWithError(deps, ctx, view.error());
  view->done = request.QueryParam("done").value_or("");
  return Respond(deps, ctx, ReviewPage(*view));
}

http::Response Publish(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto version = ParseVersion(FormOf(request).Value("version"));
  if (!version) return Respond(deps, ctx, ErrorPage(400));
  auto published = Directory(deps).Publish(SignedInActor(ctx), request.Param("id"), *version);
  if (published) return http::Response::Redirect("/directory/review?done=published");
  const Error& error = published.error();
  if (error.code != ErrorCode::kConflict && error.code != ErrorCode::kFailedPrecondition) {
    return RespondWithError(deps, ctx, error);
  }
  auto view = Review(deps, ctx);
  if (!view) return RespondWithError(deps, ctx, view.error());
  std::string field;
  for (const ReviewItem& item : view->items) {
    if (item.entry.service.id == request.Param("id")) field = "publish-" + item.entry.service.id;
  }
  view->errors = {{field, error.code == ErrorCode::kConflict
                              ? "Someone changed this entry while you were reviewing it. Compare "
                                "it again as it is now, then publish it."
                              : "This entry was published meanwhile; nothing else is needed."}};
  view->status = 409;
  return Respond(deps, ctx, ReviewPage(*view));
}

http::Response ShowHistory(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto versions = Directory(deps).HistoryWithNames(SignedInActor(ctx), request.Param("id"));
  if (!versions) return RespondWithError(deps, ctx, versions.error());
  const std::string id =
      versions->empty() ? std::string(request.Param("id")) : versions->front().version.service.id;
  return Respond(deps, ctx,
                 ServiceHistoryPage({.service_id = id, .versions = std::move(*versions)}));
}

}  // namespace

void RegisterDirectoryManagePages(http::Router& router, const SharedDeps& deps) {
  const RouteAccess staff = RouteAccess::AnyStaff();
  auto add = [&](const char* method, const char* path,
                 http::Response (*handler)(const WebDeps&, const Request&, RequestContext&)) {
    router.Add(method, path, staff, [deps, handler](const Request& request, RequestContext& ctx) {
      return handler(*deps, request, ctx);
    });
  };
  add("GET", "/directory/mine", ShowMine);
  add("GET", "/directory/review", ShowReview);
  add("POST", "/directory/services/{id}/publish", Publish);
  add("GET", "/directory/services/{id}/history", ShowHistory);
}

}  // namespace lw::web

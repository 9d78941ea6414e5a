// The plan pages' handlers (plan_pages.h): read the request, call one
// PlanService function, render.
#include <string>
#include <utility>

#include "services/plan_document.h"
#include "web/error_page.h"
#include "web/page_support.h"
#include "web/plan_pages.h"

namespace lw::web {

namespace {

using http::Request;
using http::RequestContext;

PlanService& Plans(const WebDeps& deps) { return *deps.plans; }

FrontDoorDirectory DirectoryOr(const WebDeps& deps) {
  auto d = deps.frontdoor.Directory();
  return d ? std::move(*d) : FrontDoorDirectory{};
}

http::Response BadRequest(const WebDeps& deps, RequestContext& ctx) {
  return Respond(deps, ctx, ErrorPage(400));
}

http::Response Show(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto view = Plans(deps).Get(SignedInActor(ctx), request.Param("id"));
  if (!view) return RespondWithError(deps, ctx, view.error());
  return Respond(deps, ctx,
                 PlanPage({.view = std::move(*view),
                           .directory = DirectoryOr(deps),
                           .done = request.QueryParam("done").value_or("")}));
}

// The edit form for someone who may change the plan; a read-only view
// (break-glass) is the 404 page, as for nobody.
http::Response ShowEdit(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto view = Plans(deps).Get(SignedInActor(ctx), request.Param("id"));
  if (!view) return RespondWithError(deps, ctx, view.error());
  if (!view->may_change) return Respond(deps, ctx, ErrorPage(404));
  const long long version = view->plan.version;
  const std::string whose(version == 0 ? "" : EnteredByKey(view->plan.entered_by));
  return Respond(deps, ctx,
                 PlanEditPage({.person = std::move(view->person),
                               .plan = std::move(view->plan),
                               .entered_by = whose,
                               .based_on = version,
                               .csrf_token = std::string(ctx.csrf_token)}));
}

http::Response SubmitEdit(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  PlanFormInput in = ParsePlanForm(FormOf(request));
  if (!in.based_on) return BadRequest(deps, ctx);
  auto current = Plans(deps).Get(actor, request.Param("id"));
  if (!current) return RespondWithError(deps, ctx, current.error());
  if (!current->may_change) return Respond(deps, ctx, ErrorPage(404));
  PlanEditView view{.person = current->person,
                    .plan = in.plan,
                    .entered_by = in.entered_by,
                    .based_on = *in.based_on,
                    .csrf_token = std::string(ctx.csrf_token)};
  if (in.add == "action") return Respond(deps, ctx, PlanEditPage(view));
  if (!in.errors.empty()) {
    view.errors = std::move(in.errors);
    view.status = 422;
    return Respond(deps, ctx, PlanEditPage(view));
  }
  auto saved = Plans(deps).Update(actor, request.Param("id"), in.plan,
                                  *ParseEnteredBy(in.entered_by), *in.based_on);
  if (saved) {
    return http::Response::Redirect("/people/" + std::string(request.Param("id")) +
                                    "/plan?done=saved");
  }
  switch (saved.error().code) {
    case ErrorCode::kInvalidArgument:
      view.errors = saved.error().field_errors;
      view.status = 422;
      break;
    case ErrorCode::kConflict: {
      auto now = Plans(deps).Get(actor, request.Param("id"));
      if (!now) return RespondWithError(deps, ctx, now.error());
      view.stored = now->plan;
      view.based_on = now->plan.version;
      view.directory = DirectoryOr(deps);
      view.status = 409;
      break;
    }
    default:
      return RespondWithError(deps, ctx, saved.error());
  }
  return Respond(deps, ctx, PlanEditPage(view));
}

http::Response Versions(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto history = Plans(deps).History(SignedInActor(ctx), request.Param("id"));
  if (!history) return RespondWithError(deps, ctx, history.error());
  return Respond(
      deps, ctx,
      PlanVersionsPage({.history = std::move(*history), .directory = DirectoryOr(deps)}));
}

http::Response OneVersion(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto n = ParseVersion(request.Param("n"));
  if (!n) return Respond(deps, ctx, ErrorPage(404));
  auto version = Plans(deps).Version(SignedInActor(ctx), request.Param("id"), *n);
  if (!version) return RespondWithError(deps, ctx, version.error());
  return Respond(deps, ctx,
                 PlanVersionPage({.version = std::move(*version), .directory = DirectoryOr(deps)}));
}

http::Response Compare(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto from = ParseVersion(request.QueryParam("from").value_or(""));
  auto to = ParseVersion(request.QueryParam("to").value_or(""));
  // Versions that cannot exist: the same page as for any missing one.
  if (!from || !to) return Respond(deps, ctx, ErrorPage(404));
  auto compared = Plans(deps).Compare(SignedInActor(ctx), request.Param("id"), *from, *to);
  if (!compared) return RespondWithError(deps, ctx, compared.error());
  return Respond(
      deps, ctx,
      PlanComparePage({.compare = std::move(*compared), .directory = DirectoryOr(deps)}));
}

http::Response Print(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto view = Plans(deps).Print(SignedInActor(ctx), request.Param("id"));
  if (!view) return RespondWithError(deps, ctx, view.error());
  return Respond(
      deps, ctx,
      PlanPrintPage({.view = std::move(*view), .today = Date::InLondon(deps.clock.Now())}));
}

http::Response Export(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto exported = Plans(deps).Export(SignedInActor(ctx), request.Param("id"));
  if (!exported) return RespondWithError(deps, ctx, exported.error());
  http::Response r{.status = 200};
  r.content_type = std::string(kPlanDocumentMediaType);
  r.body = EncodePlanDocument(*exported, deps.site.service_name);
  r.SetHeader("Content-Disposition", "attachment; filename=\"plan-" + exported->person.id + "-v" +
                                         std::to_string(exported->plan.version) + ".json\"");
  return r;
}

http::Response ShowImport(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto view = Plans(deps).Get(SignedInActor(ctx), request.Param("id"));
  if (!view) return RespondWithError(deps, ctx, view.error());
  if (!view->may_change) return Respond(deps, ctx, ErrorPage(404));
  return Respond(deps, ctx,
                 PlanImportPage({.person = std::move(view->person),
                                 .based_on = view->plan.version,
                                 .csrf_token = std::string(ctx.csrf_token)}));
}

http::Response SubmitImport(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  const http::Form& form = FormOf(request);
  const std::string_view based = form.Value("based_on");
  std::optional<long long> based_on =
      based == "0" ? std::optional<long long>(0) : ParseVersion(based);
  if (!based_on) return BadRequest(deps, ctx);
  auto current = Plans(deps).Get(actor, request.Param("id"));
  if (!current) return RespondWithError(deps, ctx, current.error());
  if (!current->may_change) return Respond(deps, ctx, ErrorPage(404));
  PlanImportView view{.person = current->person,
                      .based_on = *based_on,
                      .document = std::string(form.Value("document")),
                      .csrf_token = std::string(ctx.csrf_token)};
  auto decoded = DecodePlanDocument(view.document);
  Result<MyPlan> imported =
      decoded ? Plans(deps).Import(actor, request.Param("id"), std::move(*decoded), *based_on)
              : Result<MyPlan>(Fail(decoded.error()));
  if (imported) {
    return http::Response::Redirect("/people/" + std::string(request.Param("id")) +
                                    "/plan?done=imported");
  }
  const Error& e = imported.error();
  switch (e.code) {
    case ErrorCode::kInvalidArgument:
      view.problem = e.message;
      view.errors = e.field_errors;
      view.status = 422;
      break;
    case ErrorCode::kConflict:
      view.problem =
          "Someone changed this plan while you were importing, so nothing has been imported. "
          "Check the latest version, then import again.";
      view.based_on = e.current_version;
      view.status = 409;
      break;
    default:
      return RespondWithError(deps, ctx, e);
  }
  // The summary links each problem to the document box.
  for (FieldError& fe : view.errors) {
    fe.message = fe.field + ": " + fe.message;
    fe.field = "document";
  }
  return Respond(deps, ctx, PlanImportPage(view));
}

}  // namespace

void RegisterPlanPages(http::Router& router, const SharedDeps& deps) {
  const RouteAccess care = RouteAccess::Roles(kCareRoles);
  auto add = [&](const char* method, const char* path,
                 http::Response (*handler)(const WebDeps&, const Request&, RequestContext&)) {
    router.Add(method, path, care, [deps, handler](const Request& request, RequestContext& ctx) {
      return handler(*deps, request, ctx);
    });
  };
  add("GET", "/people/{id}/plan", Show);
  add("GET", "/people/{id}/plan/edit", ShowEdit);
  add("POST", "/people/{id}/plan/edit", SubmitEdit);
  add("GET", "/people/{id}/plan/versions", Versions);
  add("GET", "/people/{id}/plan/versions/{n}", OneVersion);
  add("GET", "/people/{id}/plan/compare", Compare);
  add("GET", "/people/{id}/plan/print", Print);
  add("GET", "/people/{id}/plan/export", Export);
  add("GET", "/people/{id}/plan/import", ShowImport);
  add("POST", "/people/{id}/plan/import", SubmitImport);
}

}  // namespace lw::web

// /api/v1/people/{id}/plan: the JSON twin of the plan pages (plan_pages.h),
// over the same PlanService calls.
//   GET  .../plan               the latest version (ETag; version 0: none yet)
//   PUT  .../plan               a new version; If-Match the version it is based
//        on ("0" for the first); 409 problem+json with current_version when stale
//   GET  .../plan/versions      every version, newest first
//   GET  .../plan/versions/{n}  one version
//   GET  .../plan/export        the plan document (services/plan_document.h)
//   POST .../plan/import        a plan document as the body; If-Match as PUT
#include "api/json_reader.h"
#include "api/json_route.h"
#include "api/team_api_internal.h"
#include "services/plan_document.h"

namespace lw::api {

namespace {

namespace json = boost::json;
using http::Request;
using http::RequestContext;
using team_api::Add;
using team_api::kTeamAccess;

json::object PlanJson(const MyPlan& p) {
  json::object sections;
  for (const PlanSection& s : kPlanSections) sections[s.key] = s.text(p);
  json::array actions;
  for (const PlanAction& a : p.actions) {
    actions.emplace_back(json::object{
        {"who", a.who},
        {"what", a.what},
        {"by_when", a.by_when ? json::value(a.by_when->ToIso()) : json::value(nullptr)},
        {"done", a.done}});
  }
  json::object o{{"person_id", p.person_id},
                 {"version", p.version},
                 {"sections", std::move(sections)},
                 {"actions", std::move(actions)}};
  if (p.version > 0) {
    o["team_id"] = p.team_id;
    o["entered_by"] = EnteredByKey(p.entered_by);
    o["updated_at"] = FormatUtcIso(p.updated_at);
    o["updated_by"] = p.updated_by_user_id;
  }
  return o;
}

json::object EntryJson(const PlanVersionEntry& e) {
  json::array changed;
  for (std::string_view t : e.changed) changed.emplace_back(t);
  json::object o = PlanJson(e.plan);
  o["changed_at"] = FormatUtcIso(e.change.changed_at);
  o["changed_by"] = e.change.changed_by;
  o["reason"] = e.change.reason;
  o["changed"] = std::move(changed);
  return o;
}

struct PlanInput {
  MyPlan plan;
  EnteredBy entered_by = EnteredBy::kTogether;
  std::string reason;
};

Result<PlanInput> ReadPlan(const json::object& body) {
  JsonReader r(body);
  PlanInput in;
  std::optional<EnteredBy> by;
  r.Key("entered_by", by, ParseEnteredBy, "Must be together, person or practitioner");
  if (!r.Given("entered_by")) r.Add("entered_by", "Say whose words these are");
  if (by) in.entered_by = *by;
  r.Text("reason", in.reason);
  if (const json::object* sections = r.Object("sections", "sections")) {
    JsonReader s(*sections);
    for (const PlanSection& section : kPlanSections)
      s.Text(section.key, section.mutable_text(in.plan));
    for (FieldError& e : s.Finish()) r.AddNamed(std::move(e.field), std::move(e.message));
  }
  if (const json::array* actions = r.Array("actions", "actions")) {
    for (std::size_t i = 0; i < actions->size(); ++i) {
      const std::string prefix = "action_" + std::to_string(i) + "_";
      if (!(*actions)[i].is_object()) {
        r.AddNamed(prefix + "who", "Must be an object");
        continue;
      }
      JsonReader a((*actions)[i].get_object(), prefix);
      PlanAction action;
      a.Text("who", action.who);
      a.Text("what", action.what);
      a.Day("by_when", action.by_when, "The date");
      a.Flag("done", action.done);
      for (FieldError& e : a.Finish()) r.AddNamed(std::move(e.field), std::move(e.message));
      in.plan.actions.push_back(std::move(action));
    }
  }
  std::vector<FieldError> errors = r.Finish();
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return in;
}

}  // namespace

void RegisterPlanApi(http::Router& router, const ApiDeps& deps) {
  PlanService* plans = deps.plans;

  Add(router, "GET", "/people/{id}/plan", kTeamAccess,
      [plans](const Request& request, RequestContext& ctx) {
        auto view = plans->Get(*ctx.actor, request.Param("id"));
        if (!view) return ProblemForError(view.error(), request);
        json::object body = PlanJson(view->plan);
        body["may_change"] = view->may_change;
        return JsonRecord(body, view->plan.version);
      });

  Add(router, "PUT", "/people/{id}/plan", kTeamAccess,
      [plans](const Request& request, RequestContext& ctx) {
        auto version = IfMatch(request, /*min_version=*/0);
        if (!version) return version.error();
        auto body = JsonBody(request);
        if (!body) return body.error();
        auto input = ReadPlan(*body);
        if (!input) return Invalid(std::move(input.error().field_errors), request);
        auto saved = plans->Update(*ctx.actor, request.Param("id"), std::move(input->plan),
                                   input->entered_by, *version, input->reason);
        if (!saved) return ProblemForError(saved.error(), request);
        return JsonRecord(PlanJson(*saved), saved->version);
      });

  Add(router, "GET", "/people/{id}/plan/versions", kTeamAccess,
      [plans](const Request& request, RequestContext& ctx) {
        auto history = plans->History(*ctx.actor, request.Param("id"));
        if (!history) return ProblemForError(history.error(), request);
        json::array items;
        for (const PlanVersionEntry& e : history->versions) items.emplace_back(EntryJson(e));
        return JsonOk(json::object{{"items", std::move(items)}});
      });

  Add(router, "GET", "/people/{id}/plan/versions/{n}", kTeamAccess,
      [plans](const Request& request, RequestContext& ctx) {
        auto n = ParseVersionTag("\"" + std::string(request.Param("n")) + "\"");
        if (!n) return ProblemForStatus(404, request);
        auto version = plans->Version(*ctx.actor, request.Param("id"), *n);
        if (!version) return ProblemForError(version.error(), request);
        return JsonRecord(EntryJson(version->version), version->version.plan.version);
      });

  Add(router, "GET", "/people/{id}/plan/export", kTeamAccess,
      [plans, service = deps.service_name](const Request& request, RequestContext& ctx) {
        auto exported = plans->Export(*ctx.actor, request.Param("id"));
        if (!exported) return ProblemForError(exported.error(), request);
        http::Response r{.status = 200};
        r.content_type = std::string(kPlanDocumentMediaType);
        r.body = EncodePlanDocument(*exported, service);
        r.SetHeader("Content-Disposition", "attachment; filename=\"plan-" + exported->person.id +
                                               "-v" + std::to_string(exported->plan.version) +
                                               ".json\"");
        return r;
      });

  Add(router, "POST", "/people/{id}/plan/import", kTeamAccess,
      [plans](const Request& request, RequestContext& ctx) {
        auto version = IfMatch(request, /*min_version=*/0);
        if (!version) return version.error();
        auto document = DecodePlanDocument(request.body);
        if (!document) return ProblemForError(document.error(), request);
        auto imported =
            plans->Import(*ctx.actor, request.Param("id"), std::move(*document), *version);
        if (!imported) return ProblemForError(imported.error(), request);
        return JsonRecord(PlanJson(*imported), imported->version);
      });
}

}  // namespace lw::api

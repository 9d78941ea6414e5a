// /api/v1/people: the JSON twin of the people pages.
#include <boost/json.hpp>

#include <optional>

#include "api/api.h"
#include "api/json_route.h"
#include "base/dates.h"
#include "domain/access/role.h"

namespace lw::api {
namespace {

namespace json = boost::json;

constexpr std::string_view kPersonFields[] = {"given_name",    "family_name", "preferred_name",
                                              "date_of_birth", "postcode",    "nhs_number",
                                              "reason"};

json::object PersonJson(const Person& p) {
  json::object o;
  o["id"] = p.id;
  o["version"] = p.version;
  o["given_name"] = p.given_name;
  o["family_name"] = p.family_name;
  o["preferred_name"] = p.preferred_name;
  o["date_of_birth"] =
      p.date_of_birth ? json::value(p.date_of_birth->ToIso()) : json::value(nullptr);
  o["postcode"] = p.postcode;
  o["nhs_number"] = p.nhs_number;
  return o;
}

// Parses a person from a JSON body into `p` (fields absent stay as they
// are) and `reason`. Returns an error response on failure.
std::optional<http::Response> ParsePerson(const http::Request& request, Person& p,
                                          std::string& reason) {
  auto type = request.Header("content-type").value_or("");
  if (!type.starts_with("application/json")) return ProblemForStatus(415, request);
  boost::system::error_code ec;
  json::value v = json::parse(request.body, ec);
  if (ec || !v.is_object()) return ProblemForStatus(400, request, "The body must be a JSON object");
  std::vector<FieldError> errors;
  for (const auto& [key, value] : v.as_object()) {
    bool known = false;
    for (auto f : kPersonFields) known = known || key == f;
    if (!known) {
      errors.push_back({std::string(key), "Unknown field"});
      continue;
    }
    if (key == "date_of_birth" && value.is_null()) {
      p.date_of_birth.reset();
      continue;
    }
    if (!value.is_string()) {
      errors.push_back({std::string(key), "Must be a string"});
      continue;
    }
    std::string s(value.as_string());
    if (key == "given_name")
      p.given_name = s;
    else if (key == "family_name")
      p.family_name = s;
    else if (key == "preferred_name")
      p.preferred_name = s;
    else if (key == "postcode")
      p.postcode = s;
    else if (key == "nhs_number")
      p.nhs_number = s;
    else if (key == "reason")
      reason = s;
    else if (key == "date_of_birth") {
      auto d = Date::Parse(s);
      if (d)
        p.date_of_birth = *d;
      else
        errors.push_back({"date_of_birth", d.error().message});
    }
  }
  if (!errors.empty())
    return ProblemForError(Error::Invalid("There is a problem", std::move(errors)), request);
  return std::nullopt;
}

}  // namespace

void RegisterApi(http::Router& router, const ApiDeps& deps) {
  using http::Request;
  using http::RequestContext;
  using http::Response;
  const auto kPeopleRoles = RouteAccess::Roles(kCareRoles);
  PeopleService* people = &deps.people;

  router.Add(
      "GET", "/api/v1/me", RouteAccess::AnyStaff(),
      [](const Request&, RequestContext& ctx) {
        const Actor& a = *ctx.actor;
        return JsonOk(json::object{{"user_id", a.user_id},
                                   {"username", a.username},
                                   {"display_name", a.display_name},
                                   {"role", RoleKey(a.role)},
                                   {"organisation_id", a.organisation_id},
                                   {"team_id", a.team_id}});
      },
      http::RouteKind::kApi);

  router.Add(
      "GET", "/api/v1/people", kPeopleRoles,
      [people](const Request& request, RequestContext& ctx) {
        auto list = people->ListForTeam(*ctx.actor, 200);
        if (!list) return ProblemForError(list.error(), request);
        json::array items;
        for (const auto& p : *list) items.push_back(PersonJson(p));
        return JsonOk(json::object{{"items", std::move(items)}, {"next_cursor", nullptr}});
      },
      http::RouteKind::kApi);

  router.Add(
      "POST", "/api/v1/people", kPeopleRoles,
      [people](const Request& request, RequestContext& ctx) {
        Person draft;
        std::string reason;
        if (auto bad = ParsePerson(request, draft, reason)) return *bad;
        auto created = people->Create(*ctx.actor, draft, reason);
        if (!created) return ProblemForError(created.error(), request);
        Response r = JsonOk(PersonJson(*created), 201);
        r.SetHeader("Location", "/api/v1/people/" + created->id);
        r.SetHeader("ETag", ETag(created->version));
        return r;
      },
      http::RouteKind::kApi);

  router.Add(
      "GET", "/api/v1/people/{id}", kPeopleRoles,
      [people](const Request& request, RequestContext& ctx) {
        auto p = people->Get(*ctx.actor, request.Param("id"));
        if (!p) return ProblemForError(p.error(), request);
        Response r = JsonOk(PersonJson(*p));
        r.SetHeader("ETag", ETag(p->version));
        return r;
      },
      http::RouteKind::kApi);

  router.Add(
      "PUT", "/api/v1/people/{id}", kPeopleRoles,
      [people](const Request& request, RequestContext& ctx) {
        auto if_match = request.Header("if-match");
        if (!if_match) return ProblemForStatus(428, request);
        auto base = ParseVersionTag(*if_match);
        if (!base) {
          return ProblemForError(
              Error::Make(ErrorCode::kInvalidArgument, "If-Match must be an ETag like \"3\""),
              request);
        }
        // A full replacement of the editable fields (PUT semantics).
        Person draft;
        draft.id = std::string(request.Param("id"));
        draft.version = *base;
        std::string reason;
        if (auto bad = ParsePerson(request, draft, reason)) return *bad;
        auto updated = people->Update(*ctx.actor, draft, reason);
        if (!updated) return ProblemForError(updated.error(), request);
        Response r = JsonOk(PersonJson(*updated));
        r.SetHeader("ETag", ETag(updated->version));
        return r;
      },
      http::RouteKind::kApi);

  router.Add(
      "GET", "/api/v1/people/{id}/versions", kPeopleRoles,
      [people](const Request& request, RequestContext& ctx) {
        auto versions = people->History(*ctx.actor, request.Param("id"));
        if (!versions) return ProblemForError(versions.error(), request);
        json::array items;
        for (const auto& v : *versions) {
          json::object o = PersonJson(v.person);
          o["changed_by"] = v.change.changed_by;
          o["changed_at"] = FormatUtcIso(v.change.changed_at);
          o["reason"] = v.change.reason;
          items.push_back(std::move(o));
        }
        return JsonOk(json::object{{"items", std::move(items)}});
      },
      http::RouteKind::kApi);

  RegisterIntroductionsApi(router, deps);
  RegisterTeamApi(router, deps);
  RegisterStaffingApi(router, deps);
  if (deps.plans != nullptr) RegisterPlanApi(router, deps);
  if (deps.progress != nullptr) RegisterProgressApi(router, deps);
  if (deps.peers != nullptr) RegisterPeerApi(router, deps);
  RegisterOrukApi(router, deps);
  if (deps.directory != nullptr && deps.directory_finder != nullptr) {
    RegisterDirectoryApi(router, deps);
  }
  if (deps.warm != nullptr) RegisterWarmApi(router, *deps.warm);
  if (deps.gaps != nullptr) RegisterGapsApi(router, *deps.gaps);
  if (deps.outbox != nullptr) RegisterOutboxApi(router, *deps.outbox);
  if (deps.evaluation != nullptr) RegisterEvaluationApi(router, *deps.evaluation);
}

}  // namespace lw::api

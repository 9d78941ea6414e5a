// /api/v1/staffing, /api/v1/staff-posts, /api/v1/organisations and
// /api/v1/teams: the JSON twin of the staffing pages (issue 5, point 6).
// Each route reads its input, calls one StaffingService function (which
// decides access, applies the domain's rules and writes the audit entries)
// and renders the result. docs/api.md describes them.
//
// A post is written with its names resolved (user_name, organisation_name,
// team_name, neighbourhood_name, profession_title) and its whole-time
// equivalent (wte); those and id, version and current are read back and
// ignored, so what GET gives can be sent back with PUT. Its
// neighbourhood_id is a neighbourhood's id or "locality" (kLocalityWide)
// for a locality-wide post; on input "" or absent means the team's own.
#include <boost/json.hpp>

#include <expected>
#include <string>
#include <utility>
#include <vector>

#include "api/api.h"
#include "api/json_reader.h"
#include "api/json_route.h"
#include "base/dates.h"
#include "domain/access/role.h"
#include "domain/access/route_access.h"

namespace lw::api {

namespace {

namespace json = boost::json;
using http::Request;
using http::RequestContext;

// Team leads and administrators keep the posts; commissioners see the check.
constexpr RouteAccess kEditors = RouteAccess::Roles({Role::kTeamLead, Role::kAdministrator});
constexpr RouteAccess kViewers =
    RouteAccess::Roles({Role::kTeamLead, Role::kAdministrator, Role::kCommissioner});
// The locality's organisations and teams: every role but network partners.
constexpr RouteAccess kReaders =
    RouteAccess::Roles({Role::kFrontDoor, Role::kPractitioner, Role::kPeerWorker, Role::kTeamLead,
                        Role::kAdministrator, Role::kCommissioner});

void Add(http::Router& router, std::string method, std::string_view rest, RouteAccess access,
         http::Handler handler) {
  router.Add(std::move(method), "/api/v1" + std::string(rest), access, std::move(handler),
             http::RouteKind::kApi);
}

json::object PostJson(const StaffPostView& v) {
  const StaffPost& p = v.post;
  return json::object{
      {"id", p.id},
      {"version", p.version},
      {"current", p.current},
      {"user_id", p.user_id},
      {"user_name", v.user_name},
      {"organisation_id", p.organisation_id},
      {"organisation_name", v.organisation_name},
      {"organisation_kind", OrganisationKindKey(p.organisation_kind)},
      {"team_id", p.team_id},
      {"team_name", v.team_name},
      {"neighbourhood_id", NeighbourhoodChoiceOf(p)},
      {"neighbourhood_name", v.neighbourhood_name},
      {"profession", ProfessionKey(p.profession)},
      {"profession_title", v.profession_title},
      {"band", p.band ? json::value(BandKey(*p.band)) : json::value(nullptr)},
      {"hours_per_week", p.hours_per_week},
      {"wte", WholeTimeEquivalent(p.hours_per_week)},
      {"safeguarding_lead", p.safeguarding_lead},
      {"development_support", p.development_support},
  };
}

json::object ClauseJson(const StaffingOverview& o, const ClauseCheck& c) {
  json::object out{{"key", c.key},     {"description", c.description}, {"required", c.required},
                   {"found", c.found}, {"found_wte", c.found_wte},     {"met", c.met},
                   {"gap", c.gap}};
  // Names for those who may see them; nothing of who for commissioners.
  if (o.shows_staff) {
    json::array people;
    for (const std::string& id : c.user_ids) {
      auto name = o.user_names.find(id);
      people.emplace_back(
          json::object{{"user_id", id}, {"name", name == o.user_names.end() ? "" : name->second}});
    }
    out["people"] = std::move(people);
  }
  return out;
}

json::array ClausesJson(const StaffingOverview& o, const std::vector<ClauseCheck>& clauses) {
  json::array out;
  for (const ClauseCheck& c : clauses) out.emplace_back(ClauseJson(o, c));
  return out;
}

json::object OverviewJson(const StaffingOverview& o) {
  json::array neighbourhoods;
  for (std::size_t i = 0; i < o.check.neighbourhoods.size() && i < o.neighbourhoods.size(); ++i) {
    const NeighbourhoodStaffingCheck& n = o.check.neighbourhoods[i];
    neighbourhoods.emplace_back(json::object{{"id", n.neighbourhood_id},
                                             {"name", o.neighbourhoods[i].name},
                                             {"met", n.Met()},
                                             {"clauses", ClausesJson(o, n.clauses)}});
  }
  bool locality_met = true;
  for (const ClauseCheck& c : o.check.clauses) locality_met = locality_met && c.met;
  json::object out{
      {"met", o.check.Met()},
      {"shows_staff", o.shows_staff},
      {"neighbourhoods", std::move(neighbourhoods)},
      {"locality",
       json::object{{"met", locality_met}, {"clauses", ClausesJson(o, o.check.clauses)}}},
  };
  if (o.shows_staff) {
    json::array posts;
    for (const StaffPostView& p : o.posts) posts.emplace_back(PostJson(p));
    out["posts"] = std::move(posts);
  }
  return out;
}

// A post from a JSON body, or every problem with it.
std::expected<StaffPost, std::vector<FieldError>> ReadPost(const json::object& body) {
  JsonReader r(body);
  StaffPost post;
  r.Text("user_id", post.user_id);
  r.Text("organisation_id", post.organisation_id);
  r.Text("team_id", post.team_id);
  r.Text("neighbourhood_id", post.neighbourhood_id);
  const std::string professions = "Use one of " + KeysOf(kAllProfessions, ProfessionKey);
  if (!r.Given("profession")) {
    r.Add("profession", "Enter the profession. " + professions);
  } else {
    std::optional<Profession> profession;
    r.Key("profession", profession, ParseProfession, professions);
    if (profession) post.profession = *profession;
  }
  std::optional<Band> band;
  r.Key("band", band, ParseBand, "Use one of " + KeysOf(kAllBands, BandKey) + ", or null");
  post.band = band;
  if (r.Given("hours_per_week")) {
    const json::value& hours = body.at("hours_per_week");
    if (hours.is_number()) {
      post.hours_per_week = hours.to_number<double>();
    } else {
      r.Add("hours_per_week", "Must be a number, like 37.5");
    }
  }
  r.Flag("safeguarding_lead", post.safeguarding_lead);
  r.Flag("development_support", post.development_support);
  // Written by PostJson; the service's to decide.
  for (std::string_view ignored :
       {"id", "version", "current", "user_name", "organisation_name", "organisation_kind",
        "team_name", "neighbourhood_name", "profession_title", "wte"}) {
    r.Present(ignored);
  }
  std::vector<FieldError> errors = r.Finish();
  if (!errors.empty()) return std::unexpected(std::move(errors));
  return post;
}

http::Response PostRecord(const Result<StaffPostView>& post, const Request& request,
                          int status = 200) {
  if (!post) return ProblemForError(post.error(), request);
  http::Response r = JsonRecord(PostJson(*post), post->post.version, status);
  if (status == 201) r.SetHeader("Location", "/api/v1/staff-posts/" + post->post.id);
  return r;
}

}  // namespace

void RegisterStaffingApi(http::Router& router, const ApiDeps& deps) {
  StaffingService* s = &deps.staffing;

  Add(router, "GET", "/staffing", kViewers, [s](const Request& request, RequestContext& ctx) {
    auto overview = s->Overview(*ctx.actor);
    if (!overview) return ProblemForError(overview.error(), request);
    return JsonOk(OverviewJson(*overview));
  });

  Add(router, "GET", "/staff-posts", kEditors, [s](const Request& request, RequestContext& ctx) {
    auto posts = s->ListPosts(*ctx.actor);
    if (!posts) return ProblemForError(posts.error(), request);
    json::array items;
    for (const StaffPostView& p : *posts) items.emplace_back(PostJson(p));
    return JsonOk(json::object{{"items", std::move(items)}});
  });

  Add(router, "POST", "/staff-posts", kEditors, [s](const Request& request, RequestContext& ctx) {
    auto body = JsonBody(request);
    if (!body) return body.error();
    auto post = ReadPost(*body);
    if (!post) return Invalid(std::move(post.error()), request);
    return PostRecord(s->AddPost(*ctx.actor, std::move(*post)), request, 201);
  });

  Add(router, "GET", "/staff-posts/{id}", kEditors,
      [s](const Request& request, RequestContext& ctx) {
        return PostRecord(s->GetPost(*ctx.actor, request.Param("id")), request);
      });

  Add(router, "PUT", "/staff-posts/{id}", kEditors,
      [s](const Request& request, RequestContext& ctx) {
        auto version = IfMatch(request);
        if (!version) return version.error();
        auto body = JsonBody(request);
        if (!body) return body.error();
        auto post = ReadPost(*body);
        if (!post) return Invalid(std::move(post.error()), request);
        post->id = std::string(request.Param("id"));
        post->version = *version;
        return PostRecord(s->UpdatePost(*ctx.actor, std::move(*post)), request);
      });

  // No body: If-Match says which version is being ended.
  Add(router, "POST", "/staff-posts/{id}/end", kEditors,
      [s](const Request& request, RequestContext& ctx) {
        auto version = IfMatch(request);
        if (!version) return version.error();
        return PostRecord(s->EndPost(*ctx.actor, request.Param("id"), *version), request);
      });

  Add(router, "GET", "/staff-posts/{id}/history", kEditors,
      [s](const Request& request, RequestContext& ctx) {
        auto history = s->PostHistory(*ctx.actor, request.Param("id"));
        if (!history) return ProblemForError(history.error(), request);
        json::array items;
        for (const StaffPostVersion& v : *history) {
          items.emplace_back(json::object{{"version", v.post.post.version},
                                          {"changed_at", FormatUtcIso(v.change.changed_at)},
                                          {"changed_by", v.change.changed_by},
                                          {"changed_by_name", v.changed_by_name},
                                          {"reason", v.change.reason},
                                          {"post", PostJson(v.post)}});
        }
        return JsonOk(json::object{{"items", std::move(items)}});
      });

  Add(router, "GET", "/organisations", kReaders, [s](const Request& request, RequestContext& ctx) {
    auto orgs = s->Organisations(*ctx.actor);
    if (!orgs) return ProblemForError(orgs.error(), request);
    json::array items;
    for (const Organisation& o : *orgs) {
      items.emplace_back(json::object{{"id", o.id},
                                      {"name", o.name},
                                      {"kind", OrganisationKindKey(o.kind)},
                                      {"kind_name", OrganisationKindName(o.kind)},
                                      {"network_partner", o.network_partner}});
    }
    return JsonOk(json::object{{"items", std::move(items)}});
  });

  Add(router, "GET", "/teams", kReaders, [s](const Request& request, RequestContext& ctx) {
    auto teams = s->Teams(*ctx.actor);
    if (!teams) return ProblemForError(teams.error(), request);
    json::array items;
    for (const Team& t : *teams) {
      items.emplace_back(json::object{{"id", t.id},
                                      {"name", t.name},
                                      {"locality_id", t.locality_id},
                                      {"neighbourhood_id", t.neighbourhood_id}});
    }
    return JsonOk(json::object{{"items", std::move(items)}});
  });
}

}  // namespace lw::api

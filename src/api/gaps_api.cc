// The JSON twins of the gaps-in-provision pages (web/gaps_pages.cc), over
// the same ProvisionGaps calls, so the same access rules, checks and audit.
//
//   GET  /api/v1/people/{id}/unmet-needs      a person's unmet needs
//   POST /api/v1/people/{id}/unmet-needs      note one
//   POST /api/v1/unmet-needs/{id}/in-error    If-Match: recorded in error
//   GET  /api/v1/gaps?from=&to=               counts by neighbourhood and need
#include <boost/json.hpp>

#include <string>
#include <utility>
#include <vector>

#include "api/api.h"
#include "api/json_reader.h"
#include "api/json_route.h"
#include "domain/access/role.h"
#include "http/router.h"

namespace lw::api {
namespace {

namespace json = boost::json;

json::object Encode(const UnmetNeedView& v) {
  const UnmetNeed& n = v.need;
  return json::object{
      {"id", n.id},
      {"version", n.version},
      {"person_id", n.person_id},
      {"need", directory::NeedKey(n.need)},
      {"reason", GapReasonKey(n.reason)},
      {"noted_in", NeedNotedInKey(n.noted_in)},
      {"words", n.words},
      {"offered_wait_days",
       n.offered_wait_days ? json::value(*n.offered_wait_days) : json::value(nullptr)},
      {"noted_on", n.noted_on.ToIso()},
      {"noted_by", v.noted_by_name},
      {"team_name", v.team_name},
      {"neighbourhood_name", v.neighbourhood_name},
      {"in_error", n.in_error},
      {"in_error_note", n.in_error_note},
  };
}

json::value Shown(const ShownCount& c) { return c ? json::value(*c) : json::value(nullptr); }

json::object EncodeReport(const GapReport& r) {
  json::array neighbourhoods;
  for (const GapReportColumn& c : r.neighbourhoods) {
    neighbourhoods.push_back(json::object{{"id", c.id}, {"name", c.name}});
  }
  json::array rows;
  for (const GapReportRow& row : r.rows) {
    json::array by_neighbourhood;
    for (const ShownCount& c : row.by_neighbourhood) by_neighbourhood.push_back(Shown(c));
    json::object by_reason;
    for (GapReason reason : kAllGapReasons) {
      by_reason[GapReasonKey(reason)] = Shown(row.by_reason[static_cast<std::size_t>(reason)]);
    }
    rows.push_back(json::object{{"need", directory::NeedKey(row.need)},
                                {"need_name", directory::NeedDisplayName(row.need)},
                                {"by_neighbourhood", std::move(by_neighbourhood)},
                                {"total", Shown(row.total)},
                                {"by_reason", std::move(by_reason)}});
  }
  return json::object{{"from", r.from.ToIso()},
                      {"to", r.to.PlusDays(-1).ToIso()},
                      {"disclosure", DisclosureRuleKey(r.rule)},
                      {"people", Shown(r.people)},
                      {"neighbourhoods", std::move(neighbourhoods)},
                      {"needs", std::move(rows)}};
}

std::string Path(std::string_view rest) { return "/api/v1" + std::string(rest); }

}  // namespace

void RegisterGapsApi(http::Router& router, ProvisionGaps& gaps) {
  const RouteAccess care = RouteAccess::Roles(kCareRoles);
  const RouteAccess report =
      RouteAccess::Roles(RoleSet{Role::kCommissioner, Role::kTeamLead, Role::kAdministrator});
  auto add = [&](std::string method, std::string_view rest, RouteAccess access,
                 http::Handler handler) {
    router.Add(std::move(method), Path(rest), access, std::move(handler), http::RouteKind::kApi);
  };
  ProvisionGaps* g = &gaps;

  add("GET", "/people/{id}/unmet-needs", care,
      [g](const http::Request& request, http::RequestContext& ctx) {
        auto items = g->ForPerson(*ctx.actor, request.Param("id"));
        if (!items) return ProblemForError(items.error(), request);
        json::array out;
        for (const UnmetNeedView& v : items->needs) out.push_back(Encode(v));
        return JsonOk(json::object{{"items", std::move(out)}});
      });
  add("POST", "/people/{id}/unmet-needs", care,
      [g](const http::Request& request, http::RequestContext& ctx) {
        auto body = JsonBody(request);
        if (!body) return body.error();
        JsonReader r(*body);
        NoteUnmetNeedRequest req{.person_id = std::string(request.Param("id"))};
        std::optional<directory::Need> need;
        std::optional<GapReason> reason;
        std::optional<NeedNotedIn> noted_in;
        r.Key("need", need, directory::ParseNeed,
              "The need must be one of " + KeysOf(directory::kAllNeeds, directory::NeedKey));
        r.Key("reason", reason, ParseGapReason,
              "The reason must be one of " + KeysOf(kAllGapReasons, GapReasonKey));
        r.Key("noted_in", noted_in, ParseNeedNotedIn,
              "Where it was noted must be one of " + KeysOf(kAllNeedNotedIn, NeedNotedInKey));
        r.Text("words", req.words);
        int wait = 0;
        r.WholeNumber("offered_wait_days", wait);
        r.Day("noted_on", req.noted_on, "The date it was noted");
        if (!body->contains("need")) r.Add("need", "Say what they needed");
        if (!body->contains("reason")) r.Add("reason", "Say why nothing met the need");
        auto errors = r.Finish();
        if (!errors.empty()) return Invalid(std::move(errors), request);
        req.need = *need;
        req.reason = *reason;
        req.noted_in = noted_in.value_or(NeedNotedIn::kOther);
        if (const json::value* w = body->if_contains("offered_wait_days"); w && !w->is_null()) {
          req.offered_wait_days = wait;
        }
        auto noted = g->Note(*ctx.actor, std::move(req));
        if (!noted) return ProblemForError(noted.error(), request);
        auto items = g->ForPerson(*ctx.actor, noted->person_id);
        if (!items) return ProblemForError(items.error(), request);
        for (const UnmetNeedView& v : items->needs) {
          if (v.need.id == noted->id) {
            http::Response response = JsonRecord(Encode(v), noted->version, 201);
            response.SetHeader("Location", Path("/people/" + noted->person_id + "/unmet-needs"));
            return response;
          }
        }
        return ProblemForStatus(500, request);
      });
  add("POST", "/unmet-needs/{id}/in-error", care,
      [g](const http::Request& request, http::RequestContext& ctx) {
        auto version = IfMatch(request);
        if (!version) return version.error();
        auto body = JsonBody(request);
        if (!body) return body.error();
        JsonReader r(*body);
        std::string note;
        r.Text("note", note);
        auto errors = r.Finish();
        if (!errors.empty()) return Invalid(std::move(errors), request);
        auto marked = g->MarkInError(*ctx.actor, request.Param("id"), *version, std::move(note));
        if (!marked) return ProblemForError(marked.error(), request);
        return JsonRecord(Encode(UnmetNeedView{.need = *marked}), marked->version);
      });
  add("GET", "/gaps", report, [g](const http::Request& request, http::RequestContext& ctx) {
    auto r = g->Report(*ctx.actor, request.QueryParam("from"), request.QueryParam("to"));
    if (!r) return ProblemForError(r.error(), request);
    return JsonOk(EncodeReport(*r));
  });
}

}  // namespace lw::api

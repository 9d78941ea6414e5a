// The JSON twins of the directory's pages (web/directory_*.cc), over the
// same NetworkDirectory and DirectoryFinder calls, so the same access rules
// and checks. A service travels in the Open Referral UK shape that /oruk/
// writes (oruk_json.h) and `livingwell import directory` reads
// (oruk_import.h), so a partner's system can send back what it read.
//
//   GET /api/v1/directory/services?q=&need=&postcode=&within=&offer=&age=&open_now=&page=&per_page=
//        search, each result with why it matches
//   POST /api/v1/directory/services             create (an ORUK service with its id)
//   GET  /api/v1/directory/services/{id}        the entry, as the reader may see it; ETag
//   PUT  /api/v1/directory/services/{id}        If-Match: a new version
//   POST /api/v1/directory/services/{id}/checked  If-Match: checked today, by the caller
//   POST /api/v1/directory/services/{id}/publish  If-Match: administrators
//   GET  /api/v1/directory/services/{id}/versions every version, newest first
//   GET  /api/v1/directory/review               administrators: awaiting review
//   GET  /api/v1/directory/organisations, /{id} organisations
#include <boost/json.hpp>

#include <charconv>
#include <string>
#include <utility>
#include <vector>

#include "api/api.h"
#include "api/json_route.h"
#include "api/oruk_import.h"
#include "api/oruk_json.h"
#include "domain/access/route_access.h"

namespace lw::api {
namespace {

namespace json = boost::json;
using directory::DirectoryService;
using http::Request;
using http::RequestContext;
using http::Response;

constexpr std::size_t kMaxPerPage = 100;

std::string Path(std::string_view rest) { return "/api/v1/directory" + std::string(rest); }

json::value Oruk(const DirectoryService& s, const directory::DirectoryOrganisation* o) {
  return json::parse(EncodeOrukService(s, o));
}

json::object Entry(const DirectoryServiceView& v) {
  return json::object{
      {"version", v.service.version}, {"stale", v.stale},
      {"pending", v.pending},         {"may_change", v.may_change},
      {"may_publish", v.may_publish}, {"service", Oruk(v.service, &v.organisation)}};
}

json::object Listed(const std::vector<DirectoryEntry>& entries) {
  json::array items;
  for (const DirectoryEntry& e : entries) {
    items.push_back(
        json::object{{"id", e.service.id},
                     {"version", e.service.version},
                     {"name", e.service.name},
                     {"organisation_name", e.organisation_name},
                     {"publication", directory::PublicationKey(e.service.publication)}});
  }
  return json::object{{"items", std::move(items)}};
}

// A whole number from 1 to `most`, or nullopt.
std::optional<std::size_t> Whole(std::string_view text, std::size_t most) {
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n < 1 || n > most) {
    return std::nullopt;
  }
  return n;
}

// The one service of a request body in the ORUK shape, or a 422 naming
// what is wrong with it.
std::expected<DirectoryService, Response> ServiceOf(const Request& request) {
  auto body = JsonBody(request);
  if (!body) return std::unexpected(body.error());
  auto batch = ImportOrukJson(request.body);
  if (!batch) return std::unexpected(ProblemForError(batch.error(), request));
  std::vector<FieldError> errors;
  for (const ImportRejection& r : batch->rejected) errors.push_back({"service", r.reason});
  if (errors.empty() && batch->services.size() != 1) {
    errors.push_back({"service", "Send exactly one service, in the Open Referral UK shape"});
  }
  if (!errors.empty()) return std::unexpected(Invalid(std::move(errors), request));
  return std::move(batch->services.front());
}

Response Search(NetworkDirectory& directory, DirectoryFinder& finder, const Clock& clock,
                const Request& request) {
  auto param = [&](const char* name) { return request.QueryParam(name).value_or(""); };
  DirectorySearchRequest r{.text = param("q"),
                           .need = param("need"),
                           .postcode = param("postcode"),
                           .offer = param("offer"),
                           .age = param("age")};
  if (auto within = request.QueryParam("within")) r.within = *within;
  std::vector<FieldError> errors;
  if (auto open = request.QueryParam("open_now")) {
    if (*open == "true") {
      r.open_now = true;
    } else if (*open != "false") {
      errors.push_back({"open_now", "Must be true or false"});
    }
  }
  if (auto page = request.QueryParam("page")) {
    if (auto n = Whole(*page, 10'000)) {
      r.page = *n;
    } else {
      errors.push_back({"page", "Must be a whole number from 1"});
    }
  }
  if (auto per = request.QueryParam("per_page")) {
    if (auto n = Whole(*per, kMaxPerPage)) {
      r.per_page = *n;
    } else {
      errors.push_back({"per_page", "Must be a whole number from 1 to 100"});
    }
  }
  if (!errors.empty()) return Invalid(std::move(errors), request);
  auto query = BuildSearchQuery(directory, r, clock.Now());
  if (!query) return ProblemForError(query.error(), request);
  auto snapshot = finder.Snapshot();
  if (!snapshot) return ProblemForError(snapshot.error(), request);
  auto found = (*snapshot)->index.Search(*query);
  if (!found) return Invalid({{"q", found.error().message}}, request);
  json::array items;
  for (const directory::SearchHit& hit : found->hits) {
    const DirectoryEntry& e = (*snapshot)->entries[hit.index];
    json::array reasons;
    for (const std::string& why : hit.reasons) reasons.emplace_back(why);
    items.push_back(
        json::object{{"id", e.service.id},
                     {"name", e.service.name},
                     {"organisation_name", e.organisation_name},
                     {"offer", directory::OfferKey(e.service.offer)},
                     {"distance_metres", hit.distance_metres ? json::value(*hit.distance_metres)
                                                             : json::value(nullptr)},
                     {"nearest_place", hit.nearest_place},
                     {"reasons", std::move(reasons)}});
  }
  json::array unknown;
  for (const std::string& w : found->unknown_words) unknown.emplace_back(w);
  return JsonOk(json::object{{"total", found->total},
                             {"page", r.page},
                             {"per_page", r.per_page},
                             {"unknown_words", std::move(unknown)},
                             {"items", std::move(items)}});
}

}  // namespace

void RegisterDirectoryApi(http::Router& router, const ApiDeps& deps) {
  static const SystemClock kSystemClock;
  const Clock* clock = deps.clock != nullptr ? deps.clock : &kSystemClock;
  const RouteAccess staff = RouteAccess::AnyStaff();
  auto add = [&](std::string method, std::string_view rest, http::Handler handler) {
    router.Add(std::move(method), Path(rest), staff, std::move(handler), http::RouteKind::kApi);
  };
  NetworkDirectory* d = deps.directory;
  DirectoryFinder* f = deps.directory_finder;

  add("GET", "/services", [d, f, clock](const Request& request, RequestContext&) {
    return Search(*d, *f, *clock, request);
  });
  add("POST", "/services", [d](const Request& request, RequestContext& ctx) {
    auto service = ServiceOf(request);
    if (!service) return service.error();
    auto made = d->CreateService(*ctx.actor, std::move(*service));
    if (!made) return ProblemForError(made.error(), request);
    auto view = d->GetService(*ctx.actor, made->id);
    if (!view) return ProblemForError(view.error(), request);
    Response response = JsonRecord(Entry(*view), made->version, 201);
    response.SetHeader("Location", Path("/services/" + made->id));
    return response;
  });
  add("GET", "/services/{id}", [d](const Request& request, RequestContext& ctx) {
    auto view = d->GetService(*ctx.actor, request.Param("id"));
    if (!view) return ProblemForError(view.error(), request);
    return JsonRecord(Entry(*view), view->service.version);
  });
  add("PUT", "/services/{id}", [d](const Request& request, RequestContext& ctx) {
    auto version = IfMatch(request);
    if (!version) return version.error();
    auto service = ServiceOf(request);
    if (!service) return service.error();
    if (service->id != request.Param("id")) {
      return Invalid({{"id", "The service's id must be the one in the path"}}, request);
    }
    auto changed = d->UpdateService(*ctx.actor, std::move(*service), *version);
    if (!changed) return ProblemForError(changed.error(), request);
    auto view = d->GetService(*ctx.actor, changed->id);
    if (!view) return ProblemForError(view.error(), request);
    return JsonRecord(Entry(*view), changed->version);
  });
  add("POST", "/services/{id}/checked", [d](const Request& request, RequestContext& ctx) {
    auto version = IfMatch(request);
    if (!version) return version.error();
    auto checked = d->MarkChecked(*ctx.actor, request.Param("id"), *version);
    if (!checked) return ProblemForError(checked.error(), request);
    auto view = d->GetService(*ctx.actor, checked->id);
    if (!view) return ProblemForError(view.error(), request);
    return JsonRecord(Entry(*view), checked->version);
  });
  add("POST", "/services/{id}/publish", [d](const Request& request, RequestContext& ctx) {
    auto version = IfMatch(request);
    if (!version) return version.error();
    auto published = d->Publish(*ctx.actor, request.Param("id"), *version);
    if (!published) return ProblemForError(published.error(), request);
    auto view = d->GetService(*ctx.actor, published->id);
    if (!view) return ProblemForError(view.error(), request);
    return JsonRecord(Entry(*view), published->version);
  });
  add("GET", "/services/{id}/versions", [d](const Request& request, RequestContext& ctx) {
    auto versions = d->History(*ctx.actor, request.Param("id"));
    if (!versions) return ProblemForError(versions.error(), request);
    json::array items;
    for (const DirectoryServiceVersion& v : *versions) {
      items.push_back(
          json::object{{"version", v.service.version},
                       {"changed_at", FormatUtcIso(v.change.changed_at)},
                       {"reason", v.change.reason},
                       {"publication", directory::PublicationKey(v.service.publication)},
                       {"service", Oruk(v.service, nullptr)}});
    }
    return JsonOk(json::object{{"items", std::move(items)}});
  });
  add("GET", "/review", [d](const Request& request, RequestContext& ctx) {
    auto waiting = d->ListAwaitingReview(*ctx.actor);
    if (!waiting) return ProblemForError(waiting.error(), request);
    return JsonOk(Listed(*waiting));
  });
  add("GET", "/organisations", [d](const Request& request, RequestContext& ctx) {
    auto orgs = d->ListOrganisations(*ctx.actor);
    if (!orgs) return ProblemForError(orgs.error(), request);
    json::array items;
    for (const directory::DirectoryOrganisation& o : *orgs) {
      items.push_back(json::parse(EncodeOrukOrganization(o)));
    }
    return JsonOk(json::object{{"items", std::move(items)}});
  });
  add("GET", "/organisations/{id}", [d](const Request& request, RequestContext& ctx) {
    auto org = d->GetOrganisation(*ctx.actor, request.Param("id"));
    if (!org) return ProblemForError(org.error(), request);
    return JsonRecord(json::parse(EncodeOrukOrganization(*org)).as_object(), org->version);
  });
}

}  // namespace lw::api

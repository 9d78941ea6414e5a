// /oruk/: the directory through the Open Referral UK 3.0 API (issue 7,
// point 3; docs/interop.md §3.3). Open to anyone, GET only, every response
// with Access-Control-Allow-Origin: *, as ORUK's compliance rules ask. What
// it lists is what the directory publishes (DirectoryFinder's snapshot);
// the JSON is oruk_json.h's.
//
// Lists take `page` (from 1) and `per_page` (1..100, default 50) and answer
// with the paging envelope, or, with `format=ndjson`, every result, one per
// line, unpaged. /services and /service_at_locations take `search` (or the
// legacy `text`), `taxonomy_term_id`, `taxonomy_id`, `organization_id`,
// `modified_after`, `minimum_age` and `maximum_age` (services for someone
// of that age range), and `day`, `start_time` and `end_time` (services with
// an opening on that day, from and until those times:
// directory::HasOpeningWithin); /service_at_locations also `postcode` with
// `proximity` (metres from the postcode's centre, nearest first). `minimal`,
// `full` and `format=json` are accepted and change nothing. A bad
// parameter is 400 problem+json naming it; an unknown id 404.
//
// GET /oruk/openapi.json describes all this: data/oruk/openapi.json (made
// from the UK profile's by scripts/make-oruk-openapi.py), with its server
// set to public_url + "/oruk".
#include <algorithm>
#include <charconv>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json.hpp>

#include "api/api.h"
#include "api/oruk_json.h"
#include "base/check.h"
#include "base/dates.h"
#include "base/ids.h"
#include "domain/access/route_access.h"
#include "domain/directory/geo.h"
#include "domain/directory/opening_hours.h"
#include "domain/directory/search.h"

namespace lw::api {
namespace {

namespace json = boost::json;

using directory::DirectoryOrganisation;
using directory::DirectoryService;
using http::Request;
using http::RequestContext;
using http::Response;

constexpr std::string_view kProfile = "https://openreferraluk.org/";
constexpr std::size_t kDefaultPerPage = 50;
constexpr std::size_t kMaxPerPage = 100;
constexpr double kMaxProximityMetres = 200'000;

// Our OpenAPI description (data/oruk/openapi.json, embedded) with its one
// server's "{{base}}" set to `base`.
std::string OpenApiDocument(const std::string& base) {
  std::string doc(OrukOpenApiJson());
  const std::string placeholder = R"("{{base}}")";
  const auto at = doc.find(placeholder);
  LW_CHECK(at != std::string::npos);
  doc.replace(at, placeholder.size(), json::serialize(json::string(base)));
  return doc;
}

Response Cors(Response r) {
  r.SetHeader("Access-Control-Allow-Origin", "*");
  return r;
}

Response Bad(const Request& request, const std::string& detail) {
  return Cors(ProblemForStatus(400, request, detail));
}

Response Missing(const Request& request, std::string_view what) {
  return Cors(ProblemForStatus(404, request, "No " + std::string(what) + " with that id"));
}

std::optional<long long> WholeNumber(std::string_view text) {
  long long n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return n;
}

struct Paging {
  std::size_t page = 1;
  std::size_t per_page = kDefaultPerPage;
  bool ndjson = false;  // format=ndjson: every item, one per line, unpaged
};

std::optional<std::string> ReadPaging(const Request& request, Paging& paging) {
  if (auto p = request.QueryParam("page")) {
    auto n = WholeNumber(*p);
    if (!n || *n < 1 || *n > 1'000'000) return "page must be a whole number from 1";
    paging.page = static_cast<std::size_t>(*n);
  }
  if (auto p = request.QueryParam("per_page")) {
    auto n = WholeNumber(*p);
    if (!n || *n < 1 || *n > static_cast<long long>(kMaxPerPage)) {
      return "per_page must be a whole number from 1 to " + std::to_string(kMaxPerPage);
    }
    paging.per_page = static_cast<std::size_t>(*n);
  }
  if (auto f = request.QueryParam("format")) {
    if (*f != "json" && *f != "ndjson") return "format must be json or ndjson";
    paging.ndjson = *f == "ndjson";
  }
  return std::nullopt;
}

// One page of `items` (already encoded) in the ORUK envelope; or, for
// ndjson, all of them, one per line.
Response Page(const std::vector<std::string>& items, const Paging& paging) {
  if (paging.ndjson) {
    std::string body;
    for (const std::string& item : items) {
      body += item;
      body += '\n';
    }
    Response r = Response::Json(std::move(body));
    r.SetHeader("Content-Type", "application/x-ndjson; charset=utf-8");
    return Cors(std::move(r));
  }
  const std::size_t from = std::min(items.size(), (paging.page - 1) * paging.per_page);
  const std::size_t to = std::min(items.size(), from + paging.per_page);
  std::vector<std::string> contents(items.begin() + static_cast<std::ptrdiff_t>(from),
                                    items.begin() + static_cast<std::ptrdiff_t>(to));
  return Cors(Response::Json(EncodeOrukPage(contents, items.size(), paging.page, paging.per_page)));
}

// The filters /services and /service_at_locations share.
struct ServiceFilter {
  std::optional<std::set<std::string>> matching_ids;  // from `search`
  std::optional<directory::Need> need;                // taxonomy_term_id
  bool unknown_term = false;                          // a term we do not have
  std::string organisation_id;
  std::optional<Timestamp> modified_after;
  std::optional<int> minimum_age;
  std::optional<int> maximum_age;
  std::optional<int> day;         // 0 Monday .. 6 Sunday
  std::optional<int> start_time;  // minutes after midnight
  std::optional<int> end_time;

  bool Passes(const DirectoryService& s) const {
    if (unknown_term) return false;
    if ((day || start_time || end_time) &&
        !directory::HasOpeningWithin(s.opening, day, start_time, end_time)) {
      return false;
    }
    if (matching_ids && !matching_ids->contains(s.id)) return false;
    if (need && std::ranges::find(s.needs, *need) == s.needs.end()) return false;
    if (!organisation_id.empty() && s.organisation_id != organisation_id) return false;
    if (modified_after && !(s.updated_at > *modified_after)) return false;
    // Someone of [minimum_age, maximum_age] may use it: the ranges overlap.
    if (minimum_age && s.eligibility.maximum_age && *s.eligibility.maximum_age < *minimum_age) {
      return false;
    }
    if (maximum_age && s.eligibility.minimum_age && *s.eligibility.minimum_age > *maximum_age) {
      return false;
    }
    return true;
  }
};

std::optional<std::string> ReadAge(const Request& request, std::string_view name,
                                   std::optional<int>& out) {
  auto p = request.QueryParam(name);
  if (!p) return std::nullopt;
  auto n = WholeNumber(*p);
  if (!n || *n < 0 || *n > 120) return std::string(name) + " must be a whole number from 0 to 120";
  out = static_cast<int>(*n);
  return std::nullopt;
}

// "2026-03-09" or "2026-03-09T14:05:00Z" (UTC only).
std::optional<Timestamp> ParseModifiedAfter(std::string_view text) {
  if (text.size() < 10) return std::nullopt;
  auto day = Date::Parse(text.substr(0, 10));
  if (!day) return std::nullopt;
  Timestamp t = std::chrono::time_point_cast<Micros>(std::chrono::sys_days(day->ToSysDays()));
  std::string_view rest = text.substr(10);
  if (rest.empty()) return t;
  if (rest.size() != 10 || rest[0] != 'T' || rest[3] != ':' || rest[6] != ':' || rest[9] != 'Z') {
    return std::nullopt;
  }
  auto hh = WholeNumber(rest.substr(1, 2));
  auto mm = WholeNumber(rest.substr(4, 2));
  auto ss = WholeNumber(rest.substr(7, 2));
  if (!hh || !mm || !ss || *hh > 23 || *mm > 59 || *ss > 59) return std::nullopt;
  return t + std::chrono::hours(*hh) + std::chrono::minutes(*mm) + std::chrono::seconds(*ss);
}

std::optional<std::string> ReadFilter(const Request& request, const DirectorySnapshot& snapshot,
                                      ServiceFilter& filter) {
  std::optional<std::string> search = request.QueryParam("search");
  if (!search) search = request.QueryParam("text");
  if (search && !search->empty()) {
    directory::SearchQuery query{.text = *search, .include_inactive = true, .limit = kMaxPerPage};
    std::set<std::string> ids;
    for (std::size_t offset = 0;; offset += kMaxPerPage) {
      query.offset = offset;
      auto found = snapshot.index.Search(query);
      if (!found) return "search: " + found.error().message;
      for (const directory::SearchHit& hit : found->hits) ids.insert(hit.id);
      if (found->hits.empty() || offset + kMaxPerPage >= found->total) break;
    }
    filter.matching_ids = std::move(ids);
  }
  if (auto term = request.QueryParam("taxonomy_term_id")) {
    filter.need = directory::NeedForTermId(*term);
    filter.unknown_term = !filter.need.has_value();
  }
  if (auto taxonomy = request.QueryParam("taxonomy_id")) {
    if (*taxonomy != directory::kNeedsTaxonomyId) filter.unknown_term = true;
  }
  if (auto org = request.QueryParam("organization_id")) filter.organisation_id = *org;
  if (auto after = request.QueryParam("modified_after")) {
    filter.modified_after = ParseModifiedAfter(*after);
    if (!filter.modified_after) {
      return "modified_after must be a date (2026-03-09) or a UTC date-time (2026-03-09T14:05:00Z)";
    }
  }
  if (auto e = ReadAge(request, "minimum_age", filter.minimum_age)) return e;
  if (auto e = ReadAge(request, "maximum_age", filter.maximum_age)) return e;
  if (auto d = request.QueryParam("day")) {
    filter.day = directory::ParseWeekday(*d);
    if (!filter.day) return "day must be a day of the week: MO to SU, or Monday to Sunday";
  }
  for (auto [name, out] :
       {std::pair{"start_time", &filter.start_time}, std::pair{"end_time", &filter.end_time}}) {
    if (auto t = request.QueryParam(name)) {
      *out = directory::ParseClockTime(*t);
      if (!*out) return std::string(name) + " must be a time like 09:30 or 09:30:00";
    }
  }
  return std::nullopt;
}

const DirectoryOrganisation* OrganisationOf(const DirectorySnapshot& snapshot,
                                            const DirectoryService& s) {
  auto o = snapshot.organisations.find(s.organisation_id);
  return o == snapshot.organisations.end() ? nullptr : &o->second;
}

const DirectoryService* FindService(const DirectorySnapshot& snapshot, std::string_view id) {
  for (const DirectoryEntry& e : snapshot.entries) {
    if (e.service.id == id) return &e.service;
  }
  return nullptr;
}

// GET handler over the snapshot; a snapshot that cannot be read is a 503.
template <typename Fn>
http::Handler OverSnapshot(DirectoryFinder* finder, Fn fn) {
  return [finder, fn](const Request& request, RequestContext&) -> Response {
    auto snapshot = finder->Snapshot();
    if (!snapshot) return Cors(ProblemForError(snapshot.error(), request));
    return fn(request, **snapshot);
  };
}

}  // namespace

void RegisterOrukApi(http::Router& router, const ApiDeps& deps) {
  DirectoryFinder* finder = deps.directory_finder;
  NetworkDirectory* directory = deps.directory;
  if (finder == nullptr || directory == nullptr) return;
  const RouteAccess open = RouteAccess::Public();
  auto add = [&](std::string_view path, http::Handler handler) {
    router.Add("GET", "/oruk" + std::string(path), open, std::move(handler), http::RouteKind::kApi);
  };

  std::string base = deps.public_url;
  while (base.ends_with('/')) base.pop_back();
  base += "/oruk";
  auto details =
      [details_body = json::serialize(json::object{{"version", "HSDS-UK-3.0"},
                                                   {"profile", kProfile},
                                                   {"openapi_url", base + "/openapi.json"}})](
          const Request&, RequestContext&) { return Cors(Response::Json(details_body)); };
  add("", details);
  add("/", details);
  add("/openapi.json", [openapi = OpenApiDocument(base)](const Request&, RequestContext&) {
    Response r = Response::Json(openapi);
    r.SetHeader("Content-Type", "application/vnd.oai.openapi+json; charset=utf-8");
    return Cors(std::move(r));
  });

  add("/services", OverSnapshot(finder, [](const Request& request, const DirectorySnapshot& s) {
        Paging paging;
        if (auto e = ReadPaging(request, paging)) return Bad(request, *e);
        ServiceFilter filter;
        if (auto e = ReadFilter(request, s, filter)) return Bad(request, *e);
        std::vector<std::string> items;
        for (const DirectoryEntry& e : s.entries) {
          if (filter.Passes(e.service)) {
            items.push_back(EncodeOrukServiceListItem(e.service, OrganisationOf(s, e.service)));
          }
        }
        return Page(items, paging);
      }));
  add("/services/{id}",
      OverSnapshot(finder, [](const Request& request, const DirectorySnapshot& s) {
        const DirectoryService* service = FindService(s, request.Param("id"));
        if (service == nullptr) return Missing(request, "service");
        return Cors(Response::Json(EncodeOrukService(*service, OrganisationOf(s, *service))));
      }));

  add("/service_at_locations",
      OverSnapshot(finder, [directory](const Request& request, const DirectorySnapshot& s) {
        Paging paging;
        if (auto e = ReadPaging(request, paging)) return Bad(request, *e);
        ServiceFilter filter;
        if (auto e = ReadFilter(request, s, filter)) return Bad(request, *e);
        std::optional<PostcodePoint> from;
        std::optional<double> within;
        if (auto postcode = request.QueryParam("postcode")) {
          auto point = directory->LocatePostcode(*postcode);
          if (!point) return Bad(request, "postcode: " + point.error().message);
          from = *point;
        }
        if (auto proximity = request.QueryParam("proximity")) {
          auto n = WholeNumber(*proximity);
          if (!n || *n < 1 || *n > static_cast<long long>(kMaxProximityMetres)) {
            return Bad(request, "proximity must be a whole number of metres from 1 to 200000");
          }
          if (!from) return Bad(request, "proximity needs a postcode");
          within = static_cast<double>(*n);
        }
        struct Row {
          double distance;
          std::string json;
        };
        std::vector<Row> rows;
        for (const DirectoryEntry& e : s.entries) {
          if (!filter.Passes(e.service)) continue;
          for (std::size_t i = 0; i < e.service.places.size(); ++i) {
            const directory::Place& place = e.service.places[i];
            double distance = 0;
            if (from) {
              if (!place.latitude || !place.longitude) continue;
              distance = directory::DistanceMetres(from->latitude, from->longitude, *place.latitude,
                                                   *place.longitude);
              if (within && distance > *within) continue;
            }
            rows.push_back({distance, EncodeOrukServiceAtLocation(e.service, i,
                                                                  OrganisationOf(s, e.service))});
          }
        }
        if (from) {
          std::ranges::stable_sort(rows, {}, &Row::distance);
        }
        std::vector<std::string> items;
        items.reserve(rows.size());
        for (Row& r : rows) items.push_back(std::move(r.json));
        return Page(items, paging);
      }));
  add("/service_at_locations/{id}",
      OverSnapshot(finder, [](const Request& request, const DirectorySnapshot& s) {
        const std::string_view id = request.Param("id");
        for (const DirectoryEntry& e : s.entries) {
          for (std::size_t i = 0; i < e.service.places.size(); ++i) {
            if (OrukServiceAtLocationId(e.service.id, e.service.places[i].id) == id) {
              return Cors(Response::Json(
                  EncodeOrukServiceAtLocation(e.service, i, OrganisationOf(s, e.service))));
            }
          }
        }
        return Missing(request, "service at location");
      }));

  add("/taxonomies", [](const Request& request, RequestContext&) {
    Paging paging;
    if (auto e = ReadPaging(request, paging)) return Bad(request, *e);
    return Page({EncodeOrukNeedsTaxonomy()}, paging);
  });
  add("/taxonomies/{id}", [](const Request& request, RequestContext&) {
    if (request.Param("id") != directory::kNeedsTaxonomyId) return Missing(request, "taxonomy");
    return Cors(Response::Json(EncodeOrukNeedsTaxonomy()));
  });
  add("/taxonomy_terms", [](const Request& request, RequestContext&) {
    Paging paging;
    if (auto e = ReadPaging(request, paging)) return Bad(request, *e);
    auto taxonomy = request.QueryParam("taxonomy_id");
    auto parent = request.QueryParam("parent_id");
    std::vector<std::string> items;
    // Every need is a top term of the one taxonomy: a parent filter finds none.
    if ((!taxonomy || *taxonomy == directory::kNeedsTaxonomyId) && (!parent || parent->empty())) {
      for (directory::Need need : directory::kAllNeeds) items.push_back(EncodeOrukNeedTerm(need));
    }
    return Page(items, paging);
  });
  add("/taxonomy_terms/{id}", [](const Request& request, RequestContext&) {
    auto need = directory::NeedForTermId(request.Param("id"));
    if (!need) return Missing(request, "taxonomy term");
    return Cors(Response::Json(EncodeOrukNeedTerm(*need)));
  });

  add("/organizations",
      OverSnapshot(finder, [](const Request& request, const DirectorySnapshot& s) {
        Paging paging;
        if (auto e = ReadPaging(request, paging)) return Bad(request, *e);
        std::vector<std::string> items;
        items.reserve(s.organisations.size());
        for (const auto& [id, o] : s.organisations) items.push_back(EncodeOrukOrganization(o));
        return Page(items, paging);
      }));
  add("/organizations/{id}",
      OverSnapshot(finder, [](const Request& request, const DirectorySnapshot& s) {
        auto o = s.organisations.find(request.Param("id"));
        if (o == s.organisations.end()) return Missing(request, "organization");
        return Cors(Response::Json(EncodeOrukOrganization(o->second)));
      }));
}

}  // namespace lw::api

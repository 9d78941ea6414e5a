// The JSON twins of the evaluation's pages (web/evaluation_pages.h), over
// the same EvaluationService calls, so the same access, disclosure and
// audit:
//
//   GET /api/v1/open-data?from=&to=&locality=        public: every
//       published measure by locality and month, disclosed
//   GET /api/v1/evaluation?measure=&from=&to=&locality=&team=
//       commissioners, team leads, administrators: one measure
//
// A hidden figure is null; "secondary": true says it was hidden only so
// that another could not be worked out.
#include <boost/json.hpp>

#include <string>
#include <utility>

#include "api/api.h"
#include "api/json_route.h"
#include "domain/access/role.h"
#include "http/router.h"

namespace lw::api {
namespace {

namespace json = boost::json;

std::string Path(std::string_view rest) { return "/api/v1" + std::string(rest); }

json::value Maybe(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::value Days(const std::optional<std::int64_t>& hundredths) {
  return hundredths ? json::value(static_cast<double>(*hundredths) / 100.0) : json::value(nullptr);
}

std::string_view KindKey(FigureKind kind) {
  switch (kind) {
    case FigureKind::kCount:
      return "count";
    case FigureKind::kShare:
      return "share";
    case FigureKind::kDays:
      return "days";
  }
  return "count";
}

json::object Encode(FigureKind kind, const ShownFigure& f) {
  json::object o{{"count", Maybe(f.count)}};
  if (kind == FigureKind::kShare) {
    o["denominator"] = Maybe(f.denominator);
    o["percent"] = Maybe(f.percent);
  }
  if (kind == FigureKind::kDays) {
    o["median_days"] = Days(f.median_hundredths);
    o["p90_days"] = Days(f.p90_hundredths);
  }
  if (f.secondary) o["secondary"] = true;
  return o;
}

json::object Encode(const EvaluationTable& t) {
  const evaluation::MeasureDefinition& m = *t.measure;
  json::object definition{
      {"name", m.name},           {"definition", m.definition},   {"statistic", m.statistic},
      {"numerator", m.numerator}, {"denominator", m.denominator}, {"records", m.records},
      {"period", m.period},       {"breakdowns", m.breakdowns},   {"source", m.source}};
  json::array rows;
  for (const EvaluationRow& row : t.rows) {
    json::array months;
    for (std::size_t i = 0; i < t.months.size(); ++i) {
      json::object cell = Encode(t.kind, row.by_month[i]);
      cell["month"] = t.months[i];
      months.push_back(std::move(cell));
    }
    rows.push_back(
        json::object{{"locality_id", row.locality_id.empty() ? json::value(nullptr)
                                                             : json::value(row.locality_id)},
                     {"locality", row.name},
                     {"months", std::move(months)},
                     {"whole_period", Encode(t.kind, row.whole_period)}});
  }
  return json::object{{"measure", t.key},
                      {"name", t.name},
                      {"figure", KindKey(t.kind)},
                      {"definition", std::move(definition)},
                      {"disclosure", DisclosureRuleKey(t.rule)},
                      {"from", t.first_day.ToIso()},
                      {"to", t.last_day.ToIso()},
                      {"facts_read_at", FormatUtcIso(t.facts_read_at)},
                      {"rows", std::move(rows)}};
}

EvaluationRequest RequestOf(const http::Request& request) {
  EvaluationRequest r{.measure = request.QueryParam("measure").value_or(""),
                      .from = request.QueryParam("from"),
                      .to = request.QueryParam("to"),
                      .localities = request.QueryParams("locality"),
                      .teams = request.QueryParams("team")};
  return r;
}

}  // namespace

void RegisterEvaluationApi(http::Router& router, EvaluationService& evaluation) {
  EvaluationService* e = &evaluation;
  router.Add(
      "GET", Path("/open-data"), RouteAccess::Public(),
      [e](const http::Request& request, http::RequestContext&) {
        json::array measures;
        std::string rule;
        for (const MeasureView& m : EvaluationService::PublicMeasures()) {
          EvaluationRequest r = RequestOf(request);
          r.measure = m.key;
          auto t = e->Open(r);
          if (!t) return ProblemForError(t.error(), request);
          rule = DisclosureRuleKey(t->rule);
          measures.push_back(Encode(*t));
        }
        return JsonOk(json::object{{"disclosure", rule}, {"measures", std::move(measures)}});
      },
      http::RouteKind::kApi);
  router.Add(
      "GET", Path("/evaluation"),
      RouteAccess::Roles(RoleSet{Role::kCommissioner, Role::kTeamLead, Role::kAdministrator}),
      [e](const http::Request& request, http::RequestContext& ctx) {
        auto t = e->Dashboard(*ctx.actor, RequestOf(request));
        if (!t) return ProblemForError(t.error(), request);
        return JsonOk(Encode(*t));
      },
      http::RouteKind::kApi);
}

}  // namespace lw::api

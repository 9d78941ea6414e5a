// The evaluation's pages (evaluation_pages.h). Read the form, call
// EvaluationService, render: every rule, and every figure's disclosure, is
// the service's.
#include "web/evaluation_pages.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/dates.h"
#include "domain/access/role.h"
#include "web/charts.h"
#include "web/components.h"
#include "web/csv.h"
#include "web/error_page.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"
#include "web/page_support.h"

namespace lw::web {

namespace {

using frontdoor::Choice;
using http::Request;
using http::RequestContext;
using Errors = std::vector<FieldError>;
namespace ev = evaluation;

constexpr std::string_view kMonthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// "2026-04" -> "Apr 2026".
std::string MonthLabel(std::string_view key) {
  const int m = (key[5] - '0') * 10 + (key[6] - '0');
  return std::string(kMonthNames[m - 1]) + " " + std::string(key.substr(0, 4));
}

// The value a chart draws for a figure; nullopt when it is suppressed.
std::optional<double> ChartValue(FigureKind kind, const ShownFigure& f) {
  switch (kind) {
    case FigureKind::kCount:
      if (f.count) return static_cast<double>(*f.count);
      return std::nullopt;
    case FigureKind::kShare:
      if (f.percent) return static_cast<double>(*f.percent);
      return std::nullopt;
    case FigureKind::kDays:
      if (f.median_hundredths) return static_cast<double>(*f.median_hundredths) / 100.0;
      return std::nullopt;
  }
  return std::nullopt;
}

std::string_view ChartUnit(FigureKind kind) {
  switch (kind) {
    case FigureKind::kCount:
      return "how many";
    case FigureKind::kShare:
      return "per cent";
    case FigureKind::kDays:
      return "median days";
  }
  return "";
}

// The top of a chart's scale: 100 for shares, else a round number above
// the largest value.
double ScaleTop(FigureKind kind, const std::vector<std::optional<double>>& values) {
  if (kind == FigureKind::kShare) return 100;
  double top = 0;
  for (const auto& v : values) {
    if (v) top = std::max(top, *v);
  }
  if (top <= 0) return 10;
  double step = 1;
  while (step * 10 < top) step *= 10;
  return std::ceil(top / step) * step;
}

void NumericHeader(Html& h, std::string_view label) {
  h << "<th class=\"nhsuk-table__header nhsuk-table__header--numeric\" scope=\"col\">"
    << Text(label) << "</th>\n";
}

void Cell(Html& h, FigureKind kind, const ShownFigure& f) {
  h << "<td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">" << Text(FigureText(kind, f));
  if (f.secondary)
    h << "<span class=\"nhsuk-u-visually-hidden\"> (hidden so that another "
         "figure cannot be worked out)</span>";
  h << "</td>\n";
}

void Definition(Html& h, const ev::MeasureDefinition& m) {
  // The definition's texts are static: the items may view them.
  std::vector<SummaryItem> items = {{.key = "What it is", .value = m.definition},
                                    {.key = "Statistic", .value = m.statistic},
                                    {.key = "Counts", .value = m.numerator}};
  if (!m.denominator.empty()) items.push_back({.key = "Out of", .value = m.denominator});
  items.push_back({.key = "Records", .value = m.records});
  items.push_back({.key = "Period", .value = m.period});
  items.push_back({.key = "Broken down by", .value = m.breakdowns});
  items.push_back({.key = "Source", .value = m.source});
  h << "<details class=\"nhsuk-details\" open>\n<summary class=\"nhsuk-details__summary\">"
       "<span class=\"nhsuk-details__summary-text\">How this measure is defined</span>"
       "</summary>\n<div class=\"nhsuk-details__text\">\n";
  SummaryList(h, items);
  h << "</div>\n</details>\n";
}

void DisclosureNote(Html& h, DisclosureRule rule) {
  Html note;
  switch (rule) {
    case DisclosureRule::kNone:
      note << "<p>These are exact figures, for the team's own planning. Do not publish them.</p>\n";
      break;
    case DisclosureRule::kMhsds:
      note << "<p>So that nobody can be identified, a count under 5 is shown as * and every other "
              "count is rounded to the nearest 5, as NHS Digital does for mental health "
              "statistics. A percentage is shown only when both its parts are 5 or more, and a "
              "median only when it stands on 5 or more. Where a hidden figure could be worked "
              "out from a total, another is hidden too. Totals are rounded on their own, so they "
              "may not add up.</p>\n";
      break;
    case DisclosureRule::kHesStyle:
      note << "<p>So that nobody can be identified, a count from 1 to 7 is shown as * and every "
              "other count is rounded to the nearest 5, as NHS Digital does for hospital "
              "statistics. Percentages are worked out from the rounded counts. Where a hidden "
              "figure could be worked out from a total, another is hidden too.</p>\n";
      break;
  }
  InsetText(h, note);
}

// The trend: every locality asked for together, month by month.
void Trend(Html& h, const EvaluationTable& t) {
  if (t.months.empty()) return;
  const EvaluationRow& all = t.rows.back();
  std::vector<std::optional<double>> values;
  values.reserve(all.by_month.size());
  for (const ShownFigure& f : all.by_month) values.push_back(ChartValue(t.kind, f));
  LineChart chart{.id = "trend",
                  .title = t.name + ", month by month",
                  .desc = "A line of the " + std::string(ChartUnit(t.kind)) + " for " + all.name +
                          " in each month from " + MonthLabel(t.months.front()) + " to " +
                          MonthLabel(t.months.back()) +
                          ". A gap is a month whose figure is hidden. The table below has every "
                          "figure.",
                  .lowest = 0,
                  .highest = ScaleTop(t.kind, values),
                  .reference = std::nullopt,
                  .reference_label = "",
                  .points = {}};
  const std::size_t every = t.months.size() <= 12 ? 1 : (t.months.size() + 11) / 12;
  for (std::size_t i = 0; i < t.months.size(); ++i) {
    chart.points.push_back({.label = i % every == 0 ? MonthLabel(t.months[i]) : std::string(),
                            .value = values[i].value_or(0),
                            .missing = !values[i].has_value()});
  }
  h << "<h2 class=\"nhsuk-heading-m\">Month by month</h2>\n";
  Line(h, chart);
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption\">" << Text(t.name)
    << ", by month</caption>\n<thead class=\"nhsuk-table__head\">\n"
    << "<tr class=\"nhsuk-table__row\">\n<th class=\"nhsuk-table__header\" "
       "scope=\"col\">Month</th>\n";
  for (const EvaluationRow& row : t.rows) NumericHeader(h, row.name);
  h << "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (std::size_t m = 0; m < t.months.size(); ++m) {
    h << "<tr class=\"nhsuk-table__row\">\n<th class=\"nhsuk-table__header\" scope=\"row\">"
      << Text(MonthLabel(t.months[m])) << "</th>\n";
    for (const EvaluationRow& row : t.rows) Cell(h, t.kind, row.by_month[m]);
    h << "</tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

// The comparison: each locality over the whole period.
void Comparison(Html& h, const EvaluationTable& t) {
  std::vector<std::optional<double>> values;
  values.reserve(t.rows.size());
  for (const EvaluationRow& row : t.rows) values.push_back(ChartValue(t.kind, row.whole_period));
  const std::string period = t.months.empty() ? "at the end of " + t.last_day.ToDisplay()
                                              : "from " + MonthLabel(t.months.front()) + " to " +
                                                    MonthLabel(t.months.back());
  BarChart chart{.id = "compare",
                 .title = t.name + ", by locality",
                 .desc = "A bar for each locality, and all of them together, of the " +
                         std::string(ChartUnit(t.kind)) + " " + period +
                         ". A locality with no bar has its figure hidden. The table below has "
                         "every figure.",
                 .highest = ScaleTop(t.kind, values),
                 .bars = {}};
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    chart.bars.push_back({.label = t.rows[i].name,
                          .value = values[i],
                          .value_text = FigureText(t.kind, t.rows[i].whole_period)});
  }
  h << "<h2 class=\"nhsuk-heading-m\">Localities compared</h2>\n";
  Bars(h, chart);
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption\">" << Text(t.name)
    << ", " << Text(period)
    << "</caption>\n<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Locality</th>\n";
  NumericHeader(h, t.measure->statistic);
  h << "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const EvaluationRow& row : t.rows) {
    h << "<tr class=\"nhsuk-table__row\">\n<th class=\"nhsuk-table__header\" scope=\"row\">"
      << Text(row.name) << "</th>\n";
    Cell(h, t.kind, row.whole_period);
    h << "</tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

std::string QueryOf(const EvaluationTable& t, const std::vector<std::string>& localities,
                    const std::vector<std::string>& teams) {
  std::string q = "measure=" + t.key + "&from=" + t.first_day.ToIso().substr(0, 7) +
                  "&to=" + t.last_day.ToIso().substr(0, 7);
  for (const std::string& l : localities) q += "&locality=" + l;
  for (const std::string& id : teams) q += "&team=" + id;
  return q;
}

void Figures(Html& h, const EvaluationTable& t, std::string_view csv_href) {
  h << "<h2 class=\"nhsuk-heading-l\">" << Text(t.name) << "</h2>\n";
  if (!t.team_names.empty()) {
    std::string teams;
    for (const std::string& n : t.team_names) teams += (teams.empty() ? "" : ", ") + n;
    h << "<p>Teams: " << Text(teams) << "</p>\n";
  }
  Definition(h, *t.measure);
  DisclosureNote(h, t.rule);
  h << "<p class=\"nhsuk-body-s\">From the records as they stood at "
    << Text(FormatLondon(t.facts_read_at)) << ".</p>\n";
  Trend(h, t);
  Comparison(h, t);
  h << "<p><a class=\"nhsuk-link\" href=\"" << Attr(csv_href)
    << "\" download>Download these figures (CSV)</a></p>\n";
}

// The form's month and year boxes as "YYYY-MM" for the service; a part
// typed wrong becomes a field error.
struct TypedMonths {
  std::optional<std::string> from;
  std::optional<std::string> to;
  Errors errors;
};

TypedMonths ReadMonths(const Request& request) {
  TypedMonths out;
  auto read = [&](const std::string& prefix, std::string_view label,
                  std::optional<std::string>& into) {
    if (auto whole = request.QueryParam(prefix); whole && !whole->empty()) {
      into = *whole;  // "2026-03", as links and the CSV's query give it
      return;
    }
    const std::string month = request.QueryParam(prefix + "_month").value_or("");
    const std::string year = request.QueryParam(prefix + "_year").value_or("");
    if (month.empty() && year.empty()) return;
    auto m = ParseWhole(month, 1);
    auto y = ParseWhole(year, 2000);
    if (!m || *m > 12 || !y || *y > 2100 || year.size() != 4) {
      out.errors.push_back(
          {prefix, std::string(label) + " must be a month from 1 to 12 and a year, like 4 2026"});
      return;
    }
    into = year + "-" + (*m < 10 ? "0" : "") + std::to_string(*m);
  };
  read("from", "The first month", out.from);
  read("to", "The last month", out.to);
  return out;
}

void MonthInput(Html& h, std::string_view id, std::string_view legend, std::string_view hint,
                std::string_view month, std::string_view year, std::string_view error) {
  const std::string sid(id);
  h << "<div class=\"nhsuk-form-group"
    << (error.empty() ? Markup("") : Markup(" nhsuk-form-group--error"))
    << "\">\n<fieldset class=\"nhsuk-fieldset\" role=\"group\" aria-describedby=\"" << Attr(sid)
    << "-hint\">\n<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">"
    << Text(legend) << "</legend>\n<div class=\"nhsuk-hint\" id=\"" << Attr(sid) << "-hint\">"
    << Text(hint) << "</div>\n";
  if (!error.empty()) ErrorMessage(h, sid, error);
  h << "<div class=\"nhsuk-date-input\" id=\"" << Attr(sid) << "\">\n";
  auto box = [&](std::string_view part, std::string_view label, std::string_view value,
                 Markup width) {
    h << "<div class=\"nhsuk-date-input__item\">\n<div class=\"nhsuk-form-group\">\n"
         "<label class=\"nhsuk-label nhsuk-date-input__label\" for=\""
      << Attr(sid) << "-" << Attr(part) << "\">" << Text(label) << "</label>\n"
      << "<input class=\"nhsuk-input nhsuk-date-input__input " << width
      << (error.empty() ? Markup("") : Markup(" nhsuk-input--error")) << "\" id=\"" << Attr(sid)
      << "-" << Attr(part) << "\" name=\"" << Attr(sid) << "_" << Attr(part)
      << "\" type=\"text\" inputmode=\"numeric\" value=\"" << Attr(value)
      << "\">\n</div>\n</div>\n";
  };
  box("month", "Month", month, "nhsuk-input--width-2");
  box("year", "Year", year, "nhsuk-input--width-4");
  h << "</div>\n</fieldset>\n</div>\n";
}

struct FormChoices {
  std::vector<MeasureView> measures;
  EvaluationPlaces places;
  bool teams = true;
};

void FilterForm(Html& h, const Request& request, std::string_view action, const FormChoices& c,
                const Errors& errors) {
  h << "<form method=\"get\" action=\"" << Attr(action) << "\" novalidate>\n";
  std::vector<Choice> measures;
  measures.reserve(c.measures.size());
  for (const MeasureView& m : c.measures) {
    measures.push_back({m.key, m.name, ""});
  }
  const std::string measure = request.QueryParam("measure").value_or("");
  frontdoor::Select(h, {.id = "measure",
                        .name = "measure",
                        .label = "Measure",
                        .options = measures,
                        .selected = measure,
                        .error = ErrorFor(errors, "measure")});
  std::vector<Choice> localities;
  localities.reserve(c.places.localities.size());
  for (const PlaceChoice& l : c.places.localities) localities.push_back({l.id, l.name, ""});
  const std::vector<std::string> chosen = request.QueryParams("locality");
  std::vector<std::string_view> checked(chosen.begin(), chosen.end());
  frontdoor::Checkboxes(h, {.id = "locality",
                            .name = "locality",
                            .legend = "Localities",
                            .hint = "Choose two or more to compare them. None: every locality",
                            .error = ErrorFor(errors, "localities"),
                            .choices = localities,
                            .checked = checked,
                            .small = true});
  if (c.teams) {
    std::vector<Choice> teams = {{"", "Every team", ""}};
    for (const PlaceChoice& t : c.places.teams) {
      std::string locality;
      for (const PlaceChoice& l : c.places.localities) {
        if (l.id == t.locality_id) locality = l.name;
      }
      teams.push_back({t.id, t.name + " (" + locality + ")", ""});
    }
    frontdoor::Select(h, {.id = "team",
                          .name = "team",
                          .label = "Team",
                          .options = teams,
                          .selected = request.QueryParam("team").value_or(""),
                          .error = ErrorFor(errors, "teams")});
  }
  auto q = [&](const char* name) { return request.QueryParam(name).value_or(""); };
  const std::string fm = q("from_month"), fy = q("from_year"), tm = q("to_month"),
                    ty = q("to_year");
  MonthInput(h, "from", "First month", "For example, 4 2025. Empty: 12 months before the last", fm,
             fy, ErrorFor(errors, "from"));
  MonthInput(h, "to", "Last month", "For example, 3 2026. Empty: last month", tm, ty,
             ErrorFor(errors, "to"));
  SubmitButton(h, "Show the figures");
  h << "</form>\n";
}

EvaluationRequest RequestOf(const Request& request, const TypedMonths& months, bool teams) {
  EvaluationRequest r{.measure = request.QueryParam("measure").value_or(""),
                      .from = months.from,
                      .to = months.to,
                      .localities = request.QueryParams("locality"),
                      .teams = {}};
  if (teams) {
    if (auto t = request.QueryParam("team"); t && !t->empty()) r.teams.push_back(*t);
  }
  return r;
}

// The figures are still being worked out (the first read of the records
// since the server started): say so, and when to try again.
http::Response NotReady(const WebDeps& deps, RequestContext& ctx, std::string title) {
  Page page;
  page.title = std::move(title);
  page.status = 503;
  page.section = ctx.actor ? NavSection::kEvaluation : NavSection::kNone;
  page.content << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n"
               << "<p>The figures are being worked out from the records. This takes up to a "
                  "minute after the service starts. Try again shortly.</p>\n";
  http::Response response = Respond(deps, ctx, page);
  response.SetHeader("Retry-After", "30");
  return response;
}

// Any error from the service as a page: not ready, or the error page.
http::Response Refused(const WebDeps& deps, RequestContext& ctx, const Error& e,
                       std::string title) {
  if (e.code == ErrorCode::kUnavailable) return NotReady(deps, ctx, std::move(title));
  return RespondWithError(deps, ctx, e);
}

http::Response ShowDashboard(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  auto places = deps.evaluation->Places(actor);
  if (!places) return Refused(deps, ctx, places.error(), "Evaluation");
  FormChoices choices{.measures = {}, .places = std::move(*places), .teams = true};
  choices.measures = EvaluationService::Measures();
  Page page;
  page.title = "Evaluation";
  page.section = NavSection::kEvaluation;
  Html& h = page.content;
  TypedMonths months = ReadMonths(request);
  Errors errors = months.errors;
  std::optional<EvaluationTable> table;
  const bool asked = request.QueryParam("measure").has_value();
  if (asked && errors.empty()) {
    auto t = deps.evaluation->Dashboard(actor, RequestOf(request, months, true));
    if (t) {
      table = std::move(*t);
    } else if (t.error().code == ErrorCode::kInvalidArgument) {
      errors = t.error().field_errors;
    } else {
      return RespondWithError(deps, ctx, t.error());
    }
  }
  page.status = errors.empty() ? 200 : 422;
  page.has_errors = !errors.empty();
  frontdoor::ErrorSummaryWith(h, "", errors);
  h << "<h1 class=\"nhsuk-heading-l\">Evaluation</h1>\n"
       "<p>The Greater Manchester Living Well measures, the same in every locality: choose one, "
       "the months and where. Each figure comes with how it is defined.</p>\n";
  FilterForm(h, request, "/evaluation", choices, errors);
  if (table) {
    Figures(h, *table,
            "/evaluation.csv?" + QueryOf(*table, request.QueryParams("locality"),
                                         RequestOf(request, months, true).teams));
  }
  return Respond(deps, ctx, page);
}

http::Response CsvResponse(std::string body, const std::string& name) {
  http::Response response{.status = 200};
  response.content_type = "text/csv; charset=utf-8";
  response.body = std::move(body);
  response.SetHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
  return response;
}

http::Response DashboardCsv(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  TypedMonths months = ReadMonths(request);
  if (!months.errors.empty()) {
    return RespondWithError(deps, ctx, Error::Invalid("months", months.errors));
  }
  auto t = deps.evaluation->Dashboard(SignedInActor(ctx), RequestOf(request, months, true));
  if (!t) return RespondWithError(deps, ctx, t.error());
  std::string out;
  EvaluationCsv(out, *t, true);
  return CsvResponse(std::move(out), t->key + "-" + t->first_day.ToIso().substr(0, 7) + "-to-" +
                                         t->last_day.ToIso().substr(0, 7));
}

http::Response ShowOpenData(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto places = deps.evaluation->OpenPlaces();
  if (!places) return Refused(deps, ctx, places.error(), "Living Well in figures");
  FormChoices choices{.measures = EvaluationService::PublicMeasures(),
                      .places = std::move(*places),
                      .teams = false};
  Page page;
  page.title = "Living Well in figures";
  Html& h = page.content;
  TypedMonths months = ReadMonths(request);
  Errors errors = months.errors;
  EvaluationRequest asked = RequestOf(request, months, false);
  if (asked.measure.empty()) asked.measure = choices.measures.front().key;
  std::optional<EvaluationTable> table;
  if (errors.empty()) {
    auto t = deps.evaluation->Open(asked);
    if (t) {
      table = std::move(*t);
    } else if (t.error().code == ErrorCode::kInvalidArgument) {
      errors = t.error().field_errors;
    } else {
      return RespondWithError(deps, ctx, t.error());
    }
  }
  page.status = errors.empty() ? 200 : 422;
  page.has_errors = !errors.empty();
  frontdoor::ErrorSummaryWith(h, "", errors);
  h << "<h1 class=\"nhsuk-heading-l\">Living Well in figures</h1>\n"
       "<p>How Living Well is doing, locality by locality and month by month, published "
       "openly so that anyone can see it. The figures are counted from the service's records; "
       "nobody can be identified from them: small numbers are hidden and the rest rounded.</p>\n";
  FilterForm(h, request, "/open-data", choices, errors);
  if (table) {
    Figures(h, *table,
            "/open-data.csv?from=" + table->first_day.ToIso().substr(0, 7) +
                "&to=" + table->last_day.ToIso().substr(0, 7));
    h << "<p>The same figures for every published measure: <a class=\"nhsuk-link\" "
         "href=\"/api/v1/open-data?from="
      << Attr(table->first_day.ToIso().substr(0, 7))
      << "&amp;to=" << Attr(table->last_day.ToIso().substr(0, 7)) << "\">as JSON</a>.</p>\n";
  }
  return Respond(deps, ctx, page);
}

http::Response OpenDataCsv(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  TypedMonths months = ReadMonths(request);
  if (!months.errors.empty()) {
    return RespondWithError(deps, ctx, Error::Invalid("months", months.errors));
  }
  std::string out;
  bool header = true;
  std::string name = "living-well-open-data";
  for (const MeasureView& m : EvaluationService::PublicMeasures()) {
    EvaluationRequest r = RequestOf(request, months, false);
    r.measure = m.key;
    auto t = deps.evaluation->Open(r);
    if (!t) return RespondWithError(deps, ctx, t.error());
    EvaluationCsv(out, *t, header);
    header = false;
    name = "living-well-open-data-" + t->first_day.ToIso().substr(0, 7) + "-to-" +
           t->last_day.ToIso().substr(0, 7);
  }
  return CsvResponse(std::move(out), name);
}

// A figure's parts for CSV: "*" when hidden, "" when the measure has no
// such part.
std::string Part(bool applies, const std::optional<std::int64_t>& v, bool days = false) {
  if (!applies) return "";
  if (!v) return "*";
  return days ? DaysText(*v) : std::to_string(*v);
}

void CsvRows(std::string& out, const EvaluationTable& t, const EvaluationRow& row,
             std::string_view month, const ShownFigure& f) {
  const bool share = t.kind == FigureKind::kShare;
  const bool days = t.kind == FigureKind::kDays;
  std::string hidden;
  if (f.secondary) {
    hidden = "secondary";
  } else if (!f.count || (share && (!f.denominator || !f.percent))) {
    hidden = "primary";
  }
  csv::Row(out, {t.key, row.locality_id.empty() ? "all" : row.locality_id, csv::TextCell(row.name),
                 std::string(month), Part(true, f.count), Part(share, f.denominator),
                 Part(share, f.percent),
                 Part(days && f.count && *f.count > 0, f.median_hundredths, true),
                 Part(days && f.count && *f.count > 0, f.p90_hundredths, true),
                 std::string(DisclosureRuleKey(t.rule)), hidden});
}

}  // namespace

std::string DaysText(std::int64_t hundredths) {
  std::string out = std::to_string(hundredths / 100);
  const std::int64_t rest = hundredths % 100;
  if (rest == 0) return out;
  out += rest % 10 == 0 ? "." + std::to_string(rest / 10)
                        : (rest < 10 ? ".0" : ".") + std::to_string(rest);
  return out;
}

std::string FigureText(FigureKind kind, const ShownFigure& f) {
  switch (kind) {
    case FigureKind::kCount:
      return DisclosedText(f.count);
    case FigureKind::kShare:
      if (!f.percent) {
        return f.denominator ? "* of " + std::to_string(*f.denominator) : std::string("*");
      }
      return std::to_string(*f.percent) + "% (" + DisclosedText(f.count) + " of " +
             DisclosedText(f.denominator) + ")";
    case FigureKind::kDays:
      if (!f.median_hundredths) {
        return f.count && *f.count == 0 ? std::string("none") : std::string("*");
      }
      return DaysText(*f.median_hundredths) + " days (90th percentile " +
             DaysText(f.p90_hundredths.value_or(0)) + ", of " + DisclosedText(f.count) + ")";
  }
  return "*";
}

void EvaluationCsv(std::string& out, const EvaluationTable& t, bool header) {
  if (header) {
    csv::Row(out, {"measure", "locality_id", "locality", "month", "count", "denominator", "percent",
                   "median_days", "p90_days", "disclosure", "hidden"});
  }
  for (const EvaluationRow& row : t.rows) {
    for (std::size_t m = 0; m < t.months.size(); ++m) {
      CsvRows(out, t, row, t.months[m], row.by_month[m]);
    }
    CsvRows(out, t, row, "all", row.whole_period);
  }
}

void RegisterEvaluationPages(http::Router& router, const SharedDeps& deps) {
  const RouteAccess dashboards =
      RouteAccess::Roles(RoleSet{Role::kCommissioner, Role::kTeamLead, Role::kAdministrator});
  router.Add("GET", "/evaluation", dashboards, [deps](const Request& r, RequestContext& ctx) {
    return ShowDashboard(*deps, r, ctx);
  });
  router.Add("GET", "/evaluation.csv", dashboards,
             [deps](const Request& r, RequestContext& ctx) { return DashboardCsv(*deps, r, ctx); });
  router.Add("GET", "/open-data", RouteAccess::Public(),
             [deps](const Request& r, RequestContext& ctx) { return ShowOpenData(*deps, r, ctx); });
  router.Add("GET", "/open-data.csv", RouteAccess::Public(),
             [deps](const Request& r, RequestContext& ctx) { return OpenDataCsv(*deps, r, ctx); });
}

}  // namespace lw::web

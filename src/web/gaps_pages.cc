// Gaps in provision (issue 7, point 7; services/provision_gaps.h):
//  - GET /people/{id}/unmet-needs: a person's needs that no service could
//    meet, each with why, where it was noted and by whom, a form to mark
//    one recorded in error, and the form to note another (`?need=` chooses
//    the need, as the directory search's link does);
//    POST /people/{id}/unmet-needs and
//    POST /people/{id}/unmet-needs/{need_id}/in-error.
//  - GET /gaps (commissioners, team leads, administrators): people with a
//    need no service could meet, counted by neighbourhood and need, and by
//    why, for a period; commissioners see the counts under the disclosure
//    rule and are told so. GET /gaps.csv: the same counts as CSV.
// Read the form, call ProvisionGaps, render: every rule is the service's.
// A refused form comes back with the NHS error summary (422) and what was
// typed; a stale "recorded in error" with a message (409).
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "domain/access/role.h"
#include "domain/frontdoor/date_input.h"
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

constexpr std::string_view kConflict =
    "Someone else changed this after you opened the page, so your change has not been saved. "
    "The page now shows the latest version: check it, then make your change again.";

// A refused form: which one, what was typed, and why.
struct Refusal {
  std::string form;  // "note", or "error-<id>" for one need's "recorded in error"
  http::Form typed;
  Errors errors;
  std::string problem;
  int status = 200;
};

std::string FullName(const Person& p) {
  std::string name = p.given_name + " " + p.family_name;
  if (!p.preferred_name.empty() && p.preferred_name != p.given_name) {
    name += " (" + p.preferred_name + ")";
  }
  return name;
}

std::string_view Typed(const Refusal& r, std::string_view form, std::string_view name) {
  return r.form == form ? r.typed.Value(name) : std::string_view();
}

std::string_view ErrorOf(const Refusal& r, std::string_view form, std::string_view field) {
  return r.form == form ? ErrorFor(r.errors, field) : std::string_view();
}

// --- A person's unmet needs.

void NeedsTable(Html& h, const PersonUnmetNeeds& v, std::string_view csrf, const Refusal& r) {
  if (v.needs.empty()) {
    h << "<p>No unmet needs have been noted for them.</p>\n";
    return;
  }
  for (const UnmetNeedView& view : v.needs) {
    const UnmetNeed& n = view.need;
    h << "<div class=\"nhsuk-card\">\n<div class=\"nhsuk-card__content\">\n"
         "<h3 class=\"nhsuk-card__heading nhsuk-heading-s\">"
      << Text(directory::NeedDisplayName(n.need));
    if (n.in_error) {
      h << " ";
      frontdoor::Tag(h, Markup("nhsuk-tag--grey"), "Recorded in error");
    }
    h << "</h3>\n";
    std::string why(GapReasonDisplayName(n.reason));
    if (n.offered_wait_days) {
      why += ": the shortest wait was " + std::to_string(*n.offered_wait_days) + " days";
    }
    std::string noted = n.noted_on.ToDisplay() + ", by " + view.noted_by_name;
    if (!view.team_name.empty()) noted += " (" + view.team_name + ")";
    const std::string where(NeedNotedInDisplayName(n.noted_in));
    std::vector<SummaryItem> items = {{.key = "Why nothing met it", .value = why},
                                      {.key = "Noted in", .value = where},
                                      {.key = "Noted", .value = noted}};
    if (!n.words.empty()) items.push_back({.key = "In their words", .value = n.words});
    if (n.in_error) items.push_back({.key = "Why it was in error", .value = n.in_error_note});
    SummaryList(h, items);
    if (!n.in_error) {
      const std::string form = "error-" + n.id;
      const bool open = r.form == form;
      h << "<details class=\"nhsuk-details\"" << (open ? Markup(" open") : Markup("")) << ">\n"
        << "<summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">"
           "Recorded in error?</span></summary>\n<div class=\"nhsuk-details__text\">\n"
           "<form method=\"post\" action=\"/people/"
        << Attr(v.person.id) << "/unmet-needs/" << Attr(n.id) << "/in-error\" novalidate>\n";
      CsrfField(h, csrf);
      frontdoor::Hidden(h, "version", std::to_string(n.version));
      const std::string id = "note-" + n.id;
      frontdoor::Textarea(h, {.id = id,
                              .name = "note",
                              .label = "Why it was recorded in error",
                              .value = Typed(r, form, "note"),
                              .hint = "It is kept, and no longer counted",
                              .error = ErrorOf(r, form, "note"),
                              .rows = 2,
                              .bold_label = true});
      h << "<button class=\"nhsuk-button nhsuk-button--secondary\" data-module=\"nhsuk-button\" "
           "type=\"submit\">Mark as recorded in error</button>\n</form>\n</div>\n</details>\n";
    }
    h << "</div>\n</div>\n";
  }
}

void NoteForm(Html& h, const PersonUnmetNeeds& v, std::string_view csrf, std::string_view need,
              const Refusal& r) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"note\">Note a need no service could meet</h2>\n"
       "<form method=\"post\" action=\"/people/"
    << Attr(v.person.id) << "/unmet-needs\" novalidate>\n";
  CsrfField(h, csrf);
  std::vector<Choice> needs = {{"", "Choose a need", ""}};
  for (directory::Need n : directory::kAllNeeds) {
    needs.push_back(
        {std::string(directory::NeedKey(n)), std::string(directory::NeedDisplayName(n)), ""});
  }
  const bool failed = r.form == "note";
  frontdoor::Select(h, {.id = "need",
                        .name = "need",
                        .label = "What did they need?",
                        .options = needs,
                        .selected = failed ? r.typed.Value("need") : need,
                        .error = ErrorOf(r, "note", "need")});
  std::vector<Choice> reasons;
  reasons.reserve(kAllGapReasons.size());
  for (GapReason g : kAllGapReasons) {
    reasons.push_back({std::string(GapReasonKey(g)), std::string(GapReasonDisplayName(g)), ""});
  }
  const std::string_view reason_checked[] = {Typed(r, "note", "reason")};
  frontdoor::Radios(h, {.id = "reason",
                        .name = "reason",
                        .legend = "Why could nothing meet it?",
                        .error = ErrorOf(r, "note", "reason"),
                        .choices = reasons,
                        .checked = reason_checked,
                        .small = true});
  frontdoor::Input(h, {.id = "offered_wait_days",
                       .name = "offered_wait_days",
                       .label = "The shortest wait on offer, in days (optional)",
                       .value = Typed(r, "note", "offered_wait_days"),
                       .hint = "Only for a long wait",
                       .error = ErrorOf(r, "note", "offered_wait_days"),
                       .width = 3,
                       .inputmode = "numeric",
                       .bold_label = true});
  std::vector<Choice> places;
  places.reserve(kAllNeedNotedIn.size());
  for (NeedNotedIn n : kAllNeedNotedIn) {
    places.push_back({std::string(NeedNotedInKey(n)), std::string(NeedNotedInDisplayName(n)), ""});
  }
  const std::string_view where_checked[] = {failed ? r.typed.Value("noted_in")
                                                   : std::string_view("initial-conversation")};
  frontdoor::Radios(h, {.id = "noted_in",
                        .name = "noted_in",
                        .legend = "Where was the need noted?",
                        .error = ErrorOf(r, "note", "noted_in"),
                        .choices = places,
                        .checked = where_checked,
                        .small = true});
  frontdoor::DateInput(h, {.id = "noted_on",
                           .name_prefix = "noted_on",
                           .legend = "When was it noted? (optional)",
                           .day = Typed(r, "note", "noted_on_day"),
                           .month = Typed(r, "note", "noted_on_month"),
                           .year = Typed(r, "note", "noted_on_year"),
                           .hint = "Leave empty for today. For example, 15 3 2026",
                           .error = ErrorOf(r, "note", "noted_on")});
  frontdoor::Textarea(h, {.id = "words",
                          .name = "words",
                          .label = "What they needed, in their words (optional)",
                          .value = Typed(r, "note", "words"),
                          .hint = "Commissioners never see this: they see counts only",
                          .error = ErrorOf(r, "note", "words"),
                          .rows = 3,
                          .bold_label = true});
  SubmitButton(h, "Note the unmet need");
  h << "</form>\n";
}

Page PersonNeedsPage(const PersonUnmetNeeds& v, std::string_view csrf, std::string_view done,
                     std::string_view need, const Refusal& r) {
  Page page;
  page.title = "Unmet needs: " + FullName(v.person);
  page.status = r.status;
  page.has_errors = !r.errors.empty() || !r.problem.empty();
  page.section = NavSection::kPeople;
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  BackLink(h, "/people/" + v.person.id + "/record");
  if (page.has_errors) {
    frontdoor::ErrorSummaryWith(h, r.problem, r.errors);
  } else if (done == "noted") {
    SuccessBanner(h, "The unmet need is noted");
  } else if (done == "in-error") {
    SuccessBanner(h, "It is marked as recorded in error, and no longer counted");
  }
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n"
    << "<p>When nothing in the network or the community could meet something they need, or "
       "only services with long waits, note it here. Commissioners see these counted by "
       "neighbourhood and need, never who.</p>\n<p><a class=\"nhsuk-link\" href=\"/directory?for="
    << Attr(v.person.id) << "\">Search the directory first</a></p>\n";
  NeedsTable(h, v, csrf, r);
  NoteForm(h, v, csrf, need, r);
  h << "</div>\n</div>\n";
  return page;
}

http::Response ShowPerson(const WebDeps& deps, RequestContext& ctx, std::string_view id,
                          std::string_view done, std::string_view need, const Refusal& refusal) {
  auto view = deps.gaps->ForPerson(SignedInActor(ctx), id);
  if (!view) return RespondWithError(deps, ctx, view.error());
  return Respond(deps, ctx, PersonNeedsPage(*view, ctx.csrf_token, done, need, refusal));
}

// A refused change as the page shows it, or nullopt for the error page.
std::optional<Refusal> AsRefusal(const Error& e, std::string form, const http::Form& typed) {
  switch (e.code) {
    case ErrorCode::kInvalidArgument: {
      Refusal r{.form = std::move(form), .typed = typed, .errors = e.field_errors, .status = 422};
      if (r.errors.empty()) r.problem = e.message;
      return r;
    }
    case ErrorCode::kConflict:
      return Refusal{.problem = std::string(kConflict), .status = 409};
    case ErrorCode::kFailedPrecondition:
      return Refusal{.problem = e.message, .status = 409};
    default:
      return std::nullopt;
  }
}

http::Response Note(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const std::string_view id = request.Param("id");
  const http::Form& f = FormOf(request);
  Errors errors;
  NoteUnmetNeedRequest req{.person_id = std::string(id), .words = std::string(f.Value("words"))};
  if (auto n = directory::ParseNeed(f.Value("need"))) {
    req.need = *n;
  } else {
    errors.push_back({"need", "Choose what they needed"});
  }
  if (auto g = ParseGapReason(f.Value("reason"))) {
    req.reason = *g;
  } else {
    errors.push_back({"reason", "Choose why nothing could meet it"});
  }
  if (auto w = f.Value("offered_wait_days"); !w.empty()) {
    if (auto days = ParseWhole(w, 0); days && *days <= kMaxOfferedWaitDays) {
      req.offered_wait_days = static_cast<int>(*days);
    } else {
      errors.push_back({"offered_wait_days", "The wait must be a whole number of days, from 0 to " +
                                                 std::to_string(kMaxOfferedWaitDays)});
    }
  }
  if (auto where = ParseNeedNotedIn(f.Value("noted_in"))) {
    req.noted_in = *where;
  } else {
    errors.push_back({"noted_in", "Choose where the need was noted"});
  }
  DateInputResult on = ParseDateInput(f.Value("noted_on_day"), f.Value("noted_on_month"),
                                      f.Value("noted_on_year"), "The date it was noted");
  if (auto* message = std::get_if<std::string>(&on)) {
    errors.push_back({"noted_on", *message});
  } else {
    req.noted_on = std::get<std::optional<Date>>(on);
  }
  if (!errors.empty()) {
    return ShowPerson(deps, ctx, id, "", "",
                      {.form = "note", .typed = f, .errors = std::move(errors), .status = 422});
  }
  auto noted = deps.gaps->Note(SignedInActor(ctx), std::move(req));
  if (noted) {
    return http::Response::Redirect("/people/" + std::string(id) + "/unmet-needs?done=noted");
  }
  auto refusal = AsRefusal(noted.error(), "note", f);
  if (!refusal) return RespondWithError(deps, ctx, noted.error());
  return ShowPerson(deps, ctx, id, "", "", *refusal);
}

http::Response InError(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const std::string_view id = request.Param("id");
  const std::string_view need_id = request.Param("need_id");
  const http::Form& f = FormOf(request);
  auto version = ParseVersion(f.Value("version"));
  if (!version) return Respond(deps, ctx, ErrorPage(400));
  auto marked =
      deps.gaps->MarkInError(SignedInActor(ctx), need_id, *version, std::string(f.Value("note")));
  if (marked) {
    return http::Response::Redirect("/people/" + marked->person_id + "/unmet-needs?done=in-error");
  }
  auto refusal = AsRefusal(marked.error(), "error-" + std::string(need_id), f);
  if (!refusal) return RespondWithError(deps, ctx, marked.error());
  return ShowPerson(deps, ctx, id, "", "", *refusal);
}

// --- The report.

// The period typed into the report's form, as ISO dates for the service;
// a date that is not one becomes a field error.
struct TypedPeriod {
  std::optional<std::string> from;
  std::optional<std::string> to;
  Errors errors;
};

TypedPeriod ReadPeriod(const Request& request) {
  TypedPeriod out;
  auto read = [&](std::string_view prefix, std::string_view label,
                  std::optional<std::string>& into) {
    const std::string p(prefix);
    auto part = [&](const char* suffix) {
      return request.QueryParam(p + suffix).value_or(std::string());
    };
    DateInputResult d = ParseDateInput(part("_day"), part("_month"), part("_year"), label);
    if (auto* message = std::get_if<std::string>(&d)) {
      out.errors.push_back({p, *message});
    } else if (auto day = std::get<std::optional<Date>>(d)) {
      into = day->ToIso();
    }
  };
  read("from", "The start of the period", out.from);
  read("to", "The end of the period", out.to);
  return out;
}

std::string Shown(const ShownCount& c) { return DisclosedText(c); }

void NumericHeader(Html& h, std::string_view label) {
  h << "<th class=\"nhsuk-table__header nhsuk-table__header--numeric\" scope=\"col\">"
    << Text(label) << "</th>\n";
}

void ReportTables(Html& h, const GapReport& r) {
  const std::string to = r.to.PlusDays(-1).ToDisplay();
  h << "<p class=\"nhsuk-body-l\">" << Text(Shown(r.people))
    << " people had a need no service could meet, noted from " << Text(r.from.ToDisplay()) << " to "
    << Text(to) << ".</p>\n";
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption\">People with a "
       "need no service could meet, by neighbourhood</caption>\n"
       "<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Need</th>\n";
  for (const GapReportColumn& c : r.neighbourhoods) NumericHeader(h, c.name);
  NumericHeader(h, "All neighbourhoods");
  h << "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const GapReportRow& row : r.rows) {
    h << "<tr class=\"nhsuk-table__row\">\n<th class=\"nhsuk-table__header\" scope=\"row\">"
      << Text(directory::NeedDisplayName(row.need)) << "</th>\n";
    for (const ShownCount& c : row.by_neighbourhood) {
      h << "<td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">" << Text(Shown(c))
        << "</td>\n";
    }
    h << "<td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">" << Text(Shown(row.total))
      << "</td>\n</tr>\n";
  }
  h << "</tbody>\n</table>\n";
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption\">Why nothing met "
       "the need</caption>\n<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Need</th>\n";
  for (GapReason g : kAllGapReasons) NumericHeader(h, GapReasonDisplayName(g));
  h << "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const GapReportRow& row : r.rows) {
    h << "<tr class=\"nhsuk-table__row\">\n<th class=\"nhsuk-table__header\" scope=\"row\">"
      << Text(directory::NeedDisplayName(row.need)) << "</th>\n";
    for (const ShownCount& c : row.by_reason) {
      h << "<td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">" << Text(Shown(c))
        << "</td>\n";
    }
    h << "</tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

std::string CsvQuery(const GapReport& r) {
  return "from=" + r.from.ToIso() + "&to=" + r.to.PlusDays(-1).ToIso();
}

Page ReportPage(const Request& request, const Actor& actor, const GapReport* report,
                const Errors& errors) {
  Page page;
  page.title = "Gaps in provision";
  page.status = errors.empty() ? 200 : 422;
  page.has_errors = !errors.empty();
  page.section = NavSection::kGaps;
  Html& h = page.content;
  frontdoor::ErrorSummaryWith(h, "", errors);
  h << "<h1 class=\"nhsuk-heading-l\">Gaps in provision</h1>\n"
       "<p>Needs that teams noted, in initial conversations, plans and reviews, that nothing in "
       "the Living Well Network or the community could meet, or only services with long "
       "waits. Each person counts once for each need in each neighbourhood, however often it "
       "was noted. The neighbourhood is that of the team that noted it.</p>\n";
  Html rule;
  if (actor.role == Role::kCommissioner) {
    rule << "<p>So that nobody can be identified, a count under 5 is shown as * and every "
            "other count is rounded to the nearest 5, as NHS Digital does for mental health "
            "statistics. Totals are rounded on their own, so they may not add up.</p>\n";
  } else {
    rule << "<p>These are exact counts, for the team's own planning. Do not publish them: "
            "commissioners see them with small numbers suppressed.</p>\n";
  }
  InsetText(h, rule);
  h << "<form method=\"get\" action=\"/gaps\" novalidate>\n";
  auto query = [&](const std::string& name) {
    return request.QueryParam(name).value_or(std::string());
  };
  const std::string fd = query("from_day"), fm = query("from_month"), fy = query("from_year");
  const std::string td = query("to_day"), tm = query("to_month"), ty = query("to_year");
  frontdoor::DateInput(h, {.id = "from",
                           .name_prefix = "from",
                           .legend = "From",
                           .day = fd,
                           .month = fm,
                           .year = fy,
                           .hint = "Leave empty for a year before the end",
                           .error = ErrorFor(errors, "from")});
  frontdoor::DateInput(h, {.id = "to",
                           .name_prefix = "to",
                           .legend = "To",
                           .day = td,
                           .month = tm,
                           .year = ty,
                           .hint = "Included. Leave empty for today",
                           .error = ErrorFor(errors, "to")});
  SubmitButton(h, "Show the counts");
  h << "</form>\n";
  if (report != nullptr) {
    ReportTables(h, *report);
    h << "<p><a class=\"nhsuk-link\" href=\"/gaps.csv?" << Attr(CsvQuery(*report))
      << "\" download>Download these counts (CSV)</a></p>\n";
  }
  return page;
}

http::Response ShowReport(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  TypedPeriod typed = ReadPeriod(request);
  if (!typed.errors.empty()) {
    return Respond(deps, ctx, ReportPage(request, actor, nullptr, typed.errors));
  }
  auto report = deps.gaps->Report(actor, typed.from, typed.to);
  if (!report) {
    if (report.error().code != ErrorCode::kInvalidArgument) {
      return RespondWithError(deps, ctx, report.error());
    }
    return Respond(deps, ctx, ReportPage(request, actor, nullptr, report.error().field_errors));
  }
  return Respond(deps, ctx, ReportPage(request, actor, &*report, {}));
}

http::Response ReportCsv(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto report =
      deps.gaps->Report(SignedInActor(ctx), request.QueryParam("from"), request.QueryParam("to"));
  if (!report) return RespondWithError(deps, ctx, report.error());
  std::string out;
  csv::Row(out, {"from", "to", "disclosure", "need", "neighbourhood", "people"});
  const std::string from = report->from.ToIso();
  const std::string to = report->to.PlusDays(-1).ToIso();
  const std::string rule(DisclosureRuleKey(report->rule));
  for (const GapReportRow& row : report->rows) {
    for (std::size_t i = 0; i < report->neighbourhoods.size(); ++i) {
      csv::Row(out,
               {from, to, rule, std::string(directory::NeedKey(row.need)),
                csv::TextCell(report->neighbourhoods[i].name), Shown(row.by_neighbourhood[i])});
    }
    csv::Row(out, {from, to, rule, std::string(directory::NeedKey(row.need)), "All neighbourhoods",
                   Shown(row.total)});
  }
  http::Response response{.status = 200};
  response.content_type = "text/csv; charset=utf-8";
  response.body = std::move(out);
  response.SetHeader("Content-Disposition",
                     "attachment; filename=\"gaps-" + from + "-to-" + to + ".csv\"");
  return response;
}

}  // namespace

void RegisterGapsPages(http::Router& router, const SharedDeps& deps) {
  const RouteAccess care = RouteAccess::Roles(kCareRoles);
  const RouteAccess report =
      RouteAccess::Roles(RoleSet{Role::kCommissioner, Role::kTeamLead, Role::kAdministrator});
  router.Add("GET", "/people/{id}/unmet-needs", care,
             [deps](const Request& r, RequestContext& ctx) {
               const std::string done(r.QueryParam("done").value_or(""));
               const std::string need(r.QueryParam("need").value_or(""));
               return ShowPerson(*deps, ctx, r.Param("id"), done, need, {});
             });
  router.Add("POST", "/people/{id}/unmet-needs", care,
             [deps](const Request& r, RequestContext& ctx) { return Note(*deps, r, ctx); });
  router.Add("POST", "/people/{id}/unmet-needs/{need_id}/in-error", care,
             [deps](const Request& r, RequestContext& ctx) { return InError(*deps, r, ctx); });
  router.Add("GET", "/gaps", report,
             [deps](const Request& r, RequestContext& ctx) { return ShowReport(*deps, r, ctx); });
  router.Add("GET", "/gaps.csv", report,
             [deps](const Request& r, RequestContext& ctx) { return ReportCsv(*deps, r, ctx); });
}

}  // namespace lw::web

// The record page's handlers (record_pages.h): read the request, call one
// TeamService function, render. Parsing typed dates, times and choices
// into the service's types is the only checking done here; every rule is
// the service's.
#include <algorithm>
#include <functional>
#include <limits>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "base/ids.h"
#include "domain/frontdoor/date_input.h"
#include "web/error_page.h"
#include "web/page_support.h"
#include "web/record_details_form.h"
#include "web/record_pages.h"

namespace lw::web {

namespace {

using A = RecordAction;
using Errors = std::vector<FieldError>;

http::Response BadRequest(const WebDeps& deps, const http::RequestContext& ctx) {
  return Respond(deps, ctx, ErrorPage(400));
}

// The date typed into "<field>_day", "_month" and "_year"; nullopt when
// left empty (and then, if `missing` is given, an error saying so).
std::optional<Date> DateFrom(const http::Form& f, std::string_view field, std::string_view label,
                             std::string_view missing, Errors& errors) {
  const std::string name(field);
  auto parsed = ParseDateInput(f.Value(name + "_day"), f.Value(name + "_month"),
                               f.Value(name + "_year"), label);
  if (const auto* message = std::get_if<std::string>(&parsed)) {
    errors.push_back({name, *message});
    return std::nullopt;
  }
  auto date = std::get<std::optional<Date>>(parsed);
  if (!date && !missing.empty()) errors.push_back({name, std::string(missing)});
  return date;
}

std::unexpected<Error> Invalid(Errors errors) {
  return Fail(Error::Invalid("There is a problem", std::move(errors)));
}

// What the record page shows besides the record.
struct Outcome {
  RecordAction failed = RecordAction::kNone;
  const http::Form* typed = nullptr;
  Errors errors;
  std::string problem;
  int status = 200;
  std::string done;
};

// `episode_id`, when given, must be one of the person's episodes (the
// episode forms name the record to return to).
http::Response ShowRecord(const WebDeps& deps, http::RequestContext& ctx,
                          std::string_view person_id, Outcome outcome,
                          std::string_view episode_id = {}) {
  const Actor& actor = SignedInActor(ctx);
  auto record = deps.team.Record(actor, person_id);
  if (!record) return RespondWithError(deps, ctx, record.error());
  if (!episode_id.empty() && std::ranges::none_of(record->episodes, [&](const Episode& e) {
        return e.id == episode_id;
      })) {
    return BadRequest(deps, ctx);
  }
  auto directory = deps.frontdoor.Directory();
  if (!directory) return RespondWithError(deps, ctx, directory.error());
  RecordPageView view{.record = std::move(*record),
                      .directory = std::move(*directory),
                      .team_id = actor.team_id,
                      .viewer_user_id = actor.user_id,
                      .csrf_token = ctx.csrf_token,
                      .done = std::move(outcome.done),
                      .failed = outcome.failed,
                      .errors = std::move(outcome.errors),
                      .problem = std::move(outcome.problem),
                      .status = outcome.status};
  if (outcome.typed != nullptr) view.typed = *outcome.typed;
  return Respond(deps, ctx, RecordPage(view));
}

// Success: back to the record, at the section the change shows in.
http::Response Done(std::string_view person_id, RecordAction action) {
  return http::Response::Redirect("/people/" + std::string(person_id) +
                                  "/record?done=" + std::string(RecordActionKey(action)) + "#" +
                                  std::string(RecordSectionOf(action)));
}

// The record again, with why the form was refused; nothing was stored.
http::Response Refused(const WebDeps& deps, http::RequestContext& ctx, RecordAction action,
                       std::string_view person_id, const http::Form& form, const Error& error,
                       std::string_view episode_id = {}) {
  Outcome outcome{.failed = action, .typed = &form};
  switch (error.code) {
    case ErrorCode::kInvalidArgument:
      outcome.errors = error.field_errors;
      if (outcome.errors.empty()) outcome.problem = error.message;
      outcome.status = 422;
      break;
    case ErrorCode::kFailedPrecondition:
      // The domain's refusal says why and what to do.
      outcome.problem = error.message;
      outcome.status = 409;
      break;
    case ErrorCode::kConflict:
      outcome.problem =
          "Someone else changed this episode after you opened the page, so your change has not "
          "been saved and nothing they did has been overwritten. The record below is the latest "
          "version: check it, then try again.";
      outcome.status = 409;
      break;
    default:
      return RespondWithError(deps, ctx, error);
  }
  return ShowRecord(deps, ctx, person_id, std::move(outcome), episode_id);
}

// A form about the person in the path; the call returns the person's id.
using PersonCall = std::function<Result<std::string>(
    const WebDeps&, const Actor&, std::string_view person_id, const http::Form&)>;

void AddPersonAction(http::Router& router, const SharedDeps& deps, std::string_view collection,
                     RecordAction action, PersonCall call) {
  router.Add("POST", "/people/{id}/" + std::string(collection), RouteAccess::Roles(kCareRoles),
             [deps, action, call = std::move(call)](const http::Request& request,
                                                    http::RequestContext& ctx) {
               std::string_view id = request.Param("id");
               const http::Form& form = FormOf(request);
               auto done = call(*deps, SignedInActor(ctx), id, form);
               if (done) return Done(*done, action);
               return Refused(*deps, ctx, action, id, form, done.error());
             });
}

// A form about an episode: it carries the version it was based on and
// the person whose record it is on.
using EpisodeCall =
    std::function<Result<Episode>(const WebDeps&, const Actor&, std::string_view episode_id,
                                  long long version, const http::Form&)>;

void AddEpisodeAction(http::Router& router, const SharedDeps& deps, RecordAction action,
                      EpisodeCall call) {
  router.Add("POST", "/episodes/{eid}/" + std::string(RecordActionKey(action)),
             RouteAccess::Roles(kCareRoles),
             [deps, action, call = std::move(call)](const http::Request& request,
                                                    http::RequestContext& ctx) {
               std::string_view eid = request.Param("eid");
               const http::Form& form = FormOf(request);
               auto version = ParseVersion(form.Value("version"));
               std::string_view person_id = form.Value("person_id");
               if (!version || !IsValidId(person_id)) return BadRequest(*deps, ctx);
               auto done = call(*deps, SignedInActor(ctx), eid, *version, form);
               if (done) return Done(done->person_id, action);
               return Refused(*deps, ctx, action, person_id, form, done.error(), eid);
             });
}

Result<std::string> OpenEpisode(const WebDeps& d, const Actor& a, std::string_view id,
                                const http::Form& f) {
  Errors errors;
  auto started = DateFrom(f, "started_on", "Start date", "Enter the date support started", errors);
  auto planned = DateFrom(f, "planned_end_on", "Planned end date", "", errors);
  auto intensity = ParseIntensity(f.Value("intensity"));
  if (!intensity) errors.push_back({"intensity", "Select how much support they need now"});
  if (!errors.empty()) return Invalid(std::move(errors));
  auto episode =
      d.team.OpenEpisode(a, {.person_id = std::string(id),
                             .keyworker_user_id = std::string(f.Value("keyworker_user_id")),
                             .started_on = *started,
                             .planned_end_on = planned,
                             .intensity = *intensity});
  if (!episode) return Fail(episode.error());
  return episode->person_id;
}

// The service names the contact's time "occurred_at" and the person's
// attendance "people"; the form has a date, a time and an attendance.
Error AsContactFormErrors(Error error) {
  for (FieldError& e : error.field_errors) {
    if (e.field == "occurred_at") e.field = "occurred_on";
    if (e.field == "people") e.field = "attendance";
  }
  return error;
}

Result<std::string> RecordContact(const WebDeps& d, const Actor& a, std::string_view id,
                                  const http::Form& f) {
  Errors errors;
  auto on =
      DateFrom(f, "occurred_on", "Date of the contact", "Enter the date of the contact", errors);
  auto time = ParseTimeInput(f.Value("occurred_time"), "Time of the contact");
  if (const auto* message = std::get_if<std::string>(&time)) {
    errors.push_back({"occurred_time", *message});
  }
  std::string_view minutes = f.Value("duration_minutes");
  auto duration = minutes.empty() ? std::optional<long long>(0) : ParseWhole(minutes, 0);
  if (!duration || *duration > std::numeric_limits<int>::max()) {
    errors.push_back({"duration_minutes", "Enter how long it lasted in minutes, like 45"});
  }
  auto mode = ParseContactMode(f.Value("mode"));
  if (!mode) errors.push_back({"mode", "Select how the contact happened"});
  std::string_view place_key = f.Value("place");
  std::optional<ContactPlace> place;
  if (!place_key.empty() && place_key != "none") {
    place = ParseContactPlace(place_key);
    if (!place) errors.push_back({"place", "Select where the contact happened"});
  }
  auto attendance = ParseAttendance(f.Value("attendance"));
  if (!attendance) errors.push_back({"attendance", "Select whether it happened"});
  // Others who took part, each for the organisation they work for.
  std::vector<ContactStaff> staff;
  auto directory = d.frontdoor.Directory();
  if (!directory) return Fail(directory.error());
  for (std::string_view user_id : f.GetAll("staff")) {
    auto worker = std::ranges::find(directory->workers, user_id, &User::id);
    if (worker == directory->workers.end()) {
      errors.push_back({"staff", "Choose the others who took part from the list"});
      break;
    }
    staff.push_back({.user_id = worker->id, .organisation_id = worker->organisation_id});
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  const TimeOfDay t = std::get<TimeOfDay>(time);
  Contact draft{.occurred_at = LondonToUtc(*on, t.hour, t.minute),
                .duration_minutes = static_cast<int>(*duration),
                .staff = std::move(staff),
                .people = {{.person_id = std::string(id),
                            .episode_id = std::string(f.Value("episode_id")),
                            .attendance = *attendance}},
                .mode = *mode,
                .place = place,
                .note = std::string(f.Value("note"))};
  auto contact = d.team.RecordContact(a, std::move(draft));
  if (!contact) return Fail(AsContactFormErrors(contact.error()));
  return contact->people.front().person_id;
}

Result<std::string> RaiseConcern(const WebDeps& d, const Actor& a, std::string_view id,
                                 const http::Form& f) {
  auto concern = d.team.RaiseConcern(a, id, std::string(f.Value("text")));
  if (!concern) return Fail(concern.error());
  return concern->person_id;
}

Result<Episode> Reassign(const WebDeps& d, const Actor& a, std::string_view eid, long long v,
                         const http::Form& f) {
  Errors errors;
  auto from = DateFrom(f, "from", "Date of the change", "Enter the date of the change", errors);
  if (!errors.empty()) return Invalid(std::move(errors));
  return d.team.ReassignKeyworker(a, eid, v, std::string(f.Value("keyworker_user_id")), *from,
                                  std::string(f.Value("reason")));
}

Result<Episode> Review(const WebDeps& d, const Actor& a, std::string_view eid, long long v,
                       const http::Form& f) {
  Errors errors;
  auto on = DateFrom(f, "on", "Review date", "Enter the date of the review", errors);
  if (!errors.empty()) return Invalid(std::move(errors));
  return d.team.RecordReview(a, eid, v, *on, std::string(f.Value("note")));
}

Result<Episode> PlanEnding(const WebDeps& d, const Actor& a, std::string_view eid, long long v,
                           const http::Form& f) {
  Errors errors;
  auto planned = DateFrom(f, "planned_end_on", "Planned end date", "", errors);
  if (!errors.empty()) return Invalid(std::move(errors));
  return d.team.PlanEnding(a, eid, v, planned);
}

Result<Episode> End(const WebDeps& d, const Actor& a, std::string_view eid, long long v,
                    const http::Form& f) {
  Errors errors;
  auto reason = ParseEpisodeEnding(f.Value("reason"));
  if (!reason) errors.push_back({"reason", "Select why support is ending"});
  auto on = DateFrom(f, "ended_on", "End date", "Enter the date support ended", errors);
  if (!errors.empty()) return Invalid(std::move(errors));
  return d.team.EndEpisode(a, eid, v,
                           {.reason = *reason,
                            .persons_words = std::string(f.Value("persons_words")),
                            .moving_on_to = std::string(f.Value("moving_on_to")),
                            .other_reason = std::string(f.Value("other_reason")),
                            .ended_on = *on});
}

http::Response ShowBreakGlass(const WebDeps& deps, const http::Request& request,
                              http::RequestContext& ctx) {
  std::string_view id = request.Param("id");
  if (auto may = deps.team.MayBreakGlass(SignedInActor(ctx), id); !may) {
    if (may.error().code == ErrorCode::kFailedPrecondition) {
      return http::Response::Redirect("/people/" + std::string(id) + "/record");
    }
    return RespondWithError(deps, ctx, may.error());
  }
  return Respond(deps, ctx,
                 BreakGlassPage({.person_id = std::string(id), .csrf_token = ctx.csrf_token}));
}

http::Response SubmitBreakGlass(const WebDeps& deps, const http::Request& request,
                                http::RequestContext& ctx) {
  std::string_view id = request.Param("id");
  std::string_view reason = FormOf(request).Value("reason");
  auto grant = deps.team.BreakGlassRead(SignedInActor(ctx), id, std::string(reason));
  if (grant) return http::Response::Redirect("/people/" + grant->person_id + "/record");
  const Error& error = grant.error();
  BreakGlassView view{
      .person_id = std::string(id), .csrf_token = ctx.csrf_token, .reason = std::string(reason)};
  switch (error.code) {
    case ErrorCode::kInvalidArgument:
      view.errors = error.field_errors;
      if (view.errors.empty()) view.problem = error.message;
      view.status = 422;
      break;
    case ErrorCode::kFailedPrecondition:
      view.problem = error.message;  // "You can already see this record ..."
      view.status = 409;
      break;
    default:
      return RespondWithError(deps, ctx, error);
  }
  return Respond(deps, ctx, BreakGlassPage(view));
}

}  // namespace

void RegisterRecordPages(http::Router& router, const SharedDeps& deps) {
  const RouteAccess care = RouteAccess::Roles(kCareRoles);
  router.Add("GET", "/people/{id}/record", care,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return ShowRecord(*deps, ctx, request.Param("id"),
                                 Outcome{.done = request.QueryParam("done").value_or("")});
             });
  AddPersonAction(router, deps, "episodes", A::kOpenEpisode, OpenEpisode);
  AddPersonAction(router, deps, "contacts", A::kContact, RecordContact);
  AddPersonAction(router, deps, "concerns", A::kConcern, RaiseConcern);
  RegisterDetailsForm(router, deps);
  AddEpisodeAction(router, deps, A::kKeyworker, Reassign);
  AddEpisodeAction(router, deps, A::kReview, Review);
  AddEpisodeAction(router, deps, A::kPlannedEnding, PlanEnding);
  AddEpisodeAction(router, deps, A::kEnding, End);
  router.Add("GET", "/people/{id}/break-glass", care,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return ShowBreakGlass(*deps, request, ctx);
             });
  router.Add("POST", "/people/{id}/break-glass", care,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return SubmitBreakGlass(*deps, request, ctx);
             });
}

}  // namespace lw::web

// The progress pages' handlers (progress_pages.h): read the request, call
// ProgressService, render. Reading the form into the service's request
// (a number, a vocabulary key, a date) is the only checking done here;
// every rule is the service's and the domain's.
#include <algorithm>
#include <charconv>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "domain/frontdoor/date_input.h"
#include "web/error_page.h"
#include "web/page_support.h"
#include "web/progress_pages.h"

namespace lw::web {

namespace {

using Errors = std::vector<FieldError>;

std::optional<int> ParseInt(std::string_view text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// An optional whole number; a value that is not one is an error on `field`.
std::optional<int> ReadNumber(const http::Form& f, std::string_view name, std::string field,
                              std::string message, Errors& errors) {
  std::string_view text = f.Value(name);
  if (text.empty()) return std::nullopt;
  auto n = ParseInt(text);
  if (!n) errors.push_back({std::move(field), std::move(message)});
  return n;
}

EnteredBy ReadEnteredBy(const http::Form& f, Errors& errors) {
  auto by = ParseEnteredBy(f.Value("entered_by"));
  if (!by) errors.push_back({"entered_by", "Choose whose answers these are"});
  return by.value_or(EnteredBy::kTogether);
}

std::optional<Date> ReadOn(const http::Form& f, Errors& errors) {
  DateInputResult on =
      ParseDateInput(f.Value("on_day"), f.Value("on_month"), f.Value("on_year"), "The date");
  if (auto* message = std::get_if<std::string>(&on)) {
    errors.push_back({"on", *message});
    return std::nullopt;
  }
  return std::get<std::optional<Date>>(on);
}

Refusal RefusalOf(std::string form, const http::Form& typed, Errors errors, int status = 422) {
  return Refusal{
      .form = std::move(form), .typed = typed, .errors = std::move(errors), .status = status};
}

constexpr std::string_view kConflict =
    "Someone else changed this goal after you opened the page, so your change has not been "
    "saved and nothing they did has been overwritten. The page now shows the latest version: "
    "check it, then make your change again.";

// A refused change as the form's page shows it, or nullopt for the error page.
std::optional<Refusal> AsRefusal(const Error& e, std::string form, const http::Form& typed) {
  switch (e.code) {
    case ErrorCode::kInvalidArgument: {
      Refusal r = RefusalOf(std::move(form), typed, e.field_errors);
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

std::string Done(const http::Request& request) {
  return std::string(request.QueryParam("done").value_or(""));
}

// --- Goals.

http::Response ShowGoals(const WebDeps& deps, http::RequestContext& ctx, std::string_view id,
                         std::string done, Refusal refusal) {
  auto goals = deps.progress->Goals(SignedInActor(ctx), id);
  if (!goals) return RespondWithError(deps, ctx, goals.error());
  return Respond(deps, ctx,
                 GoalsPage({.goals = std::move(*goals),
                            .life_areas = &deps.progress->settings().life_areas,
                            .csrf_token = std::string(ctx.csrf_token),
                            .done = std::move(done),
                            .refusal = std::move(refusal)}));
}

http::Response SetGoal(const WebDeps& deps, const http::Request& request,
                       http::RequestContext& ctx) {
  const std::string_view id = request.Param("id");
  const http::Form& f = FormOf(request);
  Errors errors;
  SetGoalRequest in{.text = std::string(f.Value("text")),
                    .life_area = std::string(f.Value("life_area")),
                    .first_rating = ReadNumber(f, "first_rating", "rating",
                                               "Choose a rating from 0 to 10", errors),
                    .entered_by = ReadEnteredBy(f, errors)};
  if (!errors.empty()) return ShowGoals(deps, ctx, id, "", RefusalOf("set", f, std::move(errors)));
  auto goal = deps.progress->SetGoal(SignedInActor(ctx), id, std::move(in));
  if (goal) return http::Response::Redirect("/people/" + std::string(id) + "/goals?done=set");
  auto refusal = AsRefusal(goal.error(), "set", f);
  if (!refusal) return RespondWithError(deps, ctx, goal.error());
  return ShowGoals(deps, ctx, id, "", std::move(*refusal));
}

http::Response ShowGoal(const WebDeps& deps, http::RequestContext& ctx, std::string_view id,
                        std::string_view goal_id, std::string done, Refusal refusal) {
  auto goal = deps.progress->GetGoal(SignedInActor(ctx), id, goal_id);
  if (!goal) return RespondWithError(deps, ctx, goal.error());
  return Respond(deps, ctx,
                 GoalPage({.goal = std::move(*goal),
                           .life_areas = &deps.progress->settings().life_areas,
                           .csrf_token = std::string(ctx.csrf_token),
                           .done = std::move(done),
                           .refusal = std::move(refusal)}));
}

template <typename Call>
http::Response ChangeGoal(const WebDeps& deps, const http::Request& request,
                          http::RequestContext& ctx, const std::string& form_name,
                          const std::string& done, Call call) {
  const std::string_view id = request.Param("id");
  const std::string_view goal_id = request.Param("gid");
  const http::Form& f = FormOf(request);
  auto version = ParseVersion(f.Value("version"));
  if (!version) return Respond(deps, ctx, ErrorPage(400));
  Errors errors;
  auto changed = call(f, *version, errors);
  if (!errors.empty()) {
    return ShowGoal(deps, ctx, id, goal_id, "", RefusalOf(form_name, f, std::move(errors)));
  }
  if (changed) {
    return http::Response::Redirect("/people/" + std::string(id) + "/goals/" +
                                    std::string(goal_id) + "?done=" + done);
  }
  auto refusal = AsRefusal(changed.error(), form_name, f);
  if (!refusal) return RespondWithError(deps, ctx, changed.error());
  return ShowGoal(deps, ctx, id, goal_id, "", std::move(*refusal));
}

http::Response RateGoal(const WebDeps& deps, const http::Request& request,
                        http::RequestContext& ctx) {
  return ChangeGoal(deps, request, ctx, "rate", "rated",
                    [&](const http::Form& f, long long version, Errors& errors) -> Result<Goal> {
                      auto rating =
                          ReadNumber(f, "rating", "rating", "Choose a rating from 0 to 10", errors);
                      if (!rating && errors.empty()) {
                        errors.push_back({"rating", "Choose a rating from 0 to 10"});
                      }
                      EnteredBy by = ReadEnteredBy(f, errors);
                      auto on = ReadOn(f, errors);
                      if (!errors.empty()) return Fail(ErrorCode::kInvalidArgument, "");
                      std::string note(f.Value("note"));
                      return deps.progress->RateGoal(
                          SignedInActor(ctx), request.Param("id"), request.Param("gid"), version,
                          {.on = on.value_or(Date::InLondon(deps.clock.Now())),
                           .rating = *rating,
                           .entered_by = by,
                           .note = note.empty() ? std::nullopt : std::optional<std::string>(note)});
                    });
}

http::Response ChangeStatus(const WebDeps& deps, const http::Request& request,
                            http::RequestContext& ctx) {
  return ChangeGoal(
      deps, request, ctx, "status", "status",
      [&](const http::Form& f, long long version, Errors& errors) -> Result<Goal> {
        auto status = ParseGoalStatus(f.Value("status"));
        if (!status) {
          errors.push_back({"status", "Choose achieved, set aside or carried forward"});
          return Fail(ErrorCode::kInvalidArgument, "");
        }
        return deps.progress->ChangeGoalStatus(SignedInActor(ctx), request.Param("id"),
                                               request.Param("gid"), version, *status,
                                               std::string(f.Value("status_note")));
      });
}

// --- The Wheel of Life.

http::Response ShowWheel(const WebDeps& deps, http::RequestContext& ctx, std::string_view id,
                         std::string done, Refusal refusal) {
  auto wheel = deps.progress->CheckIns(SignedInActor(ctx), id);
  if (!wheel) return RespondWithError(deps, ctx, wheel.error());
  return Respond(deps, ctx,
                 WheelPage({.wheel = std::move(*wheel),
                            .life_areas = &deps.progress->settings().life_areas,
                            .csrf_token = std::string(ctx.csrf_token),
                            .done = std::move(done),
                            .refusal = std::move(refusal)}));
}

http::Response RecordCheckIn(const WebDeps& deps, const http::Request& request,
                             http::RequestContext& ctx) {
  const std::string_view id = request.Param("id");
  const http::Form& f = FormOf(request);
  Errors errors;
  CheckInRequest in{.entered_by = ReadEnteredBy(f, errors), .note = std::string(f.Value("note"))};
  in.on = ReadOn(f, errors);
  for (const auto& [name, value] : f.fields()) {
    if (!name.starts_with("area_") || value.empty()) continue;
    auto rating = ParseInt(value);
    if (!rating) {
      errors.push_back({name, "Choose a rating from 1 to 10"});
      continue;
    }
    in.ratings.push_back({.area = name.substr(5), .rating = *rating});
  }
  if (!errors.empty()) {
    return ShowWheel(deps, ctx, id, "", RefusalOf("check-in", f, std::move(errors)));
  }
  auto made = deps.progress->RecordCheckIn(SignedInActor(ctx), id, std::move(in));
  if (made) return http::Response::Redirect("/people/" + std::string(id) + "/wheel?done=check-in");
  auto refusal = AsRefusal(made.error(), "check-in", f);
  if (!refusal) return RespondWithError(deps, ctx, made.error());
  return ShowWheel(deps, ctx, id, "", std::move(*refusal));
}

// --- Questionnaires.

http::Response ShowQuestionnaires(const WebDeps& deps, const http::Request& request,
                                  http::RequestContext& ctx) {
  auto responses = deps.progress->Responses(SignedInActor(ctx), request.Param("id"));
  if (!responses) return RespondWithError(deps, ctx, responses.error());
  return Respond(deps, ctx,
                 QuestionnairesPage({.responses = std::move(*responses),
                                     .instruments = &deps.progress->Instruments()}));
}

// The person (read through Goals' access check, as for any page of theirs)
// and the questionnaire asked for; 422 when the choice is not one offered.
http::Response ShowGive(const WebDeps& deps, http::RequestContext& ctx, std::string_view id,
                        std::string instrument_id, std::string occasion, std::string entered_by,
                        Refusal refusal) {
  auto person = deps.progress->Responses(SignedInActor(ctx), id);
  if (!person) return RespondWithError(deps, ctx, person.error());
  GiveQuestionnaireView view{.person = std::move(person->person),
                             .instrument = deps.progress->FindInstrument(instrument_id),
                             .instrument_id = std::move(instrument_id),
                             .occasion = std::move(occasion),
                             .entered_by = std::move(entered_by),
                             .csrf_token = std::string(ctx.csrf_token),
                             .refusal = std::move(refusal)};
  Errors choice;
  if (view.instrument == nullptr) {
    choice.push_back({"instrument", "Choose one of the questionnaires offered"});
  }
  if (!ParseOccasion(view.occasion)) {
    choice.push_back({"occasion", "Choose baseline, review, end or ad hoc"});
  }
  if (!ParseEnteredBy(view.entered_by)) {
    choice.push_back({"entered_by", "Choose whose answers these are"});
  }
  if (!choice.empty()) {
    view.refusal = Refusal{.errors = std::move(choice), .status = 422};
  }
  return Respond(deps, ctx, GiveQuestionnairePage(view));
}

http::Response RecordResponse(const WebDeps& deps, const http::Request& request,
                              http::RequestContext& ctx) {
  const std::string_view id = request.Param("id");
  const http::Form& f = FormOf(request);
  static constexpr std::string_view kNotAnswers[] = {
      "csrf_token", "instrument", "occasion", "entered_by", "on_day", "on_month", "on_year"};
  Errors errors;
  ResponseRequest in{.instrument_id = std::string(f.Value("instrument"))};
  auto occasion = ParseOccasion(f.Value("occasion"));
  auto by = ParseEnteredBy(f.Value("entered_by"));
  in.on = ReadOn(f, errors);
  for (const auto& [name, value] : f.fields()) {
    if (std::ranges::find(kNotAnswers, std::string_view(name)) != std::end(kNotAnswers)) continue;
    if (value.empty()) {
      in.answers[name] = std::nullopt;
      continue;
    }
    auto n = ParseInt(value);
    if (!n) {
      errors.push_back({name, "Choose one of the answers offered"});
      continue;
    }
    in.answers[name] = n;
  }
  if (!occasion || !by || deps.progress->FindInstrument(in.instrument_id) == nullptr) {
    return ShowGive(deps, ctx, id, in.instrument_id, std::string(f.Value("occasion")),
                    std::string(f.Value("entered_by")), {});
  }
  in.occasion = *occasion;
  in.entered_by = *by;
  const std::string instrument_id = in.instrument_id;
  if (!errors.empty()) {
    return ShowGive(deps, ctx, id, instrument_id, std::string(OccasionKey(*occasion)),
                    std::string(EnteredByKey(*by)), RefusalOf("give", f, std::move(errors)));
  }
  auto made = deps.progress->RecordResponse(SignedInActor(ctx), id, std::move(in));
  if (made) {
    return http::Response::Redirect("/people/" + std::string(id) + "/questionnaires/" + made->id +
                                    "?done=recorded");
  }
  auto refusal = AsRefusal(made.error(), "give", f);
  if (!refusal) return RespondWithError(deps, ctx, made.error());
  return ShowGive(deps, ctx, id, instrument_id, std::string(OccasionKey(*occasion)),
                  std::string(EnteredByKey(*by)), std::move(*refusal));
}

}  // namespace

void RegisterProgressPages(http::Router& router, const SharedDeps& deps) {
  const RouteAccess care = RouteAccess::Roles(kCareRoles);
  using http::Request;
  using http::RequestContext;
  router.Add("GET", "/people/{id}/goals", care, [deps](const Request& r, RequestContext& ctx) {
    return ShowGoals(*deps, ctx, r.Param("id"), Done(r), {});
  });
  router.Add("POST", "/people/{id}/goals", care,
             [deps](const Request& r, RequestContext& ctx) { return SetGoal(*deps, r, ctx); });
  router.Add("GET", "/people/{id}/goals/{gid}", care,
             [deps](const Request& r, RequestContext& ctx) {
               return ShowGoal(*deps, ctx, r.Param("id"), r.Param("gid"), Done(r), {});
             });
  router.Add("POST", "/people/{id}/goals/{gid}/ratings", care,
             [deps](const Request& r, RequestContext& ctx) { return RateGoal(*deps, r, ctx); });
  router.Add("POST", "/people/{id}/goals/{gid}/status", care,
             [deps](const Request& r, RequestContext& ctx) { return ChangeStatus(*deps, r, ctx); });
  router.Add("GET", "/people/{id}/wheel", care, [deps](const Request& r, RequestContext& ctx) {
    return ShowWheel(*deps, ctx, r.Param("id"), Done(r), {});
  });
  router.Add("POST", "/people/{id}/wheel", care, [deps](const Request& r, RequestContext& ctx) {
    return RecordCheckIn(*deps, r, ctx);
  });
  router.Add(
      "GET", "/people/{id}/questionnaires", care,
      [deps](const Request& r, RequestContext& ctx) { return ShowQuestionnaires(*deps, r, ctx); });
  router.Add(
      "POST", "/people/{id}/questionnaires", care,
      [deps](const Request& r, RequestContext& ctx) { return RecordResponse(*deps, r, ctx); });
  router.Add("GET", "/people/{id}/questionnaires/new", care,
             [deps](const Request& r, RequestContext& ctx) {
               return ShowGive(*deps, ctx, r.Param("id"),
                               std::string(r.QueryParam("instrument").value_or("")),
                               std::string(r.QueryParam("occasion").value_or("")),
                               std::string(r.QueryParam("entered_by").value_or("")), {});
             });
  router.Add("GET", "/people/{id}/questionnaires/{rid}", care,
             [deps](const Request& r, RequestContext& ctx) {
               auto response =
                   deps->progress->Response(SignedInActor(ctx), r.Param("id"), r.Param("rid"));
               if (!response) return RespondWithError(*deps, ctx, response.error());
               return Respond(*deps, ctx,
                              ResponsePage({.response = std::move(*response),
                                            .just_recorded = Done(r) == "recorded"}));
             });
  router.Add("GET", "/people/{id}/progress", care, [deps](const Request& r, RequestContext& ctx) {
    auto progress = deps->progress->Progress(SignedInActor(ctx), r.Param("id"));
    if (!progress) return RespondWithError(*deps, ctx, progress.error());
    return Respond(*deps, ctx,
                   ProgressPage({.progress = std::move(*progress),
                                 .life_areas = &deps->progress->settings().life_areas}));
  });
  router.Add("GET", "/people/{id}/progress/csv", care,
             [deps](const Request& r, RequestContext& ctx) {
               auto progress = deps->progress->Progress(SignedInActor(ctx), r.Param("id"));
               if (!progress) return RespondWithError(*deps, ctx, progress.error());
               http::Response csv{.status = 200};
               csv.content_type = "text/csv; charset=utf-8";
               csv.body = ProgressCsv(*progress, deps->progress->settings().life_areas);
               csv.SetHeader("Content-Disposition",
                             "attachment; filename=\"progress-" + progress->person.id + ".csv\"");
               return csv;
             });
}

}  // namespace lw::web

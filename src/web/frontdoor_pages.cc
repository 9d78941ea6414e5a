// The front door's handlers (frontdoor_pages.h): read the request, call one
// FrontDoorService function, render. The pages themselves are in
// frontdoor_*_page.cc.
#include "web/frontdoor_pages.h"

#include <functional>
#include <string>
#include <utility>

#include "base/ids.h"
#include "base/random.h"
#include "domain/access/policy.h"
#include "web/error_page.h"
#include "web/page_support.h"

namespace lw::web {

namespace {

// The front door's own pages: care roles, and network partners for the
// introductions they make.
constexpr RoleSet kFrontDoorRoles = {Role::kFrontDoor, Role::kPractitioner, Role::kPeerWorker,
                                     Role::kTeamLead, Role::kNetworkPartner};

http::Response BadRequest(const WebDeps& deps, const http::RequestContext& ctx) {
  return Respond(deps, ctx, ErrorPage(400));
}

std::string NewSubmissionKey(const WebDeps& deps) {
  if (deps.random != nullptr) return NewSecretToken(*deps.random);
  static SystemRandom system_random;  // safe from any thread
  return NewSecretToken(system_random);
}

template <typename T>
bool HasId(const std::vector<T>& items, std::string_view id) {
  for (const T& item : items) {
    if (item.id == id) return true;
  }
  return false;
}

http::Response ShowList(const WebDeps& deps, const http::Request& request,
                        http::RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  auto query = ParseFrontDoorQuery(request);
  if (!query) return BadRequest(deps, ctx);
  auto directory = deps.frontdoor.Directory();
  if (!directory) return RespondWithError(deps, ctx, directory.error());
  if ((!query->team_id.empty() && !HasId(directory->teams, query->team_id)) ||
      (!query->neighbourhood_id.empty() &&
       !HasId(directory->neighbourhoods, query->neighbourhood_id))) {
    return BadRequest(deps, ctx);
  }
  auto list = deps.frontdoor.List(actor, *query);
  if (!list) {
    if (list.error().code == ErrorCode::kInvalidArgument) return BadRequest(deps, ctx);
    return RespondWithError(deps, ctx, list.error());
  }
  FrontDoorListView view{.list = std::move(*list),
                         .directory = std::move(*directory),
                         .query = *query,
                         .now = deps.clock.Now(),
                         .policy = deps.frontdoor.options().policy};
  return Respond(deps, ctx, FrontDoorListPage(view));
}

Result<NewIntroductionView> NewView(const WebDeps& deps, const http::RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  auto directory = deps.frontdoor.Directory();
  if (!directory) return Fail(directory.error());
  NewIntroductionView view;
  view.partner = actor.role == Role::kNetworkPartner;
  view.directory = std::move(*directory);
  view.default_team_id = actor.team_id;
  view.csrf_token = ctx.csrf_token;
  return view;
}

http::Response ShowNew(const WebDeps& deps, http::RequestContext& ctx) {
  auto view = NewView(deps, ctx);
  if (!view) return RespondWithError(deps, ctx, view.error());
  view->submission_key = NewSubmissionKey(deps);
  return Respond(deps, ctx, NewIntroductionPage(*view));
}

IntroductionDraft DraftFrom(const http::Form& f) {
  IntroductionDraft d;
  d.source = f.Value("source");
  d.introducer_name = f.Value("introducer_name");
  d.introducer_relationship = f.Value("introducer_relationship");
  d.introducer_organisation = f.Value("introducer_organisation");
  d.person_knows = f.Value("person_knows") == "yes";
  d.given_name = f.Value("given_name");
  d.family_name = f.Value("family_name");
  d.preferred_name = f.Value("preferred_name");
  d.date_of_birth_day = f.Value("date_of_birth_day");
  d.date_of_birth_month = f.Value("date_of_birth_month");
  d.date_of_birth_year = f.Value("date_of_birth_year");
  d.postcode = f.Value("postcode");
  d.nhs_number = f.Value("nhs_number");
  for (std::string_view m : f.GetAll("contact_methods")) d.contact_methods.emplace_back(m);
  d.phone = f.Value("phone");
  d.email = f.Value("email");
  d.may_leave_message = f.Value("may_leave_message") == "yes";
  d.safe_times = f.Value("safe_times");
  d.in_their_words = f.Value("in_their_words");
  d.help_wanted = f.Value("help_wanted");
  d.team_id = f.Value("team_id");
  return d;
}

// The yes/no answers the domain takes as booleans: anything else was not
// sent by our form, and is named rather than read as "no".
std::vector<FieldError> CheckYesNo(const http::Form& f) {
  std::vector<FieldError> errors;
  std::string_view knows = f.Value("person_knows");
  if (!knows.empty() && knows != "yes") {
    errors.push_back({"person_knows", "Confirm that they know about this introduction"});
  }
  std::string_view message = f.Value("may_leave_message");
  if (!message.empty() && message != "yes" && message != "no") {
    errors.push_back({"may_leave_message", "Select yes or no"});
  }
  return errors;
}

http::Response SubmitNew(const WebDeps& deps, const http::Request& request,
                         http::RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  const http::Form& form = FormOf(request);
  std::vector<FieldError> errors = CheckYesNo(form);
  if (errors.empty()) {
    auto receipt = deps.frontdoor.Record(actor, DraftFrom(form), form.Value("submission_key"));
    if (receipt) {
      return http::Response::Redirect("/front-door/" + receipt->introduction.id + "?done=created");
    }
    if (receipt.error().code != ErrorCode::kInvalidArgument) {
      return RespondWithError(deps, ctx, receipt.error());
    }
    errors = receipt.error().field_errors;
    if (errors.empty()) errors.push_back({"", receipt.error().message});
  }
  auto view = NewView(deps, ctx);
  if (!view) return RespondWithError(deps, ctx, view.error());
  view->typed = form;
  // The same key again: a corrected form sent twice still makes one.
  view->submission_key = form.Value("submission_key");
  if (view->submission_key.empty()) view->submission_key = NewSubmissionKey(deps);
  view->errors = std::move(errors);
  view->status = 422;
  return Respond(deps, ctx, NewIntroductionPage(*view));
}

// What the introduction page shows besides the introduction itself.
struct Outcome {
  FrontDoorAction failed = FrontDoorAction::kNone;
  const http::Form* typed = nullptr;
  std::vector<FieldError> errors;
  std::string problem;
  int status = 200;
  std::string done;
};

http::Response ShowIntroduction(const WebDeps& deps, http::RequestContext& ctx, std::string_view id,
                                Outcome outcome) {
  const Actor& actor = SignedInActor(ctx);
  auto intro = deps.frontdoor.Get(actor, id);
  if (!intro) return RespondWithError(deps, ctx, intro.error());
  auto directory = deps.frontdoor.Directory();
  if (!directory) return RespondWithError(deps, ctx, directory.error());
  IntroductionView view;
  view.whole = SeesWholeIntroduction(actor);
  if (view.whole && intro->person_id.empty() && !intro->IsClosed()) {
    auto matches = deps.frontdoor.Matches(actor, id);
    if (!matches) return RespondWithError(deps, ctx, matches.error());
    view.matches = std::move(*matches);
  }
  view.intro = std::move(*intro);
  view.directory = std::move(*directory);
  view.now = deps.clock.Now();
  view.policy = deps.frontdoor.options().policy;
  view.csrf_token = ctx.csrf_token;
  view.done = std::move(outcome.done);
  view.failed = outcome.failed;
  if (outcome.typed != nullptr) view.typed = *outcome.typed;
  view.errors = std::move(outcome.errors);
  view.problem = std::move(outcome.problem);
  view.status = outcome.status;
  return Respond(deps, ctx, IntroductionPage(view));
}

using ActionCall = std::function<Result<Introduction>(
    const WebDeps&, const Actor&, std::string_view id, long long version, const http::Form& form)>;

http::Response RunAction(const WebDeps& deps, const http::Request& request,
                         http::RequestContext& ctx, FrontDoorAction action,
                         const ActionCall& call) {
  const Actor& actor = SignedInActor(ctx);
  std::string_view id = request.Param("id");
  const http::Form& form = FormOf(request);
  auto version = ParseVersion(form.Value("version"));
  if (!version) return BadRequest(deps, ctx);
  auto done = call(deps, actor, id, *version, form);
  if (done) {
    return http::Response::Redirect("/front-door/" + done->id +
                                    "?done=" + std::string(FrontDoorActionKey(action)));
  }
  const Error& error = done.error();
  switch (error.code) {
    case ErrorCode::kConflict:
      return Respond(deps, ctx, IntroductionConflictPage(id));
    case ErrorCode::kInvalidArgument: {
      Outcome outcome{
          .failed = action, .typed = &form, .errors = error.field_errors, .status = 422};
      if (outcome.errors.empty()) outcome.problem = error.message;
      return ShowIntroduction(deps, ctx, id, std::move(outcome));
    }
    case ErrorCode::kFailedPrecondition:
      // The domain's refusal says why and what to do; it is written for
      // the person at the front door.
      return ShowIntroduction(
          deps, ctx, id,
          Outcome{.failed = action, .typed = &form, .problem = error.message, .status = 409});
    default:
      return RespondWithError(deps, ctx, error);
  }
}

void AddAction(http::Router& router, const SharedDeps& deps, FrontDoorAction action,
               ActionCall call) {
  router.Add("POST", "/front-door/{id}/" + std::string(FrontDoorActionKey(action)),
             RouteAccess::Roles(kCareRoles),
             [deps, action, call = std::move(call)](const http::Request& request,
                                                    http::RequestContext& ctx) {
               return RunAction(*deps, request, ctx, action, call);
             });
}

AttemptInput AttemptFrom(const http::Form& f) {
  return {.method = std::string(f.Value("method")),
          .outcome_note = std::string(f.Value("outcome_note"))};
}

void AddActions(http::Router& router, const SharedDeps& deps) {
  using A = FrontDoorAction;
  AddAction(
      router, deps, A::kAssign,
      [](const WebDeps& d, const Actor& a, std::string_view id, long long v, const http::Form& f) {
        return d.frontdoor.Assign(a, id, v, f.Value("assigned_user_id"));
      });
  AddAction(
      router, deps, A::kAttempt,
      [](const WebDeps& d, const Actor& a, std::string_view id, long long v, const http::Form& f) {
        return d.frontdoor.RecordAttempt(a, id, v, AttemptFrom(f));
      });
  AddAction(
      router, deps, A::kNotHeld,
      [](const WebDeps& d, const Actor& a, std::string_view id, long long v, const http::Form& f) {
        return d.frontdoor.RecordNotHeld(a, id, v, AttemptFrom(f));
      });
  AddAction(
      router, deps, A::kBook,
      [](const WebDeps& d, const Actor& a, std::string_view id, long long v, const http::Form& f) {
        return d.frontdoor.Book(a, id, v,
                                {.day = std::string(f.Value("date_day")),
                                 .month = std::string(f.Value("date_month")),
                                 .year = std::string(f.Value("date_year")),
                                 .time = std::string(f.Value("time")),
                                 .place = std::string(f.Value("place")),
                                 .with_user_id = std::string(f.Value("with_user_id")),
                                 .where_detail = std::string(f.Value("where_detail"))});
      });
  AddAction(router, deps, A::kHeld,
            [](const WebDeps& d, const Actor& a, std::string_view id, long long v,
               const http::Form& f) -> Result<Introduction> {
              std::string_view huddle = f.Value("raised_to_huddle");
              if (!huddle.empty() && huddle != "yes") {
                return Fail(Error::Invalid(
                    "There is a problem",
                    {{"raised_to_huddle", "Tick the box to raise the concern to the huddle"}}));
              }
              return d.frontdoor.RecordHeld(
                  a, id, v,
                  {.what_matters = std::string(f.Value("what_matters")),
                   .whats_going_on = std::string(f.Value("whats_going_on")),
                   .strengths = std::string(f.Value("strengths")),
                   .what_would_help = std::string(f.Value("what_would_help")),
                   .in_your_corner = std::string(f.Value("in_your_corner")),
                   .safety_concern = std::string(f.Value("safety_concern")),
                   .raised_to_huddle = huddle == "yes",
                   .safety_agreed = std::string(f.Value("safety_agreed"))});
            });
  AddAction(
      router, deps, A::kClose,
      [](const WebDeps& d, const Actor& a, std::string_view id, long long v, const http::Form& f) {
        return d.frontdoor.Close(a, id, v,
                                 {.ending = std::string(f.Value("ending")),
                                  .note = std::string(f.Value("ending_note")),
                                  .keyworker_user_id = std::string(f.Value("keyworker_user_id"))});
      });
  AddAction(
      router, deps, A::kLink,
      [](const WebDeps& d, const Actor& a, std::string_view id, long long v, const http::Form& f) {
        return d.frontdoor.LinkPerson(a, id, v, f.Value("person_id"));
      });
  AddAction(router, deps, A::kCreatePerson,
            [](const WebDeps& d, const Actor& a, std::string_view id, long long v,
               const http::Form&) { return d.frontdoor.CreatePerson(a, id, v); });
}

http::Response ShowHistory(const WebDeps& deps, const http::Request& request,
                           http::RequestContext& ctx) {
  auto versions = deps.frontdoor.History(SignedInActor(ctx), request.Param("id"));
  if (!versions) return RespondWithError(deps, ctx, versions.error());
  if (versions->empty()) {
    return RespondWithError(deps, ctx, Error::NotFound("No introduction found"));
  }
  auto directory = deps.frontdoor.Directory();
  if (!directory) return RespondWithError(deps, ctx, directory.error());
  const IntroductionVersion* latest = &versions->front();
  for (const IntroductionVersion& v : *versions) {
    if (v.introduction.version > latest->introduction.version) latest = &v;
  }
  return Respond(deps, ctx, IntroductionHistoryPage(latest->introduction, *versions, *directory));
}

}  // namespace

void RegisterFrontDoorPages(http::Router& router, const SharedDeps& deps) {
  const RouteAccess front_door = RouteAccess::Roles(kFrontDoorRoles);
  router.Add("GET", "/front-door", front_door,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return ShowList(*deps, request, ctx);
             });
  router.Add(
      "GET", "/front-door/new", front_door,
      [deps](const http::Request&, http::RequestContext& ctx) { return ShowNew(*deps, ctx); });
  router.Add("POST", "/front-door/new", front_door,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return SubmitNew(*deps, request, ctx);
             });
  router.Add("GET", "/front-door/{id}", front_door,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return ShowIntroduction(*deps, ctx, request.Param("id"),
                                       Outcome{.done = request.QueryParam("done").value_or("")});
             });
  router.Add("GET", "/front-door/{id}/history", RouteAccess::Roles(kCareRoles),
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return ShowHistory(*deps, request, ctx);
             });
  AddActions(router, deps);
}

}  // namespace lw::web

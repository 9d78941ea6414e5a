// The team pages' handlers (team_pages.h): read the request, call one
// TeamService function, render. The pages themselves are in huddle_page.cc
// and caseload_pages.cc.
#include "web/team_pages.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "domain/frontdoor/date_input.h"
#include "web/error_page.h"
#include "web/page_support.h"

namespace lw::web {

namespace {

http::Response BadRequest(const WebDeps& deps, const http::RequestContext& ctx) {
  return Respond(deps, ctx, ErrorPage(400));
}

// An item's anchor as a form sends it back: made only of the characters
// anchors are built from, so it is safe in a Location header's fragment.
bool IsAnchor(std::string_view text) {
  return !text.empty() && text.size() <= 200 && std::ranges::all_of(text, [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
}

std::string CarriedOverAnchor(std::string_view decision_id) {
  return std::string(HuddleItemKindKey(HuddleItemKind::kCarriedOverDecision)) + "-" +
         std::string(decision_id);
}

// The by-when date typed as three boxes, or the message for the person.
std::variant<Date, std::string> TypedDate(const http::Form& form, std::string_view label,
                                          std::string_view if_missing) {
  auto parsed = ParseDateInput(form.Value("by_when_day"), form.Value("by_when_month"),
                               form.Value("by_when_year"), label);
  if (auto* message = std::get_if<std::string>(&parsed)) return std::move(*message);
  const auto& date = std::get<std::optional<Date>>(parsed);
  if (!date) return std::string(if_missing);
  return *date;
}

// What the huddle shows besides the board itself.
struct Outcome {
  HuddleForm failed = HuddleForm::kNone;
  std::string item;
  const http::Form* typed = nullptr;
  std::vector<FieldError> errors;
  std::string problem;
  int status = 200;
  std::string done;
};

// An item of the board as its page's path names it.
struct ItemPath {
  HuddleItemKind kind;
  std::string subject_id;
};

std::optional<ItemPath> ItemPathOf(const http::Request& request) {
  auto kind = ParseHuddleItemKind(request.Param("kind"));
  const std::string_view subject = request.Param("subject");
  if (!kind || !IsAnchor(subject)) return std::nullopt;
  return ItemPath{*kind, std::string(subject)};
}

// The board, or with `item` the page of that one item.
http::Response ShowHuddle(const WebDeps& deps, http::RequestContext& ctx, Outcome outcome,
                          const ItemPath* item = nullptr) {
  const Actor& actor = SignedInActor(ctx);
  auto huddle = item == nullptr ? deps.team.Huddle(actor)
                                : deps.team.HuddleItemOnBoard(actor, item->kind, item->subject_id);
  if (!huddle) return RespondWithError(deps, ctx, huddle.error());
  HuddlePageView view{.huddle = std::move(*huddle),
                      .viewer_user_id = actor.user_id,
                      .csrf_token = std::string(ctx.csrf_token),
                      .done = std::move(outcome.done),
                      .failed = outcome.failed,
                      .failed_item = std::move(outcome.item),
                      .typed = {},
                      .errors = std::move(outcome.errors),
                      .problem = std::move(outcome.problem),
                      .status = outcome.status};
  if (outcome.typed != nullptr) view.typed = *outcome.typed;
  return Respond(deps, ctx, item == nullptr ? HuddlePage(view) : HuddleItemPage(view));
}

// A refused change: its errors beside the form on the board, or the
// conflict page, or the error page for anything else.
http::Response Refused(const WebDeps& deps, http::RequestContext& ctx, const Error& error,
                       HuddleForm form, std::string item, const http::Form& typed,
                       const ItemPath* page = nullptr) {
  switch (error.code) {
    case ErrorCode::kConflict:
      return Respond(deps, ctx, DecisionConflictPage(item));
    case ErrorCode::kInvalidArgument: {
      Outcome outcome{.failed = form,
                      .item = std::move(item),
                      .typed = &typed,
                      .errors = error.field_errors,
                      .status = 422};
      if (outcome.errors.empty()) outcome.problem = error.message;
      return ShowHuddle(deps, ctx, std::move(outcome), page);
    }
    case ErrorCode::kFailedPrecondition:
      // The domain's refusal says why and what to do instead.
      return ShowHuddle(deps, ctx,
                        Outcome{.failed = form,
                                .item = std::move(item),
                                .typed = &typed,
                                .problem = error.message,
                                .status = 409},
                        page);
    default:
      return RespondWithError(deps, ctx, error);
  }
}

// The form's fields in the order the form shows them, so the error summary
// lists problems top to bottom.
void InFormOrder(std::vector<FieldError>& errors) {
  static constexpr std::string_view kOrder[] = {"what", "who_does_it", "by_when", "present"};
  auto rank = [](const FieldError& e) {
    return std::ranges::find(kOrder, e.field) - std::begin(kOrder);
  };
  std::ranges::stable_sort(errors, {}, rank);
}

http::Response PostDecision(const WebDeps& deps, const http::Request& request,
                            http::RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  const http::Form& form = FormOf(request);
  auto page = ItemPathOf(request);
  auto kind = ParseDecisionSubjectKind(form.Value("about_kind"));
  if (!page || !kind) return BadRequest(deps, ctx);
  const std::string item = std::string(HuddleItemKindKey(page->kind)) + "-" + page->subject_id;
  const Timestamp now = deps.clock.Now();
  const Date today = Date::InLondon(now);
  // team_id, recorded_by and recorded_at are the service's to set; they are
  // filled here only for the domain's check below.
  TeamDecisionDraft draft{.team_id = actor.team_id,
                          .huddle_on = today,
                          .about = {*kind, std::string(form.Value("about_id"))},
                          .person_id = std::string(form.Value("person_id")),
                          .what = std::string(form.Value("what")),
                          .who_does_it = std::string(form.Value("who_does_it")),
                          .by_when = today,
                          .present = {},
                          .recorded_by = actor.user_id,
                          .recorded_at = now};
  for (std::string_view p : form.GetAll("present")) draft.present.emplace_back(p);
  auto by_when = TypedDate(form, "By when", "Enter the date it should be done by");
  if (auto* date = std::get_if<Date>(&by_when)) {
    draft.by_when = *date;
    auto decision = deps.team.RecordDecision(actor, std::move(draft));
    if (decision) return http::Response::Redirect("/huddle?done=decision#" + item);
    return Refused(deps, ctx, decision.error(), HuddleForm::kDecision, item, form, &*page);
  }
  // The date cannot be read, so nothing is sent to be stored; the domain's
  // own check of the rest (the one the service makes) still names every
  // other problem, so they can all be put right at once.
  std::vector<FieldError> errors = {{"by_when", std::get<std::string>(by_when)}};
  if (auto rest = RecordTeamDecision(std::move(draft)); !rest) {
    for (FieldError& e : rest.error().field_errors) {
      if (e.field != "by_when") errors.push_back(std::move(e));
    }
  }
  InFormOrder(errors);
  return ShowHuddle(deps, ctx,
                    Outcome{.failed = HuddleForm::kDecision,
                            .item = item,
                            .typed = &form,
                            .errors = std::move(errors),
                            .status = 422},
                    &*page);
}

http::Response PostDone(const WebDeps& deps, const http::Request& request,
                        http::RequestContext& ctx) {
  const std::string_view id = request.Param("id");
  const http::Form& form = FormOf(request);
  auto version = ParseVersion(form.Value("version"));
  if (!version) return BadRequest(deps, ctx);
  auto done = deps.team.MarkDecisionDone(SignedInActor(ctx), id, *version,
                                         std::string(form.Value("outcome")));
  if (done) return http::Response::Redirect("/huddle?done=done#" + CarriedOverAnchor(done->id));
  return Refused(deps, ctx, done.error(), HuddleForm::kDone, CarriedOverAnchor(id), form);
}

http::Response PostReschedule(const WebDeps& deps, const http::Request& request,
                              http::RequestContext& ctx) {
  const std::string_view id = request.Param("id");
  const http::Form& form = FormOf(request);
  auto version = ParseVersion(form.Value("version"));
  if (!version) return BadRequest(deps, ctx);
  auto by_when = TypedDate(form, "New date", "Enter the new date");
  if (auto* message = std::get_if<std::string>(&by_when)) {
    return ShowHuddle(deps, ctx,
                      Outcome{.failed = HuddleForm::kMove,
                              .item = CarriedOverAnchor(id),
                              .typed = &form,
                              .errors = {{"by_when", std::move(*message)}},
                              .status = 422});
  }
  auto moved = deps.team.RescheduleDecision(
      SignedInActor(ctx), id, *version, std::get<Date>(by_when), std::string(form.Value("reason")));
  if (moved) return http::Response::Redirect("/huddle?done=moved#" + CarriedOverAnchor(moved->id));
  return Refused(deps, ctx, moved.error(), HuddleForm::kMove, CarriedOverAnchor(id), form);
}

http::Response ShowCaseload(const WebDeps& deps, http::RequestContext& ctx,
                            std::string_view user_id) {
  const Actor& actor = SignedInActor(ctx);
  auto caseload = deps.team.Caseload(actor, user_id);
  if (!caseload) return RespondWithError(deps, ctx, caseload.error());
  const bool own = caseload->worker.id == actor.user_id;
  return Respond(deps, ctx, CaseloadPage({.caseload = std::move(*caseload), .own = own}));
}

http::Response ShowTeamCaseload(const WebDeps& deps, http::RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  auto team = deps.team.TeamCaseload(actor);
  if (!team) return RespondWithError(deps, ctx, team.error());
  return Respond(deps, ctx,
                 TeamCaseloadPage({.team = std::move(*team), .viewer_user_id = actor.user_id}));
}

}  // namespace

void RegisterTeamPages(http::Router& router, const SharedDeps& deps) {
  // Care roles; the service refuses anyone without a team as not found.
  const RouteAccess team = RouteAccess::Roles(kCareRoles);
  router.Add(
      "GET", "/huddle", team, [deps](const http::Request& request, http::RequestContext& ctx) {
        return ShowHuddle(*deps, ctx, Outcome{.done = request.QueryParam("done").value_or("")});
      });
  router.Add("GET", "/huddle/items/{kind}/{subject}", team,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               auto item = ItemPathOf(request);
               if (!item) return Respond(*deps, ctx, ErrorPage(404));
               return ShowHuddle(*deps, ctx, Outcome{}, &*item);
             });
  router.Add("POST", "/huddle/items/{kind}/{subject}", team,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return PostDecision(*deps, request, ctx);
             });
  router.Add("POST", "/huddle/decisions/{id}/done", team,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return PostDone(*deps, request, ctx);
             });
  router.Add("POST", "/huddle/decisions/{id}/reschedule", team,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return PostReschedule(*deps, request, ctx);
             });
  router.Add("GET", "/caseload", team, [deps](const http::Request&, http::RequestContext& ctx) {
    return ShowCaseload(*deps, ctx, "");
  });
  router.Add("GET", "/caseload/{user_id}", team,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return ShowCaseload(*deps, ctx, request.Param("user_id"));
             });
  router.Add("GET", "/team/caseload", team,
             [deps](const http::Request&, http::RequestContext& ctx) {
               return ShowTeamCaseload(*deps, ctx);
             });
}

}  // namespace lw::web

// The staffing pages' handlers (staffing_pages.h): read the request, call
// StaffingService, render. Reading the form into a post (a number of
// hours, a profession and band key) is the only checking done here; every
// rule is the service's and the domain's.
#include "web/staffing_pages.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "web/error_page.h"
#include "web/page_support.h"

namespace lw::web {

namespace {

constexpr RoleSet kViewers = {Role::kTeamLead, Role::kAdministrator, Role::kCommissioner};
constexpr RoleSet kEditors = {Role::kTeamLead, Role::kAdministrator};

using Errors = std::vector<FieldError>;

// Hours typed as a plain decimal number ("37.5"); nullopt otherwise.
std::optional<double> ParseHours(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty() ||
      !(std::isdigit(static_cast<unsigned char>(text.front())) != 0 || text.front() == '.')) {
    return std::nullopt;
  }
  double value = 0;
  auto [end, ec] =
      std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

// The form as a post. What the page cannot read goes into `errors`, with
// the domain's own check of the rest, so every problem shows at once.
StaffPost ReadPost(const http::Form& f, Errors& errors) {
  StaffPost post{.user_id = std::string(f.Value("user_id")),
                 .organisation_id = std::string(f.Value("organisation_id")),
                 .team_id = std::string(f.Value("team_id")),
                 .neighbourhood_id = std::string(f.Value("neighbourhood_id")),
                 .safeguarding_lead = f.Value("safeguarding_lead") == "yes",
                 .development_support = f.Value("development_support") == "yes"};
  if (auto profession = ParseProfession(f.Value("profession"))) {
    post.profession = *profession;
  } else {
    errors.push_back({"profession", "Choose the role"});
  }
  if (std::string_view band = f.Value("band"); !band.empty()) {
    post.band = ParseBand(band);
    if (!post.band) errors.push_back({"band", "Choose a band from the list"});
  }
  auto hours = ParseHours(f.Value("hours_per_week"));
  if (hours) {
    post.hours_per_week = *hours;
  } else {
    errors.push_back({"hours_per_week", "Enter the hours a week as a number, like 37.5"});
  }
  if (errors.empty()) return post;
  if (auto valid = ValidateStaffPost(post); !valid) {
    for (FieldError& e : valid.error().field_errors) {
      if (std::ranges::none_of(errors, [&](const FieldError& x) { return x.field == e.field; })) {
        errors.push_back(std::move(e));
      }
    }
  }
  return post;
}

// The form's order, so the error summary reads top to bottom.
Errors InFormOrder(Errors errors) {
  static constexpr std::string_view kOrder[] = {"user_id",          "organisation_id", "team_id",
                                                "neighbourhood_id", "profession",      "band",
                                                "hours_per_week",   "confirm"};
  std::ranges::stable_sort(errors, {}, [](const FieldError& e) {
    return std::ranges::find(kOrder, e.field) - std::begin(kOrder);
  });
  return errors;
}

// What the post page shows besides the post.
struct Outcome {
  const http::Form* typed = nullptr;  // the post form as sent
  bool end_failed = false;
  Errors errors;
  std::string problem;
  int status = 200;
};

// The post's page (`id` "" for a new post).
http::Response ShowPost(const WebDeps& deps, http::RequestContext& ctx, std::string_view id,
                        Outcome outcome) {
  StaffingService& staffing = *deps.staffing;
  const Actor& actor = SignedInActor(ctx);
  StaffPostPageView view{.role_names = staffing.settings().role_names,
                         .csrf_token = std::string(ctx.csrf_token),
                         .typed_form = outcome.typed != nullptr,
                         .end_failed = outcome.end_failed,
                         .errors = InFormOrder(std::move(outcome.errors)),
                         .problem = std::move(outcome.problem),
                         .status = outcome.status};
  if (!id.empty()) {
    auto post = staffing.GetPost(actor, id);
    if (!post) return RespondWithError(deps, ctx, post.error());
    view.post = std::move(*post);
    auto history = staffing.PostHistory(actor, id);
    if (!history) return RespondWithError(deps, ctx, history.error());
    view.history = std::move(*history);
  }
  auto choices = staffing.Choices(actor);
  if (!choices) return RespondWithError(deps, ctx, choices.error());
  view.choices = std::move(*choices);
  if (outcome.typed != nullptr) view.typed = *outcome.typed;
  return Respond(deps, ctx, StaffPostPage(view));
}

constexpr std::string_view kConflict =
    "Someone else changed this post after you opened the page, so your change has not been "
    "saved and nothing they did has been overwritten. The form now shows the latest version: "
    "check it, then make your change again.";

// A refused change: the post's page with why, or the error page.
http::Response Refused(const WebDeps& deps, http::RequestContext& ctx, std::string_view id,
                       const Error& error, const http::Form& form, bool end_form) {
  Outcome outcome;
  switch (error.code) {
    case ErrorCode::kInvalidArgument:
      outcome.typed = end_form ? nullptr : &form;
      outcome.end_failed = end_form;
      outcome.errors = error.field_errors;
      if (outcome.errors.empty()) outcome.problem = error.message;
      outcome.status = 422;
      break;
    case ErrorCode::kConflict:
      outcome.problem = kConflict;  // the latest version's values, not what was typed
      outcome.status = 409;
      break;
    case ErrorCode::kFailedPrecondition:
      outcome.problem = error.message;  // the service says why: the post has ended
      outcome.status = 409;
      break;
    default:
      return RespondWithError(deps, ctx, error);
  }
  return ShowPost(deps, ctx, id, std::move(outcome));
}

http::Response Done(std::string_view what) {
  return http::Response::Redirect("/staffing?done=" + std::string(what) + "#posts");
}

http::Response ShowOverview(const WebDeps& deps, const http::Request& request,
                            http::RequestContext& ctx) {
  auto overview = deps.staffing->Overview(SignedInActor(ctx));
  if (!overview) return RespondWithError(deps, ctx, overview.error());
  return Respond(deps, ctx,
                 StaffingPage({.overview = std::move(*overview),
                               .done = std::string(request.QueryParam("done").value_or(""))}));
}

http::Response AddPost(const WebDeps& deps, const http::Request& request,
                       http::RequestContext& ctx) {
  const http::Form& form = FormOf(request);
  Errors errors;
  StaffPost post = ReadPost(form, errors);
  if (!errors.empty()) {
    return ShowPost(deps, ctx, "", {.typed = &form, .errors = std::move(errors), .status = 422});
  }
  auto added = deps.staffing->AddPost(SignedInActor(ctx), std::move(post));
  if (added) return Done("added");
  return Refused(deps, ctx, "", added.error(), form, false);
}

http::Response UpdatePost(const WebDeps& deps, const http::Request& request,
                          http::RequestContext& ctx) {
  const std::string_view id = request.Param("id");
  const http::Form& form = FormOf(request);
  auto version = ParseVersion(form.Value("version"));
  if (!version) return Respond(deps, ctx, ErrorPage(400));
  Errors errors;
  StaffPost post = ReadPost(form, errors);
  if (!errors.empty()) {
    return ShowPost(deps, ctx, id, {.typed = &form, .errors = std::move(errors), .status = 422});
  }
  post.id = std::string(id);
  post.version = *version;
  auto changed = deps.staffing->UpdatePost(SignedInActor(ctx), std::move(post));
  if (changed) return Done("changed");
  return Refused(deps, ctx, id, changed.error(), form, false);
}

http::Response EndPost(const WebDeps& deps, const http::Request& request,
                       http::RequestContext& ctx) {
  const std::string_view id = request.Param("id");
  const http::Form& form = FormOf(request);
  auto version = ParseVersion(form.Value("version"));
  if (!version) return Respond(deps, ctx, ErrorPage(400));
  if (form.Value("confirm") != "yes") {
    return ShowPost(deps, ctx, id,
                    {.end_failed = true,
                     .errors = {{"confirm", "Confirm that this post has ended"}},
                     .status = 422});
  }
  auto ended = deps.staffing->EndPost(SignedInActor(ctx), id, *version);
  if (ended) return Done("ended");
  return Refused(deps, ctx, id, ended.error(), form, true);
}

}  // namespace

void RegisterStaffingPages(http::Router& router, const SharedDeps& deps) {
  const RouteAccess viewers = RouteAccess::Roles(kViewers);
  const RouteAccess editors = RouteAccess::Roles(kEditors);
  router.Add("GET", "/staffing", viewers,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return ShowOverview(*deps, request, ctx);
             });
  router.Add("GET", "/staffing/posts/new", editors,
             [deps](const http::Request&, http::RequestContext& ctx) {
               return ShowPost(*deps, ctx, "", {});
             });
  router.Add("POST", "/staffing/posts/new", editors,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return AddPost(*deps, request, ctx);
             });
  router.Add("GET", "/staffing/posts/{id}", editors,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return ShowPost(*deps, ctx, request.Param("id"), {});
             });
  router.Add("POST", "/staffing/posts/{id}", editors,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return UpdatePost(*deps, request, ctx);
             });
  router.Add("POST", "/staffing/posts/{id}/end", editors,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return EndPost(*deps, request, ctx);
             });
}

}  // namespace lw::web

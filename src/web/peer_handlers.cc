// Peer matching's handlers (peer_pages.h): read the form, call
// PeerMatchingService, render. Reading vocabulary keys is the only checking
// done here; every rule is the service's and the domain's.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "web/page_support.h"
#include "web/peer_pages.h"

namespace lw::web {

namespace {

using Errors = std::vector<FieldError>;

constexpr std::string_view kConflict =
    "Someone else changed this after you opened the page, so your change has not been saved "
    "and nothing they did has been overwritten. The page now shows the latest version: check "
    "it, then make your change again.";

PeerRefusal RefusalOf(std::string form, const http::Form& typed, Errors errors) {
  return PeerRefusal{
      .form = std::move(form), .typed = typed, .errors = std::move(errors), .status = 422};
}

// A refused change as the form's page shows it, or nullopt for the error page.
std::optional<PeerRefusal> AsRefusal(const Error& e, std::string form, const http::Form& typed) {
  switch (e.code) {
    case ErrorCode::kInvalidArgument: {
      PeerRefusal r = RefusalOf(std::move(form), typed, e.field_errors);
      if (r.errors.empty()) r.problem = e.message;
      return r;
    }
    case ErrorCode::kConflict:
      return PeerRefusal{.problem = std::string(kConflict), .status = 409};
    case ErrorCode::kFailedPrecondition:
      return PeerRefusal{.problem = e.message, .status = 409};
    default:
      return std::nullopt;
  }
}

std::string Done(const http::Request& request) {
  return std::string(request.QueryParam("done").value_or(""));
}

std::vector<LivedExperience> ReadAreas(const http::Form& f, Errors& errors) {
  std::vector<LivedExperience> out;
  for (std::string_view key : f.GetAll("areas")) {
    auto area = ParseLivedExperience(key);
    if (!area) {
      errors.push_back({"areas", "Choose from the list"});
      break;
    }
    out.push_back(*area);
  }
  return out;
}

// The version a form was based on: 0 (nothing recorded yet) or more.
long long ReadVersion(const http::Form& f) {
  return ParseWhole(f.Value("version"), 0).value_or(-1);
}

// --- My lived experience.

http::Response ShowMine(const WebDeps& deps, http::RequestContext& ctx, std::string done,
                        PeerRefusal refusal) {
  auto mine = deps.peers->MyProfile(SignedInActor(ctx));
  if (!mine) return RespondWithError(deps, ctx, mine.error());
  return Respond(deps, ctx,
                 MyLivedExperiencePage({.view = std::move(*mine),
                                        .csrf_token = std::string(ctx.csrf_token),
                                        .done = std::move(done),
                                        .refusal = std::move(refusal)}));
}

http::Response SaveMine(const WebDeps& deps, const http::Request& request,
                        http::RequestContext& ctx) {
  const http::Form& f = FormOf(request);
  Errors errors;
  SharingProfileDraft draft{.areas = ReadAreas(f, errors),
                            .gender = std::string(f.Value("gender")),
                            .own_words = std::string(f.Value("own_words")),
                            .consent = f.Value("consent") == "yes"};
  for (std::string_view code : f.GetAll("languages")) draft.languages.emplace_back(code);
  if (!errors.empty()) return ShowMine(deps, ctx, "", RefusalOf("profile", f, std::move(errors)));
  auto saved = deps.peers->SaveMyProfile(SignedInActor(ctx), std::move(draft), ReadVersion(f));
  if (saved) return http::Response::Redirect("/my/lived-experience?done=saved");
  auto refusal = AsRefusal(saved.error(), "profile", f);
  if (!refusal) return RespondWithError(deps, ctx, saved.error());
  return ShowMine(deps, ctx, "", std::move(*refusal));
}

http::Response WithdrawMine(const WebDeps& deps, const http::Request& request,
                            http::RequestContext& ctx) {
  const http::Form& f = FormOf(request);
  auto done = deps.peers->WithdrawMyProfile(SignedInActor(ctx), ReadVersion(f));
  if (done) return http::Response::Redirect("/my/lived-experience?done=withdrawn");
  auto refusal = AsRefusal(done.error(), "withdraw", f);
  if (!refusal) return RespondWithError(deps, ctx, done.error());
  return ShowMine(deps, ctx, "", std::move(*refusal));
}

// --- A person's peer mentor.

http::Response ShowPeerMentor(const WebDeps& deps, http::RequestContext& ctx, std::string_view id,
                              std::string done, PeerRefusal refusal) {
  auto view = deps.peers->PeerMentor(SignedInActor(ctx), id);
  if (!view) return RespondWithError(deps, ctx, view.error());
  return Respond(deps, ctx,
                 PeerMentorPage({.view = std::move(*view),
                                 .csrf_token = std::string(ctx.csrf_token),
                                 .done = std::move(done),
                                 .refusal = std::move(refusal)}));
}

template <typename Call>
http::Response Change(const WebDeps& deps, const http::Request& request, http::RequestContext& ctx,
                      const std::string& form, Errors errors, Call call) {
  const std::string_view id = request.Param("id");
  const http::Form& f = FormOf(request);
  if (!errors.empty())
    return ShowPeerMentor(deps, ctx, id, "", RefusalOf(form, f, std::move(errors)));
  Result<PeerMentorWish> done = call(SignedInActor(ctx), id, ReadVersion(f));
  if (done) {
    std::string what = form;
    if (form == "answer") {
      what = done->choice && done->choice->response == ChoiceResponse::kAccepted ? "accepted"
                                                                                 : "declined";
    }
    return http::Response::Redirect("/people/" + std::string(id) + "/peer-mentor?done=" + what);
  }
  auto refusal = AsRefusal(done.error(), form, f);
  if (!refusal) return RespondWithError(deps, ctx, done.error());
  return ShowPeerMentor(deps, ctx, id, "", std::move(*refusal));
}

http::Response RecordWish(const WebDeps& deps, const http::Request& request,
                          http::RequestContext& ctx) {
  const http::Form& f = FormOf(request);
  Errors errors;
  PeerMentorWishDraft draft{.areas = ReadAreas(f, errors),
                            .language = std::string(f.Value("language")),
                            .preferences = std::string(f.Value("preferences")),
                            .in_their_words = std::string(f.Value("in_their_words"))};
  return Change(deps, request, ctx, "wish", std::move(errors),
                [&](const Actor& actor, std::string_view id, long long version) {
                  return deps.peers->RecordWish(actor, id, std::move(draft), version);
                });
}

http::Response Choose(const WebDeps& deps, const http::Request& request,
                      http::RequestContext& ctx) {
  const http::Form& f = FormOf(request);
  return Change(deps, request, ctx, "choice", {},
                [&](const Actor& actor, std::string_view id, long long version) {
                  return deps.peers->ChoosePeerMentor(actor, id, f.Value("peer"),
                                                      f.Value("together") == "yes", version);
                });
}

http::Response Answer(const WebDeps& deps, const http::Request& request,
                      http::RequestContext& ctx) {
  const http::Form& f = FormOf(request);
  const std::string_view answer = f.Value("answer");
  Errors errors;
  if (answer != "accept" && answer != "decline") {
    errors.push_back({"answer", "Choose whether you accept or decline"});
  }
  return Change(deps, request, ctx, "answer", std::move(errors),
                [&](const Actor& actor, std::string_view id, long long version) {
                  return deps.peers->RespondToChoice(actor, id, answer == "accept",
                                                     std::string(f.Value("note")), version);
                });
}

}  // namespace

void RegisterPeerPages(http::Router& router, const SharedDeps& deps) {
  const RouteAccess care = RouteAccess::Roles(kCareRoles);
  using http::Request;
  using http::RequestContext;
  router.Add("GET", "/my/lived-experience", care, [deps](const Request& r, RequestContext& ctx) {
    return ShowMine(*deps, ctx, Done(r), {});
  });
  router.Add("POST", "/my/lived-experience", care,
             [deps](const Request& r, RequestContext& ctx) { return SaveMine(*deps, r, ctx); });
  router.Add("POST", "/my/lived-experience/withdraw", care,
             [deps](const Request& r, RequestContext& ctx) { return WithdrawMine(*deps, r, ctx); });
  router.Add("GET", "/people/{id}/peer-mentor", care,
             [deps](const Request& r, RequestContext& ctx) {
               return ShowPeerMentor(*deps, ctx, r.Param("id"), Done(r), {});
             });
  router.Add("POST", "/people/{id}/peer-mentor/wish", care,
             [deps](const Request& r, RequestContext& ctx) { return RecordWish(*deps, r, ctx); });
  router.Add("POST", "/people/{id}/peer-mentor/choice", care,
             [deps](const Request& r, RequestContext& ctx) { return Choose(*deps, r, ctx); });
  router.Add("POST", "/people/{id}/peer-mentor/answer", care,
             [deps](const Request& r, RequestContext& ctx) { return Answer(*deps, r, ctx); });
}

}  // namespace lw::web

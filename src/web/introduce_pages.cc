// The public journey's routes and handlers, and its pages outside the
// steps: sent, too many, privacy (introduce_pages.h).
#include "web/introduce_pages.h"

#include "base/ids.h"
#include "base/random.h"
#include "web/components.h"
#include "web/form_components.h"
#include "web/introduce_parts.h"
#include "web/page_support.h"

namespace lw::web {

namespace {

http::CookieOptions PreSessionCookie(const WebDeps& deps, const http::RequestContext& ctx) {
  return http::CookieOptions{.http_only = true,
                             .secure = deps.site.secure_cookies || ctx.secure,
                             .same_site = "Lax",
                             .max_age_seconds = -1,
                             .path = "/"};
}

std::string NewToken(const WebDeps& deps) {
  if (deps.random != nullptr) return NewSecretToken(*deps.random);
  static SystemRandom system_random;  // safe from any thread
  return NewSecretToken(system_random);
}

const FrontDoorPolicy& PolicyOf(const WebDeps& deps) { return deps.frontdoor.options().policy; }

// The answers as the domain will store them, for the check page: valid
// everywhere but the check page's own question, which is not answered yet.
std::optional<Introduction> Normalised(const IntroduceAnswers& answers, Timestamp now,
                                       const FrontDoorPolicy& policy) {
  IntroductionDraft draft = ToDraft(answers, now);
  draft.privacy_agreed = true;
  auto valid = ValidateNewIntroduction(draft, policy, Date::InLondon(now));
  if (!valid) return std::nullopt;
  return std::move(*valid);
}

http::Response RenderStep(const WebDeps& deps, const http::RequestContext& ctx, IntroduceStep step,
                          const IntroduceAnswers& answers, std::span<const FieldError> errors,
                          std::span<const Neighbourhood> neighbourhoods) {
  std::optional<Introduction> normalised;
  std::string key;
  if (step == IntroduceStep::kCheck) {
    normalised = Normalised(answers, deps.clock.Now(), PolicyOf(deps));
    key = NewToken(deps);
  }
  IntroduceView view{.step = step,
                     .answers = answers,
                     .errors = errors,
                     .neighbourhoods = neighbourhoods,
                     .csrf_token = ctx.csrf_token,
                     .site = deps.site,
                     .target_days = PolicyOf(deps).target_days,
                     .normalised = normalised ? &*normalised : nullptr,
                     .submission_key = key};
  return Respond(deps, ctx, IntroduceStepPage(view));
}

http::Response ShowStart(const WebDeps& deps, http::RequestContext& ctx) {
  // As on the sign-in page: before there is a session, the forms' CSRF
  // token is the lw_csrf cookie's (double submit); a first visit gets one.
  std::string new_token;
  if (ctx.csrf_token.empty()) {
    new_token = NewToken(deps);
    ctx.csrf_token = new_token;
  }
  IntroduceAnswers nothing;
  http::Response response = RenderStep(deps, ctx, IntroduceStep::kStart, nothing, {}, {});
  if (!new_token.empty()) {
    response.SetCookie(kCsrfCookie, new_token, PreSessionCookie(deps, ctx));
  }
  return response;
}

http::Response Send(const WebDeps& deps, const http::Request& request,
                    const http::RequestContext& ctx, const IntroduceAnswers& answers,
                    std::span<const Neighbourhood> neighbourhoods, Timestamp now) {
  if (answers.submission_key.empty()) {
    // Only a form that did not come from the check page lacks one.
    const FieldError again[] = {{"", "Check your answers and send them again"}};
    return RenderStep(deps, ctx, IntroduceStep::kCheck, answers, again, neighbourhoods);
  }
  std::string_view neighbourhood = answers.neighbourhood == kNotSure || neighbourhoods.empty()
                                       ? std::string_view()
                                       : std::string_view(answers.neighbourhood);
  auto receipt = deps.frontdoor.SubmitPublic(ToDraft(answers, now), neighbourhood,
                                             answers.submission_key, request.remote_address);
  if (!receipt) {
    const Error& error = receipt.error();
    if (error.code == ErrorCode::kResourceExhausted) {
      return Respond(deps, ctx, IntroduceTooOftenPage(answers, ctx.csrf_token, deps.site));
    }
    if (error.code == ErrorCode::kInvalidArgument && !error.field_errors.empty()) {
      StepToShow show = StepFor(IntroduceStep::kSend, answers, error.field_errors);
      if (show.step == IntroduceStep::kSend) show.step = IntroduceStep::kCheck;
      if (show.errors.empty()) show.errors = error.field_errors;
      return RenderStep(deps, ctx, show.step, answers, show.errors, neighbourhoods);
    }
    return RespondWithError(deps, ctx, error);
  }
  return Respond(deps, ctx,
                 IntroductionSentPage(receipt->introduction.reference, answers.ForSomeoneElse(),
                                      deps.site, PolicyOf(deps).target_days));
}

// POST /introduce/<target>: every step before `target` must be right.
http::Response Go(const WebDeps& deps, const http::Request& request, http::RequestContext& ctx,
                  IntroduceStep target) {
  const http::Form no_fields;
  const IntroduceAnswers answers = ParseAnswers(request.form ? *request.form : no_fields);
  auto neighbourhoods = deps.frontdoor.Neighbourhoods();
  if (!neighbourhoods) return RespondWithError(deps, ctx, neighbourhoods.error());
  const Timestamp now = deps.clock.Now();
  std::vector<FieldError> problems = CheckAnswers(answers, *neighbourhoods, PolicyOf(deps), now);
  StepToShow show = StepFor(target, answers, problems);
  if (show.step == IntroduceStep::kSend) {
    return Send(deps, request, ctx, answers, *neighbourhoods, now);
  }
  return RenderStep(deps, ctx, show.step, answers, show.errors, *neighbourhoods);
}

}  // namespace

void CrisisCallout(Html& h, const SiteOptions& site) {
  Html body;
  body << "<p>" << Text(site.crisis_text) << "</p>\n";
  WarningCallout(h, "If you need help now", body);
}

Page IntroductionSentPage(std::string_view reference, bool for_someone_else,
                          const SiteOptions& site, int target_days) {
  Page page;
  page.title = "Introduction sent";
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  Html body;
  body << "Your reference number<br><strong>" << Text(reference) << "</strong>\n";
  Panel(h, "Introduction sent", body);
  CrisisCallout(h, site);
  h << "<h2 class=\"nhsuk-heading-m\">What happens next</h2>\n<p>Someone from the "
    << Text(site.service_name) << " team will contact "
    << (for_someone_else ? Markup("the person you introduced") : Markup("you")) << " within "
    << target_days
    << " days, in the ways you said were safe, to arrange a first conversation.</p>\n"
       "<p>If you need to get in touch with us about this introduction, quote your reference "
       "number. Write it down or keep a copy: this page cannot be shown again.</p>\n"
       "<p><a href=\"/introduce\">Introduce someone else</a></p>\n"
       "</div>\n</div>\n";
  return page;
}

Page IntroduceTooOftenPage(const IntroduceAnswers& answers, std::string_view csrf_token,
                           const SiteOptions& site) {
  Page page;
  page.title = "Your introduction has not been sent";
  page.status = 429;
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n"
       "<h1 class=\"nhsuk-heading-l\">Your introduction has not been sent</h1>\n";
  CrisisCallout(h, site);
  h << "<p>Too many introductions have been sent from this internet connection in the last "
       "hour, so we could not accept another one just now. This can happen on a shared "
       "connection, such as in a library or college.</p>\n"
       "<p>You can try again in an hour, or get in touch another way:</p>\n"
       "<ul>\n<li>ask your GP, or another service you are in touch with, to introduce you "
       "to "
    << Text(site.service_name)
    << "</li>\n<li>ask a friend or family member to introduce you from their own "
       "connection</li>\n<li>visit a community venue or Listening Lounge near you</li>\n</ul>\n"
       "<form action=\"/introduce/check\" method=\"post\" novalidate>\n";
  CsrfField(h, csrf_token);
  WriteHiddenAnswers(h, answers, IntroduceStep::kSend);
  h << "<button class=\"nhsuk-button nhsuk-button--secondary\" data-module=\"nhsuk-button\" "
       "type=\"submit\">Go back to your answers</button>\n</form>\n</div>\n</div>\n";
  return page;
}

Page PrivacyPage(const SiteOptions& site) {
  Page page;
  page.title = "Privacy notice";
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n"
       "<h1 class=\"nhsuk-heading-l\">Privacy notice</h1>\n";
  CrisisCallout(h, site);
  h << "<p>This notice explains what " << Text(site.service_name);
  if (!site.locality_name.empty()) h << " in " << Text(site.locality_name);
  h << " does with what you tell us when you introduce yourself, or someone you care about.</p>\n"
       "<h2 class=\"nhsuk-heading-m\">What we keep</h2>\n"
       "<p>The answers you send: name, date of birth, postcode, what is going on in your own "
       "words, what help you would like, how and when to contact you, and any equality "
       "answers you chose to give. If you introduce someone else, we also keep your name and "
       "how you know them. To protect the service from misuse we count, for an hour, how many "
       "introductions come from each internet connection; the connection's address is not kept "
       "with your introduction.</p>\n"
       "<h2 class=\"nhsuk-heading-m\">Why we keep it</h2>\n"
       "<p>To contact you, arrange a first conversation and offer support, so that nobody has "
       "to tell their story twice. Equality answers are used only to check that the service "
       "welcomes everyone equally, in figures that never name anyone.</p>\n"
       "<h2 class=\"nhsuk-heading-m\">Who sees it</h2>\n"
       "<p>The Living Well team for your neighbourhood, which brings together people from the "
       "NHS, the council and local voluntary organisations. We will contact you only in the "
       "ways you said were safe. We share information with another service only to introduce "
       "you to it, and we talk to you about it first, unless someone's life or safety is at "
       "serious risk.</p>\n"
       "<h2 class=\"nhsuk-heading-m\">Your rights</h2>\n"
       "<p>You can ask to see what we hold about you, ask us to correct it, or tell us you do "
       "not want to go ahead at any time. Ask the team when they contact you, quoting your "
       "reference number.</p>\n"
       "<p><a href=\"/introduce\">Introduce yourself</a></p>\n"
       "</div>\n</div>\n";
  return page;
}

void RegisterIntroducePages(http::Router& router, const SharedDeps& deps) {
  router.Add(
      "GET", "/introduce", RouteAccess::Public(),
      [deps](const http::Request&, http::RequestContext& ctx) { return ShowStart(*deps, ctx); });
  for (IntroduceStep step : kIntroduceSteps) {
    router.Add("POST", "/introduce/" + std::string(StepSlug(step)), RouteAccess::Public(),
               [deps, step](const http::Request& request, http::RequestContext& ctx) {
                 return Go(*deps, request, ctx, step);
               });
  }
  // The steps are forms, never addresses to visit: start again.
  router.Add("GET", "/introduce/{step}", RouteAccess::Public(),
             [](const http::Request&, http::RequestContext&) {
               return http::Response::Redirect("/introduce");
             });
  router.Add("GET", "/privacy", RouteAccess::Public(),
             [deps](const http::Request&, http::RequestContext& ctx) {
               return Respond(*deps, ctx, PrivacyPage(deps->site));
             });
}

}  // namespace lw::web

#include "web/sign_in_page.h"

#include "base/ids.h"
#include "base/random.h"
#include "services/auth_service.h"
#include "web/components.h"
#include "web/page_support.h"
#include "web/safe_redirect.h"

namespace lw::web {

namespace {

constexpr std::string_view kAfterSignIn = "/home";
constexpr std::string_view kWrongCredentials = "Enter a correct username and password";

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

http::CookieOptions SessionCookie(const WebDeps& deps, const http::RequestContext& ctx) {
  return http::CookieOptions{.http_only = true,
                             .secure = deps.site.secure_cookies || ctx.secure,
                             .same_site = "Lax",
                             .max_age_seconds = -1,
                             .path = "/"};
}

std::string NewPreSessionToken(const WebDeps& deps) {
  if (deps.random != nullptr) return NewSecretToken(*deps.random);
  static SystemRandom system_random;  // safe from any thread
  return NewSecretToken(system_random);
}

http::Response ShowSignIn(const WebDeps& deps, const http::Request& request,
                          http::RequestContext& ctx) {
  std::string next = request.QueryParam("next").value_or("");
  if (ctx.actor) return http::Response::Redirect(SafeNextOr(next, kAfterSignIn));
  // Before there is a session, the form's CSRF token is the lw_csrf
  // cookie's (double submit); the first visit gets a new one.
  std::string new_token;
  if (ctx.csrf_token.empty()) {
    new_token = NewPreSessionToken(deps);
    ctx.csrf_token = new_token;
  }
  SignInView view;
  view.next = IsSafeLocalPath(next) ? std::string_view(next) : std::string_view();
  view.csrf_token = ctx.csrf_token;
  view.signed_out = request.QueryParam("signed-out").value_or("") == "1";
  http::Response response = Respond(deps, ctx, SignInPage(view));
  if (!new_token.empty()) response.SetCookie(kCsrfCookie, new_token, SessionCookie(deps, ctx));
  return response;
}

http::Response SubmitSignIn(const WebDeps& deps, const http::Request& request,
                            http::RequestContext& ctx) {
  const http::Form no_fields;
  const http::Form& form = request.form ? *request.form : no_fields;
  std::string_view username = form.Value("username");
  std::string_view password = form.Value("password");
  std::string_view next = form.Value("next");

  SignInView view;
  view.username = username;
  view.next = IsSafeLocalPath(next) ? next : std::string_view();
  view.csrf_token = ctx.csrf_token;

  if (IsBlank(username)) view.field_errors.push_back({"username", "Enter your username"});
  if (password.empty()) view.field_errors.push_back({"password", "Enter your password"});
  if (!view.field_errors.empty()) {
    view.summary = view.field_errors;
    view.status = 422;
    return Respond(deps, ctx, SignInPage(view));
  }

  auto signed_in = deps.auth.SignIn(username, password, request.remote_address);
  if (!signed_in) {
    const Error& error = signed_in.error();
    if (error.code == ErrorCode::kUnauthenticated) {
      view.summary.push_back({"username", std::string(kWrongCredentials)});
      view.status = 401;
    } else if (error.code == ErrorCode::kResourceExhausted) {
      view.summary.push_back({"", error.message});
      view.status = 429;
    } else {
      return RespondWithError(deps, ctx, error);
    }
    return Respond(deps, ctx, SignInPage(view));
  }

  http::Response response = http::Response::Redirect(SafeNextOr(next, kAfterSignIn));
  response.SetCookie(kSessionCookie, signed_in->session_token, SessionCookie(deps, ctx));
  return response;
}

http::Response SignOut(const WebDeps& deps, const http::Request& request,
                       http::RequestContext& ctx) {
  if (auto token = request.Cookie(kSessionCookie)) {
    // On a store failure the session would live on: say so rather than
    // pretend, and keep the cookie so signing out can be tried again.
    if (auto done = deps.auth.SignOut(*token); !done)
      return RespondWithError(deps, ctx, done.error());
  }
  http::Response response = http::Response::Redirect("/sign-in?signed-out=1");
  http::CookieOptions expired = SessionCookie(deps, ctx);
  expired.max_age_seconds = 0;
  response.SetCookie(kSessionCookie, "", expired);
  return response;
}

}  // namespace

Page SignInPage(const SignInView& view) {
  Page page;
  page.title = "Sign in";
  page.status = view.status;
  page.has_errors = !view.summary.empty();
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  if (view.signed_out && view.summary.empty()) SuccessBanner(h, "You have signed out");
  ErrorSummary(h, view.summary);
  h << "<h1 class=\"nhsuk-heading-l\">Sign in</h1>\n"
       "<form action=\"/sign-in\" method=\"post\" novalidate>\n";
  CsrfField(h, view.csrf_token);
  if (!view.next.empty()) {
    h << "<input type=\"hidden\" name=\"next\" value=\"" << Attr(view.next) << "\">\n";
  }
  TextInput(h, InputField{.id = "username",
                          .label = "Username",
                          .value = view.username,
                          .autocomplete = "username",
                          .error = ErrorFor(view.field_errors, "username"),
                          .width = 20,
                          .spellcheck = false,
                          .autocapitalize = false});
  PasswordInput(h, InputField{.id = "password",
                              .label = "Password",
                              .autocomplete = "current-password",
                              .error = ErrorFor(view.field_errors, "password"),
                              .width = 20});
  SubmitButton(h, "Sign in");
  h << "</form>\n</div>\n</div>\n";
  return page;
}

void RegisterSignInPages(http::Router& router, const SharedDeps& deps) {
  router.Add("GET", "/sign-in", RouteAccess::Public(),
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return ShowSignIn(*deps, request, ctx);
             });
  router.Add("POST", "/sign-in", RouteAccess::Public(),
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return SubmitSignIn(*deps, request, ctx);
             });
  router.Add("POST", "/sign-out", RouteAccess::AnyStaff(),
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return SignOut(*deps, request, ctx);
             });
}

}  // namespace lw::web

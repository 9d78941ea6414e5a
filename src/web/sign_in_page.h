// Signing in and out.
//
// Routes (registered by RegisterSignInPages, web/page_support.h):
//   GET  /sign-in   public: the form; ?signed-out=1 shows "You have signed
//                   out"; ?next=/path is carried through when it is a safe
//                   local path. Someone already signed in goes to /home.
//                   A visitor without an lw_csrf cookie gets a new random
//                   one (HttpOnly, SameSite=Lax, browser session): the
//                   pipeline checks the form's csrf_token against it.
//   POST /sign-in   public: empty fields -> 422 with field errors; a wrong
//                   username or password -> 401 "Enter a correct username and
//                   password" (never saying which); throttled -> 429; success
//                   -> the lw_session cookie (HttpOnly, SameSite=Lax, Secure
//                   when configured, ends with the browser session) and 303
//                   to the safe `next` or /home.
//   POST /sign-out  any signed-in role: ends the session, deletes the
//                   cookie, 303 to /sign-in?signed-out=1.
// The typed username is shown again after a failure; the password never is.
#pragma once

#include <string_view>
#include <vector>

#include "base/error.h"
#include "web/layout.h"

namespace lw::web {

struct SignInView {
  std::string_view username;             // as typed, shown again
  std::string_view next;                 // a safe local path, or empty
  std::string_view csrf_token;           // the pre-session token for the form
  std::vector<FieldError> summary;       // listed in the error summary
  std::vector<FieldError> field_errors;  // also shown beside their fields
  bool signed_out = false;               // show the "You have signed out" banner
  int status = 200;
};

Page SignInPage(const SignInView& view);

}  // namespace lw::web

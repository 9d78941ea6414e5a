// AuthService: signing in and out, sessions, and API bearer tokens.
//
// Contract:
//  - `SignIn` checks a username and password. A wrong password and an
//    unknown or disabled account give the same error (kUnauthenticated,
//    "Enter a correct username and password") after the same amount of
//    work, so nothing reveals whether an account exists. Failures are
//    counted per account and per address in the store; past the limits,
//    sign-in is refused with kResourceExhausted until the window passes,
//    whether or not the password is right.
//  - Sessions are random 256-bit tokens; only their SHA-256 is stored.
//    A session ends after `session_idle` without use or `session_absolute`
//    after sign-in, whichever is first. Use is recorded at most once per
//    `touch_interval`, so idle expiry is accurate to that interval and most
//    requests need no write.
//  - `ResolveSession` / `ResolveBearer` return std::nullopt for anything
//    unknown, expired or belonging to a disabled account; an Error only when
//    the store fails.
//
// Thread-safety: safe to share across threads (state lives in the store).
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "domain/ports/store.h"
#include "services/password.h"

namespace lw {

struct AuthOptions {
  Micros session_idle = std::chrono::minutes(30);    // idle expiry
  Micros session_absolute = std::chrono::hours(12);  // absolute expiry
  Micros touch_interval = std::chrono::seconds(60);  // last-seen write granularity
  int max_account_failures = 5;                      // per account per window
  int max_address_failures = 50;                     // per address per window
  Micros throttle_window = std::chrono::minutes(15);
  PasswordHashOptions password;  // argon2id cost
};

struct SignedIn {
  std::string session_token;  // the cookie value; never stored
  std::string csrf_token;
  Actor actor;
};

struct ResolvedSession {
  Actor actor;
  std::string csrf_token;
};

class AuthService {
 public:
  AuthService(Store& store, const Clock& clock, Random& random, AuthOptions options);

  Result<SignedIn> SignIn(std::string_view username, std::string_view password,
                          std::string_view remote_address);
  Result<std::optional<ResolvedSession>> ResolveSession(std::string_view session_token);
  Status SignOut(std::string_view session_token);
  Result<std::optional<Actor>> ResolveBearer(std::string_view bearer_token);

  const AuthOptions& options() const { return options_; }

 private:
  Store& store_;
  const Clock& clock_;
  Random& random_;
  AuthOptions options_;
  // Verified against when the account is unknown, so that costs the same as
  // a real check. Made on first need: hashing takes 64 MiB and ~50 ms, which
  // start-up should not pay.
  const std::string& DummyHash();
  std::once_flag dummy_once_;
  std::string dummy_hash_;
};

// Lower-cases and trims a username as typed at sign-in.
std::string NormaliseUsername(std::string_view username);
// The Actor a stored user acts as.
Actor ActorFor(const User& user, AuthMethod method);

}  // namespace lw

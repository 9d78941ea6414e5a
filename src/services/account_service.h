// AccountService: staff accounts and API tokens.
//
// Contract:
//  - `AddUser` validates a new account (username 3-64 of a-z 0-9 . _ -,
//    unique; display name; an optional email address (field "email";
//    IsValidEmailAddress, domain/network/outbox.h); role; a team that exists
//    for roles that work in a team, none otherwise; an organisation that
//    exists; password rules of services/password.h) and stores it with an
//    argon2id hash. Failures are kInvalidArgument with one FieldError per
//    problem (field names match the command-line options and form fields),
//    or kAlreadyExists for a taken username. Only administrators (or the
//    command line) may add.
//  - `CreateApiToken` makes a bearer token for an existing active user and
//    returns it; only its hash is kept. It cannot be shown again.
//  - Every change is audited.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "domain/ports/store.h"
#include "services/password.h"

namespace lw {

struct NewUser {
  std::string username;
  std::string display_name;  // defaults to the username when empty
  std::string role;          // RoleKey, e.g. "practitioner"
  std::string team_id;       // team id or exact team name
  std::string
      organisation_id;  // organisation id or exact name; may be empty when the team implies it
  std::string email;    // optional: where reminders go (IsValidEmailAddress); "" none
};

class AccountService {
 public:
  AccountService(Store& store, const Clock& clock, Random& random, PasswordHashOptions hashing);

  Result<User> AddUser(const Actor& by, const NewUser& request, std::string_view password);
  Result<std::string> CreateApiToken(const Actor& by, std::string_view username,
                                     std::string_view label);
  Result<std::vector<User>> ListUsers(const Actor& by);

 private:
  Store& store_;
  const Clock& clock_;
  Random& random_;
  PasswordHashOptions hashing_;
};

}  // namespace lw

// Staff accounts, sessions and API tokens, as the store keeps them.
//
// Secrets are never stored: passwords as argon2id hashes, session and API
// tokens as SHA-256 digests of the random token the client holds.
#pragma once

#include <string>

#include "base/clock.h"
#include "domain/access/role.h"

namespace lw {

struct User {
  std::string id;
  std::string username;      // sign-in name, unique, lower case
  std::string display_name;  // "Asha Patel"
  std::string email;         // where reminders go; "" for none (optional)
  Role role = Role::kPractitioner;
  std::string organisation_id;
  std::string team_id;  // empty unless RoleBelongsToTeam(role)
  std::string password_hash;
  bool active = true;
  Timestamp created_at;
};

struct Session {
  std::string token_hash;  // hex SHA-256 of the cookie value
  std::string user_id;
  std::string csrf_token;  // compared with the token in every state-changing form
  Timestamp created_at;
  Timestamp last_seen_at;
};

struct ApiToken {
  std::string token_hash;
  std::string user_id;
  std::string label;
  Timestamp created_at;
};

}  // namespace lw

// Actor: who is asking. Built by the authentication service from a session
// or an API token; passed by const reference into every service call.
#pragma once

#include <string>

#include "domain/access/role.h"

namespace lw {

enum class AuthMethod { kSession, kBearerToken, kCommandLine };

struct Actor {
  std::string user_id;
  std::string username;
  std::string display_name;
  Role role = Role::kPractitioner;
  std::string organisation_id;
  std::string team_id;  // empty for roles outside a team
  // Display names, filled when they came with the identity (a signed-in
  // session resolves them in the same read); "" when not known.
  std::string team_name;
  std::string organisation_name;
  AuthMethod method = AuthMethod::kSession;
};

}  // namespace lw

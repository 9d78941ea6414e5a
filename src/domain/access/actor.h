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
  AuthMethod method = AuthMethod::kSession;
};

}  // namespace lw

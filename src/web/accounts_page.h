// Staff accounts, for administrators.
//
// Route (RegisterAccountsPage): GET /accounts, administrators only.
// AccountService::ListUsers as an NHS table of username, name, email and role
// (the role's display name); disabled accounts are marked.
#pragma once

#include <span>

#include "domain/org/user.h"
#include "web/layout.h"

namespace lw::web {

Page AccountsPage(std::span<const User> users);

}  // namespace lw::web

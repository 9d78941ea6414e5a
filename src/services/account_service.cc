#include "services/account_service.h"

#include "base/ids.h"
#include "domain/network/outbox.h"
#include "services/audit_events.h"
#include "services/auth_service.h"

namespace lw {
namespace {

bool MayManageAccounts(const Actor& actor) {
  return actor.method == AuthMethod::kCommandLine || actor.role == Role::kAdministrator;
}

bool ValidUsername(std::string_view u) {
  if (u.size() < 3 || u.size() > 64) return false;
  for (char c : u) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

AccountService::AccountService(Store& store, const Clock& clock, Random& random,
                               PasswordHashOptions hashing)
    : store_(store), clock_(clock), random_(random), hashing_(hashing) {}

Result<User> AccountService::AddUser(const Actor& by, const NewUser& request,
                                     std::string_view password) {
  if (!MayManageAccounts(by))
    return Fail(ErrorCode::kPermissionDenied, "Only administrators can add accounts");
  std::vector<FieldError> errors;
  User user;
  user.username = NormaliseUsername(request.username);
  if (!ValidUsername(user.username)) {
    errors.push_back(
        {"name",
         "Username must be 3 to 64 characters: lower-case letters, numbers, '.', '_' or '-'"});
  }
  user.display_name = request.display_name.empty() ? user.username : request.display_name;
  if (user.display_name.size() > kMaxNameLength) {
    errors.push_back({"display-name", "Display name must be 100 characters or fewer"});
  }
  user.email = request.email;
  if (!user.email.empty() && !IsValidEmailAddress(user.email)) {
    errors.push_back({"email", "Email must be an address like name@example.org"});
  }
  auto role = ParseRole(request.role);
  if (!role) {
    errors.push_back({"role",
                      "Role must be one of: administrator, front-door, practitioner, "
                      "peer-worker, team-lead, network-partner, commissioner"});
  } else {
    user.role = *role;
  }
  if (auto p = CheckNewPassword(password); !p) {
    for (auto& f : p.error().field_errors) errors.push_back(f);
  }

  const Timestamp now = clock_.Now();
  user.id = NewId(random_);
  user.created_at = now;
  user.active = true;
  std::string hash;
  if (errors.empty()) {
    auto h = HashPassword(password, hashing_);
    if (!h) return Fail(h.error());
    hash = std::move(*h);
  }
  user.password_hash = hash;

  auto written = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    std::vector<FieldError> tx_errors = errors;
    User u = user;
    // Team: by id or by exact name.
    if (role && RoleBelongsToTeam(*role)) {
      if (request.team_id.empty()) {
        tx_errors.push_back(
            {"team", "Team is required for the " + std::string(RoleKey(*role)) + " role"});
      } else {
        auto teams = tx.ListTeams();
        if (!teams) return Fail(teams.error());
        for (const auto& t : *teams) {
          if (t.id == request.team_id || t.name == request.team_id) u.team_id = t.id;
        }
        if (u.team_id.empty())
          tx_errors.push_back({"team", "No team called '" + request.team_id + "'"});
      }
    } else if (role && !request.team_id.empty()) {
      tx_errors.push_back(
          {"team", "The " + std::string(RoleKey(*role)) + " role does not belong to a team"});
    }
    // Organisation: by id or exact name; defaults to the only one there is.
    auto orgs = tx.ListOrganisations();
    if (!orgs) return Fail(orgs.error());
    if (request.organisation_id.empty()) {
      if (orgs->size() == 1) {
        u.organisation_id = orgs->front().id;
      } else if (orgs->empty()) {
        tx_errors.push_back(
            {"organisation",
             "There are no organisations yet: add the locality's organisations first"});
      } else {
        tx_errors.push_back({"organisation", "Organisation is required: there is more than one"});
      }
    } else {
      for (const auto& o : *orgs) {
        if (o.id == request.organisation_id || o.name == request.organisation_id)
          u.organisation_id = o.id;
      }
      if (u.organisation_id.empty()) {
        tx_errors.push_back(
            {"organisation", "No organisation called '" + request.organisation_id + "'"});
      }
    }
    if (!tx_errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(tx_errors)));
    if (auto s = tx.CreateUser(u); !s) {
      if (s.error().code == ErrorCode::kAlreadyExists) {
        return Fail(ErrorCode::kAlreadyExists,
                    "There is already an account called '" + u.username + "'");
      }
      return s;
    }
    auto audit = tx.AppendAudit(MakeAuditEvent(by, now, "user.create", "user", u.id));
    if (!audit) return Fail(audit.error());
    user = u;
    return Ok();
  });
  if (!written) return Fail(written.error());
  return user;
}

Result<std::string> AccountService::CreateApiToken(const Actor& by, std::string_view username,
                                                   std::string_view label) {
  if (!MayManageAccounts(by))
    return Fail(ErrorCode::kPermissionDenied, "Only administrators can create tokens");
  const std::string name = NormaliseUsername(username);
  std::string token = NewSecretToken(random_);
  const Timestamp now = clock_.Now();
  auto written = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto u = tx.FindUserByUsername(name);
    if (!u) return Fail(u.error());
    if (!*u || !(*u)->active)
      return Fail(ErrorCode::kNotFound, "No active account called '" + name + "'");
    ApiToken t{.token_hash = HashToken(token),
               .user_id = (*u)->id,
               .label = std::string(label.empty() ? "api" : label),
               .created_at = now};
    if (auto s = tx.CreateApiToken(t); !s) return s;
    auto audit = tx.AppendAudit(MakeAuditEvent(by, now, "token.create", "user", (*u)->id));
    if (!audit) return Fail(audit.error());
    return Ok();
  });
  if (!written) return Fail(written.error());
  return token;
}

Result<std::vector<User>> AccountService::ListUsers(const Actor& by) {
  if (!MayManageAccounts(by)) return Fail(ErrorCode::kNotFound, "Not found");
  std::vector<User> users;
  auto read = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto u = tx.ListUsers();
    if (!u) return Fail(u.error());
    users = std::move(*u);
    return Ok();
  });
  if (!read) return Fail(read.error());
  for (auto& u : users) u.password_hash.clear();
  return users;
}

}  // namespace lw

#include "services/audit_events.h"

namespace lw {

AuditEvent MakeAuditEvent(const Actor& actor, Timestamp at, std::string_view action,
                          std::string_view record_type, std::string_view record_id,
                          std::string_view reason) {
  AuditEvent e;
  e.at = at;
  e.actor_user_id = actor.user_id;
  e.actor_role = actor.method == AuthMethod::kCommandLine ? std::string("system")
                                                          : std::string(RoleKey(actor.role));
  e.organisation_id = actor.organisation_id;
  e.action = action;
  e.record_type = record_type;
  e.record_id = record_id;
  e.reason = reason;
  return e;
}

Actor SystemActor(std::string_view name) {
  Actor a;
  a.username = name;
  a.display_name = name;
  a.role = Role::kAdministrator;
  a.method = AuthMethod::kCommandLine;
  return a;
}

}  // namespace lw

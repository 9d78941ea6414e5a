// Building audit events from an actor. Every service that touches a
// person's record appends one of these in the same transaction.
#pragma once

#include <string>
#include <string_view>

#include "base/clock.h"
#include "domain/access/actor.h"
#include "domain/audit/audit.h"

namespace lw {

AuditEvent MakeAuditEvent(const Actor& actor, Timestamp at, std::string_view action,
                          std::string_view record_type, std::string_view record_id,
                          std::string_view reason = {});

// The actor for work done by livingwell itself or at the command line.
Actor SystemActor(std::string_view name = "system");

}  // namespace lw

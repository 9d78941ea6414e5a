// Helpers shared by FrontDoorService's files (frontdoor_service.cc: receiving,
// reading and listing; frontdoor_changes.cc: the lifecycle and matching).
// Private to services/.
#pragma once

#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "domain/access/policy.h"
#include "domain/frontdoor/introduction.h"
#include "domain/org/user.h"
#include "domain/ports/store.h"

namespace lw::frontdoor_internal {

inline constexpr std::string_view kType = "introduction";

Error NotFoundError();

// Appends one audit entry in `tx`.
Status Audit(StoreTx& tx, const Actor& actor, Timestamp now, std::string_view action,
             std::string_view type, std::string_view id, std::string_view reason = {});

// A refused attempt on an existing introduction, recorded in a transaction
// of its own (the refused one rolled back), so probing is visible.
void AuditRefusal(Store& store, const Actor& actor, Timestamp now, std::string_view id);

IntroductionAccessFacts FactsOf(const Introduction& in);

// kInvalidArgument with one field error.
std::unexpected<Error> Invalid(std::string field, std::string message);

// A worker the front door can name: an active account in a care role.
Result<User> RequireWorker(StoreTx& tx, std::string_view user_id, std::string_view field,
                           std::string_view missing);

// The team whose records the actor may be offered as matches, or "" for
// every team (those who work the whole front door).
std::string MatchPoolTeam(const Actor& actor);

// Makes the person's record from an introduction (held by its team),
// audited as "person.create"; returns the new record's id.
Result<std::string> MakePersonRecord(StoreTx& tx, Random& random, const Actor& actor, Timestamp now,
                                     const Introduction& in, std::string reason);

std::string DescribeChange(std::string_view what, const Introduction& next);

}  // namespace lw::frontdoor_internal

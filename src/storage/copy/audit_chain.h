// Checking the audit log's hash chain (domain/audit/audit.h) straight from a
// SQL connection, inside the copy's own transaction, before it commits: the
// store port cannot see uncommitted rows on another connection.
//
// `VerifyAuditChain` reads audit_log in seq order and feeds every entry to
// AuditChainVerifier. A broken chain is kFailedPrecondition with the
// verifier's description of the first broken entry; read failures are the
// backend's. Thread-safety: as the connection.
#pragma once

#include <cstdint>
#include <string>

#include "base/error.h"
#include "storage/sql/query.h"

namespace lw::copy {

struct AuditChainHead {
  std::int64_t entries = 0;
  std::string hash;  // of the last entry; the genesis hash when there are none
};

Result<AuditChainHead> VerifyAuditChain(sql::Connection& c);

}  // namespace lw::copy

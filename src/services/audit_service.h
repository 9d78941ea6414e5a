// AuditService: checks the audit log's hash chain end to end.
//
// Contract: `Verify` reads the whole log in order, in pages, and returns
// the number of entries verified and the hash of the last one; a broken
// chain is kFailedPrecondition with the verifier's description of the first
// broken entry.
//
// What the chain proves: no entry was altered, removed or reordered short
// of the head. It cannot show that the newest entries were cut off, or that
// someone able to write the database rebuilt the whole chain; for that,
// keep the head (seq and hash) somewhere else now and then, and compare.
#pragma once

#include <cstdint>
#include <string>

#include "base/error.h"
#include "domain/ports/store.h"

namespace lw {

struct AuditVerification {
  std::int64_t entries = 0;
  std::string head_hash;  // of the last entry; the genesis hash when empty
};

class AuditService {
 public:
  explicit AuditService(Store& store) : store_(store) {}
  Result<AuditVerification> Verify();

 private:
  Store& store_;
};

}  // namespace lw

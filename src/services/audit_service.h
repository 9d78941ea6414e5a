// AuditService: checks the audit log's hash chain end to end.
//
// Contract: `Verify` reads the whole log in order, in pages, and returns
// the number of entries verified; a broken chain is kFailedPrecondition
// with the verifier's description of the first broken entry.
#pragma once

#include <cstdint>

#include "base/error.h"
#include "domain/ports/store.h"

namespace lw {

class AuditService {
 public:
  explicit AuditService(Store& store) : store_(store) {}
  Result<std::int64_t> Verify();

 private:
  Store& store_;
};

}  // namespace lw

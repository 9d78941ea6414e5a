#include "services/audit_service.h"

namespace lw {

Result<AuditVerification> AuditService::Verify() {
  constexpr int kPage = 5000;
  AuditChainVerifier verifier;
  std::int64_t next = 1;
  while (true) {
    std::vector<AuditEntry> page;
    auto read = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto r = tx.ReadAudit(next, kPage);
      if (!r) return Fail(r.error());
      page = std::move(*r);
      return Ok();
    });
    if (!read) return Fail(read.error());
    for (const auto& entry : page) {
      if (!verifier.Add(entry)) {
        return Fail(ErrorCode::kFailedPrecondition, "audit log broken: " + verifier.problem());
      }
    }
    if (static_cast<int>(page.size()) < kPage) break;
    next = page.back().seq + 1;
  }
  return AuditVerification{verifier.verified(), verifier.last_hash()};
}

}  // namespace lw

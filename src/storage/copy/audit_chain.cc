#include "storage/copy/audit_chain.h"

#include <cstddef>
#include <string_view>
#include <utility>

#include "base/check.h"
#include "domain/audit/audit.h"
#include "storage/copy/table_list.h"
#include "storage/copy/table_rows.h"

namespace lw::copy {
namespace {

// The position of `name` among the audit_log columns of the table list.
std::size_t Index(const TableSpec& table, std::string_view name) {
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (table.columns[i].name == name) return i;
  }
  LW_CHECK(false && "audit_log column missing from the table list");
  return 0;
}

// NULL cannot occur (every audit_log column is NOT NULL); read it as empty
// and let the hash disagree if it ever does.
std::string TextAt(const Row& row, std::size_t i) {
  const auto* s = std::get_if<std::string>(&row[i]);
  return s != nullptr ? *s : std::string();
}
std::int64_t IntAt(const Row& row, std::size_t i) {
  const auto* v = std::get_if<std::int64_t>(&row[i]);
  return v != nullptr ? *v : 0;
}

}  // namespace

Result<AuditChainHead> VerifyAuditChain(sql::Connection& c) {
  const TableSpec* table = FindCopiedTable("audit_log");
  LW_CHECK(table != nullptr);
  const std::size_t seq = Index(*table, "seq"), at = Index(*table, "at"),
                    actor = Index(*table, "actor_user_id"), role = Index(*table, "actor_role"),
                    organisation = Index(*table, "organisation_id"),
                    action = Index(*table, "action"), type = Index(*table, "record_type"),
                    record = Index(*table, "record_id"), reason = Index(*table, "reason"),
                    prev = Index(*table, "prev_hash"), hash = Index(*table, "hash");
  AuditChainVerifier verifier;
  auto scanned = ScanTable(c, *table, [&](const Row& row) -> Status {
    AuditEntry entry{.seq = IntAt(row, seq),
                     .event = {.at = FromUnixMicros(IntAt(row, at)),
                               .actor_user_id = TextAt(row, actor),
                               .actor_role = TextAt(row, role),
                               .organisation_id = TextAt(row, organisation),
                               .action = TextAt(row, action),
                               .record_type = TextAt(row, type),
                               .record_id = TextAt(row, record),
                               .reason = TextAt(row, reason)},
                     .prev_hash = TextAt(row, prev),
                     .hash = TextAt(row, hash)};
    if (!verifier.Add(entry)) {
      return Fail(ErrorCode::kFailedPrecondition,
                  "the audit log's hash chain is broken: " + verifier.problem());
    }
    return Ok();
  });
  if (!scanned) return Fail(std::move(scanned.error()));
  return AuditChainHead{.entries = verifier.verified(), .hash = verifier.last_hash()};
}

}  // namespace lw::copy

// The audit log: who touched which record, when, and why.
//
// Contract: the log is append-only. Entries are numbered 1, 2, 3 ... with no
// gaps; each carries the SHA-256 (hex) of its predecessor's hash and its own
// canonical fields, so altering, removing or reordering any entry breaks
// the chain from that point, which `VerifyAuditChain` reports. The store
// assigns `seq`, `prev_hash` and `hash` when it appends, inside the same
// transaction as the change being audited.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"

namespace lw {

// The hash that the first entry chains from.
inline constexpr const char* kAuditGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

struct AuditEvent {
  Timestamp at;
  std::string actor_user_id;  // empty for the system itself
  std::string actor_role;     // RoleKey, or "system"
  std::string organisation_id;
  std::string action;       // "person.read", "person.create", "person.update", "user.create" ...
  std::string record_type;  // "person", "user" ...
  std::string record_id;
  std::string reason;  // why, where it was asked for (break-glass, corrections)
};

struct AuditEntry {
  std::int64_t seq = 0;
  AuditEvent event;
  std::string prev_hash;
  std::string hash;
};

// Canonical, unambiguous serialisation of everything the hash covers.
std::string CanonicalAuditBytes(std::int64_t seq, const AuditEvent& event,
                                const std::string& prev_hash);
// Hex SHA-256 of the canonical bytes.
std::string ComputeAuditHash(std::int64_t seq, const AuditEvent& event,
                             const std::string& prev_hash);

// Streaming verifier: feed entries in order, then read the result.
class AuditChainVerifier {
 public:
  // Returns false at the first broken link; `problem()` then says which and why.
  bool Add(const AuditEntry& entry);
  std::int64_t verified() const { return count_; }
  const std::string& problem() const { return problem_; }
  const std::string& last_hash() const { return last_hash_; }

 private:
  std::int64_t count_ = 0;
  std::string last_hash_ = kAuditGenesisHash;
  std::string problem_;
};

}  // namespace lw

#include "domain/audit/audit.h"

#include <sodium.h>

#include <array>

namespace lw {
namespace {

// Length-prefixed fields: no value can be confused with a separator.
void AppendField(std::string& out, const std::string& value) {
  out += std::to_string(value.size());
  out.push_back(':');
  out += value;
  out.push_back(';');
}

}  // namespace

std::string CanonicalAuditBytes(std::int64_t seq, const AuditEvent& e, const std::string& prev) {
  std::string out = "lw-audit-v1;";
  AppendField(out, std::to_string(seq));
  AppendField(out, std::to_string(ToUnixMicros(e.at)));
  AppendField(out, e.actor_user_id);
  AppendField(out, e.actor_role);
  AppendField(out, e.organisation_id);
  AppendField(out, e.action);
  AppendField(out, e.record_type);
  AppendField(out, e.record_id);
  AppendField(out, e.reason);
  AppendField(out, prev);
  return out;
}

std::string ComputeAuditHash(std::int64_t seq, const AuditEvent& event, const std::string& prev) {
  std::string bytes = CanonicalAuditBytes(seq, event, prev);
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                     bytes.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

bool AuditChainVerifier::Add(const AuditEntry& entry) {
  if (!problem_.empty()) return false;
  if (entry.seq != count_ + 1) {
    problem_ = "entry " + std::to_string(entry.seq) + " follows entry " + std::to_string(count_) +
               ": an entry is missing or out of order";
    return false;
  }
  if (entry.prev_hash != last_hash_) {
    problem_ = "entry " + std::to_string(entry.seq) + " does not chain from entry " +
               std::to_string(count_) + ": an earlier entry was altered or removed";
    return false;
  }
  if (ComputeAuditHash(entry.seq, entry.event, entry.prev_hash) != entry.hash) {
    problem_ = "entry " + std::to_string(entry.seq) + " was altered after it was written";
    return false;
  }
  ++count_;
  last_hash_ = entry.hash;
  return true;
}

}  // namespace lw

// Codec<OutboxMessage> (domain/network/outbox.h), in its own header so the
// outbox does not pull in the network's other records. See team_records.h
// for what a Codec promises. Index: no team; owner_id ""; open while
// queued; sort_key created_at (unix microseconds); no person links, because
// a message holds no personal data.
#pragma once

#include <string>
#include <string_view>

#include "domain/network/outbox.h"
#include "storage/records/team_records.h"

namespace lw::records {

template <>
struct Codec<OutboxMessage> {
  using T = OutboxMessage;
  static constexpr RecordKind kKind = RecordKind::kOutboxMessage;
  static std::string Encode(const T& value);
  static Result<T> Decode(std::string_view body);
  static RecordIndex Index(const T& value);
  static const std::string& Id(const T& value) { return value.id; }
  static long long Version(const T& value) { return value.version; }
  static void SetVersion(T& value, long long version) { value.version = version; }
};

}  // namespace lw::records

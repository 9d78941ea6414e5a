// Statements over a set of keys: "... WHERE id IN (?2, ?3, ...)", so that a
// page naming 500 people reads them in two statements, not 500.
//
// A connection prepares and caches each statement text once (query.h), and
// PostgreSQL keeps a plan per prepared statement, so the number of
// placeholders must not follow the number of keys. `ForEachInListChunk` cuts
// the keys into chunks of at most kMaxInList; `InListSlots` rounds a chunk up
// to the next power of two (at least kMinInList); `BindInList` binds the
// chunk and fills the spare slots with its last key again, which changes
// nothing an IN list matches. So six statement shapes serve every size.
//
// Thread-safety: pure functions; the Query belongs to its connection's thread.
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>

#include "base/error.h"
#include "storage/sql/query.h"

namespace lw::sql {

inline constexpr std::size_t kMinInList = 8;
inline constexpr std::size_t kMaxInList = 256;

// The placeholders a chunk of `keys` keys (1..kMaxInList) is given: a power
// of two from kMinInList to kMaxInList.
std::size_t InListSlots(std::size_t keys);

// "?first, ?first+1, ..., ?(first + slots - 1)".
std::string InListParams(int first, std::size_t slots);

// The same as rows of a VALUES list: "(?first), (?first+1), ...". Both
// SQLite and PostgreSQL name its column column1.
std::string InListRows(int first, std::size_t slots);

// Binds `chunk` (not empty) to ?first onwards, then its last key again to
// the rest of InListSlots(chunk.size()) slots.
void BindInList(Query& q, int first, std::span<const std::string> chunk);

// Calls `each(chunk)` (returning Status) for consecutive chunks of `keys`,
// each at most kMaxInList long; stops at the first failure and returns it.
// No call for no keys.
template <typename Each>
Status ForEachInListChunk(std::span<const std::string> keys, Each each) {
  for (std::size_t from = 0; from < keys.size(); from += kMaxInList) {
    const std::size_t n = std::min(kMaxInList, keys.size() - from);
    if (auto s = each(keys.subspan(from, n)); !s) return s;
  }
  return Ok();
}

}  // namespace lw::sql

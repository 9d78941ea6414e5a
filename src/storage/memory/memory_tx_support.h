// What memory_tx*.cc share: refusals worded the same way by every call, the
// limit check, and looking a record up by key. Internal to storage/memory.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "base/error.h"
#include "storage/memory/memory_state.h"

namespace lw::memory_tx {

inline std::string Quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

inline std::unexpected<Error> Missing(std::string_view what, std::string_view id) {
  return Fail(ErrorCode::kNotFound, std::string(what) + " " + Quoted(id) + " does not exist");
}

// A reference to a record that is not there (a foreign key, in SQL terms).
inline std::unexpected<Error> Dangling(std::string_view what, std::string_view id) {
  return Fail(ErrorCode::kFailedPrecondition,
              "refers to " + std::string(what) + " " + Quoted(id) + ", which does not exist");
}

inline std::unexpected<Error> Taken(std::string_view what, std::string_view id) {
  return Fail(ErrorCode::kAlreadyExists, std::string(what) + " " + Quoted(id) + " already exists");
}

inline Status CheckLimit(int limit) {
  if (limit < 0) return Fail(ErrorCode::kInvalidArgument, "limit must not be negative");
  return Ok();
}

template <typename V>
std::optional<V> Lookup(const Table<V>& table, std::string_view key) {
  auto it = table.find(key);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

}  // namespace lw::memory_tx

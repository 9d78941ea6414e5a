// The tables behind every domain vocabulary (introduction sources, contact
// modes, professions ...): one row per enum value with its stable key (stored
// and sent in the API: never change one once written) and its display name
// (what pages show). A table lists its rows in enum order, so `Row` is an
// index; each vocabulary's tests check every value round-trips.
//
// Thread-safety: constant tables and pure functions.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace lw::vocabulary {

template <typename E>
struct Names {
  E value;
  std::string_view key;
  std::string_view display;
};

// The row for `value`: the table is in enum order.
template <typename E, std::size_t N>
constexpr const Names<E>& Row(const std::array<Names<E>, N>& table, E value) {
  return table[static_cast<std::size_t>(value)];
}

// The value whose key is exactly `key`; none for anything else.
template <typename E, std::size_t N>
constexpr std::optional<E> Parse(const std::array<Names<E>, N>& table, std::string_view key) {
  for (const auto& row : table) {
    if (row.key == key) return row.value;
  }
  return std::nullopt;
}

}  // namespace lw::vocabulary

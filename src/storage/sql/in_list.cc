#include "storage/sql/in_list.h"

namespace lw::sql {

std::size_t InListSlots(std::size_t keys) {
  std::size_t slots = kMinInList;
  while (slots < keys && slots < kMaxInList) slots *= 2;
  return slots;
}

std::string InListParams(int first, std::size_t slots) {
  std::string out;
  out.reserve(slots * 6);
  for (std::size_t i = 0; i < slots; ++i) {
    if (i > 0) out += ", ";
    out += "?" + std::to_string(first + static_cast<int>(i));
  }
  return out;
}

std::string InListRows(int first, std::size_t slots) {
  std::string out;
  out.reserve(slots * 8);
  for (std::size_t i = 0; i < slots; ++i) {
    if (i > 0) out += ", ";
    out += "(?" + std::to_string(first + static_cast<int>(i)) + ")";
  }
  return out;
}

void BindInList(Query& q, int first, std::span<const std::string> chunk) {
  const std::size_t slots = InListSlots(chunk.size());
  for (std::size_t i = 0; i < slots; ++i) {
    q.BindText(first + static_cast<int>(i), chunk[std::min(i, chunk.size() - 1)]);
  }
}

}  // namespace lw::sql

// Test helpers: the fields named by a result's validation error, and the
// message for one of them, so tests can say which form fields were refused
// and in what words. Header only; for unit and integration tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace lw::testing {

// The field of each FieldError, in order; empty when `r` succeeded.
template <typename T>
std::vector<std::string> Fields(const Result<T>& r) {
  std::vector<std::string> out;
  if (!r.has_value()) {
    for (const FieldError& fe : r.error().field_errors) out.push_back(fe.field);
  }
  return out;
}

// The message of the first FieldError for `field`; "" when there is none.
template <typename T>
std::string MessageFor(const Result<T>& r, std::string_view field) {
  if (r.has_value()) return "";
  for (const FieldError& fe : r.error().field_errors) {
    if (fe.field == field) return fe.message;
  }
  return "";
}

}  // namespace lw::testing

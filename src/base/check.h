// LW_CHECK: assert an invariant of the program, never a property of input.
//
// A failed check means livingwell has a bug: it prints the condition, file
// and line to stderr and aborts. Bad input and a failing environment are
// returned as `Error` values instead (see base/error.h).
#pragma once

namespace lw::internal {
[[noreturn]] void CheckFailed(const char* condition, const char* file, int line);
}  // namespace lw::internal

#define LW_CHECK(condition)                                        \
  do {                                                             \
    if (!(condition)) [[unlikely]] {                               \
      ::lw::internal::CheckFailed(#condition, __FILE__, __LINE__); \
    }                                                              \
  } while (false)

// Error values for expected failures.
//
// Contract: every fallible call in livingwell returns `Result<T>` (a
// `std::expected<T, Error>`) or `Status` (no value). An `Error` carries a
// small, transport-neutral `ErrorCode` and a human message written for the
// person who will read it (a user for validation errors, an operator for
// environment failures). Codes know nothing of HTTP: `http/error_mapping.h`
// maps them in one place. Exceptions never cross module boundaries.
//
// Thread-safety: plain values.
#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lw {

enum class ErrorCode {
  kInvalidArgument,     // input failed validation; `field_errors` says where
  kNotFound,            // no such record, or the actor may not know it exists
  kAlreadyExists,       // a unique key is taken
  kConflict,            // optimistic concurrency: the record changed since it was read
  kFailedPrecondition,  // the record is not in a state that allows this
  kUnauthenticated,     // no valid credentials
  kPermissionDenied,    // credentials valid, action not allowed
  kResourceExhausted,   // throttled or over a limit
  kUnavailable,         // the environment failed (store down, disk full); retrying may help
  kInternal,            // a bug; logged, shown as a generic failure
};

// Stable lower-case name, for logs and problem+json `type` slugs.
std::string_view ErrorCodeName(ErrorCode code);

// One problem with one input field, in words for the person who typed it.
struct FieldError {
  std::string field;    // form field name / JSON member, e.g. "date_of_birth"
  std::string message;  // e.g. "Date of birth must be in the past"
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::vector<FieldError> field_errors;  // only for kInvalidArgument
  long long current_version = 0;         // only for kConflict: the version now stored

  static Error Invalid(std::string message, std::vector<FieldError> fields = {}) {
    return Error{ErrorCode::kInvalidArgument, std::move(message), std::move(fields), 0};
  }
  static Error NotFound(std::string message) {
    return Error{ErrorCode::kNotFound, std::move(message), {}, 0};
  }
  static Error Conflict(std::string message, long long current_version) {
    return Error{ErrorCode::kConflict, std::move(message), {}, current_version};
  }
  static Error Make(ErrorCode code, std::string message) {
    return Error{code, std::move(message), {}, 0};
  }
};

template <typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> Fail(ErrorCode code, std::string message) {
  return std::unexpected(Error::Make(code, std::move(message)));
}
inline std::unexpected<Error> Fail(Error error) { return std::unexpected(std::move(error)); }

inline Status Ok() { return {}; }

}  // namespace lw

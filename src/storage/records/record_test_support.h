// Test helpers shared by this folder's *_test.cc (not part of the library):
// dates and times written briefly, editing an encoded body, and the check
// that a body this build cannot read is kInternal naming the member.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/dates.h"
#include "storage/records/team_records.h"

namespace lw::records::testing {

inline Date D(int year, int month, int day) { return *Date::FromYmd(year, month, day); }

// 2026-03-09 09:00 UTC, plus `hours`.
inline Timestamp At(int hours = 0) {
  return FromUnixMicros(1'773'046'800'000'000) + std::chrono::hours(hours);
}

// Text with non-ASCII letters, quotes, a backslash and newlines.
inline constexpr std::string_view kAwkward = "Si\u00e2n \u00d3 Briain said \"no\"\nthen\\left\r\n";

// `text` with the first `from` replaced by `to`; fails the test if absent.
inline std::string Replace(std::string text, std::string_view from, std::string_view to) {
  std::size_t at = text.find(from);
  if (at == std::string::npos) {
    ADD_FAILURE() << "'" << from << "' not in " << text;
    return text;
  }
  return text.replace(at, from.size(), to);
}

// Decoding `body` fails with kInternal, saying it cannot be read and
// naming `member`.
template <typename T>
void ExpectUnreadable(std::string_view body, std::string_view member) {
  Result<T> decoded = Codec<T>::Decode(body);
  ASSERT_FALSE(decoded) << body;
  EXPECT_EQ(decoded.error().code, ErrorCode::kInternal);
  EXPECT_THAT(decoded.error().message, ::testing::HasSubstr("cannot be read"));
  EXPECT_THAT(decoded.error().message, ::testing::HasSubstr(member));
}

// Not JSON, and an empty object (every member missing: the first is named).
template <typename T>
void ExpectGarbageUnreadable(std::string_view first_member) {
  ExpectUnreadable<T>("not json", "not a JSON object");
  ExpectUnreadable<T>("[]", "not a JSON object");
  ExpectUnreadable<T>("{}", "missing '" + std::string(first_member) + "'");
}

}  // namespace lw::records::testing

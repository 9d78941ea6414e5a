// Fictional people for synthetic Living Well systems (issue 8, point 3):
// plausible names from a fixed list and NHS numbers from the range NHS
// England keeps for testing (999 000 0000 to 999 999 9999), which is never
// issued to a real person.
//
// Thread-safety: pure functions over constant tables.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/synth/stream.h"

namespace lw::synth {

// How many bodies the test range has: 999 followed by six digits.
inline constexpr std::uint32_t kTestNhsBodies = 1'000'000;

// The NHS number "999" + the six digits of `body` + its Modulus 11 check
// digit; nothing when body >= kTestNhsBodies or the check digit would be
// 10 (no number has that body: about one body in eleven). Distinct bodies
// give distinct numbers.
std::optional<std::string> TestNhsNumber(std::uint32_t body);

struct FictionalName {
  std::string given;
  std::string family;
};

// A name drawn from the lists (given names from several of the
// communities of Greater Manchester; family names likewise), each name
// equally likely.
FictionalName DrawName(SynthStream& stream);

// How many given and family names the lists hold.
std::size_t GivenNameCount();
std::size_t FamilyNameCount();

}  // namespace lw::synth

// Who put a change into the person's plan, goals, Wheel of Life or a
// questionnaire (issue 6: "by the practitioner with the person or by the
// person themselves on a shared screen"). People have no sign-in of their
// own: a practitioner is always the signed-in actor, and this says whose
// words or answers they are.
//
// Contract: stable keys (stored, sent in forms and the API; never renamed),
// display names, and a parser that is nullopt for anything else.
//
// Thread-safety: pure functions over a constant table.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace lw {

enum class EnteredBy : std::uint8_t {
  kTogether,      // "together": the practitioner and the person, side by side
  kPerson,        // "person": the person themselves, on a shared screen
  kPractitioner,  // "practitioner": the practitioner, from what the person said
};
inline constexpr std::array<EnteredBy, 3> kAllEnteredBy = {EnteredBy::kTogether, EnteredBy::kPerson,
                                                           EnteredBy::kPractitioner};

std::string_view EnteredByKey(EnteredBy by);
// "Together, the person and the practitioner", "The person, on a shared
// screen", "The practitioner, with the person".
std::string_view EnteredByDisplayName(EnteredBy by);
std::optional<EnteredBy> ParseEnteredBy(std::string_view key);

}  // namespace lw

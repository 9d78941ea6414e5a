// The lived experiences a member of staff may say they are willing to share
// with someone who would like a peer mentor "who has been through something
// similar" (issue 7, point 6), and which of them matter to that person.
//
// A fixed vocabulary, so that what one person says and what another asks
// for can be matched without guessing at free text. Each area has a stable
// key (stored and sent in the API: never renamed or reused once released)
// and a display name in plain English, lower case so it reads inside a
// sentence ("Shares: bereavement, being a carer").
//
// Thread-safety: constant table and pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace lw {

enum class LivedExperience : std::uint8_t {
  kHearingVoices,  // psychosis or hearing voices
  kSelfHarm,
  kSuicidalThoughts,
  kEatingDifficulties,
  kDepressionAnxiety,
  kBereavement,
  kTraumaAbuse,
  kDomesticAbuse,
  kDrugsAlcohol,
  kHomelessness,
  kDebt,
  kPrison,
  kArmedForces,
  kBeingACarer,
  kCaringForAChildWithNeeds,
  kLgbtq,
  kRacism,  // racism, being from a racialised community
  kDisability,
  kLongTermIllness,
  kBecomingAParent,
  kMigration,  // migration, seeking asylum
  kLoneliness,
};

inline constexpr std::array<LivedExperience, 22> kAllLivedExperiences = {
    LivedExperience::kHearingVoices,
    LivedExperience::kSelfHarm,
    LivedExperience::kSuicidalThoughts,
    LivedExperience::kEatingDifficulties,
    LivedExperience::kDepressionAnxiety,
    LivedExperience::kBereavement,
    LivedExperience::kTraumaAbuse,
    LivedExperience::kDomesticAbuse,
    LivedExperience::kDrugsAlcohol,
    LivedExperience::kHomelessness,
    LivedExperience::kDebt,
    LivedExperience::kPrison,
    LivedExperience::kArmedForces,
    LivedExperience::kBeingACarer,
    LivedExperience::kCaringForAChildWithNeeds,
    LivedExperience::kLgbtq,
    LivedExperience::kRacism,
    LivedExperience::kDisability,
    LivedExperience::kLongTermIllness,
    LivedExperience::kBecomingAParent,
    LivedExperience::kMigration,
    LivedExperience::kLoneliness,
};

// Stable key: "hearing-voices", "being-a-carer" ...
std::string_view LivedExperienceKey(LivedExperience area);
// Display name, lower case: "psychosis or hearing voices".
std::string_view LivedExperienceName(LivedExperience area);
// The area whose key is exactly `key`; none for anything else.
std::optional<LivedExperience> ParseLivedExperience(std::string_view key);

}  // namespace lw

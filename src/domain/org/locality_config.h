// LocalityConfig: what one locality sets for itself (issue 5, point 7): the
// service's name, the front door's target and contact-attempt rules, the
// rhythm of support and reviews, when someone not seen comes to the huddle,
// the locality's own names for roles, its neighbourhoods, and which offers
// sit in the team and which in the wider network. Read from a file by the
// app (app/locality_file.h); an admin page may write the same value later.
//
// Contract:
//  - Plain value; every field has a default, so an empty file is a valid
//    locality ("Living Well", Tameside's rhythm, no neighbourhoods yet).
//  - `ValidateLocalityConfig` checks everything and returns the config with
//    its text trimmed, or kInvalidArgument with one FieldError per problem
//    (all of them, not the first). Each field is the dotted path of the
//    value in the locality file ("rhythm.review_every_weeks",
//    "neighbourhoods[2].name", "role_names[0].title"), each message a
//    sentence for the operator who edits the file.
//  - Keys (neighbourhoods, offers) are stable slugs: lower-case letters and
//    digits in words joined by single hyphens, at most 40 characters, unique
//    in their list; they are stored and never renamed once used. Names are
//    1 to 100 characters, unique in their list ignoring ASCII case.
//  - `RhythmPreset` keys ("tameside", "salford", "edinburgh") are stable;
//    `ParseRhythmPreset` and `ParseOfferPlace` return nullopt for a key they
//    do not know.
//  - `roles()` and `huddle_rules()` require a validated config (LW_CHECK).
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "domain/org/profession.h"
#include "domain/outcomes/change.h"
#include "domain/outcomes/instrument.h"
#include "domain/outcomes/wheel.h"
#include "domain/team/huddle.h"
#include "domain/team/support_rhythm.h"

namespace lw {

inline constexpr std::size_t kMaxLocalityKeyChars = 40;
inline constexpr std::size_t kMaxLocalityNameChars = 100;
inline constexpr std::size_t kMaxServiceNameChars = 60;
inline constexpr std::size_t kMaxCrisisTextChars = 500;
inline constexpr std::size_t kMaxNeighbourhoods = 200;
inline constexpr std::size_t kMaxOffers = 500;
inline constexpr std::size_t kMinLifeAreas = 3;  // fewer makes no wheel; at most kMaxLifeAreas
inline constexpr std::size_t kMaxOutcomeThresholds = 100;

// A rhythm a locality can start from (support_rhythm.h).
enum class RhythmPreset : std::uint8_t { kTameside, kSalford, kEdinburgh };
std::string_view RhythmPresetKey(RhythmPreset preset);  // "tameside"
std::optional<RhythmPreset> ParseRhythmPreset(std::string_view key);
SupportRhythm RhythmForPreset(RhythmPreset preset);

// Where an offer sits: run by the Living Well team itself, or by a partner
// in the wider network the team introduces people to.
enum class OfferPlace : std::uint8_t { kTeam, kNetwork };
std::string_view OfferPlaceKey(OfferPlace place);          // "team", "network"
std::string_view OfferPlaceDisplayName(OfferPlace place);  // "In the team"
std::optional<OfferPlace> ParseOfferPlace(std::string_view key);

struct LocalityNeighbourhood {
  std::string key;   // "ashton"
  std::string name;  // "Ashton"
  bool operator==(const LocalityNeighbourhood&) const = default;
};

struct LocalityOffer {
  std::string key;   // "debt-advice"
  std::string name;  // "Debt advice"
  OfferPlace where = OfferPlace::kTeam;
  bool operator==(const LocalityOffer&) const = default;
};

// A locality's own change thresholds for one questionnaire, where sources
// disagree (the ReQoL cut-off of 24 or 25: measures.md section 2.4).
struct LocalityOutcomeThreshold {
  std::string instrument;  // an instrument id, "reqol-10"
  ChangeThresholds thresholds;
  std::string where;  // "locality.toml:41:1": where the file set it, for messages; "" none
  bool operator==(const LocalityOutcomeThreshold&) const = default;
};

// The directory of the Living Well Network and Community (issue 7).
struct DirectorySettings {
  // An entry not checked for longer than this is flagged as stale (1 to 3650).
  int stale_after_days = 365;
  // A warm introduction that has not landed within this many days returns to
  // the team's huddle board, with reminders (1 to 365).
  int introduction_lands_within_days = 10;
  // A network partner's change to their own entries waits for an
  // administrator's review before it is published.
  bool review_partner_changes = false;
  bool operator==(const DirectorySettings&) const = default;
};

struct LocalityConfig {
  std::string service_name = "Living Well";  // 1 to 60 characters
  std::string locality_name;                 // footer; may be empty
  std::optional<std::string> crisis_text;    // unset: the server's own wording
  // The front door (FrontDoorPolicy). The huddle's target is the same value.
  int target_days = 14;          // 1 to 365
  int unreachable_attempts = 3;  // 1 to 20
  int unreachable_days = 14;     // 0 to 365
  // Set when the file names a preset; `rhythm` is then that preset's.
  std::optional<RhythmPreset> preset;
  SupportRhythm rhythm = RhythmForPreset(RhythmPreset::kTameside);
  int not_seen_days = 28;  // the huddle's "not seen for", 1 to 365
  std::vector<LocalRoleName> role_names;
  std::vector<LocalityNeighbourhood> neighbourhoods;
  std::vector<LocalityOffer> offers;
  // The Wheel of Life's areas (issue 6), in the order the wheel goes round,
  // each rated 1 to 10 at a check-in; empty: the default set
  // (DefaultLifeAreas, domain/outcomes/wheel.h). Else 3 to kMaxLifeAreas (20).
  std::vector<LifeArea> life_areas;
  // At most one row per instrument; checked against the instruments in
  // force by ValidateOutcomeThresholds.
  std::vector<LocalityOutcomeThreshold> outcome_thresholds;
  // The [directory] table.
  DirectorySettings directory;

  // Preconditions: passed ValidateLocalityConfig.
  RoleNames roles() const;
  HuddleRules huddle_rules() const;

  bool operator==(const LocalityConfig&) const = default;
};

Result<LocalityConfig> ValidateLocalityConfig(LocalityConfig config);

// The locality's thresholds checked against the questionnaires in force:
// each names a known instrument, and its values are in that instrument's
// range (ChangeRuleFor). FieldErrors are "<where>: outcome_thresholds[i].<key>".
Status ValidateOutcomeThresholds(const LocalityConfig& config,
                                 const std::vector<Instrument>& instruments);

// "use one of mh-nurse, occupational-therapist, …": every profession key,
// for messages about an unknown one.
std::string ProfessionKeyList();

}  // namespace lw

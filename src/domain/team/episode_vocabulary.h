// The fixed vocabularies of an episode of Living Well support: its status
// and the ways it can end.
//
// Contract: each enum has a stable machine key (`...Key`, used in the store,
// forms and the API; never renamed once released), a display name in plain
// English (`...DisplayName`), and `Parse...`, which returns nullopt for any
// key it does not know (callers turn that into a field error). Keys are
// lower-case and hyphenated, as the front door's are.
//
// Endings are planned transitions (the person and the team agreed it was
// time: goals met, moving on to other support, support completed) or not.
// "Episodes ended with a planned exit as a share of episodes ended" is a
// published measure (Edinburgh: 60% of 318), so IsPlannedTransition is the
// one place that decides which is which.
//
// Thread-safety: pure functions over constant tables.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace lw {

enum class EpisodeStatus : std::uint8_t { kActive, kEnded };
inline constexpr std::array<EpisodeStatus, 2> kAllEpisodeStatuses = {EpisodeStatus::kActive,
                                                                     EpisodeStatus::kEnded};
std::string_view EpisodeStatusKey(EpisodeStatus status);          // "active"
std::string_view EpisodeStatusDisplayName(EpisodeStatus status);  // "Being supported"
std::optional<EpisodeStatus> ParseEpisodeStatus(std::string_view key);

enum class EpisodeEnding : std::uint8_t {
  // Planned transitions.
  kGoalsMet,   // they met the goals they set
  kMovingOn,   // moving on to other support: where to is recorded
  kCompleted,  // the support agreed was completed
  // Unplanned.
  kStoppedEngaging,  // stopped being in touch
  kMovedAway,        // moved out of the area
  kDied,
  kOther,  // with a short description
};
inline constexpr std::array<EpisodeEnding, 7> kAllEpisodeEndings = {
    EpisodeEnding::kGoalsMet,  EpisodeEnding::kMovingOn,
    EpisodeEnding::kCompleted, EpisodeEnding::kStoppedEngaging,
    EpisodeEnding::kMovedAway, EpisodeEnding::kDied,
    EpisodeEnding::kOther};
std::string_view EpisodeEndingKey(EpisodeEnding ending);          // "moving-on"
std::string_view EpisodeEndingDisplayName(EpisodeEnding ending);  // "Moving on to other support"
std::optional<EpisodeEnding> ParseEpisodeEnding(std::string_view key);

// goals-met, moving-on and completed.
bool IsPlannedTransition(EpisodeEnding ending);

// How much support an episode needs now, in the team's judgement; recorded
// with the episode and changed as needs change. Its weight (1, 2, 3) is what
// caseloads "weighted by intensity" sum (caseload.h). Keys are stable.
enum class Intensity { kLight, kRegular, kIntensive };

std::string_view IntensityKey(Intensity intensity);          // "intensive"
std::string_view IntensityDisplayName(Intensity intensity);  // "Intensive"
std::optional<Intensity> ParseIntensity(std::string_view key);
int IntensityWeight(Intensity intensity);  // 1, 2, 3

}  // namespace lw

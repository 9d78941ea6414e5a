#include "domain/team/episode_vocabulary.h"

namespace lw {
namespace {

// One row per enum value, in enum order; the tables are the single place a
// key or display name is written.
template <typename E>
struct Names {
  E value;
  std::string_view key;
  std::string_view display;
  bool planned = false;  // endings only
};

template <typename E, std::size_t N>
const Names<E>& Row(const std::array<Names<E>, N>& table, E value) {
  return table[static_cast<std::size_t>(value)];
}

template <typename E, std::size_t N>
std::optional<E> Parse(const std::array<Names<E>, N>& table, std::string_view key) {
  for (const auto& row : table) {
    if (row.key == key) return row.value;
  }
  return std::nullopt;
}

constexpr std::array<Names<EpisodeStatus>, 2> kStatuses = {{
    {EpisodeStatus::kActive, "active", "Being supported"},
    {EpisodeStatus::kEnded, "ended", "Support ended"},
}};

using E = EpisodeEnding;
constexpr std::array<Names<E>, 7> kEndings = {{
    {E::kGoalsMet, "goals-met", "Goals met", true},
    {E::kMovingOn, "moving-on", "Moving on to other support", true},
    {E::kCompleted, "completed", "Support completed", true},
    {E::kStoppedEngaging, "stopped-engaging", "Stopped being in touch"},
    {E::kMovedAway, "moved-away", "Moved away"},
    {E::kDied, "died", "Died"},
    {E::kOther, "other", "Another reason"},
}};

}  // namespace

std::string_view EpisodeStatusKey(EpisodeStatus s) { return Row(kStatuses, s).key; }
std::string_view EpisodeStatusDisplayName(EpisodeStatus s) { return Row(kStatuses, s).display; }
std::optional<EpisodeStatus> ParseEpisodeStatus(std::string_view key) {
  return Parse(kStatuses, key);
}

std::string_view EpisodeEndingKey(E e) { return Row(kEndings, e).key; }
std::string_view EpisodeEndingDisplayName(E e) { return Row(kEndings, e).display; }
std::optional<E> ParseEpisodeEnding(std::string_view key) { return Parse(kEndings, key); }
bool IsPlannedTransition(E e) { return Row(kEndings, e).planned; }

std::string_view IntensityKey(Intensity intensity) {
  switch (intensity) {
    case Intensity::kLight:
      return "light";
    case Intensity::kRegular:
      return "regular";
    case Intensity::kIntensive:
      return "intensive";
  }
  return "regular";
}

std::string_view IntensityDisplayName(Intensity intensity) {
  switch (intensity) {
    case Intensity::kLight:
      return "Light";
    case Intensity::kRegular:
      return "Regular";
    case Intensity::kIntensive:
      return "Intensive";
  }
  return "Regular";
}

std::optional<Intensity> ParseIntensity(std::string_view key) {
  for (Intensity i : {Intensity::kLight, Intensity::kRegular, Intensity::kIntensive}) {
    if (IntensityKey(i) == key) return i;
  }
  return std::nullopt;
}

int IntensityWeight(Intensity intensity) {
  switch (intensity) {
    case Intensity::kLight:
      return 1;
    case Intensity::kRegular:
      return 2;
    case Intensity::kIntensive:
      return 3;
  }
  return 2;
}

}  // namespace lw

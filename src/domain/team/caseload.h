// Caseloads: each keyworker's people with the next thing due, and how the
// team's work is shared across its workers (GM Guide feature 4; issue 5,
// "counts and weighted by intensity").
//
// Intensity is the team's judgement of how much support an episode needs
// now (light, regular, intensive), recorded with the episode and changed as
// the person's needs change. Its weight (1, 2, 3) is what "weighted by
// intensity" sums; the weights are the same everywhere so that caseloads
// compare across teams.
//
// The next thing due for an episode is the earliest of: its next review
// (episode_schedule.h), its planned ending, and the next contact booked
// with the person. An ended episode is on nobody's caseload.
//
// Balance: a worker whose weighted caseload is more than `kHeavyShare`
// times the team's mean (over workers with any caseload, and the workers
// named as the team) is flagged as carrying more than their share; one with
// none is shown too, so a lead sees who has room.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "domain/team/episode.h"

namespace lw {

// Intensity and IntensityWeight are in episode_vocabulary.h.

inline constexpr double kHeavyShare = 1.25;

// What is due next on an episode, and when.
enum class DueKind { kReview, kPlannedEnding, kContact };
std::string_view DueKindKey(DueKind kind);          // "planned-ending"
std::string_view DueKindDisplayName(DueKind kind);  // "Planned ending"

struct NextDue {
  DueKind kind = DueKind::kReview;
  Date on;
  bool operator==(const NextDue&) const = default;
};

// One episode as the caseload sees it. `episode` must outlive the call.
struct CaseloadFact {
  const Episode* episode = nullptr;
  Intensity intensity = Intensity::kRegular;
  std::optional<Date> next_contact_on;  // the next contact booked, if any
  std::optional<Date> last_seen_on;     // the last contact they attended, if any
};

struct CaseloadLine {
  std::string episode_id;
  std::string person_id;
  Intensity intensity = Intensity::kRegular;
  std::optional<NextDue> next_due;  // none: nothing scheduled
  bool overdue = false;             // next_due is before today
  std::optional<Date> last_seen_on;
};

// One keyworker's people: soonest due first (nothing due last), then by
// person id so the order is stable.
struct Caseload {
  std::string keyworker_user_id;
  std::vector<CaseloadLine> lines;
  int count = 0;     // people (active episodes)
  int weighted = 0;  // sum of intensity weights
};

// The earliest of the next review, the planned ending and the next contact;
// none for an ended episode or when nothing is scheduled. On a tie the
// review comes first, then the planned ending.
std::optional<NextDue> NextDueFor(const Episode& episode, std::optional<Date> next_contact_on);

// `user_id`'s caseload: the active episodes in `facts` they are keyworker
// for. Facts with a null episode are skipped.
Caseload CaseloadOf(std::string_view user_id, std::span<const CaseloadFact> facts, Date today);

struct WorkerLoad {
  std::string user_id;
  int count = 0;
  int weighted = 0;
  bool heavy = false;  // weighted > kHeavyShare x the team's mean
};

struct TeamBalance {
  std::vector<WorkerLoad> workers;  // heaviest weighted first, then by user id
  int count = 0;                    // people on the team's caseload
  int weighted = 0;
  double mean_weighted = 0;  // over `workers`
};

// The team's caseload across `team_workers` (every keyworker in the team,
// so those with no one show as 0) and any other keyworker named in
// `facts`' active episodes.
TeamBalance BalanceOf(std::span<const std::string> team_workers,
                      std::span<const CaseloadFact> facts);

}  // namespace lw

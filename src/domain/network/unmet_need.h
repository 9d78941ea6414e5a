// Gaps in provision (issue 7 point 7; GM Guide feature 6, "gaps in
// provision visible"): a need a person had, noted in their initial
// conversation, their plan or a review, for which the team found no service
// in the network or community, or only services that could not meet it
// (long waits, not eligible, too far, full). Each is an `UnmetNeed`, a
// versioned record about the person; commissioners see them only counted,
// by neighbourhood and need (`CountGaps`), with disclosure control applied
// by the caller (domain/measures/disclosure.h).
//
// Counting rule (`CountGaps`): over the needs noted in [from, to), left out
// once recorded in error; a person counts once per need and neighbourhood
// however often it was noted (the neighbourhood is that of the team that
// noted it, "" when the team has none). A person noted with several reasons
// for one need counts once in the need's total, and once under each reason.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "domain/directory/directory.h"

namespace lw {

inline constexpr std::size_t kMaxUnmetNeedWords = 1000;
inline constexpr int kMaxOfferedWaitDays = 3650;

// Why nothing met the need.
enum class GapReason : std::uint8_t { kNoService, kLongWait, kNotEligible, kTooFar, kFull };
inline constexpr std::array<GapReason, 5> kAllGapReasons = {
    GapReason::kNoService, GapReason::kLongWait, GapReason::kNotEligible, GapReason::kTooFar,
    GapReason::kFull};
std::string_view GapReasonKey(GapReason r);          // "no-service", "long-wait" ...
std::string_view GapReasonDisplayName(GapReason r);  // "No service for this need"
std::optional<GapReason> ParseGapReason(std::string_view key);

// Where the need was noted.
enum class NeedNotedIn : std::uint8_t { kInitialConversation, kPlan, kReview, kOther };
inline constexpr std::array<NeedNotedIn, 4> kAllNeedNotedIn = {
    NeedNotedIn::kInitialConversation, NeedNotedIn::kPlan, NeedNotedIn::kReview,
    NeedNotedIn::kOther};
std::string_view NeedNotedInKey(NeedNotedIn n);          // "initial-conversation", "plan" ...
std::string_view NeedNotedInDisplayName(NeedNotedIn n);  // "Their initial conversation"
std::optional<NeedNotedIn> ParseNeedNotedIn(std::string_view key);

struct UnmetNeedDraft {
  std::string person_id;
  std::string team_id;
  std::string neighbourhood_id;  // the team's; "" when it has none
  directory::Need need = directory::Need::kHousing;
  GapReason reason = GapReason::kNoService;
  NeedNotedIn noted_in = NeedNotedIn::kInitialConversation;
  std::string words;                       // what they needed, in their words; optional
  std::optional<int> offered_wait_days;    // the shortest wait on offer, when known
  Date noted_on = Date::FromDayNumber(0);  // not after the day it is recorded
  std::string noted_by_user_id;
  Timestamp recorded_at;
};

struct UnmetNeed {
  std::string id;  // assigned by the caller after MakeUnmetNeed
  long long version = 0;
  std::string person_id;
  std::string team_id;
  std::string neighbourhood_id;
  directory::Need need = directory::Need::kHousing;
  GapReason reason = GapReason::kNoService;
  NeedNotedIn noted_in = NeedNotedIn::kInitialConversation;
  std::string words;
  std::optional<int> offered_wait_days;
  Date noted_on = Date::FromDayNumber(0);
  std::string noted_by_user_id;
  Timestamp recorded_at;
  // Recorded in error: kept, never counted.
  bool in_error = false;
  std::string in_error_note;
  std::string in_error_by_user_id;
  std::optional<Timestamp> in_error_at;

  bool operator==(const UnmetNeed&) const = default;
};

// Version 1 (id empty). kInvalidArgument with field errors ("need",
// "reason", "noted_in", "words", "offered_wait_days", "noted_on") when the
// words are too long or hold control characters, the wait is outside 0 to
// kMaxOfferedWaitDays (or given for a reason other than a long wait), or
// `noted_on` is after the day of `recorded_at` (London). Words are trimmed.
Result<UnmetNeed> MakeUnmetNeed(UnmetNeedDraft draft);

// The next version, recorded in error with a note (required, at most
// kMaxUnmetNeedWords). kFailedPrecondition when it already is.
Result<UnmetNeed> MarkUnmetNeedInError(const UnmetNeed& n, std::string note, std::string by_user_id,
                                       Timestamp at);

// ---- Counting -------------------------------------------------------------

struct GapCounts {
  std::int64_t people = 0;  // distinct people with the need unmet
  std::array<std::int64_t, kAllGapReasons.size()> by_reason{};
  bool operator==(const GapCounts&) const = default;
};

struct GapTable {
  // [neighbourhood_id][need]: only cells with a count are present.
  std::map<std::string, std::map<directory::Need, GapCounts>> cells;
  // Per need across every neighbourhood (a person noted in two
  // neighbourhoods counts once here).
  std::map<directory::Need, GapCounts> by_need;
  std::int64_t people = 0;  // distinct people with any unmet need
  bool operator==(const GapTable&) const = default;
};

// See the header comment. `to` is exclusive; from < to.
GapTable CountGaps(std::span<const UnmetNeed> needs, Date from, Date to);

}  // namespace lw

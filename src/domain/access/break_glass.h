// Break-glass: reading the record of a person outside one's own team, in an
// urgent case, with a reason, for a short time, and flagged for review
// (issue 5, "Access").
//
// Lifecycle: Granted --(expires_at passes)--> Expired (reads refused again)
//            Granted/Expired --ReviewBreakGlass--> Reviewed (kept; never deleted).
// A grant lets only its `user_id` read only its `person_id`, and only while
// `granted_at <= now < expires_at`. Every grant is open for review until
// someone other than its holder reviews it.
//
// Contract:
//  - `GrantBreakGlass` trims the reason and returns a grant lasting
//    kBreakGlassLasts, or kInvalidArgument with a FieldError "reason" when
//    the reason is shorter than kMinBreakGlassReason or longer than
//    kMaxBreakGlassReason characters. The caller assigns the id.
//  - `ReviewBreakGlass` returns the next version with the review, or
//    kFailedPrecondition when already reviewed or when the reviewer is the
//    holder, kInvalidArgument for a missing reviewer.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include "base/clock.h"
#include "base/error.h"

namespace lw {

inline constexpr std::chrono::hours kBreakGlassLasts{4};
inline constexpr std::size_t kMinBreakGlassReason = 10;
inline constexpr std::size_t kMaxBreakGlassReason = 500;

struct BreakGlassReview {
  std::string by_user_id;
  Timestamp at;
  std::string note;  // optional: "Appropriate: crisis call out of hours"
  bool operator==(const BreakGlassReview&) const = default;
};

struct BreakGlass {
  std::string id;
  long long version = 0;
  std::string user_id;    // who broke the glass
  std::string team_id;    // their team, whose team lead reviews the grant
  std::string person_id;  // whose record
  std::string reason;
  Timestamp granted_at;
  Timestamp expires_at;
  std::optional<BreakGlassReview> review;
  bool operator==(const BreakGlass&) const = default;
};

Result<BreakGlass> GrantBreakGlass(std::string user_id, std::string person_id, std::string reason,
                                   Timestamp now);
bool BreakGlassActive(const BreakGlass& grant, Timestamp now);
Result<BreakGlass> ReviewBreakGlass(const BreakGlass& grant, BreakGlassReview review);

}  // namespace lw

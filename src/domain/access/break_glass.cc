#include "domain/access/break_glass.h"

#include <utility>

#include "domain/frontdoor/text_field.h"

namespace lw {

Result<BreakGlass> GrantBreakGlass(std::string user_id, std::string person_id, std::string reason,
                                   Timestamp now) {
  std::string trimmed = TrimText(reason);
  if (Utf8Length(trimmed) < kMinBreakGlassReason || Utf8Length(trimmed) > kMaxBreakGlassReason) {
    return Fail(
        Error::Invalid("There is a problem",
                       {{"reason", "Say why you need to see this record now, in " +
                                       std::to_string(kMinBreakGlassReason) + " to " +
                                       std::to_string(kMaxBreakGlassReason) + " characters"}}));
  }
  return BreakGlass{.user_id = std::move(user_id),
                    .person_id = std::move(person_id),
                    .reason = std::move(trimmed),
                    .granted_at = now,
                    .expires_at = now + kBreakGlassLasts};
}

bool BreakGlassActive(const BreakGlass& grant, Timestamp now) {
  return grant.granted_at <= now && now < grant.expires_at;
}

Result<BreakGlass> ReviewBreakGlass(const BreakGlass& grant, BreakGlassReview review) {
  if (grant.review) {
    return Fail(ErrorCode::kFailedPrecondition, "this break-glass read has already been reviewed");
  }
  if (review.by_user_id.empty()) {
    return Fail(Error::Invalid("There is a problem", {{"by_user_id", "Say who reviewed it"}}));
  }
  if (review.by_user_id == grant.user_id) {
    return Fail(ErrorCode::kFailedPrecondition,
                "a break-glass read is reviewed by someone other than who made it");
  }
  review.note = TrimText(review.note);
  BreakGlass next = grant;
  next.version = grant.version + 1;
  next.review = std::move(review);
  return next;
}

}  // namespace lw

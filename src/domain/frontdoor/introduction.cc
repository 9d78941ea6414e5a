#include "domain/frontdoor/introduction.h"

#include <algorithm>

#include "base/check.h"

namespace lw {
namespace {

bool EndingNeedsConversation(Ending e) {
  return e == Ending::kSupportBegins || e == Ending::kWarmIntroduction ||
         e == Ending::kInformationGiven;
}

int LondonDaysBetween(Timestamp from, Timestamp to) {
  return Date::DaysBetween(Date::InLondon(from), Date::InLondon(to));
}

}  // namespace

bool ContactPreferences::Allows(ContactMethod m) const {
  return std::find(methods.begin(), methods.end(), m) != methods.end();
}

void CheckIntroductionInvariants(const Introduction& in) {
  using S = IntroductionState;
  LW_CHECK(in.version >= 1);
  LW_CHECK(in.IsClosed() == in.ending.has_value());
  LW_CHECK(in.IsClosed() == in.closed_at.has_value());
  if (in.state == S::kOpen) LW_CHECK(!in.booking.has_value());
  if (in.state == S::kConversationBooked) LW_CHECK(in.booking.has_value());
  if (in.state == S::kOpen || in.state == S::kConversationBooked) {
    LW_CHECK(!in.conversation.has_value());
  }
  if (in.state == S::kConversationHeld) LW_CHECK(in.conversation.has_value());
  if (in.ending) {
    LW_CHECK(EndingNeedsConversation(*in.ending) == in.conversation.has_value() ||
             *in.ending == Ending::kChoseNotToGoAhead);
  }
}

std::optional<int> WaitingDays(const Introduction& in) {
  if (!in.conversation) return std::nullopt;
  return LondonDaysBetween(in.received_at, in.conversation->held_at);
}

int DaysWaiting(const Introduction& in, Timestamp now) {
  if (auto held = WaitingDays(in)) return *held;
  if (in.closed_at) return LondonDaysBetween(in.received_at, *in.closed_at);
  return LondonDaysBetween(in.received_at, now);
}

bool PastTarget(const Introduction& in, Timestamp now, const FrontDoorPolicy& policy) {
  if (in.conversation || in.IsClosed()) return false;
  return DaysWaiting(in, now) > policy.target_days;
}

}  // namespace lw

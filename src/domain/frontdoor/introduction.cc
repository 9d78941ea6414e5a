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

Timestamp PastTargetCutoff(Timestamp now, const FrontDoorPolicy& policy) {
  const std::chrono::year_month_day day{Date::InLondon(now).ToSysDays() -
                                        std::chrono::days(policy.target_days)};
  auto date = Date::FromYmd(static_cast<int>(day.year()),
                            static_cast<int>(static_cast<unsigned>(day.month())),
                            static_cast<int>(static_cast<unsigned>(day.day())));
  LW_CHECK(date.has_value());
  return StartOfLondonDay(*date);
}

std::string_view NextStep(const Introduction& in) {
  switch (in.state) {
    case IntroductionState::kOpen:
      return in.attempts.empty() ? "Make contact" : "Try again";
    case IntroductionState::kConversationBooked:
      return "Hold the conversation";
    case IntroductionState::kConversationHeld:
      return "Agree how it ends";
    case IntroductionState::kClosed:
      return "";
  }
  return "";
}

const ContactAttempt* LastAttempt(const Introduction& in) {
  if (in.attempts.empty()) return nullptr;
  const ContactAttempt* last = &in.attempts.front();
  for (const ContactAttempt& a : in.attempts) {
    if (a.at >= last->at) last = &a;
  }
  return last;
}

Introduction ForIntroducer(const Introduction& in) {
  Introduction out = in;
  out.attempts.clear();
  out.booking.reset();
  out.conversation.reset();
  out.ending_note.clear();
  out.assigned_user_id.clear();
  out.person_id.clear();
  return out;
}

}  // namespace lw

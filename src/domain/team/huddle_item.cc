#include "domain/team/huddle_item.h"

#include <chrono>

#include "base/check.h"
#include "domain/vocabulary_table.h"

namespace lw {
namespace {

using vocabulary::Names;
using vocabulary::Parse;
using vocabulary::Row;

// One row per value, in enum order: the one place a key or name is written.
using I = HuddleItemKind;
constexpr std::array<Names<I>, 8> kItemKinds = {{
    {I::kNewIntroduction, "new-introduction", "New introduction"},
    {I::kWaitingPastTarget, "waiting-past-target", "Waiting past the target"},
    {I::kConcern, "concern", "Concern"},
    {I::kReviewDue, "review-due", "Review due"},
    {I::kPlannedEndingDue, "planned-ending-due", "Planned ending due"},
    {I::kWarmIntroductionNotLanded, "warm-introduction-not-landed",
     "Warm introduction not yet landed"},
    {I::kNotSeen, "not-seen", "Not seen for a while"},
    {I::kCarriedOverDecision, "carried-over-decision", "Decision carried over"},
}};

using S = HuddleSection;
constexpr std::array<Names<S>, 7> kSections = {{
    {S::kNewIntroductions, "new-introductions",
     "New introductions awaiting an initial conversation"},
    {S::kWaitingPastTarget, "waiting-past-target", "Waiting longer than the target"},
    {S::kConcerns, "concerns", "Concerns raised"},
    {S::kDueThisWeek, "due-this-week", "Reviews and planned endings due this week"},
    {S::kWarmIntroductions, "warm-introductions", "Warm introductions not yet landed"},
    {S::kNotSeen, "not-seen", "Not seen for a while"},
    {S::kCarriedOver, "carried-over", "Decisions carried over from earlier huddles"},
}};

constexpr std::array<std::string_view, 7> kWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};

}  // namespace

std::string_view HuddleItemKindKey(HuddleItemKind kind) { return Row(kItemKinds, kind).key; }
std::string_view HuddleItemKindDisplayName(HuddleItemKind kind) {
  return Row(kItemKinds, kind).display;
}
std::optional<HuddleItemKind> ParseHuddleItemKind(std::string_view key) {
  return Parse(kItemKinds, key);
}

std::string_view HuddleSectionKey(HuddleSection section) { return Row(kSections, section).key; }
std::string_view HuddleSectionTitle(HuddleSection section) {
  return Row(kSections, section).display;
}
std::optional<HuddleSection> ParseHuddleSection(std::string_view key) {
  return Parse(kSections, key);
}

Date WeekEndsOn(Date today) {
  using namespace std::chrono;
  unsigned weekday = std::chrono::weekday(today.ToSysDays()).c_encoding();  // Sunday is 0
  year_month_day sunday{today.ToSysDays() + days((7 - weekday) % 7)};
  auto date = Date::FromYmd(static_cast<int>(sunday.year()),
                            static_cast<int>(static_cast<unsigned>(sunday.month())),
                            static_cast<int>(static_cast<unsigned>(sunday.day())));
  LW_CHECK(date.has_value());
  return *date;
}

std::string DayDisplay(Date date) {
  unsigned weekday = std::chrono::weekday(date.ToSysDays()).c_encoding();
  return std::string(kWeekdays[weekday]) + " " + date.ToDisplay();
}

}  // namespace lw

// The huddle board's vocabulary: the kinds of item on it, its sections, an
// item, and what "this week" means.
//
// Contract: each enum has a stable machine key (`...Key`, used in the API
// and in pages' anchors; never renamed once released), a display name in
// plain English, and `Parse...`, which returns nullopt for a key it does
// not know.
//
// "This week" is today up to and including the coming Sunday (today, when
// today is a Sunday), in Europe/London calendar dates: a huddle on Monday
// looks seven days ahead, one on Sunday only at Sunday. Anything due
// earlier (overdue) counts as due this week as well.
//
// Thread-safety: plain values and pure functions over constant tables.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "domain/team/team_decision.h"

namespace lw {

// Why an item is on the board.
enum class HuddleItemKind : std::uint8_t {
  kNewIntroduction,            // awaiting an initial conversation, within the target
  kWaitingPastTarget,          // awaiting one for longer than the target
  kConcern,                    // an open concern
  kReviewDue,                  // an episode's review due this week or overdue
  kPlannedEndingDue,           // an episode's planned ending due this week or overdue
  kWarmIntroductionNotLanded,  // a warm introduction not yet landed
  kNotSeen,                    // not seen for longer than the locality's threshold
  kCarriedOverDecision,        // a decision from an earlier huddle, not yet done
};
inline constexpr std::array<HuddleItemKind, 8> kAllHuddleItemKinds = {
    HuddleItemKind::kNewIntroduction,  HuddleItemKind::kWaitingPastTarget,
    HuddleItemKind::kConcern,          HuddleItemKind::kReviewDue,
    HuddleItemKind::kPlannedEndingDue, HuddleItemKind::kWarmIntroductionNotLanded,
    HuddleItemKind::kNotSeen,          HuddleItemKind::kCarriedOverDecision};
std::string_view HuddleItemKindKey(HuddleItemKind kind);          // "waiting-past-target"
std::string_view HuddleItemKindDisplayName(HuddleItemKind kind);  // "Waiting past the target"
std::optional<HuddleItemKind> ParseHuddleItemKind(std::string_view key);

// The board's sections, in the order the board shows them.
enum class HuddleSection : std::uint8_t {
  kNewIntroductions,
  kWaitingPastTarget,
  kConcerns,
  kDueThisWeek,
  kWarmIntroductions,
  kNotSeen,
  kCarriedOver,
};
inline constexpr std::array<HuddleSection, 7> kAllHuddleSections = {
    HuddleSection::kNewIntroductions, HuddleSection::kWaitingPastTarget, HuddleSection::kConcerns,
    HuddleSection::kDueThisWeek,      HuddleSection::kWarmIntroductions, HuddleSection::kNotSeen,
    HuddleSection::kCarriedOver};
std::string_view HuddleSectionKey(HuddleSection section);    // "due-this-week"
std::string_view HuddleSectionTitle(HuddleSection section);  // "Reviews and endings due this week"
std::optional<HuddleSection> ParseHuddleSection(std::string_view key);

// One line on the board.
struct HuddleItem {
  HuddleItemKind kind = HuddleItemKind::kNewIntroduction;
  // The id of what the item shows: the introduction, concern, episode or
  // warm introduction; for a carried-over decision, the decision.
  std::string subject_id;
  // What a decision recorded on this item is about (for a carried-over
  // decision, what that decision was about, so a follow-up joins it).
  DecisionSubject about;
  std::string person_id;    // "" when not known (an introduction not yet linked)
  std::string person_name;  // as the team knows them; "" when not known
  std::string reference;    // an introduction's public reference; "" otherwise
  // Who holds it now: the assigned worker, the keyworker, who raised the
  // concern, who made the warm introduction, who is to do the decision.
  std::string worker_user_id;
  std::string why;  // plain English: "Waiting 16 days — 2 past the 14-day target"
  // Higher is more urgent within the section; in days, with the meaning
  // each section gives it (huddle.h). Items come already in board order.
  int urgency = 0;
  // Decisions recorded about it, at earlier huddles or today, oldest first
  // (for a carried-over decision: that decision).
  std::vector<TeamDecision> decisions;

  bool Discussed() const { return !decisions.empty(); }
  bool operator==(const HuddleItem&) const = default;
};

// The last day of "this week" for a huddle held on `today`: the coming
// Sunday, or today if today is a Sunday.
Date WeekEndsOn(Date today);
// "Monday 9 March 2026".
std::string DayDisplay(Date date);

}  // namespace lw

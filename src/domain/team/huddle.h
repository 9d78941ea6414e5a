// The daily huddle board: one page the whole team looks at together each
// morning, so that risk is held by the team, not one person.
//
// `BuildHuddleBoard` is a pure function from facts the caller loaded from
// the store (the team's, as of `today`) to the board's seven sections, in
// this order, each already sorted most urgent first:
//
//  (a) new_introductions: introductions awaiting an initial conversation
//      (open or conversation booked) and still within the target. Urgency:
//      days waiting; longest first.
//  (b) waiting_past_target: the same, waiting longer than the target, as
//      frontdoor/introduction.h's `PastTarget` decides (the rule lives
//      there only). An introduction is in (a) or (b), never both. Urgency:
//      days past the target; most first.
//  (c) concerns: open concerns, from anyone in the team. Those no decision
//      has been recorded about yet come first, then oldest first: the
//      concern held longest without being resolved is the one at risk of
//      slipping. The raiser's role plays no part (concern.h). Urgency: days
//      open.
//  (d) due_this_week: episodes' next reviews and planned endings due on or
//      before `WeekEndsOn(today)` (huddle_item.h), overdue included; one
//      item per date, so an episode may have two. Urgency: days overdue
//      (negative when still ahead); earliest due first, reviews before
//      endings on the same day.
//  (e) warm_introductions: warm introductions not yet landed (a placeholder
//      list until the network work replaces the facts). Urgency: days since
//      made; oldest first.
//  (f) not_seen: episodes whose last_seen_on is more than not_seen_days
//      before today, or never seen and started more than not_seen_days
//      before today. Exactly not_seen_days is not "longer than". Urgency:
//      days since seen (or since started); most first.
//  (g) carried_over: `CarriedOver(decisions, today)` (team_decision.h):
//      every undone decision from an earlier huddle, by_when first, so the
//      overdue lead. Urgency: days overdue (negative when still ahead).
//
// Ties in every section are broken by the subject's id, so the board is the
// same for the same facts. Each item lists the decisions recorded about it
// (those in `inputs.decisions` about the same subject, or about its person
// as a whole), so the board shows what has been discussed; the caller
// chooses how far back to load them (at least every undone decision and
// today's).
//
// Precondition: `rules` passed `ValidateHuddleRules`: the locality's
// configuration is validated when it is loaded, so a bad value here is a
// bug and aborts (LW_CHECK).
//
// Dates are Europe/London calendar dates; introduction waiting is counted
// in London calendar days as the front door counts it.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "domain/frontdoor/vocabulary.h"
#include "domain/team/concern.h"
#include "domain/team/huddle_item.h"
#include "domain/team/team_decision.h"

namespace lw {

// From the locality's configuration.
struct HuddleRules {
  int target_days = 14;    // the front door's target; the same setting as FrontDoorPolicy's
  int not_seen_days = 28;  // someone not seen for longer than this comes to the huddle
};

// Each in 1..365; kInvalidArgument naming the field ("target_days",
// "not_seen_days") otherwise.
Status ValidateHuddleRules(const HuddleRules& rules);

// An introduction that may be awaiting its initial conversation. Held or
// closed ones may be passed in and are left off the board.
struct WaitingIntroduction {
  std::string introduction_id;
  std::string reference;     // "LW-7K3M-Q9TP"
  std::string display_name;  // as the team calls them: "Asha Patel"
  Timestamp received_at;
  IntroductionState state = IntroductionState::kOpen;
  std::string assigned_user_id;  // "" until someone picks it up
  std::string person_id;         // "" until linked to a person record
};

// An open episode of support, with the dates the huddle watches.
struct EpisodeDue {
  std::string episode_id;
  std::string person_id;
  std::string person_name;
  std::string keyworker_user_id;
  std::optional<Date> next_review_due;
  std::optional<Date> planned_end_on;
  std::optional<Date> last_seen_on;  // nullopt when never seen since it started
  Date started_on;
};

// Placeholder until the network issue: a warm introduction made and not
// yet landed (the person has not yet met the service).
struct OpenWarmIntroduction {
  std::string id;
  std::string person_id;
  std::string person_name;
  std::string service_name;  // "Tameside Carers Centre"
  std::string made_by_user_id;
  Date made_on;
};

struct HuddleInputs {
  std::vector<WaitingIntroduction> introductions;
  std::vector<Concern> concerns;  // resolved ones are left off the board
  std::vector<EpisodeDue> episodes;
  std::vector<OpenWarmIntroduction> warm_introductions;
  std::vector<TeamDecision> decisions;
  // Names for items whose facts do not carry one (concerns, decisions).
  std::map<std::string, std::string, std::less<>> person_names;
};

struct HuddleBoard {
  Date today;
  Date week_ends_on;  // WeekEndsOn(today)
  std::vector<HuddleItem> new_introductions;
  std::vector<HuddleItem> waiting_past_target;
  std::vector<HuddleItem> concerns;
  std::vector<HuddleItem> due_this_week;
  std::vector<HuddleItem> warm_introductions;
  std::vector<HuddleItem> not_seen;
  std::vector<HuddleItem> carried_over;

  const std::vector<HuddleItem>& Items(HuddleSection section) const;
};

HuddleBoard BuildHuddleBoard(const HuddleInputs& inputs, const HuddleRules& rules, Date today);

}  // namespace lw

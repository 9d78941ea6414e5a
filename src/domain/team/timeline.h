// A person's timeline: everything that has happened with them, across every
// episode, newest first (issue 5, point 1).
//
// `BuildTimeline` is a pure function over the records the caller loaded:
// introductions (received; initial conversation held), episodes (opened as
// episode N; each keyworker change; each review; the planned end agreed is
// shown with the opening; the ending with its reason and the person's
// words), contacts (one entry each, with how and whether this person
// attended), concerns (raised; resolved) and team decisions (recorded;
// done). Entries are ordered by time, newest first; ties by kind then
// title, so the same records always give the same timeline. Events known
// only by their date (reviews, endings, keyworker changes, decisions done,
// unmet needs) are placed at the start of that day (00:00 UTC).
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "domain/frontdoor/introduction.h"
#include "domain/network/unmet_need.h"
#include "domain/network/warm_introduction.h"
#include "domain/team/concern.h"
#include "domain/team/contact.h"
#include "domain/team/episode.h"
#include "domain/team/team_decision.h"

namespace lw {

struct TimelineEntry {
  Timestamp at;
  std::string kind;   // "introduction", "conversation", "episode-opened", "keyworker", "review",
                      // "ending", "contact", "concern", "concern-resolved", "decision",
                      // "decision-done", "warm-introduction", "warm-step", "warm-view",
                      // "unmet-need"
  std::string title;  // "Episode 2 opened", "Phone — attended"
  std::string detail;
  std::string by_user_id;                  // "" when not known
  std::string episode_id;                  // "" when none
  std::vector<std::string> with_user_ids;  // a contact's other staff, in the order recorded
  bool operator==(const TimelineEntry&) const = default;
};

struct TimelineInputs {
  std::string_view person_id;
  std::span<const Introduction> introductions;
  std::span<const Episode> episodes;
  std::span<const Contact> contacts;
  std::span<const Concern> concerns;
  std::span<const TeamDecision> decisions;
  std::span<const WarmIntroduction> warm_introductions;
  std::span<const UnmetNeed> unmet_needs;
};

std::vector<TimelineEntry> BuildTimeline(const TimelineInputs& in);

}  // namespace lw

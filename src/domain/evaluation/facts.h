// The facts the evaluation counts (issue 9, ADR 0019): what each record
// says that a measure needs, held as columns of small integers so that a
// measure over a million introductions is one pass over a few arrays.
//
// Places are dense indexes (locality 0, 1 ...; team 0, 1 ...), days are
// day numbers (Date::DayNumber) of the Europe/London calendar, and
// categories are their enums' values. A row's columns share one index:
// introductions.received[i] and introductions.source[i] describe one
// introduction.
//
// `FactsBuilder` is the only code that reads records for the evaluation, so
// each rule it applies lives here once: an episode's exit is planned when
// IsPlannedTransition says so.
//
// Thread-safety: plain values; a builder is used by one thread.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "base/error.h"
#include "domain/frontdoor/introduction.h"
#include "domain/network/warm_introduction.h"
#include "domain/org/organisation.h"
#include "domain/team/episode.h"

namespace lw::evaluation {

// A day that has not come (a conversation not held, an episode not ended).
inline constexpr std::int32_t kNoDay = std::numeric_limits<std::int32_t>::min();
// An introduction not closed, so with no ending.
inline constexpr std::uint8_t kNoEnding = 0xFF;

struct Places {
  std::vector<std::string> locality_ids;    // by locality index
  std::vector<std::string> locality_names;  // by locality index
  std::vector<std::string> team_ids;        // by team index
  std::vector<std::int32_t> team_locality;  // by team index: its locality's index
};

// One row per introduction, as it stands (its latest version).
struct IntroductionFacts {
  std::vector<std::int32_t> team;          // team index
  std::vector<std::int32_t> received;      // the day it was received
  std::vector<std::uint8_t> source;        // IntroductionSource
  std::vector<std::int32_t> conversation;  // the day the initial conversation was held, or kNoDay
  std::vector<std::int32_t> closed;        // the day it was closed, or kNoDay
  std::vector<std::uint8_t> ending;        // Ending, or kNoEnding while open

  std::size_t size() const { return received.size(); }
};

// One row per episode of support.
struct EpisodeFacts {
  std::vector<std::int32_t> team;     // team index
  std::vector<std::int32_t> started;  // the day support started
  std::vector<std::int32_t> ended;    // the day it ended, or kNoDay while open
  std::vector<std::uint8_t> planned;  // 1: ended as a planned transition

  std::size_t size() const { return started.size(); }
};

// One row per warm introduction into the network.
struct WarmFacts {
  std::vector<std::int32_t> team;    // team index
  std::vector<std::int32_t> made;    // the day it was made
  std::vector<std::int32_t> landed;  // the day the person and the service met, or kNoDay

  std::size_t size() const { return made.size(); }
};

struct Facts {
  Places places;
  IntroductionFacts introductions;
  EpisodeFacts episodes;
  WarmFacts warm;
};

class FactsBuilder {
 public:
  // Places first: every team's locality must have been added.
  Status AddLocality(const Locality& locality);
  Status AddTeam(const Team& team);
  // kInvalidArgument naming the record when its team was not added.
  Status AddIntroduction(const Introduction& introduction);
  Status AddEpisode(const Episode& episode);
  // Landed is the day of its step to "met", when that is where it stands.
  Status AddWarmIntroduction(const WarmIntroduction& warm);

  // The facts so far; the builder is left empty.
  Facts Finish();

 private:
  Result<std::int32_t> TeamIndex(const std::string& team_id, const std::string& record_id) const;

  Facts facts_;
  std::map<std::string, std::int32_t, std::less<>> localities_;
  std::map<std::string, std::int32_t, std::less<>> teams_;
};

}  // namespace lw::evaluation

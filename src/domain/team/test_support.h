// Helpers shared by this folder's unit tests (not compiled into the
// library: only *_test.cc files include it).
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/dates.h"
#include "base/error.h"
#include "domain/team/episode.h"
#include "testing/field_errors.h"

namespace lw::team_test {

using ::lw::testing::Fields;
using ::lw::testing::MessageFor;

inline Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

// Support starts on Monday 2 March 2026; "today" is Monday 1 June 2026.
inline Date Start() { return Day(2026, 3, 2); }
inline Date Today() { return Day(2026, 6, 1); }

inline NewEpisode Request(SupportRhythm rhythm = TamesideRhythm()) {
  return {.id = "e-1",
          .person_id = "p-1",
          .team_id = "team-hyde",
          .introduction_id = "i-1",
          .keyworker_user_id = "u-sam",
          .started_on = Start(),
          .rhythm = rhythm};
}

inline Episode Opened(SupportRhythm rhythm = TamesideRhythm()) {
  auto r = OpenEpisode(Request(rhythm), {}, Today());
  EXPECT_TRUE(r.has_value()) << r.error().message;
  return *r;
}

// A valid ending for `reason`, with the detail that reason needs.
inline EpisodeEnd EndingFor(EpisodeEnding reason, Date on = Day(2026, 5, 29)) {
  return {
      .reason = reason,
      .persons_words = "I feel ready to do this on my own now",
      .moving_on_to = reason == EpisodeEnding::kMovingOn ? "Tameside Carers Centre" : "",
      .other_reason = reason == EpisodeEnding::kOther ? "Now supported by the memory clinic" : "",
      .ended_on = on,
      .ended_by_user_id = "u-sam"};
}

inline Episode Ended() {
  auto r = EndEpisode(Opened(), EndingFor(EpisodeEnding::kGoalsMet), Today());
  EXPECT_TRUE(r.has_value()) << r.error().message;
  return *r;
}

}  // namespace lw::team_test

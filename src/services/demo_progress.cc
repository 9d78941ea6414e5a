#include "services/demo_progress.h"

#include <algorithm>
#include <chrono>

#include "services/auth_service.h"
#include "services/demo_support.h"
#include "services/progress_service.h"

namespace lw {
namespace {

using demo::Check;
using demo::DaysAgoClock;

// ReQoL-10 answers scoring `plain` on every item: the reverse-scored items
// (q1, q3, q6, q9 as shipped) answered the other way round.
QuestionnaireAnswers Reqol(const Instrument& reqol, int plain) {
  QuestionnaireAnswers out;
  const auto& reverse = reqol.definition().reverse_items;
  for (const InstrumentItem& item : reqol.definition().items) {
    if (!item.scored) continue;
    const bool reversed = std::ranges::find(reverse, item.id) != reverse.end();
    out[item.id] = reversed ? 4 - plain : plain;
  }
  return out;
}

}  // namespace

Status LoadDemoProgress(Store& store, const Clock& clock, Random& random,
                        const std::vector<User>& users, const std::string& person_id,
                        const std::vector<Instrument>* instruments) {
  DaysAgoClock earlier(clock);
  ProgressService progress(store, earlier, random, {.instruments = instruments});
  const Actor practitioner = ActorFor(users[2], AuthMethod::kSession);
  auto today = [&] { return Date::InLondon(earlier.Now()); };

  earlier.DaysAgo(84);
  auto work = progress.SetGoal(practitioner, person_id,
                               {.text = "Get back to work, three days a week to start with",
                                .life_area = "work-and-learning",
                                .first_rating = 2,
                                .entered_by = EnteredBy::kTogether});
  if (auto s = Check(work); !s) return s;
  auto sleep = progress.SetGoal(practitioner, person_id,
                                {.text = "Sleep through the night most nights",
                                 .life_area = "health",
                                 .first_rating = 3,
                                 .entered_by = EnteredBy::kPerson});
  if (auto s = Check(sleep); !s) return s;
  if (auto s = Check(progress.RecordCheckIn(practitioner, person_id,
                                            {.entered_by = EnteredBy::kPerson,
                                             .ratings = {{"home", 6},
                                                         {"money", 3},
                                                         {"work-and-learning", 2},
                                                         {"health", 4},
                                                         {"relationships", 5},
                                                         {"community-and-leisure", 3},
                                                         {"mental-wellbeing", 3},
                                                         {"personal-growth", 4}},
                                             .note = "First conversation"}));
      !s) {
    return s;
  }
  const Instrument* reqol = progress.FindInstrument("reqol-10");
  if (reqol != nullptr) {
    if (auto s = Check(progress.RecordResponse(practitioner, person_id,
                                               {.instrument_id = "reqol-10",
                                                .occasion = Occasion::kBaseline,
                                                .entered_by = EnteredBy::kPerson,
                                                .answers = Reqol(*reqol, 2)}));
        !s) {
      return s;
    }
  }
  earlier.DaysAgo(42);
  if (auto s = Check(
          progress.RateGoal(practitioner, person_id, work->id, 1, {.on = today(), .rating = 4}));
      !s) {
    return s;
  }
  if (auto s =
          Check(progress.RateGoal(practitioner, person_id, sleep->id, 1,
                                  {.on = today(), .rating = 5, .entered_by = EnteredBy::kPerson}));
      !s) {
    return s;
  }
  earlier.DaysAgo(6);
  if (auto s = Check(
          progress.RateGoal(practitioner, person_id, work->id, 2,
                            {.on = today(), .rating = 6, .note = "Two days at the garden centre"}));
      !s) {
    return s;
  }
  if (auto s =
          Check(progress.RateGoal(practitioner, person_id, sleep->id, 2,
                                  {.on = today(), .rating = 7, .entered_by = EnteredBy::kPerson}));
      !s) {
    return s;
  }
  if (auto s = Check(progress.RecordCheckIn(practitioner, person_id,
                                            {.entered_by = EnteredBy::kPerson,
                                             .ratings = {{"home", 7},
                                                         {"money", 4},
                                                         {"work-and-learning", 5},
                                                         {"health", 6},
                                                         {"relationships", 6},
                                                         {"community-and-leisure", 5},
                                                         {"mental-wellbeing", 6},
                                                         {"personal-growth", 6}},
                                             .note = "Twelve-week review"}));
      !s) {
    return s;
  }
  if (reqol != nullptr) {
    // 20 at baseline, 29 at review (one plain item answered 2): a reliable
    // recovery under the shipped thresholds.
    QuestionnaireAnswers review = Reqol(*reqol, 3);
    review["q2"] = 2;
    if (auto s = Check(progress.RecordResponse(practitioner, person_id,
                                               {.instrument_id = "reqol-10",
                                                .occasion = Occasion::kReview,
                                                .entered_by = EnteredBy::kPerson,
                                                .answers = review}));
        !s) {
      return s;
    }
  }
  return Ok();
}

}  // namespace lw

// QuestionnaireResponse: one administration of an instrument to a person
// (issue 6, point 5): when (the occasion and the day), whose answers
// (EnteredBy: people have no sign-in, the practitioner records them), every
// item's answer (missing kept as missing, never only the total), and the
// score as ScoreQuestionnaire (score.h) gave it at the time, with its
// status (complete / partial, scored / partial, not scorable).
//
// The score is stored as scored then: a later change to a definition
// never rewrites a response; `instrument_version` says which it was.
//
// Failure contract: `MakeResponse` returns kInvalidArgument with the
// FieldErrors of ScoreQuestionnaire (an answer to an item the instrument
// does not have, or a value that is not one of the item's options, each
// named by the item's id: "q3") and of the response's own fields
// ("on": not in the future). Nothing is made on failure.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "domain/outcomes/entered_by.h"
#include "domain/outcomes/instrument.h"
#include "domain/outcomes/points.h"
#include "domain/outcomes/score.h"

namespace lw {

enum class Occasion : std::uint8_t { kBaseline, kReview, kEnd, kAdHoc };
inline constexpr std::array<Occasion, 4> kAllOccasions = {Occasion::kBaseline, Occasion::kReview,
                                                          Occasion::kEnd, Occasion::kAdHoc};
std::string_view OccasionKey(Occasion occasion);  // "baseline", "review", "end", "ad-hoc"
// "Baseline (first conversation)", "Review", "End of support", "Ad hoc"
std::string_view OccasionDisplayName(Occasion occasion);
std::optional<Occasion> ParseOccasion(std::string_view key);

// "Complete", "Partial, scored", "Partial, not scored"
std::string_view ScoreStatusDisplayName(ScoreStatus status);
std::optional<ScoreStatus> ParseScoreStatus(std::string_view key);

struct ResponseAnswer {
  std::string item_id;
  std::optional<int> value;  // nullopt: not answered
  bool operator==(const ResponseAnswer&) const = default;
};

struct QuestionnaireResponse {
  std::string id;
  long long version = 1;
  std::string person_id;
  std::string team_id;
  std::string instrument_id;
  std::string instrument_version;
  Occasion occasion = Occasion::kAdHoc;
  EnteredBy entered_by = EnteredBy::kTogether;
  Date on;
  Timestamp recorded_at;
  std::vector<ResponseAnswer> answers;  // every item of the instrument, in its order
  ScoreStatus status = ScoreStatus::kPartialNotScorable;
  std::optional<Points> raw;    // the raw sum (SWEMWBS keeps both); nullopt: none
  std::optional<Points> score;  // the final score; nullopt: not scorable or each_item
  std::string why;              // ScoreQuestionnaire's sentence
  bool operator==(const QuestionnaireResponse&) const = default;
};

// What the person and practitioner give, besides the answers.
struct ResponseMeta {
  std::string id;
  std::string person_id;
  std::string team_id;
  Occasion occasion = Occasion::kAdHoc;
  EnteredBy entered_by = EnteredBy::kTogether;
  Date on;
  Timestamp recorded_at;
};

// Scores `answers` with ScoreQuestionnaire and keeps every item's answer.
Result<QuestionnaireResponse> MakeResponse(const Instrument& instrument,
                                           const QuestionnaireAnswers& answers, ResponseMeta meta,
                                           Date today);

// The stored answers as ScoreQuestionnaire takes them.
QuestionnaireAnswers AnswersOf(const QuestionnaireResponse& response);

}  // namespace lw

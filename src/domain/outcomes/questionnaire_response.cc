#include "domain/outcomes/questionnaire_response.h"

#include <utility>

#include "domain/vocabulary_table.h"

namespace lw {
namespace {

constexpr std::array<vocabulary::Names<Occasion>, 4> kOccasionNames = {{
    {Occasion::kBaseline, "baseline", "Baseline (first conversation)"},
    {Occasion::kReview, "review", "Review"},
    {Occasion::kEnd, "end", "End of support"},
    {Occasion::kAdHoc, "ad-hoc", "Ad hoc"},
}};

constexpr std::array<vocabulary::Names<ScoreStatus>, 3> kStatusNames = {{
    {ScoreStatus::kComplete, "complete", "Complete"},
    {ScoreStatus::kPartialScored, "partial-scored", "Partial, scored"},
    {ScoreStatus::kPartialNotScorable, "partial-not-scorable", "Partial, not scored"},
}};

}  // namespace

std::string_view OccasionKey(Occasion o) { return vocabulary::Row(kOccasionNames, o).key; }
std::string_view OccasionDisplayName(Occasion o) {
  return vocabulary::Row(kOccasionNames, o).display;
}
std::optional<Occasion> ParseOccasion(std::string_view key) {
  return vocabulary::Parse(kOccasionNames, key);
}

std::string_view ScoreStatusDisplayName(ScoreStatus s) {
  return vocabulary::Row(kStatusNames, s).display;
}
std::optional<ScoreStatus> ParseScoreStatus(std::string_view key) {
  return vocabulary::Parse(kStatusNames, key);
}

Result<QuestionnaireResponse> MakeResponse(const Instrument& instrument,
                                           const QuestionnaireAnswers& answers, ResponseMeta meta,
                                           Date today) {
  std::vector<FieldError> errors;
  Result<QuestionnaireScore> scored = ScoreQuestionnaire(instrument, answers);
  if (!scored) {
    if (scored.error().code != ErrorCode::kInvalidArgument) return Fail(scored.error());
    errors = scored.error().field_errors;
  }
  if (meta.on > today) errors.push_back({"on", "The date it was given must be today or earlier"});
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  const InstrumentDefinition& d = instrument.definition();
  QuestionnaireResponse r{.id = std::move(meta.id),
                          .version = 1,
                          .person_id = std::move(meta.person_id),
                          .team_id = std::move(meta.team_id),
                          .instrument_id = d.id,
                          .instrument_version = d.version,
                          .occasion = meta.occasion,
                          .entered_by = meta.entered_by,
                          .on = meta.on,
                          .recorded_at = meta.recorded_at,
                          .status = scored->total.status,
                          .raw = scored->total.raw,
                          .score = scored->total.score,
                          .why = scored->why};
  r.answers.reserve(scored->items.size());
  for (const ItemResult& item : scored->items) {
    r.answers.push_back({.item_id = item.item_id, .value = item.answer});
  }
  return r;
}

QuestionnaireAnswers AnswersOf(const QuestionnaireResponse& response) {
  QuestionnaireAnswers out;
  for (const ResponseAnswer& a : response.answers) out[a.item_id] = a.value;
  return out;
}

}  // namespace lw

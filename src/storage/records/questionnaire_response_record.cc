// Codec<QuestionnaireResponse>: every item's answer and the score as
// scored at the time, in hundredths (exact, as Points holds it).
#include "storage/records/json_reader.h"
#include "storage/records/progress_records.h"

namespace lw::records {

namespace json = boost::json;
using internal::Day;
using internal::Micros;
using internal::OptInt;
using internal::Reader;

namespace {

json::value OptPoints(const std::optional<Points>& p) {
  return p ? json::value(p->hundredths) : json::value(nullptr);
}

std::optional<Points> ReadPoints(Reader& r, std::string_view key) {
  std::optional<int> h = r.OptSmallInt(key);
  if (!h) return std::nullopt;
  return Points::Hundredths(*h);
}

}  // namespace

std::string Codec<QuestionnaireResponse>::Encode(const QuestionnaireResponse& q) {
  json::array answers;
  for (const ResponseAnswer& a : q.answers) {
    answers.push_back(json::object{{"item", a.item_id}, {"value", OptInt(a.value)}});
  }
  json::object o{
      {"id", q.id},
      {"version", q.version},
      {"person_id", q.person_id},
      {"team_id", q.team_id},
      {"instrument", q.instrument_id},
      {"instrument_version", q.instrument_version},
      {"occasion", OccasionKey(q.occasion)},
      {"entered_by", EnteredByKey(q.entered_by)},
      {"on", Day(q.on)},
      {"recorded_at", Micros(q.recorded_at)},
      {"answers", std::move(answers)},
      {"status", ScoreStatusKey(q.status)},
      {"raw_hundredths", OptPoints(q.raw)},
      {"score_hundredths", OptPoints(q.score)},
      {"why", q.why},
  };
  return json::serialize(o);
}

Result<QuestionnaireResponse> Codec<QuestionnaireResponse>::Decode(std::string_view body) {
  return internal::DecodeRecord<QuestionnaireResponse>(
      body, "questionnaire response", [](Reader& r) {
        QuestionnaireResponse q{
            .id = r.Text("id"),
            .version = r.Int("version"),
            .person_id = r.Text("person_id"),
            .team_id = r.Text("team_id"),
            .instrument_id = r.Text("instrument"),
            .instrument_version = r.Text("instrument_version"),
            .occasion = r.Enum<Occasion>("occasion", ParseOccasion),
            .entered_by = r.Enum<EnteredBy>("entered_by", ParseEnteredBy),
            .on = r.Day("on"),
            .recorded_at = r.Time("recorded_at"),
            .answers = r.List("answers",
                              [](Reader& n) {
                                return ResponseAnswer{.item_id = n.Text("item"),
                                                      .value = n.OptSmallInt("value")};
                              }),
            .status = r.Enum<ScoreStatus>("status", ParseScoreStatus),
        };
        q.raw = ReadPoints(r, "raw_hundredths");
        q.score = ReadPoints(r, "score_hundredths");
        q.why = r.Text("why");
        return q;
      });
}

RecordIndex Codec<QuestionnaireResponse>::Index(const QuestionnaireResponse& q) {
  return RecordIndex{.team_id = q.team_id,
                     .owner_id = "",
                     .open = true,
                     .sort_key = internal::DaysSinceEpoch(q.on),
                     .links = {{.person_id = q.person_id, .flag = true}}};
}

}  // namespace lw::records

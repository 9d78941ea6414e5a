// Codec<Episode>: an episode of support, with its keyworker history,
// rhythm snapshot, reviews and ending.
#include "storage/records/json_reader.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace {

using internal::Day;
namespace json = boost::json;
using internal::OptDay;
using internal::OptInt;
using internal::Reader;

json::object Spell(const KeyworkerSpell& s) {
  return {{"user", s.user_id}, {"from", Day(s.from)}, {"to", OptDay(s.to)}, {"reason", s.reason}};
}

json::object Review(const EpisodeReview& r) {
  return {{"on", Day(r.on)}, {"by", r.by_user_id}, {"note", r.note}};
}

json::value Ending(const std::optional<EpisodeEnd>& e) {
  if (!e) return nullptr;
  return json::object{{"reason", EpisodeEndingKey(e->reason)}, {"persons_words", e->persons_words},
                      {"moving_on_to", e->moving_on_to},       {"other_reason", e->other_reason},
                      {"ended_on", Day(e->ended_on)},          {"ended_by", e->ended_by_user_id}};
}

}  // namespace

std::string Codec<Episode>::Encode(const Episode& e) {
  json::array history;
  for (const KeyworkerSpell& s : e.keyworker_history) history.emplace_back(Spell(s));
  json::array reviews;
  for (const EpisodeReview& r : e.reviews) reviews.emplace_back(Review(r));
  json::object o{
      {"id", e.id},
      {"version", e.version},
      {"ordinal", e.ordinal},
      {"person_id", e.person_id},
      {"team_id", e.team_id},
      {"introduction_id", e.introduction_id ? json::value(*e.introduction_id) : nullptr},
      {"keyworker", e.keyworker_user_id},
      {"keyworker_history", std::move(history)},
      {"started_on", Day(e.started_on)},
      {"rhythm", json::object{{"review_every_weeks", OptInt(e.rhythm.review_every_weeks)},
                              {"time_limit_weeks", OptInt(e.rhythm.time_limit_weeks)},
                              {"session_guide", OptInt(e.rhythm.session_guide)}}},
      {"last_review_on", OptDay(e.last_review_on)},
      {"reviews", std::move(reviews)},
      {"planned_end_on", OptDay(e.planned_end_on)},
      {"intensity", IntensityKey(e.intensity)},
      {"status", EpisodeStatusKey(e.status)},
      {"ending", Ending(e.ending)},
  };
  return json::serialize(o);
}

Result<Episode> Codec<Episode>::Decode(std::string_view body) {
  return internal::DecodeRecord<Episode>(body, "episode", [](Reader& r) {
    return Episode{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .ordinal = r.SmallInt("ordinal"),
        .person_id = r.Text("person_id"),
        .team_id = r.Text("team_id"),
        .introduction_id = r.OptText("introduction_id"),
        .keyworker_user_id = r.Text("keyworker"),
        .keyworker_history = r.List("keyworker_history",
                                    [](Reader& s) {
                                      return KeyworkerSpell{.user_id = s.Text("user"),
                                                            .from = s.Day("from"),
                                                            .to = s.OptDay("to"),
                                                            .reason = s.Text("reason")};
                                    }),
        .started_on = r.Day("started_on"),
        .rhythm = r.Nested("rhythm",
                           [](Reader& h) {
                             return SupportRhythm{
                                 .review_every_weeks = h.OptSmallInt("review_every_weeks"),
                                 .time_limit_weeks = h.OptSmallInt("time_limit_weeks"),
                                 .session_guide = h.OptSmallInt("session_guide")};
                           }),
        .last_review_on = r.OptDay("last_review_on"),
        .reviews = r.List("reviews",
                          [](Reader& v) {
                            return EpisodeReview{.on = v.Day("on"),
                                                 .by_user_id = v.Text("by"),
                                                 .note = v.Text("note")};
                          }),
        .planned_end_on = r.OptDay("planned_end_on"),
        // The newest member: an episode written before it reads as regular.
        .intensity = r.EnumOr<Intensity>("intensity", ParseIntensity, Intensity::kRegular),
        .status = r.Enum<EpisodeStatus>("status", ParseEpisodeStatus),
        .ending = r.OptNested("ending",
                              [](Reader& n) {
                                return EpisodeEnd{
                                    .reason = n.Enum<EpisodeEnding>("reason", ParseEpisodeEnding),
                                    .persons_words = n.Text("persons_words"),
                                    .moving_on_to = n.Text("moving_on_to"),
                                    .other_reason = n.Text("other_reason"),
                                    .ended_on = n.Day("ended_on"),
                                    .ended_by_user_id = n.Text("ended_by")};
                              }),
    };
  });
}

RecordIndex Codec<Episode>::Index(const Episode& e) {
  return RecordIndex{.team_id = e.team_id,
                     .owner_id = e.keyworker_user_id,
                     .open = !e.IsEnded(),
                     .sort_key = internal::DaysSinceEpoch(e.started_on),
                     .links = {{.person_id = e.person_id, .flag = true}}};
}

}  // namespace lw::records

// Codec<TeamDecision>: what a huddle agreed, who does it by when, who was
// there, each change of date and how it was done.
#include "storage/records/json_reader.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace {

namespace json = boost::json;
using internal::Day;
using internal::Micros;
using internal::Reader;

json::object Change(const ByWhenChange& c) {
  return {{"from", Day(c.from)},
          {"to", Day(c.to)},
          {"reason", c.reason},
          {"by", c.by_user_id},
          {"at", Micros(c.at)}};
}

json::value Done(const std::optional<DecisionDone>& d) {
  if (!d) return nullptr;
  return json::object{{"on", Day(d->on)}, {"by", d->by_user_id}, {"outcome", d->outcome}};
}

}  // namespace

std::string Codec<TeamDecision>::Encode(const TeamDecision& d) {
  json::array history;
  for (const ByWhenChange& c : d.by_when_history) history.emplace_back(Change(c));
  json::object o{
      {"id", d.id},
      {"version", d.version},
      {"team_id", d.team_id},
      {"huddle_on", Day(d.huddle_on)},
      {"about", json::object{{"kind", DecisionSubjectKindKey(d.about.kind)}, {"id", d.about.id}}},
      {"person_id", d.person_id},
      {"what", d.what},
      {"who_does_it", d.who_does_it},
      {"by_when", Day(d.by_when)},
      {"present", internal::Strings(d.present)},
      {"recorded_by", d.recorded_by},
      {"recorded_at", Micros(d.recorded_at)},
      {"by_when_history", std::move(history)},
      {"done", Done(d.done)},
  };
  return json::serialize(o);
}

Result<TeamDecision> Codec<TeamDecision>::Decode(std::string_view body) {
  return internal::DecodeRecord<TeamDecision>(body, "team decision", [](Reader& r) {
    return TeamDecision{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .team_id = r.Text("team_id"),
        .huddle_on = r.Day("huddle_on"),
        .about = r.Nested("about",
                          [](Reader& a) {
                            return DecisionSubject{.kind = a.Enum<DecisionSubjectKind>(
                                                       "kind", ParseDecisionSubjectKind),
                                                   .id = a.Text("id")};
                          }),
        .person_id = r.Text("person_id"),
        .what = r.Text("what"),
        .who_does_it = r.Text("who_does_it"),
        .by_when = r.Day("by_when"),
        .present = r.Strings("present"),
        .recorded_by = r.Text("recorded_by"),
        .recorded_at = r.Time("recorded_at"),
        .by_when_history = r.List("by_when_history",
                                  [](Reader& c) {
                                    return ByWhenChange{.from = c.Day("from"),
                                                        .to = c.Day("to"),
                                                        .reason = c.Text("reason"),
                                                        .by_user_id = c.Text("by"),
                                                        .at = c.Time("at")};
                                  }),
        .done = r.OptNested("done",
                            [](Reader& n) {
                              return DecisionDone{.on = n.Day("on"),
                                                  .by_user_id = n.Text("by"),
                                                  .outcome = n.Text("outcome")};
                            }),
    };
  });
}

RecordIndex Codec<TeamDecision>::Index(const TeamDecision& d) {
  RecordIndex index{.team_id = d.team_id,
                    .owner_id = d.who_does_it,
                    .open = !d.IsDone(),
                    .sort_key = internal::DaysSinceEpoch(d.by_when),
                    .links = {}};
  if (!d.person_id.empty()) index.links.push_back({.person_id = d.person_id, .flag = true});
  return index;
}

}  // namespace lw::records

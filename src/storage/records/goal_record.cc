// Codec<Goal>: a goal in the person's words and its GBO ratings.
#include "storage/records/json_reader.h"
#include "storage/records/progress_records.h"

namespace lw::records {

namespace json = boost::json;
using internal::Day;
using internal::Reader;

std::string Codec<Goal>::Encode(const Goal& g) {
  json::array ratings;
  for (const GoalRating& r : g.ratings) {
    ratings.push_back(json::object{
        {"on", Day(r.on)},
        {"rating", r.rating},
        {"entered_by", EnteredByKey(r.entered_by)},
        {"note", r.note ? json::value(*r.note) : json::value(nullptr)},
    });
  }
  json::object o{
      {"id", g.id},
      {"version", g.version},
      {"person_id", g.person_id},
      {"team_id", g.team_id},
      {"text", g.text},
      {"life_area", g.life_area},
      {"set_on", Day(g.set_on)},
      {"status", GoalStatusKey(g.status)},
      {"ratings", std::move(ratings)},
      {"status_note", g.status_note},
  };
  return json::serialize(o);
}

Result<Goal> Codec<Goal>::Decode(std::string_view body) {
  return internal::DecodeRecord<Goal>(body, "goal", [](Reader& r) {
    return Goal{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .person_id = r.Text("person_id"),
        .team_id = r.Text("team_id"),
        .text = r.Text("text"),
        .life_area = r.Text("life_area"),
        .set_on = r.Day("set_on"),
        .status = r.Enum<GoalStatus>("status", ParseGoalStatus),
        .ratings = r.List("ratings",
                          [](Reader& n) {
                            return GoalRating{
                                .on = n.Day("on"),
                                .rating = n.SmallInt("rating"),
                                .entered_by = n.Enum<EnteredBy>("entered_by", ParseEnteredBy),
                                .note = n.OptText("note")};
                          }),
        .status_note = r.Text("status_note"),
    };
  });
}

RecordIndex Codec<Goal>::Index(const Goal& g) {
  return RecordIndex{.team_id = g.team_id,
                     .owner_id = "",
                     .open = g.IsOpen(),
                     .sort_key = internal::DaysSinceEpoch(g.set_on),
                     .links = {{.person_id = g.person_id, .flag = true}}};
}

}  // namespace lw::records

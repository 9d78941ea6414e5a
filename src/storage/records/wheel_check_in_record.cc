// Codec<WheelCheckIn>: one Wheel of Life check-in, the areas rated.
#include "storage/records/json_reader.h"
#include "storage/records/progress_records.h"

namespace lw::records {

namespace json = boost::json;
using internal::Day;
using internal::Reader;

std::string Codec<WheelCheckIn>::Encode(const WheelCheckIn& c) {
  json::array ratings;
  for (const AreaRating& r : c.ratings) {
    ratings.push_back(json::object{{"area", r.area}, {"rating", r.rating}});
  }
  json::object o{
      {"id", c.id},
      {"version", c.version},
      {"person_id", c.person_id},
      {"team_id", c.team_id},
      {"on", Day(c.on)},
      {"entered_by", EnteredByKey(c.entered_by)},
      {"ratings", std::move(ratings)},
      {"note", c.note},
  };
  return json::serialize(o);
}

Result<WheelCheckIn> Codec<WheelCheckIn>::Decode(std::string_view body) {
  return internal::DecodeRecord<WheelCheckIn>(body, "wheel check-in", [](Reader& r) {
    return WheelCheckIn{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .person_id = r.Text("person_id"),
        .team_id = r.Text("team_id"),
        .on = r.Day("on"),
        .entered_by = r.Enum<EnteredBy>("entered_by", ParseEnteredBy),
        .ratings = r.List("ratings",
                          [](Reader& n) {
                            return AreaRating{.area = n.Text("area"),
                                              .rating = n.SmallInt("rating")};
                          }),
        .note = r.Text("note"),
    };
  });
}

RecordIndex Codec<WheelCheckIn>::Index(const WheelCheckIn& c) {
  return RecordIndex{.team_id = c.team_id,
                     .owner_id = "",
                     .open = true,
                     .sort_key = internal::DaysSinceEpoch(c.on),
                     .links = {{.person_id = c.person_id, .flag = true}}};
}

}  // namespace lw::records

// Codec<Concern>: a concern raised to the huddle, and how it was resolved.
#include "storage/records/json_reader.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace {

namespace json = boost::json;
using internal::Micros;
using internal::Reader;

json::value Resolution(const std::optional<ConcernResolution>& r) {
  if (!r) return nullptr;
  return json::object{{"at", Micros(r->at)}, {"by", r->by_user_id}, {"how", r->how}};
}

}  // namespace

std::string Codec<Concern>::Encode(const Concern& c) {
  json::object o{
      {"id", c.id},
      {"version", c.version},
      {"team_id", c.team_id},
      {"person_id", c.person_id},
      {"raised_by", c.raised_by_user_id},
      {"raised_by_role", RoleKey(c.raised_by_role)},
      {"raised_at", Micros(c.raised_at)},
      {"text", c.text},
      {"status", ConcernStatusKey(c.status)},
      {"resolution", Resolution(c.resolution)},
  };
  return json::serialize(o);
}

Result<Concern> Codec<Concern>::Decode(std::string_view body) {
  return internal::DecodeRecord<Concern>(body, "concern", [](Reader& r) {
    return Concern{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .team_id = r.Text("team_id"),
        .person_id = r.Text("person_id"),
        .raised_by_user_id = r.Text("raised_by"),
        .raised_by_role = r.Enum<Role>("raised_by_role", ParseRole),
        .raised_at = r.Time("raised_at"),
        .text = r.Text("text"),
        .status = r.Enum<ConcernStatus>("status", ParseConcernStatus),
        .resolution = r.OptNested("resolution",
                                  [](Reader& n) {
                                    return ConcernResolution{.at = n.Time("at"),
                                                             .by_user_id = n.Text("by"),
                                                             .how = n.Text("how")};
                                  }),
    };
  });
}

RecordIndex Codec<Concern>::Index(const Concern& c) {
  return RecordIndex{.team_id = c.team_id,
                     .owner_id = c.raised_by_user_id,
                     .open = c.IsOpen(),
                     .sort_key = ToUnixMicros(c.raised_at),
                     .links = {{.person_id = c.person_id, .flag = true}}};
}

}  // namespace lw::records

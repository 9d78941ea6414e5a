// Codec<BreakGlass>: a break-glass grant and its review.
#include "storage/records/json_reader.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace {

namespace json = boost::json;
using internal::Micros;
using internal::Reader;

json::value Review(const std::optional<BreakGlassReview>& r) {
  if (!r) return nullptr;
  return json::object{{"by", r->by_user_id}, {"at", Micros(r->at)}, {"note", r->note}};
}

}  // namespace

std::string Codec<BreakGlass>::Encode(const BreakGlass& g) {
  json::object o{
      {"id", g.id},
      {"version", g.version},
      {"user", g.user_id},
      {"team", g.team_id},
      {"person_id", g.person_id},
      {"reason", g.reason},
      {"granted_at", Micros(g.granted_at)},
      {"expires_at", Micros(g.expires_at)},
      {"review", Review(g.review)},
  };
  return json::serialize(o);
}

Result<BreakGlass> Codec<BreakGlass>::Decode(std::string_view body) {
  return internal::DecodeRecord<BreakGlass>(body, "break-glass grant", [](Reader& r) {
    return BreakGlass{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .user_id = r.Text("user"),
        .team_id = r.Text("team"),
        .person_id = r.Text("person_id"),
        .reason = r.Text("reason"),
        .granted_at = r.Time("granted_at"),
        .expires_at = r.Time("expires_at"),
        .review = r.OptNested("review",
                              [](Reader& n) {
                                return BreakGlassReview{.by_user_id = n.Text("by"),
                                                        .at = n.Time("at"),
                                                        .note = n.Text("note")};
                              }),
    };
  });
}

RecordIndex Codec<BreakGlass>::Index(const BreakGlass& g) {
  return RecordIndex{.team_id = g.team_id,
                     .owner_id = g.user_id,
                     .open = !g.review.has_value(),
                     .sort_key = ToUnixMicros(g.expires_at),
                     .links = {{.person_id = g.person_id, .flag = true}}};
}

}  // namespace lw::records

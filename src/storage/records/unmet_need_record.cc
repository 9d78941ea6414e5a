// Codec<UnmetNeed>: a need that found no service (a gap in provision).
#include "storage/records/json_reader.h"
#include "storage/records/network_records.h"

namespace lw::records {
namespace {

namespace json = boost::json;
using internal::DaysSinceEpoch;
using internal::Micros;
using internal::OptInt;
using internal::Reader;

}  // namespace

std::string Codec<UnmetNeed>::Encode(const UnmetNeed& n) {
  json::object o{
      {"id", n.id},
      {"version", n.version},
      {"person_id", n.person_id},
      {"team_id", n.team_id},
      {"neighbourhood_id", n.neighbourhood_id},
      {"need", directory::NeedKey(n.need)},
      {"reason", GapReasonKey(n.reason)},
      {"noted_in", NeedNotedInKey(n.noted_in)},
      {"words", n.words},
      {"offered_wait_days", OptInt(n.offered_wait_days)},
      {"noted_on", internal::Day(n.noted_on)},
      {"noted_by", n.noted_by_user_id},
      {"recorded_at", Micros(n.recorded_at)},
      {"in_error", n.in_error},
      {"in_error_note", n.in_error_note},
      {"in_error_by", n.in_error_by_user_id},
      {"in_error_at", n.in_error_at ? Micros(*n.in_error_at) : json::value(nullptr)},
  };
  return json::serialize(o);
}

Result<UnmetNeed> Codec<UnmetNeed>::Decode(std::string_view body) {
  return internal::DecodeRecord<UnmetNeed>(body, "unmet need", [](Reader& r) {
    return UnmetNeed{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .person_id = r.Text("person_id"),
        .team_id = r.Text("team_id"),
        .neighbourhood_id = r.Text("neighbourhood_id"),
        .need = r.Enum<directory::Need>("need", directory::ParseNeed),
        .reason = r.Enum<GapReason>("reason", ParseGapReason),
        .noted_in = r.Enum<NeedNotedIn>("noted_in", ParseNeedNotedIn),
        .words = r.Text("words"),
        .offered_wait_days = r.OptSmallInt("offered_wait_days"),
        .noted_on = r.Day("noted_on"),
        .noted_by_user_id = r.Text("noted_by"),
        .recorded_at = r.Time("recorded_at"),
        .in_error = r.Bool("in_error"),
        .in_error_note = r.Text("in_error_note"),
        .in_error_by_user_id = r.Text("in_error_by"),
        .in_error_at = r.OptTime("in_error_at"),
    };
  });
}

RecordIndex Codec<UnmetNeed>::Index(const UnmetNeed& n) {
  return RecordIndex{.team_id = n.team_id,
                     .owner_id = n.noted_by_user_id,
                     .open = !n.in_error,
                     .sort_key = DaysSinceEpoch(n.noted_on),
                     .links = {{.person_id = n.person_id, .flag = true}}};
}

}  // namespace lw::records

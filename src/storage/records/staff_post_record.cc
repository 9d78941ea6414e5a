// Codec<StaffPost>: a post in a Living Well team, current or ended.
#include "storage/records/json_reader.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace {

namespace json = boost::json;
using internal::Reader;

}  // namespace

std::string Codec<StaffPost>::Encode(const StaffPost& p) {
  json::object o{
      {"id", p.id},
      {"version", p.version},
      {"current", p.current},
      {"user", p.user_id},
      {"organisation_id", p.organisation_id},
      {"organisation_kind", OrganisationKindKey(p.organisation_kind)},
      {"team_id", p.team_id},
      {"neighbourhood_id", p.neighbourhood_id},
      {"profession", ProfessionKey(p.profession)},
      {"band", p.band ? json::value(BandKey(*p.band)) : nullptr},
      {"hours_per_week", p.hours_per_week},
      {"safeguarding_lead", p.safeguarding_lead},
      {"development_support", p.development_support},
  };
  return json::serialize(o);
}

Result<StaffPost> Codec<StaffPost>::Decode(std::string_view body) {
  return internal::DecodeRecord<StaffPost>(body, "staff post", [](Reader& r) {
    return StaffPost{
        .id = r.Text("id"),
        .version = r.Int("version"),
        // Newer than the rest of a post: one written without it is current.
        .current = r.BoolOr("current", true),
        .user_id = r.Text("user"),
        .organisation_id = r.Text("organisation_id"),
        .organisation_kind = r.Enum<OrganisationKind>("organisation_kind", ParseOrganisationKind),
        .team_id = r.Text("team_id"),
        .neighbourhood_id = r.Text("neighbourhood_id"),
        .profession = r.Enum<Profession>("profession", ParseProfession),
        .band = r.OptEnum<Band>("band", ParseBand),
        .hours_per_week = r.Number("hours_per_week"),
        .safeguarding_lead = r.Bool("safeguarding_lead"),
        .development_support = r.Bool("development_support"),
    };
  });
}

RecordIndex Codec<StaffPost>::Index(const StaffPost& p) {
  return RecordIndex{
      .team_id = p.team_id, .owner_id = p.user_id, .open = p.current, .sort_key = 0, .links = {}};
}

}  // namespace lw::records

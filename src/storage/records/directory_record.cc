// Codec<DirectoryOrganisation> and Codec<DirectoryService>: the directory's
// entries, one JSON object per version. Member names are the fields' names
// (stored data: never renamed).
#include "storage/records/directory_records.h"
#include "storage/records/json_reader.h"

namespace lw::records {
namespace {

namespace json = boost::json;
using directory::Checked;
using directory::Contact;
using directory::DirectoryOrganisation;
using directory::DirectoryService;
using directory::Eligibility;
using directory::Place;
using directory::WeeklyOpening;
using internal::Micros;
using internal::OptDay;
using internal::OptInt;
using internal::OptNumber;
using internal::Reader;
using internal::Strings;

json::object EncodeContact(const Contact& c) {
  return json::object{{"phone", c.phone}, {"email", c.email}, {"website", c.website}};
}

Contact DecodeContact(Reader& r) {
  return Contact{.phone = r.Text("phone"), .email = r.Text("email"), .website = r.Text("website")};
}

json::object EncodeChecked(const Checked& c) {
  return json::object{{"on", OptDay(c.on)}, {"by_user_id", c.by_user_id}, {"by_name", c.by_name}};
}

Checked DecodeChecked(Reader& r) {
  return Checked{
      .on = r.OptDay("on"), .by_user_id = r.Text("by_user_id"), .by_name = r.Text("by_name")};
}

// A list of texts that an older or sparser body may leave out.
std::vector<std::string> StringsOr(Reader& r, std::string_view key) {
  return r.Has(key) ? r.Strings(key) : std::vector<std::string>{};
}

json::array EncodeNeeds(const std::vector<directory::Need>& needs) {
  json::array out;
  for (directory::Need need : needs) out.emplace_back(directory::NeedKey(need));
  return out;
}

json::object EncodePlace(const Place& p) {
  return json::object{{"id", p.id},
                      {"is_virtual", p.is_virtual},
                      {"name", p.name},
                      {"address_1", p.address_1},
                      {"city", p.city},
                      {"postcode", p.postcode},
                      {"latitude", OptNumber(p.latitude)},
                      {"longitude", OptNumber(p.longitude)},
                      {"neighbourhood_id", p.neighbourhood_id},
                      {"accessibility", Strings(p.accessibility)}};
}

Place DecodePlace(Reader& r) {
  return Place{.id = r.Text("id"),
               .is_virtual = r.Bool("is_virtual"),
               .name = r.Text("name"),
               .address_1 = r.Text("address_1"),
               .city = r.Text("city"),
               .postcode = r.Text("postcode"),
               .latitude = r.OptNumber("latitude"),
               .longitude = r.OptNumber("longitude"),
               .neighbourhood_id = r.TextOr("neighbourhood_id", ""),
               .accessibility = StringsOr(r, "accessibility")};
}

json::object EncodeEligibility(const Eligibility& e) {
  return json::object{{"minimum_age", OptInt(e.minimum_age)},
                      {"maximum_age", OptInt(e.maximum_age)},
                      {"gender", directory::GenderFocusKey(e.gender)},
                      {"cultural_focus", e.cultural_focus},
                      {"description", e.description}};
}

Eligibility DecodeEligibility(Reader& r) {
  return Eligibility{.minimum_age = r.OptSmallInt("minimum_age"),
                     .maximum_age = r.OptSmallInt("maximum_age"),
                     .gender = r.EnumOr<directory::GenderFocus>(
                         "gender", directory::ParseGenderFocus, directory::GenderFocus::kAnyone),
                     .cultural_focus = r.TextOr("cultural_focus", ""),
                     .description = r.TextOr("description", "")};
}

}  // namespace

// ---- Organisation ----------------------------------------------------------

std::string Codec<DirectoryOrganisation>::Encode(const DirectoryOrganisation& o) {
  json::object out{
      {"id", o.id},
      {"version", o.version},
      {"name", o.name},
      {"description", o.description},
      {"contact", EncodeContact(o.contact)},
      {"charity_number", o.charity_number},
      {"partner_organisation_id", o.partner_organisation_id},
      {"checked", EncodeChecked(o.checked)},
  };
  return json::serialize(out);
}

Result<DirectoryOrganisation> Codec<DirectoryOrganisation>::Decode(std::string_view body) {
  return internal::DecodeRecord<DirectoryOrganisation>(
      body, "directory organisation", [](Reader& r) {
        return DirectoryOrganisation{
            .id = r.Text("id"),
            .version = r.Int("version"),
            .name = r.Text("name"),
            .description = r.Text("description"),
            .contact = r.Nested("contact", DecodeContact),
            .charity_number = r.TextOr("charity_number", ""),
            .partner_organisation_id = r.TextOr("partner_organisation_id", ""),
            .checked = r.Nested("checked", DecodeChecked),
        };
      });
}

RecordIndex Codec<DirectoryOrganisation>::Index(const DirectoryOrganisation& /*value*/) {
  return RecordIndex{.team_id = "", .owner_id = "", .open = true, .sort_key = 0, .links = {}};
}

// ---- Service ---------------------------------------------------------------

std::string Codec<DirectoryService>::Encode(const DirectoryService& s) {
  json::array opening;
  for (const WeeklyOpening& w : s.opening) {
    opening.emplace_back(
        json::object{{"weekday", w.weekday}, {"opens_at", w.opens_at}, {"closes_at", w.closes_at}});
  }
  json::array places;
  for (const Place& p : s.places) places.emplace_back(EncodePlace(p));
  json::object out{
      {"id", s.id},
      {"version", s.version},
      {"organisation_id", s.organisation_id},
      {"name", s.name},
      {"description", s.description},
      {"status", directory::ServiceStatusKey(s.status)},
      {"kind", directory::ServiceKindKey(s.kind)},
      {"offer", directory::OfferKey(s.offer)},
      {"needs", EncodeNeeds(s.needs)},
      {"other_terms", Strings(s.other_terms)},
      {"eligibility", EncodeEligibility(s.eligibility)},
      {"languages", Strings(s.languages)},
      {"contact", EncodeContact(s.contact)},
      {"introduction_route", directory::IntroductionRouteKey(s.introduction_route)},
      {"how_to_introduce", s.how_to_introduce},
      {"opening", std::move(opening)},
      {"opening_notes", s.opening_notes},
      {"free", s.free},
      {"cost", s.cost},
      {"typical_wait_days", OptInt(s.typical_wait_days)},
      {"places", std::move(places)},
      {"neighbourhood_ids", Strings(s.neighbourhood_ids)},
      {"checked", EncodeChecked(s.checked)},
      {"publication", directory::PublicationKey(s.publication)},
      {"updated_at", Micros(s.updated_at)},
  };
  return json::serialize(out);
}

Result<DirectoryService> Codec<DirectoryService>::Decode(std::string_view body) {
  return internal::DecodeRecord<DirectoryService>(body, "directory service", [](Reader& r) {
    DirectoryService s{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .organisation_id = r.Text("organisation_id"),
        .name = r.Text("name"),
        .description = r.Text("description"),
        .status = r.Enum<directory::ServiceStatus>("status", directory::ParseServiceStatus),
        .kind = r.Enum<directory::ServiceKind>("kind", directory::ParseServiceKind),
        .offer = r.Enum<directory::Offer>("offer", directory::ParseOffer),
    };
    s.needs = r.Enums<directory::Need>("needs", directory::ParseNeed);
    s.other_terms = StringsOr(r, "other_terms");
    s.eligibility = r.Nested("eligibility", DecodeEligibility);
    s.languages = StringsOr(r, "languages");
    s.contact = r.Nested("contact", DecodeContact);
    s.introduction_route = r.EnumOr<directory::IntroductionRoute>(
        "introduction_route", directory::ParseIntroductionRoute,
        directory::IntroductionRoute::kWarmHandover);
    s.how_to_introduce = r.TextOr("how_to_introduce", "");
    s.opening = r.List("opening", [](Reader& w) {
      return WeeklyOpening{.weekday = w.SmallInt("weekday"),
                           .opens_at = w.SmallInt("opens_at"),
                           .closes_at = w.SmallInt("closes_at")};
    });
    s.opening_notes = r.TextOr("opening_notes", "");
    s.free = r.BoolOr("free", true);
    s.cost = r.TextOr("cost", "");
    s.typical_wait_days =
        r.Has("typical_wait_days") ? r.OptSmallInt("typical_wait_days") : std::optional<int>();
    s.places = r.List("places", DecodePlace);
    s.neighbourhood_ids = StringsOr(r, "neighbourhood_ids");
    s.checked = r.Nested("checked", DecodeChecked);
    s.publication = r.EnumOr<directory::Publication>("publication", directory::ParsePublication,
                                                     directory::Publication::kPublished);
    s.updated_at = r.Time("updated_at");
    return s;
  });
}

RecordIndex Codec<DirectoryService>::Index(const DirectoryService& s) {
  return RecordIndex{.team_id = "",
                     .owner_id = s.organisation_id,
                     .open = s.status == directory::ServiceStatus::kActive &&
                             s.publication == directory::Publication::kPublished,
                     .sort_key = 0,
                     .links = {}};
}

}  // namespace lw::records

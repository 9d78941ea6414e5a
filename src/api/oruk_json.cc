#include "api/oruk_json.h"

#include <boost/json.hpp>

#include <array>
#include <cstdint>
#include <cstdio>

#include "base/dates.h"
#include "domain/directory/languages.h"
#include "domain/directory/opening_hours.h"

namespace lw::api {
namespace json = boost::json;
using namespace lw::directory;

namespace {

std::uint64_t Fnv1a(std::string_view s, std::uint64_t h) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::uint64_t Mix(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// "email" format: something@something.tld, no spaces or controls.
bool LooksLikeEmail(std::string_view s) {
  const auto at = s.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= s.size()) return false;
  if (s.find('.', at) == std::string_view::npos || s.back() == '.') return false;
  for (char c : s) {
    if (static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>' || c == '"') return false;
  }
  return s.find('@', at + 1) == std::string_view::npos;
}

// "uri" format as we write it: an absolute http(s) URL without spaces.
bool LooksLikeUri(std::string_view s) {
  if (!s.starts_with("https://") && !s.starts_with("http://")) return false;
  for (char c : s) {
    if (static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>' || c == '"') return false;
  }
  return s.size() > 8;
}

std::string HhMm(int minutes) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", (minutes / 60) % 24, minutes % 60);
  return buf;
}

json::object CheckedJson(const Checked& checked) {
  json::object o;
  if (checked.on) o["on"] = checked.on->ToIso();
  if (!checked.by_user_id.empty()) o["by_user_id"] = checked.by_user_id;
  if (!checked.by_name.empty()) o["by_name"] = checked.by_name;
  return o;
}

json::object TermJson(Need need) {
  return {{"id", NeedTermId(need)},
          {"name", NeedDisplayName(need)},
          {"description", NeedDescription(need)},
          {"taxonomy", kNeedsTaxonomyName},
          {"taxonomy_id", kNeedsTaxonomyId},
          {"term", NeedKey(need)}};
}

json::object OrganisationJson(const DirectoryOrganisation& o, bool nested_lists) {
  json::object out{{"id", o.id}, {"name", o.name}, {"description", o.description}};
  if (LooksLikeEmail(o.contact.email)) out["email"] = o.contact.email;
  if (LooksLikeUri(o.contact.website)) out["website"] = o.contact.website;
  if (!nested_lists) return out;
  json::array identifiers;
  if (!o.charity_number.empty()) {
    identifiers.push_back(json::object{{"id", OrukDerivedId(o.id + "/charity")},
                                       {"organization_id", o.id},
                                       {"identifier_scheme", "GB-CHC"},
                                       {"identifier_type", "Registered charity number"},
                                       {"identifier", o.charity_number}});
  }
  out["organization_identifiers"] = std::move(identifiers);
  json::object ours{{"version", o.version}, {"checked", CheckedJson(o.checked)}};
  if (!o.partner_organisation_id.empty()) {
    ours["partner_organisation_id"] = o.partner_organisation_id;
  }
  if (!o.contact.phone.empty()) ours["phone"] = o.contact.phone;
  // Kept as given when not of the email / uri shape, so nothing is lost.
  if (!o.contact.email.empty() && !LooksLikeEmail(o.contact.email)) {
    ours["email"] = o.contact.email;
  }
  if (!o.contact.website.empty() && !LooksLikeUri(o.contact.website)) {
    ours["website"] = o.contact.website;
  }
  out["livingwell"] = std::move(ours);
  return out;
}

// The service's own (non-array) members, as service_list.json lists them.
json::object ServiceMembers(const DirectoryService& s) {
  json::object out{{"id", s.id},
                   {"organization_id", s.organisation_id},
                   {"name", s.name},
                   {"description", s.description},
                   {"status", ServiceStatusKey(s.status)}};
  if (LooksLikeUri(s.contact.website)) out["url"] = s.contact.website;
  if (LooksLikeEmail(s.contact.email)) out["email"] = s.contact.email;
  out["fees"] = s.free ? std::string("Free") : s.cost;
  if (s.eligibility.minimum_age) out["minimum_age"] = *s.eligibility.minimum_age;
  if (s.eligibility.maximum_age) out["maximum_age"] = *s.eligibility.maximum_age;
  if (s.checked.on) out["assured_date"] = s.checked.on->ToIso();
  out["last_modified"] = FormatUtcIso(s.updated_at);
  return out;
}

json::object LocationJson(const Place& p, const OrukOptions& options) {
  const std::string id = p.id;
  json::object out{{"id", id}, {"location_type", p.is_virtual ? "virtual" : "physical"}};
  if (!p.name.empty()) out["name"] = p.name;
  if (p.latitude) out["latitude"] = *p.latitude;
  if (p.longitude) out["longitude"] = *p.longitude;
  json::array addresses;
  if (!p.is_virtual) {
    addresses.push_back(json::object{{"id", OrukDerivedId(id + "/address")},
                                     {"location_id", id},
                                     {"address_1", p.address_1},
                                     {"city", p.city},
                                     {"state_province", options.state_province},
                                     {"postal_code", p.postcode},
                                     {"country", options.country},
                                     {"address_type", "physical"}});
  }
  out["addresses"] = std::move(addresses);
  json::array accessibility;
  for (std::size_t i = 0; i < p.accessibility.size(); ++i) {
    accessibility.push_back(
        json::object{{"id", OrukDerivedId(id + "/accessibility/" + std::to_string(i))},
                     {"location_id", id},
                     {"description", p.accessibility[i]}});
  }
  out["accessibility"] = std::move(accessibility);
  json::object ours;
  if (!p.neighbourhood_id.empty()) ours["neighbourhood_id"] = p.neighbourhood_id;
  if (p.is_virtual) {
    // A virtual place has no address; keep any words it had.
    if (!p.address_1.empty()) ours["address_1"] = p.address_1;
    if (!p.city.empty()) ours["city"] = p.city;
    if (!p.postcode.empty()) ours["postcode"] = p.postcode;
  }
  if (!ours.empty()) out["livingwell"] = std::move(ours);
  return out;
}

json::object ServiceAtLocationJson(const DirectoryService& s, const Place& p,
                                   const OrukOptions& options) {
  return {{"id", OrukServiceAtLocationId(s.id, p.id)},
          {"service_id", s.id},
          {"location_id", p.id},
          {"location", LocationJson(p, options)}};
}

json::object ServiceJson(const DirectoryService& s, const DirectoryOrganisation* organisation,
                         const OrukOptions& options, bool with_locations) {
  json::object out = ServiceMembers(s);
  if (!s.eligibility.description.empty()) {
    out["eligibility_description"] = s.eligibility.description;
  }
  if (!s.how_to_introduce.empty()) out["application_process"] = s.how_to_introduce;

  json::array schedules;
  for (std::size_t i = 0; i < s.opening.size(); ++i) {
    const WeeklyOpening& o = s.opening[i];
    json::object schedule{
        {"id", OrukDerivedId(s.id + "/schedule/" + std::to_string(i))},
        {"service_id", s.id},
        {"freq", "WEEKLY"},
        {"interval", 1},
        {"byday", o.weekday >= 0 && o.weekday < 7 ? directory::ByDayCode(o.weekday)
                                                  : std::string_view("MO")},
        {"opens_at", HhMm(o.opens_at)},
        {"closes_at", HhMm(o.closes_at)}};
    if (!s.opening_notes.empty()) schedule["notes"] = s.opening_notes;
    schedules.push_back(std::move(schedule));
  }
  if (s.opening.empty() && !s.opening_notes.empty()) {
    schedules.push_back(json::object{{"id", OrukDerivedId(s.id + "/schedule/notes")},
                                     {"service_id", s.id},
                                     {"notes", s.opening_notes}});
  }
  out["schedules"] = std::move(schedules);
  out["service_areas"] = json::array();
  if (with_locations) {
    json::array at;
    for (const Place& p : s.places) at.push_back(ServiceAtLocationJson(s, p, options));
    out["service_at_locations"] = std::move(at);
  }
  json::array languages;
  for (std::size_t i = 0; i < s.languages.size(); ++i) {
    json::object l{{"id", OrukDerivedId(s.id + "/language/" + std::to_string(i))},
                   {"service_id", s.id},
                   {"code", s.languages[i]}};
    const std::string_view name = LanguageName(s.languages[i]);
    l["name"] = name.empty() ? std::string_view(s.languages[i]) : name;
    languages.push_back(std::move(l));
  }
  out["languages"] = std::move(languages);
  if (organisation != nullptr) out["organization"] = OrganisationJson(*organisation, true);
  out["funding"] = json::array();
  json::object cost{{"id", OrukDerivedId(s.id + "/cost")}, {"service_id", s.id}};
  if (s.free) {
    cost["option"] = "Free";
    cost["amount"] = 0;
  } else {
    cost["option"] = "Fee";
    cost["amount_description"] = s.cost;
  }
  out["cost_options"] = json::array{std::move(cost)};
  json::array contacts;
  if (!s.contact.phone.empty() || LooksLikeEmail(s.contact.email)) {
    const std::string contact_id = OrukDerivedId(s.id + "/contact");
    json::object c{{"id", contact_id}, {"service_id", s.id}, {"name", s.name}};
    if (LooksLikeEmail(s.contact.email)) c["email"] = s.contact.email;
    json::array phones;
    if (!s.contact.phone.empty()) {
      phones.push_back(json::object{{"id", OrukDerivedId(s.id + "/phone")},
                                    {"contact_id", contact_id},
                                    {"number", s.contact.phone}});
    }
    c["phones"] = std::move(phones);
    contacts.push_back(std::move(c));
  }
  out["contacts"] = std::move(contacts);
  json::array attributes;
  for (Need need : s.needs) {
    attributes.push_back(
        json::object{{"id", OrukDerivedId(s.id + "/need/" + std::string(NeedKey(need)))},
                     {"link_id", s.id},
                     {"link_type", "service"},
                     {"taxonomy_term_id", NeedTermId(need)},
                     {"taxonomy_term", TermJson(need)}});
  }
  for (const std::string& term : s.other_terms) {
    const std::string term_id = OrukDerivedId("term/" + term);
    attributes.push_back(json::object{
        {"id", OrukDerivedId(s.id + "/term/" + term)},
        {"link_id", s.id},
        {"link_type", "service"},
        {"taxonomy_term_id", term_id},
        {"taxonomy_term", json::object{{"id", term_id}, {"name", term}, {"description", term}}}});
  }
  out["attributes"] = std::move(attributes);

  json::object ours{{"version", s.version},
                    {"offer", OfferKey(s.offer)},
                    {"kind", ServiceKindKey(s.kind)},
                    {"introduction_route", IntroductionRouteKey(s.introduction_route)},
                    {"gender", GenderFocusKey(s.eligibility.gender)},
                    {"publication", PublicationKey(s.publication)},
                    {"checked", CheckedJson(s.checked)}};
  if (!s.eligibility.cultural_focus.empty()) ours["cultural_focus"] = s.eligibility.cultural_focus;
  if (s.typical_wait_days) ours["typical_wait_days"] = *s.typical_wait_days;
  json::array areas;
  for (const std::string& n : s.neighbourhood_ids) areas.emplace_back(n);
  ours["neighbourhood_ids"] = std::move(areas);
  if (!s.contact.email.empty() && !LooksLikeEmail(s.contact.email)) ours["email"] = s.contact.email;
  if (!s.contact.website.empty() && !LooksLikeUri(s.contact.website)) {
    ours["website"] = s.contact.website;
  }
  out["livingwell"] = std::move(ours);
  return out;
}

const DirectoryOrganisation* FindOrganisation(const std::vector<DirectoryOrganisation>& all,
                                              const std::string& id) {
  for (const DirectoryOrganisation& o : all) {
    if (o.id == id) return &o;
  }
  return nullptr;
}

}  // namespace

std::string OrukDerivedId(std::string_view seed) {
  const std::uint64_t hi = Mix(Fnv1a(seed, 0xcbf29ce484222325ULL));
  const std::uint64_t lo = Mix(Fnv1a(seed, 0x84222325cbf29ce4ULL) ^ hi);
  std::array<unsigned char, 16> b{};
  for (std::size_t i = 0; i < 8; ++i) {
    b[i] = static_cast<unsigned char>(hi >> (56 - 8 * i));
    b[8 + i] = static_cast<unsigned char>(lo >> (56 - 8 * i));
  }
  b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x80);  // version 8
  b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);  // variant 10
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kHex[b[i] >> 4];
    out += kHex[b[i] & 0x0F];
  }
  return out;
}

std::string OrukServiceAtLocationId(std::string_view service_id, std::string_view place_id) {
  return OrukDerivedId(std::string(service_id) + "@" + std::string(place_id));
}

std::string EncodeOrukOrganization(const DirectoryOrganisation& organisation) {
  return json::serialize(OrganisationJson(organisation, true));
}

std::string EncodeOrukService(const DirectoryService& service,
                              const DirectoryOrganisation* organisation,
                              const OrukOptions& options) {
  return json::serialize(ServiceJson(service, organisation, options, true));
}

std::string EncodeOrukServiceListItem(const DirectoryService& service,
                                      const DirectoryOrganisation* organisation) {
  json::object out = ServiceMembers(service);
  if (organisation != nullptr) out["organization"] = OrganisationJson(*organisation, false);
  return json::serialize(out);
}

std::string EncodeOrukServiceAtLocation(const DirectoryService& service, std::size_t place_index,
                                        const DirectoryOrganisation* organisation,
                                        const OrukOptions& options) {
  if (place_index >= service.places.size()) return "{}";
  json::object out = ServiceAtLocationJson(service, service.places[place_index], options);
  out["service"] = ServiceJson(service, organisation, options, false);
  return json::serialize(out);
}

std::string EncodeOrukNeedsTaxonomy() {
  json::array terms;
  for (Need need : kAllNeeds) terms.push_back(TermJson(need));
  json::object out{{"id", kNeedsTaxonomyId},
                   {"name", kNeedsTaxonomyName},
                   {"description",
                    "What a service or community asset offers: the needs of the Living Well "
                    "Network and Community."},
                   {"version", "1"},
                   {"taxonomy_terms", std::move(terms)}};
  return json::serialize(out);
}

std::string EncodeOrukNeedTerm(Need need) { return json::serialize(TermJson(need)); }

std::string EncodeOrukPage(const std::vector<std::string>& contents, std::size_t total_items,
                           std::size_t page, std::size_t per_page) {
  const std::size_t size = per_page == 0 ? 1 : per_page;
  const std::size_t pages = (total_items + size - 1) / size;
  const std::size_t number = page == 0 ? 1 : page;
  json::object head{{"total_items", total_items}, {"total_pages", pages},
                    {"page_number", number},      {"size", size},
                    {"first_page", number == 1},  {"last_page", number >= pages},
                    {"empty", contents.empty()}};
  std::string out = json::serialize(head);
  out.pop_back();  // '}': the items are already JSON text
  out += ",\"contents\":[";
  for (std::size_t i = 0; i < contents.size(); ++i) {
    if (i > 0) out += ',';
    out += contents[i];
  }
  out += "]}";
  return out;
}

std::string EncodeOrukServicePackage(const std::vector<DirectoryService>& services,
                                     const std::vector<DirectoryOrganisation>& organisations,
                                     const OrukOptions& options) {
  json::array out;
  for (const DirectoryService& s : services) {
    out.push_back(
        ServiceJson(s, FindOrganisation(organisations, s.organisation_id), options, true));
  }
  return json::serialize(out);
}

}  // namespace lw::api

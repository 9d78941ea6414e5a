#include "api/oruk_import.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <optional>

#include "api/json_reader.h"
#include "api/oruk_import_internal.h"
#include "api/oruk_json.h"
#include "base/ids.h"
#include "domain/directory/languages.h"
#include "domain/directory/opening_hours.h"
#include "domain/directory/search_text.h"

namespace lw::api {
namespace json = boost::json;
using namespace lw::directory;

namespace oruk_import {
namespace {

constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxDescription = 10'000;
constexpr std::size_t kMaxShort = 1'000;

std::string Quoted(std::string_view s) { return "\u201C" + std::string(s) + "\u201D"; }

// Reading one entry: the first problem found is the reason it is rejected.
class Entry {
 public:
  bool ok() const { return reason_.empty(); }
  const std::string& reason() const { return reason_; }
  void Fail(std::string reason) {
    if (reason_.empty()) reason_ = std::move(reason);
  }

  const json::value* Member(const json::object& o, std::string_view key) {
    const json::value* v = o.if_contains(key);
    return v == nullptr || v->is_null() ? nullptr : v;
  }

  // Text, checked for length (in characters) and control characters.
  std::optional<std::string> Text(const json::object& o, std::string_view key,
                                  std::string_view label, std::size_t max, bool lines = false) {
    const json::value* v = Member(o, key);
    if (v == nullptr) return std::nullopt;
    if (!v->is_string()) {
      Fail(std::string(label) + " must be text");
      return std::nullopt;
    }
    std::string s(v->get_string());
    if (CountCharacters(s) > max) {
      Fail(std::string(label) + " is over " + std::to_string(max) + " characters");
      return std::nullopt;
    }
    for (char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      const bool allowed = lines && (c == '\n' || c == '\r' || c == '\t');
      if ((c < 0x20 && !allowed) || c == 0x7F) {
        Fail(std::string(label) + " contains control characters");
        return std::nullopt;
      }
    }
    return s;
  }

  std::string TextOr(const json::object& o, std::string_view key, std::string_view label,
                     std::size_t max, bool lines = false) {
    return Text(o, key, label, max, lines).value_or("");
  }

  // A number, or text holding one (CSV cells are text).
  std::optional<double> Number(const json::object& o, std::string_view key,
                               std::string_view label) {
    const json::value* v = Member(o, key);
    if (v == nullptr) return std::nullopt;
    if (v->is_number()) return v->to_number<double>();
    if (v->is_string()) {
      const std::string s(v->get_string());
      char* end = nullptr;
      const double d = std::strtod(s.c_str(), &end);
      if (!s.empty() && end == s.c_str() + s.size() && std::isfinite(d)) return d;
    }
    Fail(std::string(label) + " must be a number");
    return std::nullopt;
  }

  std::optional<int> WholeNumber(const json::object& o, std::string_view key,
                                 std::string_view label, int lowest, int highest) {
    const auto d = Number(o, key, label);
    if (!d) return std::nullopt;
    if (*d != std::floor(*d) || *d < lowest || *d > highest) {
      Fail(std::string(label) + " must be a whole number from " + std::to_string(lowest) + " to " +
           std::to_string(highest));
      return std::nullopt;
    }
    return static_cast<int>(*d);
  }

  const json::array* Array(const json::object& o, std::string_view key, std::string_view label) {
    const json::value* v = Member(o, key);
    if (v == nullptr) return nullptr;
    if (!v->is_array()) Fail(std::string(label) + " must be a list");
    return v->if_array();
  }

  const json::object* Object(const json::object& o, std::string_view key, std::string_view label) {
    const json::value* v = Member(o, key);
    if (v == nullptr) return nullptr;
    if (!v->is_object()) Fail(std::string(label) + " must be an object");
    return v->if_object();
  }

  // A UUID, lower-cased; "" when absent and not required.
  std::string Uuid(const json::object& o, std::string_view key, std::string_view label,
                   bool required) {
    const auto text = Text(o, key, label, 100);
    if (!text || text->empty()) {
      if (required && ok()) Fail(std::string(label) + " is missing");
      return {};
    }
    std::string id = *text;
    std::transform(id.begin(), id.end(), id.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (!IsValidUuid(id)) {
      Fail(std::string(label) + " " + Quoted(*text) + " is not a UUID");
      return {};
    }
    return id;
  }

  template <typename E, typename Parse>
  std::optional<E> Key(const json::object& o, std::string_view key, std::string_view label,
                       Parse parse) {
    const auto text = Text(o, key, label, 100);
    if (!text) return std::nullopt;
    auto value = parse(*text);
    if (!value) Fail(std::string(label) + " " + Quoted(*text) + " is not one we know");
    return value;
  }

 private:
  std::string reason_;
};

// The elements of a list that are objects; any other element fails the entry.
std::vector<const json::object*> Objects(Entry& e, const json::array* list,
                                         std::string_view label) {
  std::vector<const json::object*> out;
  if (list == nullptr) return out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json::object* o = (*list)[i].if_object();
    if (o == nullptr) {
      e.Fail(std::string(label) + "[" + std::to_string(i) + "] must be an object");
      continue;
    }
    out.push_back(o);
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<Need> NeedForName(std::string_view name) {
  const std::string lower = Lower(name);
  const std::vector<std::string> words = SearchWords(name);
  for (Need need : kAllNeeds) {
    if (lower == NeedKey(need) || lower == Lower(NeedDisplayName(need))) return need;
    if (!words.empty() && words == SearchWords(NeedDisplayName(need))) return need;
  }
  // One word only one need's name holds: "Debt", "Housing", "Carers".
  if (words.size() != 1) return std::nullopt;
  std::optional<Need> found;
  for (Need need : kAllNeeds) {
    const auto need_words = SearchWords(NeedDisplayName(need));
    if (std::find(need_words.begin(), need_words.end(), words[0]) == need_words.end()) continue;
    if (found) return std::nullopt;  // two needs: not ours to guess
    found = need;
  }
  return found;
}

std::string NormalisePostcode(std::string_view text) {
  std::string compact;
  for (char c : text) {
    if (c != ' ') compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (compact.size() < 5) return compact;
  return compact.substr(0, compact.size() - 3) + " " + compact.substr(compact.size() - 3);
}

Checked ReadChecked(Entry& e, const json::object* o) {
  Checked c;
  if (o == nullptr) return c;
  if (auto on = e.Text(*o, "on", "livingwell.checked.on", 10)) {
    auto date = Date::Parse(*on);
    if (date) {
      c.on = *date;
    } else {
      e.Fail("livingwell.checked.on must be a date like 2026-03-09");
    }
  }
  c.by_user_id = e.TextOr(*o, "by_user_id", "livingwell.checked.by_user_id", 100);
  c.by_name = e.TextOr(*o, "by_name", "livingwell.checked.by_name", kMaxName);
  return c;
}

Place ReadPlace(Entry& e, const json::object& at, const std::string& label) {
  Place p;
  const json::object* loc = e.Object(at, "location", label + ".location");
  if (loc == nullptr) {
    e.Fail(label + " has no location");
    return p;
  }
  const std::string where = label + ".location";
  p.id = e.Uuid(*loc, "id", where + ".id", true);
  const auto type = e.Text(*loc, "location_type", where + ".location_type", 20);
  if (!type) {
    e.Fail(where + ".location_type is missing");
  } else if (*type != "physical" && *type != "postal" && *type != "virtual") {
    e.Fail(where + ".location_type " + Quoted(*type) + " is not physical, postal or virtual");
  }
  p.is_virtual = type && *type == "virtual";
  p.name = e.TextOr(*loc, "name", where + ".name", kMaxName);
  const auto lat = e.Number(*loc, "latitude", where + ".latitude");
  const auto lon = e.Number(*loc, "longitude", where + ".longitude");
  if (lat.has_value() != lon.has_value()) {
    e.Fail(where + " has a latitude or a longitude but not both");
  } else if (lat && !(*lat >= 49.0 && *lat <= 61.0 && *lon >= -9.0 && *lon <= 3.0)) {
    e.Fail(where + " is at latitude " + std::to_string(*lat) + ", longitude " +
           std::to_string(*lon) + ": not in the United Kingdom");
  } else if (lat) {
    p.latitude = lat;
    p.longitude = lon;
  }
  const auto addresses =
      Objects(e, e.Array(*loc, "addresses", where + ".addresses"), where + ".addresses");
  if (!addresses.empty()) {
    const json::object& a = *addresses[0];
    p.address_1 = e.TextOr(a, "address_1", where + ".addresses[0].address_1", kMaxShort);
    p.city = e.TextOr(a, "city", where + ".addresses[0].city", kMaxName);
    p.postcode =
        NormalisePostcode(e.TextOr(a, "postal_code", where + ".addresses[0].postal_code", 20));
  }
  for (const json::object* a : Objects(e, e.Array(*loc, "accessibility", where + ".accessibility"),
                                       where + ".accessibility")) {
    std::string words = e.TextOr(*a, "description", where + ".accessibility", kMaxShort);
    if (words.empty()) words = e.TextOr(*a, "accessibility", where + ".accessibility", kMaxShort);
    if (words.empty()) words = e.TextOr(*a, "details", where + ".accessibility", kMaxShort);
    if (!words.empty()) p.accessibility.push_back(std::move(words));
  }
  if (const json::object* ours = e.Object(*loc, "livingwell", where + ".livingwell")) {
    p.neighbourhood_id = e.TextOr(*ours, "neighbourhood_id", where + ".neighbourhood_id", 100);
    if (p.is_virtual) {
      p.address_1 = e.TextOr(*ours, "address_1", where + ".address_1", kMaxShort);
      p.city = e.TextOr(*ours, "city", where + ".city", kMaxName);
      p.postcode = e.TextOr(*ours, "postcode", where + ".postcode", 20);
    }
  }
  return p;
}

void ReadSchedules(Entry& e, const json::object& o, DirectoryService& s) {
  const auto list = Objects(e, e.Array(o, "schedules", "schedules"), "schedules");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const json::object& sc = *list[i];
    const std::string label = "schedules[" + std::to_string(i) + "]";
    const std::string notes = e.TextOr(sc, "notes", label + ".notes", kMaxShort, true);
    if (s.opening_notes.empty()) s.opening_notes = notes;
    const auto freq = e.Text(sc, "freq", label + ".freq", 20);
    const auto byday = e.Text(sc, "byday", label + ".byday", 100);
    const auto opens = e.Text(sc, "opens_at", label + ".opens_at", 20);
    const auto closes = e.Text(sc, "closes_at", label + ".closes_at", 20);
    if (freq && *freq == "MONTHLY") continue;  // not a weekly opening: not ours to keep
    if (freq && *freq != "WEEKLY") {
      e.Fail(label + ".freq " + Quoted(*freq) + " is not WEEKLY or MONTHLY");
      return;
    }
    if (!byday && !opens && !closes) continue;  // words only
    // -1: missing or not a time.
    const int open_at = opens ? directory::ParseClockTime(*opens).value_or(-1) : -1;
    int close_at = closes ? directory::ParseClockTime(*closes).value_or(-1) : -1;
    if (open_at < 0 || open_at == directory::kMinutesPerDay) {
      e.Fail(label + ".opens_at must be a time like 09:30");
      return;
    }
    if (close_at == 0) close_at = directory::kMinutesPerDay;  // "00:00": midnight
    if (close_at <= open_at) {
      e.Fail(label + ".closes_at must be a time like 16:00, after it opens");
      return;
    }
    if (!byday || byday->empty()) {
      e.Fail(label + ".byday is missing");
      return;
    }
    std::string_view days = *byday;
    while (!days.empty()) {
      const auto comma = days.find(',');
      std::string_view day = days.substr(0, comma);
      while (!day.empty() && day.front() == ' ') day.remove_prefix(1);
      while (!day.empty() && day.back() == ' ') day.remove_suffix(1);
      int weekday = 0;
      while (weekday < 7 && directory::ByDayCode(weekday) != day) ++weekday;
      if (weekday == 7) {
        e.Fail(label + ".byday " + Quoted(*byday) + " is not days like MO,TU");
        return;
      }
      s.opening.push_back({weekday, open_at, close_at});
      days = comma == std::string_view::npos ? std::string_view() : days.substr(comma + 1);
    }
  }
}

void ReadTerms(Entry& e, const json::object& o, DirectoryService& s) {
  for (const json::object* a : Objects(e, e.Array(o, "attributes", "attributes"), "attributes")) {
    const json::object* term = e.Object(*a, "taxonomy_term", "attributes.taxonomy_term");
    std::string id = e.TextOr(*a, "taxonomy_term_id", "attributes.taxonomy_term_id", 100);
    std::string name;
    if (term != nullptr) {
      if (id.empty()) id = e.TextOr(*term, "id", "attributes.taxonomy_term.id", 100);
      name = e.TextOr(*term, "name", "attributes.taxonomy_term.name", kMaxName);
    }
    id = Lower(id);
    std::optional<Need> need = NeedForTermId(id);
    // A term we wrote as an "other term" stays one, whatever its name.
    if (!need && !name.empty() && id != OrukDerivedId("term/" + name)) need = NeedForName(name);
    if (need) {
      if (std::find(s.needs.begin(), s.needs.end(), *need) == s.needs.end()) {
        s.needs.push_back(*need);
      }
    } else if (!name.empty() &&
               std::find(s.other_terms.begin(), s.other_terms.end(), name) == s.other_terms.end()) {
      s.other_terms.push_back(name);
    }
  }
}

void ReadContact(Entry& e, const json::object& o, DirectoryService& s) {
  s.contact.email = e.TextOr(o, "email", "email", kMaxShort);
  s.contact.website = e.TextOr(o, "url", "url", kMaxShort);
  auto first_phone = [&](const json::array* phones, const std::string& label) {
    for (const json::object* p : Objects(e, phones, label)) {
      const std::string number = e.TextOr(*p, "number", label + ".number", 100);
      if (s.contact.phone.empty()) s.contact.phone = number;
    }
  };
  first_phone(e.Array(o, "phones", "phones"), "phones");
  for (const json::object* c : Objects(e, e.Array(o, "contacts", "contacts"), "contacts")) {
    const std::string email = e.TextOr(*c, "email", "contacts.email", kMaxShort);
    if (s.contact.email.empty()) s.contact.email = email;
    first_phone(e.Array(*c, "phones", "contacts.phones"), "contacts.phones");
  }
}

void ReadCost(Entry& e, const json::object& o, DirectoryService& s) {
  const std::string fees = e.TextOr(o, "fees", "fees", kMaxShort);
  const auto options = Objects(e, e.Array(o, "cost_options", "cost_options"), "cost_options");
  if (!options.empty()) {
    const json::object& c = *options[0];
    const std::string option = e.TextOr(c, "option", "cost_options.option", kMaxShort);
    const auto amount = e.Number(c, "amount", "cost_options.amount");
    const std::string words =
        e.TextOr(c, "amount_description", "cost_options.amount_description", kMaxShort);
    s.free = Lower(option) == "free" || (amount && *amount == 0 && words.empty());
    s.cost = s.free ? "" : (words.empty() ? fees : words);
    return;
  }
  const std::string lower = Lower(fees);
  s.free = lower.empty() || lower == "free" || lower == "no charge" || lower == "none";
  s.cost = s.free ? "" : fees;
}

void ReadOurs(Entry& e, const json::object* ours, DirectoryService& s) {
  if (ours == nullptr) return;
  if (auto v = e.Number(*ours, "version", "livingwell.version")) {
    s.version = static_cast<long long>(*v);
  }
  if (auto v = e.Key<Offer>(*ours, "offer", "livingwell.offer", ParseOffer)) s.offer = *v;
  if (auto v = e.Key<ServiceKind>(*ours, "kind", "livingwell.kind", ParseServiceKind)) s.kind = *v;
  if (auto v = e.Key<IntroductionRoute>(*ours, "introduction_route",
                                        "livingwell.introduction_route", ParseIntroductionRoute)) {
    s.introduction_route = *v;
  }
  if (auto v = e.Key<GenderFocus>(*ours, "gender", "livingwell.gender", ParseGenderFocus)) {
    s.eligibility.gender = *v;
  }
  if (auto v =
          e.Key<Publication>(*ours, "publication", "livingwell.publication", ParsePublication)) {
    s.publication = *v;
  }
  s.eligibility.cultural_focus =
      e.TextOr(*ours, "cultural_focus", "livingwell.cultural_focus", kMaxName);
  s.typical_wait_days =
      e.WholeNumber(*ours, "typical_wait_days", "livingwell.typical_wait_days", 0, 3650);
  s.checked = ReadChecked(e, e.Object(*ours, "checked", "livingwell.checked"));
  if (const json::array* areas =
          e.Array(*ours, "neighbourhood_ids", "livingwell.neighbourhood_ids")) {
    for (const json::value& v : *areas) {
      if (!v.is_string()) {
        e.Fail("livingwell.neighbourhood_ids must be a list of text");
        return;
      }
      s.neighbourhood_ids.emplace_back(v.get_string());
    }
  }
  if (auto v = e.Text(*ours, "email", "livingwell.email", kMaxShort)) s.contact.email = *v;
  if (auto v = e.Text(*ours, "website", "livingwell.website", kMaxShort)) s.contact.website = *v;
}

DirectoryOrganisation ReadOrganisation(Entry& e, const json::object& o) {
  DirectoryOrganisation org;
  org.id = e.Uuid(o, "id", "id", true);
  org.name = e.TextOr(o, "name", "name", kMaxName);
  if (org.name.empty() && e.ok()) e.Fail("name is missing");
  org.description = e.TextOr(o, "description", "description", kMaxDescription, true);
  org.contact.email = e.TextOr(o, "email", "email", kMaxShort);
  org.contact.website = e.TextOr(o, "website", "website", kMaxShort);
  for (const json::object* i :
       Objects(e, e.Array(o, "organization_identifiers", "organization_identifiers"),
               "organization_identifiers")) {
    const std::string type = Lower(e.TextOr(*i, "identifier_type", "identifier_type", kMaxShort));
    const std::string scheme = e.TextOr(*i, "identifier_scheme", "identifier_scheme", kMaxShort);
    const std::string value = e.TextOr(*i, "identifier", "identifier", 100);
    if (org.charity_number.empty() &&
        (scheme == "GB-CHC" || type.find("charity") != std::string::npos)) {
      org.charity_number = value;
    }
  }
  if (const json::object* ours = e.Object(o, "livingwell", "livingwell")) {
    if (auto v = e.Number(*ours, "version", "livingwell.version")) {
      org.version = static_cast<long long>(*v);
    }
    org.partner_organisation_id =
        e.TextOr(*ours, "partner_organisation_id", "livingwell.partner_organisation_id", 100);
    org.checked = ReadChecked(e, e.Object(*ours, "checked", "livingwell.checked"));
    org.contact.phone = e.TextOr(*ours, "phone", "livingwell.phone", 100);
    if (auto v = e.Text(*ours, "email", "livingwell.email", kMaxShort)) org.contact.email = *v;
    if (auto v = e.Text(*ours, "website", "livingwell.website", kMaxShort)) {
      org.contact.website = *v;
    }
  }
  return org;
}

DirectoryService ReadService(Entry& e, const json::object& o) {
  DirectoryService s;
  s.id = e.Uuid(o, "id", "id", true);
  s.organisation_id = e.Uuid(o, "organization_id", "organization_id", false);
  s.name = e.TextOr(o, "name", "name", kMaxName);
  if (s.name.empty() && e.ok()) e.Fail("name is missing");
  s.description = e.TextOr(o, "description", "description", kMaxDescription, true);
  if (auto status = e.Key<ServiceStatus>(o, "status", "status", ParseServiceStatus)) {
    s.status = *status;
  } else if (e.ok()) {
    e.Fail("status is missing");
  }
  s.eligibility.minimum_age = e.WholeNumber(o, "minimum_age", "minimum_age", 0, 130);
  s.eligibility.maximum_age = e.WholeNumber(o, "maximum_age", "maximum_age", 0, 130);
  if (s.eligibility.minimum_age && s.eligibility.maximum_age &&
      *s.eligibility.minimum_age > *s.eligibility.maximum_age) {
    e.Fail("minimum_age is over maximum_age");
  }
  s.eligibility.description =
      e.TextOr(o, "eligibility_description", "eligibility_description", kMaxShort, true);
  s.how_to_introduce = e.TextOr(o, "application_process", "application_process", kMaxShort, true);
  if (auto assured = e.Text(o, "assured_date", "assured_date", 40)) {
    auto date = Date::Parse(assured->substr(0, 10));
    if (date) {
      s.checked.on = *date;
    } else {
      e.Fail("assured_date must be a date like 2026-03-09");
    }
  }
  if (auto modified = e.Text(o, "last_modified", "last_modified", 40)) {
    auto t = ParseInstant(*modified);
    if (t) {
      s.updated_at = *t;
    } else {
      e.Fail("last_modified must be a date and time like 2026-03-09T14:30:00Z");
    }
  }
  ReadSchedules(e, o, s);
  const auto places = Objects(e, e.Array(o, "service_at_locations", "service_at_locations"),
                              "service_at_locations");
  for (std::size_t i = 0; i < places.size(); ++i) {
    s.places.push_back(ReadPlace(e, *places[i], "service_at_locations[" + std::to_string(i) + "]"));
  }
  for (const json::object* l : Objects(e, e.Array(o, "languages", "languages"), "languages")) {
    std::string code = Lower(e.TextOr(*l, "code", "languages.code", 16));
    if (code.empty()) {
      const std::string name = e.TextOr(*l, "name", "languages.name", 100);
      if (auto c = LanguageCodeForName(name)) code = std::string(*c);
    }
    if (!code.empty() &&
        std::find(s.languages.begin(), s.languages.end(), code) == s.languages.end()) {
      s.languages.push_back(std::move(code));
    }
  }
  ReadContact(e, o, s);
  ReadCost(e, o, s);
  ReadTerms(e, o, s);
  ReadOurs(e, e.Object(o, "livingwell", "livingwell"), s);
  return s;
}

std::string IdAsGiven(const json::object& o) {
  const json::value* v = o.if_contains("id");
  if (v == nullptr) return {};
  if (v->is_string())
    return std::string(
        v->get_string().subview(0, std::min<std::size_t>(v->get_string().size(), 100)));
  if (v->is_number()) return json::serialize(*v);
  return {};
}

}  // namespace

void BatchBuilder::Reject(std::string source, std::string id, std::string reason) {
  batch_.rejected.push_back({std::move(source), std::move(id), std::move(reason)});
}

void BatchBuilder::AddService(const json::object& entry, const std::string& source) {
  Entry e;
  DirectoryService s = ReadService(e, entry);
  std::optional<DirectoryOrganisation> org;
  if (const json::object* nested = e.Object(entry, "organization", "organization")) {
    Entry oe;
    org = ReadOrganisation(oe, *nested);
    if (!oe.ok()) e.Fail("organization: " + oe.reason());
  }
  if (e.ok() && service_sources_.contains(s.id)) {
    e.Fail("The id is repeated: it is also at " + service_sources_[s.id]);
  }
  if (!e.ok()) {
    Reject(source, IdAsGiven(entry), e.reason());
    return;
  }
  service_sources_.emplace(s.id, source);
  if (org) {
    if (s.organisation_id.empty()) s.organisation_id = org->id;
    if (!organisation_sources_.contains(org->id)) {
      organisation_sources_.emplace(org->id, source + ".organization");
      batch_.organisations.push_back(std::move(*org));
    }
  }
  batch_.services.push_back(std::move(s));
}

void BatchBuilder::AddOrganisation(const json::object& entry, const std::string& source) {
  Entry e;
  DirectoryOrganisation org = ReadOrganisation(e, entry);
  if (e.ok() && organisation_sources_.contains(org.id)) {
    e.Fail("The id is repeated: it is also at " + organisation_sources_[org.id]);
  }
  if (!e.ok()) {
    Reject(source, IdAsGiven(entry), e.reason());
    return;
  }
  organisation_sources_.emplace(org.id, source);
  const json::value* services = entry.if_contains("services");
  if (services != nullptr && services->is_array()) {
    const json::array& list = services->get_array();
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string where = source + ".services[" + std::to_string(i) + "]";
      if (!list[i].is_object()) {
        Reject(where, "", "Must be an object (a service)");
        continue;
      }
      json::object service = list[i].get_object();
      if (!service.contains("organization_id")) service["organization_id"] = org.id;
      AddService(service, where);
    }
  }
  batch_.organisations.push_back(std::move(org));
}

}  // namespace oruk_import

Status CheckImportSize(std::uint64_t bytes, const ImportOptions& options) {
  if (bytes <= options.max_bytes) return Ok();
  char buf[128];
  constexpr double kMegabyte = 1024.0 * 1024.0;
  std::snprintf(buf, sizeof buf, "The file is %.1f MB; the most that can be imported is %.0f MB",
                static_cast<double>(bytes) / kMegabyte,
                static_cast<double>(options.max_bytes) / kMegabyte);
  return Fail(ErrorCode::kResourceExhausted, buf);
}

Result<ImportBatch> ImportOrukJson(std::string_view text, const ImportOptions& options) {
  if (auto ok = CheckImportSize(text.size(), options); !ok) return std::unexpected(ok.error());
  json::parse_options parse_options;
  parse_options.max_depth = static_cast<std::size_t>(options.max_depth);
  json::stream_parser parser({}, parse_options);
  boost::system::error_code ec;
  const std::size_t used = parser.write_some(text.data(), text.size(), ec);
  if (!ec) parser.finish(ec);
  if (ec) {
    const std::size_t at = std::min(used, text.size());
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < at; ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    const std::string why =
        ec == json::error::too_deep
            ? "it is nested more than " + std::to_string(options.max_depth) + " levels deep"
            : ec.message();
    return Fail(Error::Invalid("The file is not JSON that can be read: " + why + " (line " +
                               std::to_string(line) + ", column " + std::to_string(column) +
                               ", byte " + std::to_string(at) + ")"));
  }
  const json::value root = parser.release();
  oruk_import::BatchBuilder builder;
  auto add_item = [&](const json::value& v, const std::string& where) {
    const json::object* o = v.if_object();
    if (o == nullptr) {
      builder.Reject(where, "", "Must be an object (a service or an organization)");
      return;
    }
    const json::value* services = o->if_contains("services");
    if (services != nullptr && services->is_array() && !o->contains("status")) {
      builder.AddOrganisation(*o, where);
    } else {
      builder.AddService(*o, where);
    }
  };
  auto add_list = [&](const json::array& list, const std::string& name) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      add_item(list[i], name + "[" + std::to_string(i) + "]");
    }
  };
  if (const json::array* list = root.if_array()) {
    add_list(*list, "");
  } else if (const json::object* o = root.if_object()) {
    const json::value* contents = o->if_contains("contents");
    if (contents != nullptr && contents->is_array()) {
      add_list(contents->get_array(), "contents");
    } else {
      add_item(root,
               o->contains("services") && !o->contains("status") ? "organization" : "service");
    }
  } else {
    return Fail(Error::Invalid(
        "The file is JSON but not a feed: expected a service, a list of services or a page "
        "with contents"));
  }
  return builder.Finish();
}

}  // namespace lw::api

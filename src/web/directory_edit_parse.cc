// Reading the directory entry form (directory_edit_form.h) into a
// DirectoryService, and writing a service back as the form's fields.
#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/directory/languages.h"
#include "domain/frontdoor/text_field.h"
#include "domain/people/postcode.h"
#include "web/directory_edit_form.h"

namespace lw::web {

namespace {

using directory::DirectoryService;
using directory::Place;
using directory::WeeklyOpening;

std::string Lower(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return out;
}

bool AllDigits(std::string_view text) {
  return !text.empty() && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<int> SmallNumber(std::string_view text) {
  if (!AllDigits(text) || text.size() > 6) return std::nullopt;
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// "17", "7": the part of a time before the minutes.
std::optional<int> Hours(std::string_view text) {
  if (text.empty() || text.size() > 2) return std::nullopt;
  return SmallNumber(text);
}

// The number at the start of a row's field name ("12_phone"), and `rest`
// moved past it and its "_"; nullopt when there is none.
std::optional<int> LeadingNumber(std::string_view& rest) {
  std::size_t digits = 0;
  while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
  if (digits == 0 || digits > 4 || digits >= rest.size() || rest[digits] != '_') {
    return std::nullopt;
  }
  auto value = SmallNumber(rest.substr(0, digits));
  rest.remove_prefix(digits + 1);
  return value;
}

// Splits on commas, semicolons and line breaks; trimmed, empty parts left out.
std::vector<std::string> Items(std::string_view text, bool lines_only) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = lines_only ? text.find('\n', start) : text.find_first_of(",;\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string item = TrimText(text.substr(start, end - start));
    if (!item.empty()) out.push_back(std::move(item));
    start = end + 1;
  }
  return out;
}

// A language as typed: its code when the name or code is known, else as typed.
std::string LanguageCode(const std::string& typed) {
  if (auto code = directory::LanguageCodeForName(typed)) return std::string(*code);
  std::string lower = Lower(typed);
  if (!directory::LanguageName(lower).empty()) return lower;
  return typed;
}

std::string LanguageShown(const std::string& code) {
  std::string_view name = directory::LanguageName(code);
  return name.empty() ? code : std::string(name);
}

template <typename T, typename ParseFn>
void Choose(const http::Form& form, std::string_view field, ParseFn parse, T& out,
            std::string_view message, std::vector<FieldError>& errors) {
  auto value = form.Get(field);
  if (!value) return;  // not on the form: left as it was
  if (auto parsed = parse(*value)) {
    out = *parsed;
  } else {
    errors.push_back({std::string(field), std::string(message)});
  }
}

std::optional<int> WholeOrEmpty(const http::Form& form, std::string_view field,
                                std::string_view message, std::vector<FieldError>& errors) {
  const std::string text = TrimText(form.Value(field));
  if (text.empty()) return std::nullopt;
  if (auto n = SmallNumber(text)) return n;
  errors.push_back({std::string(field), std::string(message)});
  return std::nullopt;
}

void ReadOpening(const http::Form& form, ServiceFormInput& in) {
  // (weekday, n) -> (opens, closes) as typed, in week order.
  std::map<std::pair<int, int>, std::pair<std::string, std::string>> rows;
  for (const auto& [name, value] : form.fields()) {
    std::string_view rest = name;
    if (!rest.starts_with("opening_")) continue;
    rest.remove_prefix(8);
    auto day = LeadingNumber(rest);
    if (!day) continue;
    auto n = LeadingNumber(rest);
    if (!n || *day > 6) continue;
    if (rest == "opens") rows[{*day, *n}].first = TrimText(value);
    if (rest == "closes") rows[{*day, *n}].second = TrimText(value);
  }
  for (const auto& [key, times] : rows) {
    const std::string row =
        "opening_" + std::to_string(key.first) + "_" + std::to_string(key.second);
    const auto& [opens_text, closes_text] = times;
    if (opens_text.empty() && closes_text.empty()) continue;  // closed
    std::optional<int> opens = ParseClockTime(opens_text);
    std::optional<int> closes = ParseClockTime(closes_text);
    bool ok = true;
    if (opens_text.empty()) {
      in.errors.push_back({row + "_opens", "Enter the opening time, or leave both times empty"});
      ok = false;
    } else if (!opens || *opens == 1440) {
      in.errors.push_back({row + "_opens", "Enter the opening time like 9:30 or 17:00"});
      ok = false;
    }
    if (closes_text.empty()) {
      in.errors.push_back({row + "_closes", "Enter the closing time, or leave both times empty"});
      ok = false;
    } else if (!closes) {
      in.errors.push_back({row + "_closes", "Enter the closing time like 9:30 or 17:00"});
      ok = false;
    }
    if (!ok) continue;
    // Closing at 0:00 is closing at midnight, the end of the day.
    in.service.opening.push_back(
        {.weekday = key.first, .opens_at = *opens, .closes_at = *closes == 0 ? 1440 : *closes});
    in.opening_rows.push_back(row);
  }
}

// The postcode as stored would hold it, to tell whether it changed.
std::string NormalPostcode(std::string_view text) {
  auto normal = ParsePostcode(text);
  return normal ? *normal : TrimText(text);
}

void ReadPlace(const std::map<std::string_view, std::string_view>& row, const std::string& prefix,
               const DirectoryService& base, ServiceFormInput& in) {
  auto member = [&](std::string_view m) {
    auto it = row.find(m);
    return it == row.end() ? std::string_view() : it->second;
  };
  const std::string id = TrimText(member("id"));
  Place place{.id = id};
  for (const Place& p : base.places) {
    if (!id.empty() && p.id == id) place = p;
  }
  place.name = member("name");
  if (!place.is_virtual) {
    const std::string before = place.postcode;
    place.address_1 = member("address_1");
    place.city = member("city");
    place.postcode = member("postcode");
    if (NormalPostcode(place.postcode) != NormalPostcode(before)) {
      place.latitude.reset();
      place.longitude.reset();
    }
  }
  place.accessibility = Items(member("accessibility"), true);
  in.service.places.push_back(std::move(place));
  in.place_rows.push_back(prefix);
}

void ReadPlaces(const http::Form& form, const DirectoryService& base, ServiceFormInput& in) {
  std::map<int, std::map<std::string_view, std::string_view>> kept;
  std::map<std::string_view, std::string_view> added;
  for (const auto& [name, value] : form.fields()) {
    std::string_view rest = name;
    if (!rest.starts_with("place_")) continue;
    rest.remove_prefix(6);
    if (rest.starts_with("new_")) {
      added.emplace(rest.substr(4), value);
    } else if (auto k = LeadingNumber(rest)) {
      kept[*k].emplace(rest, value);
    }
  }
  in.service.places.clear();
  for (const auto& [k, row] : kept) {
    auto remove = row.find("remove");
    if (remove != row.end() && remove->second == "yes") continue;
    ReadPlace(row, "place_" + std::to_string(k), base, in);
  }
  const bool any =
      std::ranges::any_of(added, [](const auto& field) { return !TrimText(field.second).empty(); });
  if (any) {
    added.erase("id");  // a new place has no id yet, whatever was sent
    ReadPlace(added, "place_new", base, in);
  }
}

}  // namespace

std::optional<int> ParseClockTime(std::string_view typed) {
  std::string text = Lower(TrimText(typed));
  std::erase(text, ' ');
  if (text == "midday" || text == "noon") return 720;
  if (text == "midnight") return 1440;
  int half = -1;  // -1: a 24-hour time; 0 am; 12 pm
  if (text.ends_with("am") || text.ends_with("pm")) {
    half = text.ends_with("pm") ? 12 : 0;
    text.resize(text.size() - 2);
  }
  std::string_view hours_text = text;
  std::string_view minutes_text;
  if (std::size_t sep = text.find_first_of(":."); sep != std::string::npos) {
    hours_text = std::string_view(text).substr(0, sep);
    minutes_text = std::string_view(text).substr(sep + 1);
    if (minutes_text.size() != 2) return std::nullopt;
  }
  std::optional<int> hours = Hours(hours_text);
  std::optional<int> minutes = minutes_text.empty() ? 0 : SmallNumber(minutes_text);
  if (!hours || !minutes || *minutes > 59) return std::nullopt;
  if (half >= 0) {
    if (*hours < 1 || *hours > 12) return std::nullopt;
    return (*hours % 12 + half) * 60 + *minutes;
  }
  if (*hours == 24 && *minutes == 0) return 1440;
  if (*hours > 23) return std::nullopt;
  return *hours * 60 + *minutes;
}

std::string ClockInput(int minutes) {
  const int m = minutes % 60;
  return std::to_string(minutes / 60) + (m < 10 ? ":0" : ":") + std::to_string(m);
}

ServiceFormInput ParseServiceForm(const http::Form& form, const DirectoryService& base,
                                  bool read_organisation) {
  ServiceFormInput in{.service = base};
  DirectoryService& s = in.service;
  std::vector<FieldError>& errors = in.errors;
  if (read_organisation) {
    s.organisation_id = TrimText(form.Value("organisation_id"));
    if (s.organisation_id.empty()) {
      errors.push_back({"organisation_id", "Choose the organisation it belongs to"});
    }
  }
  s.name = form.Value("name");
  s.description = form.Value("description");
  Choose(form, "status", directory::ParseServiceStatus, s.status, "Select its status from the list",
         errors);
  Choose(form, "kind", directory::ParseServiceKind, s.kind,
         "Select what kind of place or offer it is from the list", errors);
  Choose(form, "offer", directory::ParseOffer, s.offer,
         "Select whether it is part of the Living Well Network or a community asset", errors);
  s.needs.clear();
  for (std::string_view key : form.GetAll("needs")) {
    if (auto need = directory::ParseNeed(key)) {
      s.needs.push_back(*need);
    } else {
      errors.push_back({"needs", "Select what it helps with from the list"});
      break;
    }
  }
  s.eligibility.minimum_age =
      WholeOrEmpty(form, "minimum_age", "Enter the minimum age as a whole number, like 18", errors);
  s.eligibility.maximum_age =
      WholeOrEmpty(form, "maximum_age", "Enter the maximum age as a whole number, like 25", errors);
  Choose(form, "gender", directory::ParseGenderFocus, s.eligibility.gender,
         "Select who it is for from the list", errors);
  s.eligibility.cultural_focus = form.Value("cultural_focus");
  s.eligibility.description = form.Value("eligibility_description");
  s.languages.clear();
  for (const std::string& item : Items(form.Value("languages"), false)) {
    s.languages.push_back(LanguageCode(item));
  }
  s.contact = {.phone = std::string(form.Value("phone")),
               .email = std::string(form.Value("email")),
               .website = std::string(form.Value("website"))};
  Choose(form, "introduction_route", directory::ParseIntroductionRoute, s.introduction_route,
         "Select how introductions are made from the list", errors);
  s.how_to_introduce = form.Value("how_to_introduce");
  s.opening.clear();
  ReadOpening(form, in);
  s.opening_notes = form.Value("opening_notes");
  std::string_view free = form.Value("free");
  if (free == "yes" || free == "no") {
    s.free = free == "yes";
  } else {
    errors.push_back({"free", "Select whether it is free"});
  }
  s.cost = form.Value("cost");
  s.typical_wait_days = WholeOrEmpty(form, "typical_wait_days",
                                     "Enter the typical wait as a number of days, like 14", errors);
  ReadPlaces(form, base, in);
  s.neighbourhood_ids.clear();
  for (std::string_view id : form.GetAll("neighbourhoods")) s.neighbourhood_ids.emplace_back(id);
  return in;
}

http::Form ServiceFormFields(const DirectoryService& s) {
  http::Form f;
  f.Add("organisation_id", s.organisation_id);
  f.Add("name", s.name);
  f.Add("description", s.description);
  f.Add("status", std::string(directory::ServiceStatusKey(s.status)));
  f.Add("kind", std::string(directory::ServiceKindKey(s.kind)));
  f.Add("offer", std::string(directory::OfferKey(s.offer)));
  for (directory::Need n : s.needs) f.Add("needs", std::string(directory::NeedKey(n)));
  const directory::Eligibility& e = s.eligibility;
  f.Add("minimum_age", e.minimum_age ? std::to_string(*e.minimum_age) : "");
  f.Add("maximum_age", e.maximum_age ? std::to_string(*e.maximum_age) : "");
  f.Add("gender", std::string(directory::GenderFocusKey(e.gender)));
  f.Add("cultural_focus", e.cultural_focus);
  f.Add("eligibility_description", e.description);
  std::string languages;
  for (const std::string& code : s.languages) {
    languages += (languages.empty() ? "" : ", ") + LanguageShown(code);
  }
  f.Add("languages", languages);
  f.Add("phone", s.contact.phone);
  f.Add("email", s.contact.email);
  f.Add("website", s.contact.website);
  f.Add("introduction_route", std::string(directory::IntroductionRouteKey(s.introduction_route)));
  f.Add("how_to_introduce", s.how_to_introduce);
  for (int day = 0; day < 7; ++day) {
    int n = 0;
    for (const WeeklyOpening& w : s.opening) {
      if (w.weekday != day) continue;
      const std::string row = "opening_" + std::to_string(day) + "_" + std::to_string(n++);
      f.Add(row + "_opens", ClockInput(w.opens_at));
      f.Add(row + "_closes", ClockInput(w.closes_at));
    }
    if (n == 0) {
      const std::string row = "opening_" + std::to_string(day) + "_0";
      f.Add(row + "_opens", "");
      f.Add(row + "_closes", "");
    }
  }
  f.Add("opening_notes", s.opening_notes);
  f.Add("free", s.free ? "yes" : "no");
  f.Add("cost", s.cost);
  f.Add("typical_wait_days", s.typical_wait_days ? std::to_string(*s.typical_wait_days) : "");
  for (std::size_t k = 0; k < s.places.size(); ++k) {
    const Place& p = s.places[k];
    const std::string row = "place_" + std::to_string(k) + "_";
    f.Add(row + "id", p.id);
    if (p.is_virtual) f.Add(row + "virtual", "yes");
    f.Add(row + "name", p.name);
    f.Add(row + "address_1", p.address_1);
    f.Add(row + "city", p.city);
    f.Add(row + "postcode", p.postcode);
    std::string accessibility;
    for (const std::string& a : p.accessibility) {
      accessibility += (accessibility.empty() ? "" : "\n") + a;
    }
    f.Add(row + "accessibility", accessibility);
  }
  for (const char* member : {"name", "address_1", "city", "postcode", "accessibility"}) {
    f.Add(std::string("place_new_") + member, "");
  }
  for (const std::string& id : s.neighbourhood_ids) f.Add("neighbourhoods", id);
  return f;
}

std::string ServiceFormField(std::string_view field, const ServiceFormInput& in) {
  static constexpr std::pair<std::string_view, std::string_view> kPlain[] = {
      {"eligibility.minimum_age", "minimum_age"},
      {"eligibility.maximum_age", "maximum_age"},
      {"eligibility.gender", "gender"},
      {"eligibility.cultural_focus", "cultural_focus"},
      {"eligibility.description", "eligibility_description"},
      {"contact.phone", "phone"},
      {"contact.email", "email"},
      {"contact.website", "website"},
      {"neighbourhood_ids", "neighbourhoods"},
  };
  for (const auto& [domain, form] : kPlain) {
    if (field == domain || (field.starts_with(domain) && field[domain.size()] == '[')) {
      return std::string(form);
    }
  }
  // "list[i].member" or "list[i]" or "list".
  auto indexed = [&](std::string_view list) -> std::optional<std::pair<std::size_t, std::string>> {
    if (!field.starts_with(list)) return std::nullopt;
    std::string_view rest = field.substr(list.size());
    if (rest.empty()) return std::pair{std::size_t{0}, std::string()};
    if (rest.front() != '[') return std::nullopt;  // another field, like opening_notes
    const std::size_t close = rest.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    std::size_t i = 0;
    auto [ptr, ec] = std::from_chars(rest.data() + 1, rest.data() + close, i);
    if (ec != std::errc() || ptr != rest.data() + close) return std::nullopt;
    std::string member(rest.substr(close + 1));
    if (member.starts_with('.')) member.erase(0, 1);
    return std::pair{i, member};
  };
  if (field.starts_with("needs")) return "needs";
  if (field.starts_with("languages")) return "languages";
  if (auto at = indexed("opening")) {
    if (in.opening_rows.empty()) return "opening_0_0_opens";
    const std::string& row = in.opening_rows[std::min(at->first, in.opening_rows.size() - 1)];
    return row + (at->second == "closes_at" ? "_closes" : "_opens");
  }
  if (auto at = indexed("places")) {
    if (in.place_rows.empty()) return "place_new_name";
    const std::string& row = in.place_rows[std::min(at->first, in.place_rows.size() - 1)];
    std::string member = at->second;
    if (member.starts_with("accessibility")) return row + "_accessibility";
    if (member == "address_1" || member == "city" || member == "postcode")
      return row + "_" + member;
    if (member == "latitude" || member == "longitude") return row + "_postcode";
    return row + "_name";
  }
  if (field == "id" || field == "organisation_id" || field.starts_with("checked") ||
      field.starts_with("other_terms") || field == "based_on") {
    return field == "organisation_id" ? "organisation_id" : "name";
  }
  return std::string(field);
}

}  // namespace lw::web

#include "domain/directory/validate.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/ids.h"
#include "domain/frontdoor/contact_details.h"
#include "domain/frontdoor/text_field.h"
#include "domain/people/postcode.h"

namespace lw::directory {
namespace {

using Errors = std::vector<FieldError>;

std::string Lower(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

void Trim(std::string& text) { text = TrimText(text); }
void TrimAll(std::vector<std::string>& texts) {
  for (std::string& t : texts) Trim(t);
}

bool HasControl(std::string_view text, bool multiline) {
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (multiline && (c == '\n' || c == '\r' || c == '\t')) continue;
    if (u < 0x20 || u == 0x7f) return true;
  }
  return false;
}

// A text of at most `max` characters; `label` begins the message.
void Text(std::string_view value, std::string field, std::string_view label, std::size_t max,
          Errors& errors, bool multiline = false) {
  const std::size_t length = Utf8Length(value);
  if (length == std::string_view::npos || HasControl(value, multiline)) {
    errors.push_back(
        {std::move(field), std::string(label) + " contains characters we cannot save"});
  } else if (length > max) {
    errors.push_back({std::move(field), std::string(label) + " must be " + std::to_string(max) +
                                            " characters or fewer"});
  }
}

void Required(std::string_view value, std::string field, std::string_view label, std::size_t max,
              Errors& errors) {
  if (value.empty()) {
    errors.push_back({std::move(field), "Enter the " + Lower(label)});
    return;
  }
  Text(value, std::move(field), label, max, errors);
}

void Uuid(std::string_view value, std::string field, std::string_view what, Errors& errors) {
  if (!IsValidUuid(value)) {
    errors.push_back({std::move(field), std::string(what) +
                                            " must be a UUID, such as "
                                            "0b5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d"});
  }
}

bool IsWebsite(std::string_view url) {
  const std::string lower = Lower(url.substr(0, std::min<std::size_t>(url.size(), 8)));
  std::size_t rest = 0;
  if (lower.starts_with("https://")) {
    rest = 8;
  } else if (lower.starts_with("http://")) {
    rest = 7;
  } else {
    return false;
  }
  if (url.size() <= rest || url[rest] == '/' || url[rest] == '.') return false;
  return std::ranges::none_of(url, [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\';
  });
}

bool IsPhone(std::string_view phone) {
  int digits = 0;
  for (char c : phone) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != ' ' && c != '+' && c != '(' && c != ')' && c != '-') {
      return false;
    }
  }
  return digits >= 3 && digits <= 15;
}

void CheckContact(const Contact& c, Errors& errors) {
  if (!c.phone.empty() && !IsPhone(c.phone)) {
    errors.push_back({"contact.phone",
                      "Enter a phone number using digits, spaces, brackets and + only, like 0161 "
                      "330 2156"});
  }
  if (!c.email.empty() && (c.email.size() > kMaxShortTextChars || HasControl(c.email, false) ||
                           !LooksLikeEmailAddress(c.email))) {
    errors.push_back(
        {"contact.email", "Enter an email address in the correct format, like name@example.org"});
  }
  if (!c.website.empty() && (c.website.size() > kMaxUrlChars || !IsWebsite(c.website))) {
    errors.push_back({"contact.website",
                      "Enter a website address starting http:// or https://, like "
                      "https://www.example.org"});
  }
}

void CheckChecked(const Checked& c, Errors& errors) {
  Text(c.by_user_id, "checked.by_user_id", "Who checked it", kMaxShortTextChars, errors);
  Text(c.by_name, "checked.by_name", "Who checked it", kMaxShortTextChars, errors);
}

// Each of `texts` within limits, at most `max_items`, none twice.
void TextList(const std::vector<std::string>& texts, const std::string& field,
              std::string_view label, Errors& errors) {
  if (texts.size() > kMaxListItems) {
    errors.push_back({field, "List at most " + std::to_string(kMaxListItems) + " " + Lower(label)});
    return;
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::string at = field + "[" + std::to_string(i) + "]";
    if (texts[i].empty()) {
      errors.push_back({at, "Remove the empty entry from " + Lower(label)});
      continue;
    }
    Text(texts[i], at, label, kMaxShortTextChars, errors);
    if (!seen.insert(Lower(texts[i])).second) {
      errors.push_back({at, "'" + texts[i] + "' is listed twice in " + Lower(label)});
    }
  }
}

void CheckEligibility(const Eligibility& e, Errors& errors) {
  auto age = [&](const std::optional<int>& value, const char* field, const char* label) {
    if (value && (*value < 0 || *value > kMaxAge)) {
      errors.push_back(
          {field, std::string(label) + " must be between 0 and " + std::to_string(kMaxAge)});
      return false;
    }
    return true;
  };
  const bool min_ok = age(e.minimum_age, "eligibility.minimum_age", "Minimum age");
  const bool max_ok = age(e.maximum_age, "eligibility.maximum_age", "Maximum age");
  if (min_ok && max_ok && e.minimum_age && e.maximum_age && *e.minimum_age > *e.maximum_age) {
    errors.push_back({"eligibility.maximum_age",
                      "Maximum age must be the same as or more than "
                      "the minimum age"});
  }
  Text(e.cultural_focus, "eligibility.cultural_focus", "Cultural focus", kMaxShortTextChars,
       errors);
  Text(e.description, "eligibility.description", "Who it is for", kMaxNoteChars, errors, true);
}

void CheckOpening(const std::vector<WeeklyOpening>& opening, Errors& errors) {
  if (opening.size() > kMaxListItems) {
    errors.push_back(
        {"opening", "List at most " + std::to_string(kMaxListItems) + " opening times"});
    return;
  }
  for (std::size_t i = 0; i < opening.size(); ++i) {
    const WeeklyOpening& w = opening[i];
    const std::string at = "opening[" + std::to_string(i) + "]";
    if (w.weekday < 0 || w.weekday > 6) {
      errors.push_back({at + ".weekday", "Day must be Monday to Sunday (0 to 6)"});
    }
    if (w.opens_at < 0 || w.opens_at >= 1440) {
      errors.push_back({at + ".opens_at", "Opening time must be between 00:00 and 23:59"});
    } else if (w.closes_at <= w.opens_at || w.closes_at > 1440) {
      errors.push_back({at + ".closes_at",
                        "Closing time must be after the opening time, and "
                        "no later than midnight"});
    }
  }
}

void CheckPlace(const Place& p, const std::string& at, Errors& errors) {
  Uuid(p.id, at + ".id", "A place's id", errors);
  Text(p.name, at + ".name", "Place name", kMaxShortTextChars, errors);
  Text(p.address_1, at + ".address_1", "Address", kMaxShortTextChars, errors);
  Text(p.city, at + ".city", "Town or city", kMaxShortTextChars, errors);
  Text(p.neighbourhood_id, at + ".neighbourhood_id", "Neighbourhood", kMaxShortTextChars, errors);
  if (!p.postcode.empty() && !ParsePostcode(p.postcode)) {
    errors.push_back({at + ".postcode", "Enter a real postcode, like SK14 2QR"});
  }
  if (p.latitude.has_value() != p.longitude.has_value()) {
    errors.push_back({at + (p.latitude ? ".longitude" : ".latitude"),
                      "Give both the latitude and the longitude, or neither"});
  } else if (p.latitude) {
    if (!std::isfinite(*p.latitude) || *p.latitude < kMinLatitude || *p.latitude > kMaxLatitude) {
      errors.push_back({at + ".latitude", "Latitude must be in the UK, between 49 and 61"});
    }
    if (!std::isfinite(*p.longitude) || *p.longitude < kMinLongitude ||
        *p.longitude > kMaxLongitude) {
      errors.push_back({at + ".longitude", "Longitude must be in the UK, between -9 and 2.5"});
    }
  }
  if (p.accessibility.size() > kMaxListItems) {
    errors.push_back({at + ".accessibility",
                      "List at most " + std::to_string(kMaxListItems) + " accessibility features"});
  } else {
    for (std::size_t i = 0; i < p.accessibility.size(); ++i) {
      Text(p.accessibility[i], at + ".accessibility[" + std::to_string(i) + "]", "Accessibility",
           kMaxShortTextChars, errors);
    }
  }
}

void CheckPlaces(const std::vector<Place>& places, Errors& errors) {
  if (places.size() > kMaxPlaces) {
    errors.push_back({"places", "List at most " + std::to_string(kMaxPlaces) + " places"});
    return;
  }
  std::set<std::string> ids;
  for (std::size_t i = 0; i < places.size(); ++i) {
    const std::string at = "places[" + std::to_string(i) + "]";
    CheckPlace(places[i], at, errors);
    if (!places[i].id.empty() && !ids.insert(places[i].id).second) {
      errors.push_back({at + ".id", "This place is listed twice"});
    }
  }
}

void CheckNeeds(const std::vector<Need>& needs, Errors& errors) {
  if (needs.size() > kMaxNeeds) {
    errors.push_back({"needs", "Choose at most " + std::to_string(kMaxNeeds) + " needs"});
    return;
  }
  std::set<Need> seen;
  for (std::size_t i = 0; i < needs.size(); ++i) {
    if (!seen.insert(needs[i]).second) {
      errors.push_back({"needs[" + std::to_string(i) + "]",
                        std::string(NeedDisplayName(needs[i])) + " is chosen twice"});
    }
  }
}

void NormaliseContact(Contact& c) {
  Trim(c.phone);
  Trim(c.email);
  Trim(c.website);
}

}  // namespace

void NormaliseOrganisation(DirectoryOrganisation& o) {
  o.id = Lower(TrimText(o.id));
  Trim(o.name);
  Trim(o.description);
  NormaliseContact(o.contact);
  Trim(o.charity_number);
  Trim(o.partner_organisation_id);
  Trim(o.checked.by_name);
}

void NormaliseService(DirectoryService& s) {
  s.id = Lower(TrimText(s.id));
  s.organisation_id = Lower(TrimText(s.organisation_id));
  Trim(s.name);
  Trim(s.description);
  TrimAll(s.other_terms);
  Trim(s.eligibility.cultural_focus);
  Trim(s.eligibility.description);
  TrimAll(s.languages);
  for (std::string& language : s.languages) language = Lower(language);
  NormaliseContact(s.contact);
  Trim(s.how_to_introduce);
  Trim(s.opening_notes);
  Trim(s.cost);
  for (Place& p : s.places) {
    p.id = Lower(TrimText(p.id));
    Trim(p.name);
    Trim(p.address_1);
    Trim(p.city);
    Trim(p.postcode);
    if (auto normal = ParsePostcode(p.postcode)) p.postcode = *normal;
    TrimAll(p.accessibility);
  }
  TrimAll(s.neighbourhood_ids);
  Trim(s.checked.by_name);
}

Status ValidateOrganisation(const DirectoryOrganisation& o) {
  Errors errors;
  Uuid(o.id, "id", "The organisation's id", errors);
  Required(o.name, "name", "Name", kMaxNameChars, errors);
  Text(o.description, "description", "Description", kMaxDescriptionChars, errors, true);
  CheckContact(o.contact, errors);
  Text(o.charity_number, "charity_number", "Charity number", kMaxShortTextChars, errors);
  Text(o.partner_organisation_id, "partner_organisation_id", "Partner organisation",
       kMaxShortTextChars, errors);
  CheckChecked(o.checked, errors);
  return FieldErrors(std::move(errors));
}

Status ValidateService(const DirectoryService& s) {
  Errors errors;
  Uuid(s.id, "id", "The service's id", errors);
  Uuid(s.organisation_id, "organisation_id", "The organisation's id", errors);
  Required(s.name, "name", "Name", kMaxNameChars, errors);
  Text(s.description, "description", "Description", kMaxDescriptionChars, errors, true);
  CheckNeeds(s.needs, errors);
  TextList(s.other_terms, "other_terms", "Other terms", errors);
  CheckEligibility(s.eligibility, errors);
  TextList(s.languages, "languages", "Languages", errors);
  CheckContact(s.contact, errors);
  Text(s.how_to_introduce, "how_to_introduce", "How introductions work", kMaxNoteChars, errors,
       true);
  CheckOpening(s.opening, errors);
  Text(s.opening_notes, "opening_notes", "Notes on opening times", kMaxNoteChars, errors, true);
  Text(s.cost, "cost", "Cost", kMaxShortTextChars, errors);
  if (s.typical_wait_days && (*s.typical_wait_days < 0 || *s.typical_wait_days > kMaxWaitDays)) {
    errors.push_back({"typical_wait_days", "Typical wait must be between 0 and " +
                                               std::to_string(kMaxWaitDays) + " days"});
  }
  CheckPlaces(s.places, errors);
  TextList(s.neighbourhood_ids, "neighbourhood_ids", "Neighbourhoods", errors);
  CheckChecked(s.checked, errors);
  return FieldErrors(std::move(errors));
}

}  // namespace lw::directory

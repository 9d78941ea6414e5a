// Field-by-field differences between two versions of a directory entry
// (directory_changes.h).
#include "web/directory_changes.h"

#include <string>
#include <utility>
#include <vector>

#include "domain/directory/languages.h"
#include "domain/directory/opening_hours.h"
#include "web/directory_pages.h"
#include "web/form_components.h"

namespace lw::web {

namespace {

using directory::DirectoryService;

std::string Joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

std::string Ages(const directory::Eligibility& e) {
  if (e.minimum_age && e.maximum_age) {
    return std::to_string(*e.minimum_age) + " to " + std::to_string(*e.maximum_age);
  }
  if (e.minimum_age) return std::to_string(*e.minimum_age) + " and over";
  if (e.maximum_age) return "up to " + std::to_string(*e.maximum_age);
  return "Any age";
}

std::string Opening(const DirectoryService& s) {
  std::vector<std::string> lines;
  lines.reserve(s.opening.size());
  for (const directory::WeeklyOpening& w : s.opening) {
    lines.push_back(std::string(directory::WeekdayName(w.weekday)) + " " + ClockTime(w.opens_at) +
                    " to " + ClockTime(w.closes_at));
  }
  return Joined(lines, "\n");
}

std::string Places(const DirectoryService& s) {
  std::vector<std::string> lines;
  lines.reserve(s.places.size());
  for (const directory::Place& p : s.places) {
    std::string line =
        Joined(p.is_virtual ? std::vector<std::string>{p.name, "online or by phone"}
                            : std::vector<std::string>{p.name, p.address_1, p.city, p.postcode},
               ", ");
    if (!p.accessibility.empty()) line += " (" + Joined(p.accessibility, ", ") + ")";
    lines.push_back(std::move(line));
  }
  return Joined(lines, "\n");
}

}  // namespace

std::vector<EntryLine> EntryLines(const DirectoryService& s,
                                  std::span<const Neighbourhood> neighbourhoods) {
  std::vector<std::string> needs;
  needs.reserve(s.needs.size());
  for (directory::Need n : s.needs) needs.emplace_back(directory::NeedDisplayName(n));
  std::vector<std::string> languages;
  languages.reserve(s.languages.size());
  for (const std::string& code : s.languages) {
    std::string_view name = directory::LanguageName(code);
    languages.push_back(name.empty() ? code : std::string(name));
  }
  std::vector<std::string> areas;
  areas.reserve(s.neighbourhood_ids.size());
  for (const std::string& id : s.neighbourhood_ids) {
    std::string name = id;
    for (const Neighbourhood& n : neighbourhoods) {
      if (n.id == id) name = n.name;
    }
    areas.push_back(std::move(name));
  }
  return {
      {"Name", s.name},
      {"Description", s.description},
      {"Status", std::string(directory::ServiceStatusDisplayName(s.status))},
      {"Kind", std::string(directory::ServiceKindDisplayName(s.kind))},
      {"Part of", std::string(directory::OfferDisplayName(s.offer))},
      {"Helps with", Joined(needs, ", ")},
      {"Age", Ages(s.eligibility)},
      {"Gender", std::string(directory::GenderFocusDisplayName(s.eligibility.gender))},
      {"Cultural focus", s.eligibility.cultural_focus},
      {"Who it is for", s.eligibility.description},
      {"Languages", Joined(languages, ", ")},
      {"Phone", s.contact.phone},
      {"Email", s.contact.email},
      {"Website", s.contact.website},
      {"How introductions are made",
       std::string(directory::IntroductionRouteDisplayName(s.introduction_route))},
      {"How introductions work", s.how_to_introduce},
      {"Opening times", Opening(s)},
      {"Notes on opening times", s.opening_notes},
      {"Cost", s.free ? std::string("Free") : (s.cost.empty() ? "There is a charge" : s.cost)},
      {"Typical wait",
       s.typical_wait_days ? std::to_string(*s.typical_wait_days) + " days" : std::string()},
      {"Places", Places(s)},
      {"Areas served", areas.empty() ? std::string("The whole locality") : Joined(areas, ", ")},
  };
}

std::vector<EntryChange> EntryChanges(const DirectoryService& was, const DirectoryService& now,
                                      std::span<const Neighbourhood> neighbourhoods) {
  const std::vector<EntryLine> before = EntryLines(was, neighbourhoods);
  std::vector<EntryLine> after = EntryLines(now, neighbourhoods);
  std::vector<EntryChange> out;
  for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
    if (before[i].value == after[i].value) continue;
    out.push_back({.label = std::move(after[i].label),
                   .was = before[i].value,
                   .now = std::move(after[i].value)});
  }
  return out;
}

void ChangesTable(Html& h, std::span<const EntryChange> changes, const ChangesHeadings& headings) {
  if (changes.empty()) return;
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption\">"
    << Text(headings.caption)
    << "</caption>\n<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">"
       "<th scope=\"col\" class=\"nhsuk-table__header\">Field</th>"
       "<th scope=\"col\" class=\"nhsuk-table__header\">"
    << Text(headings.was) << "</th><th scope=\"col\" class=\"nhsuk-table__header\">"
    << Text(headings.now) << "</th></tr></thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const EntryChange& c : changes) {
    h << "<tr class=\"nhsuk-table__row\"><th scope=\"row\" class=\"nhsuk-table__header\">"
      << Text(c.label) << "</th><td class=\"nhsuk-table__cell\">";
    if (c.was.empty()) {
      h << "Not given";
    } else {
      MultilineText(h, c.was);
    }
    h << "</td><td class=\"nhsuk-table__cell\">";
    if (c.now.empty()) {
      h << "Not given";
    } else {
      MultilineText(h, c.now);
    }
    h << "</td></tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

}  // namespace lw::web

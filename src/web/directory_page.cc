// GET /directory/services/{id} (directory_pages.h): one entry of the
// directory, in NHS.UK summary lists.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/components.h"
#include "web/directory_pages.h"
#include "web/frontdoor_widgets.h"

namespace lw::web {

namespace {

using directory::DirectoryService;
using directory::Place;

constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};

std::string_view LanguageName(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"en", "English"}, {"ur", "Urdu"},     {"pa", "Punjabi"},  {"bn", "Bengali"},
      {"pl", "Polish"},  {"ar", "Arabic"},   {"fa", "Persian"},  {"ku", "Kurdish"},
      {"zh", "Chinese"}, {"gu", "Gujarati"}, {"so", "Somali"},   {"ro", "Romanian"},
      {"cy", "Welsh"},   {"ti", "Tigrinya"}, {"uk", "Ukrainian"}};
  for (const auto& [c, name] : kNames) {
    if (c == code) return name;
  }
  return code;
}

std::string Joined(const std::vector<std::string>& parts, std::string_view empty) {
  if (parts.empty()) return std::string(empty);
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

std::string Ages(const directory::Eligibility& e) {
  if (e.minimum_age && e.maximum_age) {
    return "Aged " + std::to_string(*e.minimum_age) + " to " + std::to_string(*e.maximum_age);
  }
  if (e.minimum_age) return "Aged " + std::to_string(*e.minimum_age) + " and over";
  if (e.maximum_age) return "Aged up to " + std::to_string(*e.maximum_age);
  return "Any age";
}

void Section(Html& h, std::string_view heading) {
  h << "<h2 class=\"nhsuk-heading-m\">" << Text(heading) << "</h2>\n";
}

void OpenList(Html& h) { h << "<dl class=\"nhsuk-summary-list\">\n"; }
void CloseList(Html& h) { h << "</dl>\n"; }

void Offers(Html& h, const DirectoryService& s) {
  Section(h, "What it offers");
  OpenList(h);
  std::vector<std::string> needs;
  needs.reserve(s.needs.size());
  for (directory::Need n : s.needs) needs.emplace_back(directory::NeedDisplayName(n));
  SummaryRow(h, "Helps with", Joined(needs, "Not listed"));
  if (!s.other_terms.empty()) SummaryRow(h, "Also listed under", Joined(s.other_terms, ""));
  SummaryRow(h, "Kind", directory::ServiceKindDisplayName(s.kind));
  SummaryRow(h, "Part of", directory::OfferDisplayName(s.offer));
  SummaryRow(h, "Cost", s.free ? "Free" : (s.cost.empty() ? "There is a charge" : s.cost));
  if (s.typical_wait_days) {
    SummaryRow(h, "Typical wait",
               *s.typical_wait_days == 0
                   ? std::string("No wait")
                   : "About " + std::to_string(*s.typical_wait_days) + " days to a first meeting");
  }
  CloseList(h);
}

void WhoFor(Html& h, const DirectoryService& s) {
  Section(h, "Who it is for");
  OpenList(h);
  SummaryRow(h, "Age", Ages(s.eligibility));
  SummaryRow(h, "Gender", directory::GenderFocusDisplayName(s.eligibility.gender));
  if (!s.eligibility.cultural_focus.empty()) {
    SummaryRow(h, "Cultural focus", s.eligibility.cultural_focus);
  }
  std::vector<std::string> languages;
  languages.reserve(s.languages.size());
  for (const std::string& l : s.languages) languages.emplace_back(LanguageName(l));
  SummaryRow(h, "Languages", Joined(languages, "Not listed"));
  if (!s.eligibility.description.empty()) SummaryRow(h, "Also", s.eligibility.description);
  CloseList(h);
}

void HowToReach(Html& h, const DirectoryService& s) {
  Section(h, "How to reach it");
  OpenList(h);
  SummaryRow(h, "How introductions work",
             directory::IntroductionRouteDisplayName(s.introduction_route));
  if (!s.how_to_introduce.empty()) SummaryRow(h, "In their words", s.how_to_introduce);
  if (!s.contact.phone.empty()) SummaryRow(h, "Phone", s.contact.phone);
  if (!s.contact.email.empty()) {
    h << "<div class=\"nhsuk-summary-list__row\">\n<dt class=\"nhsuk-summary-list__key\">Email"
         "</dt>\n<dd class=\"nhsuk-summary-list__value\"><a href=\"mailto:"
      << Attr(s.contact.email) << "\">" << Text(s.contact.email) << "</a></dd>\n</div>\n";
  }
  if (!s.contact.website.empty()) {
    // Validated as an absolute http(s) URL before it was stored.
    h << "<div class=\"nhsuk-summary-list__row\">\n<dt class=\"nhsuk-summary-list__key\">Website"
         "</dt>\n<dd class=\"nhsuk-summary-list__value\"><a href=\""
      << Attr(s.contact.website) << "\" rel=\"noopener noreferrer\">" << Text(s.contact.website)
      << "</a></dd>\n</div>\n";
  }
  CloseList(h);
}

void Opening(Html& h, const DirectoryService& s) {
  Section(h, "Opening times");
  if (s.opening.empty()) {
    h << "<p>No regular opening times are listed.</p>\n";
  } else {
    h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption "
         "nhsuk-u-visually-hidden\">Opening times</caption>\n<thead class=\"nhsuk-table__head\">"
         "<tr class=\"nhsuk-table__row\"><th scope=\"col\" class=\"nhsuk-table__header\">Day</th>"
         "<th scope=\"col\" class=\"nhsuk-table__header\">Times</th></tr></thead>\n"
         "<tbody class=\"nhsuk-table__body\">\n";
    for (const directory::WeeklyOpening& w : s.opening) {
      const bool known_day = w.weekday >= 0 && w.weekday < 7;
      h << "<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\">"
        << Text(known_day ? kWeekdays[w.weekday] : std::string_view("Another day"))
        << "</td><td class=\"nhsuk-table__cell\">"
        << Text(ClockTime(w.opens_at) + " to " + ClockTime(w.closes_at)) << "</td></tr>\n";
    }
    h << "</tbody>\n</table>\n";
  }
  if (!s.opening_notes.empty()) h << "<p>" << Text(s.opening_notes) << "</p>\n";
}

void Places(Html& h, const DirectoryService& s) {
  Section(h, s.places.size() == 1 ? "Where" : "Places");
  if (s.places.empty()) {
    h << "<p>No place is listed.</p>\n";
    return;
  }
  for (const Place& p : s.places) {
    h << "<h3 class=\"nhsuk-heading-s\">" << Text(p.name.empty() ? "A place" : p.name) << "</h3>\n";
    OpenList(h);
    if (p.is_virtual) {
      SummaryRow(h, "Where", "Online or by phone");
    } else {
      std::vector<std::string> lines;
      for (const std::string* part : {&p.address_1, &p.city, &p.postcode}) {
        if (!part->empty()) lines.push_back(*part);
      }
      SummaryRow(h, "Address", Joined(lines, "Not given"));
    }
    SummaryRow(h, "Accessibility", Joined(p.accessibility, "Not listed"));
    CloseList(h);
  }
}

void LastChecked(Html& h, const DirectoryServicePageView& v) {
  const directory::Checked& c = v.entry.service.checked;
  h << "<p class=\"nhsuk-body-s\" id=\"last-checked\">";
  if (c.on) {
    h << Text("Last checked " + c.on->ToDisplay() +
              (c.by_name.empty() ? std::string() : " by " + c.by_name));
  } else {
    h << "Never checked";
  }
  h << "</p>\n";
}

std::string StaleWords(int days) {
  if (days >= 365 && days < 730) return "Not checked for over a year";
  return "Not checked for over " + std::to_string(days) + " days";
}

}  // namespace

std::string ClockTime(int minutes) {
  if (minutes <= 0 || minutes >= 1440) return "midnight";
  if (minutes == 720) return "midday";
  const int hour = minutes / 60;
  const int minute = minutes % 60;
  const int shown = hour % 12 == 0 ? 12 : hour % 12;
  std::string out = std::to_string(shown);
  if (minute != 0) out += (minute < 10 ? ":0" : ":") + std::to_string(minute);
  return out + (hour < 12 ? "am" : "pm");
}

Page DirectoryServicePage(const DirectoryServicePageView& v) {
  const DirectoryService& s = v.entry.service;
  Page page{.title = s.name, .status = v.status, .has_errors = !v.errors.empty()};
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  if (!v.errors.empty()) ErrorSummary(h, v.errors);
  if (v.done == "checked") SuccessBanner(h, "Marked as checked today");
  if (v.done == "saved") SuccessBanner(h, "Your changes are saved. Everyone now sees them.");
  if (v.done == "created") SuccessBanner(h, "The service is added to the directory.");
  if (v.done == "awaiting-review") {
    SuccessBanner(h,
                  "Your changes are saved. An administrator will review them before everyone "
                  "else sees them.");
  }
  h << "<span class=\"nhsuk-caption-l\">" << Text(v.entry.organisation.name) << "</span>\n"
    << "<h1 class=\"nhsuk-heading-l\">" << Text(s.name) << "</h1>\n<p>";
  if (s.offer == directory::Offer::kNetwork) {
    frontdoor::Tag(h, "nhsuk-tag--blue", directory::OfferDisplayName(s.offer));
  } else {
    frontdoor::Tag(h, "nhsuk-tag--green", directory::OfferDisplayName(s.offer));
  }
  if (s.status != directory::ServiceStatus::kActive) {
    h << " ";
    frontdoor::Tag(h, "nhsuk-tag--grey", directory::ServiceStatusDisplayName(s.status));
  }
  if (v.entry.stale) {
    h << " ";
    frontdoor::Tag(h, "nhsuk-tag--orange", StaleWords(v.stale_after_days));
  }
  if (v.entry.pending) {
    h << " ";
    frontdoor::Tag(h, "nhsuk-tag--yellow", "Awaiting review");
  }
  h << "</p>\n";
  frontdoor::Paragraphs(h, s.description, "<p>No description yet.</p>\n");
  LastChecked(h, v);
  if (v.entry.may_change) {
    h << "<form action=\"/directory/services/" << Attr(s.id)
      << "/checked\" method=\"post\" novalidate>\n";
    CsrfField(h, v.csrf_token);
    frontdoor::Hidden(h, "version", std::to_string(s.version));
    h << "<button class=\"nhsuk-button nhsuk-button--secondary\" data-module=\"nhsuk-button\" "
         "type=\"submit\" id=\"checked\">Mark as checked</button>\n</form>\n"
      << "<p><a class=\"nhsuk-link\" href=\"/directory/services/" << Attr(s.id)
      << "/edit\">Edit this entry</a> · <a class=\"nhsuk-link\" href=\"/directory/services/"
      << Attr(s.id) << "/history\">Every version</a></p>\n";
  }
  if (v.entry.may_publish) {
    h << "<p><a class=\"nhsuk-link\" href=\"/directory/review#review-" << Attr(s.id)
      << "\">Review and publish this change</a></p>\n";
  }
  Offers(h, s);
  WhoFor(h, s);
  HowToReach(h, s);
  Opening(h, s);
  Places(h, s);
  h << "</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

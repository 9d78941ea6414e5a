// /directory/mine, /directory/review and a service's history
// (directory_manage_pages.h).
#include "web/directory_manage_pages.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "web/components.h"
#include "web/directory_changes.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"

namespace lw::web {

namespace {

using directory::DirectoryService;

void OpenTable(Html& h, std::string_view caption, std::initializer_list<std::string_view> heads) {
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption\">" << Text(caption)
    << "</caption>\n<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">";
  for (std::string_view head : heads) {
    h << "<th scope=\"col\" class=\"nhsuk-table__header\">" << Text(head) << "</th>";
  }
  h << "</tr></thead>\n<tbody class=\"nhsuk-table__body\">\n";
}

void CloseTable(Html& h) { h << "</tbody>\n</table>\n"; }

void Cell(Html& h) { h << "<td class=\"nhsuk-table__cell\">"; }

std::string Entry(std::string_view id) { return "/directory/services/" + std::string(id); }

// A link whose words are `text` and, for screen readers, the name of what
// it is about.
void LinkAbout(Html& h, std::string_view href, std::string_view text, std::string_view about) {
  h << "<a class=\"nhsuk-link\" href=\"" << Attr(href) << "\">" << Text(text)
    << "<span class=\"nhsuk-u-visually-hidden\"> " << Text(about) << "</span></a>";
}

void ServiceRow(Html& h, const DirectoryServiceView& v, bool several_organisations,
                int stale_after_days) {
  const DirectoryService& s = v.service;
  h << "<tr class=\"nhsuk-table__row\">";
  Cell(h);
  h << "<a class=\"nhsuk-link\" href=\"" << Attr(Entry(s.id)) << "\">" << Text(s.name) << "</a>";
  if (several_organisations) h << "<br>" << Text(v.organisation.name);
  h << "</td>";
  Cell(h);
  h << Text(directory::ServiceStatusDisplayName(s.status));
  if (v.pending) {
    h << "<br>";
    frontdoor::Tag(h, "nhsuk-tag--yellow", "Awaiting review");
  }
  h << "</td>";
  Cell(h);
  h << Text(s.checked.on ? s.checked.on->ToDisplay() : std::string("Never"));
  if (v.stale) {
    h << "<br>";
    frontdoor::Tag(h, "nhsuk-tag--orange",
                   "Not checked for over " + std::to_string(stale_after_days) + " days");
  }
  h << "</td>";
  Cell(h);
  LinkAbout(h, Entry(s.id) + "/edit", "Edit", s.name);
  h << "</td></tr>\n";
}

}  // namespace

Page PartnerServicesPage(const PartnerServicesView& v) {
  Page page{.title = "Your services", .section = NavSection::kYourServices};
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-full\">\n"
       "<h1 class=\"nhsuk-heading-l\">Your services</h1>\n";
  if (v.organisations.empty() && v.services.empty()) {
    h << "<p>Your organisation does not look after any entries in the directory yet. An "
         "administrator can link your organisation to its entries.</p>\n</div>\n</div>\n";
    return page;
  }
  h << "<p>Keep your entries current: a practitioner reads them when they introduce someone to "
       "you. Change what is out of date, or mark an entry as checked on its page.</p>\n";
  if (v.services.empty()) {
    h << "<p>You have no services in the directory yet.</p>\n";
  } else {
    OpenTable(h, "Your services in the directory", {"Service", "Status", "Last checked", "Change"});
    const bool several = v.organisations.size() > 1;
    for (const DirectoryServiceView& s : v.services) ServiceRow(h, s, several, v.stale_after_days);
    CloseTable(h);
  }
  for (const directory::DirectoryOrganisation& o : v.organisations) {
    h << "<p><a class=\"nhsuk-button nhsuk-button--secondary\" href=\"/directory/services/"
         "new?organisation="
      << Attr(o.id) << "\">"
      << Text(v.organisations.size() > 1 ? "Add a service to " + o.name : "Add a service")
      << "</a></p>\n";
  }
  h << "</div>\n</div>\n";
  return page;
}

Page ReviewPage(const ReviewView& v) {
  Page page{.title = "Entries awaiting review",
            .status = v.status,
            .has_errors = !v.errors.empty(),
            .section = NavSection::kDirectoryReview};
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-full\">\n";
  ErrorSummary(h, v.errors);
  if (v.done == "published") SuccessBanner(h, "Published. Everyone now sees the new version.");
  h << "<h1 class=\"nhsuk-heading-l\">Entries awaiting review</h1>\n";
  if (v.items.empty()) {
    h << "<p>Nothing is waiting for review.</p>\n</div>\n</div>\n";
    return page;
  }
  h << "<p>Partners' changes wait here until you publish them. Until then everyone else sees "
       "the last published version.</p>\n<ul class=\"nhsuk-list nhsuk-list--bullet\">\n";
  for (const ReviewItem& item : v.items) {
    const DirectoryService& s = item.entry.service;
    h << "<li><a class=\"nhsuk-link\" href=\"#review-" << Attr(s.id) << "\">Compare "
      << Text(s.name) << "</a> (" << Text(item.entry.organisation_name) << ")</li>\n";
  }
  h << "</ul>\n";
  for (const ReviewItem& item : v.items) {
    const DirectoryService& s = item.entry.service;
    h << "<h2 class=\"nhsuk-heading-m\" id=\"review-" << Attr(s.id) << "\">" << Text(s.name)
      << "</h2>\n<p>" << Text(item.entry.organisation_name) << ". Changed"
      << Text(item.changed_by.empty() ? std::string() : " by " + item.changed_by) << " on "
      << Text(FormatLondon(item.changed_at)) << ".</p>\n";
    const DirectoryService before = item.published.value_or(DirectoryService{});
    const std::vector<EntryChange> changes = EntryChanges(before, s, v.neighbourhoods);
    if (!item.published) h << "<p>A new entry: it has never been published.</p>\n";
    if (changes.empty()) {
      h << "<p>Nothing a reader sees has changed.</p>\n";
    } else {
      const std::string caption = "What changed in " + s.name;
      ChangesTable(
          h, changes,
          {.caption = caption, .was = item.published ? "Published" : "Before", .now = "Waiting"});
    }
    h << "<form action=\"" << Attr(Entry(s.id)) << "/publish\" method=\"post\" novalidate>\n";
    CsrfField(h, v.csrf_token);
    frontdoor::Hidden(h, "version", std::to_string(s.version));
    h << "<button class=\"nhsuk-button\" data-module=\"nhsuk-button\" type=\"submit\" "
         "id=\"publish-"
      << Attr(s.id) << "\">Publish<span class=\"nhsuk-u-visually-hidden\"> " << Text(s.name)
      << "</span></button>\n</form>\n<p>";
    LinkAbout(h, Entry(s.id), "Read the entry", s.name);
    h << " · ";
    LinkAbout(h, Entry(s.id) + "/history", "Every version", "of " + s.name);
    h << "</p>\n";
  }
  h << "</div>\n</div>\n";
  return page;
}

Page ServiceHistoryPage(const HistoryView& v) {
  const std::string name =
      v.versions.empty() ? std::string("this service") : v.versions.front().version.service.name;
  Page page{.title = "Every version of " + name, .section = NavSection::kDirectory};
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-full\">\n";
  BackLink(h, Entry(v.service_id));
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n";
  OpenTable(h, "Versions, newest first", {"Version", "When", "By", "What", "Published"});
  for (std::size_t i = 0; i < v.versions.size(); ++i) {
    const DirectoryServiceChange& c = v.versions[i];
    const DirectoryService& s = c.version.service;
    const bool published = s.publication == directory::Publication::kPublished;
    h << "<tr class=\"nhsuk-table__row\">";
    Cell(h);
    h << s.version << "</td>";
    Cell(h);
    h << Text(FormatLondon(c.version.change.changed_at)) << "</td>";
    Cell(h);
    h << Text(c.changed_by_name.empty() ? std::string("Not known") : c.changed_by_name) << "</td>";
    Cell(h);
    h << Text(c.version.change.reason) << "</td>";
    Cell(h);
    h << Text(published ? "Published" : (i == 0 ? "Awaiting review" : "Not published")) << "</td>";
    h << "</tr>\n";
  }
  CloseTable(h);
  h << "</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

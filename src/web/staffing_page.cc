// GET /staffing (staffing_pages.h): the check, neighbourhood by
// neighbourhood and then the locality, and the current posts.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "web/components.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"
#include "web/staffing_pages.h"

namespace lw::web {

std::string ShortNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", std::round(value * 100) / 100);
  std::string out(buffer);
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out == "-0" ? "0" : out;
}

namespace {

void Header(Html& h, Markup label) {
  h << "<th class=\"nhsuk-table__header\" scope=\"col\">" << label << "</th>\n";
}

void NumericHeader(Html& h, Markup label) {
  h << "<th class=\"nhsuk-table__header nhsuk-table__header--numeric\" scope=\"col\">" << label
    << "</th>\n";
}

void Cell(Html& h, std::string_view text) {
  h << "<td class=\"nhsuk-table__cell\">" << Text(text) << "</td>\n";
}

void NumericCell(Html& h, std::string_view text) {
  h << "<td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">" << Text(text) << "</td>\n";
}

std::string_view DoneMessage(std::string_view done) {
  if (done == "added") return "The post has been added";
  if (done == "changed") return "The post has been changed";
  if (done == "ended") return "The post has ended. It is kept in the post's history";
  return "";
}

// Their names, in alphabetical order.
std::string WhoMeetsIt(const StaffingOverview& o, const ClauseCheck& c) {
  std::vector<std::string> names;
  for (const std::string& id : c.user_ids) {
    auto it = o.user_names.find(id);
    names.push_back(it == o.user_names.end() || it->second.empty() ? "Another account"
                                                                   : it->second);
  }
  std::ranges::sort(names);
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out.empty() ? "Nobody yet" : out;
}

// One area's clauses: a table, then its gaps in a warning callout (or an
// inset saying it meets the minimum).
void Area(Html& h, const StaffingOverview& o, std::string_view anchor, std::string_view name,
          std::string_view gaps_heading, const std::vector<ClauseCheck>& clauses) {
  const bool met = std::ranges::all_of(clauses, &ClauseCheck::met);
  h << "<h2 class=\"nhsuk-heading-m\" id=\"" << Attr(anchor) << "\">" << Text(name) << " ";
  if (met) {
    frontdoor::Tag(h, "nhsuk-tag--green", "Meets the minimum");
  } else {
    frontdoor::Tag(h, "nhsuk-tag--red", "Gaps");
  }
  h << "</h2>\n<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption "
       "nhsuk-u-visually-hidden\">"
    << Text(name)
    << ": the minimum, clause by clause</caption>\n<thead class=\"nhsuk-table__head\">\n"
       "<tr class=\"nhsuk-table__row\">\n";
  Header(h, "The minimum asks for");
  NumericHeader(h, "Needs");
  NumericHeader(h, "Has");
  NumericHeader(h, "WTE");
  Header(h, "Met");
  if (o.shows_staff) Header(h, "Who");
  h << "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const ClauseCheck& c : clauses) {
    h << "<tr class=\"nhsuk-table__row\" id=\"" << Attr(anchor) << "-" << Attr(c.key) << "\">\n";
    Cell(h, c.description);
    NumericCell(h, std::to_string(c.required));
    NumericCell(h, std::to_string(c.found));
    NumericCell(h, ShortNumber(c.found_wte));
    h << "<td class=\"nhsuk-table__cell\">";
    if (c.met) {
      frontdoor::Tag(h, "nhsuk-tag--green", "Met");
    } else {
      frontdoor::Tag(h, "nhsuk-tag--red", "Not met");
    }
    h << "</td>\n";
    if (o.shows_staff) Cell(h, WhoMeetsIt(o, c));
    h << "</tr>\n";
  }
  h << "</tbody>\n</table>\n";
  if (met) {
    Html body;
    body << "<p>" << Text(name) << " meets the minimum.</p>\n";
    InsetText(h, body);
    return;
  }
  Html gaps;
  gaps << "<ul>\n";
  for (const ClauseCheck& c : clauses) {
    if (!c.met) gaps << "<li>" << Text(c.gap) << "</li>\n";
  }
  gaps << "</ul>\n";
  WarningCallout(h, gaps_heading, gaps, 3);
}

std::string BandText(const StaffPost& p) {
  return p.band ? std::string(BandDisplayName(*p.band)) : "No band";
}

void PostsTable(Html& h, const StaffingOverview& o) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"posts\">Current posts</h2>\n"
       "<a class=\"nhsuk-button\" data-module=\"nhsuk-button\" role=\"button\" draggable=\"false\" "
       "href=\"/staffing/posts/new\">Add a post</a>\n";
  if (o.posts.empty()) {
    h << "<p>No posts have been recorded yet.</p>\n";
    return;
  }
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption "
       "nhsuk-u-visually-hidden\">Current posts, by neighbourhood</caption>\n"
       "<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n";
  Header(h, "Name");
  Header(h, "Role");
  Header(h, "Band");
  NumericHeader(h, "Hours a week");
  Header(h, "Employer");
  Header(h, "Team");
  Header(h, "Neighbourhood");
  h << "<th class=\"nhsuk-table__header\" scope=\"col\"><span class=\"nhsuk-u-visually-hidden\">"
       "Change</span></th>\n</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const StaffPostView& v : o.posts) {
    const StaffPost& p = v.post;
    const std::string name = v.user_name.empty() ? "Another account" : v.user_name;
    h << "<tr class=\"nhsuk-table__row\">\n";
    Cell(h, name);
    std::string role = v.profession_title;
    if (p.safeguarding_lead) role += ", safeguarding lead";
    if (p.development_support) role += ", supported to develop";
    Cell(h, role);
    Cell(h, BandText(p));
    NumericCell(h, ShortNumber(p.hours_per_week));
    Cell(h, v.organisation_name);
    Cell(h, v.team_name);
    Cell(h, v.neighbourhood_name.empty() ? "Across the locality" : v.neighbourhood_name);
    h << "<td class=\"nhsuk-table__cell\"><a class=\"nhsuk-link\" href=\"/staffing/posts/"
      << Attr(p.id) << "\">Change<span class=\"nhsuk-u-visually-hidden\"> "
      << Text(name + "'s post") << "</span></a></td>\n</tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

}  // namespace

Page StaffingPage(const StaffingPageView& view) {
  const StaffingOverview& o = view.overview;
  Page page;
  page.title = "Staffing";
  page.section = NavSection::kStaffing;
  Html& h = page.content;
  if (std::string_view message = DoneMessage(view.done); !message.empty()) {
    SuccessBanner(h, message);
  }
  h << "<h1 class=\"nhsuk-heading-l\">Staffing</h1>\n"
       "<p class=\"nhsuk-body-l\">Each neighbourhood and the whole locality, checked against the "
       "Greater Manchester minimum staffing for Living Well.</p>\n";
  const auto met = static_cast<int>(std::ranges::count_if(
      o.check.neighbourhoods, [](const NeighbourhoodStaffingCheck& n) { return n.Met(); }));
  h << "<p>" << met << " of " << static_cast<int>(o.check.neighbourhoods.size())
    << (o.check.neighbourhoods.size() == 1 ? Markup(" neighbourhood meets")
                                           : Markup(" neighbourhoods meet"))
    << " the minimum; the locality "
    << (std::ranges::all_of(o.check.clauses, &ClauseCheck::met) ? Markup("meets")
                                                                : Markup("does not meet"))
    << " its own.</p>\n";
  if (!o.shows_staff) {
    h << "<p>Counts and gaps only: the names of staff are shown to team leads and "
         "administrators.</p>\n";
  }
  for (std::size_t i = 0; i < o.check.neighbourhoods.size() && i < o.neighbourhoods.size(); ++i) {
    const Neighbourhood& n = o.neighbourhoods[i];
    Area(h, o, "neighbourhood-" + n.id, n.name, "Gaps in " + n.name,
         o.check.neighbourhoods[i].clauses);
  }
  if (o.neighbourhoods.empty()) {
    h << "<p>The locality has no neighbourhoods yet, so only its own clauses are checked.</p>\n";
  }
  Area(h, o, "locality", "The whole locality", "Gaps in the whole locality", o.check.clauses);
  h << "<h2 class=\"nhsuk-heading-s\">How the check counts</h2>\n"
       "<p class=\"nhsuk-body-s\">Each clause counts people, not hours: someone with two posts "
       "counts once. WTE, the whole-time equivalent, adds up their hours as a share of a "
       "37.5-hour week. A neighbourhood counts only the posts in it; the locality counts every "
       "post, including those across the locality. Band 7 means band 7 or above; band 6 counts "
       "with support to develop. VCSE staff are those employed by a voluntary "
       "organisation.</p>\n";
  if (o.shows_staff) PostsTable(h, o);
  return page;
}

}  // namespace lw::web

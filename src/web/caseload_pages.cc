// GET /caseload, /caseload/{user_id} and /team/caseload (team_pages.h).
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>

#include "web/components.h"
#include "web/frontdoor_widgets.h"
#include "web/team_pages.h"

namespace lw::web {

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

std::string PersonName(const Person& p) {
  std::string name = p.CallName();
  if (!p.family_name.empty()) name += (name.empty() ? "" : " ") + p.family_name;
  return name.empty() ? "Name not recorded" : name;
}

std::string People(int n) { return std::to_string(n) + (n == 1 ? " person" : " people"); }

// One decimal place: "2.5".
std::string OneDecimal(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// "Weighted load counts each person by how much support they need now:
// light 1, regular 2, intensive 3." From the domain's weights.
void WeightsNote(Html& h) {
  h << "<p class=\"nhsuk-body-s\">Weighted load counts each person by how much support they need "
       "now:";
  const Intensity all[] = {Intensity::kLight, Intensity::kRegular, Intensity::kIntensive};
  for (std::size_t i = 0; i < std::size(all); ++i) {
    h << (i == 0 ? Markup(" ") : Markup(", ")) << Text(IntensityDisplayName(all[i])) << " "
      << IntensityWeight(all[i]);
  }
  h << ".</p>\n";
}

void NextDueCell(Html& h, const CaseloadLine& line) {
  h << "<td class=\"nhsuk-table__cell\">";
  if (!line.next_due) {
    h << "Nothing scheduled";
  } else {
    h << Text(DueKindDisplayName(line.next_due->kind)) << ", "
      << Text(line.next_due->on.ToDisplay());
    if (line.overdue) {
      h << " ";
      frontdoor::Tag(h, "nhsuk-tag--red", "Overdue");
    }
  }
  h << "</td>\n";
}

void CaseloadTable(Html& h, const CaseloadView& v, std::string_view caption) {
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption "
       "nhsuk-u-visually-hidden\">"
    << Text(caption)
    << ", soonest due first</caption>\n<thead class=\"nhsuk-table__head\">\n"
       "<tr class=\"nhsuk-table__row\">\n";
  Header(h, "Name");
  Header(h, "Intensity");
  Header(h, "Next due");
  Header(h, "Last seen");
  h << "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (std::size_t i = 0; i < v.caseload.lines.size(); ++i) {
    const CaseloadLine& line = v.caseload.lines[i];
    const std::string name = i < v.people.size() ? PersonName(v.people[i]) : "Name not recorded";
    h << "<tr class=\"nhsuk-table__row\">\n<td class=\"nhsuk-table__cell\"><a class=\"nhsuk-link\" "
         "href=\"/people/"
      << Attr(line.person_id) << "/record\">" << Text(name) << "</a></td>\n";
    Cell(h, IntensityDisplayName(line.intensity));
    NextDueCell(h, line);
    Cell(h, line.last_seen_on ? line.last_seen_on->ToDisplay() : "Not seen yet");
    h << "</tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

std::string WorkerName(const TeamCaseloadView& v, std::string_view user_id) {
  for (const User& u : v.workers) {
    if (u.id == user_id) return u.display_name;
  }
  return "";
}

}  // namespace

Page CaseloadPage(const CaseloadPageView& view) {
  const CaseloadView& v = view.caseload;
  Page page;
  page.title = view.own ? "My caseload" : v.worker.display_name + "'s caseload";
  page.section = NavSection::kCaseload;
  Html& h = page.content;
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n";
  const int overdue = static_cast<int>(std::count_if(
      v.caseload.lines.begin(), v.caseload.lines.end(), [](const auto& l) { return l.overdue; }));
  h << "<p class=\"nhsuk-body-l\">" << Text(People(v.caseload.count)) << ", weighted load "
    << v.caseload.weighted;
  if (overdue > 0) h << ". <strong>" << overdue << " overdue</strong>";
  h << ".</p>\n";
  if (v.caseload.lines.empty()) {
    h << "<p>"
      << (view.own ? Markup("You are not keyworker for anyone at the moment.")
                   : Markup("They are not keyworker for anyone at the moment."))
      << "</p>\n";
  } else {
    CaseloadTable(h, v, "People on " + (view.own ? std::string("your caseload") : page.title));
  }
  WeightsNote(h);
  h << "<p><a class=\"nhsuk-link\" href=\"/team/caseload\">How the team's work is shared</a></p>\n";
  return page;
}

Page TeamCaseloadPage(const TeamCaseloadPageView& view) {
  const TeamCaseloadView& v = view.team;
  const TeamBalance& b = v.balance;
  Page page;
  page.title = "How the team's work is shared";
  page.section = NavSection::kCaseload;
  Html& h = page.content;
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n"
    << "<p class=\"nhsuk-body-l\">" << Text(People(b.count)) << " supported, weighted load "
    << b.weighted << ", a mean of " << Text(OneDecimal(b.mean_weighted)) << " a worker.</p>\n";
  if (b.workers.empty()) {
    h << "<p>Nobody in the team is keyworker for anyone yet.</p>\n";
    return page;
  }
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption "
       "nhsuk-u-visually-hidden\">Each worker's caseload, heaviest first</caption>\n"
       "<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n";
  Header(h, "Worker");
  NumericHeader(h, "People");
  NumericHeader(h, "Weighted load");
  Header(h, "Share");
  h << "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const WorkerLoad& w : b.workers) {
    const std::string name = WorkerName(v, w.user_id);
    h << "<tr class=\"nhsuk-table__row\">\n<td class=\"nhsuk-table__cell\">";
    if (name.empty()) {
      h << "Another account";  // keyworker for someone, no longer in the team
    } else if (w.user_id == view.viewer_user_id) {
      h << "<a class=\"nhsuk-link\" href=\"/caseload\">" << Text(name) << "</a>";
    } else {
      h << "<a class=\"nhsuk-link\" href=\"/caseload/" << Attr(w.user_id) << "\">" << Text(name)
        << "</a>";
    }
    h << "</td>\n";
    NumericCell(h, std::to_string(w.count));
    NumericCell(h, std::to_string(w.weighted));
    h << "<td class=\"nhsuk-table__cell\">";
    if (w.heavy) {
      frontdoor::Tag(h, "nhsuk-tag--orange", "More than their share");
    } else if (w.count == 0) {
      h << "Has room";
    }
    h << "</td>\n</tr>\n";
  }
  h << "</tbody>\n<tfoot>\n<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"row\">Team</th>\n";
  NumericCell(h, std::to_string(b.count));
  NumericCell(h, std::to_string(b.weighted));
  Cell(h, "Mean " + OneDecimal(b.mean_weighted));
  h << "</tr>\n</tfoot>\n</table>\n";
  WeightsNote(h);
  char share[16];
  std::snprintf(share, sizeof share, "%g", kHeavyShare);
  h << "<p class=\"nhsuk-body-s\">Someone whose weighted load is more than " << Text(share)
    << " times the team's mean is flagged as carrying more than their share.</p>\n";
  return page;
}

}  // namespace lw::web

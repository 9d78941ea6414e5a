// GET /front-door/{id}/history, and "Their story so far" on a person's
// page (frontdoor_pages.h).
#include <algorithm>
#include <string>
#include <vector>

#include "base/dates.h"
#include "web/components.h"
#include "web/frontdoor_pages.h"
#include "web/frontdoor_widgets.h"

namespace lw::web {

namespace {

// A line of the story with a heading and the person's words under it,
// left out when nothing was said.
void Said(Html& h, Markup heading, std::string_view words) {
  if (words.find_first_not_of(" \t\r\n") == std::string_view::npos) return;
  h << "<h4 class=\"nhsuk-heading-xs\">" << heading << "</h4>\n";
  frontdoor::Paragraphs(h, words);
}

void OneIntroduction(Html& h, const Introduction& in) {
  h << "<div class=\"nhsuk-card\">\n<div class=\"nhsuk-card__content\">\n"
    << "<h3 class=\"nhsuk-card__heading nhsuk-heading-s\">"
    << Text(frontdoor::DayOf(in.received_at)) << ": "
    << Text(IntroductionSourceDisplayName(in.source)) << "</h3>\n"
    << "<p class=\"nhsuk-body-s\"><a class=\"nhsuk-link\" href=\"/front-door/" << Attr(in.id)
    << "\">Introduction " << Text(in.reference) << "</a>. " << Text(frontdoor::WhereItIs(in))
    << ".</p>\n";
  Said(h, "What was going on", in.in_their_words);
  Said(h, "The help they wanted", in.help_wanted);
  if (const auto& c = in.conversation) {
    Said(h, "What matters to them", c->what_matters);
    Said(h, "What was going on for them", c->whats_going_on);
    Said(h, "Their strengths", c->strengths);
    Said(h, "What would help", c->what_would_help);
    Said(h, "Who is in their corner", c->in_your_corner);
    Said(h, "A concern about safety", c->safety_concern);
    Said(h, "What was agreed", c->safety_agreed);
  }
  if (in.ending) {
    h << "<h4 class=\"nhsuk-heading-xs\">How it ended</h4>\n<p>"
      << Text(EndingDisplayName(*in.ending));
    if (in.closed_at) h << ", " << Text(frontdoor::DayOf(*in.closed_at));
    h << "</p>\n";
    frontdoor::Paragraphs(h, in.ending_note, "");
  }
  h << "</div>\n</div>\n";
}

}  // namespace

void StorySoFar(Html& h, std::span<const Introduction> story) {
  if (story.empty()) return;
  h << "<h2 class=\"nhsuk-heading-m\">Their story so far</h2>\n"
       "<p>What they have told us before, in their words, so they never have to repeat it. "
       "Newest first.</p>\n";
  for (const Introduction& in : story) OneIntroduction(h, in);
}

Page IntroductionHistoryPage(const Introduction& intro,
                             std::span<const IntroductionVersion> versions,
                             const FrontDoorDirectory& directory) {
  Page page;
  page.title = "History of introduction " + intro.reference;
  page.section = NavSection::kFrontDoor;
  Html& h = page.content;
  std::vector<const IntroductionVersion*> newest_first;
  for (const IntroductionVersion& v : versions) newest_first.push_back(&v);
  std::stable_sort(newest_first.begin(), newest_first.end(),
                   [](const IntroductionVersion* a, const IntroductionVersion* b) {
                     return a->introduction.version > b->introduction.version;
                   });
  h << "<h1 class=\"nhsuk-heading-l\">\n<span class=\"nhsuk-caption-l\">"
    << Text(frontdoor::PersonName(intro)) << "</span>\n"
    << "History of introduction " << Text(intro.reference) << "\n</h1>\n"
    << "<p>Every change makes a new version. Nothing is overwritten.</p>\n"
    << "<table class=\"nhsuk-table\">\n"
       "<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">Versions of this "
       "introduction, newest first</caption>\n<thead class=\"nhsuk-table__head\">\n"
       "<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Version</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">When</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Who</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Why</th>\n"
       "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const IntroductionVersion* v : newest_first) {
    h << "<tr class=\"nhsuk-table__row\">\n<td class=\"nhsuk-table__cell\">"
      << v->introduction.version << "</td>\n<td class=\"nhsuk-table__cell\">"
      << Text(FormatLondon(v->change.changed_at)) << "</td>\n<td class=\"nhsuk-table__cell\">"
      << Text(frontdoor::WorkerLabel(directory, v->change.changed_by))
      << "</td>\n<td class=\"nhsuk-table__cell\">" << Text(v->change.reason) << "</td>\n</tr>\n";
  }
  h << "</tbody>\n</table>\n<p><a class=\"nhsuk-link\" href=\"/front-door/" << Attr(intro.id)
    << "\">Back to the introduction</a></p>\n";
  return page;
}

}  // namespace lw::web

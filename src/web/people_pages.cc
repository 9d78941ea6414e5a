#include "web/people_pages.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/dates.h"
#include "domain/people/nhs_number.h"
#include "services/people_service.h"
#include "web/components.h"
#include "web/frontdoor_pages.h"
#include "web/page_support.h"

namespace lw::web {

// The person's page with "Their story so far" (their earlier introductions).
Page PersonPageWithStory(const Person& person, std::span<const PersonVersion> history,
                         std::span<const Introduction> story);

namespace {

constexpr std::string_view kNotRecorded = "Not recorded";

std::string FullName(const Person& person) {
  if (person.family_name.empty()) return person.given_name;
  return person.given_name + " " + person.family_name;
}

std::string DateOfBirth(const Person& person) {
  return person.date_of_birth ? person.date_of_birth->ToDisplay() : std::string();
}

std::string_view OrNotRecorded(std::string_view value) {
  return value.empty() ? kNotRecorded : value;
}

void PeopleTable(Html& h, std::span<const Person> people) {
  h << "<table class=\"nhsuk-table\">\n"
       "<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">People whose records your "
       "team holds</caption>\n"
       "<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Name</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Preferred name</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Date of birth</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Postcode</th>\n"
       "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const Person& p : people) {
    h << "<tr class=\"nhsuk-table__row\">\n"
      << "<td class=\"nhsuk-table__cell\"><a href=\"/people/" << Attr(p.id) << "\">"
      << Text(FullName(p)) << "</a></td>\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(p.preferred_name) << "</td>\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(DateOfBirth(p)) << "</td>\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(p.postcode) << "</td>\n"
      << "</tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

void HistoryTable(Html& h, std::span<const PersonVersion> history) {
  std::vector<const PersonVersion*> newest_first;
  for (const PersonVersion& v : history) newest_first.push_back(&v);
  std::stable_sort(newest_first.begin(), newest_first.end(),
                   [](const PersonVersion* a, const PersonVersion* b) {
                     return a->person.version > b->person.version;
                   });
  h << "<table class=\"nhsuk-table\">\n"
       "<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">Versions of this record, "
       "newest first</caption>\n"
       "<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Version</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">When</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Who</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Why</th>\n"
       "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const PersonVersion* v : newest_first) {
    h << "<tr class=\"nhsuk-table__row\">\n"
      << "<td class=\"nhsuk-table__cell\">" << v->person.version << "</td>\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(FormatLondon(v->change.changed_at)) << "</td>\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(v->change.changed_by) << "</td>\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(v->change.reason) << "</td>\n"
      << "</tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

http::Response ShowPeople(const WebDeps& deps, http::RequestContext& ctx) {
  auto people = deps.people.ListForTeam(SignedInActor(ctx), kPeopleListLimit);
  if (!people) return RespondWithError(deps, ctx, people.error());
  return Respond(deps, ctx, PeopleListPage(*people));
}

http::Response ShowPerson(const WebDeps& deps, const http::Request& request,
                          http::RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  std::string_view id = request.Param("id");
  // One read of the whole history (one transaction, one audit entry): the
  // record shown is its last version, so the two can never disagree.
  auto history = deps.people.History(actor, id);
  if (!history) return RespondWithError(deps, ctx, history.error());
  if (history->empty()) return RespondWithError(deps, ctx, Error::NotFound("No person found"));
  // Their earlier introductions, so a returning person never repeats their
  // story (audited by the front-door service, one entry per introduction).
  auto story = deps.frontdoor.ForPerson(actor, history->back().person.id);
  if (!story) return RespondWithError(deps, ctx, story.error());
  return Respond(deps, ctx, PersonPageWithStory(history->back().person, *history, *story));
}

}  // namespace

Page PeopleListPage(std::span<const Person> people) {
  Page page;
  page.title = "People";
  page.section = NavSection::kPeople;
  Html& h = page.content;
  h << "<h1 class=\"nhsuk-heading-l\">People</h1>\n";
  if (people.empty()) {
    h << "<p>Your team does not hold anyone's record yet.</p>\n";
    return page;
  }
  h << "<p>People whose records your team holds.";
  if (people.size() >= static_cast<std::size_t>(kPeopleListLimit)) {
    h << " Showing the first " << kPeopleListLimit << ".";
  }
  h << "</p>\n";
  PeopleTable(h, people);
  return page;
}

Page PersonPage(const Person& person, std::span<const PersonVersion> history) {
  return PersonPageWithStory(person, history, {});
}

Page PersonPageWithStory(const Person& person, std::span<const PersonVersion> history,
                         std::span<const Introduction> story) {
  Page page;
  page.title = FullName(person);
  page.section = NavSection::kPeople;
  Html& h = page.content;
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(FullName(person)) << "</h1>\n"
    << "<dl class=\"nhsuk-summary-list\">\n";
  SummaryRow(h, "Given name", person.given_name);
  SummaryRow(h, "Family name", OrNotRecorded(person.family_name));
  SummaryRow(h, "Preferred name", OrNotRecorded(person.preferred_name));
  SummaryRow(h, "Date of birth", OrNotRecorded(DateOfBirth(person)));
  SummaryRow(
      h, "NHS number",
      person.nhs_number.empty() ? std::string(kNotRecorded) : FormatNhsNumber(person.nhs_number));
  SummaryRow(h, "Postcode", OrNotRecorded(person.postcode));
  SummaryRow(h, "Record version", std::to_string(person.version));
  h << "</dl>\n";
  h << "<p><a class=\"nhsuk-link\" href=\"/people/" << Attr(person.id)
    << "/record\">Their record: details, episodes of support, concerns and timeline</a></p>\n";
  StorySoFar(h, story);
  h << "<h2 class=\"nhsuk-heading-m\">History</h2>\n";
  if (history.empty()) {
    h << "<p>No earlier versions.</p>\n";
  } else {
    h << "<p>Every change makes a new version. Nothing is overwritten.</p>\n";
    HistoryTable(h, history);
  }
  h << "<p><a href=\"/people\">Back to people</a></p>\n";
  return page;
}

void RegisterPeoplePages(http::Router& router, const SharedDeps& deps) {
  router.Add(
      "GET", "/people", RouteAccess::Roles(kCareRoles),
      [deps](const http::Request&, http::RequestContext& ctx) { return ShowPeople(*deps, ctx); });
  router.Add("GET", "/people/{id}", RouteAccess::Roles(kCareRoles),
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return ShowPerson(*deps, request, ctx);
             });
}

}  // namespace lw::web

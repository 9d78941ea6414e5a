// GET /front-door: the list of introductions (frontdoor_pages.h).
#include <charconv>
#include <string>

#include "web/components.h"
#include "web/frontdoor_pages.h"
#include "web/frontdoor_widgets.h"

namespace lw::web {

namespace {

struct SortName {
  IntroductionOrder order;
  std::string_view key;
  std::string_view label;
};
constexpr SortName kSorts[] = {
    {IntroductionOrder::kOldestFirst, "oldest", "Waiting longest"},
    {IntroductionOrder::kNewestFirst, "newest", "Newest"},
    {IntroductionOrder::kSource, "source", "Source"},
    {IntroductionOrder::kState, "state", "Next step"},
    {IntroductionOrder::kAssigned, "assigned", "Assigned worker"},
};

// The list's address with the view's filters and `order` and `page`.
std::string ListUrl(const FrontDoorQuery& q, IntroductionOrder order, int page) {
  std::string url = "/front-door?sort=" + std::string(FrontDoorSortKey(order));
  if (!q.team_id.empty()) url += "&team=" + frontdoor::UrlEncode(q.team_id);
  if (!q.neighbourhood_id.empty()) {
    url += "&neighbourhood=" + frontdoor::UrlEncode(q.neighbourhood_id);
  }
  if (q.include_closed) url += "&closed=yes";
  if (page > 1) url += "&page=" + std::to_string(page);
  return url;
}

// A column header that sorts the list by `order` when followed; when the
// list is sorted by this column it says which way (aria-sort).
void SortHeader(Html& h, const FrontDoorQuery& q, std::string_view label, IntroductionOrder order,
                bool current, Markup aria_sort) {
  h << "<th class=\"nhsuk-table__header\" scope=\"col\"";
  if (current) h << " aria-sort=\"" << aria_sort << "\"";
  h << "><a class=\"nhsuk-link\" href=\"" << Attr(ListUrl(q, order, 1)) << "\">" << Text(label)
    << "</a></th>\n";
}

std::string_view SortLabel(IntroductionOrder order) {
  for (const SortName& s : kSorts) {
    if (s.order == order) return s.label;
  }
  return "";
}

void Header(Html& h, Markup label) {
  h << "<th class=\"nhsuk-table__header\" scope=\"col\">" << label << "</th>\n";
}

void Cell(Html& h, std::string_view text) {
  h << "<td class=\"nhsuk-table__cell\">" << Text(text) << "</td>\n";
}

void ReferenceCell(Html& h, const Introduction& in) {
  h << "<td class=\"nhsuk-table__cell\"><a class=\"nhsuk-link\" href=\"/front-door/" << Attr(in.id)
    << "\">" << Text(in.reference) << "</a></td>\n";
}

std::string LastAttemptText(const Introduction& in) {
  const ContactAttempt* last = LastAttempt(in);
  if (last == nullptr) return "None yet";
  return FormatLondon(last->at) + " (" + std::string(ContactMethodDisplayName(last->method)) + ")";
}

void StaffTable(Html& h, const FrontDoorListView& v) {
  const FrontDoorQuery& q = v.query;
  h << "<table class=\"nhsuk-table\">\n"
       "<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">Introductions, sorted "
       "by "
    << Text(SortLabel(q.order))
    << "</caption>\n<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n";
  Header(h, "Reference");
  Header(h, "Name");
  SortHeader(h, q, "Source", IntroductionOrder::kSource, q.order == IntroductionOrder::kSource,
             "ascending");
  // Received sorts oldest first, and the other way when followed again.
  const bool oldest = q.order == IntroductionOrder::kOldestFirst;
  const bool newest = q.order == IntroductionOrder::kNewestFirst;
  SortHeader(h, q, "Received",
             oldest ? IntroductionOrder::kNewestFirst : IntroductionOrder::kOldestFirst,
             oldest || newest, oldest ? Markup("ascending") : Markup("descending"));
  Header(h, "Days waiting");
  Header(h, "Team");
  SortHeader(h, q, "Assigned", IntroductionOrder::kAssigned,
             q.order == IntroductionOrder::kAssigned, "ascending");
  SortHeader(h, q, "Next step", IntroductionOrder::kState, q.order == IntroductionOrder::kState,
             "ascending");
  Header(h, "Last contact attempt");
  h << "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const Introduction& in : v.list.items) {
    h << "<tr class=\"nhsuk-table__row\">\n";
    ReferenceCell(h, in);
    Cell(h, frontdoor::PersonName(in));
    Cell(h, IntroductionSourceDisplayName(in.source));
    Cell(h, frontdoor::DayOf(in.received_at));
    h << "<td class=\"nhsuk-table__cell\">" << DaysWaiting(in, v.now);
    if (PastTarget(in, v.now, v.policy)) {
      h << " ";
      frontdoor::Tag(h, "nhsuk-tag--red", "Past target");
    }
    h << "</td>\n";
    Cell(h, v.directory.TeamName(in.team_id));
    Cell(h, frontdoor::WorkerLabel(v.directory, in.assigned_user_id));
    Cell(h, in.IsClosed() ? frontdoor::WhereItIs(in) : std::string(NextStep(in)));
    Cell(h, LastAttemptText(in));
    h << "</tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

// A partner sees what they sent and where it is, nothing of the team's work.
void PartnerTable(Html& h, const FrontDoorListView& v) {
  h << "<table class=\"nhsuk-table\">\n"
       "<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">Introductions you have "
       "made</caption>\n<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n";
  Header(h, "Reference");
  Header(h, "Name");
  Header(h, "Received");
  Header(h, "Where it is");
  h << "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const Introduction& in : v.list.items) {
    h << "<tr class=\"nhsuk-table__row\">\n";
    ReferenceCell(h, in);
    Cell(h, frontdoor::PersonName(in));
    Cell(h, frontdoor::DayOf(in.received_at));
    Cell(h, frontdoor::WhereItIs(in));
    h << "</tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

void FilterForm(Html& h, const FrontDoorListView& v) {
  std::vector<frontdoor::Choice> teams = {{"", "All teams", ""}};
  for (const Team& t : v.directory.teams) teams.push_back({t.id, t.name, ""});
  std::vector<frontdoor::Choice> hoods = {{"", "All neighbourhoods", ""}};
  for (const Neighbourhood& n : v.directory.neighbourhoods) hoods.push_back({n.id, n.name, ""});
  std::vector<frontdoor::Choice> sorts;
  for (const SortName& s : kSorts) sorts.push_back({std::string(s.key), std::string(s.label), ""});
  h << "<form action=\"/front-door\" method=\"get\" novalidate>\n"
       "<h2 class=\"nhsuk-heading-s\">Filter and sort</h2>\n";
  frontdoor::Select(h, {.id = "team",
                        .name = "team",
                        .label = "Team",
                        .options = teams,
                        .selected = v.query.team_id});
  frontdoor::Select(h, {.id = "neighbourhood",
                        .name = "neighbourhood",
                        .label = "Neighbourhood",
                        .options = hoods,
                        .selected = v.query.neighbourhood_id});
  frontdoor::Select(h, {.id = "sort",
                        .name = "sort",
                        .label = "Sort by",
                        .options = sorts,
                        .selected = FrontDoorSortKey(v.query.order)});
  frontdoor::SingleCheckbox(h, {.id = "closed",
                                .name = "closed",
                                .label = "Include closed introductions",
                                .checked = v.query.include_closed});
  h << "<button class=\"nhsuk-button nhsuk-button--secondary\" data-module=\"nhsuk-button\" "
       "type=\"submit\">Apply</button>\n</form>\n";
}

void Pagination(Html& h, const FrontDoorListView& v) {
  const int page = v.list.page;
  const int pages = v.list.pages;
  if (pages <= 1) return;
  h << "<p class=\"nhsuk-body-s\">Page " << page << " of " << pages << "</p>\n"
    << "<nav class=\"nhsuk-pagination\" role=\"navigation\" aria-label=\"Pagination\">\n"
       "<ul class=\"nhsuk-list nhsuk-pagination__list\">\n";
  if (page > 1) {
    h << "<li class=\"nhsuk-pagination-item--previous\">\n"
         "<a class=\"nhsuk-pagination__link nhsuk-pagination__link--prev\" href=\""
      << Attr(ListUrl(v.query, v.query.order, page - 1))
      << "\" rel=\"prev\">\n<span class=\"nhsuk-pagination__title\">Previous<span "
         "class=\"nhsuk-u-visually-hidden\"> page</span></span>\n"
         "<svg class=\"nhsuk-icon nhsuk-icon--arrow-left\" xmlns=\"http://www.w3.org/2000/svg\" "
         "viewBox=\"0 0 24 24\" width=\"16\" height=\"16\" focusable=\"false\" "
         "aria-hidden=\"true\"><path d=\"M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 "
         "3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 "
         "0Z\"/></svg>\n</a>\n</li>\n";
  }
  if (page < pages) {
    h << "<li class=\"nhsuk-pagination-item--next\">\n"
         "<a class=\"nhsuk-pagination__link nhsuk-pagination__link--next\" href=\""
      << Attr(ListUrl(v.query, v.query.order, page + 1))
      << "\" rel=\"next\">\n<span class=\"nhsuk-pagination__title\">Next<span "
         "class=\"nhsuk-u-visually-hidden\"> page</span></span>\n"
         "<svg class=\"nhsuk-icon nhsuk-icon--arrow-right\" xmlns=\"http://www.w3.org/2000/svg\" "
         "viewBox=\"0 0 24 24\" width=\"16\" height=\"16\" focusable=\"false\" "
         "aria-hidden=\"true\"><path d=\"m14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 "
         "1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z\"/></svg>\n</a>\n"
         "</li>\n";
  }
  h << "</ul>\n</nav>\n";
}

}  // namespace

std::optional<IntroductionOrder> ParseFrontDoorSort(std::string_view key) {
  for (const SortName& s : kSorts) {
    if (s.key == key) return s.order;
  }
  return std::nullopt;
}

std::string_view FrontDoorSortKey(IntroductionOrder order) {
  for (const SortName& s : kSorts) {
    if (s.order == order) return s.key;
  }
  return "oldest";
}

Result<FrontDoorQuery> ParseFrontDoorQuery(const http::Request& request) {
  FrontDoorQuery q;
  auto invalid = [](std::string field, std::string message) {
    return Fail(Error::Invalid("Bad front-door query", {{std::move(field), std::move(message)}}));
  };
  if (auto sort = request.QueryParam("sort"); sort && !sort->empty()) {
    auto order = ParseFrontDoorSort(*sort);
    if (!order) return invalid("sort", "Unknown sort");
    q.order = *order;
  }
  if (auto page = request.QueryParam("page"); page && !page->empty()) {
    int n = 0;
    auto [end, ec] = std::from_chars(page->data(), page->data() + page->size(), n);
    if (ec != std::errc() || end != page->data() + page->size() || n < 1 || n > 100'000) {
      return invalid("page", "Page must be a whole number from 1");
    }
    q.page = n;
  }
  if (auto closed = request.QueryParam("closed"); closed && !closed->empty()) {
    if (*closed != "yes") return invalid("closed", "closed must be yes");
    q.include_closed = true;
  }
  q.team_id = request.QueryParam("team").value_or("");
  q.neighbourhood_id = request.QueryParam("neighbourhood").value_or("");
  return q;
}

Page FrontDoorListPage(const FrontDoorListView& v) {
  Page page;
  const bool partner = !v.list.whole_records;
  page.title = partner ? "Introductions you have made" : "Front door";
  page.section = NavSection::kFrontDoor;
  Html& h = page.content;
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n"
    << "<p><a class=\"nhsuk-link\" href=\"/front-door/new\">"
    << (partner ? Markup("Introduce someone") : Markup("Record an introduction")) << "</a></p>\n";
  if (partner) {
    if (v.list.items.empty()) {
      h << "<p>You have not made any introductions yet.</p>\n";
    } else {
      PartnerTable(h, v);
    }
    Pagination(h, v);
    return page;
  }
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-one-quarter\">\n";
  FilterForm(h, v);
  h << "</div>\n<div class=\"nhsuk-grid-column-three-quarters\">\n";
  h << "<p class=\"nhsuk-body-l\">";
  if (v.list.past_target > 0) {
    h << "<strong>" << v.list.past_target << " of " << v.list.total
      << (v.list.past_target == 1 ? Markup(" is") : Markup(" are")) << " past the "
      << v.policy.target_days << "-day target</strong>";
  } else {
    h << v.list.total << (v.list.total == 1 ? Markup(" introduction") : Markup(" introductions"))
      << ", none past the " << v.policy.target_days << "-day target";
  }
  h << "</p>\n";
  if (v.list.items.empty()) {
    h << "<p>No introductions match.</p>\n";
  } else {
    StaffTable(h, v);
  }
  Pagination(h, v);
  h << "</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

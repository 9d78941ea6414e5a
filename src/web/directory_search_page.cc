// GET /directory: finding the right place (issue 7, point 2). One GET form
// (words, what it is about, near a postcode, open now, network or
// community, age), filters that combine, results that say why they match,
// 20 to a page. The search is directory::SearchIndex's, over
// DirectoryFinder's snapshot of what the directory publishes.
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/dates.h"
#include "base/ids.h"
#include "domain/directory/geo.h"
#include "domain/directory/opening_hours.h"
#include "domain/directory/search.h"
#include "web/components.h"
#include "web/directory_pages.h"
#include "web/error_page.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"
#include "web/page_support.h"

namespace lw::web {
namespace {

using directory::Need;
using directory::SearchQuery;
using http::Request;
using http::RequestContext;

constexpr std::size_t kPerPage = 20;

// The form as typed, kept to show again.
struct SearchForm {
  std::string q;
  std::string need;
  std::string postcode;
  std::string within = "5000";
  bool open_now = false;
  std::string offer;
  std::string age;
  std::size_t page = 1;
  // A person being introduced (a person id from their warm introductions
  // page): each result offers to introduce them. Never shown as a name.
  std::string for_person;
};

SearchForm ReadForm(const Request& request) {
  SearchForm f;
  f.q = request.QueryParam("q").value_or("");
  f.need = request.QueryParam("need").value_or("");
  f.postcode = request.QueryParam("postcode").value_or("");
  if (auto w = request.QueryParam("within")) f.within = *w;
  f.open_now = request.QueryParam("open_now").value_or("") == "yes";
  f.offer = request.QueryParam("offer").value_or("");
  f.age = request.QueryParam("age").value_or("");
  if (auto who = request.QueryParam("for"); who && IsValidId(*who)) f.for_person = *who;
  if (auto p = request.QueryParam("page")) {
    try {
      long long n = std::stoll(*p);
      if (n >= 1 && n <= 500) f.page = static_cast<std::size_t>(n);
    } catch (...) {
      f.page = 1;
    }
  }
  return f;
}

bool Searched(const Request& request) {
  for (std::string_view name : {"q", "need", "postcode", "open_now", "offer", "age"}) {
    if (request.QueryParam(name)) return true;
  }
  return false;
}

void Select(Html& h, std::string_view id, std::string_view label, std::string_view value,
            const std::vector<std::pair<std::string, std::string>>& options,
            std::string_view error = {}) {
  h << "<div class=\"nhsuk-form-group";
  if (!error.empty()) h << " nhsuk-form-group--error";
  h << "\">\n<label class=\"nhsuk-label\" for=\"" << Attr(id) << "\">" << Text(label)
    << "</label>\n";
  if (!error.empty()) ErrorMessage(h, id, error);
  h << "<select class=\"nhsuk-select\" id=\"" << Attr(id) << "\" name=\"" << Attr(id) << "\">\n";
  for (const auto& [v, text] : options) {
    h << "<option value=\"" << Attr(v) << "\"";
    if (v == value) h << " selected";
    h << ">" << Text(text) << "</option>\n";
  }
  h << "</select>\n</div>\n";
}

void Form(Html& h, const SearchForm& f, const std::vector<FieldError>& errors) {
  h << "<form method=\"get\" action=\"/directory\" novalidate>\n";
  if (!f.for_person.empty()) frontdoor::Hidden(h, "for", f.for_person);
  TextInput(h, {.id = "q",
                .label = "What are you looking for?",
                .value = f.q,
                .hint = "For example, debt advice, walking group or Urdu",
                .error = ErrorFor(errors, "q")});
  std::vector<std::pair<std::string, std::string>> needs = {{"", "Anything"}};
  for (Need n : directory::kAllNeeds) {
    needs.emplace_back(std::string(directory::NeedKey(n)),
                       std::string(directory::NeedDisplayName(n)));
  }
  Select(h, "need", "What it helps with", f.need, needs, ErrorFor(errors, "need"));
  TextInput(h, {.id = "postcode",
                .label = "Near a postcode",
                .value = f.postcode,
                .autocomplete = "postal-code",
                .hint = "The person's postcode, or where they would like to go",
                .error = ErrorFor(errors, "postcode"),
                .width = 10,
                .spellcheck = false});
  std::vector<std::pair<std::string, std::string>> within;
  for (const SearchDistance& d : kSearchDistances) within.emplace_back(d.metres, d.label);
  Select(h, "within", "Within", f.within, within, ErrorFor(errors, "within"));
  Select(
      h, "offer", "Network or community", f.offer,
      {{"", "Both"},
       {std::string(directory::OfferKey(directory::Offer::kNetwork)), "Living Well Network"},
       {std::string(directory::OfferKey(directory::Offer::kCommunityAsset)), "Community assets"}});
  TextInput(h, {.id = "age",
                .label = "Age of the person (optional)",
                .value = f.age,
                .hint = "Only places they can use at that age",
                .error = ErrorFor(errors, "age"),
                .width = 3});
  static constexpr Choice kOpen[] = {{.value = "yes", .label = "Open now"}};
  const std::vector<std::string> open =
      f.open_now ? std::vector<std::string>{"yes"} : std::vector<std::string>{};
  Checkboxes(h, {.name = "open_now", .choices = kOpen, .small = true}, open);
  SubmitButton(h, "Search");
  h << "</form>\n";
}

// The query the form asks for, or its problems (BuildSearchQuery decides).
std::optional<SearchQuery> QueryOf(const SearchForm& f, NetworkDirectory& directory, Timestamp now,
                                   std::vector<FieldError>& errors) {
  auto q = BuildSearchQuery(directory,
                            {.text = f.q,
                             .need = f.need,
                             .postcode = f.postcode,
                             .within = f.within,
                             .offer = f.offer,
                             .age = f.age,
                             .open_now = f.open_now,
                             .page = f.page,
                             .per_page = kPerPage},
                            now);
  if (q) return std::move(*q);
  errors.insert(errors.end(), q.error().field_errors.begin(), q.error().field_errors.end());
  return std::nullopt;
}

std::string PageLink(const SearchForm& f, std::size_t page) {
  auto enc = [](std::string_view s) {
    std::string out;
    for (unsigned char c : s) {
      if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
        out.push_back(static_cast<char>(c));
      } else {
        constexpr char kHex[] = "0123456789ABCDEF";
        out += '%';
        out += kHex[c >> 4];
        out += kHex[c & 15];
      }
    }
    return out;
  };
  std::string link = "/directory?q=" + enc(f.q) + "&need=" + enc(f.need) +
                     "&postcode=" + enc(f.postcode) + "&within=" + enc(f.within) +
                     "&offer=" + enc(f.offer) + "&age=" + enc(f.age);
  if (f.open_now) link += "&open_now=yes";
  if (!f.for_person.empty()) link += "&for=" + enc(f.for_person);
  return link + "&page=" + std::to_string(page);
}

void Results(Html& h, const SearchForm& f, const DirectorySnapshot& snapshot,
             const directory::SearchResults& found, int stale_after_days, Date today) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"results\">"
    << Text(std::to_string(found.total) + (found.total == 1 ? " place found" : " places found"))
    << "</h2>\n";
  if (!found.unknown_words.empty()) {
    std::string words;
    for (const std::string& w : found.unknown_words) {
      words += (words.empty() ? "“" : ", “") + w + "”";
    }
    Html body;
    body << "<p>Nothing in the directory mentions " << Text(words)
         << ", so we searched without it. Check the spelling, or try another word.</p>\n";
    InsetText(h, body);
  }
  if (!f.for_person.empty()) {
    std::string note = "/people/" + f.for_person + "/unmet-needs";
    if (directory::ParseNeed(f.need)) note += "?need=" + f.need;
    h << "<p class=\"nhsuk-body-s\">Nothing here that could meet what they need, or only long "
         "waits? <a class=\"nhsuk-link\" href=\""
      << Attr(note + "#note") << "\">Note an unmet need</a></p>\n";
  }
  if (found.total == 0) {
    h << "<p>Try fewer words, another need, or a longer distance.</p>\n";
    return;
  }
  h << "<ul class=\"nhsuk-list lw-results\">\n";
  for (const directory::SearchHit& hit : found.hits) {
    const DirectoryEntry& e = snapshot.entries[hit.index];
    const directory::DirectoryService& s = e.service;
    h << "<li class=\"nhsuk-u-margin-bottom-5\">\n<h3 class=\"nhsuk-heading-s "
         "nhsuk-u-margin-bottom-1\"><a href=\"/directory/services/"
      << Attr(s.id) << "\">" << Text(s.name) << "</a></h3>\n";
    h << "<p class=\"nhsuk-body-s nhsuk-u-margin-bottom-1\">" << Text(e.organisation_name)
      << " <strong class=\"nhsuk-tag nhsuk-tag--";
    if (s.offer == directory::Offer::kNetwork) {
      h << "blue";
    } else {
      h << "green";
    }
    h << "\">" << Text(directory::OfferDisplayName(s.offer)) << "</strong>";
    if (directory::IsStale(s.checked, today, stale_after_days)) {
      h << " <strong class=\"nhsuk-tag nhsuk-tag--orange\">Not checked for over a year</strong>";
    }
    h << "</p>\n";
    if (!hit.reasons.empty()) {
      h << "<p class=\"nhsuk-body-s nhsuk-u-margin-bottom-0\">Why it matches:</p>\n"
           "<ul class=\"nhsuk-list nhsuk-list--bullet nhsuk-body-s\">\n";
      for (const std::string& r : hit.reasons) h << "<li>" << Text(r) << "</li>\n";
      h << "</ul>\n";
    }
    if (!f.for_person.empty()) {
      h << "<p class=\"nhsuk-body-s\"><a class=\"nhsuk-link\" href=\"/people/" << Attr(f.for_person)
        << "/warm-introductions/new?service=" << Attr(s.id)
        << "\">Introduce them<span class=\"nhsuk-u-visually-hidden\"> to " << Text(s.name)
        << "</span></a></p>\n";
    }
    h << "</li>\n";
  }
  h << "</ul>\n";
  const std::size_t pages = (found.total + kPerPage - 1) / kPerPage;
  if (pages > 1) {
    h << "<nav class=\"nhsuk-pagination\" role=\"navigation\" aria-label=\"Pagination\">\n"
         "<ul class=\"nhsuk-list nhsuk-pagination__list\">\n";
    if (f.page > 1) {
      h << "<li class=\"nhsuk-pagination-item--previous\"><a class=\"nhsuk-pagination__link "
           "nhsuk-pagination__link--prev\" href=\""
        << Attr(PageLink(f, f.page - 1)) << "\"><span class=\"nhsuk-pagination__title\">Previous"
        << "</span><span class=\"nhsuk-u-visually-hidden\">:</span> <span "
           "class=\"nhsuk-pagination__page\">Page "
        << Text(std::to_string(f.page - 1)) << "</span></a></li>\n";
    }
    if (f.page < pages) {
      h << "<li class=\"nhsuk-pagination-item--next\"><a class=\"nhsuk-pagination__link "
           "nhsuk-pagination__link--next\" href=\""
        << Attr(PageLink(f, f.page + 1)) << "\"><span class=\"nhsuk-pagination__title\">Next"
        << "</span><span class=\"nhsuk-u-visually-hidden\">:</span> <span "
           "class=\"nhsuk-pagination__page\">Page "
        << Text(std::to_string(f.page + 1)) << " of " << Text(std::to_string(pages))
        << "</span></a></li>\n";
    }
    h << "</ul>\n</nav>\n";
  }
}

http::Response Search(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  SearchForm f = ReadForm(request);
  std::vector<FieldError> errors;
  const Timestamp now = deps.clock.Now();
  std::optional<SearchQuery> query;
  const bool searched = Searched(request);
  if (searched) query = QueryOf(f, *deps.directory, now, errors);
  std::optional<directory::SearchResults> found;
  auto snapshot = deps.directory_finder->Snapshot();
  if (!snapshot) return RespondWithError(deps, ctx, snapshot.error());
  if (query) {
    auto results = (*snapshot)->index.Search(*query);
    if (results) {
      found = std::move(*results);
    } else {
      errors.push_back({"q", results.error().message});
    }
  }
  Page page{.title = "Find a service or community group",
            .status = errors.empty() ? 200 : 422,
            .has_errors = !errors.empty(),
            .section = NavSection::kDirectory};
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  if (!errors.empty()) ErrorSummary(h, errors);
  h << "<h1 class=\"nhsuk-heading-l\">Find a service or community group</h1>\n"
       "<p>The Living Well Network and the community around it: "
    << Text(std::to_string((*snapshot)->entries.size())) << " places.</p>\n";
  if (!f.for_person.empty() && kCareRoles.Has(SignedInActor(ctx).role)) {
    Html body;
    body << "<p>You are finding a place to introduce someone to. Choose <strong>Introduce "
            "them</strong> on the one that suits them.</p>\n";
    InsetText(h, body);
  } else {
    f.for_person.clear();
  }
  Form(h, f, errors);
  if (found) {
    Results(h, f, **snapshot, *found, deps.directory->settings().stale_after_days,
            Date::InLondon(now));
  }
  h << "</div>\n</div>\n";
  return Respond(deps, ctx, page);
}

}  // namespace

void RegisterDirectorySearchPage(http::Router& router, const SharedDeps& deps) {
  router.Add(
      "GET", "/directory", RouteAccess::AnyStaff(),
      [deps](const Request& request, RequestContext& ctx) { return Search(*deps, request, ctx); });
}

}  // namespace lw::web

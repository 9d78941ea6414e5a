// Finding the right place in the directory (issue 7 point 2): search by
// words (typo-tolerant, ranked), by need, by who it is for, by place and by
// open now, with filters that combine and results that say why they match.
//
// A `SearchIndex` is built once from the directory's services (and the
// names of their organisations) and then queried many times: it is
// immutable after construction, so `Search` may be called from any number
// of threads at once. Rebuild it when the directory changes.
//
// Words. The query text is normalised as search_text.h says. Each word is
// looked up once per query in the index's vocabulary (not per service):
// exactly, as the start of a longer word ("counsel" finds "counselling";
// from 3 characters) and with typos (Damerau-Levenshtein: 1 for words of
// 4-7 characters, 2 for 8 or more, none under 4; also against the start of
// a longer word, so "benifit" finds "benefits"). The words of a service are
// its name, the needs it offers (their names, and their one-line
// descriptions: "counselling" finds psychological therapy), taxonomy terms
// an import kept, its kind, its organisation's name, its description and
// cultural focus, and the names and towns of its places. Every word of the query that is found
// anywhere in the directory must be found in a service for it to match (AND); a word found nowhere
// is left out and reported in `unknown_words`, so a query of only unknown words matches nothing
// (with the words to say so).
//
// Ranking: BM25 over the fields, weighted name > need or term >
// organisation > place > description, each word scored by its best match (exact >
// start of a word > typo); ties by distance (when near), then name. With no
// words, every service the filters pass, nearest first when near, else by
// name.
//
// Filters combine (AND): needs (any of), age (eligible at that age),
// gender (services for anyone or for that group), language (ISO 639-1;
// services listing no language are taken to be in English), cultural focus
// (every word found in the service's cultural focus), offer, kind, near
// (distance to the nearest of the service's places with coordinates; with
// `within_metres`, only services with a place that near: online-only and
// phone-only services are then left out), open at (a weekday and minute,
// Europe/London). Inactive, defunct, temporarily closed and unpublished
// services are left out unless `include_inactive`.
//
// Failure: a query that is not acceptable (text over 200 characters, an age
// or coordinates out of range, a limit over 100) is kInvalidArgument with a
// message for the person. Odd text (punctuation only, control characters,
// emoji, invalid UTF-8) is never an error: it has no words, and the filters
// alone decide.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "domain/directory/directory.h"
#include "domain/directory/opening_hours.h"

namespace lw::directory {

namespace search_internal {
struct IndexData;  // search_data.h
}  // namespace search_internal

inline constexpr std::size_t kMaxSearchCharacters = 200;
inline constexpr std::size_t kMaxSearchLimit = 100;
// Words of a query past this many are not looked up (a 200-character query
// has at most this many useful words).
inline constexpr std::size_t kMaxSearchWords = 16;

struct SearchNear {
  double latitude = 0;
  double longitude = 0;
  std::optional<double> within_metres;  // only services this near; none: any distance
};

struct SearchOpenAt {
  int weekday = 0;  // 0 Monday .. 6 Sunday
  int minute = 0;   // after midnight, Europe/London
  bool now = true;  // the reason says "Open now until 4pm" (else "Open then, until 4pm")
};

struct SearchQuery {
  std::string text;                     // words; "" for filters only
  std::vector<Need> needs;              // any of these; empty: any need
  std::optional<int> age;               // the person's age: services they are eligible for
  std::optional<GenderFocus> gender;    // the person's: services for anyone or for them
  std::string language;                 // ISO 639-1 code ("ur"); "" any
  std::string cultural_focus;           // words ("South Asian"); "" any
  std::optional<Offer> offer;           // none: network and community assets both
  std::optional<ServiceKind> kind;      // none: any kind
  std::optional<SearchNear> near;       // distances from here
  std::optional<SearchOpenAt> open_at;  // open at this moment of the week
  bool include_inactive = false;        // false: only active, published services
  std::size_t limit = 20;               // results on this page, 0..kMaxSearchLimit
  std::size_t offset = 0;               // results skipped before the page
};

struct SearchHit {
  std::size_t index = 0;                  // into SearchIndex::services()
  std::string id;                         // the service's id
  double score = 0;                       // text relevance; 0 without words
  std::optional<double> distance_metres;  // to the nearest place, when near and it has one
  std::string nearest_place;              // that place's name
  // Plain English, most telling first: "Name matches “debt”", "Description
  // mentions “benefit” (you typed “benifit”)", "Offers Money and debt",
  // "For ages 18 and over", "1.2 km away (Hyde Library)", "Open now until 4pm".
  std::vector<std::string> reasons;
};

struct SearchResults {
  std::vector<SearchHit> hits;             // the page asked for
  std::size_t total = 0;                   // every match, across pages
  std::vector<std::string> words;          // the normalised words searched for
  std::vector<std::string> unknown_words;  // words found nowhere, left out
};

class SearchIndex {
 public:
  // `organisation_names`: organisation id -> name; a service whose
  // organisation is missing simply has no organisation words.
  SearchIndex(std::vector<DirectoryService> services,
              const std::map<std::string, std::string>& organisation_names);
  ~SearchIndex();
  SearchIndex(SearchIndex&&) noexcept;
  SearchIndex& operator=(SearchIndex&&) noexcept;
  SearchIndex(const SearchIndex&) = delete;
  SearchIndex& operator=(const SearchIndex&) = delete;

  Result<SearchResults> Search(const SearchQuery& query) const;

  const std::vector<DirectoryService>& services() const { return services_; }
  std::size_t vocabulary_size() const;

 private:
  std::vector<DirectoryService> services_;
  std::unique_ptr<const search_internal::IndexData> data_;
};

}  // namespace lw::directory

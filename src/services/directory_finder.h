// DirectoryFinder: what the directory publishes, as one snapshot with its
// search index, for the search page and the public ORUK API (issue 7,
// points 2 and 3).
//
// Contract: `Snapshot` gives the published directory (NetworkDirectory::
// ListServices: the same view for everyone) with its organisations and a
// directory::SearchIndex over it. It is built on first use and again only
// when NetworkDirectory::Generation has moved since, so a search costs the
// search, not a read of the store. Changes made by another server process
// are seen when this process next changes the directory or restarts
// (NetworkDirectory::Generation counts this process's changes only).
//
// Thread-safety: every call is safe from any thread; snapshots are shared
// immutable values, and two threads finding it stale may both build one.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "domain/directory/directory.h"
#include "domain/directory/search.h"
#include "services/network_directory.h"

namespace lw {

struct DirectorySnapshot {
  std::uint64_t generation = 0;
  std::vector<DirectoryEntry> entries;  // name order; index i is the search index's service i
  std::map<std::string, directory::DirectoryOrganisation, std::less<>> organisations;
  directory::SearchIndex index;
};

// A search as a person types it into the search page or a client sends it
// to the API, every value as text: one place turns it into a query
// (`BuildSearchQuery`), so the page and the API accept exactly the same.
struct DirectorySearchRequest {
  std::string text;             // words; at most directory::kMaxSearchCharacters
  std::string need;             // a need's key; "" any
  std::string postcode;         // "" for no distance
  std::string within = "5000";  // metres: one of kSearchDistances
  std::string offer;            // "", "network" or "community-asset"
  std::string age;              // whole years, 0 to 120; "" any
  bool open_now = false;
  std::size_t page = 1;  // from 1
  std::size_t per_page = 20;
};

struct SearchDistance {
  std::string_view metres;  // as sent: "1000"
  std::string_view label;   // as shown: "1 km"
};
inline constexpr SearchDistance kSearchDistances[] = {
    {"1000", "1 km"}, {"3000", "3 km"}, {"5000", "5 km"}, {"10000", "10 km"}, {"25000", "25 km"}};

// The query, or kInvalidArgument with a FieldError per problem, named as
// the request's members: "q" (too long), "need", "offer", "age", "within",
// "postcode" (not a postcode, or not one the postcode directory knows).
// `now` decides "open now".
Result<directory::SearchQuery> BuildSearchQuery(NetworkDirectory& directory,
                                                const DirectorySearchRequest& request,
                                                Timestamp now);

class DirectoryFinder {
 public:
  explicit DirectoryFinder(NetworkDirectory& directory) : directory_(directory) {}

  Result<std::shared_ptr<const DirectorySnapshot>> Snapshot();

 private:
  NetworkDirectory& directory_;
  std::mutex mu_;
  std::shared_ptr<const DirectorySnapshot> current_;  // guarded by mu_
};

}  // namespace lw

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

#include "services/directory_finder.h"

#include <utility>

#include "domain/access/actor.h"

namespace lw {

Result<std::shared_ptr<const DirectorySnapshot>> DirectoryFinder::Snapshot() {
  const std::uint64_t generation = directory_.Generation();
  {
    std::lock_guard lock(mu_);
    if (current_ && current_->generation == generation) return current_;
  }
  // The published view is the same for every reader (network_directory.h).
  const Actor reader{.role = Role::kCommissioner};
  auto entries = directory_.ListServices(reader);
  if (!entries) return Fail(entries.error());
  auto organisations = directory_.ListOrganisations(reader);
  if (!organisations) return Fail(organisations.error());
  std::map<std::string, std::string> names;
  std::map<std::string, directory::DirectoryOrganisation, std::less<>> by_id;
  for (directory::DirectoryOrganisation& o : *organisations) {
    names.emplace(o.id, o.name);
    std::string id = o.id;
    by_id.emplace(std::move(id), std::move(o));
  }
  std::vector<directory::DirectoryService> services;
  services.reserve(entries->size());
  for (const DirectoryEntry& e : *entries) services.push_back(e.service);
  auto snapshot = std::make_shared<const DirectorySnapshot>(
      DirectorySnapshot{.generation = generation,
                        .entries = std::move(*entries),
                        .organisations = std::move(by_id),
                        .index = directory::SearchIndex(std::move(services), names)});
  std::lock_guard lock(mu_);
  if (!current_ || current_->generation <= generation) current_ = snapshot;
  return snapshot;
}

}  // namespace lw

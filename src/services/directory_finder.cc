#include "services/directory_finder.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <utility>
#include <vector>

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

Result<directory::SearchQuery> BuildSearchQuery(NetworkDirectory& directory,
                                                const DirectorySearchRequest& r, Timestamp now) {
  std::vector<FieldError> errors;
  directory::SearchQuery q{.text = r.text,
                           .limit = r.per_page,
                           .offset = (std::max<std::size_t>(r.page, 1) - 1) * r.per_page};
  if (r.text.size() > directory::kMaxSearchCharacters) {
    errors.push_back({"q", "Search for " + std::to_string(directory::kMaxSearchCharacters) +
                               " characters or fewer"});
  }
  if (!r.need.empty()) {
    if (auto need = directory::ParseNeed(r.need)) {
      q.needs.push_back(*need);
    } else {
      errors.push_back({"need", "Choose what it helps with from the list"});
    }
  }
  if (!r.offer.empty()) {
    if (auto offer = directory::ParseOffer(r.offer)) {
      q.offer = offer;
    } else {
      errors.push_back({"offer", "Choose network, community or both"});
    }
  }
  if (!r.age.empty()) {
    int age = -1;
    const auto [end, ec] = std::from_chars(r.age.data(), r.age.data() + r.age.size(), age);
    if (ec != std::errc() || end != r.age.data() + r.age.size() || age < 0 || age > 120) {
      errors.push_back({"age", "Enter an age in whole years, like 34"});
    } else {
      q.age = age;
    }
  }
  std::optional<double> within;
  for (const SearchDistance& d : kSearchDistances) {
    if (d.metres == r.within) within = std::stod(std::string(d.metres));
  }
  if (!within) errors.push_back({"within", "Choose a distance from the list"});
  if (!r.postcode.empty()) {
    auto point = directory.LocatePostcode(r.postcode);
    if (point) {
      q.near = directory::SearchNear{
          .latitude = point->latitude, .longitude = point->longitude, .within_metres = within};
    } else {
      errors.push_back({"postcode", point.error().message});
    }
  }
  if (r.open_now) {
    directory::WeekTime t = directory::LondonWeekTime(now);
    q.open_at = directory::SearchOpenAt{.weekday = t.weekday, .minute = t.minute, .now = true};
  }
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return q;
}

}  // namespace lw

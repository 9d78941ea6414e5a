#include "domain/outcomes/wheel.h"

#include <algorithm>
#include <utility>

#include "domain/frontdoor/text_field.h"

namespace lw {

std::vector<LifeArea> DefaultLifeAreas() {
  return {{"home", "Home"},
          {"money", "Money"},
          {"work-and-learning", "Work and learning"},
          {"health", "Health"},
          {"relationships", "Relationships"},
          {"community-and-leisure", "Community and leisure"},
          {"mental-wellbeing", "Mental wellbeing"},
          {"personal-growth", "Personal growth"}};
}

namespace {

bool IsKey(std::string_view key) {
  if (key.empty() || key.size() > 40 || key.front() == '-' || key.back() == '-') return false;
  return std::ranges::all_of(
      key, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace

Status ValidateLifeAreas(std::span<const LifeArea> areas) {
  std::vector<FieldError> errors;
  if (areas.empty()) errors.push_back({"life_areas", "Give at least one life area"});
  if (areas.size() > kMaxLifeAreas) {
    errors.push_back(
        {"life_areas", "Give at most " + std::to_string(kMaxLifeAreas) + " life areas"});
  }
  for (std::size_t i = 0; i < areas.size(); ++i) {
    const std::string at = "life_areas[" + std::to_string(i) + "]";
    if (!IsKey(areas[i].key)) {
      errors.push_back({at + ".key", "Use lower-case letters, digits and hyphens"});
    } else if (std::any_of(areas.begin(), areas.begin() + static_cast<std::ptrdiff_t>(i),
                           [&](const LifeArea& a) { return a.key == areas[i].key; })) {
      errors.push_back({at + ".key", "'" + areas[i].key + "' is used twice"});
    }
    if (TrimText(areas[i].name).empty()) errors.push_back({at + ".name", "Give the area a name"});
  }
  return FieldErrors(std::move(errors));
}

const LifeArea* FindLifeArea(std::span<const LifeArea> areas, std::string_view key) {
  auto it = std::ranges::find(areas, key, &LifeArea::key);
  return it == areas.end() ? nullptr : &*it;
}

Result<WheelCheckIn> ValidateCheckIn(WheelCheckIn c, std::span<const LifeArea> areas, Date today) {
  std::vector<FieldError> errors;
  if (c.on > today) errors.push_back({"on", "The date of the check-in must be today or earlier"});
  for (std::size_t i = 0; i < c.ratings.size(); ++i) {
    const AreaRating& r = c.ratings[i];
    const std::string field = "area_" + r.area;
    if (FindLifeArea(areas, r.area) == nullptr) {
      errors.push_back({field, "'" + r.area + "' is not one of the life areas"});
      continue;
    }
    if (std::any_of(c.ratings.begin(), c.ratings.begin() + static_cast<std::ptrdiff_t>(i),
                    [&](const AreaRating& x) { return x.area == r.area; })) {
      errors.push_back({field, "Rate each life area once"});
      continue;
    }
    if (r.rating < kLowestWheelRating || r.rating > kHighestWheelRating) {
      errors.push_back({field, "Rate " + FindLifeArea(areas, r.area)->name + " from 1 to 10"});
    }
  }
  if (c.ratings.empty()) errors.push_back({"ratings", "Rate at least one life area"});
  CheckText(c.note, {"note", "Note", kMaxWheelNote, false}, errors);
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  std::ranges::stable_sort(c.ratings, {}, [&](const AreaRating& r) {
    return std::ranges::find(areas, r.area, &LifeArea::key) - areas.begin();
  });
  return c;
}

std::optional<int> RatingFor(const WheelCheckIn& check_in, std::string_view area) {
  auto it = std::ranges::find(check_in.ratings, area, &AreaRating::area);
  if (it == check_in.ratings.end()) return std::nullopt;
  return it->rating;
}

}  // namespace lw

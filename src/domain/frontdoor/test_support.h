// Helpers shared by the front door's unit tests (not compiled into the
// library: only *_test.cc files include it).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "domain/frontdoor/new_introduction.h"

namespace lw::frontdoor_test {

// A UTC instant.
inline Timestamp Utc(int y, unsigned m, unsigned d, int hour = 12, int minute = 0) {
  using namespace std::chrono;
  return Timestamp(sys_days(year{y} / month{m} / day{d}) + hours(hour) + minutes(minute));
}

inline Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

// A complete, valid public-form introduction of someone by themselves.
inline IntroductionDraft PublicDraft() {
  IntroductionDraft d;
  d.source = "self";
  d.received_at = Utc(2026, 3, 9, 10);
  d.given_name = "Asha";
  d.family_name = "Patel";
  d.date_of_birth_day = "14";
  d.date_of_birth_month = "7";
  d.date_of_birth_year = "1990";
  d.postcode = "SK14 1AA";
  d.contact_methods = {"phone"};
  d.phone = "07700 900982";
  d.in_their_words = "I have not been sleeping and I feel alone.";
  d.privacy_agreed = true;
  d.team_id = "team-a";
  return d;
}

template <typename T>
std::vector<std::string> Fields(const Result<T>& r) {
  std::vector<std::string> out;
  if (!r.has_value()) {
    for (const auto& fe : r.error().field_errors) out.push_back(fe.field);
  }
  return out;
}

template <typename T>
std::string MessageFor(const Result<T>& r, const std::string& field) {
  if (r.has_value()) return "";
  for (const auto& fe : r.error().field_errors) {
    if (fe.field == field) return fe.message;
  }
  return "";
}

}  // namespace lw::frontdoor_test

#include "domain/measures/two_contacts.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <tuple>
#include <utility>

#include "base/check.h"

namespace lw {
namespace {

using Key = std::pair<std::string, std::string>;  // person id, episode id

Date FromChrono(std::chrono::year_month_day ymd) {
  auto date = Date::FromYmd(static_cast<int>(ymd.year()),
                            static_cast<int>(static_cast<unsigned>(ymd.month())),
                            static_cast<int>(static_cast<unsigned>(ymd.day())));
  LW_CHECK(date.has_value());
  return *date;
}

bool IsLastDayOfMonth(Date d) {
  std::chrono::year_month_day_last last{
      std::chrono::year{d.year()},
      std::chrono::month_day_last{std::chrono::month(static_cast<unsigned>(d.month()))}};
  return static_cast<unsigned>(last.day()) == static_cast<unsigned>(d.day());
}

// First day of the month eleven months before `period_end`'s.
Date WindowStart(Date period_end) {
  std::chrono::year_month ym{std::chrono::year{period_end.year()},
                             std::chrono::month(static_cast<unsigned>(period_end.month()))};
  ym -= std::chrono::months(11);
  return FromChrono(ym / std::chrono::day{1});
}

bool Contains(std::span<const std::string_view> codes, std::string_view code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

bool InpatientThatYear(const EpisodeFact& e, Date on) {
  const auto& years = e.inpatient_financial_years;
  return std::find(years.begin(), years.end(), FinancialYearOf(on)) != years.end();
}

struct Dated {
  Date on;
  std::string_view contact_id;
};

}  // namespace

std::vector<ContactFact> FactsOf(const Contact& contact) {
  std::vector<ContactFact> out;
  out.reserve(contact.people.size());
  Date on = Date::InLondon(contact.occurred_at);
  for (const ContactPerson& p : contact.people) {
    out.push_back(ContactFact{.contact_id = contact.id,
                              .person_id = p.person_id,
                              .episode_id = p.episode_id,
                              .on = on,
                              .mode = contact.mode,
                              .attendance = p.attendance});
  }
  return out;
}

int FinancialYearOf(Date on) { return on.month() >= 4 ? on.year() : on.year() - 1; }

bool IsQualifyingContact(const ContactFact& c) {
  if (c.attendance != Attendance::kAttended) return false;
  return c.mode == ContactMode::kFaceToFace || c.mode == ContactMode::kPhone ||
         c.mode == ContactMode::kVideo;
}

bool IsQualifyingEpisode(const EpisodeFact& e, Date period_end) {
  if (!e.age_at_referral || *e.age_at_referral < 18) return false;
  if (!e.local_authority.empty() && e.local_authority.front() != 'E') return false;
  if (Contains(kCmhTeamTypes, e.team_type)) return true;
  bool from_april_2023 = std::pair(period_end.year(), period_end.month()) > std::pair(2023, 3);
  return from_april_2023 && Contains(kCmhTeamTypesFromApril2023, e.team_type);
}

Result<TwoContactsResult> CountTwoContacts(std::span<const ContactFact> contacts,
                                           std::span<const EpisodeFact> episodes, Date period_end) {
  if (!IsLastDayOfMonth(period_end)) {
    return Fail(Error::Invalid("The period must end on the last day of a month",
                               {{"period_end", "Choose the last day of a month"}}));
  }
  const Date start = WindowStart(period_end);

  std::map<Key, const EpisodeFact*> episode_of;
  for (const EpisodeFact& e : episodes) {
    if (!episode_of.emplace(Key{e.person_id, e.episode_id}, &e).second) {
      return Fail(Error::Invalid("Episode " + e.episode_id + " of person " + e.person_id +
                                 " is given twice"));
    }
  }

  std::map<Key, std::vector<Dated>> qualifying;
  for (const ContactFact& c : contacts) {
    if (!IsQualifyingContact(c) || c.on < start || c.on > period_end) continue;
    if (c.episode_id.empty()) continue;
    auto it = episode_of.find(Key{c.person_id, c.episode_id});
    if (it == episode_of.end()) continue;
    const EpisodeFact& e = *it->second;
    if (!IsQualifyingEpisode(e, period_end) || InpatientThatYear(e, c.on)) continue;
    qualifying[it->first].push_back({c.on, c.contact_id});
  }

  std::map<std::string, TwoContactsPerson> counted;
  for (auto& [key, dated] : qualifying) {
    // Each contact once (its earliest date, should two versions be given).
    std::sort(dated.begin(), dated.end(), [](const Dated& a, const Dated& b) {
      return std::tie(a.contact_id, a.on) < std::tie(b.contact_id, b.on);
    });
    auto last = std::unique(dated.begin(), dated.end(), [](const Dated& a, const Dated& b) {
      return a.contact_id == b.contact_id;
    });
    dated.erase(last, dated.end());
    if (dated.size() < 2) continue;
    std::sort(dated.begin(), dated.end(),
              [](const Dated& a, const Dated& b) { return a.on < b.on; });
    TwoContactsPerson person{.person_id = key.first,
                             .episode_id = key.second,
                             .qualifying_contacts = static_cast<int>(dated.size()),
                             .second_contact_on = dated[1].on};
    auto [it, inserted] = counted.emplace(key.first, person);
    // Episodes arrive in id order, so only a strictly earlier second contact replaces.
    if (!inserted && person.second_contact_on < it->second.second_contact_on) {
      it->second = std::move(person);
    }
  }

  TwoContactsResult result{.window_start = start, .window_end = period_end, .people = {}};
  result.people.reserve(counted.size());
  for (auto& [id, person] : counted) result.people.push_back(std::move(person));
  return result;
}

}  // namespace lw

// ProvisionGaps: gaps in provision (issue 7 point 7;
// domain/network/unmet_need.h holds the rules and the counting): a team
// notes a need of a person's that found no service, or only services that
// could not meet it, and commissioners see them counted by neighbourhood
// and need, never a person.
//
// Access:
//  - Noting one, and marking one recorded in error: anyone working in a
//    team (kCareRoles) who may change the person's record; reading a
//    person's: who may read it. Everyone else, and an id that does not
//    exist, gets kNotFound "No person found" / "No unmet need found";
//    a refused attempt on an existing person is audited as such
//    (person.access_refused), in a transaction of its own.
//  - The report: commissioners, with every count under the MHSDS
//    disclosure rule (domain/measures/disclosure.h: under 5 is "*", others
//    to the nearest 5); team leads and administrators, exact. Anyone else
//    kNotFound "No report found". The report names nobody.
//
// Audit: "unmet_need.record", ".in_error", ".list" on the person's record in
// the same transaction; the report as "gaps.report" (record type "report",
// id "gaps", the period as reason).
//
// Changes take the version they were based on; kConflict with the stored
// version when someone else changed it first. Bad input is kInvalidArgument
// with one FieldError per problem, named as the form fields.
//
// Thread-safety: all calls may run concurrently from any thread.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "domain/measures/disclosure.h"
#include "domain/network/unmet_need.h"
#include "domain/people/person.h"
#include "domain/ports/store.h"

namespace lw {

// The longest period a report covers.
inline constexpr int kMaxGapReportDays = 5 * 366;

struct NoteUnmetNeedRequest {
  std::string person_id;
  directory::Need need = directory::Need::kHousing;
  GapReason reason = GapReason::kNoService;
  NeedNotedIn noted_in = NeedNotedIn::kInitialConversation;
  std::string words;
  std::optional<int> offered_wait_days;
  std::optional<Date> noted_on;  // unset: today
};

struct UnmetNeedView {
  UnmetNeed need;
  std::string noted_by_name;
  std::string team_name;
  std::string neighbourhood_name;  // "" when the team has none
};

struct PersonUnmetNeeds {
  Person person;
  std::vector<UnmetNeedView> needs;  // newest noted first, those in error included
};

// A count as it may be shown (nullopt: suppressed, "*").
using ShownCount = std::optional<std::int64_t>;

struct GapReportRow {
  directory::Need need = directory::Need::kHousing;
  std::vector<ShownCount> by_neighbourhood;  // in GapReport::neighbourhoods order
  ShownCount total;
  std::array<ShownCount, kAllGapReasons.size()> by_reason{};  // across the locality
};

struct GapReportColumn {
  std::string id;    // "" for needs noted by a team with no neighbourhood
  std::string name;  // "Millbrook North"; "Locality-wide teams" for ""
};

struct GapReport {
  Date from = Date::FromDayNumber(0);
  Date to = Date::FromDayNumber(0);  // exclusive
  DisclosureRule rule = DisclosureRule::kMhsds;
  std::vector<GapReportColumn> neighbourhoods;
  std::vector<GapReportRow> rows;  // every need, in kAllNeeds order
  ShownCount people;               // distinct people with any unmet need
};

// A report's period as a person or a query gives it: `from` and `to` as
// "YYYY-MM-DD", `to` included. Not given: the 12 months up to today
// (from the same day a year ago). Returns [from, to + 1 day).
// kInvalidArgument naming "from" or "to" for a date that is not one.
struct GapReportPeriod {
  Date from = Date::FromDayNumber(0);
  Date to = Date::FromDayNumber(0);  // exclusive
};
Result<GapReportPeriod> ReadGapReportPeriod(const std::optional<std::string>& from,
                                            const std::optional<std::string>& to, Date today);

class ProvisionGaps {
 public:
  ProvisionGaps(Store& store, const Clock& clock, Random& random)
      : store_(store), clock_(clock), random_(random) {}

  Result<UnmetNeed> Note(const Actor& actor, NoteUnmetNeedRequest request);
  Result<UnmetNeed> MarkInError(const Actor& actor, std::string_view id, long long version,
                                std::string note);
  // A person's unmet needs (see PersonUnmetNeeds).
  Result<PersonUnmetNeeds> ForPerson(const Actor& actor, std::string_view person_id);
  // Needs noted on days in [from, to). kInvalidArgument (fields "from",
  // "to") unless from < to, at most kMaxGapReportDays apart.
  Result<GapReport> Report(const Actor& actor, Date from, Date to);
  // As typed in a form or a query (ReadGapReportPeriod, today by this
  // service's clock); the report is refused before the dates are read.
  Result<GapReport> Report(const Actor& actor, const std::optional<std::string>& from,
                           const std::optional<std::string>& to);

 private:
  Store& store_;
  const Clock& clock_;
  Random& random_;
};

}  // namespace lw

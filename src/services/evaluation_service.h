// EvaluationService: the evaluation's figures (issue 9) as the dashboards,
// the open data and `livingwell report` show them: one measure of the
// standard set (domain/evaluation/measures.h) for a period of whole months
// and a choice of localities and teams, by locality and month with the
// totals, under disclosure control where they may be seen by people who
// must not be able to pick anybody out.
//
// Facts: read from the store once (ReadEvaluationFacts) and kept; they are
// read again when older than `refresh`, on the service's own thread in the
// server (read_in_background), so no request waits for a read; until the
// first read is done, figures are kUnavailable ("being worked out"). Every
// figure says when its facts were read.
//
// Access (deny by default):
//  - Dashboard: commissioners (the GM coordinating group and localities),
//    team leads and administrators. Commissioners always see figures under
//    the disclosure rule (MHSDS); a team lead sees exact figures of their
//    own team alone, and disclosed figures of anything wider; an
//    administrator sees exact figures. Anyone else: kNotFound "No report
//    found". Each dashboard read is audited as "evaluation.read" (record
//    type "report", the measure's key as id, the scope as reason). The
//    figures name nobody.
//  - Open data: anyone, with no sign-in, for the measures marked public, by
//    locality and month only (no team), always under the settings' public
//    rule (never kNone), with secondary suppression. Not audited: it holds
//    nothing about a person.
//
// Disclosure (domain/measures/disclosure.h, suppression.h): counts, the
// numerators and denominators of shares, and how many a median stands on
// are disclosed as tables with their totals, with secondary suppression so
// that no suppressed cell can be worked out from the totals; a share is
// shown only when both its parts are; a median and 90th percentile only
// when how many it stands on is shown.
//
// Thread-safety: all calls may run concurrently from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "domain/access/actor.h"
#include "domain/evaluation/facts.h"
#include "domain/evaluation/measures.h"
#include "domain/measures/disclosure.h"
#include "domain/ports/store.h"
#include "services/evaluation_facts.h"

namespace lw {

// The longest period a table covers: five years of months.
inline constexpr int kMaxEvaluationMonths = 60;

enum class FigureKind : std::uint8_t {
  kCount,  // how many
  kShare,  // a numerator of a denominator, as a whole percent
  kDays,   // how many, and the median and 90th percentile of their days
};

// One figure as it may be shown. A suppressed part is nullopt ("*").
struct ShownFigure {
  std::optional<std::int64_t> count;              // kCount; kShare's numerator; kDays' how many
  std::optional<std::int64_t> denominator;        // kShare
  std::optional<std::int64_t> percent;            // kShare
  std::optional<std::int64_t> median_hundredths;  // kDays: 1450 is 14.5 days
  std::optional<std::int64_t> p90_hundredths;     // kDays
  bool secondary = false;  // hidden only so that another figure cannot be worked out
};

struct EvaluationRow {
  std::string locality_id;            // "" for every locality asked for together
  std::string name;                   // "Salford", or "All localities"
  std::vector<ShownFigure> by_month;  // one per month of the table (empty: no months)
  ShownFigure whole_period;
};

struct EvaluationTable {
  std::string key;   // the view asked for: "planned-exits", "reqol-change:improved"
  std::string name;  // as headings show it
  const evaluation::MeasureDefinition* measure = nullptr;  // its definition
  FigureKind kind = FigureKind::kCount;
  DisclosureRule rule = DisclosureRule::kNone;
  Date first_day = Date::FromDayNumber(0);  // the first day of the first month
  Date last_day = Date::FromDayNumber(0);   // the last day of the last month
  // "2026-04" ...; empty for a measure taken at the period's end alone
  // ("waiting-now"), whose rows have whole_period only.
  std::vector<std::string> months;
  std::vector<EvaluationRow> rows;      // the localities asked for, then "All localities"
  std::vector<std::string> team_names;  // the teams asked for (empty: every team)
  Timestamp facts_read_at{};
};

// What a person or a query asks for: a measure's view key ("" for the
// first, introductions by source). Months are "YYYY-MM"; unset: the 12
// months up to the end of last month. Localities and teams by id; empty:
// all.
struct EvaluationRequest {
  std::string measure;
  std::optional<std::string> from;
  std::optional<std::string> to;
  std::vector<std::string> localities;
  std::vector<std::string> teams;
};

struct PlaceChoice {
  std::string id;
  std::string name;
  std::string locality_id;  // a team's locality; "" for a locality
};

struct EvaluationPlaces {
  std::vector<PlaceChoice> localities;
  std::vector<PlaceChoice> teams;
};

// One figure the dashboards can show: a measure, or one of its shares
// (ReQoL-10 change has three, goal progress four).
struct MeasureView {
  std::string key;   // "reqol-change:improved"
  std::string name;  // "ReQoL-10: reliable improvement"
  const evaluation::MeasureDefinition* definition = nullptr;
};

struct EvaluationSettings {
  std::chrono::seconds refresh{300};  // facts older than this are read again
  // The instruments and thresholds the outcome measures classify change by.
  EvaluationFactsOptions facts;
  // The open data's rule; never kNone (the constructor makes that kMhsds).
  DisclosureRule public_rule = DisclosureRule::kMhsds;
  // Read the facts on a thread of the service's own (the server): a request
  // never waits for a read. Until the first read is done, figures are
  // kUnavailable; after that, stale facts are served while newer ones are
  // read. False: the caller that finds the facts stale reads them (tests).
  bool read_in_background = false;
};

class EvaluationService {
 public:
  EvaluationService(Store& store, const Clock& clock, EvaluationSettings settings = {});

  // kNotFound "No report found" for a role without dashboards; for the
  // rest, kInvalidArgument with a FieldError per problem, named "measure",
  // "from", "to", "localities", "teams".
  Result<EvaluationTable> Dashboard(const Actor& actor, const EvaluationRequest& request);
  Result<EvaluationPlaces> Places(const Actor& actor);

  // The open data: a public measure by locality and month, disclosed by the
  // public rule. Teams are refused (field "teams").
  Result<EvaluationTable> Open(const EvaluationRequest& request);
  Result<EvaluationPlaces> OpenPlaces();

  // The figures the dashboards show, in report order.
  static std::vector<MeasureView> Measures();
  // The figures open data publishes, in report order.
  static std::vector<MeasureView> PublicMeasures();
  DisclosureRule public_rule() const { return settings_.public_rule; }

  // Reads the facts now (the next call uses them).
  Status Refresh();
  // Background reading: starts a read unless one is running (the server
  // calls it when it starts), and waits until none is running.
  void StartReading();
  void WaitForReading();

  ~EvaluationService();
  EvaluationService(const EvaluationService&) = delete;
  EvaluationService& operator=(const EvaluationService&) = delete;

 private:
  struct Snapshot;
  Result<std::shared_ptr<const Snapshot>> Facts();
  Result<EvaluationTable> Build(const Snapshot& snapshot, const EvaluationRequest& request,
                                DisclosureRule rule, bool public_only);

  Store& store_;
  const Clock& clock_;
  EvaluationSettings settings_;
  void StartReadingLocked();  // mu_ held

  std::mutex reading_;  // held by the one caller reading facts
  mutable std::mutex mu_;
  std::shared_ptr<const Snapshot> snapshot_;  // guarded by mu_
  // Background reading, guarded by mu_.
  std::thread reader_;
  bool reader_running_ = false;
  std::optional<Error> last_read_error_;
  std::condition_variable read_done_;
};

}  // namespace lw

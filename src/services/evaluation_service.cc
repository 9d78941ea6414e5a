#include "services/evaluation_service.h"

#include <algorithm>
#include <cstddef>
#include <utility>

#include "domain/access/role.h"
#include "domain/evaluation/outcome_measures.h"
#include "domain/measures/suppression.h"
#include "services/evaluation_facts.h"
#include "services/team_service_internal.h"

namespace lw {

namespace ev = evaluation;

struct EvaluationService::Snapshot {
  ev::Facts facts;
  Timestamp read_at{};
};

namespace {

constexpr std::string_view kAllLocalities = "All localities";

// One exact figure: a count (a share's numerator, a distribution's size),
// a denominator, and the days themselves.
struct Exact {
  std::int64_t count = 0;
  std::int64_t denominator = 0;
  ev::DayHistogram days;

  void Merge(const Exact& o) {
    count += o.count;
    denominator += o.denominator;
    days.Merge(o.days);
  }
};

// Exact figures by locality (every locality of the facts) and column.
struct ExactGrid {
  std::int32_t localities = 0;
  std::int32_t columns = 0;
  std::vector<Exact> cells;
  Exact& At(std::int32_t l, std::int32_t c) {
    return cells[static_cast<std::size_t>(l) * static_cast<std::size_t>(columns) +
                 static_cast<std::size_t>(c)];
  }
};

template <typename Cell, typename Fill>
ExactGrid FromGrid(const ev::Grid<Cell>& grid, Fill fill) {
  ExactGrid out{.localities = grid.localities, .columns = grid.months, .cells = {}};
  out.cells.resize(grid.cells.size());
  for (std::size_t i = 0; i < grid.cells.size(); ++i) fill(grid.cells[i], out.cells[i]);
  return out;
}

template <typename Cell>
using Measure = Result<ev::Grid<Cell>> (*)(const ev::Facts&, const ev::Scope&);

// A grid of shares, taking the share `pick` chooses from each cell.
template <typename Cell, typename Pick>
Result<ExactGrid> Shares(Measure<Cell> measure, const ev::Facts& facts, const ev::Scope& scope,
                         Pick pick) {
  auto g = measure(facts, scope);
  if (!g) return Fail(std::move(g.error()));
  return FromGrid(*g, [&](const Cell& cell, Exact& e) {
    const ev::Share s = pick(cell);
    e.count = s.numerator;
    e.denominator = s.denominator;
  });
}

Result<ExactGrid> IntroductionCounts(const ev::Facts& facts, const ev::Scope& scope) {
  auto g = ev::IntroductionsBySource(facts, scope);
  if (!g) return Fail(std::move(g.error()));
  return FromGrid(*g, [](const ev::SourceCounts& c, Exact& e) {
    for (std::int64_t n : c) e.count += n;
  });
}

Result<ExactGrid> ConversationDays(const ev::Facts& facts, const ev::Scope& scope) {
  auto g = ev::DaysToConversation(facts, scope);
  if (!g) return Fail(std::move(g.error()));
  return FromGrid(*g, [](const ev::DayHistogram& h, Exact& e) {
    e.count = h.count();
    e.days = h;
  });
}

Result<ExactGrid> Waiting(const ev::Facts& facts, const ev::Scope& scope) {
  auto w = ev::WaitingAtEnd(facts, scope);
  if (!w) return Fail(std::move(w.error()));
  ExactGrid out{.localities = static_cast<std::int32_t>(w->size()), .columns = 1, .cells = {}};
  out.cells.resize(w->size());
  for (std::size_t i = 0; i < w->size(); ++i) {
    out.cells[i].count = (*w)[i].count();
    out.cells[i].days = (*w)[i];
  }
  return out;
}

Result<ExactGrid> TwoContactsPeople(const ev::Facts& facts, const ev::Scope& scope) {
  auto g = ev::TwoContacts(facts, scope);
  if (!g) return Fail(std::move(g.error()));
  return FromGrid(*g, [](std::int64_t n, Exact& e) { e.count = n; });
}

// How a view's months add up.
enum class Months : std::uint8_t {
  kAdd,      // each month's records are its own: the whole period is their sum
  kRolling,  // each month is a window ending with it: the whole period is the last month
  kNone,     // taken at the period's end alone
};

// One figure of a measure as the dashboards and open data show it: most
// measures are one view; ReQoL-10 change and goal progress are several.
struct View {
  std::string_view key;      // "reqol-change:improved"
  std::string_view measure;  // its definition's key
  std::string_view label;    // "" for the measure's own name
  FigureKind kind;
  Months months;
  bool open;  // published as open data
  Result<ExactGrid> (*compute)(const ev::Facts&, const ev::Scope&);
};

constexpr View kViews[] = {
    {"introductions-by-source", "introductions-by-source", "", FigureKind::kCount, Months::kAdd,
     true, IntroductionCounts},
    {"days-to-conversation", "days-to-conversation", "", FigureKind::kDays, Months::kAdd, true,
     ConversationDays},
    {"waiting-now", "waiting-now", "", FigureKind::kDays, Months::kNone, true, Waiting},
    {"two-contacts", "two-contacts", "", FigureKind::kCount, Months::kRolling, true,
     TwoContactsPeople},
    {"reqol-change:improved", "reqol-change", "ReQoL-10: reliable improvement", FigureKind::kShare,
     Months::kAdd, true,
     [](const ev::Facts& f, const ev::Scope& s) {
       return Shares(&ev::ReqolChanges, f, s,
                     [](const ev::ReqolChange& c) -> ev::Share { return c.improved; });
     }},
    {"reqol-change:deteriorated", "reqol-change", "ReQoL-10: reliable deterioration",
     FigureKind::kShare, Months::kAdd, true,
     [](const ev::Facts& f, const ev::Scope& s) {
       return Shares(&ev::ReqolChanges, f, s,
                     [](const ev::ReqolChange& c) -> ev::Share { return c.deteriorated; });
     }},
    {"reqol-change:recovered", "reqol-change", "ReQoL-10: reliable recovery", FigureKind::kShare,
     Months::kAdd, true,
     [](const ev::Facts& f, const ev::Scope& s) {
       return Shares(&ev::ReqolChanges, f, s,
                     [](const ev::ReqolChange& c) -> ev::Share { return c.recovered; });
     }},
    {"goal-progress:one-any", "goal-progress", "Goals: progress on at least one (any improvement)",
     FigureKind::kShare, Months::kAdd, true,
     [](const ev::Facts& f, const ev::Scope& s) {
       return Shares(&ev::ProgressTowardsGoals, f, s,
                     [](const ev::GoalProgressShares& g) -> ev::Share { return g.one_any; });
     }},
    {"goal-progress:two-any", "goal-progress", "Goals: progress on at least two (any improvement)",
     FigureKind::kShare, Months::kAdd, true,
     [](const ev::Facts& f, const ev::Scope& s) {
       return Shares(&ev::ProgressTowardsGoals, f, s,
                     [](const ev::GoalProgressShares& g) -> ev::Share { return g.two_any; });
     }},
    {"goal-progress:one-reliable", "goal-progress",
     "Goals: progress on at least one (reliable improvement)", FigureKind::kShare, Months::kAdd,
     true,
     [](const ev::Facts& f, const ev::Scope& s) {
       return Shares(&ev::ProgressTowardsGoals, f, s,
                     [](const ev::GoalProgressShares& g) -> ev::Share { return g.one_reliable; });
     }},
    {"goal-progress:two-reliable", "goal-progress",
     "Goals: progress on at least two (reliable improvement)", FigureKind::kShare, Months::kAdd,
     true,
     [](const ev::Facts& f, const ev::Scope& s) {
       return Shares(&ev::ProgressTowardsGoals, f, s,
                     [](const ev::GoalProgressShares& g) -> ev::Share { return g.two_reliable; });
     }},
    {"planned-exits", "planned-exits", "", FigureKind::kShare, Months::kAdd, true,
     [](const ev::Facts& f, const ev::Scope& s) {
       return Shares(&ev::PlannedExits, f, s, [](const ev::Share& x) -> ev::Share { return x; });
     }},
    {"warm-introductions", "warm-introductions", "", FigureKind::kShare, Months::kAdd, true,
     [](const ev::Facts& f, const ev::Scope& s) {
       return Shares(&ev::WarmIntroductionsLanded, f, s,
                     [](const ev::WarmLanding& w) -> ev::Share { return w.landed; });
     }},
    {"felt-listened-to", "felt-listened-to", "", FigureKind::kShare, Months::kAdd, true,
     [](const ev::Facts& f, const ev::Scope& s) {
       return Shares(&ev::FeltListenedTo, f, s, [](const ev::Share& x) -> ev::Share { return x; });
     }},
};

const View* FindView(std::string_view key) {
  for (const View& v : kViews) {
    if (v.key == key) return &v;
  }
  return nullptr;
}

// "YYYY-MM" as the first day of that month.
std::optional<Date> ParseMonth(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  int year = 0;
  int month = 0;
  for (std::size_t i = 0; i < 7; ++i) {
    if (i == 4) continue;
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    int& into = i < 4 ? year : month;
    into = into * 10 + (text[i] - '0');
  }
  auto d = Date::FromYmd(year, month, 1);
  if (!d || year < 2000) return std::nullopt;
  return *d;
}

Date FirstOfMonth(int year, int month) {
  while (month < 1) {
    month += 12;
    --year;
  }
  while (month > 12) {
    month -= 12;
    ++year;
  }
  return *Date::FromYmd(year, month, 1);
}

Date LastOfMonth(Date first) { return FirstOfMonth(first.year(), first.month() + 1).PlusDays(-1); }

int MonthsFromTo(Date from, Date to) {
  return (to.year() - from.year()) * 12 + (to.month() - from.month()) + 1;
}

std::string MonthKey(Date first) { return first.ToIso().substr(0, 7); }

struct ReadScope {
  ev::Scope scope;
  std::vector<std::int32_t> rows;  // the localities shown, by index
  std::vector<std::string> team_names;
};

Result<ReadScope> ReadRequest(const EvaluationRequest& request, const ev::Places& places,
                              Date today) {
  std::vector<FieldError> errors;
  const Date this_month = FirstOfMonth(today.year(), today.month());
  Date to = FirstOfMonth(this_month.year(), this_month.month() - 1);
  if (request.to) {
    if (auto m = ParseMonth(*request.to)) {
      to = *m;
      if (to > this_month) errors.push_back({"to", "The last month must not be in the future"});
    } else {
      errors.push_back({"to", "Enter the last month as a month and a year, like 2026-03"});
    }
  }
  Date from = FirstOfMonth(to.year(), to.month() - 11);
  if (request.from) {
    if (auto m = ParseMonth(*request.from)) {
      from = *m;
    } else {
      errors.push_back({"from", "Enter the first month as a month and a year, like 2025-04"});
    }
  }
  if (errors.empty()) {
    const int months = MonthsFromTo(from, to);
    if (months < 1) {
      errors.push_back({"from", "The first month must be on or before the last month"});
    } else if (months > kMaxEvaluationMonths) {
      errors.push_back({"from", "The period must be at most " +
                                    std::to_string(kMaxEvaluationMonths) + " months"});
    }
  }
  ReadScope out;
  auto index_of = [](const std::vector<std::string>& ids, std::string_view id) -> std::int32_t {
    auto it = std::find(ids.begin(), ids.end(), id);
    return it == ids.end() ? -1 : static_cast<std::int32_t>(it - ids.begin());
  };
  for (const std::string& id : request.localities) {
    const std::int32_t i = index_of(places.locality_ids, id);
    if (i < 0) {
      errors.push_back({"localities", "Choose localities from the list"});
      break;
    }
    if (std::find(out.scope.localities.begin(), out.scope.localities.end(), i) ==
        out.scope.localities.end()) {
      out.scope.localities.push_back(i);
    }
  }
  for (const std::string& id : request.teams) {
    const std::int32_t i = index_of(places.team_ids, id);
    if (i < 0) {
      errors.push_back({"teams", "Choose teams from the list"});
      break;
    }
    if (std::find(out.scope.teams.begin(), out.scope.teams.end(), i) == out.scope.teams.end()) {
      out.scope.teams.push_back(i);
      out.team_names.push_back(places.team_names[static_cast<std::size_t>(i)]);
    }
  }
  if (!errors.empty()) {
    return Fail(Error::Invalid("Check the figures asked for", std::move(errors)));
  }
  out.scope.first_day = from;
  out.scope.last_day = LastOfMonth(to);
  std::sort(out.scope.localities.begin(), out.scope.localities.end());
  if (out.scope.localities.empty()) {
    for (std::size_t i = 0; i < places.locality_ids.size(); ++i) {
      out.rows.push_back(static_cast<std::int32_t>(i));
    }
  } else {
    out.rows = out.scope.localities;
  }
  return out;
}

}  // namespace

EvaluationService::EvaluationService(Store& store, const Clock& clock, EvaluationSettings settings)
    : store_(store), clock_(clock), settings_(std::move(settings)) {
  if (settings_.public_rule == DisclosureRule::kNone)
    settings_.public_rule = DisclosureRule::kMhsds;
}

namespace {

std::vector<MeasureView> ViewsWhere(bool open_only) {
  std::vector<MeasureView> out;
  for (const View& v : kViews) {
    if (open_only && !v.open) continue;
    const ev::MeasureDefinition* m = ev::FindMeasure(v.measure);
    if (m == nullptr) continue;
    out.push_back({.key = std::string(v.key),
                   .name = std::string(v.label.empty() ? m->name : v.label),
                   .definition = m});
  }
  return out;
}

}  // namespace

std::vector<MeasureView> EvaluationService::Measures() { return ViewsWhere(false); }

std::vector<MeasureView> EvaluationService::PublicMeasures() { return ViewsWhere(true); }

Status EvaluationService::Refresh() {
  std::lock_guard reading(reading_);
  auto facts = ReadEvaluationFacts(store_, settings_.facts);
  if (!facts) return Fail(std::move(facts.error()));
  auto s = std::make_shared<Snapshot>(Snapshot{.facts = std::move(*facts), .read_at = {}});
  s->read_at = clock_.Now();
  std::lock_guard lock(mu_);
  snapshot_ = std::move(s);
  return Ok();
}

EvaluationService::~EvaluationService() {
  WaitForReading();
  std::lock_guard lock(mu_);
  if (reader_.joinable()) reader_.join();
}

void EvaluationService::StartReading() {
  std::lock_guard lock(mu_);
  StartReadingLocked();
}

void EvaluationService::StartReadingLocked() {
  if (reader_running_) return;
  reader_running_ = true;
  // The last reader has finished its work (it cleared reader_running_
  // under mu_ as its last step), so this join does not wait on it.
  if (reader_.joinable()) reader_.join();
  reader_ = std::thread([this] {
    auto facts = ReadEvaluationFacts(store_, settings_.facts);
    const Timestamp read_at = clock_.Now();
    std::shared_ptr<const Snapshot> s;
    if (facts)
      s = std::make_shared<Snapshot>(Snapshot{.facts = std::move(*facts), .read_at = read_at});
    std::lock_guard lock(mu_);
    if (s) {
      snapshot_ = std::move(s);
      last_read_error_.reset();
    } else {
      last_read_error_ = std::move(facts.error());
    }
    reader_running_ = false;
    read_done_.notify_all();
  });
}

void EvaluationService::WaitForReading() {
  std::unique_lock lock(mu_);
  read_done_.wait(lock, [this] { return !reader_running_; });
}

Result<std::shared_ptr<const EvaluationService::Snapshot>> EvaluationService::Facts() {
  auto fresh = [this](const std::shared_ptr<const Snapshot>& s) {
    return s != nullptr && clock_.Now() - s->read_at < settings_.refresh;
  };
  std::shared_ptr<const Snapshot> have;
  {
    std::lock_guard lock(mu_);
    have = snapshot_;
    if (settings_.read_in_background && !fresh(have)) {
      StartReadingLocked();
      if (have == nullptr) {
        return Fail(ErrorCode::kUnavailable,
                    "The figures are being worked out from the records. Try again in a minute.");
      }
      return have;  // the newer ones are on their way
    }
  }
  if (fresh(have)) return have;
  std::unique_lock reading(reading_, std::defer_lock);
  if (have != nullptr) {
    // Someone is reading newer facts already: go on with these meanwhile.
    if (!reading.try_lock()) return have;
  } else {
    reading.lock();
  }
  {
    std::lock_guard lock(mu_);
    if (fresh(snapshot_)) return snapshot_;
  }
  auto facts = ReadEvaluationFacts(store_, settings_.facts);
  if (!facts) {
    if (have != nullptr) return have;  // the last good facts, which say when they were read
    return Fail(std::move(facts.error()));
  }
  auto s = std::make_shared<Snapshot>(Snapshot{.facts = std::move(*facts), .read_at = {}});
  s->read_at = clock_.Now();
  std::lock_guard lock(mu_);
  snapshot_ = s;
  return std::shared_ptr<const Snapshot>(std::move(s));
}

namespace {

bool MaySeeDashboards(const Actor& actor) {
  return actor.role == Role::kCommissioner || actor.role == Role::kTeamLead ||
         actor.role == Role::kAdministrator;
}

// Exact figures for administrators, and for a team lead asking about
// their own team alone; disclosed for everyone else.
DisclosureRule RuleFor(const Actor& actor, const EvaluationRequest& request) {
  if (actor.role == Role::kAdministrator) return DisclosureRule::kNone;
  if (actor.role == Role::kTeamLead && !actor.team_id.empty() && request.teams.size() == 1 &&
      request.teams.front() == actor.team_id) {
    return DisclosureRule::kNone;
  }
  return DisclosureRule::kMhsds;
}

EvaluationPlaces PlacesOf(const ev::Places& places, bool with_teams) {
  EvaluationPlaces out;
  for (std::size_t i = 0; i < places.locality_ids.size(); ++i) {
    out.localities.push_back(
        {.id = places.locality_ids[i], .name = places.locality_names[i], .locality_id = ""});
  }
  if (with_teams) {
    for (std::size_t i = 0; i < places.team_ids.size(); ++i) {
      out.teams.push_back(
          {.id = places.team_ids[i],
           .name = places.team_names[i],
           .locality_id = places.locality_ids[static_cast<std::size_t>(places.team_locality[i])]});
    }
  }
  return out;
}

}  // namespace

Result<EvaluationPlaces> EvaluationService::Places(const Actor& actor) {
  if (!MaySeeDashboards(actor)) return Fail(team_internal::NotFound("report"));
  auto s = Facts();
  if (!s) return Fail(std::move(s.error()));
  return PlacesOf((*s)->facts.places, true);
}

Result<EvaluationPlaces> EvaluationService::OpenPlaces() {
  auto s = Facts();
  if (!s) return Fail(std::move(s.error()));
  return PlacesOf((*s)->facts.places, false);
}

Result<EvaluationTable> EvaluationService::Dashboard(const Actor& actor,
                                                     const EvaluationRequest& request) {
  if (!MaySeeDashboards(actor)) return Fail(team_internal::NotFound("report"));
  auto s = Facts();
  if (!s) return Fail(std::move(s.error()));
  auto table = Build(**s, request, RuleFor(actor, request), false);
  if (!table) return table;
  std::string reason = MonthKey(table->first_day) + " to " + MonthKey(table->last_day);
  if (!request.localities.empty())
    reason += "; localities " + std::to_string(request.localities.size());
  if (!request.teams.empty()) reason += "; teams " + std::to_string(request.teams.size());
  const Timestamp now = clock_.Now();
  Status audited = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) {
    return team_internal::Audit(tx, actor, now, "evaluation.read", "report", table->measure->key,
                                reason);
  });
  if (!audited) return Fail(std::move(audited.error()));
  return table;
}

Result<EvaluationTable> EvaluationService::Open(const EvaluationRequest& request) {
  if (!request.teams.empty()) {
    return Fail(
        Error::Invalid("Open data is by locality",
                       {{"teams", "Open data is published by locality and month, not by team"}}));
  }
  auto s = Facts();
  if (!s) return Fail(std::move(s.error()));
  return Build(**s, request, settings_.public_rule, true);
}

Result<EvaluationTable> EvaluationService::Build(const Snapshot& snapshot,
                                                 const EvaluationRequest& request,
                                                 DisclosureRule rule, bool public_only) {
  const ev::Places& places = snapshot.facts.places;
  // No measure named: the first of the set.
  const View* view = FindView(request.measure.empty() ? kViews[0].key : request.measure);
  const ev::MeasureDefinition* definition = view ? ev::FindMeasure(view->measure) : nullptr;
  if (definition == nullptr || (public_only && !view->open)) {
    return Fail(Error::Invalid("Choose a measure", {{"measure", "Choose a measure"}}));
  }
  auto read = ReadRequest(request, places, Date::InLondon(clock_.Now()));
  if (!read) return Fail(std::move(read.error()));
  auto grid = view->compute(snapshot.facts, read->scope);
  if (!grid) return Fail(std::move(grid.error()));

  EvaluationTable out;
  out.key = std::string(view->key);
  out.name = std::string(view->label.empty() ? definition->name : view->label);
  out.measure = definition;
  out.kind = view->kind;
  out.rule = rule;
  out.first_day = read->scope.first_day;
  out.last_day = read->scope.last_day;
  out.team_names = read->team_names;
  out.facts_read_at = snapshot.read_at;
  const std::int32_t months = view->months == Months::kNone ? 0 : grid->columns;
  for (std::int32_t m = 0; m < months; ++m) {
    out.months.push_back(MonthKey(FirstOfMonth(out.first_day.year(), out.first_day.month() + m)));
  }

  // Exact figures on the grid DiscloseTable publishes: the rows shown by
  // column, with each row's total in the last column and every row's
  // together (all localities) in the last row. A rolling measure's months
  // do not add up: its whole period is its last month (the 12 months to
  // the period's end), and each month is disclosed on its own.
  const std::size_t rows = read->rows.size();
  const auto columns = static_cast<std::size_t>(grid->columns);
  const bool rolling = view->months == Months::kRolling;
  std::vector<std::vector<Exact>> exact(rows + 1, std::vector<Exact>(columns + 1));
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < columns; ++c) {
      const Exact& e = grid->At(read->rows[r], static_cast<std::int32_t>(c));
      exact[r][c] = e;
      exact[rows][c].Merge(e);
      if (!rolling) {
        exact[r][columns].Merge(e);
        exact[rows][columns].Merge(e);
      }
    }
  }
  if (rolling && columns > 0) {
    for (std::size_t r = 0; r <= rows; ++r) exact[r][columns] = exact[r][columns - 1];
  }
  auto counts_of = [&](auto part, std::size_t first, std::size_t end) {
    std::vector<std::vector<std::int64_t>> t(rows, std::vector<std::int64_t>(end - first));
    for (std::size_t r = 0; r < rows; ++r) {
      for (std::size_t c = first; c < end; ++c) t[r][c - first] = part(exact[r][c]);
    }
    return CountTable(t);
  };
  auto count = [](const Exact& e) { return e.count; };
  auto denominator = [](const Exact& e) { return e.denominator; };
  // Each disclosed table, with the columns of `exact` it covers.
  struct Disclosed {
    std::size_t first = 0;
    std::size_t end = 0;
    std::optional<DisclosedTable> counts;
    std::optional<DisclosedShareTable> shares;
  };
  std::vector<Disclosed> tables;
  auto disclose = [&](std::size_t first, std::size_t end) {
    Disclosed d{.first = first, .end = end, .counts = {}, .shares = {}};
    if (view->kind == FigureKind::kShare) {
      d.shares = DiscloseShareTable(counts_of(count, first, end),
                                    counts_of(denominator, first, end), rule);
    } else {
      d.counts = DiscloseTable(counts_of(count, first, end), rule);
    }
    tables.push_back(std::move(d));
  };
  if (rolling) {
    for (std::size_t c = 0; c < columns; ++c) disclose(c, c + 1);
  } else {
    disclose(0, columns);
  }
  // Column c of `exact` (columns: the whole period) in the disclosed tables.
  auto figure = [&](std::size_t r, std::size_t c) {
    const Disclosed* d = &tables.back();
    std::size_t at = c - d->first;
    if (c < columns) {
      for (const Disclosed& t : tables) {
        if (c >= t.first && c < t.end) {
          d = &t;
          at = c - t.first;
        }
      }
    } else if (rolling) {
      at = 0;  // the last month's table: its cell is the whole period
    } else {
      at = d->end - d->first;  // the row totals
    }
    ShownFigure f;
    if (d->shares) {
      const DisclosedEntry& n = d->shares->numerators.entry(r, at);
      const DisclosedEntry& dn = d->shares->denominators.entry(r, at);
      f.count = n.value;
      f.denominator = dn.value;
      f.percent = d->shares->percent(r, at);
      f.secondary =
          n.suppression == Suppression::kSecondary || dn.suppression == Suppression::kSecondary;
      return f;
    }
    const DisclosedEntry& n = d->counts->entry(r, at);
    f.count = n.value;
    f.secondary = n.suppression == Suppression::kSecondary;
    if (view->kind == FigureKind::kDays && n.value) {
      f.median_hundredths = exact[r][c].days.PercentileHundredths(50);
      f.p90_hundredths = exact[r][c].days.PercentileHundredths(90);
    }
    return f;
  };
  for (std::size_t r = 0; r <= rows; ++r) {
    EvaluationRow row{.locality_id = "",
                      .name = std::string(kAllLocalities),
                      .by_month = {},
                      .whole_period = figure(r, columns)};
    if (r < rows) {
      const auto l = static_cast<std::size_t>(read->rows[r]);
      row.locality_id = places.locality_ids[l];
      row.name = places.locality_names[l];
    }
    if (months > 0) {
      for (std::size_t c = 0; c < columns; ++c) row.by_month.push_back(figure(r, c));
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace lw

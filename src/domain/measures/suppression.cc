#include "domain/measures/suppression.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <utility>

#include "base/check.h"

namespace lw {
namespace {

bool Hidden(Suppression s) { return s == Suppression::kPrimary || s == Suppression::kSecondary; }

struct Position {
  std::size_t row;
  std::size_t column;
};

// The suppression state of a table's grid while DiscloseTable works on it.
// Lines are numbered grid rows first (0 .. height-1), then grid columns
// (height .. height+width-1); the same numbers name the nodes of the graph
// whose edges are the hidden entries.
class Work {
 public:
  Work(const CountTable& table, DisclosureRule rule)
      : table_(table),
        rule_(rule),
        height_(table.rows() + 1),
        width_(table.columns() + 1),
        state_(height_ * width_, Suppression::kNone) {}

  DisclosureRule rule() const { return rule_; }
  std::size_t height() const { return height_; }
  std::size_t width() const { return width_; }
  std::size_t lines() const { return height_ + width_; }
  std::size_t index(Position p) const { return (p.row * width_) + p.column; }
  std::int64_t exact(Position p) const { return table_.entry(p.row, p.column); }
  Suppression& state(Position p) { return state_[index(p)]; }
  Suppression state(Position p) const { return state_[index(p)]; }
  bool hidden(Position p) const { return Hidden(state(p)); }
  bool is_total(Position p) const { return p.row + 1 == height_ || p.column + 1 == width_; }

  // The entries of a line in order; its total is the last.
  std::vector<Position> Line(std::size_t line) const {
    std::vector<Position> out;
    if (line < height_) {
      for (std::size_t c = 0; c < width_; ++c) out.push_back({line, c});
    } else {
      for (std::size_t r = 0; r < height_; ++r) out.push_back({r, line - height_});
    }
    return out;
  }

  // Nodes reachable from `start` along hidden entries other than `skip`.
  std::vector<bool> Reach(std::size_t start, Position skip) const {
    std::vector<bool> seen(lines(), false);
    std::vector<std::size_t> pending = {start};
    seen[start] = true;
    while (!pending.empty()) {
      const std::size_t node = pending.back();
      pending.pop_back();
      for (const Position p : Line(node)) {
        if (!hidden(p) || (p.row == skip.row && p.column == skip.column)) continue;
        const std::size_t other = node < height_ ? height_ + p.column : p.row;
        if (!seen[other]) {
          seen[other] = true;
          pending.push_back(other);
        }
      }
    }
    return seen;
  }

 private:
  const CountTable& table_;
  DisclosureRule rule_;
  std::size_t height_;
  std::size_t width_;
  std::vector<Suppression> state_;
};

// Lower is a better complement: non-zero before zero, then cells before
// totals (`total`: the line's, or any table total), then smaller, then
// earlier in row-major order.
auto ComplementKey(const Work& work, Position p, bool total) {
  const std::int64_t v = work.exact(p);
  return std::make_tuple(v == 0, total, v, p.row, p.column);
}

// The best shown entry of a line to hide; nullopt when all are hidden.
std::optional<Position> BestComplement(const Work& work, const std::vector<Position>& line) {
  const std::size_t last = line.size() - 1;  // the line's total
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (work.hidden(line[i])) continue;
    if (!best ||
        ComplementKey(work, line[i], i == last) < ComplementKey(work, line[*best], *best == last)) {
      best = i;
    }
  }
  if (!best) return std::nullopt;
  return line[*best];
}

// Step 2: one pass over the lines, giving each line with exactly one hidden
// entry a complement. Returns whether anything was hidden.
bool ProtectLines(Work& work) {
  bool changed = false;
  for (std::size_t line = 0; line < work.lines(); ++line) {
    const std::vector<Position> entries = work.Line(line);
    std::size_t hidden = 0;
    for (const Position p : entries) hidden += work.hidden(p) ? 1 : 0;
    if (hidden != 1) continue;
    if (const std::optional<Position> best = BestComplement(work, entries)) {
      work.state(*best) = Suppression::kSecondary;
      changed = true;
    }
  }
  return changed;
}

// Step 3: finds the first hidden entry (row-major) on no cycle that can be
// put on one, and hides the best entry joining its two sides. Returns
// whether anything was hidden.
bool ProtectBridge(Work& work) {
  for (std::size_t r = 0; r < work.height(); ++r) {
    for (std::size_t c = 0; c < work.width(); ++c) {
      const Position bridge{r, c};
      if (!work.hidden(bridge)) continue;
      const std::vector<bool> row_side = work.Reach(r, bridge);
      if (row_side[work.height() + c]) continue;  // on a cycle
      const std::vector<bool> column_side = work.Reach(work.height() + c, bridge);
      std::optional<Position> best;
      for (std::size_t i = 0; i < work.height(); ++i) {
        for (std::size_t j = 0; j < work.width(); ++j) {
          const Position p{i, j};
          const std::size_t column_node = work.height() + j;
          const bool joins = (row_side[i] && column_side[column_node]) ||
                             (column_side[i] && row_side[column_node]);
          if (!joins || work.hidden(p)) continue;
          if (!best || ComplementKey(work, p, work.is_total(p)) <
                           ComplementKey(work, *best, work.is_total(*best))) {
            best = p;
          }
        }
      }
      if (best) {
        work.state(*best) = Suppression::kSecondary;
        return true;
      }
    }
  }
  return false;
}

// Step 4, the interval audit. kUnbounded stands for "no upper bound".
constexpr std::int64_t kUnbounded = std::numeric_limits<std::int64_t>::max() / 4;
constexpr std::int64_t kRoundingSlack = 2;  // a shown v is ROUND(x/5)*5: |x - v| <= 2

struct Interval {
  std::int64_t lo;
  std::int64_t hi;
};

// The counts `rule` hides, [lo, hi]: [0, 4] for kMhsds, [1, 7] for
// kHesStyle, read off DiscloseCount rather than restated.
Interval HiddenCounts(DisclosureRule rule) {
  constexpr std::int64_t kLimit = 100;  // both rules show every count from 8
  Interval out{kUnbounded, -1};
  for (std::int64_t x = 0; x < kLimit; ++x) {
    if (DiscloseCount(x, rule)) continue;
    out.lo = std::min(out.lo, x);
    out.hi = std::max(out.hi, x);
  }
  return out;
}

// What a reader knows of an entry from its own published form. A shown v
// came from a count within 2 of it that the rule shows as v. Pages mark
// primary and secondary apart, so a primary entry is one of the counts the
// rule hides, and a secondary one is not: under kMhsds it is at least 5;
// under kHesStyle it may be a zero (step 2's last resort), so only >= 0.
Interval Prior(const Work& work, Position p, Interval hidden_counts) {
  switch (work.state(p)) {
    case Suppression::kNone: {
      const std::optional<std::int64_t> v = DiscloseCount(work.exact(p), work.rule());
      Interval out{kUnbounded, -1};
      for (std::int64_t x = std::max<std::int64_t>(0, *v - kRoundingSlack);
           x <= *v + kRoundingSlack; ++x) {
        if (DiscloseCount(x, work.rule()) != v) continue;
        out.lo = std::min(out.lo, x);
        out.hi = std::max(out.hi, x);
      }
      return out;
    }
    case Suppression::kPrimary:
      return hidden_counts;
    case Suppression::kSecondary:
      return {hidden_counts.lo == 0 ? hidden_counts.hi + 1 : 0, kUnbounded};
    case Suppression::kUnpublished:
      break;
  }
  return {0, kUnbounded};
}

// The bounds on entry `i` of a line that the line gives, from the bounds
// `b` of the line's other entries: the total is the sum of the cells.
Interval LineBound(const Work& work, const std::vector<Interval>& b,
                   const std::vector<Position>& line, std::size_t i) {
  const std::size_t last = line.size() - 1;
  std::int64_t lo = 0;  // of the cells other than i
  std::int64_t hi = 0;
  for (std::size_t j = 0; j < last; ++j) {
    if (j == i) continue;
    const Interval& x = b[work.index(line[j])];
    lo += x.lo;
    hi = (hi >= kUnbounded || x.hi >= kUnbounded) ? kUnbounded : hi + x.hi;
  }
  if (i == last) return {lo, hi};
  const Interval& total = b[work.index(line[last])];
  return {hi >= kUnbounded ? 0 : std::max<std::int64_t>(0, total.lo - hi),
          total.hi >= kUnbounded ? kUnbounded : total.hi - lo};
}

// Every entry's bounds, from its prior and every line, tightened until
// nothing changes (each step moves an integer bound towards the truth).
std::vector<Interval> Bound(const Work& work, Interval hidden_counts) {
  std::vector<Interval> b;
  for (std::size_t r = 0; r < work.height(); ++r) {
    for (std::size_t c = 0; c < work.width(); ++c) b.push_back(Prior(work, {r, c}, hidden_counts));
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t line = 0; line < work.lines(); ++line) {
      const std::vector<Position> entries = work.Line(line);
      for (std::size_t i = 0; i < entries.size(); ++i) {
        Interval& x = b[work.index(entries[i])];
        const Interval y = LineBound(work, b, entries, i);
        if (y.lo > x.lo) {
          x.lo = y.lo;
          changed = true;
        }
        if (y.hi < x.hi) {
          x.hi = y.hi;
          changed = true;
        }
      }
    }
  }
  return b;
}

// Step 4: when the bounds pin a primary entry to one value, hides the best
// shown entry of the line that pins it (or, failing that, of either of its
// lines, or anywhere). Returns whether anything was hidden.
bool ProtectBounds(Work& work) {
  const Interval hidden_counts = HiddenCounts(work.rule());
  const std::vector<Interval> b = Bound(work, hidden_counts);
  for (std::size_t r = 0; r < work.height(); ++r) {
    for (std::size_t c = 0; c < work.width(); ++c) {
      const Position p{r, c};
      const Interval& x = b[work.index(p)];
      if (work.state(p) != Suppression::kPrimary || x.lo < x.hi) continue;
      const Interval prior = Prior(work, p, hidden_counts);
      const std::vector<Position> row = work.Line(r);
      const std::vector<Position> column = work.Line(work.height() + c);
      for (const std::vector<Position>* line : {&row, &column}) {
        const std::size_t i = line == &row ? c : r;
        const Interval y = LineBound(work, b, *line, i);
        const bool pins = (y.lo >= x.lo && x.lo > prior.lo) || (y.hi <= x.hi && x.hi < prior.hi);
        if (!pins) continue;
        if (const std::optional<Position> best = BestComplement(work, *line)) {
          work.state(*best) = Suppression::kSecondary;
          return true;
        }
      }
      std::optional<Position> best = BestComplement(work, row);
      if (!best) best = BestComplement(work, column);
      for (std::size_t i = 0; !best && i < work.height(); ++i) {
        best = BestComplement(work, work.Line(i));
      }
      if (!best) return false;  // all hidden: cannot happen, priors never pin
      work.state(*best) = Suppression::kSecondary;
      return true;
    }
  }
  return false;
}

}  // namespace

CountTable::CountTable(const std::vector<std::vector<std::int64_t>>& cells, bool totals_published)
    : rows_(cells.size()),
      columns_(cells.empty() ? 0 : cells.front().size()),
      totals_published_(totals_published),
      entries_((rows_ + 1) * (columns_ + 1), 0) {
  LW_CHECK(rows_ > 0 && columns_ > 0);
  const std::size_t width = columns_ + 1;
  for (std::size_t r = 0; r < rows_; ++r) {
    LW_CHECK(cells[r].size() == columns_);
    for (std::size_t c = 0; c < columns_; ++c) {
      const std::int64_t v = cells[r][c];
      LW_CHECK(v >= 0);
      entries_[(r * width) + c] = v;
      entries_[(r * width) + columns_] += v;
      entries_[(rows_ * width) + c] += v;
      entries_[(rows_ * width) + columns_] += v;
    }
  }
}

std::int64_t CountTable::entry(std::size_t row, std::size_t column) const {
  LW_CHECK(row <= rows_ && column <= columns_);
  return entries_[(row * (columns_ + 1)) + column];
}

std::int64_t CountTable::cell(std::size_t row, std::size_t column) const {
  LW_CHECK(row < rows_ && column < columns_);
  return entry(row, column);
}

const DisclosedEntry& DisclosedTable::entry(std::size_t row, std::size_t column) const {
  LW_CHECK(row <= rows && column <= columns && entries.size() == (rows + 1) * (columns + 1));
  return entries[(row * (columns + 1)) + column];
}

DisclosedEntry& DisclosedTable::entry(std::size_t row, std::size_t column) {
  LW_CHECK(row <= rows && column <= columns && entries.size() == (rows + 1) * (columns + 1));
  return entries[(row * (columns + 1)) + column];
}

const DisclosedEntry& DisclosedTable::cell(std::size_t row, std::size_t column) const {
  LW_CHECK(row < rows && column < columns);
  return entry(row, column);
}

DisclosedTable DiscloseTable(const CountTable& table, DisclosureRule rule) {
  Work work(table, rule);
  for (std::size_t r = 0; r < work.height(); ++r) {
    for (std::size_t c = 0; c < work.width(); ++c) {
      const Position p{r, c};
      if (work.is_total(p) && !table.totals_published()) {
        work.state(p) = Suppression::kUnpublished;
      } else if (!DiscloseCount(work.exact(p), rule)) {
        work.state(p) = Suppression::kPrimary;
      }
    }
  }
  if (table.totals_published() && rule != DisclosureRule::kNone) {
    do {
      do {
        while (ProtectLines(work)) {
        }
      } while (ProtectBridge(work));
    } while (ProtectBounds(work));
  }
  DisclosedTable out{.rows = table.rows(),
                     .columns = table.columns(),
                     .totals_published = table.totals_published(),
                     .entries = {}};
  out.entries.reserve(work.height() * work.width());
  for (std::size_t r = 0; r < work.height(); ++r) {
    for (std::size_t c = 0; c < work.width(); ++c) {
      const Position p{r, c};
      const Suppression s = work.state(p);
      out.entries.push_back(
          {.value = s == Suppression::kNone ? DiscloseCount(work.exact(p), rule) : std::nullopt,
           .suppression = s});
    }
  }
  return out;
}

std::vector<RecoveredEntry> RecoverSuppressed(const DisclosedTable& published) {
  if (!published.totals_published) return {};
  const std::size_t height = published.rows + 1;
  const std::size_t width = published.columns + 1;
  LW_CHECK(published.entries.size() == height * width);

  // Unknowns: the entries without a value, row-major.
  std::vector<Position> unknowns;
  std::vector<std::size_t> unknown_of(height * width, 0);
  for (std::size_t r = 0; r < height; ++r) {
    for (std::size_t c = 0; c < width; ++c) {
      if (published.entry(r, c).value) continue;
      unknown_of[(r * width) + c] = unknowns.size();
      unknowns.push_back({r, c});
    }
  }

  // One equation per line, cells minus total = 0, with the shown values
  // moved to the right-hand side.
  const std::size_t n = unknowns.size();
  std::vector<std::vector<std::int64_t>> lhs(height + width, std::vector<std::int64_t>(n, 0));
  std::vector<std::int64_t> rhs(height + width, 0);
  auto add = [&](std::size_t line, std::size_t r, std::size_t c, std::int64_t coefficient) {
    const std::optional<std::int64_t>& value = published.entry(r, c).value;
    if (value) {
      rhs[line] -= coefficient * *value;
    } else {
      lhs[line][unknown_of[(r * width) + c]] += coefficient;
    }
  };
  for (std::size_t r = 0; r < height; ++r) {
    for (std::size_t c = 0; c < width; ++c) {
      add(r, r, c, c + 1 == width ? -1 : 1);
      add(height + c, r, c, r + 1 == height ? -1 : 1);
    }
  }

  // Gauss-Jordan elimination. The matrix is, up to the sign of rows and
  // columns, the incidence matrix of a bipartite graph: totally unimodular,
  // which elimination preserves, so every pivot is 1 or -1 and the
  // arithmetic stays exact in integers.
  std::vector<std::size_t> pivot_columns;
  for (std::size_t col = 0; col < n; ++col) {
    const std::size_t top = pivot_columns.size();
    std::size_t pivot = top;
    while (pivot < lhs.size() && lhs[pivot][col] == 0) ++pivot;
    if (pivot == lhs.size()) continue;
    std::swap(lhs[top], lhs[pivot]);
    std::swap(rhs[top], rhs[pivot]);
    const std::int64_t p = lhs[top][col];
    LW_CHECK(p == 1 || p == -1);
    for (std::int64_t& a : lhs[top]) a *= p;
    rhs[top] *= p;
    for (std::size_t i = 0; i < lhs.size(); ++i) {
      const std::int64_t f = lhs[i][col];
      if (i == top || f == 0) continue;
      for (std::size_t j = 0; j < n; ++j) lhs[i][j] -= f * lhs[top][j];
      rhs[i] -= f * rhs[top];
    }
    pivot_columns.push_back(col);
  }

  // A pivot row with no free unknown left in it fixes its unknown.
  std::vector<RecoveredEntry> out;
  for (std::size_t k = 0; k < pivot_columns.size(); ++k) {
    std::size_t nonzero = 0;
    for (const std::int64_t a : lhs[k]) nonzero += a != 0 ? 1 : 0;
    if (nonzero != 1) continue;
    const Position p = unknowns[pivot_columns[k]];
    out.push_back({.row = p.row, .column = p.column, .value = rhs[k]});
  }
  return out;
}

std::optional<std::int64_t> DisclosedShareTable::percent(std::size_t row,
                                                         std::size_t column) const {
  LW_CHECK(row <= numerators.rows && column <= numerators.columns);
  return percents[(row * (numerators.columns + 1)) + column];
}

DisclosedShareTable DiscloseShareTable(const CountTable& numerators, const CountTable& denominators,
                                       DisclosureRule rule) {
  LW_CHECK(numerators.rows() == denominators.rows() &&
           numerators.columns() == denominators.columns());
  DisclosedShareTable out{.numerators = DiscloseTable(numerators, rule),
                          .denominators = DiscloseTable(denominators, rule),
                          .percents = {}};
  for (std::size_t r = 0; r <= numerators.rows(); ++r) {
    for (std::size_t c = 0; c <= numerators.columns(); ++c) {
      // A hidden or unpublished entry on either side hides the percentage.
      const bool shown =
          out.numerators.entry(r, c).value.has_value() && out.denominators.entry(r, c).value;
      out.percents.push_back(
          shown ? DisclosePercent(numerators.entry(r, c), denominators.entry(r, c), rule)
                : std::nullopt);
    }
  }
  return out;
}

}  // namespace lw

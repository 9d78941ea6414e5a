#include "domain/measures/suppression.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace lw {
namespace suppression_test {
namespace {

using Grid = std::vector<std::vector<std::int64_t>>;
using Positions = std::set<std::pair<std::size_t, std::size_t>>;

constexpr Suppression kShown = Suppression::kNone;

// The grid positions of `published` whose suppression is `kind`.
Positions Where(const DisclosedTable& published, Suppression kind) {
  Positions out;
  for (std::size_t r = 0; r <= published.rows; ++r) {
    for (std::size_t c = 0; c <= published.columns; ++c) {
      if (published.entry(r, c).suppression == kind) out.insert({r, c});
    }
  }
  return out;
}

// The entries of grid line `line`: rows first, then columns; total last.
std::vector<std::pair<std::size_t, std::size_t>> LineOf(const DisclosedTable& t, std::size_t line) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  if (line <= t.rows) {
    for (std::size_t c = 0; c <= t.columns; ++c) out.emplace_back(line, c);
  } else {
    for (std::size_t r = 0; r <= t.rows; ++r) out.emplace_back(r, line - t.rows - 1);
  }
  return out;
}

std::size_t LineCount(const DisclosedTable& t) { return t.rows + 1 + t.columns + 1; }

// What a reader knows of an entry from the page: the true value lies in
// [lo, hi]. kUnbounded stands for no upper bound.
constexpr std::int64_t kUnbounded = std::numeric_limits<std::int64_t>::max() / 4;
struct Bounds {
  std::int64_t lo;
  std::int64_t hi;
};

// The reader's starting knowledge, written out per rule (the library reads
// it off DiscloseCount). A shown v is ROUND(x/5)*5 = v, so x is within 2 of
// v and not small enough to have been hidden. Pages mark primary and
// secondary differently, so the reader knows which is which: a primary
// entry is small; under kMhsds a secondary one was not (under kHesStyle it
// could be a zero chosen as a last resort).
Bounds Prior(const DisclosedEntry& e, DisclosureRule rule) {
  const bool mhsds = rule == DisclosureRule::kMhsds;
  switch (e.suppression) {
    case Suppression::kNone: {
      const std::int64_t v = *e.value;
      if (v == 0) return {0, 0};
      return {std::max<std::int64_t>(v - 2, mhsds ? 5 : 8), v + 2};
    }
    case Suppression::kPrimary:
      return mhsds ? Bounds{0, 4} : Bounds{1, 7};
    case Suppression::kSecondary:
      return {mhsds ? 5 : 0, kUnbounded};
    case Suppression::kUnpublished:
      break;
  }
  return {0, kUnbounded};
}

// The interval attack: each line's cells sum to its total, so each entry
// is bounded by the bounds of the rest of its line. Tightens every entry's
// bounds until nothing changes.
std::vector<Bounds> IntervalAttack(const DisclosedTable& t, DisclosureRule rule) {
  std::vector<Bounds> b;
  b.reserve(t.entries.size());
  for (const DisclosedEntry& e : t.entries) b.push_back(Prior(e, rule));
  auto at = [&](std::pair<std::size_t, std::size_t> p) -> Bounds& {
    return b[(p.first * (t.columns + 1)) + p.second];
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t line = 0; line < LineCount(t); ++line) {
      const auto entries = LineOf(t, line);
      const std::size_t cells = entries.size() - 1;
      std::int64_t lo_sum = 0;
      std::int64_t hi_sum = 0;  // over cells with an upper bound
      std::size_t unbounded = 0;
      for (std::size_t i = 0; i < cells; ++i) {
        lo_sum += at(entries[i]).lo;
        if (at(entries[i]).hi >= kUnbounded) {
          ++unbounded;
        } else {
          hi_sum += at(entries[i]).hi;
        }
      }
      auto tighten = [&](Bounds& x, std::int64_t lo, std::int64_t hi) {
        if (lo > x.lo) {
          x.lo = lo;
          changed = true;
        }
        if (hi < x.hi) {
          x.hi = hi;
          changed = true;
        }
      };
      Bounds& total = at(entries[cells]);
      tighten(total, lo_sum, unbounded > 0 ? kUnbounded : hi_sum);
      for (std::size_t i = 0; i < cells; ++i) {
        Bounds& x = at(entries[i]);
        const bool x_unbounded = x.hi >= kUnbounded;
        const std::size_t others_unbounded = unbounded - (x_unbounded ? 1 : 0);
        const std::int64_t others_lo = lo_sum - x.lo;
        const std::int64_t lo =
            others_unbounded > 0 ? 0 : total.lo - (hi_sum - (x_unbounded ? 0 : x.hi));
        const std::int64_t hi = total.hi >= kUnbounded ? kUnbounded : total.hi - others_lo;
        tighten(x, lo, hi);
      }
    }
  }
  return b;
}

// The exact grid and what is published, for failure messages: "12=10",
// "3=*" (primary), "7=+" (secondary).
std::string Describe(const CountTable& table, const DisclosedTable& t) {
  std::string out;
  for (std::size_t r = 0; r <= table.rows(); ++r) {
    for (std::size_t c = 0; c <= table.columns(); ++c) {
      const DisclosedEntry& e = t.entry(r, c);
      out += std::to_string(table.entry(r, c)) + "=" +
             (e.value                                    ? std::to_string(*e.value)
              : e.suppression == Suppression::kSecondary ? std::string("+")
                                                         : std::string("*")) +
             (c == table.columns() ? "\n" : " ");
    }
  }
  return out;
}

// Random tables with many small counts, seeded.
Grid RandomGrid(std::mt19937& rng) {
  std::uniform_int_distribution<std::size_t> size(1, 6);
  std::uniform_int_distribution<int> kind(0, 2);
  std::uniform_int_distribution<std::int64_t> small(0, 9);
  std::uniform_int_distribution<std::int64_t> large(0, 60);
  const std::size_t rows = size(rng);
  const std::size_t columns = size(rng);
  Grid g(rows, std::vector<std::int64_t>(columns));
  for (auto& row : g) {
    for (std::int64_t& v : row) v = kind(rng) == 0 ? large(rng) : small(rng);
  }
  return g;
}

// docs/measures.md section 9 test vectors, as 1x1 tables: the cell and its
// three totals (all the same count) are disclosed as DiscloseCount says.
TEST(SuppressionTest, OneByOneTablesFollowTheSectionNineVectors) {
  struct Vector {
    DisclosureRule rule;
    std::int64_t count;
    std::optional<std::int64_t> shown;
  };
  const DisclosureRule m = DisclosureRule::kMhsds;
  const DisclosureRule h = DisclosureRule::kHesStyle;
  for (const Vector& v : {Vector{m, 0, std::nullopt}, Vector{m, 4, std::nullopt}, Vector{m, 5, 5},
                          Vector{m, 7, 5}, Vector{m, 8, 10}, Vector{m, 12, 10}, Vector{m, 13, 15},
                          Vector{m, 254, 255}, Vector{h, 0, 0}, Vector{h, 3, std::nullopt},
                          Vector{h, 7, std::nullopt}, Vector{h, 8, 10}, Vector{h, 318, 320}}) {
    SCOPED_TRACE(std::string(DisclosureRuleKey(v.rule)) + " " + std::to_string(v.count));
    const DisclosedTable t = DiscloseTable(CountTable(Grid{{v.count}}), v.rule);
    const Suppression expected = v.shown ? kShown : Suppression::kPrimary;
    for (const DisclosedEntry* e :
         {&t.cell(0, 0), &t.row_total(0), &t.column_total(0), &t.grand_total()}) {
      EXPECT_EQ(e->value, v.shown);
      EXPECT_EQ(e->suppression, expected);
    }
    EXPECT_TRUE(RecoverSuppressed(t).empty());
  }
}

TEST(SuppressionTest, ARowWithOneSmallCellLosesItsSmallestOtherCellToo) {
  // 3 is hidden; 20 - 12 - 15 would give it back from the row total, so
  // the smallest other cell, 12, goes too. The row total stays shown. In a
  // one-row table each column total repeats its cell and goes with it.
  const DisclosedTable t = DiscloseTable(CountTable(Grid{{3, 20, 12, 15}}), DisclosureRule::kMhsds);
  EXPECT_EQ(Where(t, Suppression::kPrimary), (Positions{{0, 0}, {1, 0}}));
  EXPECT_EQ(Where(t, Suppression::kSecondary), (Positions{{0, 2}, {1, 2}}));
  EXPECT_EQ(t.cell(0, 1).value, 20);
  EXPECT_EQ(t.cell(0, 3).value, 15);
  EXPECT_EQ(t.row_total(0).value, 50);
  EXPECT_EQ(t.grand_total().value, 50);
  EXPECT_TRUE(RecoverSuppressed(t).empty());
}

TEST(SuppressionTest, TiesGoToTheLowerIndex) {
  const DisclosedTable t = DiscloseTable(CountTable(Grid{{3, 12, 12}}), DisclosureRule::kMhsds);
  EXPECT_EQ(t.cell(0, 1).suppression, Suppression::kSecondary);
  EXPECT_EQ(t.cell(0, 2).value, 10);
}

TEST(SuppressionTest, SecondarySuppressionCascadesToAFixedPoint) {
  // Row 0 hides 10 for the 2; column 0 then hides 40 and column 1 hides 20;
  // row 1 then hides 9 and row 2 hides 60; column 2 then hides 30. Every
  // line then has none or at least two hidden entries.
  const DisclosedTable t = DiscloseTable(CountTable(Grid{{2, 10, 30}, {40, 90, 9}, {60, 20, 80}}),
                                         DisclosureRule::kMhsds);
  EXPECT_EQ(Where(t, Suppression::kPrimary), (Positions{{0, 0}}));
  EXPECT_EQ(Where(t, Suppression::kSecondary),
            (Positions{{0, 1}, {0, 2}, {1, 0}, {1, 2}, {2, 0}, {2, 1}}));
  EXPECT_EQ(t.cell(1, 1).value, 90);
  EXPECT_EQ(t.cell(2, 2).value, 80);
  for (std::size_t i = 0; i <= 3; ++i) {
    EXPECT_EQ(t.row_total(i).suppression, kShown);
    EXPECT_EQ(t.column_total(i).suppression, kShown);
  }
  EXPECT_TRUE(RecoverSuppressed(t).empty());
}

TEST(SuppressionTest, ASingleColumnTableHidesTheRowTotalsThatRepeatHiddenCells) {
  // Column 0 hides 20 for the 3; the column of row totals (3 hidden, 20,
  // total 23) then hides the row total 20, which would repeat it.
  const DisclosedTable t = DiscloseTable(CountTable(Grid{{3}, {20}}), DisclosureRule::kMhsds);
  EXPECT_EQ(Where(t, Suppression::kPrimary), (Positions{{0, 0}, {0, 1}}));
  EXPECT_EQ(Where(t, Suppression::kSecondary), (Positions{{1, 0}, {1, 1}}));
  EXPECT_EQ(t.column_total(0).value, 25);  // 23
  EXPECT_EQ(t.grand_total().value, 25);
  EXPECT_TRUE(RecoverSuppressed(t).empty());
}

// A line where the only other entry is the total (beside a zero): the total
// is hidden. Zeros stay shown under kHesStyle and are not complements.
TEST(SuppressionTest, ALineWithOnlyAZeroAndItsTotalLeftLosesTheTotal) {
  // Row 1 hides 30 for the 3 and column 0 hides 20. Column 1 is then 0 and
  // 30 (hidden) with total 30: the zero is not taken, the total is. Row 0
  // (20 hidden, 0) then takes its total; row 2 takes 23, column 2 takes 33.
  const DisclosedTable t =
      DiscloseTable(CountTable(Grid{{20, 0}, {3, 30}}), DisclosureRule::kHesStyle);
  EXPECT_EQ(Where(t, Suppression::kPrimary), (Positions{{1, 0}}));
  EXPECT_EQ(Where(t, Suppression::kSecondary),
            (Positions{{0, 0}, {0, 2}, {1, 1}, {1, 2}, {2, 0}, {2, 1}}));
  EXPECT_EQ(t.column_total(1).suppression, Suppression::kSecondary);
  EXPECT_EQ(t.row_total(0).suppression, Suppression::kSecondary);
  EXPECT_EQ(t.cell(0, 1).value, 0);
  EXPECT_EQ(t.cell(0, 1).suppression, kShown);
  EXPECT_EQ(t.grand_total().value, 55);  // 53
  EXPECT_TRUE(RecoverSuppressed(t).empty());
}

// Two 2x2 blocks of small cells joined by one more small cell, (0, 2):
// every line has two or more hidden cells, but rows 0 and 1 minus columns
// 0 and 1 leave (0, 2) alone.
Grid JoinedBlocks() {
  return {{1, 2, 3, 30, 40},
          {2, 1, 25, 35, 45},
          {50, 55, 4, 1, 60},
          {65, 70, 2, 3, 75},
          {80, 85, 90, 95, 99}};
}

TEST(SuppressionTest, ACellOnlyCombinationsOfLinesRevealGetsACycle) {
  const DisclosedTable t = DiscloseTable(CountTable(JoinedBlocks()), DisclosureRule::kMhsds);
  EXPECT_EQ(Where(t, Suppression::kPrimary),
            (Positions{{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}}));
  // The smallest cell joining the blocks' rows and columns: (1, 2) = 25
  // (against 30, 35, 50, 55, 65, 70).
  EXPECT_EQ(Where(t, Suppression::kSecondary), (Positions{{1, 2}}));
  EXPECT_TRUE(RecoverSuppressed(t).empty());
}

TEST(SuppressionTest, SmallCountsPinnedByARoundedTotalLoseTheTotal) {
  // Rows 0 and 1 each hide their other cell for the 4, and then every line
  // has two hidden entries or none. But column 0 is 4 + 4 with total 8,
  // shown as 10: at least 8, with neither over 4, so both are 4. Column 0's
  // total goes, and then 70 beside it in the row of column totals.
  const Grid g = {{4, 30}, {4, 40}};
  const DisclosedTable t = DiscloseTable(CountTable(g), DisclosureRule::kMhsds);
  EXPECT_EQ(Where(t, Suppression::kPrimary), (Positions{{0, 0}, {1, 0}}));
  EXPECT_EQ(Where(t, Suppression::kSecondary), (Positions{{0, 1}, {1, 1}, {2, 0}, {2, 1}}));
  EXPECT_EQ(t.grand_total().value, 80);  // 78
  EXPECT_TRUE(RecoverSuppressed(t).empty());
  const std::vector<Bounds> b = IntervalAttack(t, DisclosureRule::kMhsds);
  EXPECT_LT(b[0].lo, b[0].hi);
  // With the column total and the 70 shown, the attack pins the first 4.
  DisclosedTable revealed = t;
  revealed.entry(2, 0) = {10, kShown};
  revealed.entry(2, 1) = {70, kShown};
  const std::vector<Bounds> pinned = IntervalAttack(revealed, DisclosureRule::kMhsds);
  EXPECT_EQ(pinned[0].lo, 4);
  EXPECT_EQ(pinned[0].hi, 4);
}

TEST(SuppressionTest, RecoverSolvesCombinationsOfLines) {
  // The same table published exactly with only the small cells hidden: the
  // audit finds (0, 2), and only it.
  const Grid g = JoinedBlocks();
  DisclosedTable t = DiscloseTable(CountTable(g), DisclosureRule::kNone);
  for (std::size_t r = 0; r < t.rows; ++r) {
    for (std::size_t c = 0; c < t.columns; ++c) {
      if (g[r][c] < 5) t.entry(r, c) = {std::nullopt, Suppression::kPrimary};
    }
  }
  EXPECT_EQ(RecoverSuppressed(t),
            (std::vector<RecoveredEntry>{{.row = 0, .column = 2, .value = 3}}));
}

TEST(SuppressionTest, RecoverSolvesALineWithOneUnknown) {
  DisclosedTable t = DiscloseTable(CountTable(Grid{{3, 20}, {40, 50}}), DisclosureRule::kNone);
  t.entry(0, 0) = {std::nullopt, Suppression::kPrimary};
  EXPECT_EQ(RecoverSuppressed(t),
            (std::vector<RecoveredEntry>{{.row = 0, .column = 0, .value = 3}}));
  // Hide the row total too: column 0 still gives the cell, then row 0 the
  // total.
  t.entry(0, 2) = {std::nullopt, Suppression::kSecondary};
  EXPECT_EQ(RecoverSuppressed(t),
            (std::vector<RecoveredEntry>{{.row = 0, .column = 0, .value = 3},
                                         {.row = 0, .column = 2, .value = 23}}));
}

TEST(SuppressionTest, WithoutTotalsOnlyPrimarySuppressionApplies) {
  const DisclosedTable t = DiscloseTable(
      CountTable(Grid{{3, 20}, {40, 50}}, /*totals_published=*/false), DisclosureRule::kMhsds);
  EXPECT_FALSE(t.totals_published);
  EXPECT_EQ(Where(t, Suppression::kPrimary), (Positions{{0, 0}}));
  EXPECT_TRUE(Where(t, Suppression::kSecondary).empty());
  EXPECT_EQ(Where(t, Suppression::kUnpublished),
            (Positions{{0, 2}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}));
  EXPECT_EQ(t.cell(0, 1).value, 20);
  EXPECT_EQ(t.row_total(0).value, std::nullopt);
  EXPECT_TRUE(RecoverSuppressed(t).empty());
}

TEST(SuppressionTest, NoneShowsEverythingExactly) {
  const DisclosedTable t = DiscloseTable(CountTable(Grid{{0, 3}, {7, 254}}), DisclosureRule::kNone);
  EXPECT_EQ(Where(t, kShown).size(), 9U);
  EXPECT_EQ(t.cell(0, 1).value, 3);
  EXPECT_EQ(t.row_total(1).value, 261);
  EXPECT_EQ(t.grand_total().value, 264);
}

TEST(SuppressionTest, APercentageGoesWithItsSecondarilySuppressedNumerator) {
  // Numerators: 3 is hidden, and with it 20 (row 0), 30 (column 0) and 40
  // (column 1). 20/60 would be 33% on its own, but 33% of the shown 60
  // gives back the hidden 20.
  const CountTable numerators(Grid{{3, 20, 25}, {30, 40, 50}});
  const CountTable denominators(Grid{{50, 60, 70}, {80, 90, 100}});
  const DisclosureRule rule = DisclosureRule::kMhsds;
  const DisclosedShareTable s = DiscloseShareTable(numerators, denominators, rule);
  EXPECT_EQ(s.numerators.cell(0, 1).suppression, Suppression::kSecondary);
  EXPECT_EQ(s.denominators.cell(0, 1).value, 60);
  EXPECT_EQ(DisclosePercent(20, 60, rule), 33);
  EXPECT_EQ(s.percent(0, 1), std::nullopt);
  EXPECT_EQ(s.percent(0, 0), std::nullopt);
  EXPECT_EQ(s.percent(1, 0), std::nullopt);
  EXPECT_EQ(s.percent(1, 1), std::nullopt);
  EXPECT_EQ(s.percent(0, 2), 36);  // 25/70
  EXPECT_EQ(s.percent(1, 2), 50);
  EXPECT_EQ(s.percent(0, 3), 27);  // 48/180
  EXPECT_EQ(s.percent(2, 3), 37);  // 168/450
}

TEST(SuppressionTest, APercentageGoesWithItsSecondarilySuppressedDenominator) {
  // Denominators: 4 is hidden, and with it 20 (row 1), 60 (column 0) and
  // 20 (column 1). 10/20 would be 50% on its own.
  const CountTable numerators(Grid{{10, 10}, {10, 10}});
  const CountTable denominators(Grid{{60, 20}, {20, 4}});
  const DisclosedShareTable s =
      DiscloseShareTable(numerators, denominators, DisclosureRule::kMhsds);
  EXPECT_EQ(s.denominators.cell(0, 1).suppression, Suppression::kSecondary);
  EXPECT_EQ(s.numerators.cell(0, 1).value, 10);
  EXPECT_EQ(s.percent(0, 1), std::nullopt);
  EXPECT_EQ(s.percent(1, 1), std::nullopt);
}

// Many small random tables: nothing hidden can be worked out, exactly or
// (for a small count) to a single value by bounds; the rule's own
// suppression is kept; shown values are the rule's.
TEST(SuppressionTest, RandomTablesLeakNothing) {
  constexpr std::uint32_t kSeed = 20240904;
  constexpr int kTables = 3000;
  std::mt19937 rng(kSeed);
  int primary_only_leaks = 0;  // shows the audit has something to find
  for (int n = 0; n < kTables; ++n) {
    const Grid g = RandomGrid(rng);
    const CountTable table(g);
    SCOPED_TRACE("table " + std::to_string(n));

    const DisclosedTable exact = DiscloseTable(table, DisclosureRule::kNone);
    for (std::size_t r = 0; r <= table.rows(); ++r) {
      for (std::size_t c = 0; c <= table.columns(); ++c) {
        ASSERT_EQ(exact.entry(r, c).value, table.entry(r, c));
        ASSERT_EQ(exact.entry(r, c).suppression, kShown);
      }
    }

    for (const DisclosureRule rule : {DisclosureRule::kMhsds, DisclosureRule::kHesStyle}) {
      SCOPED_TRACE(DisclosureRuleKey(rule));
      const DisclosedTable t = DiscloseTable(table, rule);
      DisclosedTable primary_only = t;
      for (std::size_t r = 0; r <= table.rows(); ++r) {
        for (std::size_t c = 0; c <= table.columns(); ++c) {
          const DisclosedEntry& e = t.entry(r, c);
          const std::optional<std::int64_t> own = DiscloseCount(table.entry(r, c), rule);
          if (!own) {
            ASSERT_EQ(e.suppression, Suppression::kPrimary);
          } else {
            ASSERT_NE(e.suppression, Suppression::kPrimary);
          }
          ASSERT_EQ(e.value.has_value(), e.suppression == kShown);
          if (e.value) {
            ASSERT_EQ(e.value, own);
          }
          if (e.suppression == Suppression::kSecondary) primary_only.entry(r, c) = {own, kShown};
        }
      }
      // No line with exactly one hidden entry, and no combination either.
      for (std::size_t line = 0; line < LineCount(t); ++line) {
        std::size_t hidden = 0;
        for (const auto& [r, c] : LineOf(t, line)) hidden += t.entry(r, c).value ? 0 : 1;
        ASSERT_NE(hidden, 1U) << "line " << line;
      }
      ASSERT_TRUE(RecoverSuppressed(t).empty()) << Describe(table, t);
      if (!RecoverSuppressed(primary_only).empty()) ++primary_only_leaks;

      // Bounds never exclude the truth, and never pin a small count.
      const std::vector<Bounds> b = IntervalAttack(t, rule);
      for (std::size_t r = 0; r <= table.rows(); ++r) {
        for (std::size_t c = 0; c <= table.columns(); ++c) {
          const Bounds& x = b[(r * (table.columns() + 1)) + c];
          ASSERT_LE(x.lo, table.entry(r, c));
          ASSERT_GE(x.hi, table.entry(r, c));
          if (t.entry(r, c).suppression == Suppression::kPrimary) {
            ASSERT_LT(x.lo, x.hi) << "(" << r << ", " << c << ") pinned to " << x.lo << "\n"
                                  << Describe(table, t);
          }
        }
      }

      // Percentages over a random denominator table of the same shape.
      Grid d = g;
      for (auto& row : d) {
        for (std::int64_t& v : row) v += std::uniform_int_distribution<std::int64_t>(0, 30)(rng);
      }
      const CountTable denominators(d);
      const DisclosedShareTable s = DiscloseShareTable(table, denominators, rule);
      const DisclosedTable td = DiscloseTable(denominators, rule);
      for (std::size_t r = 0; r <= table.rows(); ++r) {
        for (std::size_t c = 0; c <= table.columns(); ++c) {
          const bool both_shown = t.entry(r, c).value && td.entry(r, c).value;
          ASSERT_EQ(s.percent(r, c),
                    both_shown ? DisclosePercent(table.entry(r, c), denominators.entry(r, c), rule)
                               : std::nullopt);
        }
      }
    }
  }
  EXPECT_GT(primary_only_leaks, kTables / 10);
}

}  // namespace
}  // namespace suppression_test
}  // namespace lw

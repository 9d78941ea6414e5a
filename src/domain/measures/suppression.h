// Secondary suppression: disclosing a whole table of counts with its totals
// (docs/measures.md section 9; issue 9: "including secondary suppression
// where a suppressed cell could be recovered from totals").
//
// Primary suppression (disclosure.h) hides each small count on its own. A
// table published with its totals also publishes equations: each row's
// cells sum to its row total, each column's to its column total, and the
// row totals and the column totals each sum to the grand total. A hidden
// count that is the only unknown of one of these lines is its total minus
// the rest. Secondary suppression hides more entries, "complements", until
// no line and no combination of lines pins a hidden entry down.
//
// The table is a grid of (rows + 1) x (columns + 1) entries: cell (r, c)
// for r < rows and c < columns, row totals in column `columns`, column
// totals in row `rows`, the grand total at (rows, columns). The lines are
// every grid row and every grid column: each entry lies on exactly two.
//
// DiscloseTable, deterministically:
//  1. Primary: every entry (cells and totals) through DiscloseCount.
//  2. Lines: while a line has exactly one hidden entry, hide the line's
//     smallest non-zero shown cell (ties: lowest index); its total only when
//     no non-zero cell is left; a zero only when nothing else is.
//  3. Combinations: taking each hidden entry as an edge between its two
//     lines, a hidden entry is determined by the equations exactly when it
//     lies on no cycle of that graph (a bridge). Step 2 alone misses some:
//     two 2x2 blocks of hidden cells joined by one more hidden cell leave
//     every line with two or more unknowns, yet the block's row sums minus
//     its column sums give the joining cell. For the first bridge
//     (row-major), hide the smallest non-zero shown entry that joins its two
//     sides, cells before totals; then back to 2.
//  4. Bounds: shown values are rounded, so lines give bounds rather than
//     values, and a reader also knows a primary entry is a count the rule
//     hides ([0, 4] under kMhsds) and that a secondary one is not. Two
//     hidden 4s in a column whose total 8 shows as 10 are both 4: the total
//     is at least 8 and neither is over 4. Each entry's bounds are tightened
//     through its lines until nothing changes (shown v: a count within 2 of
//     v that shows as v); for the first primary entry pinned to one value,
//     hide the best shown entry (as in 2) of the line that pins it; then
//     back to 2.
// It ends when every hidden entry lies on a cycle and no primary entry is
// pinned by bounds: RecoverSuppressed, which solves the published equations
// taking shown values as exact, then determines nothing. Steps 2 and 3
// treat rounded values as exact (conservative: exact recovery is not
// possible with rounding, but bounds tighten); step 4 does not, and asks
// only that a small count is not narrowed to a single value.
//
// Zeros (CHOICE): under kMhsds a 0 is hidden like any count under 5. Under
// kHesStyle 0 stays 0 (section 9; UNCONFIRMED there): a zero is nobody, so
// it is published exactly and never protected for its own sake. A zero is
// chosen as a complement only when nothing else is left, because a hidden
// cell a reader can guess is 0 protects little.
//
// kNone hides nothing. A table published without its totals has no
// equations, so it gets primary suppression only.
//
// Not covered: a reader who combines this table with another publication
// about the same people (another breakdown, an earlier release), and totals
// that are not sums of their lines (people counted once across months).
// Those need the tables designed together.
//
// Thread-safety: values and pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "domain/measures/disclosure.h"

namespace lw {

// Exact counts by row and column, with the totals worked out from them.
class CountTable {
 public:
  // `cells[r][c]`. Every row has the same length; at least one row and one
  // column; no negative count. Anything else is a caller's bug (checked).
  // `totals_published`: whether the row, column and grand totals are
  // published beside the cells.
  explicit CountTable(const std::vector<std::vector<std::int64_t>>& cells,
                      bool totals_published = true);

  std::size_t rows() const { return rows_; }
  std::size_t columns() const { return columns_; }
  bool totals_published() const { return totals_published_; }

  // An entry of the (rows + 1) x (columns + 1) grid described above.
  std::int64_t entry(std::size_t row, std::size_t column) const;
  std::int64_t cell(std::size_t row, std::size_t column) const;
  std::int64_t row_total(std::size_t row) const { return entry(row, columns_); }
  std::int64_t column_total(std::size_t column) const { return entry(rows_, column); }
  std::int64_t grand_total() const { return entry(rows_, columns_); }

 private:
  std::size_t rows_;
  std::size_t columns_;
  bool totals_published_;
  std::vector<std::int64_t> entries_;  // the grid, row-major
};

// Why an entry is or is not shown; pages and feeds mark hidden entries by
// kind (primary "*" and secondary differently).
enum class Suppression : std::uint8_t {
  kNone,         // shown
  kPrimary,      // hidden by the rule: a small count
  kSecondary,    // hidden so that a primary one cannot be worked out
  kUnpublished,  // a total of a table published without totals
};

struct DisclosedEntry {
  std::optional<std::int64_t> value;  // as shown; nullopt unless kNone
  Suppression suppression = Suppression::kNone;
};

// A table as it may be published. Plain data, so a test can build one.
struct DisclosedTable {
  std::size_t rows = 0;
  std::size_t columns = 0;
  bool totals_published = true;
  std::vector<DisclosedEntry> entries;  // the grid, row-major

  const DisclosedEntry& entry(std::size_t row, std::size_t column) const;
  DisclosedEntry& entry(std::size_t row, std::size_t column);
  const DisclosedEntry& cell(std::size_t row, std::size_t column) const;
  const DisclosedEntry& row_total(std::size_t row) const { return entry(row, columns); }
  const DisclosedEntry& column_total(std::size_t column) const { return entry(rows, column); }
  const DisclosedEntry& grand_total() const { return entry(rows, columns); }
};

// Primary suppression by `rule`, then secondary suppression as above.
DisclosedTable DiscloseTable(const CountTable& table, DisclosureRule rule);

// A hidden entry a reader can work out, and the value they get (exact when
// the shown values are; an estimate when they are rounded).
struct RecoveredEntry {
  std::size_t row = 0;
  std::size_t column = 0;
  std::int64_t value = 0;
  bool operator==(const RecoveredEntry&) const = default;
};

// The audit: solves the published table's line equations, taking shown
// values as exact, and returns every hidden entry (primary or secondary)
// that they determine, row-major. This covers repeatedly solving any line
// with one unknown, and every combination of lines. Empty for a table
// published without totals.
std::vector<RecoveredEntry> RecoverSuppressed(const DisclosedTable& published);

// Percentages of numerator over denominator, entry by entry (totals too).
struct DisclosedShareTable {
  DisclosedTable numerators;
  DisclosedTable denominators;
  // The grid, row-major; nullopt when hidden, and for totals when either
  // table is published without them.
  std::vector<std::optional<std::int64_t>> percents;

  std::optional<std::int64_t> percent(std::size_t row, std::size_t column) const;
};

// Discloses both count tables with DiscloseTable, and each percentage with
// DisclosePercent, hiding it also when its numerator or denominator entry is
// hidden (primary or secondary): a shown percentage and denominator would
// otherwise give back the numerator. The tables must have the same shape
// (checked).
DisclosedShareTable DiscloseShareTable(const CountTable& numerators, const CountTable& denominators,
                                       DisclosureRule rule);

}  // namespace lw

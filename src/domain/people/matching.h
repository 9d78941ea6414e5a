// Recognising people who come back: the existing records most likely to be
// the person a new introduction is about, each with its reasons, for a staff
// member to confirm or dismiss. Matching is never automatic: this only
// offers.
//
// `FindLikelyMatches(query, people, limit)` compares the query with every
// person and returns at most `limit` (<= 0 gives none) matches, best first.
//
// How a person is judged (points are summed into `Match::score`):
//
//   NHS number  Both valid (Modulus 11) and equal: kSameNhsNumber, offered
//               whatever the names say (names change). A query number that
//               fails the check digit is ignored: never matched, never held
//               against anyone.
//               Both valid and different: kConflictingNhsNumber, offered only
//               if given name, family name and date of birth are all exactly
//               the same (a mistyped number can still pass the check), with
//               60 points taken off and listed after every other match.
//   Date of     same 40; "nearly" 25: day and month swapped, one digit
//   birth       different, or two adjacent digits swapped (1978 / 1987).
//   Family      same (after folding, so O'Brien = OBrien, Smith-Jones = Smith
//   name        Jones) 30; similar 20: Damerau-Levenshtein distance <= 1 when
//               the shorter name has 3 to 6 letters, <= 2 when longer, 0 for
//               1 or 2 letters (Jo is not Bo); shares a part 15
//               (Smith-Jones / Jones).
//   Given name  compared with the record's given name and preferred name and
//               with each part of them; same 20; known variant (nicknames.h:
//               Bob / Robert) 15; similar by the same distance rule 12.
//   Postcode    same postcode 15; else same district (outward code, SK14) 5.
//               A different postcode costs nothing: people move.
//
// Without the same NHS number a person is offered (kLikely) only if:
//   1. both names are at least similar (names alone are never enough), and
//   2. the dates of birth are the same or nearly so; or, when either side
//      has no date of birth, the full postcode is the same; a date of birth
//      that is known on both sides and not nearly the same excludes the
//      person, whatever else agrees (John Smith senior and junior), and
//   3. the score is at least kMinLikelyScore (55). With a date of birth this
//      only turns away "shares a part" + "similar given name" + "nearly the
//      same date"; without one it asks for the same postcode and at most one
//      name not exactly the same (e.g. 30 + 12 + 15 passes, 20 + 15 + 15 not).
//
// Order: kSameNhsNumber, then kLikely, then kConflictingNhsNumber; within
// each, higher score first, then person id, so the order is deterministic.
//
// Reasons are short sentences for the staff member, query value first:
// "Same NHS number", "Same date of birth", "Family name similar: Smtih /
// Smith", "Given name variant: Bob / Robert", "Same postcode district SK14".
// They may contain what was typed, so escape them when rendering.
//
// Cost: O(N) over the people; the date, postcode and NHS checks come first
// and are cheap, and only people who pass them have their names folded and
// compared (O(L^2) in name length L, skipped when the lengths alone rule a
// match out). Query names are cut to kMaxNameLength bytes after folding.
// 10,000 people: about 0.3 ms, and 3 ms in the worst case where all share
// the query's date of birth (Release, bench/matching_bench.cc).
//
// Pure: no I/O; thread-safe. Each Match points into `people`, which must
// outlive the result.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/dates.h"
#include "domain/people/person.h"

namespace lw {

// What is known about the person an introduction is about. Every field is
// optional (empty / nullopt); fields are taken as typed: names in any case
// and with accents, postcode in any spacing, NHS number with or without
// spaces. A postcode or NHS number that does not parse is ignored.
struct MatchQuery {
  std::string given_name;
  std::string family_name;
  std::optional<Date> date_of_birth;
  std::string postcode;
  std::string nhs_number;
};

enum class MatchKind {
  kSameNhsNumber,         // the same valid NHS number
  kLikely,                // names, date of birth and postcode agree enough
  kConflictingNhsNumber,  // everything else exactly the same, NHS numbers differ
};

inline constexpr int kMinLikelyScore = 55;

struct Match {
  const Person* person = nullptr;  // into the `people` passed in; not owned
  MatchKind kind = MatchKind::kLikely;
  int score = 0;
  // In a fixed order: NHS number, date of birth, family name, given name,
  // postcode. What agrees, plus "Different NHS number: check before linking"
  // and "No date of birth to compare" where they apply.
  std::vector<std::string> reasons;
};

std::vector<Match> FindLikelyMatches(const MatchQuery& query, std::span<const Person> people,
                                     int limit = 5);

}  // namespace lw

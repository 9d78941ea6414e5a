#include "domain/people/matching.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "domain/people/name_folding.h"
#include "domain/people/nhs_number.h"
#include "domain/people/nicknames.h"
#include "domain/people/postcode.h"

namespace lw {
namespace {

// Points; matching.h explains them. Chosen so that any kLikely match with a
// date of birth outranks one without, and kMinLikelyScore bites only where
// the header says.
constexpr int kSameNhsNumber = 100;
constexpr int kConflictingNhsPenalty = 60;
constexpr int kDobSame = 40;
constexpr int kDobNear = 25;
constexpr int kFamilySame = 30;
constexpr int kFamilySimilar = 20;
constexpr int kFamilySharesPart = 15;
constexpr int kGivenSame = 20;
constexpr int kGivenVariant = 15;
constexpr int kGivenSimilar = 12;
constexpr int kPostcodeSame = 15;
constexpr int kPostcodeDistrict = 5;

// Edits allowed between two folded names, by the shorter one's length. One-
// and two-letter names must be the same: one edit would make Jo of Bo.
int AllowedEdits(std::size_t shorter) {
  if (shorter <= 2) return 0;
  return shorter <= 6 ? 1 : 2;
}

bool Similar(std::string_view a, std::string_view b) {
  // Not std::minmax: it would return references to the temporaries.
  const std::size_t shorter = std::min(a.size(), b.size());
  const std::size_t longer = std::max(a.size(), b.size());
  int allowed = AllowedEdits(shorter);
  if (shorter == 0 || allowed == 0) return false;
  if (longer - shorter > static_cast<std::size_t>(allowed)) return false;  // cheap reject
  return DamerauLevenshteinDistance(a, b) <= allowed;
}

struct FoldedName {
  std::string_view original;       // as typed, for reasons
  std::string compact;             // "smithjones"
  std::vector<std::string> parts;  // {"smith", "jones"}; {compact} for one part
};

FoldedName Fold(std::string_view original) {
  FoldedName out{original, {}, {}};
  std::string folded = FoldName(original);
  if (folded.size() > kMaxNameLength) folded.resize(kMaxNameLength);
  std::string_view rest = folded;
  while (!rest.empty()) {
    std::size_t space = rest.find(' ');
    if (space != 0) out.parts.emplace_back(rest.substr(0, space));
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  for (const auto& part : out.parts) out.compact += part;
  return out;
}

std::string Pair(std::string_view prefix, std::string_view a, std::string_view b,
                 std::string_view suffix = "") {
  std::string s(prefix);
  s.append(a).append(" / ").append(b).append(suffix);
  return s;
}

struct NameAgreement {
  int points = 0;     // 0: no agreement
  bool same = false;  // the whole names fold to the same thing
  std::string reason;
};

NameAgreement CompareFamilyNames(const FoldedName& q, std::string_view record_name) {
  if (q.compact.empty()) return {};
  FoldedName r = Fold(record_name);
  if (r.compact.empty()) return {};
  if (q.compact == r.compact) return {kFamilySame, true, "Same family name"};
  if (Similar(q.compact, r.compact)) {
    return {kFamilySimilar, false, Pair("Family name similar: ", q.original, r.original)};
  }
  for (const auto& a : q.parts) {
    for (const auto& b : r.parts) {
      if (a.size() >= 2 && a == b) {
        return {kFamilySharesPart, false,
                Pair("Family name shares a part: ", q.original, r.original)};
      }
    }
  }
  return {};
}

// One of the record's given names (given or preferred) against the query's.
NameAgreement CompareOneGivenName(const FoldedName& q, std::string_view record_name,
                                  bool preferred) {
  FoldedName r = Fold(record_name);
  if (r.compact.empty()) return {};
  std::string_view suffix = preferred ? " (preferred name)" : "";
  if (q.compact == r.compact) {
    return {kGivenSame, true,
            preferred ? "Same as preferred name " + std::string(record_name) : "Same given name"};
  }
  bool part_same = false, variant = false, similar = Similar(q.compact, r.compact);
  for (const auto& a : q.parts) {
    for (const auto& b : r.parts) {
      part_same = part_same || (a.size() >= 2 && a == b);
      variant = variant || AreGivenNameVariants(a, b);
      similar = similar || Similar(a, b);
    }
  }
  if (part_same) {
    return {kGivenSame, false, Pair("Given name similar: ", q.original, record_name, suffix)};
  }
  if (variant) {
    return {kGivenVariant, false, Pair("Given name variant: ", q.original, record_name, suffix)};
  }
  if (similar) {
    return {kGivenSimilar, false, Pair("Given name similar: ", q.original, record_name, suffix)};
  }
  return {};
}

NameAgreement CompareGivenNames(const FoldedName& q, const Person& p) {
  if (q.compact.empty()) return {};
  NameAgreement best = CompareOneGivenName(q, p.given_name, false);
  if (!p.preferred_name.empty() && !best.same) {
    NameAgreement other = CompareOneGivenName(q, p.preferred_name, true);
    if (other.points > best.points || (other.same && !best.same)) best = std::move(other);
  }
  return best;
}

enum class DobAgreement { kUnknown, kSame, kNear, kDifferent };

std::array<char, 8> Digits(Date d) {
  std::array<char, 8> out{};
  int values[] = {d.year(), d.month(), d.day()};
  int widths[] = {4, 2, 2};
  std::size_t pos = 8;
  for (int k = 2; k >= 0; --k) {
    int v = values[k];
    for (int w = 0; w < widths[k]; ++w) {
      out[--pos] = static_cast<char>('0' + v % 10);
      v /= 10;
    }
  }
  return out;
}

// Compares two dates of birth; on kNear, `how` says why.
DobAgreement CompareDates(const std::optional<Date>& q, const std::optional<Date>& r,
                          std::string_view* how) {
  if (!q || !r) return DobAgreement::kUnknown;
  if (*q == *r) return DobAgreement::kSame;
  if (q->year() == r->year() && q->day() == r->month() && q->month() == r->day()) {
    *how = " (day and month swapped)";
    return DobAgreement::kNear;
  }
  std::array<char, 8> a = Digits(*q), b = Digits(*r);
  std::size_t first = 8, count = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    if (a[i] != b[i]) {
      if (count++ == 0) first = i;
    }
  }
  if (count == 1) {
    *how = " (one digit different)";
    return DobAgreement::kNear;
  }
  if (count == 2 && first + 1 < 8 && a[first] == b[first + 1] && a[first + 1] == b[first]) {
    *how = " (two digits swapped)";
    return DobAgreement::kNear;
  }
  return DobAgreement::kDifferent;
}

enum class PostcodeAgreement { kNone, kDistrict, kSame };

std::string_view District(std::string_view normalised) {
  return normalised.substr(0, normalised.find(' '));
}

}  // namespace

std::vector<Match> FindLikelyMatches(const MatchQuery& query, std::span<const Person> people,
                                     int limit) {
  std::vector<Match> out;
  if (limit <= 0) return out;

  // The query, prepared once.
  Result<std::string> nhs = ParseNhsNumber(query.nhs_number);  // checks the check digit
  Result<std::string> postcode = ParsePostcode(query.postcode);
  std::string_view district = postcode ? District(*postcode) : std::string_view();
  FoldedName family = Fold(query.family_name);
  FoldedName given = Fold(query.given_name);

  for (const Person& p : people) {
    // Cheap checks first: most people fail them and their names are never folded.
    bool same_nhs = false, conflicting_nhs = false;
    if (nhs && !p.nhs_number.empty() && NhsCheckDigitValid(p.nhs_number)) {
      same_nhs = p.nhs_number == *nhs;
      conflicting_nhs = !same_nhs;
    }
    std::string_view dob_how;
    DobAgreement dob = CompareDates(query.date_of_birth, p.date_of_birth, &dob_how);
    PostcodeAgreement place = PostcodeAgreement::kNone;
    if (postcode && !p.postcode.empty()) {
      if (p.postcode == *postcode) {
        place = PostcodeAgreement::kSame;
      } else if (District(p.postcode) == district) {
        place = PostcodeAgreement::kDistrict;
      }
    }
    if (!same_nhs) {
      if (conflicting_nhs && dob != DobAgreement::kSame) continue;
      if (dob == DobAgreement::kDifferent) continue;
      if (dob == DobAgreement::kUnknown && place != PostcodeAgreement::kSame) continue;
    }

    NameAgreement family_agreement = CompareFamilyNames(family, p.family_name);
    NameAgreement given_agreement = CompareGivenNames(given, p);
    if (!same_nhs) {
      if (family_agreement.points == 0 || given_agreement.points == 0) continue;
      if (conflicting_nhs && !(family_agreement.same && given_agreement.same)) continue;
    }

    Match m;
    m.person = &p;
    m.kind = same_nhs          ? MatchKind::kSameNhsNumber
             : conflicting_nhs ? MatchKind::kConflictingNhsNumber
                               : MatchKind::kLikely;
    if (same_nhs) {
      m.score += kSameNhsNumber;
      m.reasons.emplace_back("Same NHS number");
    }
    if (conflicting_nhs) {
      m.score -= kConflictingNhsPenalty;
      m.reasons.emplace_back("Different NHS number: check before linking");
    }
    if (dob == DobAgreement::kSame) {
      m.score += kDobSame;
      m.reasons.emplace_back("Same date of birth");
    } else if (dob == DobAgreement::kNear) {
      m.score += kDobNear;
      m.reasons.push_back(Pair("Date of birth nearly the same: ", query.date_of_birth->ToDisplay(),
                               p.date_of_birth->ToDisplay(), dob_how));
    } else if (dob == DobAgreement::kUnknown && !same_nhs) {
      m.reasons.emplace_back("No date of birth to compare");
    }
    for (NameAgreement* a : {&family_agreement, &given_agreement}) {
      if (a->points == 0) continue;
      m.score += a->points;
      m.reasons.push_back(std::move(a->reason));
    }
    if (place == PostcodeAgreement::kSame) {
      m.score += kPostcodeSame;
      m.reasons.push_back("Same postcode " + p.postcode);
    } else if (place == PostcodeAgreement::kDistrict) {
      m.score += kPostcodeDistrict;
      m.reasons.push_back("Same postcode district " + std::string(district));
    }
    if (m.kind == MatchKind::kLikely && m.score < kMinLikelyScore) continue;
    out.push_back(std::move(m));
  }

  std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.score != b.score) return a.score > b.score;
    return a.person->id < b.person->id;
  });
  if (out.size() > static_cast<std::size_t>(limit)) {
    out.erase(out.begin() + limit, out.end());
  }
  return out;
}

}  // namespace lw

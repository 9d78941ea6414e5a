// Answering a SearchQuery over a SearchIndex (search.h says what it does).
#include "domain/directory/search.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cmath>
#include <tuple>

#include "domain/directory/geo.h"
#include "domain/directory/languages.h"
#include "domain/directory/search_data.h"
#include "domain/directory/search_text.h"

namespace lw::directory {
namespace {

using namespace search_internal;

constexpr std::size_t kMaxExpansions = 48;
// A typo in the start of a longer word only from 5 characters: "debt" is
// not "dent(on)".
constexpr std::size_t kMinPrefixTypoLength = 5;
constexpr double kMaxWithinMetres = 1'000'000;

enum class MatchKind : std::uint8_t { kExact, kPrefix, kTypo };

struct Expansion {
  std::uint32_t term = 0;
  float quality = 0;
  MatchKind kind = MatchKind::kExact;
  // The rarity counted: the term's, but never more than the typed word's
  // own when it is a word of the directory, so that a rare longer word
  // ("debtline") never outranks the common word typed ("debt").
  float idf = 0;
};

struct Word {
  std::string text;
  std::vector<Expansion> expansions;
};

std::string Quoted(std::string_view s) { return "\u201C" + std::string(s) + "\u201D"; }

std::string LowerFirst(std::string_view s) {
  std::string out(s);
  if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

Status Validate(const SearchQuery& q) {
  auto invalid = [](std::string field, std::string message) -> Status {
    return Fail(Error::Invalid(message, {{std::move(field), message}}));
  };
  if (CountCharacters(q.text) > kMaxSearchCharacters) {
    return invalid("text", "Search for 200 characters or fewer");
  }
  if (CountCharacters(q.cultural_focus) > kMaxSearchCharacters) {
    return invalid("cultural_focus", "Enter a cultural focus of 200 characters or fewer");
  }
  if (q.age && (*q.age < 0 || *q.age > 130)) return invalid("age", "Enter an age from 0 to 130");
  if (q.language.size() > 16) return invalid("language", "Enter a language code such as “ur”");
  if (q.near) {
    if (!IsValidCoordinate(q.near->latitude, q.near->longitude)) {
      return invalid("near", "Enter a place with a real latitude and longitude");
    }
    if (q.near->within_metres &&
        !(*q.near->within_metres > 0 && *q.near->within_metres <= kMaxWithinMetres)) {
      return invalid("within", "Enter a distance from 1 metre to 1,000 km");
    }
  }
  if (q.open_at && (q.open_at->weekday < 0 || q.open_at->weekday > 6 || q.open_at->minute < 0 ||
                    q.open_at->minute >= kMinutesPerDay)) {
    return invalid("open_at", "Enter a day of the week and a time of day");
  }
  if (q.limit > kMaxSearchLimit) return invalid("limit", "Ask for 100 results or fewer a page");
  return Ok();
}

// The vocabulary terms a typed word stands for, best first.
std::vector<Expansion> Expand(const IndexData& data, const std::string& word) {
  std::vector<Expansion> out;
  const auto& terms = data.terms;
  auto less = [](const Term& t, std::string_view w) { return t.text < w; };
  auto it = std::lower_bound(terms.begin(), terms.end(), std::string_view(word), less);
  if (it != terms.end() && it->text == word) {
    out.push_back({static_cast<std::uint32_t>(it - terms.begin()), 1.0F, MatchKind::kExact});
    ++it;
  }
  const std::size_t length = CountCharacters(word);
  std::vector<std::uint32_t> prefixed;
  if (length >= 3) {
    for (; it != terms.end() && it->text.starts_with(word); ++it) {
      const auto t = static_cast<std::uint32_t>(it - terms.begin());
      prefixed.push_back(t);
      out.push_back({t, 0.75F, MatchKind::kPrefix});
    }
  }
  const int tolerance = TypoTolerance(length);
  if (tolerance > 0 && word.size() <= kMaxTypoWordLength) {
    const std::size_t shortest = word.size() - static_cast<std::size_t>(tolerance);
    const std::uint64_t letters = LetterMask(word);
    // Past this length only a typo at the start of a word can match.
    const std::size_t longest_whole = word.size() + static_cast<std::size_t>(tolerance);
    const std::size_t last = length >= kMinPrefixTypoLength
                                 ? data.by_length.size()
                                 : std::min(data.by_length.size(), longest_whole + 1);
    for (std::size_t len = shortest; len < last; ++len) {
      for (std::uint32_t t : data.by_length[len]) {
        // Each edit brings in at most one letter the word does not have.
        if (std::popcount(letters & ~terms[t].letters) > tolerance) continue;
        const std::string& text = terms[t].text;
        if (text == word || text.starts_with(word)) continue;
        const EditDistances d = BoundedEditDistances(word, text, tolerance);
        if (d.whole <= tolerance) {
          out.push_back({t, d.whole == 1 ? 0.6F : 0.45F, MatchKind::kTypo});
        } else if (length >= kMinPrefixTypoLength && d.prefix <= tolerance) {
          out.push_back({t, d.prefix == 1 ? 0.45F : 0.35F, MatchKind::kTypo});
        }
      }
    }
  }
  const float cap =
      !out.empty() && out[0].kind == MatchKind::kExact ? terms[out[0].term].idf : 1e9F;
  for (Expansion& e : out) e.idf = std::min(terms[e.term].idf, cap);
  if (out.size() > kMaxExpansions) {
    std::stable_sort(out.begin(), out.end(), [&](const Expansion& a, const Expansion& b) {
      if (a.quality != b.quality) return a.quality > b.quality;
      return terms[a.term].end - terms[a.term].begin > terms[b.term].end - terms[b.term].begin;
    });
    out.resize(kMaxExpansions);
  }
  return out;
}

float Contribution(const Expansion& e, const Posting& p) {
  return e.idf * e.quality * p.weight / (static_cast<float>(kK1) + p.weight);
}

const Posting* FindPosting(const IndexData& data, const Term& term, std::uint32_t service) {
  const Posting* first = data.postings.data() + term.begin;
  const Posting* last = data.postings.data() + term.end;
  const Posting* p = std::lower_bound(
      first, last, service, [](const Posting& a, std::uint32_t s) { return a.service < s; });
  return p != last && p->service == service ? p : nullptr;
}

bool PassesFilters(const SearchQuery& q, const DirectoryService& s, const ServiceFacts& f,
                   std::uint32_t needs_mask, const std::vector<std::string>& cultural) {
  if (!q.include_inactive && !f.listed) return false;
  if (needs_mask != 0 && (f.needs & needs_mask) == 0) return false;
  if (q.age) {
    if (s.eligibility.minimum_age && *q.age < *s.eligibility.minimum_age) return false;
    if (s.eligibility.maximum_age && *q.age > *s.eligibility.maximum_age) return false;
  }
  if (q.gender && *q.gender != GenderFocus::kAnyone &&
      s.eligibility.gender != GenderFocus::kAnyone && s.eligibility.gender != *q.gender) {
    return false;
  }
  if (!q.language.empty()) {
    const bool listed =
        std::find(s.languages.begin(), s.languages.end(), q.language) != s.languages.end();
    if (!listed && !(s.languages.empty() && q.language == "en")) return false;
  }
  for (const std::string& w : cultural) {
    const bool found = std::any_of(f.cultural_words.begin(), f.cultural_words.end(),
                                   [&](const std::string& c) { return c.starts_with(w); });
    if (!found) return false;
  }
  if (q.offer && s.offer != *q.offer) return false;
  if (q.kind && s.kind != *q.kind) return false;
  if (q.open_at && !IsOpenAt(s.opening, q.open_at->weekday, q.open_at->minute)) return false;
  return true;
}

struct Candidate {
  std::uint32_t service = 0;
  float score = 0;
  double distance = -1;  // < 0: none
  std::uint32_t place = 0;
};

// The nearest place (distance, place index), or distance -1.
std::pair<double, std::uint32_t> Nearest(const ServiceFacts& f, const SearchNear& near) {
  double best = -1;
  std::uint32_t place = 0;
  for (const PlacePoint& p : f.points) {
    if (near.within_metres) {
      // A cheap box first: a degree of latitude is at least 110.5 km.
      const double reach = *near.within_metres / 110'000.0;
      if (std::fabs(p.latitude - near.latitude) > reach) continue;
    }
    const double d = DistanceMetres(near.latitude, near.longitude, p.latitude, p.longitude);
    if (best < 0 || d < best) {
      best = d;
      place = p.place;
    }
  }
  return {best, place};
}

std::string AgeReason(const Eligibility& e) {
  if (e.minimum_age && e.maximum_age) {
    return "For ages " + std::to_string(*e.minimum_age) + " to " + std::to_string(*e.maximum_age);
  }
  if (e.minimum_age) return "For ages " + std::to_string(*e.minimum_age) + " and over";
  if (e.maximum_age) return "For ages up to " + std::to_string(*e.maximum_age);
  return {};
}

std::string KindReason(ServiceKind kind) {
  if (kind == ServiceKind::kListeningLounge) return "A Listening Lounge";
  if (kind == ServiceKind::kOther) return "Another kind of place";
  return "A " + LowerFirst(ServiceKindDisplayName(kind));
}

// Why one word matched this service: the field that says most.
std::string WordReason(const IndexData& data, const DirectoryService& s, const ServiceFacts& f,
                       const Word& word, std::uint32_t service) {
  const Expansion* best = nullptr;
  const Posting* best_posting = nullptr;
  float best_score = -1;
  for (const Expansion& e : word.expansions) {
    const Term& term = data.terms[e.term];
    const Posting* p = FindPosting(data, term, service);
    if (p == nullptr) continue;
    const float c = Contribution(e, *p);
    if (c > best_score) {
      best_score = c;
      best = &e;
      best_posting = p;
    }
  }
  if (best == nullptr) return {};
  const std::string& term = data.terms[best->term].text;
  const std::string typed =
      best->kind == MatchKind::kTypo ? " (you typed " + Quoted(word.text) + ")" : "";
  const std::uint8_t fields = best_posting->fields;
  auto has = [&](Field field) { return (fields & (1U << field)) != 0; };
  auto word_in = [&](std::string_view text) {
    const auto words = SearchWords(text);
    return std::find(words.begin(), words.end(), term) != words.end();
  };
  if (has(kName)) return "Name matches " + Quoted(term) + typed;
  if (has(kNeed)) {
    for (Need need : s.needs) {
      if (word_in(NeedDisplayName(need)))
        return "Offers " + std::string(NeedDisplayName(need)) + typed;
    }
    for (const std::string& other : s.other_terms) {
      if (word_in(other)) return "Listed under " + Quoted(other) + typed;
    }
    return KindReason(s.kind) + typed;
  }
  if (has(kOrganisation)) return "Run by " + f.organisation_name + typed;
  if (has(kDescription)) return "Description mentions " + Quoted(term) + typed;
  if (has(kPlace)) {
    for (const Place& place : s.places) {
      if (word_in(place.name)) return "At " + place.name + typed;
      if (word_in(place.city)) return "In " + place.city + typed;
    }
  }
  for (Need need : s.needs) {
    if (word_in(NeedDescription(need))) {
      return "Offers " + std::string(NeedDisplayName(need)) + " (" + Quoted(term) + ")" + typed;
    }
  }
  return {};
}

void AddReason(std::vector<std::string>& reasons, std::string reason) {
  if (reason.empty()) return;
  if (std::find(reasons.begin(), reasons.end(), reason) != reasons.end()) return;
  reasons.push_back(std::move(reason));
}

std::vector<std::string> Reasons(const IndexData& data, const SearchQuery& q,
                                 const DirectoryService& s, const ServiceFacts& f,
                                 const std::vector<Word>& words, const Candidate& c) {
  std::vector<std::string> reasons;
  for (const Word& w : words) AddReason(reasons, WordReason(data, s, f, w, c.service));
  for (Need need : q.needs) {
    if (std::find(s.needs.begin(), s.needs.end(), need) != s.needs.end()) {
      AddReason(reasons, "Offers " + std::string(NeedDisplayName(need)));
    }
  }
  if (q.near && c.distance >= 0) {
    std::string r = FormatDistance(c.distance) + " away";
    const std::string& place = s.places[c.place].name;
    if (!place.empty()) r += " (" + place + ")";
    AddReason(reasons, std::move(r));
  }
  if (q.open_at) {
    const auto closes = ClosesAt(s.opening, q.open_at->weekday, q.open_at->minute);
    if (q.open_at->now) {
      AddReason(
          reasons,
          DescribeOpening(s.opening, q.open_at->weekday, q.open_at->minute).value_or("Open now"));
    } else if (closes) {
      AddReason(reasons, "Open then, until " + FormatClockTime(closes->minute));
    } else {
      AddReason(reasons, "Open then");
    }
  }
  if (q.age) AddReason(reasons, AgeReason(s.eligibility));
  if (q.gender && s.eligibility.gender != GenderFocus::kAnyone) {
    AddReason(reasons, "For " + LowerFirst(GenderFocusDisplayName(s.eligibility.gender)));
  }
  if (!q.language.empty()) {
    const std::string_view name = LanguageName(q.language);
    AddReason(reasons, "In " + std::string(name.empty() ? std::string_view(q.language) : name));
  }
  if (!q.cultural_focus.empty())
    AddReason(reasons, "Cultural focus: " + s.eligibility.cultural_focus);
  if (q.offer) AddReason(reasons, std::string(OfferDisplayName(s.offer)));
  if (q.kind) AddReason(reasons, KindReason(s.kind));
  if (!f.listed) {
    AddReason(reasons, s.publication == Publication::kAwaitingReview
                           ? "Awaiting review"
                           : std::string(ServiceStatusDisplayName(s.status)));
  }
  return reasons;
}

}  // namespace

Result<SearchResults> SearchIndex::Search(const SearchQuery& q) const {
  if (auto ok = Validate(q); !ok) return std::unexpected(ok.error());
  const IndexData& data = *data_;
  const std::size_t n = services_.size();
  SearchResults results;

  // Words: each looked up once in the vocabulary.
  std::vector<Word> words;
  for (std::string& w : SearchWords(q.text)) {
    if (std::find(results.words.begin(), results.words.end(), w) != results.words.end()) continue;
    if (results.words.size() == kMaxSearchWords) break;
    results.words.push_back(w);
    Word word{w, Expand(data, w)};
    if (word.expansions.empty()) {
      results.unknown_words.push_back(std::move(w));
    } else {
      words.push_back(std::move(word));
    }
  }
  if (!results.words.empty() && words.empty()) return results;

  // Text scores: every known word must match (AND), each by its best term.
  std::vector<float> score;
  std::vector<std::uint8_t> matched;
  if (!words.empty()) {
    score.assign(n, 0.0F);
    matched.assign(n, 0);
    std::vector<float> best(n, 0.0F);
    std::vector<std::uint32_t> touched;
    for (std::size_t wi = 0; wi < words.size(); ++wi) {
      for (const Expansion& e : words[wi].expansions) {
        const Term& term = data.terms[e.term];
        for (std::uint32_t k = term.begin; k < term.end; ++k) {
          const Posting& p = data.postings[k];
          if (matched[p.service] != wi) continue;
          const float c = Contribution(e, p);
          if (best[p.service] == 0.0F) touched.push_back(p.service);
          best[p.service] = std::max(best[p.service], c);
        }
      }
      for (std::uint32_t s : touched) {
        score[s] += best[s];
        ++matched[s];
        best[s] = 0.0F;
      }
      touched.clear();
    }
  }

  std::uint32_t needs_mask = 0;
  for (Need need : q.needs) needs_mask |= 1U << static_cast<unsigned>(need);
  const std::vector<std::string> cultural = SearchWords(q.cultural_focus);
  std::vector<Candidate> candidates;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!words.empty() && matched[i] != words.size()) continue;
    const ServiceFacts& f = data.facts[i];
    if (!PassesFilters(q, services_[i], f, needs_mask, cultural)) continue;
    Candidate c{i, words.empty() ? 0.0F : score[i], -1, 0};
    if (q.near) {
      std::tie(c.distance, c.place) = Nearest(f, *q.near);
      if (q.near->within_metres && (c.distance < 0 || c.distance > *q.near->within_metres)) {
        continue;
      }
    }
    candidates.push_back(c);
  }

  results.total = candidates.size();
  auto before = [&](const Candidate& a, const Candidate& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.distance != b.distance) {
      if (a.distance < 0) return false;
      if (b.distance < 0) return true;
      return a.distance < b.distance;
    }
    return data.facts[a.service].name_rank < data.facts[b.service].name_rank;
  };
  const std::size_t first = std::min(q.offset, candidates.size());
  const std::size_t last = std::min(first + q.limit, candidates.size());
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(last),
                    candidates.end(), before);
  for (std::size_t k = first; k < last; ++k) {
    const Candidate& c = candidates[k];
    const DirectoryService& s = services_[c.service];
    SearchHit hit;
    hit.index = c.service;
    hit.id = s.id;
    hit.score = c.score;
    if (c.distance >= 0) {
      hit.distance_metres = c.distance;
      hit.nearest_place = s.places[c.place].name;
    }
    hit.reasons = Reasons(data, q, s, data.facts[c.service], words, c);
    results.hits.push_back(std::move(hit));
  }
  return results;
}

}  // namespace lw::directory

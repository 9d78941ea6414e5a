#include "domain/directory/search_text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace lw::directory {
namespace {

// Folded ASCII for U+00C0..U+00FF; "" splits a word (multiplication and
// division signs).
constexpr std::array<std::string_view, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",
};

struct Range {
  char32_t first;
  char32_t last;
  std::string_view folded;
};

// Latin Extended-A (Polish, Czech, Romanian, Turkish, Lithuanian ...).
constexpr std::array<Range, 22> kLatinExtendedA = {{
    {0x100, 0x105, "a"}, {0x106, 0x10D, "c"},  {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"}, {0x124, 0x127, "h"},  {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
    {0x134, 0x135, "j"}, {0x136, 0x138, "k"},  {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
    {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"}, {0x168, 0x173, "u"},  {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"},
}};

constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes one code point at `i`, advancing it; kInvalid for a bad byte.
char32_t Decode(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int extra = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    extra = 1;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    extra = 2;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    extra = 3;
    cp = b0 & 0x07;
  } else {
    ++i;
    return kInvalid;
  }
  if (i + static_cast<std::size_t>(extra) >= s.size()) {
    ++i;
    return kInvalid;
  }
  for (int k = 1; k <= extra; ++k) {
    const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return kInvalid;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += static_cast<std::size_t>(extra) + 1;
  return cp;
}

bool IsApostrophe(char32_t cp) { return cp == U'\'' || cp == 0x2019; }

bool SplitsWords(char32_t cp) {
  if (cp == kInvalid) return true;
  if (cp < 0x80) return !std::isalnum(static_cast<int>(cp));
  if (cp < 0xC0) return true;                              // C1 controls, no-break space, ¡ ... ¿
  if (cp >= 0x2000 && cp <= 0x2BFF) return true;           // punctuation, symbols, arrows, shapes
  if (cp >= 0x3000 && cp <= 0x303F) return true;           // CJK punctuation
  if (cp >= 0xD800 && cp <= 0xF8FF) return true;           // surrogates, private use
  if (cp >= 0xFE00 && cp <= 0xFE0F) return true;           // variation selectors
  if (cp >= 0xFEFF && cp <= 0xFEFF) return true;           // byte order mark
  if (cp >= 0xFFF0) return cp <= 0xFFFF || cp >= 0x1F000;  // specials, emoji and beyond
  return false;
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Appends the folded form of a letter or digit.
void AppendFolded(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(std::tolower(static_cast<int>(cp)));
  } else if (cp >= 0xC0 && cp <= 0xFF) {
    out += kLatin1[cp - 0xC0];
  } else if (cp >= 0x100 && cp <= 0x17F) {
    for (const Range& r : kLatinExtendedA) {
      if (cp >= r.first && cp <= r.last) {
        out += r.folded;
        return;
      }
    }
  } else {
    AppendUtf8(cp, out);
  }
}

constexpr std::array<std::string_view, 36> kStopWords = {
    "a",   "an",   "and", "are", "as", "at",   "be", "by",   "can",     "do",   "for",   "from",
    "get", "help", "i",   "in",  "is", "it",   "me", "my",   "near",    "need", "needs", "of",
    "on",  "or",   "our", "the", "to", "want", "we", "with", "looking", "you",  "your",  "find",
};

std::vector<std::string> Words(std::string_view text, bool drop_stop_words) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (current.empty()) return;
    const bool single_letter =
        current.size() == 1 && std::isalpha(static_cast<unsigned char>(current[0]));
    if (!single_letter && !(drop_stop_words && IsStopWord(current))) {
      words.push_back(std::move(current));
    }
    current.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = Decode(text, i);
    if (IsApostrophe(cp)) continue;  // joined: "carers'" -> "carers"
    if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0].empty()) {
      flush();
      continue;
    }
    if (SplitsWords(cp)) {
      flush();
      continue;
    }
    AppendFolded(cp, current);
  }
  flush();
  return words;
}

}  // namespace

std::vector<std::string> SearchWords(std::string_view text) { return Words(text, true); }
std::vector<std::string> NormalisedWords(std::string_view text) { return Words(text, false); }

bool IsStopWord(std::string_view word) {
  return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

std::size_t CountCharacters(std::string_view utf8) {
  std::size_t n = 0;
  std::size_t i = 0;
  while (i < utf8.size()) {
    Decode(utf8, i);
    ++n;
  }
  return n;
}

int TypoTolerance(std::size_t length) {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

EditDistances BoundedEditDistances(std::string_view typed, std::string_view word, int max) {
  const int over = max + 1;
  const std::size_t m = typed.size();
  if (m > kMaxTypoWordLength || max < 0) return {over, over};
  const std::size_t k = static_cast<std::size_t>(max);
  // Only starts of `word` up to m + max long can be within `max`.
  const std::size_t n = std::min(word.size(), m + k);
  constexpr std::size_t kWidth = kMaxTypoWordLength + 8;
  if (n + 1 > kWidth) return {over, over};
  std::array<int, kWidth> a{};
  std::array<int, kWidth> b{};
  std::array<int, kWidth> c{};
  int* two_back = a.data();
  int* prev = b.data();
  int* row = c.data();
  for (std::size_t j = 0; j <= n; ++j) prev[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= m; ++i) {
    // Only the band |i - j| <= max can be within `max`; the cells either
    // side of it read as over.
    const std::size_t lo = i > k ? i - k : 1;
    const std::size_t hi = std::min(n, i + k);
    row[0] = static_cast<int>(i);
    if (lo > 1) row[lo - 1] = over;
    int row_min = lo == 1 ? row[0] : over;
    for (std::size_t j = lo; j <= hi; ++j) {
      const int cost = typed[i - 1] == word[j - 1] ? 0 : 1;
      const int up = j <= i - 1 + k ? prev[j] : over;
      int best = std::min({up + 1, row[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && typed[i - 1] == word[j - 2] && typed[i - 2] == word[j - 1]) {
        best = std::min(best, two_back[j - 2] + 1);
      }
      row[j] = std::min(best, over);
      row_min = std::min(row_min, row[j]);
    }
    if (hi < n) row[hi + 1] = over;
    if (row_min > max) return {over, over};
    int* spare = two_back;
    two_back = prev;
    prev = row;
    row = spare;
  }
  EditDistances d{over, over};
  if (word.size() <= m + k) d.whole = std::min(prev[word.size()], over);
  const std::size_t shortest = m > k ? m - k : 1;
  for (std::size_t j = std::max<std::size_t>(shortest, 1); j <= n; ++j) {
    d.prefix = std::min(d.prefix, prev[j]);
  }
  return d;
}

}  // namespace lw::directory

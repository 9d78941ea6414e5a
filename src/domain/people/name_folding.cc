#include "domain/people/name_folding.h"

#include <algorithm>
#include <array>
#include <vector>

namespace lw {
namespace {

// Plain letters for U+00C0..U+00FF ('.' = not a letter, dropped; '#' = two
// letters, handled in LatinBase) and U+0100..U+017F, one per code point.
constexpr std::string_view kLatin1 =
    "aaaaaa#ceeeeiiii"   // C0..CF  ÀÁÂÃÄÅ Æ Ç ÈÉÊË ÌÍÎÏ
    "dnooooo.ouuuuy##"   // D0..DF  Ð Ñ ÒÓÔÕÖ × Ø ÙÚÛÜ Ý Þ ß
    "aaaaaa#ceeeeiiii"   // E0..EF
    "dnooooo.ouuuuy#y";  // F0..FF  ð ñ òóôõö ÷ ø ùúûü ý þ ÿ
constexpr std::string_view kLatinExtendedA =
    "aaaaaacccccccc"  // 0100..010D  Ā..č
    "dddd"            // 010E..0111  Ď..đ
    "eeeeeeeeee"      // 0112..011B  Ē..ě
    "gggggggg"        // 011C..0123  Ĝ..ģ
    "hhhh"            // 0124..0127  Ĥ..ħ
    "iiiiiiiiii"      // 0128..0131  Ĩ..ı
    "##"              // 0132..0133  Ĳ ĳ
    "jj"              // 0134..0135  Ĵ ĵ
    "kkk"             // 0136..0138  Ķ ķ ĸ
    "llllllllll"      // 0139..0142  Ĺ..ł
    "nnnnnnnnn"       // 0143..014B  Ń..ŋ
    "oooooo"          // 014C..0151  Ō..ő
    "##"              // 0152..0153  Œ œ
    "rrrrrr"          // 0154..0159  Ŕ..ř
    "ssssssss"        // 015A..0161  Ś..š
    "tttttt"          // 0162..0167  Ţ..ŧ
    "uuuuuuuuuuuu"    // 0168..0173  Ũ..ų
    "ww"              // 0174..0175  Ŵ ŵ
    "yyy"             // 0176..0178  Ŷ ŷ Ÿ
    "zzzzzz"          // 0179..017E  Ź..ž
    "s";              // 017F        ſ
static_assert(kLatin1.size() == 0x40);
static_assert(kLatinExtendedA.size() == 0x80);

// The plain letters for a code point at or above U+00C0: "" if it is not a
// letter (× ÷), "?" if there is no mapping (the caller keeps it as it is).
std::string_view LatinBase(char32_t cp) {
  switch (cp) {
    case 0xC6:
    case 0xE6:
      return "ae";
    case 0xDE:
    case 0xFE:
      return "th";
    case 0xDF:
      return "ss";
    case 0x132:
    case 0x133:
      return "ij";
    case 0x152:
    case 0x153:
      return "oe";
    case 0x218:  // Ș ș (comma below)
    case 0x219:
      return "s";
    case 0x21A:  // Ț ț
    case 0x21B:
      return "t";
    default:
      break;
  }
  if (cp >= 0xC0 && cp <= 0xFF) {
    std::size_t i = cp - 0xC0;
    return kLatin1[i] == '.' ? std::string_view() : kLatin1.substr(i, 1);
  }
  if (cp >= 0x100 && cp <= 0x17F) return kLatinExtendedA.substr(cp - 0x100, 1);
  return "?";
}

bool IsSeparator(char32_t cp) {
  return cp == ' ' || cp == '-' || cp == '_' || cp == '\t' || cp == 0xA0 /* no-break space */ ||
         cp == 0x2010 || cp == 0x2011 || cp == 0x2013 /* hyphens, en dash */;
}

// Decodes one UTF-8 code point from `s` at `i`, advancing `i`. Returns
// 0xFFFFFFFF for a malformed sequence (one byte consumed).
char32_t NextCodePoint(std::string_view s, std::size_t& i) {
  constexpr char32_t kBad = 0xFFFFFFFF;
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int extra = (b0 & 0xE0) == 0xC0 ? 1 : (b0 & 0xF0) == 0xE0 ? 2 : (b0 & 0xF8) == 0xF0 ? 3 : -1;
  if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size()) {
    ++i;
    return kBad;
  }
  char32_t cp = b0 & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    unsigned char b = byte(i + static_cast<std::size_t>(k));
    if ((b & 0xC0) != 0x80) {
      ++i;
      return kBad;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += static_cast<std::size_t>(extra) + 1;
  return cp;
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  auto append = [&](std::string_view letters) {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(letters);
  };
  std::size_t i = 0;
  while (i < name.size()) {
    std::size_t start = i;
    char32_t cp = NextCodePoint(name, i);
    if (cp == 0xFFFFFFFF) continue;
    if (IsSeparator(cp)) {
      pending_space = true;
    } else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      char c = static_cast<char>(cp);
      append(std::string_view(&c, 1));
    } else if (cp >= 'A' && cp <= 'Z') {
      char c = static_cast<char>(cp - 'A' + 'a');
      append(std::string_view(&c, 1));
    } else if (cp < 0xC0 || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) {
      // Punctuation, typographic apostrophes among it, vanishes without
      // splitting the name ("O'Brien" is one part).
    } else {
      std::string_view base = LatinBase(cp);
      if (base == "?") {
        append(name.substr(start, i - start));
      } else if (!base.empty()) {
        append(base);
      }
    }
  }
  return out;
}

std::string CompactName(std::string_view name) {
  std::string folded = FoldName(name);
  std::erase(folded, ' ');
  return folded;
}

int DamerauLevenshteinDistance(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);  // b is the shorter: rows are |b| + 1
  const std::size_t m = b.size();
  if (m == 0) return static_cast<int>(a.size());
  constexpr std::size_t kStack = 64;
  std::array<int, kStack> s0{}, s1{}, s2{};
  std::vector<int> h0, h1, h2;
  int* two_back = s0.data();
  int* prev = s1.data();
  int* cur = s2.data();
  if (m + 1 > kStack) {
    h0.resize(m + 1);
    h1.resize(m + 1);
    h2.resize(m + 1);
    two_back = h0.data();
    prev = h1.data();
    cur = h2.data();
  }
  for (std::size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int best = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, two_back[j - 2] + 1);
      }
      cur[j] = best;
    }
    std::swap(two_back, prev);  // rotate: two_back <- prev <- cur
    std::swap(prev, cur);
  }
  return prev[m];
}

}  // namespace lw

#include "domain/directory/languages.h"

#include <array>
#include <cctype>

namespace lw::directory {
namespace {

struct Language {
  std::string_view code;
  std::string_view name;
};

// ISO 639-1 where there is one; "bfi" (ISO 639-3) for British Sign Language.
constexpr std::array<Language, 30> kLanguages = {{
    {"en", "English"},    {"ur", "Urdu"},     {"pa", "Punjabi"},
    {"bn", "Bengali"},    {"gu", "Gujarati"}, {"hi", "Hindi"},
    {"ar", "Arabic"},     {"so", "Somali"},   {"pl", "Polish"},
    {"ro", "Romanian"},   {"zh", "Chinese"},  {"fa", "Persian"},
    {"ku", "Kurdish"},    {"ps", "Pashto"},   {"ti", "Tigrinya"},
    {"am", "Amharic"},    {"es", "Spanish"},  {"pt", "Portuguese"},
    {"fr", "French"},     {"it", "Italian"},  {"de", "German"},
    {"lt", "Lithuanian"}, {"sk", "Slovak"},   {"cs", "Czech"},
    {"uk", "Ukrainian"},  {"ru", "Russian"},  {"tr", "Turkish"},
    {"vi", "Vietnamese"}, {"cy", "Welsh"},    {"bfi", "British Sign Language"},
}};

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string_view LanguageName(std::string_view code) {
  for (const Language& l : kLanguages) {
    if (l.code == code) return l.name;
  }
  return {};
}

std::optional<std::string_view> LanguageCodeForName(std::string_view name) {
  for (const Language& l : kLanguages) {
    if (EqualsIgnoringCase(l.name, name)) return l.code;
  }
  return std::nullopt;
}

}  // namespace lw::directory

// Language names for the directory's ISO 639-1 codes ("ur" -> "Urdu"): the
// languages most spoken in Greater Manchester after English (2021 Census),
// British Sign Language, and the codes an ORUK feed most often carries.
//
// A code not in the table has no name (""); callers show the code itself.
// Lookups are by exact lower-case code, or by name case-insensitively.
//
// Thread-safety: constant table, pure functions.
#pragma once

#include <optional>
#include <string_view>

namespace lw::directory {

// "Urdu" for "ur"; "" for a code not in the table.
std::string_view LanguageName(std::string_view code);
// "ur" for "Urdu" or "urdu"; nothing for a name not in the table.
std::optional<std::string_view> LanguageCodeForName(std::string_view name);

}  // namespace lw::directory

#include "domain/outcomes/entered_by.h"

#include "domain/vocabulary_table.h"

namespace lw {
namespace {

using vocabulary::Names;

constexpr std::array<Names<EnteredBy>, 3> kRows = {{
    {EnteredBy::kTogether, "together", "Together, the person and the practitioner"},
    {EnteredBy::kPerson, "person", "The person, on a shared screen"},
    {EnteredBy::kPractitioner, "practitioner", "The practitioner, with the person"},
}};

}  // namespace

std::string_view EnteredByKey(EnteredBy by) { return vocabulary::Row(kRows, by).key; }
std::string_view EnteredByDisplayName(EnteredBy by) { return vocabulary::Row(kRows, by).display; }
std::optional<EnteredBy> ParseEnteredBy(std::string_view key) {
  return vocabulary::Parse(kRows, key);
}

}  // namespace lw

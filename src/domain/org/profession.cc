#include "domain/org/profession.h"

#include <utility>

#include "domain/vocabulary_table.h"

namespace lw {
namespace {

using vocabulary::Names;
using vocabulary::Parse;

// One row per enum value, in enum order: the single place a key or display
// name is written.
using P = Profession;
constexpr std::array<Names<P>, kProfessionCount> kProfessions = {{
    {P::kMentalHealthNurse, "mh-nurse", "Mental health nurse"},
    {P::kOccupationalTherapist, "occupational-therapist", "Occupational therapist"},
    {P::kSocialWorker, "social-worker", "Social worker"},
    {P::kPsychologist, "psychologist", "Psychologist"},
    {P::kPsychiatrist, "psychiatrist", "Psychiatrist"},
    {P::kPeerWorker, "peer-worker", "Peer worker"},
    {P::kRecoveryWorker, "recovery-worker", "Recovery worker"},
    {P::kSupportWorker, "support-worker", "Support worker"},
    {P::kWellbeingWorker, "wellbeing-worker", "Wellbeing worker"},
    {P::kCoach, "coach", "Mental health coach"},
    {P::kSocialPrescriber, "social-prescriber", "Social prescriber"},
    {P::kCommunityConnector, "community-connector", "Community connector"},
    {P::kEmploymentAdvisor, "employment-advisor", "Employment advisor"},
    {P::kHousingAdvisor, "housing-advisor", "Housing advisor"},
    {P::kDebtAdvisor, "debt-advisor", "Debt advisor"},
    {P::kWelfareAdvisor, "welfare-advisor", "Welfare rights advisor"},
    {P::kAdvocate, "advocate", "Advocate"},
    {P::kPharmacist, "pharmacist", "Pharmacist"},
    {P::kGp, "gp", "GP"},
    {P::kOperationalManager, "operational-manager", "Operational manager"},
    {P::kAdministrator, "administrator", "Administrator"},
    {P::kOther, "other", "Other role"},
}};

constexpr std::array<Names<Band>, kBandCount> kBands = {{
    {Band::k2, "2", "Band 2"},
    {Band::k3, "3", "Band 3"},
    {Band::k4, "4", "Band 4"},
    {Band::k5, "5", "Band 5"},
    {Band::k6, "6", "Band 6"},
    {Band::k7, "7", "Band 7"},
    {Band::k8a, "8a", "Band 8a"},
    {Band::k8b, "8b", "Band 8b"},
    {Band::k8c, "8c", "Band 8c"},
    {Band::k8d, "8d", "Band 8d"},
    {Band::k9, "9", "Band 9"},
}};

// Each table row sits at its enum value's index, as the lookups assume.
template <typename E, std::size_t N>
constexpr bool InEnumOrder(const std::array<Names<E>, N>& table, const std::array<E, N>& values) {
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(table[i].value) != i || values[i] != table[i].value) return false;
  }
  return true;
}
static_assert(InEnumOrder(kProfessions, kAllProfessions));
static_assert(InEnumOrder(kBands, kAllBands));

std::string Trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

bool SameTitle(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) {
      return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// Code points in `s`, or npos if it is not valid UTF-8 or holds a control
// character (a title is one line of text).
std::size_t TitleLength(std::string_view s) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++count) {
    auto lead = static_cast<unsigned char>(s[i]);
    std::size_t n = lead < 0x80                    ? 1
                    : lead >= 0xc2 && lead <= 0xdf ? 2
                    : lead >= 0xe0 && lead <= 0xef ? 3
                    : lead >= 0xf0 && lead <= 0xf4 ? 4
                                                   : 0;
    if (n == 0 || i + n > s.size()) return std::string_view::npos;
    if (n == 1 && (lead < 0x20 || lead == 0x7f)) return std::string_view::npos;
    if (n > 1) {
      auto second = static_cast<unsigned char>(s[i + 1]);
      // No overlong forms and no UTF-16 surrogates (RFC 3629).
      if ((lead == 0xe0 && second < 0xa0) || (lead == 0xed && second >= 0xa0) ||
          (lead == 0xf0 && second < 0x90) || (lead == 0xf4 && second >= 0x90)) {
        return std::string_view::npos;
      }
    }
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return std::string_view::npos;
    }
    i += n;
  }
  return count;
}

std::string RowField(std::size_t i, std::string_view member) {
  return "names[" + std::to_string(i) + "]." + std::string(member);
}

}  // namespace

std::string_view ProfessionKey(P p) { return kProfessions[static_cast<std::size_t>(p)].key; }
std::string_view ProfessionDisplayName(P p) {
  return kProfessions[static_cast<std::size_t>(p)].display;
}
std::optional<P> ParseProfession(std::string_view key) { return Parse(kProfessions, key); }

bool IsMentalHealthPractitioner(P p) {
  return p == P::kOccupationalTherapist || p == P::kSocialWorker || p == P::kMentalHealthNurse;
}

std::string_view BandKey(Band b) { return kBands[static_cast<std::size_t>(b)].key; }
std::string_view BandDisplayName(Band b) { return kBands[static_cast<std::size_t>(b)].display; }
std::optional<Band> ParseBand(std::string_view key) { return Parse(kBands, key); }

Result<RoleNames> RoleNames::Make(std::vector<LocalRoleName> names) {
  std::vector<FieldError> errors;
  std::vector<bool> row_ok(names.size(), true);
  for (std::size_t i = 0; i < names.size(); ++i) {
    LocalRoleName& row = names[i];
    row.local_title = Trim(row.local_title);
    std::string_view profession = ProfessionDisplayName(row.profession);
    std::size_t length = TitleLength(row.local_title);
    std::string message;
    std::string_view field = "local_title";
    if (row.local_title.empty()) {
      message = "Give a local title for " + std::string(profession);
    } else if (length == std::string_view::npos) {
      message = "The title for " + std::string(profession) + " contains characters we cannot save";
    } else if (length > kMaxLocalTitleChars) {
      message = "The title for " + std::string(profession) + " must be " +
                std::to_string(kMaxLocalTitleChars) + " characters or fewer";
    } else {
      for (std::size_t j = 0; j < i; ++j) {
        if (names[j].profession == row.profession) {
          field = "profession";
          message = std::string(profession) + " already has a local title, \"" +
                    names[j].local_title + "\"";
          break;
        }
      }
    }
    if (!message.empty()) {
      row_ok[i] = false;
      errors.push_back({RowField(i, field), std::move(message)});
    }
  }
  // A title that is another profession's standard name, while that
  // profession keeps its standard name, would show two professions alike.
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (!row_ok[i]) continue;
    for (Profession other : kAllProfessions) {
      if (other == names[i].profession) continue;
      if (!SameTitle(names[i].local_title, ProfessionDisplayName(other))) continue;
      bool renamed = false;
      for (const auto& row : names) renamed = renamed || row.profession == other;
      if (renamed) continue;
      errors.push_back({RowField(i, "local_title"),
                        "\"" + names[i].local_title + "\" is the standard name for " +
                            std::string(ProfessionDisplayName(other)) +
                            "; choose another title, or give " +
                            std::string(ProfessionDisplayName(other)) + " a local title too"});
    }
  }
  if (!errors.empty()) {
    return Fail(Error::Invalid("There is a problem with the role names", std::move(errors)));
  }
  return RoleNames(std::move(names));
}

const LocalRoleName* RoleNames::Find(Profession profession) const {
  for (const auto& row : names_) {
    if (row.profession == profession) return &row;
  }
  return nullptr;
}

std::string_view RoleNames::TitleFor(Profession profession) const {
  const LocalRoleName* row = Find(profession);
  return row != nullptr ? std::string_view(row->local_title) : ProfessionDisplayName(profession);
}

std::vector<Profession> RoleNames::ProfessionsFor(std::string_view title) const {
  std::string wanted = Trim(title);
  std::vector<Profession> out;
  for (const auto& row : names_) {
    if (SameTitle(row.local_title, wanted)) out.push_back(row.profession);
  }
  if (!out.empty() || wanted.empty()) return out;
  for (Profession p : kAllProfessions) {
    if (SameTitle(ProfessionDisplayName(p), wanted)) out.push_back(p);
  }
  return out;
}

std::optional<Profession> RoleNames::ProfessionFor(std::string_view title) const {
  std::vector<Profession> all = ProfessionsFor(title);
  if (all.size() != 1) return std::nullopt;
  return all.front();
}

}  // namespace lw

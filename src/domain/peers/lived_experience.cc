#include "domain/peers/lived_experience.h"

#include <cstddef>

#include "domain/vocabulary_table.h"

namespace lw {
namespace {

using L = LivedExperience;
constexpr std::array<vocabulary::Names<L>, 22> kAreas = {{
    {L::kHearingVoices, "hearing-voices", "psychosis or hearing voices"},
    {L::kSelfHarm, "self-harm", "self-harm"},
    {L::kSuicidalThoughts, "suicidal-thoughts", "suicidal thoughts"},
    {L::kEatingDifficulties, "eating-difficulties", "eating difficulties"},
    {L::kDepressionAnxiety, "depression-anxiety", "depression or anxiety"},
    {L::kBereavement, "bereavement", "bereavement"},
    {L::kTraumaAbuse, "trauma-abuse", "trauma or abuse"},
    {L::kDomesticAbuse, "domestic-abuse", "domestic abuse"},
    {L::kDrugsAlcohol, "drugs-alcohol", "drugs or alcohol"},
    {L::kHomelessness, "homelessness", "homelessness"},
    {L::kDebt, "debt", "debt or money worries"},
    {L::kPrison, "prison", "prison or the justice system"},
    {L::kArmedForces, "armed-forces", "the armed forces"},
    {L::kBeingACarer, "being-a-carer", "being a carer"},
    {L::kCaringForAChildWithNeeds, "child-with-needs", "caring for a child with additional needs"},
    {L::kLgbtq, "lgbtq", "LGBTQ+ experience"},
    {L::kRacism, "racism", "racism, being from a racialised community"},
    {L::kDisability, "disability", "disability"},
    {L::kLongTermIllness, "long-term-illness", "long-term physical illness"},
    {L::kBecomingAParent, "becoming-a-parent", "becoming a parent"},
    {L::kMigration, "migration", "migration or seeking asylum"},
    {L::kLoneliness, "loneliness", "loneliness"},
}};

}  // namespace

std::string_view LivedExperienceKey(LivedExperience area) {
  auto i = static_cast<std::size_t>(area);
  return i < kAreas.size() ? kAreas[i].key : std::string_view();
}

std::string_view LivedExperienceName(LivedExperience area) {
  auto i = static_cast<std::size_t>(area);
  return i < kAreas.size() ? kAreas[i].display : std::string_view();
}

std::optional<LivedExperience> ParseLivedExperience(std::string_view key) {
  return vocabulary::Parse(kAreas, key);
}

}  // namespace lw

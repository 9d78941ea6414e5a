#include "domain/ports/records.h"

#include <utility>

namespace lw {
namespace {

constexpr std::array<std::pair<RecordKind, std::string_view>, 18> kKeys = {{
    {RecordKind::kEpisode, "episode"},
    {RecordKind::kContact, "contact"},
    {RecordKind::kConcern, "concern"},
    {RecordKind::kTeamDecision, "team-decision"},
    {RecordKind::kPersonDetails, "person-details"},
    {RecordKind::kStaffPost, "staff-post"},
    {RecordKind::kBreakGlass, "break-glass"},
    {RecordKind::kPlan, "plan"},
    {RecordKind::kGoal, "goal"},
    {RecordKind::kWheelCheckIn, "wheel-check-in"},
    {RecordKind::kQuestionnaireResponse, "questionnaire-response"},
    {RecordKind::kDirectoryOrganisation, "directory-organisation"},
    {RecordKind::kDirectoryService, "directory-service"},
    {RecordKind::kWarmIntroduction, "warm-introduction"},
    {RecordKind::kSharingProfile, "sharing-profile"},
    {RecordKind::kPeerMentorWish, "peer-mentor-wish"},
    {RecordKind::kUnmetNeed, "unmet-need"},
    {RecordKind::kOutboxMessage, "outbox-message"},
}};

}  // namespace

std::string_view RecordKindKey(RecordKind kind) {
  for (const auto& [k, key] : kKeys) {
    if (k == kind) return key;
  }
  return "episode";
}

std::optional<RecordKind> ParseRecordKind(std::string_view key) {
  for (const auto& [k, text] : kKeys) {
    if (text == key) return k;
  }
  return std::nullopt;
}

}  // namespace lw

#include "domain/team/concern.h"

#include <utility>
#include <vector>

#include "base/check.h"
#include "base/dates.h"
#include "domain/frontdoor/introduction.h"
#include "domain/frontdoor/text_field.h"

namespace lw {
namespace {

struct StatusName {
  ConcernStatus value;
  std::string_view key;
  std::string_view display;
};

// One row per value, in enum order: the one place a key is written.
constexpr std::array<StatusName, 2> kStatusNames = {{
    {ConcernStatus::kOpen, "open", "Open"},
    {ConcernStatus::kResolved, "resolved", "Resolved"},
}};

const StatusName& Row(ConcernStatus status) {
  return kStatusNames[static_cast<std::size_t>(status)];
}

}  // namespace

std::string_view ConcernStatusKey(ConcernStatus status) { return Row(status).key; }
std::string_view ConcernStatusDisplayName(ConcernStatus status) { return Row(status).display; }

std::optional<ConcernStatus> ParseConcernStatus(std::string_view key) {
  for (const auto& row : kStatusNames) {
    if (row.key == key) return row.value;
  }
  return std::nullopt;
}

void CheckConcernInvariants(const Concern& c) {
  LW_CHECK(c.version >= 1);
  LW_CHECK(!c.text.empty());
  LW_CHECK(!c.person_id.empty());
  LW_CHECK(!c.raised_by_user_id.empty());
  LW_CHECK(c.IsOpen() == !c.resolution.has_value());
  if (c.resolution) {
    LW_CHECK(c.resolution->at >= c.raised_at);
    LW_CHECK(!c.resolution->by_user_id.empty());
    LW_CHECK(!c.resolution->how.empty());
  }
}

Result<Concern> RaiseConcern(ConcernDraft draft) {
  std::vector<FieldError> errors;
  CheckText(draft.team_id, {"team_id", "Team", kMaxShortText, true, "Choose the team"}, errors);
  CheckText(draft.person_id,
            {"person_id", "Person", kMaxShortText, true, "Choose who the concern is about"},
            errors);
  CheckText(draft.raised_by_user_id,
            {"raised_by_user_id", "Raised by", kMaxShortText, true, "Say who raised the concern"},
            errors);
  CheckText(draft.text,
            {"text", "The concern", kMaxConcernText, true, "Describe what is worrying you"},
            errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  Concern c;
  c.version = 1;
  c.team_id = std::move(draft.team_id);
  c.person_id = std::move(draft.person_id);
  c.raised_by_user_id = std::move(draft.raised_by_user_id);
  c.raised_by_role = draft.raised_by_role;
  c.raised_at = draft.raised_at;
  c.text = std::move(draft.text);
  CheckConcernInvariants(c);
  return c;
}

Result<Concern> ResolveConcern(const Concern& concern, ConcernResolution resolution) {
  if (!concern.IsOpen()) {
    return Fail(ErrorCode::kFailedPrecondition,
                "This concern was resolved on " +
                    FormatLondon(concern.resolution ? concern.resolution->at : concern.raised_at) +
                    ". If there is a new worry, raise a new concern");
  }
  std::vector<FieldError> errors;
  CheckText(resolution.by_user_id,
            {"by_user_id", "Resolved by", kMaxShortText, true, "Say who resolved the concern"},
            errors);
  CheckText(resolution.how,
            {"how", "How it was resolved", kMaxConcernText, true, "Say how it was resolved"},
            errors);
  if (resolution.at < concern.raised_at) {
    errors.push_back({"at", "A concern cannot be resolved before it was raised"});
  }
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  Concern next = concern;
  ++next.version;
  next.status = ConcernStatus::kResolved;
  next.resolution = std::move(resolution);
  CheckConcernInvariants(next);
  return next;
}

}  // namespace lw

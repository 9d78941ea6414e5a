#include "domain/peers/peer_matching.h"

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <string>
#include <tuple>
#include <utility>

#include "domain/directory/languages.h"
#include "domain/frontdoor/text_field.h"

namespace lw {
namespace {

// In vocabulary order, each once.
std::vector<LivedExperience> Normalised(std::vector<LivedExperience> areas) {
  std::ranges::sort(areas);
  auto [first, last] = std::ranges::unique(areas);
  areas.erase(first, last);
  return areas;
}

bool KnownArea(LivedExperience area) { return !LivedExperienceKey(area).empty(); }

void CheckAreas(const std::vector<LivedExperience>& areas, const char* if_none,
                std::vector<FieldError>& errors) {
  if (areas.empty()) {
    errors.push_back({"areas", if_none});
  } else if (!std::ranges::all_of(areas, KnownArea)) {
    errors.push_back({"areas", "Choose from the list"});
  }
}

constexpr std::array<std::string_view, 29> kLanguages = {
    "bfi", "ur", "pa", "bn", "gu", "hi", "ar", "so", "pl", "ro", "zh", "fa", "ku", "ps", "ti",
    "am",  "es", "pt", "fr", "it", "de", "lt", "sk", "cs", "uk", "ru", "tr", "vi", "cy"};

bool KnownLanguage(std::string_view code) {
  return std::ranges::find(kLanguages, code) != kLanguages.end();
}

constexpr std::array<std::pair<ChoiceResponse, std::string_view>, 3> kResponses = {{
    {ChoiceResponse::kAwaiting, "awaiting"},
    {ChoiceResponse::kAccepted, "accepted"},
    {ChoiceResponse::kDeclined, "declined"},
}};

}  // namespace

bool ConsentStands(const SharingProfile& profile) {
  return !profile.consent_recorded_by.empty() && !profile.withdrawn_at.has_value() &&
         !profile.areas.empty();
}

Result<SharingProfile> RecordSharingProfile(const std::optional<SharingProfile>& current,
                                            SharingProfileDraft draft, std::string_view user_id,
                                            Timestamp now) {
  std::vector<FieldError> errors;
  draft.areas = Normalised(std::move(draft.areas));
  CheckAreas(draft.areas, "Choose at least one experience you are willing to share", errors);
  std::vector<std::string> languages;
  for (std::string& code : draft.languages) {
    if (!KnownLanguage(code)) {
      errors.push_back({"languages", "Choose languages from the list"});
      break;
    }
    if (std::ranges::find(languages, code) == languages.end()) languages.push_back(code);
  }
  CheckText(draft.gender, {"gender", "How you describe your gender", kMaxGenderWords}, errors);
  CheckText(draft.own_words, {"own_words", "In your own words", kMaxOwnWords}, errors);
  if (!draft.consent) {
    errors.push_back({"consent", "Confirm that you agree to share these experiences"});
  }
  if (user_id.empty()) errors.push_back({"user_id", "Sign in to record your lived experience"});
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  return SharingProfile{.id = std::string(user_id),
                        .version = current ? current->version + 1 : 1,
                        .user_id = std::string(user_id),
                        .areas = std::move(draft.areas),
                        .languages = std::move(languages),
                        .gender = std::move(draft.gender),
                        .own_words = std::move(draft.own_words),
                        .consent_given_at = now,
                        .consent_recorded_by = std::string(user_id),
                        .withdrawn_at = std::nullopt};
}

Result<SharingProfile> WithdrawSharingProfile(const SharingProfile& profile, Timestamp now) {
  if (profile.withdrawn_at) {
    return Fail(ErrorCode::kFailedPrecondition, "Consent was already withdrawn");
  }
  SharingProfile next = profile;
  ++next.version;
  next.withdrawn_at = now;
  next.areas.clear();
  next.languages.clear();
  next.gender.clear();
  next.own_words.clear();
  return next;
}

std::string_view ChoiceResponseKey(ChoiceResponse response) {
  for (const auto& [r, key] : kResponses) {
    if (r == response) return key;
  }
  return {};
}

std::optional<ChoiceResponse> ParseChoiceResponse(std::string_view key) {
  for (const auto& [r, k] : kResponses) {
    if (k == key) return r;
  }
  return std::nullopt;
}

Result<PeerMentorWish> RecordPeerMentorWish(const std::optional<PeerMentorWish>& current,
                                            PeerMentorWishDraft draft, std::string_view person_id,
                                            std::string_view team_id, std::string_view by,
                                            Timestamp now) {
  std::vector<FieldError> errors;
  draft.areas = Normalised(std::move(draft.areas));
  CheckAreas(draft.areas, "Choose at least one thing that matters to them", errors);
  draft.language = TrimText(draft.language);
  if (!draft.language.empty() && !KnownLanguage(draft.language)) {
    errors.push_back({"language", "Choose a language from the list, or no preference"});
  }
  CheckText(draft.preferences, {"preferences", "Preferences", kMaxPreferences}, errors);
  CheckText(draft.in_their_words, {"in_their_words", "In their words", kMaxWishWords}, errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  return PeerMentorWish{.id = std::string(person_id),
                        .version = current ? current->version + 1 : 1,
                        .person_id = std::string(person_id),
                        .team_id = std::string(team_id),
                        .areas = std::move(draft.areas),
                        .language = std::move(draft.language),
                        .preferences = std::move(draft.preferences),
                        .in_their_words = std::move(draft.in_their_words),
                        .recorded_by = std::string(by),
                        .recorded_at = now,
                        .choice = current ? current->choice : std::nullopt};
}

Result<PeerMentorWish> ChoosePeerMentor(const PeerMentorWish& wish, std::string_view peer_user_id,
                                        bool together_with_person, std::string_view by,
                                        Timestamp now) {
  std::vector<FieldError> errors;
  if (peer_user_id.empty()) errors.push_back({"peer", "Choose a peer mentor"});
  if (!together_with_person) {
    errors.push_back({"together", "Confirm that the person made this choice with you"});
  }
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  PeerMentorWish next = wish;
  ++next.version;
  next.choice = PeerChoice{.peer_user_id = std::string(peer_user_id),
                           .chosen_by = std::string(by),
                           .chosen_at = now,
                           .together_with_person = true,
                           .response = ChoiceResponse::kAwaiting,
                           .responded_at = std::nullopt,
                           .response_note = {}};
  return next;
}

Result<PeerMentorWish> RespondToPeerChoice(const PeerMentorWish& wish,
                                           std::string_view peer_user_id, bool accept,
                                           std::string note, Timestamp now) {
  if (!wish.choice || wish.choice->response != ChoiceResponse::kAwaiting ||
      wish.choice->peer_user_id != peer_user_id) {
    return Fail(ErrorCode::kFailedPrecondition, "No choice is waiting for this answer");
  }
  std::vector<FieldError> errors;
  CheckText(note, {"note", "A note", kMaxResponseNote}, errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  PeerMentorWish next = wish;
  ++next.version;
  next.choice->response = accept ? ChoiceResponse::kAccepted : ChoiceResponse::kDeclined;
  next.choice->responded_at = now;
  next.choice->response_note = std::move(note);
  return next;
}

std::span<const std::string_view> PeerLanguageCodes() { return kLanguages; }

std::string SharesReason(std::span<const LivedExperience> shared) {
  std::string out = "Shares: ";
  for (std::size_t i = 0; i < shared.size(); ++i) {
    if (i > 0) out += ", ";
    out += LivedExperienceName(shared[i]);
  }
  return out;
}

std::string CaseloadReason(int caseload) {
  if (caseload == 1) return "1 person on their caseload";
  return std::to_string(caseload) + " people on their caseload";
}

std::vector<PeerSuggestion> SuggestPeerMentors(const PeerMentorWish& wish, std::string_view team_id,
                                               std::span<const PeerCandidate> candidates,
                                               std::size_t limit) {
  std::vector<PeerSuggestion> out;
  if (team_id.empty()) return out;
  const std::vector<LivedExperience> wanted = Normalised(wish.areas);
  for (const PeerCandidate& c : candidates) {
    if (c.team_id != team_id || !c.active || !c.profile || !ConsentStands(*c.profile) ||
        c.profile->user_id != c.user_id) {
      continue;
    }
    PeerSuggestion s{.user_id = c.user_id,
                     .name = c.name,
                     .caseload = c.caseload,
                     .gender = c.profile->gender,
                     .own_words = c.profile->own_words};
    const std::vector<LivedExperience> offered = Normalised(c.profile->areas);
    std::ranges::set_intersection(offered, wanted, std::back_inserter(s.shared));
    if (s.shared.empty() && !wanted.empty()) continue;
    s.speaks_language =
        !wish.language.empty() &&
        std::ranges::find(c.profile->languages, wish.language) != c.profile->languages.end();
    if (!s.shared.empty()) s.reasons.push_back(SharesReason(s.shared));
    if (s.speaks_language) {
      s.reasons.push_back("Speaks " + std::string(directory::LanguageName(wish.language)));
    }
    s.reasons.push_back(CaseloadReason(s.caseload));
    out.push_back(std::move(s));
  }
  std::ranges::sort(out, [](const PeerSuggestion& a, const PeerSuggestion& b) {
    return std::make_tuple(-static_cast<long>(a.shared.size()), !a.speaks_language, a.caseload,
                           std::cref(a.name), std::cref(a.user_id)) <
           std::make_tuple(-static_cast<long>(b.shared.size()), !b.speaks_language, b.caseload,
                           std::cref(b.name), std::cref(b.user_id));
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace lw

// Peer matching (issue 7, point 6): staff record, with their consent, the
// lived experiences they are willing to share; a person who would like a
// peer mentor "who has been through something similar" says what matters
// to them; candidates from the team are suggested, each with the reasons
// in words; and people, not this code, make the choice.
//
// SharingProfile: one per member of staff (its id is their user id),
// written only by them. Consent is given by saving it (every save renews
// `consent_given_at`) and withdrawn by `WithdrawSharingProfile`, which
// also clears what was shared from the current version (earlier versions
// stay in the store's history, as every record's do). Lifecycle:
//
//   (none) --Record--> consented --Record--> consented
//                      consented --Withdraw--> withdrawn --Record--> consented
//
// PeerMentorWish: one per person (its id is the person's id), kept by
// their team, in their words. The choice made with the person is part of
// it, and the chosen peer mentor answers it:
//
//   no choice --Choose--> awaiting --Accept--> accepted
//                         awaiting --Decline--> declined
//   any state --Choose--> awaiting   (a new choice replaces the old one;
//                                     the old one stays in the history)
//
// SuggestPeerMentors never decides: it lists candidates with their
// reasons, and the page says so. Rules, each tested:
//  - Only candidates in the person's team, with an active account and a
//    profile whose consent stands (not withdrawn) are ever suggested.
//  - A candidate must share at least one of the person's areas (when the
//    wish names none, every consenting candidate is listed).
//  - Order: more areas shared first; then those who speak the language
//    the person asked for; then lighter caseloads; then name and id (a
//    deterministic tie-break).
//  - Reasons: "Shares: bereavement, being a carer"; "Speaks Urdu";
//    "12 people on their caseload". No score is returned.
//
// Failure contract: the Record/Choose calls return kInvalidArgument with
// one FieldError per bad field, named as the form fields ("areas",
// "languages", "gender", "own_words", "consent", "language",
// "preferences", "in_their_words", "peer", "together"); kFailedPrecondition
// for a transition the state does not allow. On failure nothing changes.
// Text is trimmed and otherwise kept as written.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/peers/lived_experience.h"

namespace lw {

inline constexpr std::size_t kMaxOwnWords = 600;
inline constexpr std::size_t kMaxGenderWords = 60;
inline constexpr std::size_t kMaxPreferences = 600;
inline constexpr std::size_t kMaxWishWords = 1000;
inline constexpr std::size_t kMaxResponseNote = 600;

struct SharingProfile {
  std::string id;  // the user's id: one profile each
  long long version = 0;
  std::string user_id;
  std::vector<LivedExperience> areas;  // in vocabulary order, distinct
  // Languages they could mentor in besides English: ISO 639 codes of
  // domain/directory/languages.h ("ur", "bfi").
  std::vector<std::string> languages;
  std::string gender;     // how they describe their gender, in their words; optional
  std::string own_words;  // a few words of their own; optional
  Timestamp consent_given_at;
  std::string consent_recorded_by;        // always the user themselves
  std::optional<Timestamp> withdrawn_at;  // set: never suggested
  bool operator==(const SharingProfile&) const = default;
};

// Whether the profile may be suggested: consent given and not withdrawn.
bool ConsentStands(const SharingProfile& profile);

struct SharingProfileDraft {
  std::vector<LivedExperience> areas;
  std::vector<std::string> languages;
  std::string gender;
  std::string own_words;
  bool consent = false;  // "I agree to these being shared ..." ticked
};

// The next version of `current` (or version 1) for `user_id`, consent
// given at `now`.
Result<SharingProfile> RecordSharingProfile(const std::optional<SharingProfile>& current,
                                            SharingProfileDraft draft, std::string_view user_id,
                                            Timestamp now);
// kFailedPrecondition when already withdrawn.
Result<SharingProfile> WithdrawSharingProfile(const SharingProfile& profile, Timestamp now);

enum class ChoiceResponse : std::uint8_t { kAwaiting, kAccepted, kDeclined };
std::string_view ChoiceResponseKey(ChoiceResponse response);  // "awaiting", "accepted", "declined"
std::optional<ChoiceResponse> ParseChoiceResponse(std::string_view key);

struct PeerChoice {
  std::string peer_user_id;
  std::string chosen_by;  // the practitioner who recorded it
  Timestamp chosen_at;
  bool together_with_person = true;  // always: a choice is made with the person
  ChoiceResponse response = ChoiceResponse::kAwaiting;
  std::optional<Timestamp> responded_at;
  std::string response_note;  // the peer mentor's words; optional
  bool operator==(const PeerChoice&) const = default;
};

struct PeerMentorWish {
  std::string id;  // the person's id: one wish each
  long long version = 0;
  std::string person_id;
  std::string team_id;                 // the team that recorded it last
  std::vector<LivedExperience> areas;  // what matters to them, vocabulary order
  std::string language;                // a code from domain/directory/languages.h; "" no preference
  std::string preferences;             // e.g. about the mentor's gender, in their words; optional
  std::string in_their_words;          // what they would like from a peer mentor; optional
  std::string recorded_by;
  Timestamp recorded_at;
  std::optional<PeerChoice> choice;
  bool operator==(const PeerMentorWish&) const = default;
};

struct PeerMentorWishDraft {
  std::vector<LivedExperience> areas;
  std::string language;
  std::string preferences;
  std::string in_their_words;
};

// The next version of `current` (or version 1); a choice already made is
// kept.
Result<PeerMentorWish> RecordPeerMentorWish(const std::optional<PeerMentorWish>& current,
                                            PeerMentorWishDraft draft, std::string_view person_id,
                                            std::string_view team_id, std::string_view by,
                                            Timestamp now);
// kInvalidArgument ("together") unless the choice was made with the person;
// ("peer") when no one is named.
Result<PeerMentorWish> ChoosePeerMentor(const PeerMentorWish& wish, std::string_view peer_user_id,
                                        bool together_with_person, std::string_view by,
                                        Timestamp now);
// The chosen peer mentor's answer: kFailedPrecondition when there is no
// choice awaiting one, or `peer_user_id` is not the one chosen.
Result<PeerMentorWish> RespondToPeerChoice(const PeerMentorWish& wish,
                                           std::string_view peer_user_id, bool accept,
                                           std::string note, Timestamp now);

// A member of staff as the ranking sees them; the caller gathers these.
struct PeerCandidate {
  std::string user_id;
  std::string name;
  std::string team_id;
  bool active = true;
  std::optional<SharingProfile> profile;  // none: never recorded
  int caseload = 0;                       // people they are keyworker for now
};

struct PeerSuggestion {
  std::string user_id;
  std::string name;
  std::vector<LivedExperience> shared;  // in vocabulary order
  bool speaks_language = false;         // the language the person asked for
  int caseload = 0;
  std::vector<std::string> reasons;  // in words, in the order above
  std::string gender;                // from their profile, in their words
  std::string own_words;
};

// See the header comment for the rules.
std::vector<PeerSuggestion> SuggestPeerMentors(const PeerMentorWish& wish, std::string_view team_id,
                                               std::span<const PeerCandidate> candidates,
                                               std::size_t limit = 10);

// The languages besides English a profile or wish may name, in the order
// forms list them: codes of domain/directory/languages.h, each with a name
// there.
std::span<const std::string_view> PeerLanguageCodes();

// "Shares: bereavement, being a carer".
std::string SharesReason(std::span<const LivedExperience> shared);
// "1 person on their caseload", "12 people on their caseload".
std::string CaseloadReason(int caseload);

}  // namespace lw

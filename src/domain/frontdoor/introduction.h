// Introduction: someone introducing themselves, or someone they care about,
// to Living Well, from any source, and everything until it ends.
//
// The lifecycle is a state machine (written out in lifecycle.h):
//
//   open <-> conversation-booked -> conversation-held -> closed
//     \__________________________________________________/^
//
// `Introduction` is a plain value. It is never overwritten: each change
// (lifecycle.h) returns the next version (version + 1) and the store keeps
// them all, refusing a change based on anything but the latest (kConflict),
// as for a Person. `CheckIntroductionInvariants` aborts if a value breaks
// the rules below; the lifecycle runs it after every transition, so a bug
// cannot store an impossible introduction.
//
// Waiting time is counted in calendar days in Europe/London, as the
// published figures are ("median days from introduction received to
// initial conversation held").
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "domain/frontdoor/equality.h"
#include "domain/frontdoor/vocabulary.h"

namespace lw {

// A locality's front-door rules. Defaults are the GM Guide's and Tameside's.
struct FrontDoorPolicy {
  int target_days = 14;            // someone is in touch, and the conversation held, within this
  int unreachable_attempts = 3;    // attempts before "could not be reached" is allowed
  int unreachable_span_days = 14;  // ... spread over at least this many days, first to last
  int minimum_age = 16;            // on the day the introduction is received
};

// Longest text accepted for each kind of field, in characters.
inline constexpr std::size_t kMaxShortText = 100;   // names, relationship
inline constexpr std::size_t kMaxLineText = 200;    // organisation, where detail
inline constexpr std::size_t kMaxNoteText = 1000;   // safe times, notes, ending note
inline constexpr std::size_t kMaxStoryText = 5000;  // a person's words
inline constexpr std::size_t kMaxPhoneText = 30;
inline constexpr std::size_t kMaxEmailText = 254;  // RFC 5321's path limit

struct ContactPreferences {
  std::vector<ContactMethod> methods;  // at least one; only these may be used
  std::string phone;                   // needed for phone or text
  std::string email;                   // needed for email
  bool may_leave_message = false;      // no unless they say yes: a phone may be shared
  std::string safe_times;              // in their words: "after 6pm, not weekends"

  bool Allows(ContactMethod m) const;
  bool operator==(const ContactPreferences&) const = default;
};

struct ContactAttempt {
  Timestamp at;
  ContactMethod method = ContactMethod::kPhone;
  std::string by_user_id;
  std::string outcome_note;  // "No answer, no message left"
  bool operator==(const ContactAttempt&) const = default;
};

struct ConversationBooking {
  Timestamp when;
  ConversationPlace place = ConversationPlace::kPhone;
  std::string with_user_id;
  std::string where_detail;  // "Hyde Library, the quiet room"
  bool operator==(const ConversationBooking&) const = default;
};

// The initial conversation, recorded in the person's own words.
struct InitialConversation {
  Timestamp held_at;
  std::string with_user_id;
  std::string what_matters;     // "What matters to you?"
  std::string whats_going_on;   // "What's going on for you?"
  std::string strengths;        // "What are your strengths?"
  std::string what_would_help;  // "What would help?"
  std::string in_your_corner;   // "Who is in your corner?"
  // A concern about safety, discussed as part of the conversation; the team
  // holds risk together, so it can be raised to the daily huddle.
  std::string safety_concern;  // "" when none
  bool raised_to_huddle = false;
  std::string safety_agreed;  // what was agreed about the concern
  bool operator==(const InitialConversation&) const = default;
};

// Fields are in the order a person reads the record, not packed by size.
struct Introduction {  // NOLINT(clang-analyzer-optin.performance.Padding)
  std::string id;
  long long version = 0;
  std::string reference;  // public, quotable: "LW-7K3M-Q9TP" (reference.h)

  IntroductionSource source = IntroductionSource::kSelf;
  std::string made_by_user_id;  // "" for the public form
  // When someone else introduces the person (IntroducerKindOf(source)).
  std::string introducer_name;
  std::string introducer_relationship;  // someone close: "Mum", "Friend"
  std::string introducer_organisation;  // a service: "Hyde Medical Centre"
  bool person_knows = false;            // someone close confirmed the person knows
  Timestamp received_at;

  std::string given_name;
  std::string family_name;
  std::string preferred_name;
  std::optional<Date> date_of_birth;
  std::string postcode;    // normalised "SK14 1AA", or "" (no fixed address, or not known)
  std::string nhs_number;  // ten digits, or ""

  ContactPreferences contact;
  std::string in_their_words;  // what is going on
  std::string help_wanted;     // what help they would like
  EqualityAnswers equality;
  bool privacy_agreed = false;

  std::string team_id;
  std::string assigned_user_id;  // "" until someone picks it up
  std::string person_id;         // linked person record, "" until matched or created

  IntroductionState state = IntroductionState::kOpen;
  std::vector<ContactAttempt> attempts;  // in the order recorded
  std::optional<ConversationBooking> booking;
  std::optional<InitialConversation> conversation;
  std::optional<Ending> ending;
  std::string ending_note;  // which service, or the information wanted in their words
  std::optional<Timestamp> closed_at;

  bool IsClosed() const { return state == IntroductionState::kClosed; }
  bool operator==(const Introduction&) const = default;
};

// Aborts (LW_CHECK) if `intro` breaks an invariant:
//  - version >= 1;
//  - closed  <=> ending set <=> closed_at set;
//  - open has no booking; booked has a booking and no conversation;
//  - a conversation exists exactly when held, or closed after being held;
//  - support-begins / warm-introduction / information-given have a conversation;
//    could-not-be-reached has none.
void CheckIntroductionInvariants(const Introduction& intro);

// Calendar days from received to the initial conversation held; nullopt
// until it is held.
std::optional<int> WaitingDays(const Introduction& intro);
// Calendar days waited so far: until the conversation was held, or until
// the introduction closed without one, or until `now`.
int DaysWaiting(const Introduction& intro, Timestamp now);
// Still waiting (not held, not closed) for longer than policy.target_days.
bool PastTarget(const Introduction& intro, Timestamp now, const FrontDoorPolicy& policy);
// The instant before which a still-waiting introduction is past target:
// PastTarget(i) is exactly "waiting (open or booked) and received_at <
// PastTargetCutoff(now)", so a store can count them without loading them.
Timestamp PastTargetCutoff(Timestamp now, const FrontDoorPolicy& policy);

// What happens next, for the front-door list: "Make contact" (open, no
// attempt yet), "Try again" (open after an attempt), "Hold the conversation"
// (booked), "Agree how it ends" (held), "" when closed.
std::string_view NextStep(const Introduction& intro);

// The last contact attempt, or null when there has been none.
const ContactAttempt* LastAttempt(const Introduction& intro);

// What the person or service who made an introduction may see of it
// afterwards: what they sent, where it is (state, ending) and its dates.
// The conversation, contact attempts, ending note, worker and person
// record are the team's, not theirs. The result is for showing only: it
// breaks the invariants (a held introduction without its conversation).
Introduction ForIntroducer(const Introduction& intro);

}  // namespace lw

// The front door's fixed vocabularies: where an introduction came from, how
// a person may be contacted, where an initial conversation happens, the
// states of an introduction and the ways one can end.
//
// Contract: each enum has a stable machine key (`...Key`, used in the store,
// forms and the API; never renamed once released), a display name in plain
// English (`...DisplayName`), and `Parse...`, which returns nullopt for any
// key it does not know (callers turn that into a field error). Keys are
// lower-case and hyphenated, as role.h's are.
//
// There is deliberately no "rejected", "declined" or "refused" Ending: in
// Living Well nobody is turned away, so the type cannot say it.
//
// Thread-safety: pure functions over constant tables.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace lw {

enum class IntroductionSource : std::uint8_t {
  kSelf,           // the person, through the public form
  kCarerOrFamily,  // someone they care about, with their knowledge
  kGp,
  kOtherNhs,  // another NHS service
  kCouncil,
  kVoluntaryPartner,  // a voluntary-sector partner in the network
  kPolice,
  kWalkIn,      // at a community venue or Listening Lounge
  kPhone,       // the person, by phone
  kComingBack,  // a re-introduction by someone supported before
};
inline constexpr std::array<IntroductionSource, 10> kAllIntroductionSources = {
    IntroductionSource::kSelf,    IntroductionSource::kCarerOrFamily,
    IntroductionSource::kGp,      IntroductionSource::kOtherNhs,
    IntroductionSource::kCouncil, IntroductionSource::kVoluntaryPartner,
    IntroductionSource::kPolice,  IntroductionSource::kWalkIn,
    IntroductionSource::kPhone,   IntroductionSource::kComingBack};
std::string_view IntroductionSourceKey(IntroductionSource source);  // "carer-or-family"
std::string_view IntroductionSourceDisplayName(
    IntroductionSource source);  // "Carer, family or friend"
std::optional<IntroductionSource> ParseIntroductionSource(std::string_view key);

// Who is speaking for the person when the introduction is made: it decides
// which introducer details are needed.
enum class IntroducerKind : std::uint8_t {
  kThePerson,     // self, walk-in, phone, coming back
  kSomeoneClose,  // carer, family or friend: name and relationship needed
  kAService,      // GP, NHS, council, partner, police: name and organisation needed
};
IntroducerKind IntroducerKindOf(IntroductionSource source);

enum class ContactMethod : std::uint8_t { kPhone, kText, kEmail };
inline constexpr std::array<ContactMethod, 3> kAllContactMethods = {
    ContactMethod::kPhone, ContactMethod::kText, ContactMethod::kEmail};
std::string_view ContactMethodKey(ContactMethod method);          // "text"
std::string_view ContactMethodDisplayName(ContactMethod method);  // "Text message"
std::optional<ContactMethod> ParseContactMethod(std::string_view key);

enum class ConversationPlace : std::uint8_t { kHome, kCommunityVenue, kPhone, kVideo, kClinic };
inline constexpr std::array<ConversationPlace, 5> kAllConversationPlaces = {
    ConversationPlace::kHome, ConversationPlace::kCommunityVenue, ConversationPlace::kPhone,
    ConversationPlace::kVideo, ConversationPlace::kClinic};
std::string_view ConversationPlaceKey(ConversationPlace place);          // "community-venue"
std::string_view ConversationPlaceDisplayName(ConversationPlace place);  // "At a community venue"
std::optional<ConversationPlace> ParseConversationPlace(std::string_view key);

enum class IntroductionState : std::uint8_t {
  kOpen,
  kConversationBooked,
  kConversationHeld,
  kClosed
};
inline constexpr std::array<IntroductionState, 4> kAllIntroductionStates = {
    IntroductionState::kOpen, IntroductionState::kConversationBooked,
    IntroductionState::kConversationHeld, IntroductionState::kClosed};
std::string_view IntroductionStateKey(IntroductionState state);          // "conversation-booked"
std::string_view IntroductionStateDisplayName(IntroductionState state);  // "Conversation booked"
std::optional<IntroductionState> ParseIntroductionState(std::string_view key);

enum class Ending : std::uint8_t {
  kSupportBegins,      // Living Well support begins (an episode with a keyworker)
  kWarmIntroduction,   // to another service in the network
  kInformationGiven,   // information or advice was what they wanted
  kChoseNotToGoAhead,  // their choice, at any point
  kCouldNotBeReached,  // after the locality's attempts over its span of days
};
inline constexpr std::array<Ending, 5> kAllEndings = {
    Ending::kSupportBegins, Ending::kWarmIntroduction, Ending::kInformationGiven,
    Ending::kChoseNotToGoAhead, Ending::kCouldNotBeReached};
std::string_view EndingKey(Ending ending);          // "warm-introduction"
std::string_view EndingDisplayName(Ending ending);  // "Warm introduction to another service"
std::optional<Ending> ParseEnding(std::string_view key);

}  // namespace lw

#include "domain/frontdoor/vocabulary.h"

#include <span>

#include "domain/vocabulary_table.h"

namespace lw {
namespace {

using vocabulary::Names;
using vocabulary::Parse;
using vocabulary::Row;

using S = IntroductionSource;
constexpr std::array<Names<S>, 10> kSources = {{
    {S::kSelf, "self", "The person themselves"},
    {S::kCarerOrFamily, "carer-or-family", "Carer, family or friend"},
    {S::kGp, "gp", "GP"},
    {S::kOtherNhs, "other-nhs", "Another NHS service"},
    {S::kCouncil, "council", "Council"},
    {S::kVoluntaryPartner, "voluntary-partner", "Voluntary sector partner"},
    {S::kPolice, "police", "Police"},
    {S::kWalkIn, "walk-in", "Walk-in at a community venue or Listening Lounge"},
    {S::kPhone, "phone", "The person, by phone"},
    {S::kComingBack, "coming-back", "Coming back"},
}};

constexpr std::array<Names<ContactMethod>, 3> kMethods = {{
    {ContactMethod::kPhone, "phone", "Phone call"},
    {ContactMethod::kText, "text", "Text message"},
    {ContactMethod::kEmail, "email", "Email"},
}};

using P = ConversationPlace;
constexpr std::array<Names<P>, 5> kPlaces = {{
    {P::kHome, "home", "At home"},
    {P::kCommunityVenue, "community-venue", "At a community venue"},
    {P::kPhone, "phone", "By phone"},
    {P::kVideo, "video", "By video call"},
    {P::kClinic, "clinic", "At a clinic"},
}};

using St = IntroductionState;
constexpr std::array<Names<St>, 4> kStates = {{
    {St::kOpen, "open", "Open"},
    {St::kConversationBooked, "conversation-booked", "Conversation booked"},
    {St::kConversationHeld, "conversation-held", "Conversation held"},
    {St::kClosed, "closed", "Closed"},
}};

constexpr std::array<Names<Ending>, 5> kEndings = {{
    {Ending::kSupportBegins, "support-begins", "Living Well support begins"},
    {Ending::kWarmIntroduction, "warm-introduction", "Warm introduction to another service"},
    {Ending::kInformationGiven, "information-given", "Information or advice given"},
    {Ending::kChoseNotToGoAhead, "chose-not-to-go-ahead", "Chose not to go ahead"},
    {Ending::kCouldNotBeReached, "could-not-be-reached", "Could not be reached"},
}};

}  // namespace

std::string_view IntroductionSourceKey(S s) { return Row(kSources, s).key; }
std::string_view IntroductionSourceDisplayName(S s) { return Row(kSources, s).display; }
std::optional<S> ParseIntroductionSource(std::string_view key) { return Parse(kSources, key); }

IntroducerKind IntroducerKindOf(S s) {
  switch (s) {
    case S::kSelf:
    case S::kWalkIn:
    case S::kPhone:
    case S::kComingBack:
      return IntroducerKind::kThePerson;
    case S::kCarerOrFamily:
      return IntroducerKind::kSomeoneClose;
    case S::kGp:
    case S::kOtherNhs:
    case S::kCouncil:
    case S::kVoluntaryPartner:
    case S::kPolice:
      return IntroducerKind::kAService;
  }
  return IntroducerKind::kThePerson;
}

std::string_view ContactMethodKey(ContactMethod m) { return Row(kMethods, m).key; }
std::string_view ContactMethodDisplayName(ContactMethod m) { return Row(kMethods, m).display; }
std::optional<ContactMethod> ParseContactMethod(std::string_view key) {
  return Parse(kMethods, key);
}

std::string_view ConversationPlaceKey(P p) { return Row(kPlaces, p).key; }
std::string_view ConversationPlaceDisplayName(P p) { return Row(kPlaces, p).display; }
std::optional<P> ParseConversationPlace(std::string_view key) { return Parse(kPlaces, key); }

std::string_view IntroductionStateKey(St s) { return Row(kStates, s).key; }
std::string_view IntroductionStateDisplayName(St s) { return Row(kStates, s).display; }
std::optional<St> ParseIntroductionState(std::string_view key) { return Parse(kStates, key); }

std::string_view EndingKey(Ending e) { return Row(kEndings, e).key; }
std::string_view EndingDisplayName(Ending e) { return Row(kEndings, e).display; }
std::optional<Ending> ParseEnding(std::string_view key) { return Parse(kEndings, key); }

}  // namespace lw

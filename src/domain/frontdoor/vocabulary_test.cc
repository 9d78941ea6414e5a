#include "domain/frontdoor/vocabulary.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lw {
namespace vocabulary_test {
namespace {

// Every value's key parses back to it, keys are unique, and every value
// has a display name distinct from its key's spelling.
template <typename E, std::size_t N, typename KeyFn, typename NameFn, typename ParseFn>
void ExpectRoundTrip(const std::array<E, N>& all, KeyFn key, NameFn name, ParseFn parse) {
  std::set<std::string_view> keys;
  for (E value : all) {
    EXPECT_EQ(parse(key(value)), value) << key(value);
    EXPECT_FALSE(name(value).empty()) << key(value);
    keys.insert(key(value));
  }
  EXPECT_EQ(keys.size(), N);
}

TEST(VocabularyTest, EveryKeyRoundTrips) {
  ExpectRoundTrip(kAllIntroductionSources, IntroductionSourceKey, IntroductionSourceDisplayName,
                  ParseIntroductionSource);
  ExpectRoundTrip(kAllContactMethods, ContactMethodKey, ContactMethodDisplayName,
                  ParseContactMethod);
  ExpectRoundTrip(kAllConversationPlaces, ConversationPlaceKey, ConversationPlaceDisplayName,
                  ParseConversationPlace);
  ExpectRoundTrip(kAllIntroductionStates, IntroductionStateKey, IntroductionStateDisplayName,
                  ParseIntroductionState);
  ExpectRoundTrip(kAllEndings, EndingKey, EndingDisplayName, ParseEnding);
}

TEST(VocabularyTest, StableKeys) {
  // Stored and sent in the API: changing one breaks stored data.
  EXPECT_EQ(IntroductionSourceKey(IntroductionSource::kCarerOrFamily), "carer-or-family");
  EXPECT_EQ(IntroductionSourceKey(IntroductionSource::kVoluntaryPartner), "voluntary-partner");
  EXPECT_EQ(IntroductionSourceKey(IntroductionSource::kWalkIn), "walk-in");
  EXPECT_EQ(IntroductionSourceKey(IntroductionSource::kComingBack), "coming-back");
  EXPECT_EQ(ContactMethodKey(ContactMethod::kText), "text");
  EXPECT_EQ(ConversationPlaceKey(ConversationPlace::kCommunityVenue), "community-venue");
  EXPECT_EQ(IntroductionStateKey(IntroductionState::kConversationBooked), "conversation-booked");
  EXPECT_EQ(EndingKey(Ending::kWarmIntroduction), "warm-introduction");
  EXPECT_EQ(EndingKey(Ending::kCouldNotBeReached), "could-not-be-reached");
}

TEST(VocabularyTest, UnknownKeysAreRefused) {
  for (std::string_view key : {"", "Self", "SELF", " self", "self ", "gp;", "doctor"}) {
    EXPECT_EQ(ParseIntroductionSource(key), std::nullopt) << key;
  }
  EXPECT_EQ(ParseContactMethod("letter"), std::nullopt);
  EXPECT_EQ(ParseContactMethod("Phone"), std::nullopt);
  EXPECT_EQ(ParseConversationPlace("pub"), std::nullopt);
  EXPECT_EQ(ParseIntroductionState("rejected"), std::nullopt);
}

TEST(VocabularyTest, NoEndingTurnsSomeoneAway) {
  for (std::string_view key : {"rejected", "declined", "refused", "not-eligible", "reject"}) {
    EXPECT_EQ(ParseEnding(key), std::nullopt) << key;
  }
  for (Ending e : kAllEndings) {
    std::string words = std::string(EndingKey(e)) + " " + std::string(EndingDisplayName(e));
    for (const char* bad : {"reject", "Reject", "decline", "Decline", "refuse", "Refuse"}) {
      EXPECT_EQ(words.find(bad), std::string::npos) << words;
    }
  }
  EXPECT_EQ(kAllEndings.size(), 5u);
}

TEST(VocabularyTest, WhoIntroducesDecidesTheDetailsNeeded) {
  EXPECT_EQ(IntroducerKindOf(IntroductionSource::kSelf), IntroducerKind::kThePerson);
  EXPECT_EQ(IntroducerKindOf(IntroductionSource::kPhone), IntroducerKind::kThePerson);
  EXPECT_EQ(IntroducerKindOf(IntroductionSource::kWalkIn), IntroducerKind::kThePerson);
  EXPECT_EQ(IntroducerKindOf(IntroductionSource::kComingBack), IntroducerKind::kThePerson);
  EXPECT_EQ(IntroducerKindOf(IntroductionSource::kCarerOrFamily), IntroducerKind::kSomeoneClose);
  for (auto s :
       {IntroductionSource::kGp, IntroductionSource::kOtherNhs, IntroductionSource::kCouncil,
        IntroductionSource::kVoluntaryPartner, IntroductionSource::kPolice}) {
    EXPECT_EQ(IntroducerKindOf(s), IntroducerKind::kAService) << IntroductionSourceKey(s);
  }
}

}  // namespace
}  // namespace vocabulary_test
}  // namespace lw

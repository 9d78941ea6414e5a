#include "domain/team/episode_vocabulary.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lw {
namespace episode_vocabulary_test {
namespace {

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

TEST(EpisodeVocabularyTest, EveryKeyRoundTrips) {
  ExpectRoundTrip(kAllEpisodeStatuses, EpisodeStatusKey, EpisodeStatusDisplayName,
                  ParseEpisodeStatus);
  ExpectRoundTrip(kAllEpisodeEndings, EpisodeEndingKey, EpisodeEndingDisplayName,
                  ParseEpisodeEnding);
}

TEST(EpisodeVocabularyTest, StableKeys) {
  // Stored and sent in the API: changing one breaks stored data.
  EXPECT_EQ(EpisodeStatusKey(EpisodeStatus::kActive), "active");
  EXPECT_EQ(EpisodeStatusKey(EpisodeStatus::kEnded), "ended");
  EXPECT_EQ(EpisodeEndingKey(EpisodeEnding::kGoalsMet), "goals-met");
  EXPECT_EQ(EpisodeEndingKey(EpisodeEnding::kMovingOn), "moving-on");
  EXPECT_EQ(EpisodeEndingKey(EpisodeEnding::kCompleted), "completed");
  EXPECT_EQ(EpisodeEndingKey(EpisodeEnding::kStoppedEngaging), "stopped-engaging");
  EXPECT_EQ(EpisodeEndingKey(EpisodeEnding::kMovedAway), "moved-away");
  EXPECT_EQ(EpisodeEndingKey(EpisodeEnding::kDied), "died");
  EXPECT_EQ(EpisodeEndingKey(EpisodeEnding::kOther), "other");
}

TEST(EpisodeVocabularyTest, DisplayNamesArePlainEnglish) {
  EXPECT_EQ(EpisodeStatusDisplayName(EpisodeStatus::kActive), "Being supported");
  EXPECT_EQ(EpisodeEndingDisplayName(EpisodeEnding::kMovingOn), "Moving on to other support");
  EXPECT_EQ(EpisodeEndingDisplayName(EpisodeEnding::kStoppedEngaging), "Stopped being in touch");
}

TEST(EpisodeVocabularyTest, UnknownKeysAreRefused) {
  for (std::string_view key : {"", "Active", "closed", "discharged", "goals_met", " other"}) {
    EXPECT_EQ(ParseEpisodeStatus(key), std::nullopt) << key;
    EXPECT_EQ(ParseEpisodeEnding(key), std::nullopt) << key;
  }
}

TEST(EpisodeVocabularyTest, ExactlyGoalsMetMovingOnAndCompletedArePlanned) {
  std::set<std::string_view> planned;
  for (EpisodeEnding e : kAllEpisodeEndings) {
    if (IsPlannedTransition(e)) planned.insert(EpisodeEndingKey(e));
  }
  EXPECT_EQ(planned, (std::set<std::string_view>{"goals-met", "moving-on", "completed"}));
}

}  // namespace
}  // namespace episode_vocabulary_test
}  // namespace lw

#include "services/view_cache.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace lw {
namespace view_cache_test {
namespace {

const Date kMonday = *Date::FromYmd(2026, 11, 23);

TEST(ViewCacheTest, FindsAViewOnlyForItsGenerationAndDay) {
  ViewCache<std::string> cache;
  EXPECT_EQ(cache.Find("team-1", 7, kMonday), nullptr);
  cache.Put("team-1", 7, kMonday, std::make_shared<const std::string>("board"));
  auto hit = cache.Find("team-1", 7, kMonday);
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(*hit, "board");
  EXPECT_EQ(cache.Find("team-1", 8, kMonday), nullptr) << "the store has changed since";
  EXPECT_EQ(cache.Find("team-1", 7, kMonday.PlusDays(1)), nullptr) << "another day";
  EXPECT_EQ(cache.Find("team-2", 7, kMonday), nullptr);
}

TEST(ViewCacheTest, APutReplacesTheKeysEntry) {
  ViewCache<std::string> cache;
  cache.Put("team-1", 7, kMonday, std::make_shared<const std::string>("old"));
  cache.Put("team-1", 9, kMonday, std::make_shared<const std::string>("new"));
  EXPECT_EQ(cache.Find("team-1", 7, kMonday), nullptr);
  ASSERT_NE(cache.Find("team-1", 9, kMonday), nullptr);
  EXPECT_EQ(*cache.Find("team-1", 9, kMonday), "new");
  EXPECT_EQ(cache.size(), 1u);
}

TEST(ViewCacheTest, StartsAgainEmptyWhenFull) {
  ViewCache<int> cache(2);
  cache.Put("a", 1, kMonday, std::make_shared<const int>(1));
  cache.Put("b", 1, kMonday, std::make_shared<const int>(2));
  cache.Put("b", 2, kMonday, std::make_shared<const int>(3));  // a key it holds: no clearing
  EXPECT_EQ(cache.size(), 2u);
  cache.Put("c", 1, kMonday, std::make_shared<const int>(4));
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.Find("a", 1, kMonday), nullptr);
  ASSERT_NE(cache.Find("c", 1, kMonday), nullptr);
}

TEST(ViewCacheTest, AViewFoundOutlivesItsReplacement) {
  ViewCache<std::string> cache;
  cache.Put("k", 1, kMonday, std::make_shared<const std::string>("first"));
  auto held = cache.Find("k", 1, kMonday);
  cache.Put("k", 2, kMonday, std::make_shared<const std::string>("second"));
  ASSERT_NE(held, nullptr);
  EXPECT_EQ(*held, "first");
}

}  // namespace
}  // namespace view_cache_test
}  // namespace lw

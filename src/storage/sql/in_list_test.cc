#include "storage/sql/in_list.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lw::sql {
namespace in_list_test {
namespace {

TEST(InList, SlotsArePowersOfTwoFromEightTo256) {
  EXPECT_EQ(InListSlots(1), 8u);
  EXPECT_EQ(InListSlots(8), 8u);
  EXPECT_EQ(InListSlots(9), 16u);
  EXPECT_EQ(InListSlots(100), 128u);
  EXPECT_EQ(InListSlots(256), 256u);
}

TEST(InList, ParamsAreNumberedFromTheFirst) {
  EXPECT_EQ(InListParams(2, 3), "?2, ?3, ?4");
  EXPECT_EQ(InListParams(1, 1), "?1");
  EXPECT_EQ(InListRows(2, 3), "(?2), (?3), (?4)");
}

TEST(InList, ChunksCoverEveryKeyInOrderAtMost256AtATime) {
  std::vector<std::string> keys;
  keys.reserve(600);
  for (int i = 0; i < 600; ++i) keys.push_back("k" + std::to_string(i));
  std::vector<std::size_t> sizes;
  std::vector<std::string> seen;
  auto s = ForEachInListChunk(keys, [&](std::span<const std::string> chunk) -> Status {
    sizes.push_back(chunk.size());
    seen.insert(seen.end(), chunk.begin(), chunk.end());
    return Ok();
  });
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(sizes, (std::vector<std::size_t>{256, 256, 88}));
  EXPECT_EQ(seen, keys);

  int calls = 0;
  auto none = ForEachInListChunk({}, [&](std::span<const std::string>) -> Status {
    ++calls;
    return Ok();
  });
  ASSERT_TRUE(none.has_value());
  EXPECT_EQ(calls, 0);
}

TEST(InList, AFailingChunkStopsTheRest) {
  std::vector<std::string> keys(300, "k");
  int calls = 0;
  auto s = ForEachInListChunk(keys, [&](std::span<const std::string>) -> Status {
    ++calls;
    return Fail(ErrorCode::kUnavailable, "gone");
  });
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace in_list_test
}  // namespace lw::sql

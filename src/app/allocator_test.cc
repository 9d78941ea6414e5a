#include "app/allocator.h"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace lw {
namespace allocator_test {
namespace {

#if defined(__GLIBC__)
// A block of a few megabytes comes from the heap (not a mapping of its own)
// once the thresholds are set, and freeing it keeps the memory for the next.
TEST(Allocator, LargeBlocksComeFromTheHeapAndStayThere) {
  ASSERT_TRUE(KeepLargeAllocationsInHeap());
  ASSERT_TRUE(KeepLargeAllocationsInHeap());  // idempotent
  constexpr std::size_t kPage = std::size_t{3} << 20;
  const struct mallinfo2 before = mallinfo2();
  auto block = std::make_unique<char[]>(kPage);
  std::memset(block.get(), 1, kPage);
  const struct mallinfo2 during = mallinfo2();
  EXPECT_EQ(during.hblkhd, before.hblkhd) << "the block was mapped on its own";
  block.reset();
  const struct mallinfo2 after = mallinfo2();
  EXPECT_GE(after.arena, during.arena) << "the heap was trimmed";
}
#else
TEST(Allocator, IsANoOpWithoutGlibc) { EXPECT_FALSE(KeepLargeAllocationsInHeap()); }
#endif

}  // namespace
}  // namespace allocator_test
}  // namespace lw

// How the server asks the C library's allocator to treat large blocks.
//
// Pages such as the huddle board are megabytes of HTML, built in one string
// and sent at once. glibc's malloc hands a block above its mmap threshold
// (128 KiB at first, raised as such blocks are freed, to 32 MiB at most)
// straight to the kernel, and returns freed memory at the top of its heap
// above the trim threshold; either way the next page's buffer is faulted in
// again, a page at a time. On the benchmark machine that was 16 ms of the
// 18 ms it took to render a 1.6 MB board (docs/performance.md, "The team's
// huddle and caseloads under load"). `KeepLargeAllocationsInHeap` sets both
// thresholds so that such blocks stay in the heap and are reused: blocks
// under kMmapThresholdBytes come from the heap, and up to kTrimThresholdBytes
// of free memory is kept per heap rather than given back.
//
// Contract: call once at start, before threads start; idempotent. A no-op
// (returning false) where the C library is not glibc. The cost is memory a
// server that has served a burst of large pages keeps (up to the trim
// threshold per malloc arena) instead of returning it to the system.
//
// Thread-safety: call before other threads allocate.
#pragma once

#include <cstddef>

namespace lw {

inline constexpr std::size_t kMmapThresholdBytes = std::size_t{32} << 20;  // glibc's own maximum
inline constexpr std::size_t kTrimThresholdBytes = std::size_t{64} << 20;

// True when the thresholds were set.
bool KeepLargeAllocationsInHeap();

}  // namespace lw

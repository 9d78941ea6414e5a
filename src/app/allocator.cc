#include "app/allocator.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace lw {

bool KeepLargeAllocationsInHeap() {
#if defined(__GLIBC__)
  return mallopt(M_MMAP_THRESHOLD, static_cast<int>(kMmapThresholdBytes)) == 1 &&
         mallopt(M_TRIM_THRESHOLD, static_cast<int>(kTrimThresholdBytes)) == 1;
#else
  return false;
#endif
}

}  // namespace lw

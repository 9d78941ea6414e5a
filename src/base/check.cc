#include "base/check.h"

#include <cstdio>
#include <cstdlib>

namespace lw::internal {

void CheckFailed(const char* condition, const char* file, int line) {
  std::fprintf(stderr, "livingwell: invariant failed: %s at %s:%d\n", condition, file, line);
  std::abort();
}

}  // namespace lw::internal

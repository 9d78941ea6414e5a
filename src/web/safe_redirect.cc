#include "web/safe_redirect.h"

namespace lw::web {

namespace {
constexpr std::size_t kMaxNextBytes = 2000;
}  // namespace

bool IsSafeLocalPath(std::string_view path) {
  if (path.empty() || path.size() > kMaxNextBytes || path[0] != '/') return false;
  if (path.size() > 1 && (path[1] == '/' || path[1] == '\\')) return false;
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7f || c == '\\') return false;
  }
  return true;
}

std::string SafeNextOr(std::string_view next, std::string_view fallback) {
  return std::string(IsSafeLocalPath(next) ? next : fallback);
}

}  // namespace lw::web

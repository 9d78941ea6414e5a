#include "base/random.h"

#include <sys/random.h>

#include <cerrno>
#include <cstring>

#include "base/check.h"
#include "base/xoshiro.h"

namespace lw {

std::uint64_t Random::NextU64() {
  std::uint64_t v = 0;
  Fill(std::as_writable_bytes(std::span(&v, 1)));
  return v;
}

std::string Random::Hex(std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string bytes(n, '\0');
  Fill(std::as_writable_bytes(std::span(bytes.data(), bytes.size())));
  std::string out;
  out.reserve(2 * n);
  for (unsigned char c : bytes) {
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 0xf]);
  }
  return out;
}

void SystemRandom::Fill(std::span<std::byte> out) {
  std::size_t done = 0;
  while (done < out.size()) {
    ssize_t n = getrandom(out.data() + done, out.size() - done, 0);
    if (n < 0 && errno == EINTR) continue;
    // getrandom cannot fail on Linux >= 3.17 once the pool is initialised;
    // a failure here means the platform is unusable for secrets.
    LW_CHECK(n > 0);
    done += static_cast<std::size_t>(n);
  }
}

SeededRandom::SeededRandom(std::uint64_t seed) { Xoshiro256Seed(s_, seed); }

std::uint64_t SeededRandom::Next() { return Xoshiro256Next(s_); }

void SeededRandom::Fill(std::span<std::byte> out) {
  std::lock_guard lock(mu_);
  std::size_t i = 0;
  while (i < out.size()) {
    std::uint64_t v = Next();
    std::size_t n = std::min<std::size_t>(8, out.size() - i);
    std::memcpy(out.data() + i, &v, n);
    i += n;
  }
}

}  // namespace lw

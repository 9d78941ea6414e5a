// The small JSON writer of the synthetic-data files (truth.json and
// manifest.json): integers, fixed-point hundredths and strings only, so
// the text is the same on every machine. Internal to services/synth_*.cc.
#pragma once

#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lw::synth_json {

inline void AppendLong(std::string& out, long long v) {
  std::array<char, 24> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  out.append(buf.data(), end);
}

class Json {
 public:
  std::string out;
  void Key(std::string_view k) {
    Comma();
    out.push_back('"');
    out.append(k);
    out.append("\":");
    need_comma_ = false;
  }
  void Str(std::string_view s) {
    Comma();
    out.push_back('"');
    for (char c : s) {
      if (static_cast<unsigned char>(c) < 0x20) {  // control characters as \u00XX
        static constexpr std::string_view kHex = "0123456789abcdef";
        out.append("\\u00");
        out.push_back(kHex[static_cast<unsigned char>(c) >> 4]);
        out.push_back(kHex[static_cast<unsigned char>(c) & 0xF]);
        continue;
      }
      if (c == '"' || c == '\\') out.push_back('\\');
      out.push_back(c);
    }
    out.push_back('"');
    need_comma_ = true;
  }
  void Int(long long v) {
    Comma();
    AppendLong(out, v);
    need_comma_ = true;
  }
  void UInt(std::uint64_t v) {
    Comma();
    std::array<char, 24> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    out.append(buf.data(), end);
    need_comma_ = true;
  }
  void Null() {
    Comma();
    out.append("null");
    need_comma_ = true;
  }
  // A value in hundredths as a decimal: 1450 -> 14.5, 1400 -> 14.
  void Hundredths(std::optional<long long> v) {
    if (!v) return Null();
    Comma();
    AppendLong(out, *v / 100);
    if (const long long rest = *v % 100; rest != 0) {
      out.push_back('.');
      out.push_back(static_cast<char>('0' + rest / 10));
      if (rest % 10 != 0) out.push_back(static_cast<char>('0' + rest % 10));
    }
    need_comma_ = true;
  }
  void Open(char c) {
    Comma();
    out.push_back(c);
    need_comma_ = false;
  }
  void Close(char c) {
    out.push_back(c);
    need_comma_ = true;
  }

 private:
  void Comma() {
    if (need_comma_) out.push_back(',');
  }
  bool need_comma_ = false;
};

}  // namespace lw::synth_json

#include "http/log.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace lw::http {

namespace {

constexpr std::size_t kFlushBytes = std::size_t{64} * 1024;             // flush at once past this
constexpr std::size_t kMaxBufferBytes = std::size_t{16} * 1024 * 1024;  // drop lines past this
constexpr auto kFlushInterval = std::chrono::milliseconds(100);

std::string_view LevelName(LogLevel level) {
  switch (level) {
    case LogLevel::kDebug:
      return "debug";
    case LogLevel::kInfo:
      return "info";
    case LogLevel::kWarn:
      return "warn";
    case LogLevel::kError:
      return "error";
  }
  return "info";
}

void AppendDigits(std::string& out, long long value, int width) {
  char buf[24];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0 || n < width);
  while (n > 0) out.push_back(buf[--n]);
}

// "2026-03-09T10:15:00.123456Z". The date and time up to the second are
// cached per thread: consecutive lines usually fall in the same second.
void AppendTimestamp(std::string& out, Timestamp ts) {
  thread_local long long cached_second = -1;
  thread_local std::string cached_prefix;
  long long us = ToUnixMicros(ts);
  long long second = us >= 0 ? us / 1'000'000 : (us - 999'999) / 1'000'000;
  long long micros = us - second * 1'000'000;
  if (second != cached_second) {
    using namespace std::chrono;
    sys_seconds s{seconds(second)};
    sys_days day = floor<days>(s);
    year_month_day ymd{day};
    hh_mm_ss<seconds> hms{s - day};
    cached_prefix.clear();
    AppendDigits(cached_prefix, static_cast<int>(ymd.year()), 4);
    cached_prefix.push_back('-');
    AppendDigits(cached_prefix, static_cast<unsigned>(ymd.month()), 2);
    cached_prefix.push_back('-');
    AppendDigits(cached_prefix, static_cast<unsigned>(ymd.day()), 2);
    cached_prefix.push_back('T');
    AppendDigits(cached_prefix, hms.hours().count(), 2);
    cached_prefix.push_back(':');
    AppendDigits(cached_prefix, hms.minutes().count(), 2);
    cached_prefix.push_back(':');
    AppendDigits(cached_prefix, hms.seconds().count(), 2);
    cached_second = second;
  }
  out.append(cached_prefix).push_back('.');
  AppendDigits(out, micros, 6);
  out.push_back('Z');
}

// Length of the valid UTF-8 sequence starting at text[i], or 0 if invalid.
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  std::size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    len = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    len = 3;
    if (lead == 0xE0) lo = 0xA0;  // overlong
    if (lead == 0xED) hi = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    len = 4;
    if (lead == 0xF0) lo = 0x90;  // overlong
    if (lead == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return len;
}

}  // namespace

LogField Num(std::string_view key, long long value) {
  return LogField{key, std::to_string(value), false};
}

LogField Str(std::string_view key, std::string value) {
  return LogField{key, std::move(value), true};
}

void Logger::AppendJsonEscaped(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      std::size_t len = Utf8SequenceLength(text, i);
      if (len == 0) {
        out.append("\xEF\xBF\xBD");  // U+FFFD REPLACEMENT CHARACTER
        ++i;
      } else {
        out.append(text.substr(i, len));
        i += len;
      }
      continue;
    }
    switch (c) {
      case '"':
        out.append("\\\"");
        break;
      case '\\':
        out.append("\\\\");
        break;
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      case '\t':
        out.append("\\t");
        break;
      case '\b':
        out.append("\\b");
        break;
      case '\f':
        out.append("\\f");
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          out.append("\\u00");
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 0xf]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
    ++i;
  }
}

class Logger::Impl {
 public:
  Impl(std::FILE* out, LogLevel min_level, const Clock* clock)
      : out_(out), min_level_(min_level), clock_(clock != nullptr ? clock : &system_clock_) {
    flusher_ = std::thread([this] { Run(); });
  }

  ~Impl() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_one();
    flusher_.join();
    Flush();
  }

  void Log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields) {
    if (level < min_level_) return;
    thread_local std::string line;
    Format(line, level, event, fields);
    bool wake = false;
    {
      std::lock_guard lock(mu_);
      if (buffer_.size() + line.size() > kMaxBufferBytes) {
        ++dropped_;
        return;
      }
      bool was_below = buffer_.size() <= kFlushBytes;
      buffer_.append(line);
      wake = was_below && buffer_.size() > kFlushBytes;
    }
    if (wake) cv_.notify_one();
  }

  // Writes out everything buffered so far. Writers take turns (write_mu_)
  // so lines reach the file in the order they were logged.
  void Flush() {
    std::lock_guard write_lock(write_mu_);
    long long dropped;
    {
      std::lock_guard lock(mu_);
      spare_.swap(buffer_);
      dropped = dropped_;
      dropped_ = 0;
    }
    if (dropped > 0) {
      std::string note;
      Format(note, LogLevel::kWarn, "log_lines_dropped", {Num("count", dropped)});
      spare_.append(note);
    }
    if (spare_.empty()) return;
    std::fwrite(spare_.data(), 1, spare_.size(), out_);
    std::fflush(out_);
    spare_.clear();  // keeps its capacity for the next swap
  }

 private:
  void Format(std::string& line, LogLevel level, std::string_view event,
              std::initializer_list<LogField> fields) const {
    line.clear();
    line.append("{\"ts\":\"");
    AppendTimestamp(line, clock_->Now());
    line.append("\",\"level\":\"").append(LevelName(level)).append("\",\"event\":\"");
    AppendJsonEscaped(line, event);
    line.push_back('"');
    for (const LogField& f : fields) {
      line.append(",\"");
      AppendJsonEscaped(line, f.key);
      line.append("\":");
      if (f.quoted) {
        line.push_back('"');
        AppendJsonEscaped(line, f.value);
        line.push_back('"');
      } else {
        line.append(f.value.empty() ? std::string_view("null") : std::string_view(f.value));
      }
    }
    line.append("}\n");
  }

  void Run() {
    std::unique_lock lock(mu_);
    while (!stop_) {
      cv_.wait_for(lock, kFlushInterval, [this] { return stop_ || buffer_.size() > kFlushBytes; });
      bool pending = !buffer_.empty() || dropped_ > 0;
      lock.unlock();
      if (pending) Flush();
      lock.lock();
    }
  }

  std::FILE* out_;
  LogLevel min_level_;
  SystemClock system_clock_;
  const Clock* clock_;

  std::mutex mu_;  // guards buffer_, dropped_, stop_
  std::condition_variable cv_;
  std::string buffer_;
  long long dropped_ = 0;
  bool stop_ = false;

  std::mutex write_mu_;  // guards spare_ and the order of writes
  std::string spare_;

  std::thread flusher_;
};

Logger::Logger(std::FILE* out, LogLevel min_level, const Clock* clock)
    : impl_(std::make_unique<Impl>(out, min_level, clock)) {}

Logger::~Logger() = default;

void Logger::Log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields) {
  impl_->Log(level, event, fields);
}

void Logger::Flush() { impl_->Flush(); }

}  // namespace lw::http

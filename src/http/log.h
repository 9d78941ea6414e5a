// Logger: one JSON object per line on stdout (or a file), for requests and
// for events.
//
// Contract: `Log` never blocks on the disk: lines are appended to an
// in-memory buffer that a background thread flushes every 100 ms, or at
// once when it passes 64 KiB; `Flush()` and the destructor write out
// everything. Fields are JSON-escaped. Personal data must not be logged:
// request lines carry the path only (never the query or body).
//
// Thread-safety: all methods may be called from any thread.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lw::http {

enum class LogLevel { kDebug, kInfo, kWarn, kError };

struct LogField {
  std::string_view key;
  std::string value;
  bool quoted = true;  // false for numbers and booleans
};

LogField Num(std::string_view key, long long value);
LogField Str(std::string_view key, std::string value);

class Logger {
 public:
  // Writes to `out` (not owned; stdout by default). Lines below `min_level` are dropped.
  explicit Logger(std::FILE* out = stdout, LogLevel min_level = LogLevel::kInfo);
  ~Logger();
  Logger(const Logger&) = delete;
  Logger& operator=(const Logger&) = delete;

  void Log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields);
  void Flush();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lw::http

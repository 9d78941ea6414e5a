// Logger: one JSON object per line on stdout (or a file), for requests and
// for events.
//
// Contract: `Log` never blocks on the disk: lines are appended to an
// in-memory buffer that a background thread flushes every 100 ms, or at
// once when it passes 64 KiB; `Flush()` and the destructor write out
// everything. Fields are JSON-escaped. Personal data must not be logged:
// request lines carry the path only (never the query or body).
//
// Each line is {"ts":"2026-03-09T10:15:00.123456Z","level":"info",
// "event":"...", fields...}: ts is UTC with microseconds from the injected
// clock (the system clock when none is given). Bytes that are not valid
// UTF-8 become U+FFFD, so every line is valid JSON. If the buffer passes
// 16 MiB (the output is stalled), further lines are dropped and counted,
// and a "log_lines_dropped" line is written once output resumes.
//
// Thread-safety: all methods may be called from any thread.
#pragma once

#include <cstdio>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/clock.h"

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
  // Writes to `out` (not owned; stdout by default). Lines below `min_level`
  // are dropped. `clock` (not owned, may be null for the system clock) must
  // outlive the logger.
  explicit Logger(std::FILE* out = stdout, LogLevel min_level = LogLevel::kInfo,
                  const Clock* clock = nullptr);
  ~Logger();
  Logger(const Logger&) = delete;
  Logger& operator=(const Logger&) = delete;

  void Log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields);
  void Flush();

  // Appends `text` to `out` as the inside of a JSON string (no quotes).
  static void AppendJsonEscaped(std::string& out, std::string_view text);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lw::http

#include "app/config.h"

#include <arpa/inet.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/check.h"
#include "base/dates.h"
#include "domain/frontdoor/text_field.h"
#include "domain/network/outbox.h"

namespace lw {
namespace {

// "YYYY-MM-DD": 09:00 London time that day; "YYYY-MM-DDTHH:MM:SS[.fff]Z":
// that instant, to the millisecond.
std::optional<Timestamp> ParseClockStart(std::string_view text) {
  auto day = Date::Parse(text.substr(0, 10));
  if (!day) return std::nullopt;
  if (text.size() == 10) return LondonToUtc(*day, 9, 0);
  auto number = [&](std::size_t at, std::size_t digits, int& out) {
    if (text.size() < at + digits) return false;
    out = 0;
    for (std::size_t i = at; i < at + digits; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  int hour = 0, minute = 0, second = 0, millis = 0;
  if (text.size() < 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
      !number(11, 2, hour) || !number(14, 2, minute) || !number(17, 2, second) || hour > 23 ||
      minute > 59 || second > 59) {
    return std::nullopt;
  }
  std::size_t at = 19;
  if (text[at] == '.') {
    if (!number(at + 1, 3, millis)) return std::nullopt;
    at += 4;
  }
  if (at + 1 != text.size() || text[at] != 'Z') return std::nullopt;
  return Timestamp(day->ToSysDays().time_since_epoch()) + std::chrono::hours(hour) +
         std::chrono::minutes(minute) + std::chrono::seconds(second) +
         std::chrono::milliseconds(millis);
}

std::unexpected<Error> Bad(const std::string& setting, const std::string& problem) {
  return Fail(ErrorCode::kInvalidArgument, setting + ": " + problem);
}

// What is wrong with a text setting, or "" when nothing is: valid UTF-8 of
// `min` to `max` characters. Characters are code points, as the locality
// file counts them, not bytes ("Lles – Môn" is 10 characters, 13 bytes).
std::string TextProblem(const std::string& text, std::size_t min, std::size_t max) {
  const std::size_t length = Utf8Length(text);
  if (length == std::string_view::npos) return "must be UTF-8 text";
  if (length >= min && length <= max) return "";
  if (min == 0) return "must be " + std::to_string(max) + " characters or fewer";
  return "must be " + std::to_string(min) + " to " + std::to_string(max) + " characters";
}

// public-url and the SMTP settings (the outbox, services/outbox.h).
Status ValidateMailSettings(const Config& c) {
  const std::string& url = c.public_url;
  const bool scheme = url.starts_with("https://") || url.starts_with("http://");
  if (!scheme || url.ends_with('/') || url.size() > 200 ||
      url.find_first_of(" \t\r\n\"<>") != std::string::npos ||
      url.substr(url.find("//") + 2).empty()) {
    return Bad("public-url",
               "must be where people reach this server, such as "
               "https://livingwell.example.nhs.uk (http or https, no trailing slash)");
  }
  if (c.smtp_port < 1 || c.smtp_port > 65535) return Bad("smtp-port", "must be from 1 to 65535");
  if (c.smtp_host.empty()) {
    if (!c.smtp_from.empty()) return Bad("smtp-host", "must be set when smtp-from is");
    return Ok();
  }
  if (c.smtp_host.size() > 253 || c.smtp_host.find_first_of(" \t\r\n/") != std::string::npos) {
    return Bad("smtp-host", "must be a host name or IP address, not '" + c.smtp_host + "'");
  }
  if (c.smtp_from.empty()) {
    return Bad("smtp-from", "must be set when smtp-host is (the From address of reminders)");
  }
  if (!IsValidEmailAddress(c.smtp_from)) {
    return Bad("smtp-from", "must be an email address such as livingwell@example.nhs.uk, not '" +
                                c.smtp_from + "'");
  }
  return Ok();
}

}  // namespace

std::string_view StoreKind(const Config& c) {
  if (c.store == "memory") return "memory";
  if (!c.database.empty() || c.store == "postgresql") return "postgresql";
  return "sqlite";
}

Status ValidateConfig(const Config& c) {
  in_addr v4{};
  in6_addr v6{};
  if (inet_pton(AF_INET, c.bind.c_str(), &v4) != 1 &&
      inet_pton(AF_INET6, c.bind.c_str(), &v6) != 1) {
    return Bad("bind", "must be an IP address such as 127.0.0.1 or 0.0.0.0, not '" + c.bind + "'");
  }
  if (c.port < 0 || c.port > 65535) return Bad("port", "must be from 0 to 65535");
  if (c.sqlite_cache_mb < 2 || c.sqlite_cache_mb > 4096) {
    return Bad("sqlite-cache-mb", "must be from 2 to 4096");
  }
  if (!c.synthetic.empty()) {
    if (c.synthetic != "demo" && c.synthetic != "locality") {
      return Bad("synthetic", "must be 'demo' or 'locality', not '" + c.synthetic + "'");
    }
    if (!c.demo) return Bad("synthetic", "needs demo: it is loaded with the demo data");
  }
  if (!c.clock_start.empty() && !ParseClockStart(c.clock_start)) {
    return Bad("clock-start",
               "must be a date like 2026-06-15 or a UTC time like "
               "2026-06-15T08:00:00.250Z, not '" +
                   c.clock_start + "'");
  }
  for (const auto& proxy : c.trusted_proxies) {
    if (inet_pton(AF_INET, proxy.c_str(), &v4) != 1 &&
        inet_pton(AF_INET6, proxy.c_str(), &v6) != 1) {
      return Bad("trusted-proxies", "must be IP addresses, not '" + proxy + "'");
    }
  }
  if (c.store != "sqlite" && c.store != "postgresql" && c.store != "memory") {
    return Bad("store", "must be 'sqlite', 'postgresql' or 'memory', not '" + c.store + "'");
  }
  if (c.store == "memory" && !c.database.empty()) {
    return Bad("database", "cannot be used with store 'memory'");
  }
  if (c.store == "postgresql" && c.database.empty()) {
    return Bad("database", "must be set for store 'postgresql' (postgresql://USER@HOST/DB)");
  }
  if (!c.database.empty() && !c.database.starts_with("postgresql://") &&
      !c.database.starts_with("postgres://")) {
    return Bad("database", "must be a PostgreSQL URL starting postgresql://");
  }
  if (StoreKind(c) == "sqlite" && c.data.empty()) return Bad("data", "must name a directory");
  if (c.database_pool < 1 || c.database_pool > 1000) {
    return Bad("database-pool", "must be from 1 to 1000");
  }
  if (c.job_interval_seconds < 1 || c.job_interval_seconds > 7 * 24 * 3600) {
    return Bad("job-interval-seconds", "must be from 1 to 604800");
  }
  if (c.evaluation_refresh_seconds < 1 || c.evaluation_refresh_seconds > 7 * 24 * 3600) {
    return Bad("evaluation-refresh-seconds", "must be from 1 to 604800");
  }
  if (c.open_data_disclosure != "mhsds" && c.open_data_disclosure != "hes-style") {
    return Bad("open-data-disclosure", "must be 'mhsds' or 'hes-style'");
  }
  if (c.instance.size() > 100) return Bad("instance", "must be 100 characters or fewer");
  if (c.threads < 1 || c.threads > 64) return Bad("threads", "must be from 1 to 64");
  if (c.read_connections < 1 || c.read_connections > 64) {
    return Bad("read-connections", "must be from 1 to 64");
  }
  const std::pair<const char*, std::string> texts[] = {
      {"service-name", TextProblem(c.service_name, 1, kMaxServiceNameChars)},
      {"locality-name", TextProblem(c.locality_name, 0, kMaxLocalityNameChars)},
      {"crisis-text", TextProblem(c.crisis_text, 1, kMaxCrisisTextChars)}};
  for (const auto& [setting, problem] : texts) {
    if (!problem.empty()) return Bad(setting, problem);
  }
  if (c.target_days < 1 || c.target_days > 365) return Bad("target-days", "must be from 1 to 365");
  if (c.unreachable_attempts < 1 || c.unreachable_attempts > 20) {
    return Bad("unreachable-attempts", "must be from 1 to 20");
  }
  if (c.unreachable_days < 0 || c.unreachable_days > 365) {
    return Bad("unreachable-days", "must be from 0 to 365");
  }
  if (c.minimum_age < 0 || c.minimum_age > 25) return Bad("minimum-age", "must be from 0 to 25");
  if (c.introduce_limit < 0 || c.introduce_limit > 1'000'000) {
    return Bad("introduce-limit", "must be from 0 to 1000000");
  }
  if (c.log_level != "debug" && c.log_level != "info" && c.log_level != "warn" &&
      c.log_level != "error") {
    return Bad("log-level", "must be debug, info, warn or error");
  }
  if (c.max_body_bytes < 1024 || c.max_body_bytes > std::size_t{1024} * 1024 * 1024) {
    return Bad("max-body-bytes", "must be from 1024 to 1073741824");
  }
  if (c.max_header_bytes < 1024 || c.max_header_bytes > std::size_t{1024} * 1024) {
    return Bad("max-header-bytes", "must be from 1024 to 1048576");
  }
  if (c.request_timeout_ms < 100) return Bad("request-timeout-ms", "must be at least 100");
  if (c.idle_timeout_ms < 100) return Bad("idle-timeout-ms", "must be at least 100");
  if (c.max_connections < 1) return Bad("max-connections", "must be at least 1");
  if (c.shutdown_grace_ms < 0) return Bad("shutdown-grace-ms", "must not be negative");
  if (c.session_idle_minutes < 1 || c.session_idle_minutes > 24 * 60) {
    return Bad("session-idle-minutes", "must be from 1 to 1440");
  }
  if (c.session_absolute_hours < 1 || c.session_absolute_hours > 24 * 7) {
    return Bad("session-absolute-hours", "must be from 1 to 168");
  }
  return ValidateMailSettings(c);
}

std::unique_ptr<Clock> ClockFor(const Config& c) {
  if (c.clock_start.empty()) return std::make_unique<SystemClock>();
  const auto start = ParseClockStart(c.clock_start);
  LW_CHECK(start.has_value());  // ValidateConfig accepted it
  return std::make_unique<StartedClock>(*start);
}

}  // namespace lw

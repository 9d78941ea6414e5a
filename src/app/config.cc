#include "app/config.h"

#include <arpa/inet.h>

namespace lw {
namespace {

std::unexpected<Error> Bad(const std::string& setting, const std::string& problem) {
  return Fail(ErrorCode::kInvalidArgument, setting + ": " + problem);
}

}  // namespace

Status ValidateConfig(const Config& c) {
  in_addr v4{};
  in6_addr v6{};
  if (inet_pton(AF_INET, c.bind.c_str(), &v4) != 1 &&
      inet_pton(AF_INET6, c.bind.c_str(), &v6) != 1) {
    return Bad("bind", "must be an IP address such as 127.0.0.1 or 0.0.0.0, not '" + c.bind + "'");
  }
  if (c.port < 0 || c.port > 65535) return Bad("port", "must be from 0 to 65535");
  for (const auto& proxy : c.trusted_proxies) {
    if (inet_pton(AF_INET, proxy.c_str(), &v4) != 1 &&
        inet_pton(AF_INET6, proxy.c_str(), &v6) != 1) {
      return Bad("trusted-proxies", "must be IP addresses, not '" + proxy + "'");
    }
  }
  if (c.store != "sqlite" && c.store != "memory") {
    return Bad("store", "must be 'sqlite' or 'memory', not '" + c.store + "'");
  }
  if (c.store == "sqlite" && c.data.empty()) return Bad("data", "must name a directory");
  if (c.threads < 1 || c.threads > 64) return Bad("threads", "must be from 1 to 64");
  if (c.read_connections < 1 || c.read_connections > 64) {
    return Bad("read-connections", "must be from 1 to 64");
  }
  if (c.service_name.empty() || c.service_name.size() > 60) {
    return Bad("service-name", "must be 1 to 60 characters");
  }
  if (c.locality_name.size() > 100) return Bad("locality-name", "must be 100 characters or fewer");
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
  return Ok();
}

}  // namespace lw

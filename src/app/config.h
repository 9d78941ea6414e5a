// Config: every setting of `livingwell serve`, with its default.
//
// Settings come from, in rising precedence: these defaults, a configuration
// file (`--config FILE`, TOML `key = value` with the same names as the
// flags), environment variables (`LIVINGWELL_<NAME>`), and flags; and the
// locality's own values from the locality file (`locality`), if named. The
// command line (cli/) reads them; `ValidateConfig` checks what cannot be
// checked by type alone and names the setting in its error. docs/operating.md
// lists every setting.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/org/locality_config.h"

namespace lw {

struct Config {
  std::string bind = "127.0.0.1";              // address to listen on
  int port = 8080;                             // 0 picks a free port
  std::string data = "./var";                  // data directory: the SQLite store lives here
  std::string store = "sqlite";                // "sqlite", "postgresql", or "memory" (tests only)
  std::string database;                        // PostgreSQL URL; set: the store is PostgreSQL
  int database_pool = 8;                       // PostgreSQL connections per server
  int job_interval_seconds = 900;              // how often background jobs run
  int evaluation_refresh_seconds = 300;        // the evaluation reads its facts again after this
  std::string open_data_disclosure = "mhsds";  // "mhsds" or "hes-style": the open data's rule
  std::string instance;                        // this server's name in job runs; "": host:pid
  std::string static_dir;                      // assets; empty: "static" next to the binary
  int threads = 8;                           // HTTP threads; handlers block on the store (ADR 0008)
  int read_connections = 8;                  // SQLite reader connections, one per thread
  std::string service_name = "Living Well";  // the locality's name for the service
  std::string locality_name;                 // shown in the footer
  // What every page says about getting help now; the locality's own words.
  std::string crisis_text =
      "In a crisis? Call 999 if a life is at risk, NHS 111 and choose option 2 for "
      "urgent mental health help, or Samaritans free on 116 123, any time.";
  int target_days = 14;          // someone is in touch and the conversation held within this
  int unreachable_attempts = 3;  // contact attempts before "could not be reached"
  int unreachable_days = 14;     // ... spread over at least this many days
  int minimum_age = 16;          // youngest age the front door accepts
  int introduce_limit = 20;      // public introductions per address per hour; 0: no limit
  std::string
      front_door_team;  // team id or name for public introductions outside any neighbourhood team
  bool secure_cookies = false;               // Secure cookies: set when served over TLS
  std::vector<std::string> trusted_proxies;  // believe X-Forwarded-For from these addresses
  bool demo = false;                         // load demo data into an empty store at start
  int sqlite_cache_mb = 64;                  // the SQLite writer's page cache
  // With demo: also a synthetic system of this scale ("demo"); "" none.
  std::string synthetic;
  std::string log_level = "info";  // debug, info, warn, error
  std::size_t max_body_bytes = std::size_t{1024} * 1024;
  std::size_t max_header_bytes = std::size_t{16} * 1024;
  int request_timeout_ms = 10'000;
  int idle_timeout_ms = 60'000;
  int max_connections = 1024;
  int shutdown_grace_ms = 10'000;
  int session_idle_minutes = 30;
  int session_absolute_hours = 12;
  int smtp_port = 25;                  // the SMTP relay's port (smtp_host, below)
  bool fast_password_hashing = false;  // minimal argon2id cost: tests only, never in production
  // Tests and demonstrations only: "YYYY-MM-DD" starts the clock at 09:00
  // London time that day, or "YYYY-MM-DDTHH:MM:SS[.fff]Z" at that instant,
  // running forward from there; "": the system's time.
  std::string clock_start;
  // The locality file (TOML, app/locality_file.h). When set, it supplies the
  // settings in kLocalitySettings, which may then not be given elsewhere.
  std::string locality;
  // Not a setting: the loaded locality file (ApplyLocalityFile); unset when
  // there is none, and the App builds the locality from the settings above.
  std::optional<LocalityConfig> locality_config;
  // A directory of outcome questionnaire definitions (app/instrument_files.h,
  // docs/outcomes.md) used instead of the built-in ones; "" for those.
  std::string instruments;
  // Where people reach this server, for links in emails (no trailing slash).
  std::string public_url = "http://127.0.0.1:8080";
  // Outbound email (the outbox, services/outbox.h): a plain-SMTP relay, no
  // TLS or authentication. Unset host: messages wait in the outbox.
  // (smtp_port is with the other numbers above, to keep the struct packed.)
  std::string smtp_host;
  std::string smtp_from;  // the From address; required with smtp_host
};

// The settings a locality file covers (flag names). With `locality` set,
// the command line refuses any of these given as a flag, an environment
// variable or in the settings file: each value has one home.
inline constexpr std::array<std::string_view, 6> kLocalitySettings = {
    "service-name", "locality-name",        "crisis-text",
    "target-days",  "unreachable-attempts", "unreachable-days"};

// Which store the config selects: "memory", "postgresql" (a database URL
// is set) or "sqlite".
std::string_view StoreKind(const Config& config);

// Checks values against each other and the machine; kInvalidArgument whose
// message is one line naming the setting, e.g. "port: must be from 0 to 65535".
Status ValidateConfig(const Config& config);

// The clock the commands run on: the system's, or a StartedClock at
// `clock_start` (validated).
std::unique_ptr<Clock> ClockFor(const Config& config);

}  // namespace lw

#include "cli/cli.h"

#include <sys/stat.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "app/config.h"
#include "app/instrument_files.h"
#include "app/locality_file.h"
#include "cli/commands.h"

namespace lw::cli {
namespace {

// Binds every setting of Config to a flag, an environment variable
// LIVINGWELL_<NAME> and a key of the configuration file, in one place.
void AddSettings(CLI::App& app, Config& c) {
  auto env = [](const char* name) { return std::string("LIVINGWELL_") + name; };
  app.add_option("--bind", c.bind, "Address to listen on")
      ->envname(env("BIND"))
      ->capture_default_str();
  app.add_option("--port", c.port, "Port to listen on (0: any free port)")
      ->envname(env("PORT"))
      ->capture_default_str();
  app.add_option("--data", c.data, "Data directory (the SQLite store lives here)")
      ->envname(env("DATA"))
      ->capture_default_str();
  app.add_option(
         "--store", c.store,
         "Store: sqlite, postgresql (with --database), or memory (nothing kept; tests only)")
      ->envname(env("STORE"))
      ->capture_default_str();
  app.add_option("--database", c.database,
                 "PostgreSQL URL (postgresql://USER@HOST:PORT/DB); when set, the store is "
                 "PostgreSQL and --data is not used for it")
      ->envname(env("DATABASE"));
  app.add_option("--database-pool", c.database_pool, "PostgreSQL connections per server")
      ->envname(env("DATABASE_POOL"))
      ->capture_default_str();
  app.add_option("--job-interval-seconds", c.job_interval_seconds,
                 "How often background jobs (removing expired sessions) run")
      ->envname(env("JOB_INTERVAL_SECONDS"))
      ->capture_default_str();
  app.add_option("--evaluation-refresh-seconds", c.evaluation_refresh_seconds,
                 "How old the evaluation's figures may get before its facts are read again")
      ->envname(env("EVALUATION_REFRESH_SECONDS"))
      ->capture_default_str();
  app.add_option("--open-data-disclosure", c.open_data_disclosure,
                 "Disclosure control of the open data: mhsds (default) or hes-style (stricter)")
      ->envname(env("OPEN_DATA_DISCLOSURE"))
      ->capture_default_str();
  app.add_option("--public-url", c.public_url,
                 "Where people reach this server, for links in emails (no trailing slash)")
      ->envname(env("PUBLIC_URL"))
      ->capture_default_str();
  app.add_option("--smtp-host", c.smtp_host,
                 "SMTP relay for reminder emails (plain SMTP, no TLS; unset: they wait in the "
                 "outbox)")
      ->envname(env("SMTP_HOST"));
  app.add_option("--smtp-port", c.smtp_port, "The SMTP relay's port")
      ->envname(env("SMTP_PORT"))
      ->capture_default_str();
  app.add_option("--smtp-from", c.smtp_from, "The From address of reminder emails")
      ->envname(env("SMTP_FROM"));
  app.add_option("--instance", c.instance,
                 "This server's name in the record of job runs (default: host:pid)")
      ->envname(env("INSTANCE"));
  app.add_option("--static-dir", c.static_dir,
                 "Static assets (default: 'static' next to the binary)")
      ->envname(env("STATIC_DIR"));
  app.add_option("--threads", c.threads, "HTTP threads")
      ->envname(env("THREADS"))
      ->capture_default_str();
  app.add_option("--sqlite-cache-mb", c.sqlite_cache_mb,
                 "The SQLite writer's page cache in MB (generate --load uses at least 256)")
      ->envname(env("SQLITE_CACHE_MB"));
  app.add_option("--read-connections", c.read_connections, "SQLite reader connections")
      ->envname(env("READ_CONNECTIONS"))
      ->capture_default_str();
  app.add_option("--service-name", c.service_name, "The locality's name for the service")
      ->envname(env("SERVICE_NAME"))
      ->capture_default_str();
  app.add_option("--locality-name", c.locality_name, "The locality's name, shown in the footer")
      ->envname(env("LOCALITY_NAME"));
  app.add_option("--crisis-text", c.crisis_text,
                 "What every page says about getting help now, in the locality's words")
      ->envname(env("CRISIS_TEXT"));
  app.add_option("--target-days", c.target_days,
                 "Days within which every introduction should have its initial conversation")
      ->envname(env("TARGET_DAYS"))
      ->capture_default_str();
  app.add_option("--unreachable-attempts", c.unreachable_attempts,
                 "Contact attempts before an introduction may close as could not be reached")
      ->envname(env("UNREACHABLE_ATTEMPTS"))
      ->capture_default_str();
  app.add_option("--unreachable-days", c.unreachable_days,
                 "Days those attempts must span, first to last")
      ->envname(env("UNREACHABLE_DAYS"))
      ->capture_default_str();
  app.add_option("--minimum-age", c.minimum_age, "Youngest age the front door accepts")
      ->envname(env("MINIMUM_AGE"))
      ->capture_default_str();
  app.add_option("--introduce-limit", c.introduce_limit,
                 "Public introductions accepted per address per hour (0: no limit)")
      ->envname(env("INTRODUCE_LIMIT"))
      ->capture_default_str();
  app.add_option("--front-door-team", c.front_door_team,
                 "Team (id or name) for public introductions outside any neighbourhood's team "
                 "(default: the first team by name)")
      ->envname(env("FRONT_DOOR_TEAM"));
  app.add_flag("--secure-cookies", c.secure_cookies, "Mark cookies Secure (served over TLS)")
      ->envname(env("SECURE_COOKIES"));
  app.add_option("--trusted-proxies", c.trusted_proxies,
                 "Addresses of reverse proxies whose X-Forwarded-For is believed (comma-separated)")
      ->envname(env("TRUSTED_PROXIES"))
      ->delimiter(',');
  app.add_flag("--demo", c.demo, "Load demo data into an empty store at start")
      ->envname(env("DEMO"));
  app.add_option("--synthetic", c.synthetic,
                 "With --demo: also load a synthetic Living Well system of this scale (demo or "
                 "locality), ending last month, with two sign-ins to its team")
      ->envname(env("SYNTHETIC"));
  app.add_option("--log-level", c.log_level, "debug, info, warn or error")
      ->envname(env("LOG_LEVEL"))
      ->capture_default_str();
  app.add_option("--max-body-bytes", c.max_body_bytes, "Largest request body")
      ->envname(env("MAX_BODY_BYTES"))
      ->capture_default_str();
  app.add_option("--max-header-bytes", c.max_header_bytes, "Largest request header")
      ->envname(env("MAX_HEADER_BYTES"))
      ->capture_default_str();
  app.add_option("--request-timeout-ms", c.request_timeout_ms, "Time allowed to send a request")
      ->envname(env("REQUEST_TIMEOUT_MS"))
      ->capture_default_str();
  app.add_option("--idle-timeout-ms", c.idle_timeout_ms, "Keep-alive idle time")
      ->envname(env("IDLE_TIMEOUT_MS"))
      ->capture_default_str();
  app.add_option("--max-connections", c.max_connections, "Most open connections")
      ->envname(env("MAX_CONNECTIONS"))
      ->capture_default_str();
  app.add_option("--shutdown-grace-ms", c.shutdown_grace_ms, "Time to finish requests on shutdown")
      ->envname(env("SHUTDOWN_GRACE_MS"))
      ->capture_default_str();
  app.add_option("--session-idle-minutes", c.session_idle_minutes, "Sign out after this idle time")
      ->envname(env("SESSION_IDLE_MINUTES"))
      ->capture_default_str();
  app.add_option("--session-absolute-hours", c.session_absolute_hours, "Sign out after this long")
      ->envname(env("SESSION_ABSOLUTE_HOURS"))
      ->capture_default_str();
  app.add_option("--locality", c.locality,
                 "The locality file (TOML): service name, front-door rules, rhythm of support, "
                 "role names, neighbourhoods and offers (config/locality.example.toml); "
                 "the settings it covers may then not be given elsewhere")
      ->envname(env("LOCALITY"));
  app.add_option("--instruments", c.instruments,
                 "A directory of outcome questionnaire definitions (docs/outcomes.md) to use "
                 "instead of the built-in ones (config/instruments/)")
      ->envname(env("INSTRUMENTS"));
  app.add_flag("--fast-password-hashing", c.fast_password_hashing,
               "Cheapest password hashing: for tests only, never in production")
      ->envname(env("FAST_PASSWORD_HASHING"));
  app.add_option("--clock-start", c.clock_start,
                 "For tests and demonstrations only: start the clock at 09:00 London time on "
                 "this date (YYYY-MM-DD), or at this UTC time (YYYY-MM-DDTHH:MM:SS.fffZ), and "
                 "let it run from there; every time recorded, the audit log's included, "
                 "follows it")
      ->envname(env("CLOCK_START"));
}

// CLI11's messages for configuration problems, made into one line that
// names the setting.
std::string DescribeParseError(const CLI::ParseError& e) {
  std::string what = e.what();
  constexpr std::string_view kIni = "INI was not able to parse ";
  if (what.starts_with(kIni)) {
    return "unknown setting '" + what.substr(kIni.size()) + "' in the configuration file";
  }
  if (what.starts_with("--")) return what.substr(2);  // "--port: Value ..." -> "port: Value ..."
  return what;
}

// Checks the questionnaire definitions named by `instruments` (serve only)
// and the locality's outcome thresholds against the questionnaires in
// force, printing every problem as a configuration error, as the locality
// file's are; 0 when all is well. The App loads them again.
int CheckInstruments(const Config& config) {
  if (config.instruments.empty() && !config.locality_config) return 0;
  auto loaded = LoadOutcomeMeasures(
      config.instruments, config.locality_config ? *config.locality_config : LocalityConfig{});
  if (loaded) return 0;
  for (const auto& f : loaded.error().field_errors) {
    std::fprintf(stderr, "livingwell: configuration error: %s: %s\n", f.field.c_str(),
                 f.message.c_str());
  }
  return 2;
}

// Loads the locality file into `config` (serve only: the other commands do
// not use it). Refuses a setting the file covers when it was also given as
// a flag, an environment variable or in the settings file, so each value
// has one home; prints every problem, those and the file's own, one per
// line, so that one run shows all there is to fix. 0 when all is well.
int LoadLocality(const CLI::App& app, Config& config) {
  if (config.locality.empty()) return 0;
  int problems = 0;
  for (std::string_view setting : kLocalitySettings) {
    const CLI::Option* option = app.get_option("--" + std::string(setting));
    if (option->count() == 0) continue;
    std::fprintf(stderr,
                 "livingwell: configuration error: %s: also set by the locality file %s; set it "
                 "in one place (the locality file)\n",
                 std::string(setting).c_str(), config.locality.c_str());
    ++problems;
  }
  auto loaded = ApplyLocalityFile(config);
  if (!loaded) {
    for (const auto& f : loaded.error().field_errors) {
      std::fprintf(stderr, "livingwell: configuration error: %s: %s\n", f.field.c_str(),
                   f.message.c_str());
    }
    return 2;
  }
  if (problems > 0) return 2;
  config = *std::move(loaded);
  return 0;
}

}  // namespace

int Main(int argc, char** argv) {
  // Everything livingwell writes (the store, its journal, backups) holds
  // personal data: readable by its own user only.
  umask(077);
  CLI::App app{"livingwell: software for a Living Well system of community mental health support"};
  app.name("livingwell");
  app.fallthrough();
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", std::string("livingwell ") + LW_VERSION);
  // CLI11 reads the configuration file before it looks at environment
  // variables, so LIVINGWELL_CONFIG is passed as the default file instead
  // (then required to exist); --config still overrides it.
  const char* env_config = std::getenv("LIVINGWELL_CONFIG");
  app.set_config("--config", env_config != nullptr ? env_config : "",
                 "Read settings from FILE (TOML: key = value, keys as the flags); "
                 "also LIVINGWELL_CONFIG",
                 /*config_required=*/env_config != nullptr && *env_config != '\0');
  app.allow_config_extras(CLI::config_extras_mode::error);

  Config config;
  AddSettings(app, config);

  auto* serve = app.add_subcommand("serve", "Run the web server (creates and migrates the store)");
  auto* migrate = app.add_subcommand("migrate", "Create the store if needed and apply migrations");
  auto* demo = app.add_subcommand("demo", "Load demo data into an empty store");

  auto* user = app.add_subcommand("user", "Manage staff accounts");
  user->require_subcommand(1);
  auto* user_add =
      user->add_subcommand("add", "Add a staff account (password from a prompt or stdin)");
  UserAddArgs user_args;
  user_add->add_option("--name", user_args.username, "Sign-in name")->required();
  user_add->add_option("--display-name", user_args.display_name, "Full name shown on screen");
  user_add
      ->add_option("--role", user_args.role,
                   "administrator, front-door, practitioner, peer-worker, team-lead, "
                   "network-partner or commissioner")
      ->required();
  user_add->add_option("--team", user_args.team, "Team name or id (for roles in a team)");
  user_add->add_option("--organisation", user_args.organisation, "Organisation name or id");
  user_add->add_option("--email", user_args.email,
                       "Email address for reminders (optional; warm introductions not landed)");

  auto* token = app.add_subcommand("token", "Manage API bearer tokens");
  token->require_subcommand(1);
  auto* token_create = token->add_subcommand("create", "Create an API token and print it once");
  std::string token_user, token_label = "api";
  token_create->add_option("--user", token_user, "The account the token acts as")->required();
  token_create->add_option("--label", token_label, "What the token is for")->capture_default_str();

  auto* audit = app.add_subcommand("audit", "Check the audit log");
  audit->require_subcommand(1);
  auto* audit_verify = audit->add_subcommand("verify", "Verify the audit log's hash chain");

  auto* import = app.add_subcommand("import", "Load reference data into the store");
  import->require_subcommand(1);
  auto* import_postcodes = import->add_subcommand(
      "postcodes",
      "Load the postcode directory: the ONS Postcode Directory CSV, OS Code-Point Open CSV, or "
      "a CSV with the header postcode,latitude,longitude");
  std::string postcodes_file;
  import_postcodes->add_option("FILE", postcodes_file, "The CSV file")->required();
  import_postcodes->footer(
      "Stored in batches of 10,000, each whole or not at all; importing a newer file over an "
      "older one updates it. Rejected lines are printed with their line number and reason.");

  auto* import_directory = import->add_subcommand(
      "directory",
      "Load directory entries: an Open Referral UK / HSDS JSON feed (a file), or HSDS CSV files "
      "(a folder holding organizations.csv, services.csv, locations.csv ...)");
  std::string directory_path;
  import_directory->add_option("PATH", directory_path, "The JSON file or the CSV folder")
      ->required();
  import_directory->footer(
      "Entries are created, or updated by id; rows that cannot be read are printed with their "
      "reason and left out. The rest are stored in one transaction: all of them or, if any "
      "fails the directory's checks, none. At most 100 MB.");

  auto* migrate_store = app.add_subcommand(
      "migrate-store",
      "Copy every record, version and audit entry into a new, empty store (SQLite to "
      "PostgreSQL or back), verified by counts and checksums; stop the servers first");
  MigrateStoreArgs migrate_store_args;
  migrate_store
      ->add_option("--from", migrate_store_args.from,
                   "The store to copy: a SQLite file (DATA/livingwell.db) or a PostgreSQL URL")
      ->required();
  migrate_store
      ->add_option("--to", migrate_store_args.to,
                   "The empty store to fill: a SQLite file (created if missing) or a "
                   "PostgreSQL URL")
      ->required();
  migrate_store->footer(
      "Stop every server using either store first (or keep the source read-only): changes "
      "made to the source during the copy are not copied. The target is migrated, filled in "
      "one transaction and committed only if every table's row count and SHA-256 checksum "
      "match the source and its audit chain verifies; otherwise it is left without rows.");

  auto* backup = app.add_subcommand(
      "backup", "Write a consistent copy of the SQLite store to a new file (servers may run)");
  std::string backup_to;
  backup->add_option("--to", backup_to, "The new file (never overwritten)")->required();
  backup->footer(
      "Restore: stop the server and put the file in place as DATA/livingwell.db. "
      "A PostgreSQL store is backed up with pg_dump instead (docs/deployment.md).");

  auto* generate = app.add_subcommand(
      "generate",
      "Write a synthetic Living Well system (fictional people only) as CSV tables, with the "
      "figures an evaluation of it must compute (truth.json)");
  GenerateArgs generate_args;
  generate->add_option("--scale", generate_args.scale, "demo, locality, gm or national")
      ->capture_default_str();
  generate->add_option("--seed", generate_args.seed, "The same seed gives the same files")
      ->capture_default_str();
  generate->add_option("--out", generate_args.out,
                       "Write the CSV tables, truth.json and manifest.json to this folder");
  generate->add_flag("--load", generate_args.load,
                     "Store the system in the store (--data, --store, --database)");
  generate->footer(
      "demo: one locality, ~300 people over 2 years; locality: ~10,000 introductions over 5 "
      "years; gm: ten localities, ~100,000 introductions, ~1 million contacts; national: forty "
      "localities, ~1 million introductions, ~10 million contacts. See docs/synthetic-data.md.");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "livingwell: configuration error: %s\n", DescribeParseError(e).c_str());
    return 2;
  }

  if (auto v = ValidateConfig(config); !v) {
    std::fprintf(stderr, "livingwell: configuration error: %s\n", v.error().message.c_str());
    return 2;
  }
  if (!config.clock_start.empty()) {
    std::fprintf(stderr,
                 "livingwell: warning: clock-start is set (%s): every time this command "
                 "records follows it, not the system's clock. For tests and demonstrations "
                 "only.\n",
                 config.clock_start.c_str());
  }

  if (serve->parsed()) {
    if (int failed = LoadLocality(app, config); failed != 0) return failed;
    if (int failed = CheckInstruments(config); failed != 0) return failed;
    if (auto v = ValidateConfig(config); !v) {
      std::fprintf(stderr, "livingwell: configuration error: %s\n", v.error().message.c_str());
      return 2;
    }
    return RunServe(config);
  }
  if (migrate->parsed()) return RunMigrate(config);
  if (demo->parsed()) return RunDemo(config);
  if (user_add->parsed()) return RunUserAdd(config, user_args);
  if (token_create->parsed()) return RunTokenCreate(config, token_user, token_label);
  if (audit_verify->parsed()) return RunAuditVerify(config);
  if (import_postcodes->parsed()) return RunImportPostcodes(config, postcodes_file);
  if (import_directory->parsed()) return RunImportDirectory(config, directory_path);
  if (migrate_store->parsed()) return RunMigrateStore(migrate_store_args);
  if (backup->parsed()) return RunBackup(config, backup_to);
  if (generate->parsed()) return RunGenerate(config, generate_args);
  std::fputs(app.help().c_str(), stdout);
  return 2;
}

}  // namespace lw::cli

#include "cli/commands.h"

#include <termios.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

#include "api/oruk_import.h"
#include "app/allocator.h"
#include "app/app.h"
#include "app/instrument_files.h"
#include "base/clock.h"
#include "base/dates.h"
#include "base/random.h"
#include "http/log.h"
#include "services/account_service.h"
#include "services/audit_events.h"
#include "services/audit_service.h"
#include "services/demo_data.h"
#include "services/network_directory.h"
#include "services/postcode_import.h"
#include "storage/copy/location.h"
#include "storage/copy/sqlite_backup.h"
#include "storage/copy/store_copy.h"

namespace lw::cli {
namespace {

http::LogLevel ParseLevel(const std::string& s) {
  if (s == "debug") return http::LogLevel::kDebug;
  if (s == "warn") return http::LogLevel::kWarn;
  if (s == "error") return http::LogLevel::kError;
  return http::LogLevel::kInfo;
}

int Failed(const std::string& what, const Error& error) {
  std::fprintf(stderr, "livingwell: %s: %s\n", what.c_str(), error.message.c_str());
  for (const auto& f : error.field_errors) {
    std::fprintf(stderr, "  --%s: %s\n", f.field.c_str(), f.message.c_str());
  }
  return 1;
}

// libpq's messages can run over several lines ("...: Connection refused\n\t
// Is the server running ..."); a failure is reported on one.
std::string OneLine(const std::string& message) {
  std::string out;
  for (char ch : message) {
    const bool space = ch == '\n' || ch == '\t' || ch == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

PasswordHashOptions HashingFor(const Config& c) {
  return c.fast_password_hashing ? MinimalPasswordHashOptions() : PasswordHashOptions{};
}

void PrintSignIns(const std::vector<DemoSignIn>& sign_ins) {
  std::fprintf(stderr, "Demo sign-ins (password for all: %s):\n",
               std::string(kDemoPassword).c_str());
  for (const auto& s : sign_ins) {
    std::fprintf(stderr, "  %-13s %-16s %s\n", s.username.c_str(), s.role.c_str(),
                 s.display_name.c_str());
  }
}

// Reads a password: from a prompt without echo on a terminal (asked twice),
// otherwise one line from standard input.
std::optional<std::string> ReadPassword() {
  auto read_line = [](std::string& out) { return static_cast<bool>(std::getline(std::cin, out)); };
  if (!isatty(STDIN_FILENO)) {
    std::string line;
    if (!read_line(line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }
  termios old_attrs{};
  tcgetattr(STDIN_FILENO, &old_attrs);
  termios quiet = old_attrs;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  std::string first, second;
  std::fprintf(stderr, "Password: ");
  bool ok = read_line(first);
  std::fprintf(stderr, "\nPassword again: ");
  ok = ok && read_line(second);
  std::fprintf(stderr, "\n");
  tcsetattr(STDIN_FILENO, TCSANOW, &old_attrs);
  if (!ok) return std::nullopt;
  if (first != second) {
    std::fprintf(stderr, "livingwell: the passwords do not match\n");
    return std::nullopt;
  }
  return first;
}

}  // namespace

int RunServe(const Config& config) {
  KeepLargeAllocationsInHeap();  // before any thread: app/allocator.h says why
  http::Logger logger(stdout, ParseLevel(config.log_level));
  const auto clock = ClockFor(config);
  SystemRandom random;
  const auto started = std::chrono::steady_clock::now();
  auto app = App::Create(config, AppEnv{*clock, random, logger});
  if (!app) return Failed("cannot start", app.error());
  if (auto s = (*app)->Start(); !s) return Failed("cannot start", s.error());
  const auto ready_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - started)
                            .count();
  const std::string host =
      config.bind.find(':') != std::string::npos ? "[" + config.bind + "]" : config.bind;
  const std::string url = "http://" + host + ":" + std::to_string((*app)->port());
  if (!config.clock_start.empty()) {
    logger.Log(
        http::LogLevel::kWarn, "clock_start",
        {http::Str("now", FormatUtcIso(clock->Now())),
         http::Str("note", "the clock was set with --clock-start: tests and demonstrations only")});
  }
  logger.Log(http::LogLevel::kInfo, "listening",
             {http::Str("url", url), http::Str("store", std::string((*app)->store().Kind())),
              http::Num("ready_ms", ready_ms), http::Str("version", LW_VERSION)});
  logger.Flush();
  std::fprintf(stderr, "\nlivingwell %s is running at %s\n", LW_VERSION, url.c_str());
  if (!(*app)->demo_sign_ins().empty()) {
    std::fprintf(stderr, "Demo data loaded into %s.\n", config.data.c_str());
  }
  if ((*app)->has_demo_accounts()) {
    PrintSignIns(DemoSignIns());
    if (!(*app)->synthetic_sign_ins().empty()) {
      std::fprintf(stderr,
                   "A synthetic team at work (fictional people; the same password), "
                   "docs/synthetic-data.md:\n");
      for (const auto& s : (*app)->synthetic_sign_ins()) {
        std::fprintf(stderr, "  %-22s %-16s %s\n", s.username.c_str(), s.role.c_str(),
                     s.display_name.c_str());
      }
    }
  } else if (config.demo) {
    std::fprintf(stderr, "No demo data: the store already had accounts of its own.\n");
  }
  std::fprintf(stderr, "Press Ctrl+C to stop.\n\n");
  (*app)->WaitForSignal();
  logger.Log(http::LogLevel::kInfo, "stopped", {});
  return 0;
}

int RunMigrate(const Config& config) {
  auto store = OpenStore(config);
  if (!store) return Failed("migrate", store.error());
  auto applied = (*store)->AppliedSchemaVersion();
  if (!applied) return Failed("migrate", applied.error());
  std::printf("store is at schema version %d of %d\n", *applied, (*store)->LatestSchemaVersion());
  return 0;
}

int RunDemo(const Config& config) {
  auto store = OpenStore(config);
  if (!store) return Failed("demo", store.error());
  const auto clock = ClockFor(config);
  SystemRandom random;
  auto instruments =
      config.instruments.empty() ? LoadShippedInstruments() : LoadInstrumentDir(config.instruments);
  if (!instruments) return Failed("demo", instruments.error());
  auto loaded =
      LoadDemoData(**store, *clock, random, HashingFor(config), kDemoPassword, &*instruments);
  if (!loaded) return Failed("demo", loaded.error());
  std::fprintf(stderr, "Demo data loaded.\n");
  PrintSignIns(*loaded);
  return 0;
}

int RunUserAdd(const Config& config, const UserAddArgs& args) {
  auto store = OpenStore(config);
  if (!store) return Failed("user add", store.error());
  auto password = ReadPassword();
  if (!password) {
    std::fprintf(stderr, "livingwell: user add: no password given\n");
    return 1;
  }
  const auto clock = ClockFor(config);
  SystemRandom random;
  AccountService accounts(**store, *clock, random, HashingFor(config));
  NewUser request{.username = args.username,
                  .display_name = args.display_name,
                  .role = args.role,
                  .team_id = args.team,
                  .organisation_id = args.organisation,
                  .email = args.email};
  auto user = accounts.AddUser(SystemActor("command line"), request, *password);
  if (!user) return Failed("user add", user.error());
  std::printf("added %s (%s)\n", user->username.c_str(),
              std::string(RoleDisplayName(user->role)).c_str());
  return 0;
}

int RunTokenCreate(const Config& config, const std::string& username, const std::string& label) {
  auto store = OpenStore(config);
  if (!store) return Failed("token create", store.error());
  const auto clock = ClockFor(config);
  SystemRandom random;
  AccountService accounts(**store, *clock, random, HashingFor(config));
  auto token = accounts.CreateApiToken(SystemActor("command line"), username, label);
  if (!token) return Failed("token create", token.error());
  std::printf("%s\n", token->c_str());
  return 0;
}

int RunAuditVerify(const Config& config) {
  auto store = OpenStore(config, /*migrate=*/false);
  if (!store) return Failed("audit verify", store.error());
  AuditService audit(**store);
  auto verified = audit.Verify();
  if (!verified) return Failed("audit verify", verified.error());
  std::printf("audit log verified: %lld entries, chain intact\n",
              static_cast<long long>(verified->entries));
  // Kept elsewhere, the head shows later whether the newest entries were cut off.
  std::printf("head: entry %lld, sha256 %s\n", static_cast<long long>(verified->entries),
              verified->head_hash.c_str());
  return 0;
}

int RunImportPostcodes(const Config& config, const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "livingwell: import postcodes: cannot open %s\n", file.c_str());
    return 1;
  }
  auto store = OpenStore(config);
  if (!store) return Failed("import postcodes", store.error());
  auto report = ImportPostcodes(**store, in);
  if (!report) return Failed("import postcodes", report.error());
  for (const RejectedPostcodeLine& r : report->rejections) {
    std::printf("line %lld rejected: %s\n", static_cast<long long>(r.line), r.reason.c_str());
  }
  if (report->rejected > static_cast<std::int64_t>(report->rejections.size())) {
    std::printf("... and %lld more rejected lines\n",
                static_cast<long long>(report->rejected -
                                       static_cast<std::int64_t>(report->rejections.size())));
  }
  std::printf(
      "%s: %lld lines read, %lld postcodes imported in %lld batches, %lld skipped, "
      "%lld rejected\n",
      std::string(directory::PostcodeFileKindName(report->kind)).c_str(),
      static_cast<long long>(report->lines), static_cast<long long>(report->imported),
      static_cast<long long>(report->batches), static_cast<long long>(report->skipped),
      static_cast<long long>(report->rejected));
  return 0;
}

namespace {

// The feed at `path`, decoded: a JSON file, or a folder of HSDS CSV files.
Result<api::ImportBatch> ReadDirectoryFeed(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto read_file = [](const fs::path& file) -> Result<std::string> {
    std::error_code size_ec;
    const auto size = fs::file_size(file, size_ec);
    if (size_ec) return Fail(ErrorCode::kNotFound, "cannot read " + file.string());
    if (auto ok = api::CheckImportSize(size); !ok) return Fail(ok.error());
    std::ifstream in(file, std::ios::binary);
    if (!in) return Fail(ErrorCode::kNotFound, "cannot open " + file.string());
    std::string text(size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    return text;
  };
  if (fs::is_directory(path, ec)) {
    std::map<std::string, std::string> files;
    std::uintmax_t total = 0;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".csv") continue;
      total += entry.file_size();
      if (auto ok = api::CheckImportSize(total); !ok) return Fail(ok.error());
      auto text = read_file(entry.path());
      if (!text) return Fail(text.error());
      files.emplace(entry.path().filename().string(), std::move(*text));
    }
    if (files.empty()) return Fail(ErrorCode::kInvalidArgument, "no .csv files in " + path);
    return api::ImportHsdsCsv(files);
  }
  auto text = read_file(path);
  if (!text) return Fail(text.error());
  return api::ImportOrukJson(*text);
}

}  // namespace

int RunImportDirectory(const Config& config, const std::string& path) {
  auto batch = ReadDirectoryFeed(path);
  if (!batch) return Failed("import directory", batch.error());
  for (const api::ImportRejection& r : batch->rejected) {
    std::printf("%s rejected%s%s: %s\n", r.source.c_str(), r.id.empty() ? "" : " ", r.id.c_str(),
                r.reason.c_str());
  }
  auto store = OpenStore(config);
  if (!store) return Failed("import directory", store.error());
  const auto clock = ClockFor(config);
  SystemRandom random;
  NetworkDirectory directory(**store, *clock, random);
  auto result = directory.ImportEntries(SystemActor("command line"), batch->organisations,
                                        batch->services, "Imported from " + path);
  if (!result) {
    // Nothing was stored: every problem, then the summary.
    for (const FieldError& e : result.error().field_errors) {
      std::printf("%s: %s\n", e.field.c_str(), e.message.c_str());
    }
    return Failed("import directory (nothing stored)", result.error());
  }
  std::printf(
      "%s: %d organisations created, %d updated; %d services created, %d updated; %d "
      "unchanged; %zu rejected\n",
      path.c_str(), result->organisations_created, result->organisations_updated,
      result->services_created, result->services_updated, result->unchanged,
      batch->rejected.size());
  return 0;
}

int RunMigrateStore(const MigrateStoreArgs& args) {
  auto report = copy::CopyStore(args.from, args.to);
  if (!report) {
    std::fprintf(stderr, "livingwell: migrate-store: %s\n",
                 OneLine(report.error().message).c_str());
    return 1;
  }
  for (const auto& t : report->tables) {
    std::printf("%-16s %8lld rows  sha256 %s\n", t.table.c_str(),
                static_cast<long long>(t.checksum.rows), t.checksum.sha256.c_str());
  }
  std::printf(
      "copied %lld rows in %zu tables from %s to %s; every count and checksum matches, "
      "audit chain intact (%lld entries)\n",
      static_cast<long long>(report->rows()), report->tables.size(), report->from.c_str(),
      report->to.c_str(), static_cast<long long>(report->audit.entries));
  return 0;
}

int RunBackup(const Config& config, const std::string& to) {
  const std::string_view kind = StoreKind(config);
  if (kind == "postgresql") {
    std::fprintf(stderr,
                 "livingwell: backup: the store is %s; back up PostgreSQL with pg_dump "
                 "(docs/deployment.md)\n",
                 copy::DescribePostgres(config.database).c_str());
    return 1;
  }
  if (kind == "memory") {
    std::fprintf(stderr, "livingwell: backup: the memory store keeps nothing to back up\n");
    return 1;
  }
  const std::string path = (std::filesystem::path(config.data) / "livingwell.db").string();
  if (auto ok = copy::BackupSqliteStore(path, to); !ok) return Failed("backup", ok.error());
  std::printf("backed up %s to %s\n", path.c_str(), to.c_str());
  return 0;
}

}  // namespace lw::cli

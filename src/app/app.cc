#include "app/app.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#include "api/api.h"
#include "app/identity.h"
#include "app/instrument_files.h"
#include "app/locality_file.h"
#include "app/ops_routes.h"
#include "http/metrics.h"
#include "http/server.h"
#include "http/static_assets.h"
#include "services/account_service.h"
#include "services/auth_service.h"
#include "services/directory_finder.h"
#include "services/evaluation_service.h"
#include "services/frontdoor_service.h"
#include "services/home_service.h"
#include "services/job_runner.h"
#include "services/network_directory.h"
#include "services/outbox.h"
#include "services/peer_matching_service.h"
#include "services/people_service.h"
#include "services/plan_service.h"
#include "services/progress_service.h"
#include "services/provision_gaps.h"
#include "services/smtp_client.h"
#include "services/staffing_service.h"
#include "services/synth_load.h"
#include "services/warm_introductions.h"
#include "storage/memory/memory_store.h"
#include "storage/postgresql/pg_store.h"
#include "storage/sqlite/sqlite_store.h"
#include "web/web.h"

namespace lw {
namespace {

std::string DefaultStaticDir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "static";
  return (exe.parent_path() / "static").string();
}

AuthOptions AuthOptionsFor(const Config& c) {
  AuthOptions o;
  o.session_idle = std::chrono::minutes(c.session_idle_minutes);
  o.session_absolute = std::chrono::hours(c.session_absolute_hours);
  if (c.fast_password_hashing) o.password = MinimalPasswordHashOptions();
  return o;
}

http::ServerOptions ServerOptionsFor(const Config& c) {
  return http::ServerOptions{
      .bind = c.bind,
      .port = c.port,
      .threads = c.threads,
      .max_header_bytes = c.max_header_bytes,
      .max_body_bytes = c.max_body_bytes,
      .request_timeout = std::chrono::milliseconds(c.request_timeout_ms),
      .idle_timeout = std::chrono::milliseconds(c.idle_timeout_ms),
      .max_connections = c.max_connections,
      .shutdown_grace = std::chrono::milliseconds(c.shutdown_grace_ms),
      .secure_cookies = c.secure_cookies,
      .trusted_proxies = c.trusted_proxies,
  };
}

EvaluationSettings EvaluationSettingsFor(const Config& c, const LocalityConfig& locality,
                                         const std::vector<Instrument>* instruments) {
  EvaluationSettings settings{
      .refresh = std::chrono::seconds(c.evaluation_refresh_seconds),
      .facts = {.instruments = instruments, .thresholds = {}},
      .public_rule = ParseDisclosureRule(c.open_data_disclosure).value_or(DisclosureRule::kMhsds),
      .read_in_background = true};
  for (const LocalityOutcomeThreshold& row : locality.outcome_thresholds) {
    settings.facts.thresholds[row.instrument] = row.thresholds;
  }
  return settings;
}

FrontDoorOptions FrontDoorOptionsFor(const Config& c) {
  return FrontDoorOptions{.policy = {.target_days = c.target_days,
                                     .unreachable_attempts = c.unreachable_attempts,
                                     .unreachable_span_days = c.unreachable_days,
                                     .minimum_age = c.minimum_age},
                          .public_limit = c.introduce_limit,
                          .default_team_id = c.front_door_team};
}

// The locality when there is no locality file: the settings' values, the
// defaults for the rest. Text the settings accept but the locality does not
// (control characters) is reported against the setting.
Result<LocalityConfig> LocalityFromSettings(const Config& c) {
  LocalityConfig locality{.service_name = c.service_name,
                          .locality_name = c.locality_name,
                          .crisis_text = c.crisis_text,
                          .target_days = c.target_days,
                          .unreachable_attempts = c.unreachable_attempts,
                          .unreachable_days = c.unreachable_days};
  auto valid = ValidateLocalityConfig(std::move(locality));
  if (!valid) {
    const FieldError& f = valid.error().field_errors.front();
    std::string setting = f.field.starts_with("front_door.") ? f.field.substr(11) : f.field;
    std::replace(setting.begin(), setting.end(), '_', '-');
    return Fail(ErrorCode::kInvalidArgument, setting + ": " + f.message);
  }
  return valid;
}

std::string DefaultInstanceName() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host[0] != '\0' ? host : "livingwell") + ":" + std::to_string(getpid());
}

// The locality's life areas (none: the default set) and its own change
// thresholds, checked against the instruments by LoadOutcomeMeasures.
WarmIntroductionRules WarmRules(const LocalityConfig& locality) {
  return {.land_within_days = locality.directory.introduction_lands_within_days,
          .remind_every_days = 7};
}

ProgressSettings ProgressSettingsFor(const LocalityConfig& locality,
                                     const std::vector<Instrument>* instruments) {
  ProgressSettings settings{.instruments = instruments};
  if (!locality.life_areas.empty()) settings.life_areas = locality.life_areas;
  for (const LocalityOutcomeThreshold& row : locality.outcome_thresholds) {
    settings.thresholds[row.instrument] = row.thresholds;
  }
  return settings;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenStore(const Config& config, bool migrate) {
  const std::string_view kind = StoreKind(config);
  if (kind == "memory") return std::unique_ptr<Store>(MemoryStore::Create());
  if (kind == "postgresql") {
    auto store = PostgresStore::Open({.url = config.database, .pool_size = config.database_pool});
    if (!store) return Fail(ErrorCode::kInvalidArgument, "database: " + store.error().message);
    if (migrate) {
      if (auto ok = (*store)->Migrate(); !ok) return Fail(ok.error());
    }
    return std::unique_ptr<Store>(std::move(*store));
  }
  std::error_code ec;
  if (std::filesystem::create_directories(config.data, ec) && !ec) {
    // A new data directory is the service user's alone.
    std::filesystem::permissions(config.data, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace, ec);
  }
  if (ec) {
    return Fail(ErrorCode::kUnavailable,
                "data: cannot create directory " + config.data + ": " + ec.message());
  }
  SqliteOptions options{.path = (std::filesystem::path(config.data) / "livingwell.db").string(),
                        .read_connections = config.read_connections,
                        .writer_cache_mib = config.sqlite_cache_mb,
                        .migrate = migrate};
  auto store = SqliteStore::Open(options);
  if (!store) return Fail(store.error());
  return std::unique_ptr<Store>(std::move(*store));
}

class App::Impl {
 public:
  Impl(const Config& config, LocalityConfig locality, AppEnv env, std::unique_ptr<Store> store)
      : config_(config),
        locality_(std::move(locality)),
        env_(env),
        store_(std::move(store)),
        auth_(*store_, env.clock, env.random, AuthOptionsFor(config)),
        accounts_(*store_, env.clock, env.random, AuthOptionsFor(config).password),
        people_(*store_, env.clock, env.random),
        frontdoor_(*store_, env.clock, env.random, FrontDoorOptionsFor(config)),
        team_(*store_, env.clock, env.random,
              TeamSettings{.rhythm = locality_.rhythm,
                           .huddle = locality_.huddle_rules(),
                           .warm = WarmRules(locality_)}),
        staffing_(*store_, env.clock, env.random,
                  StaffingSettings{.role_names = locality_.roles()}),
        plans_(*store_, env.clock),
        // instruments_ is filled before any request.
        progress_(*store_, env.clock, env.random, ProgressSettingsFor(locality_, &instruments_)),
        directory_(*store_, env.clock, env.random, locality_.directory),
        warm_(*store_, env.clock, env.random, WarmRules(locality_)),
        peers_(*store_, env.clock),
        gaps_(*store_, env.clock, env.random),
        evaluation_(*store_, env.clock, EvaluationSettingsFor(config, locality_, &instruments_)),
        outbox_(*store_),
        home_(*store_),
        jobs_(*store_, env.clock,
              config.instance.empty() ? DefaultInstanceName() : config.instance) {}

  ~Impl() { StopBackground(); }

  Status Init() {
    if (auto s = LoadAssetsAndRoutes(); !s) return s;
    jobs_.Add(SessionPurgeJob(AuthOptionsFor(config_),
                              std::chrono::seconds(config_.job_interval_seconds)));
    jobs_.Add(FrontDoorHousekeepingJob(frontdoor_.options().submission_key_lifetime,
                                       std::chrono::seconds(config_.job_interval_seconds)));
    jobs_.Add(WarmReminderJob(warm_.rules(), std::chrono::seconds(config_.job_interval_seconds),
                              config_.public_url));
    // After the reminders, so a reminder's emails go in the same round.
    if (!config_.smtp_host.empty()) {
      mail_ = MakeSmtpSender({.host = config_.smtp_host, .port = config_.smtp_port});
      jobs_.Add(OutboxSendJob(*mail_, config_.smtp_from,
                              std::chrono::seconds(config_.job_interval_seconds)));
    }
    Status prepared = Prepare(/*at_start=*/true);
    if (prepared) {
      prepared_ = true;
      return Ok();
    }
    // A database server that is down is not a reason to refuse to start:
    // serve (503 for whatever needs it, /readyz failing) and keep trying.
    if (prepared.error().code != ErrorCode::kUnavailable || store_->Kind() != "postgresql") {
      return prepared;
    }
    env_.logger.Log(http::LogLevel::kWarn, "database unreachable; serving 503 until it is back",
                    {http::Str("error", prepared.error().message)});
    return Ok();
  }

  // What must happen in the store before it serves: migrations (PostgreSQL;
  // SQLite's were applied when it opened) and the demo data. Only the call
  // at start records the demo sign-ins (the command line prints them then);
  // a later call is on the background thread.
  Status Prepare(bool at_start) {
    if (store_->Kind() == "postgresql") {
      if (auto ok = store_->Migrate(); !ok) return ok;
    }
    // A store behind this build's schema still starts, so /readyz can say
    // so; nothing else touches it until it is migrated.
    auto applied = store_->AppliedSchemaVersion();
    if (!applied) return Fail(applied.error());
    schema_current_ = *applied >= store_->LatestSchemaVersion();
    if (!schema_current_ || !config_.demo) return Ok();
    std::int64_t users = 0;
    auto counted = store_->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto n = tx.CountUsers();
      if (!n) return Fail(n.error());
      users = *n;
      return Ok();
    });
    if (!counted) return counted;
    if (users == 0) {
      auto loaded = LoadDemoData(*store_, env_.clock, env_.random, AuthOptionsFor(config_).password,
                                 kDemoPassword, &instruments_);
      if (!loaded) return Fail(loaded.error());
      if (at_start) {
        demo_sign_ins_ = std::move(*loaded);
        demo_present_ = true;
      }
      if (!config_.synthetic.empty()) {
        if (auto s = LoadSynthetic(); !s) return s;
      }
    }
    if (!at_start) return Ok();
    // Loaded on an earlier start? Only then are the demo sign-ins real.
    return store_->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto u = tx.FindUserByUsername(DemoSignIns().front().username);
      if (!u) return Fail(u.error());
      demo_present_ = u->has_value();
      synthetic_sign_ins_.clear();
      for (std::string_view name : {"synthetic.lead", "synthetic.practitioner"}) {
        auto s = tx.FindUserByUsername(name);
        if (!s) return Fail(s.error());
        if (*s) {
          synthetic_sign_ins_.push_back(DemoSignIn{
              std::string(name), std::string(RoleDisplayName((*s)->role)), (*s)->display_name});
        }
      }
      return Ok();
    });
  }

  // The synthetic system `make run` shows beside the demo: `synthetic`'s
  // scale, seed 1, over the two years (demo) or five (locality) ending
  // with the last day of last month, so it looks current.
  Status LoadSynthetic() {
    const auto scale = synth::ParseScale(config_.synthetic);
    if (!scale || (*scale != synth::Scale::kDemo && *scale != synth::Scale::kLocality)) {
      return Fail(ErrorCode::kInvalidArgument,
                  "synthetic: \"" + config_.synthetic + "\" is not demo or locality");
    }
    synth::SystemSpec spec = synth::SpecFor(*scale, 1);
    const Date today = Date::InLondon(env_.clock.Now());
    const int years = *scale == synth::Scale::kDemo ? 2 : 5;
    spec.last_day = Date::FromYmd(today.year(), today.month(), 1)->PlusDays(-1);
    spec.first_day = *Date::FromYmd(today.year() - years, today.month(), 1);
    const PasswordHashOptions hashing = AuthOptionsFor(config_).password;
    auto loaded = LoadSynthSystem(*store_, spec, instruments_, env_.clock,
                                  SynthLoadOptions{std::string(kDemoPassword), &hashing});
    if (!loaded) return Fail(loaded.error());
    return Ok();
  }

  // The background thread: finishes Prepare if the database was down at
  // start, then runs the jobs that are due, sleeping until the next is.
  void Background() {
    std::unique_lock lock(background_mu_);
    while (!stopping_) {
      std::chrono::milliseconds wait(2000);
      lock.unlock();
      if (!prepared_) {
        if (Status s = Prepare(/*at_start=*/false); s) {
          prepared_ = true;
          env_.logger.Log(http::LogLevel::kInfo, "database reachable; ready", {});
          wait = std::chrono::milliseconds(0);
        }
      } else if (schema_current_) {
        auto ran = jobs_.RunDue();
        if (ran) {
          for (const JobRun& run : *ran) {
            env_.logger.Log(http::LogLevel::kInfo, "job ran",
                            {http::Str("job", run.job), http::Str("outcome", run.outcome)});
          }
          const Timestamp now = env_.clock.Now();
          // Just past the slot boundary, so the new slot is due on waking.
          wait = std::chrono::duration_cast<std::chrono::milliseconds>(jobs_.NextDue(now) - now) +
                 std::chrono::milliseconds(20);
        } else {
          env_.logger.Log(http::LogLevel::kWarn, "background jobs failed; trying again in 5 s",
                          {http::Str("error", ran.error().message)});
          wait = std::chrono::milliseconds(5000);
        }
      } else {
        wait = std::chrono::hours(1);  // schema behind: nothing runs until it is migrated
      }
      lock.lock();
      background_cv_.wait_for(lock, wait, [&] { return stopping_; });
    }
  }

  void StopBackground() {
    {
      std::lock_guard lock(background_mu_);
      stopping_ = true;
    }
    background_cv_.notify_all();
    if (background_.joinable()) background_.join();
  }

  Status LoadAssetsAndRoutes() {
    const std::string dir = config_.static_dir.empty() ? DefaultStaticDir() : config_.static_dir;
    auto assets = http::StaticAssets::Load(dir);
    if (!assets) {
      return Fail(ErrorCode::kInvalidArgument,
                  "static-dir: cannot load assets from " + dir + ": " + assets.error().message);
    }
    assets_ = std::move(*assets);

    web_deps_.emplace(web::WebDeps{.auth = auth_,
                                   .home = home_,
                                   .people = people_,
                                   .accounts = accounts_,
                                   .frontdoor = frontdoor_,
                                   .team = team_,
                                   .assets = *assets_,
                                   .clock = env_.clock,
                                   .site = {.service_name = config_.service_name,
                                            .locality_name = config_.locality_name,
                                            .secure_cookies = config_.secure_cookies,
                                            .crisis_text = config_.crisis_text},
                                   .random = &env_.random,
                                   .staffing = &staffing_,
                                   .plans = &plans_,
                                   .progress = &progress_,
                                   .directory = &directory_,
                                   .directory_finder = &directory_finder_,
                                   .warm = &warm_,
                                   .peers = &peers_,
                                   .gaps = &gaps_,
                                   .evaluation = &evaluation_,
                                   .outbox = &outbox_});
    RegisterOpsRoutes(router_, *store_, metrics_, prepared_);
    web::RegisterPages(router_, *web_deps_);
    api::RegisterApi(router_, api::ApiDeps{.people = people_,
                                           .frontdoor = frontdoor_,
                                           .team = team_,
                                           .staffing = staffing_,
                                           .clock = &env_.clock,
                                           .plans = &plans_,
                                           .service_name = config_.service_name,
                                           .public_url = config_.public_url,
                                           .progress = &progress_,
                                           .directory = &directory_,
                                           .directory_finder = &directory_finder_,
                                           .warm = &warm_,
                                           .peers = &peers_,
                                           .gaps = &gaps_,
                                           .outbox = &outbox_,
                                           .evaluation = &evaluation_});
    return Ok();
  }

  Status Start() {
    http::ServerHooks hooks;
    hooks.authenticate = [this](const http::Request& r) {
      return ResolveIdentity(r, auth_, env_.logger);
    };
    hooks.render_error = [this](int status, http::RouteKind kind, const http::Request& r,
                                const http::Identity& identity) {
      if (kind == http::RouteKind::kApi) return api::ProblemForStatus(status, r);
      return web::RenderErrorPage(status, r, identity, *web_deps_);
    };
    auto server = http::Server::Start(ServerOptionsFor(config_), router_, std::move(hooks),
                                      assets_.get(), env_.logger, metrics_);
    if (!server) return Fail(server.error());
    server_ = std::move(*server);
    background_ = std::thread([this] { Background(); });
    evaluation_.StartReading();  // so the figures are ready when someone asks
    return Ok();
  }

  Config config_;
  LocalityConfig locality_;
  std::vector<Instrument> instruments_;  // set by CreateWithStore
  AppEnv env_;
  std::unique_ptr<Store> store_;
  AuthService auth_;
  AccountService accounts_;
  PeopleService people_;
  FrontDoorService frontdoor_;
  TeamService team_;
  StaffingService staffing_;
  PlanService plans_;
  ProgressService progress_;
  NetworkDirectory directory_;
  DirectoryFinder directory_finder_{directory_};
  WarmIntroductions warm_;
  PeerMatchingService peers_;
  ProvisionGaps gaps_;
  EvaluationService evaluation_;
  Outbox outbox_;
  std::unique_ptr<MailSender> mail_;  // set when SMTP is configured
  HomeService home_;
  JobRunner jobs_;
  http::Metrics metrics_;
  http::Router router_;
  std::unique_ptr<http::StaticAssets> assets_;
  std::optional<web::WebDeps> web_deps_;
  std::unique_ptr<http::Server> server_;
  std::vector<DemoSignIn> demo_sign_ins_;
  bool demo_present_ = false;
  std::vector<DemoSignIn> synthetic_sign_ins_;
  std::atomic<bool> prepared_ = false;        // Prepare has succeeded
  std::atomic<bool> schema_current_ = false;  // every migration applied
  std::mutex background_mu_;
  std::condition_variable background_cv_;
  bool stopping_ = false;  // guarded by background_mu_
  std::thread background_;
};

Result<std::unique_ptr<App>> App::Create(const Config& given, AppEnv env) {
  // The locality file first: its values are settings the checks below see.
  auto config = given.locality_config ? Result<Config>(given) : ApplyLocalityFile(given);
  if (!config) return Fail(config.error());
  if (auto v = ValidateConfig(*config); !v) return Fail(v.error());
  // PostgreSQL is migrated by Prepare, which copes with the database being
  // down at start; SQLite is a file here and is migrated as it opens.
  auto store = OpenStore(*config, /*migrate=*/StoreKind(*config) != "postgresql");
  if (!store) return Fail(store.error());
  return CreateWithStore(*config, env, std::move(*store));
}

Result<std::unique_ptr<App>> App::CreateWithStore(const Config& given, AppEnv env,
                                                  std::unique_ptr<Store> store) {
  auto config = given.locality_config ? Result<Config>(given) : ApplyLocalityFile(given);
  if (!config) return Fail(config.error());
  if (auto v = ValidateConfig(*config); !v) return Fail(v.error());
  auto locality = config->locality_config ? Result<LocalityConfig>(*config->locality_config)
                                          : LocalityFromSettings(*config);
  if (!locality) return Fail(locality.error());
  auto instruments = LoadOutcomeMeasures(config->instruments, *locality);
  if (!instruments) return Fail(instruments.error());
  auto impl = std::make_unique<Impl>(*config, *std::move(locality), env, std::move(store));
  impl->instruments_ = *std::move(instruments);
  if (auto s = impl->Init(); !s) return Fail(s.error());
  return std::make_unique<App>(Key{}, std::move(impl));
}

App::App(Key, std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

App::~App() {
  if (impl_ && impl_->server_) impl_->server_->Shutdown();
  if (impl_) impl_->StopBackground();
}

Status App::Start() { return impl_->Start(); }
int App::port() const { return impl_->server_ ? impl_->server_->port() : 0; }
void App::Shutdown() {
  if (impl_->server_) impl_->server_->Shutdown();
  impl_->StopBackground();
}
void App::WaitForSignal() {
  if (impl_->server_) impl_->server_->WaitForSignal();
}
Store& App::store() { return *impl_->store_; }
NetworkDirectory& App::directory() { return impl_->directory_; }
EvaluationService& App::evaluation() { return impl_->evaluation_; }
const LocalityConfig& App::locality() const { return impl_->locality_; }
const std::vector<Instrument>& App::instruments() const { return impl_->instruments_; }
const http::Router& App::router() const { return impl_->router_; }
const std::vector<DemoSignIn>& App::demo_sign_ins() const { return impl_->demo_sign_ins_; }
bool App::has_demo_accounts() const { return impl_->demo_present_; }
const std::vector<DemoSignIn>& App::synthetic_sign_ins() const {
  return impl_->synthetic_sign_ins_;
}

}  // namespace lw

// App: the composition root. Config -> store -> services -> routes -> server.
//
// Contract: `Create` opens (creating and migrating) the store named by the
// config, loads demo data when `config.demo` is set and the store has no
// accounts, loads the static assets, and registers every route (pages, API,
// and the operational /healthz, /readyz, /metrics). It does not listen;
// `Start` does. Failures are one-line errors naming the setting or the
// resource (e.g. "data: cannot create directory /x: Permission denied").
// With `config.locality` set and not yet loaded, `Create` loads the locality
// file (app/locality_file.h) and fails with its problems. `locality()` is
// the locality in force: the file's, or one built from the settings.
// `Create` also loads the outcome questionnaires (app/instrument_files.h):
// the built-in ones, or those of `config.instruments`, failing with every
// problem in every file, each named by file, line and key.
// `Shutdown` stops the server gracefully; the store is closed when the App
// is destroyed, after the server has stopped.
//
// Thread-safety: Create/Start/Shutdown/WaitForSignal from one thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/config.h"
#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/org/locality_config.h"
#include "domain/outcomes/instrument.h"
#include "domain/ports/store.h"
#include "http/log.h"
#include "http/router.h"
#include "services/demo_data.h"
#include "services/evaluation_service.h"
#include "services/network_directory.h"

namespace lw {

struct AppEnv {
  const Clock& clock;
  Random& random;
  http::Logger& logger;
};

// Opens the store the config names (used by `serve` and by the other
// subcommands). For SQLite, creates the data directory if needed.
// `migrate`: apply pending migrations (serve, migrate, demo); commands that
// only read, or run beside a live server, pass false.
Result<std::unique_ptr<Store>> OpenStore(const Config& config, bool migrate = true);

class App {
 public:
  static Result<std::unique_ptr<App>> Create(const Config& config, AppEnv env);
  // As Create, with a store made by the caller (tests).
  static Result<std::unique_ptr<App>> CreateWithStore(const Config& config, AppEnv env,
                                                      std::unique_ptr<Store> store);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  Status Start();
  int port() const;
  void Shutdown();
  void WaitForSignal();

  Store& store();
  // The directory of the Living Well Network and Community: the lead's
  // search index and ORUK endpoints build on it (Generation for caching).
  NetworkDirectory& directory();
  // The locality's configuration: the rhythm, role names, neighbourhoods,
  // offers and huddle rules the pages will use, with the values the server
  // already uses (service name, front-door target and attempts).
  const LocalityConfig& locality() const;
  // The outcome questionnaires in force (the built-in ones, or those of the
  // `instruments` directory), in order of id.
  const std::vector<Instrument>& instruments() const;
  // The evaluation's figures (issue 9); Start begins reading their facts in
  // the background, and pages say "being worked out" until that is done.
  EvaluationService& evaluation();
  // Every registered route, with its access declaration (tests walk it).
  const http::Router& router() const;
  // Sign-ins of demo data loaded by this Create (empty if none was loaded).
  const std::vector<DemoSignIn>& demo_sign_ins() const;
  // With `demo` set: whether the demo accounts are in the store (loaded now
  // or on an earlier start), so their sign-ins can be printed.
  bool has_demo_accounts() const;
  // With `synthetic` set: the synthetic team's sign-ins, when they are in
  // the store (loaded now or on an earlier start).
  const std::vector<DemoSignIn>& synthetic_sign_ins() const;

  class Impl;
  // Only App's factories can make the key, so only they can construct.
  class Key {
    friend class App;
    Key() = default;
  };
  App(Key, std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace lw

// The huddle board and a caseload of 60, piece by piece, on a store made by
// team_seed (bench/team_load.sh measures the whole request under load; this
// says where the time goes).
//
//   LW_TEAM_DATA=DIR LW_STATIC=build-release/static build-release/bench/team_views_bench
//
// DIR is a data directory holding a store made by `team_seed --data DIR`;
// LW_STATIC the built static assets (their hashed URLs are in every page).
// The benchmarks write audit entries to it (every view is audited), so use
// a copy. Each iteration is one view as bench-user-01 (North team lead, 60
// people) would ask for it:
//
//   BM_HuddleService     TeamService::Huddle: the read transaction and the
//                        audit entries' commit (which, as in the server,
//                        leaves the next read with a cold page cache)
//   BM_CaseloadService   TeamService::Caseload for their own 60
//   BM_HuddleRender      web::HuddlePage and the layout around it, from a
//                        view read once (no I/O)
//   BM_CaseloadRender    web::CaseloadPage and the layout, likewise
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "app/allocator.h"
#include "app/app.h"
#include "app/config.h"
#include "base/clock.h"
#include "base/random.h"
#include "domain/org/locality_config.h"
#include "http/static_assets.h"
#include "services/auth_service.h"
#include "services/team_service.h"
#include "web/layout.h"
#include "web/team_pages.h"
#include "web/web.h"

namespace lw {
namespace {

struct World {
  std::unique_ptr<Store> store;
  SystemClock clock;
  SystemRandom random;
  std::unique_ptr<TeamService> team;
  Actor actor;
  std::unique_ptr<http::StaticAssets> assets;
  web::SiteOptions site;
};

World* TheWorld() {
  static World* world = [] {
    const char* dir = std::getenv("LW_TEAM_DATA");
    const char* assets = std::getenv("LW_STATIC");
    if (dir == nullptr || assets == nullptr) {
      std::fprintf(stderr,
                   "set LW_TEAM_DATA to a copy of a data directory made by team_seed, and "
                   "LW_STATIC to a build's static directory\n");
      std::exit(2);
    }
    KeepLargeAllocationsInHeap();  // as livingwell serve does
    auto* w = new World();         // NOLINT(cppcoreguidelines-owning-memory): lives for the process
    auto loaded = http::StaticAssets::Load(assets);
    if (!loaded) {
      std::fprintf(stderr, "%s\n", loaded.error().message.c_str());
      std::exit(2);
    }
    w->assets = std::move(*loaded);
    Config config;
    config.data = dir;
    auto store = OpenStore(config);
    if (!store) {
      std::fprintf(stderr, "%s\n", store.error().message.c_str());
      std::exit(2);
    }
    w->store = std::move(*store);
    const LocalityConfig locality;
    w->team = std::make_unique<TeamService>(
        *w->store, w->clock, w->random,
        TeamSettings{.rhythm = locality.rhythm, .huddle = HuddleRules{}});
    auto found = w->store->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto user = tx.FindUserByUsername("bench-user-01");
      if (!user) return Fail(user.error());
      if (!*user) return Fail(ErrorCode::kNotFound, "no bench-user-01: not a team_seed store");
      w->actor = ActorFor(**user, AuthMethod::kSession);
      return Ok();
    });
    if (!found) {
      std::fprintf(stderr, "%s\n", found.error().message.c_str());
      std::exit(2);
    }
    return w;
  }();
  return world;
}

std::string Render(const web::Page& page) {
  World* w = TheWorld();
  const web::Shell shell{.site = w->site, .assets = *w->assets};
  return web::RenderLayout(shell, {.actor = &w->actor, .csrf_token = "csrf"}, page);
}

void BM_HuddleService(benchmark::State& state) {
  World* w = TheWorld();
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop
    auto view = w->team->Huddle(w->actor);
    if (!view) state.SkipWithError(view.error().message.c_str());
    benchmark::DoNotOptimize(view);
  }
}
BENCHMARK(BM_HuddleService)->Unit(benchmark::kMillisecond);

void BM_CaseloadService(benchmark::State& state) {
  World* w = TheWorld();
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop
    auto view = w->team->Caseload(w->actor, "");
    if (!view) state.SkipWithError(view.error().message.c_str());
    benchmark::DoNotOptimize(view);
  }
}
BENCHMARK(BM_CaseloadService)->Unit(benchmark::kMillisecond);

void BM_HuddleRender(benchmark::State& state) {
  World* w = TheWorld();
  auto huddle = w->team->Huddle(w->actor);
  if (!huddle) {
    state.SkipWithError(huddle.error().message.c_str());
    return;
  }
  const web::HuddlePageView view{
      .huddle = std::move(*huddle), .viewer_user_id = w->actor.user_id, .csrf_token = "csrf"};
  std::size_t bytes = 0;
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop
    std::string html = Render(web::HuddlePage(view));
    bytes = html.size();
    benchmark::DoNotOptimize(html);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_HuddleRender)->Unit(benchmark::kMillisecond);

void BM_CaseloadRender(benchmark::State& state) {
  World* w = TheWorld();
  auto caseload = w->team->Caseload(w->actor, "");
  if (!caseload) {
    state.SkipWithError(caseload.error().message.c_str());
    return;
  }
  const web::CaseloadPageView view{.caseload = std::move(*caseload), .own = true};
  std::size_t bytes = 0;
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop
    std::string html = Render(web::CaseloadPage(view));
    bytes = html.size();
    benchmark::DoNotOptimize(html);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_CaseloadRender)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace lw

BENCHMARK_MAIN();

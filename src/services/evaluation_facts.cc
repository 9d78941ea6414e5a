#include "services/evaluation_facts.h"

#include <limits>
#include <utility>
#include <vector>

#include "domain/team/episode.h"
#include "storage/records/network_records.h"
#include "storage/records/team_records.h"

namespace lw {
namespace {

// Everything a team holds, in one list (ListIntroductions and ListRecords
// take a limit; a team's lifetime of introductions is well under it).
constexpr int kEverything = std::numeric_limits<int>::max();

}  // namespace

Result<evaluation::Facts> ReadEvaluationFacts(Store& store) {
  evaluation::FactsBuilder builder;
  Status read = store.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto localities = tx.ListLocalities();
    if (!localities) return Fail(std::move(localities.error()));
    for (const Locality& l : *localities) {
      if (auto ok = builder.AddLocality(l); !ok) return ok;
    }
    auto teams = tx.ListTeams();
    if (!teams) return Fail(std::move(teams.error()));
    for (const Team& t : *teams) {
      if (auto ok = builder.AddTeam(t); !ok) return ok;
    }
    for (const Team& t : *teams) {
      auto introductions =
          tx.ListIntroductions({.team_id = t.id, .open_only = false, .limit = kEverything});
      if (!introductions) return Fail(std::move(introductions.error()));
      for (const Introduction& i : *introductions) {
        if (auto ok = builder.AddIntroduction(i); !ok) return ok;
      }
      auto episodes = records::List<Episode>(tx, {.team_id = t.id, .limit = kEverything});
      if (!episodes) return Fail(std::move(episodes.error()));
      for (const Episode& e : *episodes) {
        if (auto ok = builder.AddEpisode(e); !ok) return ok;
      }
      auto warm = records::List<WarmIntroduction>(tx, {.team_id = t.id, .limit = kEverything});
      if (!warm) return Fail(std::move(warm.error()));
      for (const WarmIntroduction& w : *warm) {
        if (auto ok = builder.AddWarmIntroduction(w); !ok) return ok;
      }
    }
    return Ok();
  });
  if (!read) return Fail(std::move(read.error()));
  return builder.Finish();
}

}  // namespace lw

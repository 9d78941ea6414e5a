#include "services/evaluation_facts.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/team/episode.h"
#include "storage/records/network_records.h"
#include "storage/records/progress_records.h"
#include "storage/records/team_records.h"

namespace lw {
namespace {

// Everything a team holds, in one list (ListIntroductions and ListRecords
// take a limit; a team's lifetime of introductions is well under it).
constexpr int kEverything = std::numeric_limits<int>::max();

// Contacts carry no team, so they are read by when they happened, a month
// of microseconds at a time, to keep one list small at the national scale.
constexpr std::int64_t kContactSlice =
    std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::days(31)).count();

const Instrument* Find(const EvaluationFactsOptions& options, std::string_view id) {
  if (options.instruments == nullptr) return nullptr;
  for (const Instrument& i : *options.instruments) {
    if (i.id() == id) return &i;
  }
  return nullptr;
}

ChangeThresholds ThresholdsFor(const EvaluationFactsOptions& options, std::string_view id) {
  const auto found = options.thresholds.find(id);
  return found == options.thresholds.end() ? ChangeThresholds{} : found->second;
}

// The earliest or latest contact's sort key (occurred_at), if any.
Result<std::optional<std::int64_t>> ContactEdge(StoreTx& tx, bool newest) {
  auto one = tx.ListRecords(
      {.kind = RecordKind::kContact, .newest_first = newest, .limit = 1, .with_links = false});
  if (!one) return Fail(std::move(one.error()));
  if (one->empty()) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(one->front().index.sort_key);
}

Status ReadContacts(StoreTx& tx, evaluation::FactsBuilder& builder) {
  auto first = ContactEdge(tx, false);
  if (!first) return Fail(std::move(first.error()));
  auto last = ContactEdge(tx, true);
  if (!last) return Fail(std::move(last.error()));
  if (!*first || !*last) return Ok();
  for (std::int64_t from = **first; from <= **last; from += kContactSlice) {
    auto contacts = records::List<Contact>(
        tx, {.sort_from = from, .sort_to = from + kContactSlice, .limit = kEverything});
    if (!contacts) return Fail(std::move(contacts.error()));
    for (const Contact& c : *contacts) {
      if (auto ok = builder.AddContact(c); !ok) return ok;
    }
  }
  return Ok();
}

}  // namespace

Result<evaluation::Facts> ReadEvaluationFacts(Store& store) {
  return ReadEvaluationFacts(store, EvaluationFactsOptions{});
}

Result<evaluation::Facts> ReadEvaluationFacts(Store& store, const EvaluationFactsOptions& options) {
  evaluation::FactsBuilder builder;
  if (const Instrument* reqol10 = Find(options, "reqol-10")) {
    if (auto ok = builder.SetReqol10(*reqol10, ThresholdsFor(options, "reqol-10")); !ok) {
      return Fail(std::move(ok.error()));
    }
  }
  if (const Instrument* gbo = Find(options, "gbo")) {
    if (auto ok = builder.SetGoalRule(*gbo, ThresholdsFor(options, "gbo")); !ok) {
      return Fail(std::move(ok.error()));
    }
  }
  if (const Instrument* experience = Find(options, "experience")) {
    if (auto ok = builder.SetExperience(*experience); !ok) return Fail(std::move(ok.error()));
  }
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
    // Every introduction before any episode: an episode's age at referral
    // comes from its introduction, which may be another team's.
    for (const Team& t : *teams) {
      auto introductions =
          tx.ListIntroductions({.team_id = t.id, .open_only = false, .limit = kEverything});
      if (!introductions) return Fail(std::move(introductions.error()));
      for (const Introduction& i : *introductions) {
        if (auto ok = builder.AddIntroduction(i); !ok) return ok;
      }
    }
    for (const Team& t : *teams) {
      auto episodes = records::List<Episode>(tx, {.team_id = t.id, .limit = kEverything});
      if (!episodes) return Fail(std::move(episodes.error()));
      for (const Episode& e : *episodes) {
        if (auto ok = builder.AddEpisode(e); !ok) return ok;
      }
    }
    for (const Team& t : *teams) {
      auto warm = records::List<WarmIntroduction>(tx, {.team_id = t.id, .limit = kEverything});
      if (!warm) return Fail(std::move(warm.error()));
      for (const WarmIntroduction& w : *warm) {
        if (auto ok = builder.AddWarmIntroduction(w); !ok) return ok;
      }
    }
    if (auto ok = ReadContacts(tx, builder); !ok) return ok;
    for (const Team& t : *teams) {
      auto responses =
          records::List<QuestionnaireResponse>(tx, {.team_id = t.id, .limit = kEverything});
      if (!responses) return Fail(std::move(responses.error()));
      for (const QuestionnaireResponse& r : *responses) {
        if (auto ok = builder.AddQuestionnaireResponse(r); !ok) return ok;
      }
      auto goals = records::List<Goal>(tx, {.team_id = t.id, .limit = kEverything});
      if (!goals) return Fail(std::move(goals.error()));
      for (const Goal& g : *goals) {
        if (auto ok = builder.AddGoal(g); !ok) return ok;
      }
    }
    return Ok();
  });
  if (!read) return Fail(std::move(read.error()));
  return builder.Finish();
}

}  // namespace lw

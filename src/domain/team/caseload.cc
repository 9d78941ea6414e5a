#include "domain/team/caseload.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "domain/team/episode_schedule.h"

namespace lw {

std::string_view DueKindKey(DueKind kind) {
  switch (kind) {
    case DueKind::kReview:
      return "review";
    case DueKind::kPlannedEnding:
      return "planned-ending";
    case DueKind::kContact:
      return "contact";
  }
  return "review";
}

std::string_view DueKindDisplayName(DueKind kind) {
  switch (kind) {
    case DueKind::kReview:
      return "Review";
    case DueKind::kPlannedEnding:
      return "Planned ending";
    case DueKind::kContact:
      return "Contact";
  }
  return "Review";
}

std::optional<NextDue> NextDueFor(const Episode& episode, std::optional<Date> next_contact_on) {
  if (episode.IsEnded()) return std::nullopt;
  std::optional<NextDue> best;
  auto consider = [&](DueKind kind, std::optional<Date> on) {
    // Candidates arrive in tie-break order, so only a strictly earlier date wins.
    if (on && (!best || *on < best->on)) best = NextDue{.kind = kind, .on = *on};
  };
  consider(DueKind::kReview, NextReviewDue(episode));
  consider(DueKind::kPlannedEnding, episode.planned_end_on);
  consider(DueKind::kContact, next_contact_on);
  return best;
}

Caseload CaseloadOf(std::string_view user_id, std::span<const CaseloadFact> facts, Date today) {
  Caseload load{.keyworker_user_id = std::string(user_id), .lines = {}, .count = 0, .weighted = 0};
  for (const CaseloadFact& f : facts) {
    if (f.episode == nullptr || f.episode->IsEnded() || f.episode->keyworker_user_id != user_id) {
      continue;
    }
    CaseloadLine line{.episode_id = f.episode->id,
                      .person_id = f.episode->person_id,
                      .intensity = f.intensity,
                      .next_due = NextDueFor(*f.episode, f.next_contact_on),
                      .overdue = false,
                      .last_seen_on = f.last_seen_on};
    line.overdue = line.next_due && line.next_due->on < today;
    ++load.count;
    load.weighted += IntensityWeight(f.intensity);
    load.lines.push_back(std::move(line));
  }
  std::ranges::sort(load.lines, [](const CaseloadLine& a, const CaseloadLine& b) {
    if (a.next_due.has_value() != b.next_due.has_value()) return a.next_due.has_value();
    if (a.next_due && a.next_due->on != b.next_due->on) return a.next_due->on < b.next_due->on;
    return a.person_id < b.person_id;
  });
  return load;
}

TeamBalance BalanceOf(std::span<const std::string> team_workers,
                      std::span<const CaseloadFact> facts) {
  std::map<std::string, WorkerLoad, std::less<>> by_worker;
  for (const std::string& w : team_workers) by_worker.try_emplace(w, WorkerLoad{.user_id = w});
  TeamBalance balance;
  for (const CaseloadFact& f : facts) {
    if (f.episode == nullptr || f.episode->IsEnded()) continue;
    const std::string& w = f.episode->keyworker_user_id;
    WorkerLoad& load = by_worker.try_emplace(w, WorkerLoad{.user_id = w}).first->second;
    ++load.count;
    load.weighted += IntensityWeight(f.intensity);
    ++balance.count;
    balance.weighted += IntensityWeight(f.intensity);
  }
  for (auto& [id, load] : by_worker) balance.workers.push_back(load);
  if (!balance.workers.empty()) {
    balance.mean_weighted =
        static_cast<double>(balance.weighted) / static_cast<double>(balance.workers.size());
  }
  for (WorkerLoad& w : balance.workers) {
    w.heavy = balance.mean_weighted > 0 && w.weighted > kHeavyShare * balance.mean_weighted;
  }
  std::ranges::sort(balance.workers, [](const WorkerLoad& a, const WorkerLoad& b) {
    return std::tie(b.weighted, a.user_id) < std::tie(a.weighted, b.user_id);
  });
  return balance;
}

}  // namespace lw

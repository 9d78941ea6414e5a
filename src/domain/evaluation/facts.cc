#include "domain/evaluation/facts.h"

#include <utility>

#include "base/dates.h"
#include "domain/team/episode_vocabulary.h"

namespace lw::evaluation {
namespace {

std::int32_t DayOf(Date d) { return static_cast<std::int32_t>(d.DayNumber()); }
std::int32_t DayOf(Timestamp t) { return DayOf(Date::InLondon(t)); }

}  // namespace

Status FactsBuilder::AddLocality(const Locality& locality) {
  const auto index = static_cast<std::int32_t>(facts_.places.locality_ids.size());
  if (!localities_.emplace(locality.id, index).second) {
    return Fail(ErrorCode::kInvalidArgument, "locality " + locality.id + " was added twice");
  }
  facts_.places.locality_ids.push_back(locality.id);
  facts_.places.locality_names.push_back(locality.name);
  return Ok();
}

Status FactsBuilder::AddTeam(const Team& team) {
  const auto locality = localities_.find(team.locality_id);
  if (locality == localities_.end()) {
    return Fail(ErrorCode::kInvalidArgument,
                "team " + team.id + " is in locality " + team.locality_id + ", not added");
  }
  const auto index = static_cast<std::int32_t>(facts_.places.team_ids.size());
  if (!teams_.emplace(team.id, index).second) {
    return Fail(ErrorCode::kInvalidArgument, "team " + team.id + " was added twice");
  }
  facts_.places.team_ids.push_back(team.id);
  facts_.places.team_locality.push_back(locality->second);
  return Ok();
}

Result<std::int32_t> FactsBuilder::TeamIndex(const std::string& team_id,
                                             const std::string& record_id) const {
  const auto team = teams_.find(team_id);
  if (team == teams_.end()) {
    return Fail(ErrorCode::kInvalidArgument,
                record_id + " belongs to team " + team_id + ", which was not added");
  }
  return team->second;
}

Status FactsBuilder::AddIntroduction(const Introduction& introduction) {
  auto team = TeamIndex(introduction.team_id, introduction.id);
  if (!team) return Fail(std::move(team.error()));
  IntroductionFacts& f = facts_.introductions;
  f.team.push_back(*team);
  f.received.push_back(DayOf(introduction.received_at));
  f.source.push_back(static_cast<std::uint8_t>(introduction.source));
  f.conversation.push_back(introduction.conversation ? DayOf(introduction.conversation->held_at)
                                                     : kNoDay);
  const bool closed = introduction.IsClosed() && introduction.closed_at.has_value();
  f.closed.push_back(closed ? DayOf(*introduction.closed_at) : kNoDay);
  f.ending.push_back(closed && introduction.ending ? static_cast<std::uint8_t>(*introduction.ending)
                                                   : kNoEnding);
  return Ok();
}

Status FactsBuilder::AddEpisode(const Episode& episode) {
  auto team = TeamIndex(episode.team_id, episode.id);
  if (!team) return Fail(std::move(team.error()));
  EpisodeFacts& f = facts_.episodes;
  f.team.push_back(*team);
  f.started.push_back(DayOf(episode.started_on));
  f.ended.push_back(episode.ending ? DayOf(episode.ending->ended_on) : kNoDay);
  f.planned.push_back(episode.ending && IsPlannedTransition(episode.ending->reason) ? 1 : 0);
  return Ok();
}

Status FactsBuilder::AddWarmIntroduction(const WarmIntroduction& warm) {
  auto team = TeamIndex(warm.team_id, warm.id);
  if (!team) return Fail(std::move(team.error()));
  std::int32_t landed = kNoDay;
  if (warm.Landed()) {
    for (const WarmStep& step : warm.steps) {
      if (step.to == WarmState::kMet) landed = DayOf(step.at);
    }
  }
  WarmFacts& f = facts_.warm;
  f.team.push_back(*team);
  f.made.push_back(DayOf(warm.made_at));
  f.landed.push_back(landed);
  return Ok();
}

Facts FactsBuilder::Finish() {
  Facts out = std::move(facts_);
  facts_ = Facts{};
  localities_.clear();
  teams_.clear();
  return out;
}

}  // namespace lw::evaluation

#include "domain/evaluation/facts.h"

#include <algorithm>
#include <utility>

#include "base/dates.h"
#include "domain/measures/two_contacts.h"
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
  facts_.places.team_names.push_back(team.name);
  facts_.places.team_locality.push_back(locality->second);
  team_types_.emplace_back(kDefaultMhsdsTeamType);
  return Ok();
}

Status FactsBuilder::SetMhsdsTeamType(std::string_view team_id, std::string_view code) {
  const auto team = teams_.find(team_id);
  if (team == teams_.end()) {
    return Fail(ErrorCode::kInvalidArgument, "team " + std::string(team_id) + " was not added");
  }
  team_types_[static_cast<std::size_t>(team->second)] = std::string(code);
  return Ok();
}

Status FactsBuilder::SetReqol10(const Instrument& reqol10, const ChangeThresholds& overrides) {
  if (reqol10.rule() == ScoringRule::kEachItem) {
    return Fail(ErrorCode::kInvalidArgument,
                std::string(reqol10.id()) + " is scored item by item, not as ReQoL-10 is");
  }
  auto rule = ChangeRuleFor(reqol10, overrides);
  if (!rule) return Fail(std::move(rule.error()));
  facts_.rules.reqol10 = *rule;
  facts_.rules.reqol10_lowest = reqol10.definition().min_score;
  facts_.rules.reqol10_highest = reqol10.definition().max_score;
  reqol10_id_ = std::string(reqol10.id());
  return Ok();
}

Status FactsBuilder::SetGoalRule(const Instrument& gbo, const ChangeThresholds& overrides) {
  if (gbo.definition().items.empty()) {
    return Fail(ErrorCode::kInvalidArgument, std::string(gbo.id()) + " has no goal item");
  }
  auto rule = ChangeRuleFor(gbo, overrides, gbo.definition().items.front().id);
  if (!rule) return Fail(std::move(rule.error()));
  facts_.rules.goals = *rule;
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
  introductions_.insert_or_assign(
      introduction.id, Referral{DayOf(introduction.received_at), introduction.date_of_birth});
  return Ok();
}

Status FactsBuilder::AddEpisode(const Episode& episode) {
  auto team = TeamIndex(episode.team_id, episode.id);
  if (!team) return Fail(std::move(team.error()));
  const auto index = static_cast<std::int32_t>(facts_.episodes.size());
  if (!episodes_.emplace(episode.id, index).second) {
    return Fail(ErrorCode::kInvalidArgument, "episode " + episode.id + " was added twice");
  }
  const auto [person, is_new] = people_.emplace(episode.person_id, facts_.people);
  if (is_new) {
    ++facts_.people;
    episodes_of_.emplace_back();
  }
  episodes_of_[static_cast<std::size_t>(person->second)].push_back(index);

  // MHS108: the rule as two_contacts.h has it, asked either side of its
  // one change (April 2023), so the facts need no period.
  const std::int32_t started = DayOf(episode.started_on);
  std::int32_t open_from = started;
  EpisodeFact mhs108{.person_id = episode.person_id,
                     .episode_id = episode.id,
                     .age_at_referral = std::nullopt,
                     .team_type = team_types_[static_cast<std::size_t>(*team)],
                     .local_authority = "",
                     .inpatient_financial_years = {}};
  if (episode.introduction_id) {
    const auto referral = introductions_.find(*episode.introduction_id);
    if (referral != introductions_.end()) {
      open_from = std::min(open_from, referral->second.received);
      if (referral->second.born) {
        mhs108.age_at_referral =
            referral->second.born->AgeOn(Date::FromDayNumber(referral->second.received));
      }
    }
  }
  const bool before = IsQualifyingEpisode(mhs108, *Date::FromYmd(2023, 3, 31));
  const bool after = IsQualifyingEpisode(mhs108, *Date::FromYmd(2023, 4, 30));
  const Mhs108Episode standing = before  ? Mhs108Episode::kAlways
                                 : after ? Mhs108Episode::kFromApril2023
                                         : Mhs108Episode::kNever;

  EpisodeFacts& f = facts_.episodes;
  f.team.push_back(*team);
  f.started.push_back(started);
  f.ended.push_back(episode.ending ? DayOf(episode.ending->ended_on) : kNoDay);
  f.planned.push_back(episode.ending && IsPlannedTransition(episode.ending->reason) ? 1 : 0);
  f.person.push_back(person->second);
  f.mhs108.push_back(static_cast<std::uint8_t>(standing));
  open_from_.push_back(open_from);
  return Ok();
}

std::int32_t FactsBuilder::EpisodeOn(const std::string& person_id, std::int32_t day) const {
  const auto person = people_.find(person_id);
  if (person == people_.end()) return -1;
  std::int32_t found = -1;
  for (std::int32_t e : episodes_of_[static_cast<std::size_t>(person->second)]) {
    const auto i = static_cast<std::size_t>(e);
    const std::int32_t ended = facts_.episodes.ended[i];
    if (open_from_[i] > day || (ended != kNoDay && ended < day)) continue;
    if (found < 0 ||
        facts_.episodes.started[i] > facts_.episodes.started[static_cast<std::size_t>(found)]) {
      found = e;
    }
  }
  return found;
}

Status FactsBuilder::AddContact(const Contact& contact) {
  for (const ContactFact& part : FactsOf(contact)) {
    if (part.episode_id.empty()) continue;
    const auto episode = episodes_.find(part.episode_id);
    if (episode == episodes_.end()) {
      return Fail(ErrorCode::kInvalidArgument, contact.id + " is linked to episode " +
                                                   part.episode_id + ", which was not added");
    }
    const auto e = static_cast<std::size_t>(episode->second);
    const auto person = people_.find(part.person_id);
    if (person == people_.end() || person->second != facts_.episodes.person[e]) continue;
    ContactFacts& f = facts_.contacts;
    f.episode.push_back(episode->second);
    f.day.push_back(DayOf(part.on));
    f.mode.push_back(static_cast<std::uint8_t>(part.mode));
    f.attendance.push_back(static_cast<std::uint8_t>(part.attendance));
    f.qualifying.push_back(IsQualifyingContact(part) ? 1 : 0);
  }
  return Ok();
}

Status FactsBuilder::SetExperience(const Instrument& experience, std::string_view listened_item) {
  const std::optional<std::size_t> item = experience.ItemIndex(listened_item);
  if (!item) {
    return Fail(ErrorCode::kInvalidArgument,
                std::string(experience.id()) + " has no item " + std::string(listened_item));
  }
  experience_id_ = std::string(experience.id());
  listened_item_ = std::string(listened_item);
  agrees_from_ = experience.item(*item).highest - 1;
  return Ok();
}

Status FactsBuilder::AddQuestionnaireResponse(const QuestionnaireResponse& response) {
  if (!experience_id_.empty() && response.instrument_id == experience_id_) {
    const auto answer =
        std::ranges::find(response.answers, listened_item_, &ResponseAnswer::item_id);
    if (answer == response.answers.end() || !answer->value) return Ok();
    auto team = TeamIndex(response.team_id, response.id);
    if (!team) return Fail(std::move(team.error()));
    ExperienceFacts& f = facts_.listened;
    f.team.push_back(*team);
    f.day.push_back(DayOf(response.on));
    f.agreed.push_back(*answer->value >= agrees_from_ ? 1 : 0);
    return Ok();
  }
  if (reqol10_id_.empty() || response.instrument_id != reqol10_id_ || !response.score) return Ok();
  const std::int32_t day = DayOf(response.on);
  const std::int32_t episode = EpisodeOn(response.person_id, day);
  if (episode < 0) return Ok();
  scores_.push_back(PendingScore{episode, day, response.score->hundredths, response.recorded_at});
  return Ok();
}

Status FactsBuilder::AddGoal(const Goal& goal) {
  const std::int32_t episode = EpisodeOn(goal.person_id, DayOf(goal.set_on));
  if (episode < 0) return Ok();
  const auto index = static_cast<std::int32_t>(facts_.goals.size());
  facts_.goals.episode.push_back(episode);
  GoalRatingFacts& r = facts_.goal_ratings;
  for (const GoalRating& rating : goal.ratings) {
    r.goal.push_back(index);
    r.day.push_back(DayOf(rating.on));
    // Outside 0..10 cannot happen (CheckGoalInvariants); kept invalid, so
    // never paired.
    const bool valid = rating.rating >= kLowestGoalRating && rating.rating <= kHighestGoalRating;
    r.rating.push_back(valid ? static_cast<std::uint8_t>(rating.rating) : std::uint8_t{0xFF});
  }
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
  // Responses by episode, in date order, and on one day in the order
  // recorded (progress.h's order, which PairScores reads).
  std::ranges::stable_sort(scores_, [](const PendingScore& a, const PendingScore& b) {
    if (a.episode != b.episode) return a.episode < b.episode;
    if (a.day != b.day) return a.day < b.day;
    return a.recorded_at < b.recorded_at;
  });
  ScoreFacts& s = facts_.reqol10;
  s.episode.reserve(scores_.size());
  s.day.reserve(scores_.size());
  s.score.reserve(scores_.size());
  for (const PendingScore& p : scores_) {
    s.episode.push_back(p.episode);
    s.day.push_back(p.day);
    s.score.push_back(p.score);
  }
  Facts out = std::move(facts_);
  *this = FactsBuilder{};
  return out;
}

}  // namespace lw::evaluation

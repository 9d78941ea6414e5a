// The second half of records.h: outcomes, warm introductions and equality
// answers from a synthetic system's rows.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/check.h"
#include "domain/synth/records.h"
#include "domain/synth/stream.h"

namespace lw::synth {
namespace {

// Times of day, in minutes after midnight (records.h: made up but fixed).
constexpr int kResponseMinute = 10 * 60;
constexpr int kExperienceMinute = 10 * 60 + 30;
constexpr int kWarmMadeMinute = 12 * 60;  // after the conversation at 11:00
constexpr int kWarmInTouchMinute = 13 * 60;
constexpr int kWarmMetMinute = 15 * 60;
constexpr int kWarmNotLandedMinute = 16 * 60;

// Goals as people put them, each with the life area it is about (a key of
// DefaultLifeAreas()).
struct GoalWords {
  std::string_view text;
  std::string_view life_area;
};
constexpr std::array<GoalWords, 10> kGoals = {{
    {"Get out of the house on my own twice a week", "community-and-leisure"},
    {"Sleep through the night more often than not", "health"},
    {"Sort out my debts so the letters stop coming", "money"},
    {"Get back in touch with my sister", "relationships"},
    {"Find a course at the college I could manage", "work-and-learning"},
    {"Feel calmer when I go into shops", "mental-wellbeing"},
    {"Get my flat sorted so I'm happy to have people round", "home"},
    {"Try something just for me, like painting again", "personal-growth"},
    {"Go back to work a few hours a week", "work-and-learning"},
    {"Cook a proper meal for myself most days", "health"},
}};

// The experience questions' option values, as
// config/instruments/experience.toml has them (1 strongly disagree .. 5
// strongly agree).
constexpr int kDisagree = 2;
constexpr int kNeither = 3;
constexpr int kAgree = 4;
constexpr int kStronglyAgree = 5;

}  // namespace

Result<QuestionnaireResponse> ToReqolResponse(const QuestionnaireRow& row, Occasion occasion,
                                              std::string_view team_id, const Instrument& reqol10) {
  // The row's items are coded 0..4 with 4 best, as the instrument scores
  // them: a reverse-scored item (negatively worded) is answered the other
  // way round, so that its score is the row's item.
  QuestionnaireAnswers answers;
  for (std::size_t i = 0; i < row.items.size(); ++i) {
    std::string item_id = "q" + std::to_string(i + 1);
    const std::optional<std::size_t> index = reqol10.ItemIndex(item_id);
    if (!index) {
      return Fail(ErrorCode::kFailedPrecondition,
                  "The instrument " + std::string(reqol10.id()) + " has no item " + item_id);
    }
    const Instrument::ItemRule& rule = reqol10.item(*index);
    const int coded = row.items[i];
    answers[std::move(item_id)] = rule.reverse ? rule.lowest + rule.highest - coded : coded;
  }
  ResponseMeta meta{.id = ResponseId(row.locality, row.episode, reqol10.id(), row.response),
                    .person_id = PersonId(row.locality, row.person),
                    .team_id = std::string(team_id),
                    .occasion = occasion,
                    .entered_by = EnteredBy::kTogether,
                    .on = row.on,
                    .recorded_at = AtMinute(row.on, kResponseMinute)};
  return MakeResponse(reqol10, answers, std::move(meta), row.on);
}

Result<QuestionnaireResponse> ToExperienceResponse(const ExperienceRow& row,
                                                   std::string_view team_id,
                                                   const Instrument& experience) {
  QuestionnaireAnswers answers;
  const std::vector<InstrumentItem>& items = experience.definition().items;
  for (std::size_t i = 0; i < items.size(); ++i) {
    // Which of the two answers on its side: fixed by the episode and item.
    const bool stronger = (row.episode + i) % 3 == 0;
    int value = 0;
    if (row.felt_listened_to) {
      value = stronger ? kStronglyAgree : kAgree;
    } else {
      value = stronger ? kDisagree : kNeither;
    }
    answers[items[i].id] = value;
  }
  ResponseMeta meta{.id = ResponseId(row.locality, row.episode, experience.id(), 0),
                    .person_id = PersonId(row.locality, row.person),
                    .team_id = std::string(team_id),
                    .occasion = Occasion::kEnd,
                    .entered_by = EnteredBy::kPerson,
                    .on = row.on,
                    .recorded_at = AtMinute(row.on, kExperienceMinute)};
  return MakeResponse(experience, answers, std::move(meta), row.on);
}

Goal ToGoal(std::span<const GoalRatingRow> ratings, std::string_view team_id) {
  LW_CHECK(!ratings.empty());
  const GoalRatingRow& first = ratings.front();
  const GoalWords& words =
      kGoals[(first.episode * 3U + static_cast<std::uint32_t>(first.goal)) % kGoals.size()];
  Goal g{.id = GoalId(first.locality, first.episode, first.goal),
         .version = 1,
         .person_id = PersonId(first.locality, first.person),
         .team_id = std::string(team_id),
         .text = std::string(words.text),
         .life_area = std::string(words.life_area),
         .set_on = first.on,
         .status = GoalStatus::kActive};
  g.ratings.reserve(ratings.size());
  for (const GoalRatingRow& r : ratings) {
    g.ratings.push_back({.on = r.on, .rating = r.rating, .entered_by = EnteredBy::kTogether});
  }
  return g;
}

WheelCheckIn ToWheelCheckIn(const WheelRow& row, std::string_view team_id) {
  const std::vector<LifeArea> areas = DefaultLifeAreas();
  LW_CHECK(areas.size() >= row.ratings.size());
  WheelCheckIn c{.id = WheelId(row.locality, row.episode, row.check_in),
                 .version = 1,
                 .person_id = PersonId(row.locality, row.person),
                 .team_id = std::string(team_id),
                 .on = row.on,
                 .entered_by = EnteredBy::kTogether};
  c.ratings.reserve(row.ratings.size());
  for (std::size_t i = 0; i < row.ratings.size(); ++i) {
    c.ratings.push_back({.area = areas[i].key, .rating = row.ratings[i]});
  }
  return c;
}

WarmIntroduction ToWarmIntroduction(const WarmRow& row, std::string_view team_id,
                                    std::string_view episode_id, const ServiceRow& service,
                                    std::string_view made_by_user_id) {
  // Built as MakeWarmIntroduction and RecordWarmStep would leave it, but
  // directly: one made at the front door has no episode, which
  // MakeWarmIntroduction (for practitioners' introductions) refuses.
  WarmIntroduction w;
  w.id = WarmId(row.locality, row.introduction, row.warm);
  w.version = 1;
  w.team_id = std::string(team_id);
  w.person_id = PersonId(row.locality, row.person);
  w.episode_id = std::string(episode_id);
  w.service_id = ServiceId(service.locality, service.service);
  w.service_name = service.name;
  w.made_by_user_id = std::string(made_by_user_id);
  w.made_at = AtMinute(row.made, kWarmMadeMinute);
  w.way = (row.introduction + row.warm) % 2 == 0 ? WarmWay::kServiceGetsInTouch
                                                 : WarmWay::kPersonGetsInTouch;
  w.note = "They would like to try " + service.name + ". " +
           (w.way == WarmWay::kServiceGetsInTouch
                ? "Please ring them: mornings are best."
                : "They will ring you this week; they may be nervous on the phone.");
  w.consent = SharingConsent{.parts = {SharedPart::kContactDetails, SharedPart::kDateOfBirth},
                             .given = ConsentGiven::kInPerson,
                             .recorded_at = w.made_at,
                             .recorded_by_user_id = w.made_by_user_id};
  const auto step = [&](WarmState to, Date on, int minute) {
    w.steps.push_back(WarmStep{.to = to,
                               .at = AtMinute(on, minute),
                               .by_user_id = w.made_by_user_id,
                               .side = WarmSide::kTeam});
    w.state = to;
    ++w.version;
  };
  if (row.landed) {
    // In touch half way to the meeting (the same day when they met on the
    // day it was made: 13:00, then 15:00).
    step(WarmState::kInTouch, row.made.PlusDays(Date::DaysBetween(row.made, *row.landed) / 2),
         kWarmInTouchMinute);
    step(WarmState::kMet, *row.landed, kWarmMetMinute);
    w.steps.back().note = "They went along and met the service.";
  } else if (row.not_landed) {
    step(WarmState::kDidNotWorkOut, row.closed.value_or(row.made), kWarmNotLandedMinute);
    w.steps.back().reason = row.not_landed;
    w.steps.back().note = std::string(NotLandedReasonDisplayName(*row.not_landed)) + ".";
  }
  return w;
}

PersonDetailsRecord ToPersonDetails(const PersonRow& row) {
  // Question keys of EqualityQuestionsForRecord().
  PersonDetailsRecord r{.person_id = PersonId(row.locality, row.person), .version = 1};
  std::map<std::string, EqualityRecordAnswer, std::less<>>& answers = r.details.equality.answers;
  if (row.sex) answers["sex"] = {.option = std::string(SexKey(*row.sex))};
  if (row.ethnicity) {
    answers["ethnicity"] = {.option = std::string(EthnicCategoryKey(*row.ethnicity))};
  }
  if (row.disability) answers["disability"] = {.option = *row.disability ? "yes" : "no"};
  return r;
}

directory::DirectoryService ToDirectoryService(const ServiceRow& row) {
  directory::DirectoryService s;
  s.id = ServiceId(row.locality, row.service);
  s.version = 1;
  s.organisation_id = DirectoryOrganisationId(row.locality, row.organisation);
  s.name = row.name;
  s.status = directory::ServiceStatus::kActive;
  s.offer = row.community_asset ? directory::Offer::kCommunityAsset : directory::Offer::kNetwork;
  s.kind = row.community_asset ? directory::ServiceKind::kGroup : directory::ServiceKind::kService;
  if (const std::optional<directory::Need> need = directory::ParseNeed(row.need)) {
    s.needs.push_back(*need);
    s.description =
        "Run by " + row.organisation + ". " + std::string(directory::NeedDescription(*need));
  } else {
    s.other_terms.push_back(row.need);
    s.description = "Run by " + row.organisation + ".";
  }
  s.languages = {"en"};
  // Ofcom's drama range (0161 496 0000 to 0999): never a real number.
  std::array<char, 24> phone{};
  std::snprintf(phone.data(), phone.size(), "0161 496 %04u", row.service % 1000U);
  s.contact.phone = phone.data();
  if (row.community_asset) {
    s.introduction_route = directory::IntroductionRoute::kDropIn;
    s.how_to_introduce = "Just come along during opening hours; ask for the organiser.";
  } else {
    s.introduction_route = directory::IntroductionRoute::kWarmHandover;
    s.how_to_introduce = "Ring us with the person's consent and we will arrange to meet them.";
  }
  for (int day = 0; day < 7; ++day) {
    if ((row.days & (1U << static_cast<unsigned>(day))) != 0) {
      s.opening.push_back(
          {.weekday = day, .opens_at = row.opens_minute, .closes_at = row.closes_minute});
    }
  }
  s.free = row.free;
  if (!row.free) s.cost = "£3 a session, concessions";
  s.publication = directory::Publication::kPublished;
  return s;
}

directory::DirectoryOrganisation ToDirectoryOrganisation(int locality, std::string_view name) {
  directory::DirectoryOrganisation o;
  o.id = DirectoryOrganisationId(locality, name);
  o.version = 1;
  o.name = std::string(name);
  o.description = "A synthetic organisation in the Living Well network.";
  return o;
}

}  // namespace lw::synth

#include "domain/team/huddle.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <utility>

#include "base/check.h"
#include "domain/frontdoor/introduction.h"

namespace lw {
namespace {

using K = HuddleItemKind;
using S = DecisionSubjectKind;

constexpr int kMaxRuleDays = 365;

std::string Days(int n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }

// "today", "yesterday (8 March 2026)", "3 days ago (6 March 2026)".
std::string Ago(int n, Date on) {
  if (n <= 0) return "today";
  return (n == 1 ? std::string("yesterday") : Days(n) + " ago") + " (" + on.ToDisplay() + ")";
}

// "overdue by 2 days (was due Monday 9 March 2026)", "due today",
// "due Friday 13 March 2026".
std::string DuePhrase(Date due, Date today) {
  int over = Date::DaysBetween(due, today);
  if (over > 0) return "overdue by " + Days(over) + " (was due " + DayDisplay(due) + ")";
  if (over == 0) return "due today";
  return "due " + DayDisplay(due);
}

// "Waiting 16 days — 2 past the 14-day target", or for one still within
// it "Open: waiting 3 days, 11 days left of the 14-day target".
std::string WaitingWhy(const WaitingIntroduction& w, int days, bool past, int target_days) {
  const std::string target = std::to_string(target_days) + "-day target";
  std::string why;
  if (past) {
    why = "Waiting " + Days(days) + " — " + std::to_string(days - target_days) + " past the " +
          target;
  } else {
    int left = target_days - days;
    why = std::string(IntroductionStateDisplayName(w.state)) + ": " +
          (days == 0 ? "received today" : "waiting " + Days(days)) + ", " +
          (left == 0 ? "the last day of the " + target : Days(left) + " left of the " + target);
  }
  if (w.assigned_user_id.empty()) why += "; nobody has picked it up yet";
  return why;
}

std::string NameOf(const HuddleInputs& in, const std::string& person_id) {
  auto it = in.person_names.find(person_id);
  return it == in.person_names.end() ? std::string() : it->second;
}

// Every decision about `about`, or about the item's person as a whole,
// oldest first.
std::vector<TeamDecision> DecisionsAbout(const std::vector<TeamDecision>& all,
                                         const DecisionSubject& about,
                                         const std::string& person_id) {
  std::vector<TeamDecision> out;
  for (const auto& d : all) {
    bool about_person = !person_id.empty() && d.about.kind == S::kPerson && d.about.id == person_id;
    if (d.about == about || about_person) out.push_back(d);
  }
  std::sort(out.begin(), out.end(), [](const TeamDecision& a, const TeamDecision& b) {
    return std::tie(a.huddle_on, a.recorded_at, a.id) < std::tie(b.huddle_on, b.recorded_at, b.id);
  });
  return out;
}

// An item with what it sorts by besides urgency.
struct Ranked {
  HuddleItem item;
  int group = 0;      // lower first (undiscussed concerns before discussed)
  Timestamp since{};  // earlier first, within the same urgency
};

std::vector<HuddleItem> InBoardOrder(std::vector<Ranked> ranked) {
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return std::tuple(a.group, -a.item.urgency, a.since, a.item.kind, a.item.subject_id) <
           std::tuple(b.group, -b.item.urgency, b.since, b.item.kind, b.item.subject_id);
  });
  std::vector<HuddleItem> out;
  out.reserve(ranked.size());
  for (auto& r : ranked) out.push_back(std::move(r.item));
  return out;
}

class BoardBuilder {
 public:
  BoardBuilder(const HuddleInputs& in, const HuddleRules& rules, Date today)
      : in_(in), rules_(rules), today_(today) {}

  HuddleBoard Build() {
    HuddleBoard board{.today = today_, .week_ends_on = WeekEndsOn(today_)};
    Introductions(board);
    board.concerns = Concerns();
    board.due_this_week = DueThisWeek(board.week_ends_on);
    board.warm_introductions = WarmIntroductions();
    board.not_seen = NotSeen();
    board.carried_over = CarriedOverItems();
    return board;
  }

 private:
  HuddleItem Item(K kind, std::string subject_id, DecisionSubject about, std::string person_id,
                  std::string person_name, std::string worker, std::string why, int urgency) {
    HuddleItem item{.kind = kind,
                    .subject_id = std::move(subject_id),
                    .about = std::move(about),
                    .person_id = std::move(person_id),
                    .person_name = std::move(person_name),
                    .reference = "",
                    .worker_user_id = std::move(worker),
                    .why = std::move(why),
                    .urgency = urgency,
                    .decisions = {}};
    item.decisions = DecisionsAbout(in_.decisions, item.about, item.person_id);
    return item;
  }

  void Introductions(HuddleBoard& board) {
    // The front door's own rule decides "past target": one rule, one place.
    const FrontDoorPolicy policy{.target_days = rules_.target_days};
    const Timestamp now = StartOfLondonDay(today_);
    std::vector<Ranked> fresh, late;
    for (const auto& w : in_.introductions) {
      if (w.state != IntroductionState::kOpen &&
          w.state != IntroductionState::kConversationBooked) {
        continue;
      }
      Introduction intro;
      intro.id = w.introduction_id;
      intro.received_at = w.received_at;
      intro.state = w.state;
      const int days = std::max(0, DaysWaiting(intro, now));
      const bool past = PastTarget(intro, now, policy);
      std::string why = WaitingWhy(w, days, past, rules_.target_days);
      HuddleItem item =
          Item(past ? K::kWaitingPastTarget : K::kNewIntroduction, w.introduction_id,
               {S::kIntroduction, w.introduction_id}, w.person_id, w.display_name,
               w.assigned_user_id, std::move(why), past ? days - rules_.target_days : days);
      item.reference = w.reference;
      (past ? late : fresh).push_back({std::move(item), 0, w.received_at});
    }
    board.new_introductions = InBoardOrder(std::move(fresh));
    board.waiting_past_target = InBoardOrder(std::move(late));
  }

  std::vector<HuddleItem> Concerns() {
    std::vector<Ranked> out;
    for (const auto& c : in_.concerns) {
      if (!c.IsOpen()) continue;
      Date raised_on = Date::InLondon(c.raised_at);
      int days = std::max(0, Date::DaysBetween(raised_on, today_));
      HuddleItem item = Item(K::kConcern, c.id, {S::kConcern, c.id}, c.person_id,
                             NameOf(in_, c.person_id), c.raised_by_user_id,
                             "Concern raised " + Ago(days, raised_on) + ", still open", days);
      int group = item.Discussed() ? 1 : 0;
      out.push_back({std::move(item), group, c.raised_at});
    }
    return InBoardOrder(std::move(out));
  }

  std::vector<HuddleItem> DueThisWeek(Date week_ends_on) {
    std::vector<Ranked> out;
    auto add = [&](const EpisodeDue& e, K kind, const std::optional<Date>& due, const char* what) {
      if (!due || *due > week_ends_on) return;
      out.push_back(
          {Item(kind, e.episode_id, {S::kEpisode, e.episode_id}, e.person_id, e.person_name,
                e.keyworker_user_id, std::string(what) + " " + DuePhrase(*due, today_),
                Date::DaysBetween(*due, today_)),
           0,
           {}});
    };
    for (const auto& e : in_.episodes) {
      add(e, K::kReviewDue, e.next_review_due, "Review");
      add(e, K::kPlannedEndingDue, e.planned_end_on, "Planned ending");
    }
    return InBoardOrder(std::move(out));
  }

  std::vector<HuddleItem> WarmIntroductions() {
    std::vector<Ranked> out;
    for (const auto& w : in_.warm_introductions) {
      int days = std::max(0, Date::DaysBetween(w.made_on, today_));
      std::string why = "Warm introduction to " + w.service_name + " made " + Ago(days, w.made_on) +
                        ", not yet landed";
      out.push_back({Item(K::kWarmIntroductionNotLanded, w.id, {S::kWarmIntroduction, w.id},
                          w.person_id, w.person_name, w.made_by_user_id, std::move(why), days),
                     0,
                     {}});
    }
    return InBoardOrder(std::move(out));
  }

  std::vector<HuddleItem> NotSeen() {
    std::vector<Ranked> out;
    for (const auto& e : in_.episodes) {
      Date since = e.last_seen_on.value_or(e.started_on);
      int days = Date::DaysBetween(since, today_);
      if (days <= rules_.not_seen_days) continue;
      std::string why = e.last_seen_on ? "Last seen " + Ago(days, since)
                                       : "Not seen since support began " + Ago(days, since);
      why += ": longer than " + Days(rules_.not_seen_days);
      out.push_back({Item(K::kNotSeen, e.episode_id, {S::kEpisode, e.episode_id}, e.person_id,
                          e.person_name, e.keyworker_user_id, std::move(why), days),
                     0,
                     {}});
    }
    return InBoardOrder(std::move(out));
  }

  // Already in CarriedOver's order, which the urgency follows.
  std::vector<HuddleItem> CarriedOverItems() {
    std::vector<HuddleItem> out;
    for (auto& d : CarriedOver(in_.decisions, today_)) {
      std::string why = "From the huddle on " + DayDisplay(d.huddle_on) +
                        ", not done yet: " + DuePhrase(d.by_when, today_);
      HuddleItem item{.kind = K::kCarriedOverDecision,
                      .subject_id = d.id,
                      .about = d.about,
                      .person_id = d.person_id,
                      .person_name = NameOf(in_, d.person_id),
                      .reference = "",
                      .worker_user_id = d.who_does_it,
                      .why = std::move(why),
                      .urgency = Date::DaysBetween(d.by_when, today_),
                      .decisions = {}};
      item.decisions.push_back(std::move(d));
      out.push_back(std::move(item));
    }
    return out;
  }

  const HuddleInputs& in_;
  const HuddleRules& rules_;
  Date today_;
};

}  // namespace

Status ValidateHuddleRules(const HuddleRules& rules) {
  std::vector<FieldError> errors;
  auto check = [&](int value, const char* field, const char* label) {
    if (value < 1 || value > kMaxRuleDays) {
      errors.push_back({field, std::string(label) + " must be between 1 and " +
                                   std::to_string(kMaxRuleDays) + " days"});
    }
  };
  check(rules.target_days, "target_days", "The target");
  check(rules.not_seen_days, "not_seen_days", "Not seen for");
  if (errors.empty()) return Ok();
  return Fail(Error::Invalid("The huddle settings are not valid", std::move(errors)));
}

const std::vector<HuddleItem>& HuddleBoard::Items(HuddleSection section) const {
  switch (section) {
    case HuddleSection::kNewIntroductions:
      return new_introductions;
    case HuddleSection::kWaitingPastTarget:
      return waiting_past_target;
    case HuddleSection::kConcerns:
      return concerns;
    case HuddleSection::kDueThisWeek:
      return due_this_week;
    case HuddleSection::kWarmIntroductions:
      return warm_introductions;
    case HuddleSection::kNotSeen:
      return not_seen;
    case HuddleSection::kCarriedOver:
      return carried_over;
  }
  LW_CHECK(false);
  return carried_over;
}

HuddleBoard BuildHuddleBoard(const HuddleInputs& inputs, const HuddleRules& rules, Date today) {
  LW_CHECK(ValidateHuddleRules(rules).has_value());
  return BoardBuilder(inputs, rules, today).Build();
}

}  // namespace lw

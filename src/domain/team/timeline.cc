#include "domain/team/timeline.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "domain/frontdoor/vocabulary.h"
#include "domain/team/contact_vocabulary.h"
#include "domain/team/episode_vocabulary.h"

namespace lw {
namespace {

Timestamp StartOf(Date day) { return Timestamp(day.ToSysDays()); }

std::string Join(std::string a, std::string_view sep, std::string_view b) {
  if (b.empty()) return a;
  if (a.empty()) return std::string(b);
  return a + std::string(sep) + std::string(b);
}

void AddEpisode(const Episode& e, std::vector<TimelineEntry>& out) {
  std::string opened = "Episode " + std::to_string(e.ordinal) + " opened";
  std::string detail;
  if (e.planned_end_on) detail = "Planned end " + e.planned_end_on->ToDisplay();
  out.push_back({StartOf(e.started_on), "episode-opened", opened, detail,
                 e.keyworker_history.front().user_id, e.id});
  for (std::size_t i = 1; i < e.keyworker_history.size(); ++i) {
    const KeyworkerSpell& s = e.keyworker_history[i];
    out.push_back({StartOf(s.from), "keyworker", "Keyworker changed", s.reason, s.user_id, e.id});
  }
  for (const EpisodeReview& r : e.reviews) {
    out.push_back({StartOf(r.on), "review", "Review", r.note, r.by_user_id, e.id});
  }
  if (e.ending) {
    const EpisodeEnd& end = *e.ending;
    std::string title = "Episode " + std::to_string(e.ordinal) +
                        " ended: " + std::string(EpisodeEndingDisplayName(end.reason));
    std::string detail = Join(
        end.moving_on_to.empty() ? end.other_reason : "Moving on to " + end.moving_on_to, " — ",
        end.persons_words.empty() ? "" : "In their words: \u201c" + end.persons_words + "\u201d");
    out.push_back({StartOf(end.ended_on), "ending", std::move(title), std::move(detail),
                   end.ended_by_user_id, e.id});
  }
}

void AddContact(const Contact& c, std::string_view person_id, std::vector<TimelineEntry>& out) {
  const ContactPerson* them = nullptr;
  for (const ContactPerson& p : c.people) {
    if (p.person_id == person_id) them = &p;
  }
  if (them == nullptr) return;
  std::string title = std::string(ContactModeDisplayName(c.mode)) + " \u2014 " +
                      std::string(AttendanceDisplayName(them->attendance));
  if (IsGroupSession(c))
    title =
        Join(c.group_session_name.empty() ? "Group session" : c.group_session_name, ": ", title);
  std::string detail = c.note;
  if (c.duration_minutes > 0) {
    detail = Join(std::to_string(c.duration_minutes) + " minutes", ". ", detail);
  }
  std::vector<std::string> with;
  for (std::size_t i = 1; i < c.staff.size(); ++i) with.push_back(c.staff[i].user_id);
  out.push_back({.at = c.occurred_at,
                 .kind = "contact",
                 .title = std::move(title),
                 .detail = std::move(detail),
                 .by_user_id = c.staff.empty() ? "" : c.staff.front().user_id,
                 .episode_id = them->episode_id,
                 .with_user_ids = std::move(with)});
}

void AddWarmIntroduction(const WarmIntroduction& w, std::vector<TimelineEntry>& out) {
  std::string detail(WarmWayDisplayName(w.way));
  if (w.joint_on) detail += ", " + w.joint_on->ToDisplay();
  out.push_back({w.made_at, "warm-introduction", "Warm introduction to " + w.service_name,
                 std::move(detail), w.made_by_user_id, w.episode_id});
  for (const WarmStep& step : w.steps) {
    std::string title = w.service_name + ": " + std::string(WarmStateDisplayName(step.to));
    if (step.reason) title += " (" + std::string(NotLandedReasonDisplayName(*step.reason)) + ")";
    // The partner's people are not the team's: the step names the side.
    const bool service = step.side == WarmSide::kService;
    out.push_back({step.at, "warm-step", std::move(title),
                   service ? Join("Recorded by the service.", " ", step.note) : step.note,
                   service ? "" : step.by_user_id, w.episode_id});
  }
  if (w.person_view) {
    const PersonView& v = *w.person_view;
    out.push_back(
        {v.recorded_at, "warm-view",
         w.service_name + ", in their view: " + std::string(PersonFeelingDisplayName(v.feeling)),
         v.words.empty() ? "" : "\u201c" + v.words + "\u201d", v.recorded_by_user_id,
         w.episode_id});
  }
}

void AddUnmetNeed(const UnmetNeed& n, std::vector<TimelineEntry>& out) {
  if (n.in_error) return;
  std::string detail(GapReasonDisplayName(n.reason));
  if (n.offered_wait_days) {
    detail += " (shortest wait " + std::to_string(*n.offered_wait_days) + " days)";
  }
  if (!n.words.empty()) detail += " \u2014 In their words: \u201c" + n.words + "\u201d";
  out.push_back({StartOf(n.noted_on), "unmet-need",
                 "Unmet need: " + std::string(directory::NeedDisplayName(n.need)),
                 std::move(detail), n.noted_by_user_id, ""});
}

}  // namespace

std::vector<TimelineEntry> BuildTimeline(const TimelineInputs& in) {
  std::vector<TimelineEntry> out;
  for (const Introduction& i : in.introductions) {
    out.push_back({i.received_at, "introduction",
                   "Introduced: " + std::string(IntroductionSourceDisplayName(i.source)),
                   i.reference, "", ""});
    if (i.conversation) {
      out.push_back({i.conversation->held_at, "conversation", "Initial conversation held",
                     i.reference, i.conversation->with_user_id, ""});
    }
  }
  for (const Episode& e : in.episodes) AddEpisode(e, out);
  for (const Contact& c : in.contacts) AddContact(c, in.person_id, out);
  for (const Concern& c : in.concerns) {
    out.push_back({c.raised_at, "concern", "Concern raised", c.text, c.raised_by_user_id, ""});
    if (c.resolution) {
      out.push_back({c.resolution->at, "concern-resolved", "Concern resolved", c.resolution->how,
                     c.resolution->by_user_id, ""});
    }
  }
  for (const TeamDecision& d : in.decisions) {
    out.push_back({d.recorded_at, "decision", "Team decision: " + d.what,
                   "By " + d.by_when.ToDisplay(), d.recorded_by, ""});
    if (d.done) {
      out.push_back({StartOf(d.done->on), "decision-done", "Done: " + d.what, d.done->outcome,
                     d.done->by_user_id, ""});
    }
  }
  for (const WarmIntroduction& w : in.warm_introductions) AddWarmIntroduction(w, out);
  for (const UnmetNeed& n : in.unmet_needs) AddUnmetNeed(n, out);
  std::ranges::sort(out, [](const TimelineEntry& a, const TimelineEntry& b) {
    return std::tie(b.at, a.kind, a.title) < std::tie(a.at, b.kind, b.title);
  });
  return out;
}

}  // namespace lw

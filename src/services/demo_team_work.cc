#include "services/demo_team_work.h"

#include <chrono>

#include "domain/org/locality_config.h"
#include "services/auth_service.h"
#include "services/demo_support.h"
#include "services/team_service.h"

namespace lw {
namespace {

using demo::Check;
using demo::DaysAgoClock;

}  // namespace

Status LoadDemoTeamWork(Store& store, const Clock& clock, Random& random,
                        const std::vector<User>& users, const std::vector<std::string>& people) {
  DaysAgoClock earlier(clock);
  TeamService team(store, earlier, random,
                   TeamSettings{.rhythm = RhythmForPreset(RhythmPreset::kTameside),
                                .huddle = {.target_days = 14, .not_seen_days = 28}});
  const Actor practitioner = ActorFor(users[2], AuthMethod::kSession);
  const Actor peer = ActorFor(users[3], AuthMethod::kSession);
  const Actor lead = ActorFor(users[4], AuthMethod::kSession);
  auto today = [&] { return Date::InLondon(earlier.Now()); };

  // Daniel: supported for twelve weeks by Priya Desai, seen last week; his
  // twelve-week review fell due yesterday (today, when the clocks changed in
  // between), so it is on the huddle board whatever the day of the week.
  earlier.DaysAgo(85);
  auto daniel = team.OpenEpisode(
      practitioner,
      {.person_id = people[1], .keyworker_user_id = practitioner.user_id, .started_on = today()});
  if (auto s = Check(daniel); !s) return s;
  for (int days : {70, 49, 28, 6}) {
    earlier.DaysAgo(days);
    Contact c{.occurred_at = earlier.Now(),
              .duration_minutes = 50,
              .people = {{.person_id = people[1], .episode_id = daniel->id}},
              .mode = days == 28 ? ContactMode::kPhone : ContactMode::kFaceToFace,
              .place = days == 28 ? std::nullopt : std::optional(ContactPlace::kCommunityVenue),
              .note = "Talked about work and sleep; walking twice a week now."};
    if (auto s = Check(team.RecordContact(practitioner, c)); !s) return s;
  }

  // Siobhan: Sam Carter (peer worker) is her keyworker; not seen for five
  // weeks, and Sam raised a concern yesterday.
  earlier.DaysAgo(60);
  auto siobhan = team.OpenEpisode(peer, {.person_id = people[2],
                                         .keyworker_user_id = peer.user_id,
                                         .started_on = today(),
                                         .intensity = Intensity::kIntensive});
  if (auto s = Check(siobhan); !s) return s;
  earlier.DaysAgo(36);
  if (auto s = Check(
          team.RecordContact(peer, {.occurred_at = earlier.Now(),
                                    .duration_minutes = 60,
                                    .people = {{.person_id = people[2], .episode_id = siobhan->id}},
                                    .mode = ContactMode::kFaceToFace,
                                    .place = ContactPlace::kHome,
                                    .note = "Home visit; she talked about her brother."}));
      !s) {
    return s;
  }
  earlier.DaysAgo(1);
  auto worry = team.RaiseConcern(peer, people[2],
                                 "Missed two calls this week and her sister says she is not "
                                 "eating much.");
  if (auto s = Check(worry); !s) return s;
  // Yesterday's huddle agreed a visit by tomorrow; it comes back until done.
  if (auto s = Check(team.RecordDecision(
          lead, {.huddle_on = today(),
                 .about = {DecisionSubjectKind::kConcern, worry->id},
                 .person_id = people[2],
                 .what = "Visit Siobhan with her sister's agreement; bring the crisis card",
                 .who_does_it = peer.user_id,
                 .by_when = today().PlusDays(2),
                 .present = {lead.user_id, peer.user_id, practitioner.user_id}}));
      !s) {
    return s;
  }

  // Tomasz: light touch with Sam, an ending planned for next week.
  earlier.DaysAgo(70);
  auto tomasz = team.OpenEpisode(peer, {.person_id = people[3],
                                        .keyworker_user_id = peer.user_id,
                                        .started_on = today(),
                                        .intensity = Intensity::kLight});
  if (auto s = Check(tomasz); !s) return s;
  earlier.DaysAgo(0);
  if (auto s = Check(team.PlanEnding(peer, tomasz->id, 1, today().PlusDays(5))); !s) return s;

  // Priya Sharma: supported last year, ended as a planned transition in her
  // own words; she has come back (her new introduction is at the front door).
  earlier.DaysAgo(395);
  auto priya = team.OpenEpisode(
      practitioner,
      {.person_id = people[4], .keyworker_user_id = practitioner.user_id, .started_on = today()});
  if (auto s = Check(priya); !s) return s;
  earlier.DaysAgo(310);
  return Check(team.EndEpisode(practitioner, priya->id, 1,
                               {.reason = EpisodeEnding::kGoalsMet,
                                .persons_words = "I've got my running club and I know the signs "
                                                 "now. I'll come back if I need to.",
                                .ended_on = today()}));
}

}  // namespace lw

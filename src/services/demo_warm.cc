#include "services/demo_warm.h"

#include <optional>

#include "domain/directory/directory.h"
#include "services/demo_support.h"
#include "services/warm_introductions.h"
#include "storage/records/directory_records.h"
#include "storage/records/team_records.h"

namespace lw {

using demo::Check;
using demo::DaysAgoClock;

namespace {

// The service named `name`, of a directory organisation linked (or not) to
// the partner's organisation.
Result<std::string> ServiceId(Store& store, std::string_view name, bool partners) {
  std::optional<std::string> found;
  auto done = store.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto orgs = records::List<directory::DirectoryOrganisation>(tx, {.limit = 10000});
    if (!orgs) return Fail(orgs.error());
    auto services = records::List<directory::DirectoryService>(tx, {.limit = 10000});
    if (!services) return Fail(services.error());
    for (const auto& s : *services) {
      if (s.name != name) continue;
      for (const auto& o : *orgs) {
        if (o.id == s.organisation_id && o.partner_organisation_id.empty() != partners) {
          found = s.id;
          return Ok();
        }
      }
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  if (!found) return Fail(ErrorCode::kInternal, "the demo directory has no " + std::string(name));
  return *found;
}

// The person's open episode.
Result<std::string> OpenEpisodeOf(Store& store, const std::string& person_id) {
  std::optional<std::string> id;
  auto done = store.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto episodes = records::List<Episode>(tx, {.person_id = person_id});
    if (!episodes) return Fail(episodes.error());
    for (const Episode& e : *episodes) {
      if (!e.IsEnded()) id = e.id;
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  if (!id) return Fail(ErrorCode::kInternal, "the demo person has no open episode");
  return *id;
}

}  // namespace

Status LoadDemoWarmIntroductions(Store& store, const Clock& clock, Random& random,
                                 const std::vector<User>& users,
                                 const std::vector<std::string>& people) {
  DaysAgoClock earlier(clock);
  WarmIntroductions warm(store, earlier, random, {});
  const Actor practitioner = ActorFor(users[2], AuthMethod::kSession);
  const Actor peer = ActorFor(users[3], AuthMethod::kSession);

  auto debt = ServiceId(store, "Debt advice appointments", /*partners=*/true);
  if (!debt) return Fail(debt.error());
  auto walk = ServiceId(store, "Hyde Walking for Health", /*partners=*/false);
  if (!walk) return Fail(walk.error());
  auto siobhan_episode = OpenEpisodeOf(store, people[2]);
  if (!siobhan_episode) return Fail(siobhan_episode.error());
  earlier.DaysAgo(12);
  auto siobhan = warm.Make(
      peer, {.person_id = people[2],
             .episode_id = *siobhan_episode,
             .service_id = *debt,
             .way = WarmWay::kServiceGetsInTouch,
             .note = "Siobhan has council tax arrears and a letter from a bailiff that frightens "
                     "her. Mornings are best; she may not answer a withheld number.",
             .parts = {SharedPart::kContactDetails, SharedPart::kWhatMatters},
             .consent_given = ConsentGiven::kInPerson,
             .consent_words = "Fine to share my number. Not my story."});
  if (auto s = Check(siobhan); !s) return s;

  {
    auto daniel_episode = OpenEpisodeOf(store, people[1]);
    if (!daniel_episode) return Fail(daniel_episode.error());
    earlier.DaysAgo(21);
    auto daniel = warm.Make(practitioner, {.person_id = people[1],
                                           .episode_id = *daniel_episode,
                                           .service_id = *walk,
                                           .way = WarmWay::kJointVisit,
                                           .joint_on = Date::InLondon(earlier.Now()).PlusDays(3),
                                           .note = "Dan would like to walk with others; we will "
                                                   "come along to the first one together.",
                                           .consent_given = ConsentGiven::kInPerson});
    if (auto s = Check(daniel); !s) return s;
    earlier.DaysAgo(18);
    auto met = warm.RecordStep(
        practitioner, daniel->id, daniel->version,
        {.to = WarmState::kMet, .note = "Walked with the group; he knew one of them from work."});
    if (auto s = Check(met); !s) return s;
    earlier.DaysAgo(6);
    if (auto s = Check(warm.RecordPersonView(practitioner, met->id, met->version,
                                             PersonFeeling::kWentWell,
                                             "Good to be out. I am going again on Saturday."));
        !s) {
      return s;
    }
  }
  return Ok();
}

}  // namespace lw

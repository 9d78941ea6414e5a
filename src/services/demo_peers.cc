#include "services/demo_peers.h"

#include "services/auth_service.h"
#include "services/demo_support.h"
#include "services/peer_matching_service.h"

namespace lw {

Status LoadDemoPeers(Store& store, const Clock& clock, const std::vector<User>& users,
                     const std::vector<std::string>& person_ids) {
  if (users.size() < 11 || person_ids.size() < 2) {
    return Fail(ErrorCode::kInternal, "demo peers: the demo's accounts and people are missing");
  }
  using L = LivedExperience;
  demo::DaysAgoClock at(clock);
  PeerMatchingService peers(store, at);
  const Actor sam = ActorFor(users[3], AuthMethod::kSession);
  const Actor practitioner = ActorFor(users[2], AuthMethod::kSession);
  const Actor owen = ActorFor(users[7], AuthMethod::kSession);
  const Actor tariq = ActorFor(users[10], AuthMethod::kSession);

  at.DaysAgo(40);
  if (auto s = demo::Check(peers.SaveMyProfile(
          sam,
          {.areas = {L::kBereavement, L::kBeingACarer, L::kDrugsAlcohol, L::kDepressionAnxiety},
           .languages = {},
           .gender = "Man",
           .own_words = "I looked after my mum for six years, and lost her in 2019. Drinking "
                        "was how I coped, until it wasn't.",
           .consent = true},
          0));
      !s) {
    return s;
  }
  if (auto s = demo::Check(
          peers.SaveMyProfile(tariq,
                              {.areas = {L::kMigration, L::kRacism, L::kDebt, L::kLoneliness},
                               .languages = {"ur", "pa"},
                               .gender = "",
                               .own_words = "I came to Millbrook on my own at nineteen.",
                               .consent = true},
                              0));
      !s) {
    return s;
  }
  if (auto s = demo::Check(peers.SaveMyProfile(
          owen, {.areas = {L::kBereavement}, .languages = {}, .consent = true}, 0));
      !s) {
    return s;
  }
  at.DaysAgo(20);
  if (auto s = demo::Check(peers.WithdrawMyProfile(owen, 1)); !s) return s;

  at.DaysAgo(2);
  return demo::Check(peers.RecordWish(
      practitioner, person_ids[1],
      {.areas = {L::kBereavement, L::kBeingACarer},
       .language = "",
       .preferences = "Would rather talk to a man, and not someone from his own street",
       .in_their_words = "Someone who gets what it was like looking after Dad, and after."},
      0));
}

}  // namespace lw

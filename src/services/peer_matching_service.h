// PeerMatchingService: peer matching (issue 7, point 6; the rules of the
// ranking and the lifecycles are domain/peers/peer_matching.h's).
//
// Contract:
//  - Sharing profiles are each member of staff's own: `MyProfile`,
//    `SaveMyProfile` and `WithdrawMyProfile` take no user id, so nobody
//    (an administrator, a team lead) can write someone else's lived
//    experience. They are open to the care roles working in a team
//    (front door, practitioners, peer workers, team leads); anyone else
//    gets kNotFound "No sharing profile found". Audited with record type
//    "staff" and the user's id: "sharing_profile.read", ".record",
//    ".withdraw".
//  - A person's peer mentor page (`PeerMentor`, `RecordWish`,
//    `ChoosePeerMentor`, `RespondToChoice`) needs a care role in a team and
//    access to change the person's record (DecidePersonAccess, kUpdate,
//    decided in the transaction: the actor's team's people only; never
//    under break-glass; never for partners, commissioners or
//    administrators). A refusal is kNotFound "No person found", worded as
//    for a person who does not exist, and a refusal on a real person is
//    audited ("person.access_refused") in a transaction of its own. Each
//    call appends, in its transaction, an entry with record type "person",
//    the person's id: "peer_mentor.read", ".wish", ".choose", ".accept",
//    ".decline".
//  - Suggestions come from the actor's team only, and only people whose
//    consent stands (SuggestPeerMentors); caseloads count the active
//    episodes each is keyworker for. A choice must name someone suggested
//    now (else kInvalidArgument on "peer"); only the chosen peer mentor may
//    answer it (kFailedPrecondition for anyone else).
//  - Records are versioned and never overwritten: every change names the
//    version it was based on (0 for a profile or wish not yet recorded)
//    and fails with kConflict, carrying the stored version, when another
//    change came first. Bad input is kInvalidArgument with field errors and
//    nothing stored.
//
// Thread-safety: all calls may run concurrently from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/access/actor.h"
#include "domain/peers/peer_matching.h"
#include "domain/people/person.h"
#include "domain/ports/store.h"

namespace lw {

// A choice of the actor as someone's peer mentor, waiting for their answer.
struct PeerRequest {
  Person person;
  PeerMentorWish wish;
  std::string chosen_by_name;
};

struct MyPeerProfileView {
  std::optional<SharingProfile> profile;  // none: never recorded
  std::vector<PeerRequest> requests;      // the people who chose them, awaiting an answer
};

struct PeerMentorView {
  Person person;
  std::optional<PeerMentorWish> wish;       // none: not recorded yet
  std::vector<PeerSuggestion> suggestions;  // from the actor's team; empty without a wish
  std::string recorded_by_name;             // who recorded the wish
  std::string chosen_name;                  // the chosen peer mentor; "" none
  std::string chosen_by_name;
  bool may_respond = false;  // the actor is the chosen peer mentor and the choice awaits
};

class PeerMatchingService {
 public:
  PeerMatchingService(Store& store, const Clock& clock);

  Result<MyPeerProfileView> MyProfile(const Actor& actor);
  // `based_on`: the version the form showed, 0 when there was none.
  Result<SharingProfile> SaveMyProfile(const Actor& actor, SharingProfileDraft draft,
                                       long long based_on);
  // kFailedPrecondition when there is nothing to withdraw.
  Result<SharingProfile> WithdrawMyProfile(const Actor& actor, long long based_on);

  Result<PeerMentorView> PeerMentor(const Actor& actor, std::string_view person_id);
  Result<PeerMentorWish> RecordWish(const Actor& actor, std::string_view person_id,
                                    PeerMentorWishDraft draft, long long based_on);
  Result<PeerMentorWish> ChoosePeerMentor(const Actor& actor, std::string_view person_id,
                                          std::string_view peer_user_id, bool together_with_person,
                                          long long based_on);
  Result<PeerMentorWish> RespondToChoice(const Actor& actor, std::string_view person_id,
                                         bool accept, std::string note, long long based_on);

 private:
  template <typename Fn>
  Status WithPerson(const Actor& actor, std::string_view person_id, Fn fn);

  Store& store_;
  const Clock& clock_;
};

}  // namespace lw

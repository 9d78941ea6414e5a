#include "services/demo_gaps.h"

#include <optional>

#include "services/auth_service.h"
#include "services/demo_support.h"
#include "services/provision_gaps.h"

namespace lw {

using demo::DaysAgoClock;

Status LoadDemoGaps(Store& store, const Clock& clock, Random& random,
                    const std::vector<User>& users, const std::vector<std::string>& people) {
  DaysAgoClock earlier(clock);
  ProvisionGaps gaps(store, earlier, random);
  const Actor practitioner = ActorFor(users[2], AuthMethod::kSession);
  struct Noted {
    std::size_t person;  // index into the demo people
    int days_ago;
    directory::Need need;
    GapReason reason;
    NeedNotedIn where;
    std::optional<int> wait;
    const char* words;
  };
  using directory::Need;
  const Noted noted[] = {
      {0, 80, Need::kMoneyAndDebt, GapReason::kLongWait, NeedNotedIn::kInitialConversation, 42,
       "Someone to help me sort out the bills before they take me to court"},
      {1, 64, Need::kMoneyAndDebt, GapReason::kLongWait, NeedNotedIn::kPlan, 35, ""},
      {2, 40, Need::kMoneyAndDebt, GapReason::kLongWait, NeedNotedIn::kInitialConversation, 56,
       "Help with the council tax letters"},
      {3, 21, Need::kMoneyAndDebt, GapReason::kLongWait, NeedNotedIn::kReview, 49, ""},
      {5, 9, Need::kMoneyAndDebt, GapReason::kLongWait, NeedNotedIn::kInitialConversation, 42, ""},
      {5, 9, Need::kHousing, GapReason::kNoService, NeedNotedIn::kInitialConversation, std::nullopt,
       "Somewhere I can live with my dog"},
      {4, 30, Need::kHousing, GapReason::kNoService, NeedNotedIn::kPlan, std::nullopt, ""},
      {1, 15, Need::kPhysicalActivity, GapReason::kTooFar, NeedNotedIn::kPlan, std::nullopt,
       "A walking group I can get to without a car"},
  };
  for (const Noted& n : noted) {
    earlier.DaysAgo(n.days_ago);
    auto made = gaps.Note(practitioner, {.person_id = people.at(n.person),
                                         .need = n.need,
                                         .reason = n.reason,
                                         .noted_in = n.where,
                                         .words = n.words,
                                         .offered_wait_days = n.wait});
    if (!made) return Fail(made.error());
  }
  return Ok();
}

}  // namespace lw

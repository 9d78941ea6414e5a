#include "services/demo_plans.h"

#include <chrono>

#include "services/auth_service.h"
#include "services/demo_support.h"
#include "services/plan_service.h"

namespace lw {
namespace {

using demo::DaysAgoClock;

MyPlan DanielFirst(Date today) {
  MyPlan p;
  p.my_story =
      "I worked at the warehouse for eleven years until it closed in the spring. Since then I "
      "have not been sleeping and I stopped going out much.";
  p.what_matters = "My two lads, and being someone they can rely on. Getting back to work.";
  p.strengths = "I am practical and I keep going. I am good with my hands.";
  p.what_helps = "Walking early in the morning. Having something to do with the day.";
  p.what_does_not_help = "Being asked the same questions by different people. Forms.";
  p.my_people = "My sister Karen. The lads at the Tuesday walking group. The library.";
  p.what_i_need = "Help with the debt letters. Something for the sleep.";
  p.my_goals = "Sleep through most nights. Sort out the money. Find work by the summer.";
  p.actions = {{.who = "Me", .what = "Go to the Tuesday walking group", .by_when = {}},
               {.who = "Priya (keyworker)",
                .what = "Book an appointment with Citizens Advice about the debt",
                .by_when = today.PlusDays(7)},
               {.who = "Me", .what = "See the GP about sleep", .by_when = today.PlusDays(14)}};
  p.safety.warning_signs = "Not sleeping for days. Not answering the phone to Karen.";
  p.safety.what_i_can_do = "Go for a walk. Ring Karen. Write it down.";
  p.safety.who_i_can_call = "Karen, my sister. The team on weekdays.";
  p.safety.crisis_contacts =
      "NHS 111, option 2, any time. Samaritans, free on 116 123. In an emergency, 999.";
  return p;
}

MyPlan SiobhanFirst() {
  MyPlan p;
  p.my_story = "I moved here last year to be near my mum. I don't know many people yet.";
  p.what_matters = "My mum. Painting. Feeling part of something.";
  p.strengths = "I am creative and I listen to people.";
  p.my_people = "Mum. The art group at the community centre.";
  p.my_goals = "Make one friend here. Paint every week.";
  p.actions = {{.who = "Me", .what = "Go to the Thursday art group"},
               {.who = "Sam (peer mentor)", .what = "Come with me the first time"}};
  p.safety.crisis_contacts = "NHS 111, option 2. Samaritans, 116 123.";
  return p;
}

}  // namespace

Status LoadDemoPlans(Store& store, const Clock& clock, const std::vector<User>& users,
                     const std::vector<std::string>& people) {
  DaysAgoClock earlier(clock);
  PlanService plans(store, earlier);
  const Actor practitioner = ActorFor(users[2], AuthMethod::kSession);
  const Actor peer = ActorFor(users[3], AuthMethod::kSession);

  earlier.DaysAgo(70);
  MyPlan daniel = DanielFirst(Date::InLondon(earlier.Now()));
  auto v1 = plans.Update(practitioner, people[1], daniel, EnteredBy::kTogether, 0,
                         "Written together at our first conversation");
  if (!v1) return Fail(v1.error());
  earlier.DaysAgo(8);
  daniel.my_story +=
      "\nThe walking group has helped. I am sleeping better most nights, and I have started "
      "looking at jobs again.";
  daniel.actions[1].done = true;
  daniel.actions[2].done = true;
  daniel.safety.who_i_can_call =
      "Karen, my sister. Dave from the walking group. The team on "
      "weekdays.";
  auto v2 = plans.Update(practitioner, people[1], daniel, EnteredBy::kPerson, v1->version,
                         "Daniel updated it himself at his review");
  if (!v2) return Fail(v2.error());

  earlier.DaysAgo(20);
  auto siobhan =
      plans.Update(peer, people[2], SiobhanFirst(), EnteredBy::kTogether, 0, "Written together");
  if (!siobhan) return Fail(siobhan.error());
  return Ok();
}

}  // namespace lw

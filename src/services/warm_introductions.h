// WarmIntroductions: warm introductions from a person's episode of support
// to a service in the directory, followed until they land (issue 7 point 5;
// domain/network/warm_introduction.h holds the rules).
//
// Two sides see an introduction:
//  - the team: anyone working in a team (kCareRoles) who may read the
//    person's record (DecidePersonAccess, as TeamService decides it) sees
//    it whole and may record steps, the person's view and withdraw it;
//    making one needs the right to change the person's record.
//  - the service: a network partner whose organisation is the one linked
//    to the service's directory organisation when the introduction was
//    made (`partner_organisation_id`) sees the person's name, the note, and
//    exactly the parts consented to (ShareWithService), read from the
//    person's current record, and nothing else (not the team's notes on
//    its steps, the person's view of how it went, or their words about
//    consent; once withdrawn, nothing about the person at all); and records
//    in touch, met or didn't work out.
// Everyone else, and anyone asking for an id that does not exist, gets
// kNotFound "No introduction found", with nothing else said. A refused
// attempt on an existing introduction is audited as an attempt on the
// person's record (person.access_refused), in a transaction of its own.
//
// Audit: every call that shows or changes an introduction appends one entry
// per person shown, on the person's record ("warm_introduction.make",
// ".read", ".shared_read" (the service side), ".list", ".partner_list",
// ".step", ".person_view"), in the same transaction.
//
// Changes take the version they were based on; kConflict with the stored
// version when someone else changed it first. Bad input is kInvalidArgument
// with one FieldError per problem, named as the form fields.
//
// Reminders: `WarmReminderJob` (for services/job_runner.h) records a
// reminder on each open introduction that ReminderDue says is due, across
// every team; the app shows those as "reminder sent" to both sides, and
// emails go to both through the outbox (services/outbox.h).
//
// Thread-safety: all calls may run concurrently from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "domain/network/warm_introduction.h"
#include "domain/ports/store.h"
#include "services/job_runner.h"

namespace lw {

struct MakeWarmIntroductionRequest {
  std::string person_id;
  std::string episode_id;
  std::string service_id;
  WarmWay way = WarmWay::kServiceGetsInTouch;
  std::optional<Date> joint_on;
  std::string note;
  std::vector<SharedPart> parts;
  ConsentGiven consent_given = ConsentGiven::kInPerson;
  std::string consent_words;
};

struct WarmStepRequest {
  WarmState to = WarmState::kInTouch;
  std::optional<NotLandedReason> reason;
  std::string note;
};

struct WarmIntroductionView {
  WarmIntroduction introduction;
  WarmSide reader = WarmSide::kTeam;
  std::string person_name;  // for the service side, "" once withdrawn
  std::string made_by_name;
  std::string team_name;
  int days_since_made = 0;
  bool not_landed_in_time = false;
  std::optional<SharedRecord> shared;      // the service side only
  std::vector<std::string> step_by_names;  // who recorded each step, in step order
};

class WarmIntroductions {
 public:
  WarmIntroductions(Store& store, const Clock& clock, Random& random, WarmIntroductionRules rules);

  Result<WarmIntroduction> Make(const Actor& actor, MakeWarmIntroductionRequest request);
  Result<WarmIntroductionView> Get(const Actor& actor, std::string_view id);
  Result<WarmIntroduction> RecordStep(const Actor& actor, std::string_view id, long long version,
                                      WarmStepRequest request);
  Result<WarmIntroduction> RecordPersonView(const Actor& actor, std::string_view id,
                                            long long version, PersonFeeling feeling,
                                            std::string words);
  // The team side: a person's introductions, newest first.
  Result<std::vector<WarmIntroductionView>> ForPerson(const Actor& actor,
                                                      std::string_view person_id);
  // The service side: introductions to the partner's organisation's
  // services, open ones first, then newest first.
  Result<std::vector<WarmIntroductionView>> ForPartner(const Actor& actor);

  const WarmIntroductionRules& rules() const { return rules_; }

 private:
  Store& store_;
  const Clock& clock_;
  Random& random_;
  WarmIntroductionRules rules_;
};

// Records due reminders (see the header comment); the outcome line counts
// them. `public_url` is where the app is served ("https://livingwell.
// example.nhs.uk"), for the link in the reminder emails.
Job WarmReminderJob(WarmIntroductionRules rules, Micros interval, std::string public_url);
// The work of the job, in `tx` at `now`: how many reminders it recorded.
// With each, in the same transaction, it queues the reminder's emails to
// the service and the practitioner (QueueWarmReminderMail, services/outbox.h).
Result<int> RecordDueReminders(StoreTx& tx, Timestamp now, const WarmIntroductionRules& rules,
                               std::string_view public_url);

}  // namespace lw

// Stored records made from a synthetic system's rows (system.h), so that a
// generated system can be loaded into a store as if the services had
// written it (issue 8: "loads it into either store").
//
// Ids are readable and cannot collide with the store's own (which are
// random): "syn-" + what + the locality + the row's number, e.g.
// "syn-person-03-000123". Times of day are made up but fixed (contacts
// from 09:00 in half hours, responses at 10:00 ...), in Europe/London.
//
// Each function makes a value that passes the domain's own checks for its
// type (ValidatePerson, CheckIntroductionInvariants, CheckEpisodeInvariants
// ...), as its test shows.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "domain/directory/directory.h"
#include "domain/frontdoor/introduction.h"
#include "domain/network/warm_introduction.h"
#include "domain/org/organisation.h"
#include "domain/org/staffing.h"
#include "domain/org/user.h"
#include "domain/outcomes/goal.h"
#include "domain/outcomes/instrument.h"
#include "domain/outcomes/questionnaire_response.h"
#include "domain/outcomes/wheel.h"
#include "domain/people/person.h"
#include "domain/people/person_details.h"
#include "domain/synth/system.h"
#include "domain/team/contact.h"
#include "domain/team/episode.h"

namespace lw::synth {

// --- Ids ---------------------------------------------------------------------

std::string LocalityId(int locality);                          // "syn-locality-03"
std::string NeighbourhoodId(int locality, int neighbourhood);  // "syn-neighbourhood-03-02"
std::string TeamId(int locality, int team);                    // "syn-team-03-02"
// The locality's NHS trust and its voluntary-sector partner.
std::string OrganisationId(int locality, OrganisationKind kind);  // "syn-org-03-voluntary"
std::string UserId(int locality, std::uint32_t staff);            // "syn-user-03-0012"
std::string PersonId(int locality, std::uint32_t person);         // "syn-person-03-000123"
std::string IntroductionId(int locality, std::uint32_t introduction);
std::string EpisodeId(int locality, std::uint32_t episode);
std::string ContactId(int locality, std::uint32_t episode, std::uint32_t contact);
std::string ResponseId(int locality, std::uint32_t episode, std::string_view instrument,
                       std::uint32_t response);
std::string GoalId(int locality, std::uint32_t episode, int goal);
std::string WheelId(int locality, std::uint32_t episode, std::uint32_t check_in);
std::string WarmId(int locality, std::uint32_t introduction, std::uint32_t warm);
// Directory entries need UUIDs: "73796e01-0003-4000-8000-000000000123"
// ("syn" in hex, then what it names, the locality and the number).
std::string ServiceId(int locality, std::uint32_t service);
// The directory organisation that runs a locality's services called `name`:
// the same name gives the same id.
std::string DirectoryOrganisationId(int locality, std::string_view name);

// `minute` minutes after midnight on `on`, Europe/London.
Timestamp AtMinute(Date on, int minute);

// --- The organisation ----------------------------------------------------------

Locality ToLocality(const LocalityRow& row);
Neighbourhood ToNeighbourhood(const NeighbourhoodRow& row);
Team ToTeam(const TeamRow& row, std::string_view locality_name);
// Its NHS trust and voluntary-sector partner.
std::vector<Organisation> OrganisationsOf(const LocalityRow& row);
// A staff account that cannot sign in (no password: password_hash "!"),
// with a role from the profession: team lead for the operational manager,
// peer worker, or practitioner. Username "syn.03.0012".
User ToUser(const StaffRow& row, Timestamp created_at);
StaffPost ToStaffPost(const StaffRow& row);

// --- People and the front door -----------------------------------------------

// The person's record, held by `team_id`.
Person ToPerson(const PersonRow& row, std::string_view team_id);

// The introduction as the front door would have recorded it: received by
// the phone or form at 09:00 plus its number's minutes, the conversation
// held with `worker_user_id` at 11:00, closed with its ending, linked to
// `person` (whose name, date of birth and NHS number it carries). An
// introduction still waiting at the window's end is open.
Introduction ToIntroduction(const IntroductionRow& row, const Person& person,
                            std::string_view worker_user_id);

// --- The team's work ------------------------------------------------------------

// The episode with its keyworker, rhythm `rhythm` and, when ended, its
// ending (moving on names the service of the warm introduction).
Episode ToEpisode(const EpisodeRow& row, int ordinal, const SupportRhythm& rhythm);
Contact ToContact(const ContactRow& row, std::string_view organisation_id);

// --- Outcomes, network, equality, directory: records_outcomes.cc --------------
//
// A ReQoL-10 response (baseline, review or end) scored by `reqol10`, the
// shipped definition: its ten items q1..q10 answered as the row's items.
Result<QuestionnaireResponse> ToReqolResponse(const QuestionnaireRow& row, Occasion occasion,
                                              std::string_view team_id, const Instrument& reqol10);
// The end-of-support experience questions ("experience" instrument): "I
// felt listened to" answered agree or strongly agree when felt_listened_to,
// else disagree or neither; the other questions answered alike.
Result<QuestionnaireResponse> ToExperienceResponse(const ExperienceRow& row,
                                                   std::string_view team_id,
                                                   const Instrument& experience);
// One goal from its ratings (the rows of one episode and goal number, in
// date order; at least one): set on the first rating's day, in the
// person's words from a fixed list, linked to a life area.
Goal ToGoal(std::span<const GoalRatingRow> ratings, std::string_view team_id);
WheelCheckIn ToWheelCheckIn(const WheelRow& row, std::string_view team_id);
// A warm introduction made by `made_by_user_id` from `episode_id` ("" for
// one made at the front door) to `service`, with its steps: met when
// landed, did not work out (with the reason) when not, else still made.
WarmIntroduction ToWarmIntroduction(const WarmRow& row, std::string_view team_id,
                                    std::string_view episode_id, const ServiceRow& service,
                                    std::string_view made_by_user_id);
// The person's fuller details with the equality answers the row records
// (sex, ethnic category, disability); those not recorded are not asked.
PersonDetailsRecord ToPersonDetails(const PersonRow& row);
// The directory entry for a service: published, open on the row's days and
// hours, offering its need. Its id and organisation_id are UUIDs (the
// directory requires them), made from the locality and the service's
// number, and from the locality and the organisation's name: the same
// organisation name gives the same organisation_id.
directory::DirectoryService ToDirectoryService(const ServiceRow& row);
// The organisation `name` that runs services in `locality`.
directory::DirectoryOrganisation ToDirectoryOrganisation(int locality, std::string_view name);

}  // namespace lw::synth

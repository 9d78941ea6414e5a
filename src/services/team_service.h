// TeamService: the Living Well team's work with people (issue 5): the
// person's record and timeline, episodes of support, contacts, concerns,
// the daily huddle with team decisions, caseloads, and break-glass reads.
// StaffingService (staffing_service.h) keeps staff posts.
//
// Contract:
//  - Every call takes the actor. Access to anything about a person is
//    decided by DecidePersonAccess (domain/access/policy.h) over the facts
//    gathered in the same transaction: the team holding the record, the
//    teams with an episode or an introduction for the person, and the
//    actor's active break-glass grant. A refusal is kNotFound, worded
//    exactly as for a record that does not exist ("No person found",
//    "No episode found" ...), so nothing reveals whether it exists; a
//    refused attempt on an existing record is audited
//    ("person.access_refused") in a transaction of its own.
//  - Team views (huddle, caseloads) are of the actor's own team; roles
//    outside the team's work (administrator, network partner,
//    commissioner) get kNotFound.
//  - Every read and write of a person's record appends an audit entry in
//    the same transaction as the read or write ("person.read",
//    "person.details.update", "episode.open", "contact.record", ...);
//    team views append one entry per person shown ("person.huddle",
//    "person.caseload") and return nothing until they are durable.
//  - Changes are new versions: each change call takes the version it was
//    based on and fails with kConflict, carrying the stored version, when
//    someone else changed it first. Invalid input is kInvalidArgument with
//    one FieldError per problem, and nothing is stored.
//
// Thread-safety: all calls may run concurrently from any thread.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "domain/access/break_glass.h"
#include "domain/frontdoor/introduction.h"
#include "domain/network/warm_introduction.h"
#include "domain/people/person.h"
#include "domain/people/person_details.h"
#include "domain/ports/store.h"
#include "domain/team/caseload.h"
#include "domain/team/concern.h"
#include "domain/team/contact.h"
#include "domain/team/episode.h"
#include "domain/team/huddle.h"
#include "domain/team/support_rhythm.h"
#include "domain/team/team_decision.h"
#include "domain/team/timeline.h"
#include "services/group_commit.h"

namespace lw {

struct TeamSettings {
  SupportRhythm rhythm;        // the locality's, for new episodes
  HuddleRules huddle;          // target days and "not seen for"
  WarmIntroductionRules warm;  // when a warm introduction has not landed
};

// A person's whole record as the person page and GET /people/{id}/record show it.
struct PersonRecordView {
  Person person;
  PersonDetailsRecord details;          // version 0: nothing recorded beyond the Person yet
  std::vector<Episode> episodes;        // newest first
  std::vector<Contact> contacts;        // newest first, at most kRecordContacts
  std::vector<Concern> concerns;        // newest first
  std::vector<TeamDecision> decisions;  // by when, soonest first
  std::vector<Introduction> introductions;
  std::vector<TimelineEntry> timeline;    // everything above, newest first
  std::optional<BreakGlass> break_glass;  // set when read under a break-glass grant
  bool may_change = false;                // false under break-glass
};
inline constexpr int kRecordContacts = 500;

struct OpenEpisodeRequest {
  std::string person_id;
  std::string keyworker_user_id;
  Date started_on;
  std::optional<Date> planned_end_on;
  Intensity intensity = Intensity::kRegular;
  std::string introduction_id;  // "" when none
};

struct HuddleView {
  HuddleBoard board;
  std::string team_id;
  std::string team_name;
  std::vector<User> team_members;  // for "who does it" and "who was in the huddle"
};

struct CaseloadView {
  User worker;
  Caseload caseload;
  std::vector<Person> people;  // in the order of caseload.lines
};

struct TeamCaseloadView {
  std::string team_id;
  TeamBalance balance;
  std::vector<User> workers;  // the team's members, for names
};

class TeamService {
 public:
  TeamService(Store& store, const Clock& clock, Random& random, TeamSettings settings);
  ~TeamService();
  TeamService(const TeamService&) = delete;
  TeamService& operator=(const TeamService&) = delete;

  const TeamSettings& settings() const { return settings_; }

  // --- The person's record.
  Result<PersonRecordView> Record(const Actor& actor, std::string_view person_id);
  // Stores version `based_on + 1` of the fuller details (0: none yet).
  Result<PersonDetailsRecord> UpdateDetails(const Actor& actor, std::string_view person_id,
                                            PersonDetails details, long long based_on,
                                            std::string_view reason);
  // Break-glass: a read of a record outside the actor's teams, with a
  // reason; kFailedPrecondition when the actor may read it anyway.
  Result<BreakGlass> BreakGlassRead(const Actor& actor, std::string_view person_id,
                                    std::string reason);
  // Whether BreakGlassRead would be the way in, before asking for a reason:
  // kNotFound when there is no such person (or the actor is in no team),
  // kFailedPrecondition when the actor may read the record anyway.
  Status MayBreakGlass(const Actor& actor, std::string_view person_id);
  // Grants not yet reviewed (team leads only; others kNotFound).
  Result<std::vector<BreakGlass>> BreakGlassToReview(const Actor& actor);
  Result<BreakGlass> ReviewBreakGlass(const Actor& actor, std::string_view grant_id,
                                      long long version, std::string note);

  // --- Episodes of support, in the actor's team.
  Result<Episode> OpenEpisode(const Actor& actor, OpenEpisodeRequest request);
  Result<Episode> GetEpisode(const Actor& actor, std::string_view episode_id);
  Result<Episode> ReassignKeyworker(const Actor& actor, std::string_view episode_id,
                                    long long version, std::string user_id, Date from,
                                    std::string reason);
  Result<Episode> RecordReview(const Actor& actor, std::string_view episode_id, long long version,
                               Date on, std::string note);
  Result<Episode> PlanEnding(const Actor& actor, std::string_view episode_id, long long version,
                             std::optional<Date> planned_end_on);
  Result<Episode> SetIntensity(const Actor& actor, std::string_view episode_id, long long version,
                               Intensity intensity);
  Result<Episode> EndEpisode(const Actor& actor, std::string_view episode_id, long long version,
                             EpisodeEnd end);

  // --- Contacts. Every person in the contact must be one the actor may
  // change; the actor is added to the staff when not listed.
  Result<Contact> RecordContact(const Actor& actor, Contact draft);
  Result<Contact> CorrectContact(const Actor& actor, Contact corrected);

  // --- Concerns, raised by anyone in the team.
  Result<Concern> RaiseConcern(const Actor& actor, std::string_view person_id, std::string text);
  Result<Concern> ResolveConcern(const Actor& actor, std::string_view concern_id, long long version,
                                 std::string how);

  // --- The daily huddle and its team decisions (the actor's team).
  Result<HuddleView> Huddle(const Actor& actor);
  // Today's board with only the item of `kind` about `subject_id` on it, for
  // the page that records a decision about it; only its person (or
  // introduction) is audited. kNotFound when it is not on the board.
  Result<HuddleView> HuddleItemOnBoard(const Actor& actor, HuddleItemKind kind,
                                       std::string_view subject_id);
  Result<TeamDecision> RecordDecision(const Actor& actor, TeamDecisionDraft draft);
  Result<TeamDecision> MarkDecisionDone(const Actor& actor, std::string_view decision_id,
                                        long long version, std::string outcome);
  Result<TeamDecision> RescheduleDecision(const Actor& actor, std::string_view decision_id,
                                          long long version, Date new_by_when, std::string reason);

  // --- Caseloads: a worker's (user_id "" for the actor's own), and the team's balance.
  Result<CaseloadView> Caseload(const Actor& actor, std::string_view user_id);
  Result<TeamCaseloadView> TeamCaseload(const Actor& actor);

  struct Impl;        // team_service_internal.h
  struct ViewCaches;  // team_huddle.cc

 private:
  Result<HuddleView> ViewHuddle(const Actor& actor,
                                const std::optional<std::pair<HuddleItemKind, std::string>>& only);

  Store& store_;
  const Clock& clock_;
  Random& random_;
  TeamSettings settings_;
  std::unique_ptr<GroupCommit> commits_;  // the audit entries of team views
  // Boards and caseloads as last read, used again while the store's
  // DataGeneration and the day stand still (ADR 0013).
  std::unique_ptr<ViewCaches> caches_;
};

}  // namespace lw

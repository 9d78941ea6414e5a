// The facts the evaluation counts (issue 9, ADR 0019): what each record
// says that a measure needs, held as columns of small integers so that a
// measure over a million introductions is one pass over a few arrays.
//
// Places are dense indexes (locality 0, 1 ...; team 0, 1 ...), days are
// day numbers (Date::DayNumber) of the Europe/London calendar, and
// categories are their enums' values. A row's columns share one index:
// introductions.received[i] and introductions.source[i] describe one
// introduction.
//
// `FactsBuilder` is the only code that reads records for the evaluation, so
// each rule it applies lives here once: an episode's exit is planned when
// IsPlannedTransition says so, a contact qualifies for MHS108 when
// two_contacts.h's IsQualifyingContact says so, and an episode when its
// IsQualifyingEpisode does.
//
// Thread-safety: plain values; a builder is used by one thread.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/error.h"
#include "domain/frontdoor/introduction.h"
#include "domain/network/warm_introduction.h"
#include "domain/org/organisation.h"
#include "domain/outcomes/change.h"
#include "domain/outcomes/goal.h"
#include "domain/outcomes/instrument.h"
#include "domain/outcomes/questionnaire_response.h"
#include "domain/team/contact.h"
#include "domain/team/episode.h"

namespace lw::evaluation {

// A day that has not come (a conversation not held, an episode not ended).
inline constexpr std::int32_t kNoDay = std::numeric_limits<std::int32_t>::min();
// An introduction not closed, so with no ending.
inline constexpr std::uint8_t kNoEnding = 0xFF;

// The MHSDS team type (ServTeamTypeRefToMH) a team's episodes count under
// for MHS108 until the team is given its own (FactsBuilder::
// SetMhsdsTeamType). CHOICE: which code a Living Well team submits under
// is a local decision (two_contacts.h: UNCONFIRMED); A06, community mental
// health team (functional), as the generator's own check takes it.
inline constexpr std::string_view kDefaultMhsdsTeamType = "A06";

// Whether an episode counts for MHS108 (two_contacts.h's
// IsQualifyingEpisode): by its age at referral, residence and team type.
// The rule moves once, in April 2023, when A14 and D05 join.
enum class Mhs108Episode : std::uint8_t {
  kNever,          // under 18 or age unknown, resident outside England, a team type not counted
  kAlways,         // counts for every period
  kFromApril2023,  // counts for periods ending in April 2023 or later (A14, D05)
};

struct Places {
  std::vector<std::string> locality_ids;    // by locality index
  std::vector<std::string> locality_names;  // by locality index
  std::vector<std::string> team_ids;        // by team index
  std::vector<std::string> team_names;      // by team index
  std::vector<std::int32_t> team_locality;  // by team index: its locality's index
};

// One row per introduction, as it stands (its latest version).
struct IntroductionFacts {
  std::vector<std::int32_t> team;          // team index
  std::vector<std::int32_t> received;      // the day it was received
  std::vector<std::uint8_t> source;        // IntroductionSource
  std::vector<std::int32_t> conversation;  // the day the initial conversation was held, or kNoDay
  std::vector<std::int32_t> closed;        // the day it was closed, or kNoDay
  std::vector<std::uint8_t> ending;        // Ending, or kNoEnding while open

  std::size_t size() const { return received.size(); }
};

// One row per episode of support.
struct EpisodeFacts {
  std::vector<std::int32_t> team;     // team index
  std::vector<std::int32_t> started;  // the day support started
  std::vector<std::int32_t> ended;    // the day it ended, or kNoDay while open
  std::vector<std::uint8_t> planned;  // 1: ended as a planned transition
  std::vector<std::int32_t> person;   // person index (0 .. Facts::people - 1)
  std::vector<std::uint8_t> mhs108;   // Mhs108Episode

  std::size_t size() const { return started.size(); }
};

// One row per person's part in a contact that is linked to their episode
// (a part with no episode has no team and never counts for MHS108, so it
// is not kept), as the contact stands (its latest version).
struct ContactFacts {
  std::vector<std::int32_t> episode;     // episode index
  std::vector<std::int32_t> day;         // the day it happened (or was to)
  std::vector<std::uint8_t> mode;        // ContactMode
  std::vector<std::uint8_t> attendance;  // Attendance
  // 1: IsQualifyingContact (attended; face to face, phone or video).
  std::vector<std::uint8_t> qualifying;

  std::size_t size() const { return day.size(); }
};

// One row per scored ReQoL-10 response that falls in one of the person's
// episodes; an episode's rows are in date order and, on one day, in the
// order recorded (the order PairScores reads).
struct ScoreFacts {
  std::vector<std::int32_t> episode;  // episode index
  std::vector<std::int32_t> day;      // the day it was answered
  std::vector<std::int32_t> score;    // Points::hundredths

  std::size_t size() const { return day.size(); }
};

// One row per goal set in one of the person's episodes.
struct GoalFacts {
  std::vector<std::int32_t> episode;  // episode index

  std::size_t size() const { return episode.size(); }
};

// One row per GBO rating of a goal; a goal's rows in the order given.
struct GoalRatingFacts {
  std::vector<std::int32_t> goal;    // goal index
  std::vector<std::int32_t> day;     // the day it was rated
  std::vector<std::uint8_t> rating;  // 0..10

  std::size_t size() const { return day.size(); }
};

// One row per answer to the experience question "I felt listened to"
// (the end-of-support survey, instrument "experience").
struct ExperienceFacts {
  std::vector<std::int32_t> team;    // team index (the response's)
  std::vector<std::int32_t> day;     // the day it was answered
  std::vector<std::uint8_t> agreed;  // 1: agree or strongly agree

  std::size_t size() const { return day.size(); }
};

// The change rules the outcome measures classify by, from the instruments'
// definitions (change.h's ChangeRuleFor) with a locality's overrides; unset
// when that instrument was not given to the builder.
struct OutcomeRules {
  std::optional<ChangeRule> reqol10;
  Points reqol10_lowest;  // the score's valid range (measures.md 1.3)
  Points reqol10_highest;
  std::optional<ChangeRule> goals;  // the GBO goal rule
};

// One row per warm introduction into the network.
struct WarmFacts {
  std::vector<std::int32_t> team;    // team index
  std::vector<std::int32_t> made;    // the day it was made
  std::vector<std::int32_t> landed;  // the day the person and the service met, or kNoDay

  std::size_t size() const { return made.size(); }
};

struct Facts {
  Places places;
  IntroductionFacts introductions;
  EpisodeFacts episodes;
  WarmFacts warm;
  std::int32_t people = 0;  // distinct people with an episode
  ContactFacts contacts;
  ScoreFacts reqol10;
  GoalFacts goals;
  GoalRatingFacts goal_ratings;
  OutcomeRules rules;
  ExperienceFacts listened;
};

// Order: places, then the instruments' rules, then introductions, then
// episodes (an episode's age at referral comes from its introduction), then
// anything that belongs to an episode (contacts, responses, goals).
class FactsBuilder {
 public:
  // Places first: every team's locality must have been added.
  Status AddLocality(const Locality& locality);
  Status AddTeam(const Team& team);
  // The team's MHSDS team type ("A14"), before its episodes are added;
  // until then kDefaultMhsdsTeamType. kInvalidArgument for a team not added.
  Status SetMhsdsTeamType(std::string_view team_id, std::string_view code);

  // The ReQoL-10 definition (instrument "reqol-10" or a locality's own id)
  // and a locality's overrides: its responses are kept and classified by
  // ChangeRuleFor's rule. kInvalidArgument for an instrument scored item by
  // item, or ChangeRuleFor's errors.
  Status SetReqol10(const Instrument& reqol10, const ChangeThresholds& overrides = {});
  // The GBO definition: goals are classified by its goal rule (as the
  // person's progress page does). ChangeRuleFor's errors.
  Status SetGoalRule(const Instrument& gbo, const ChangeThresholds& overrides = {});
  // The experience survey's definition and its "felt listened to" item:
  // answers to it are kept, agreeing when one of the item's two highest
  // options (agree, strongly agree on the shipped five-point scale).
  // kInvalidArgument when the item is not one of the instrument's.
  Status SetExperience(const Instrument& experience, std::string_view listened_item = "listened");

  // kInvalidArgument naming the record when its team was not added.
  Status AddIntroduction(const Introduction& introduction);
  // Its MHS108 standing from IsQualifyingEpisode: age at referral in
  // completed years on the day its introduction was received (unknown when
  // the introduction was not added or gave no date of birth), residence
  // not known, its team's type, no inpatient spell.
  Status AddEpisode(const Episode& episode);
  // Landed is the day of its step to "met", when that is where it stands.
  Status AddWarmIntroduction(const WarmIntroduction& warm);

  // One row per person linked to an episode (FactsOf), qualifying as
  // IsQualifyingContact says. kInvalidArgument naming the contact when its
  // episode was not added; a part naming another person than its
  // episode's is not kept (MHS108 counts by person and episode).
  Status AddContact(const Contact& contact);
  // A response to the experience instrument given to SetExperience that
  // answers "felt listened to" is kept with its team and day
  // (kInvalidArgument naming it when its team was not added).
  // A scored response to the ReQoL-10 instrument given to SetReqol10 is
  // kept with the person's episode open on its day; other instruments,
  // responses with no score and responses outside every episode are not.
  // An episode is open on a day from the day its introduction was received
  // (the baseline may be taken at the initial conversation), or from its
  // start when it came from no introduction added, to the day it ended;
  // where two are open, the later started.
  Status AddQuestionnaireResponse(const QuestionnaireResponse& response);
  // A goal is kept with the person's episode open on the day it was set
  // (as above), with its ratings in the order given.
  Status AddGoal(const Goal& goal);

  // The facts so far; the builder is left empty.
  Facts Finish();

 private:
  Result<std::int32_t> TeamIndex(const std::string& team_id, const std::string& record_id) const;
  // The person's episode open on `day` (see AddQuestionnaireResponse), or -1.
  std::int32_t EpisodeOn(const std::string& person_id, std::int32_t day) const;

  struct PendingScore {
    std::int32_t episode;
    std::int32_t day;
    std::int32_t score;
    Timestamp recorded_at;
  };
  struct Referral {
    std::int32_t received;  // the day
    std::optional<Date> born;
  };

  Facts facts_;
  std::map<std::string, std::int32_t, std::less<>> localities_;
  std::map<std::string, std::int32_t, std::less<>> teams_;
  std::vector<std::string> team_types_;                      // by team index
  std::unordered_map<std::string, Referral> introductions_;  // by introduction id
  std::unordered_map<std::string, std::int32_t> episodes_;   // by episode id
  std::unordered_map<std::string, std::int32_t> people_;     // by person id
  std::vector<std::vector<std::int32_t>> episodes_of_;       // by person index
  std::vector<std::int32_t> open_from_;                      // by episode index
  std::string reqol10_id_;
  std::string experience_id_;
  std::string listened_item_;
  int agrees_from_ = 0;               // the lowest answer that agrees
  std::vector<PendingScore> scores_;  // ordered by Finish
};

}  // namespace lw::evaluation

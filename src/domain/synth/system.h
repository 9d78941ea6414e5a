// A whole synthetic Living Well system (issue 8): localities, their
// neighbourhoods, teams and staff, the directory, and five years of people
// coming through the front door, supported, measured and moving on, as
// rows handed to a sink one at a time.
//
// Streaming: nothing is held but a locality's small bookkeeping (who has
// been supported, a few histograms), so the `national` scale's ten million
// contacts pass through in constant memory. Rows come out locality by
// locality; within a locality, each introduction's whole story (the person
// when new, the introduction, the episode, its contacts, questionnaires,
// goals, Wheel of Life check-ins, warm introductions and the experience
// survey) before the next introduction's.
//
// Deterministic: every draw comes from a SynthStream keyed by what it is
// about ("locality/3/introduction/1234"), so the same spec gives the same
// rows, in the same order, on every machine (ADR 0016).
//
// Truth (issue 8, point 6): while it generates, the generator keeps its own
// books of what it made (truth.h): the exact figures an evaluation of these
// records should compute, counted from the generator's own decisions rather
// than by re-reading the rows.
//
// Thread-safety: GenerateSystem is reentrant; the sink is called from the
// calling thread only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "base/error.h"
#include "domain/frontdoor/vocabulary.h"
#include "domain/network/warm_introduction.h"
#include "domain/org/organisation.h"
#include "domain/org/profession.h"
#include "domain/people/ethnicity.h"
#include "domain/people/person.h"
#include "domain/synth/fictional.h"
#include "domain/synth/flows.h"
#include "domain/synth/people.h"
#include "domain/synth/truth.h"
#include "domain/team/contact_vocabulary.h"
#include "domain/team/episode_vocabulary.h"

namespace lw::synth {

// ReQoL-10: ten items scored 0..4 (4 best), total 0..40.
inline constexpr int kReqolItems = 10;
// Wheel of Life areas rated 1..10 at each check-in.
inline constexpr int kWheelAreas = 8;

enum class Scale : std::uint8_t { kDemo, kLocality, kGm, kNational };
std::string_view ScaleKey(Scale scale);  // "gm"
std::optional<Scale> ParseScale(std::string_view key);

// What to generate. SpecFor(scale) gives the four scales.
struct SystemSpec {
  Scale scale = Scale::kDemo;
  std::uint64_t seed = 1;
  // The window: introductions received from `first_day` to `last_day`, both
  // included. Records are as they stood at the end of `last_day`: episodes
  // still open, people still waiting.
  Date first_day = *Date::FromYmd(2024, 4, 1);
  Date last_day = *Date::FromYmd(2026, 3, 31);
  int localities = 1;
  int neighbourhoods_per_locality = 3;
  // One team for the whole locality (the demo), or one per neighbourhood.
  bool team_per_neighbourhood = false;
  int directory_services_per_locality = 300;
  FlowSettings flows = DefaultFlows();
  PeopleSettings people;
};

SystemSpec SpecFor(Scale scale, std::uint64_t seed);
// kInvalidArgument: a window that ends before it starts or runs past 10
// years, localities outside 1..kMaxLocalities, neighbourhoods outside
// 1..20, fewer than 300 directory services, or bad flows or people.
Status ValidateSpec(const SystemSpec& spec);

// --- Rows ----------------------------------------------------------------
// Keys are small numbers within a locality (locality, number); the writers
// turn them into ids ("L03-P000123").

struct LocalityRow {
  int locality = 0;
  std::string name;  // "Bolton"
  // Episodes of around twelve weeks, or open-ended (the locality's choice).
  bool open_ended_episodes = false;
};

struct NeighbourhoodRow {
  int locality = 0;
  int neighbourhood = 0;
  std::string name;  // "Bolton North"
  int team = 0;      // the team that serves it
};

struct TeamRow {
  int locality = 0;
  int team = 0;
  std::string name;
};

struct StaffRow {
  int locality = 0;
  std::uint32_t staff = 0;
  int team = 0;
  int neighbourhood = -1;  // -1: locality-wide
  FictionalName name;
  Profession profession = Profession::kOther;
  std::optional<Band> band;
  OrganisationKind employer = OrganisationKind::kNhsTrust;
  int hours_per_week = 38;  // whole hours
  bool safeguarding_lead = false;
  bool development_support = false;
  bool keyworker = false;  // holds a caseload
};

struct ServiceRow {
  int locality = 0;
  std::uint32_t service = 0;
  std::string name;              // "Bolton Walking for Wellbeing"
  std::string organisation;      // "Bolton Community Trust"
  bool community_asset = false;  // a community asset, not a network partner
  std::string need;              // a taxonomy key: "loneliness"
  std::uint8_t days = 0;         // bit 0 Monday .. bit 6 Sunday
  int opens_minute = 0;          // minutes after midnight
  int closes_minute = 0;
  bool free = true;
};

enum class Sex : std::uint8_t { kFemale, kMale };
std::string_view SexKey(Sex sex);  // "female"

struct PersonRow {
  int locality = 0;
  std::uint32_t person = 0;
  int neighbourhood = 0;
  Person person_record;  // name, date of birth, NHS number (maybe)
  std::optional<Sex> sex;
  std::optional<EthnicCategory> ethnicity;  // nothing: not recorded
  std::optional<bool> disability;
  int deprivation_decile = 0;  // 1 most deprived .. 10; 0 unknown
  Date first_introduced = Date::FromDayNumber(0);
};

struct IntroductionRow {
  int locality = 0;
  std::uint32_t introduction = 0;
  std::uint32_t person = 0;
  int neighbourhood = 0;
  int team = 0;
  IntroductionSource source = IntroductionSource::kSelf;
  Date received = Date::FromDayNumber(0);
  std::optional<Date> conversation;  // initial conversation held
  std::optional<Ending> ending;      // nothing: still open at the window's end
  std::optional<Date> closed;
};

struct EpisodeRow {
  int locality = 0;
  std::uint32_t episode = 0;  // the introduction it came from
  std::uint32_t person = 0;
  int team = 0;
  std::uint32_t keyworker = 0;  // StaffRow::staff
  Date started = Date::FromDayNumber(0);
  std::optional<Date> ended;
  std::optional<EpisodeEnding> ending;
};

struct ContactRow {
  int locality = 0;
  std::uint32_t episode = 0;
  std::uint32_t contact = 0;  // 0, 1, 2 ... within the episode
  std::uint32_t person = 0;
  std::uint32_t staff = 0;
  Date on = Date::FromDayNumber(0);
  ContactMode mode = ContactMode::kFaceToFace;
  ContactPlace place = ContactPlace::kHome;
  Attendance attendance = Attendance::kAttended;
};

struct QuestionnaireRow {  // a ReQoL-10 response
  int locality = 0;
  std::uint32_t episode = 0;
  std::uint32_t response = 0;  // 0, 1, 2 within the episode, in date order
  std::uint32_t person = 0;
  Date on = Date::FromDayNumber(0);
  std::array<std::uint8_t, kReqolItems> items{};
  int total = 0;
};

struct GoalRatingRow {
  int locality = 0;
  std::uint32_t episode = 0;
  int goal = 0;  // 1..3
  std::uint32_t person = 0;
  Date on = Date::FromDayNumber(0);
  int rating = 0;  // 0..10
};

struct WheelRow {
  int locality = 0;
  std::uint32_t episode = 0;
  std::uint32_t check_in = 0;
  std::uint32_t person = 0;
  Date on = Date::FromDayNumber(0);
  std::array<std::uint8_t, kWheelAreas> ratings{};  // 1..10
};

struct WarmRow {
  int locality = 0;
  std::uint32_t introduction = 0;  // from the front door, or the episode
  std::uint32_t warm = 0;          // 0, 1 within it
  std::uint32_t person = 0;
  std::uint32_t service = 0;  // ServiceRow::service
  Date made = Date::FromDayNumber(0);
  std::optional<Date> landed;  // they met the service
  std::optional<NotLandedReason> not_landed;
  std::optional<Date> closed;  // landed or not; nothing: still open
};

// The end-of-support survey (product.md: "felt listened to", "less lonely",
// "more involved in community and leisure").
struct ExperienceRow {
  int locality = 0;
  std::uint32_t episode = 0;
  std::uint32_t person = 0;
  Date on = Date::FromDayNumber(0);
  bool felt_listened_to = false;
  bool less_lonely = false;
  bool more_involved = false;
};

class SynthSink {
 public:
  virtual ~SynthSink() = default;
  virtual void Add(const LocalityRow& row) = 0;
  virtual void Add(const NeighbourhoodRow& row) = 0;
  virtual void Add(const TeamRow& row) = 0;
  virtual void Add(const StaffRow& row) = 0;
  virtual void Add(const ServiceRow& row) = 0;
  virtual void Add(const PersonRow& row) = 0;
  virtual void Add(const IntroductionRow& row) = 0;
  virtual void Add(const EpisodeRow& row) = 0;
  virtual void Add(const ContactRow& row) = 0;
  virtual void Add(const QuestionnaireRow& row) = 0;
  virtual void Add(const GoalRatingRow& row) = 0;
  virtual void Add(const WheelRow& row) = 0;
  virtual void Add(const WarmRow& row) = 0;
  virtual void Add(const ExperienceRow& row) = 0;
};

// Generates the system `spec` describes into `sink`, and returns the
// truth. LW_CHECKs ValidateSpec.
SystemTruth GenerateSystem(const SystemSpec& spec, SynthSink& sink);

}  // namespace lw::synth

// team_seed: a locality's five years of Living Well records in a SQLite
// store, for bench/team_load.sh (issue 5's benchmark: the huddle board and a
// caseload of 60 people under 16 concurrent users).
//
//   team_seed --data DIR [--people 10000] [--users 16] [--per-user 60] [--seed 5]
//
// Opens (creating and migrating) the SQLite store in DIR as `livingwell demo`
// does, loads the demo, adds the bench's accounts (bench-user-01 .. NN, half
// in each of the demo's two teams, the first of each half a team lead, the
// rest practitioners; password "living-well-demo") and then writes five years
// of the locality's work, in the order it happened:
//  - PEOPLE people, half in each team, each with one to three episodes of
//    support (about 1.6 on average). Each episode came through the front
//    door: an introduction received, the initial conversation held a few
//    days later, closed as "support begins", the person's record made (or
//    linked, when they came back) and the episode opened. All but the
//    current ones have ended (planned or not, in the person's words where
//    they gave them), with reviews every twelve weeks while they ran.
//  - Each bench user holds exactly PER_USER open episodes (16 x 60 = 960, 480
//    a team), started up to eleven months ago, with reviews held or
//    overdue, a few planned endings, some people not seen for a while.
//  - Six to twelve contacts an episode (fewer for one that began lately),
//    mostly attended, some missed or cancelled; concerns (about one episode
//    in eight, a few still open) with the team decisions made about them at
//    the huddle, some not yet done; introductions that did not lead to
//    support (information given, chose not to go ahead) and about twenty a
//    team still waiting for their initial conversation.
// Every value is made by the domain's own functions (OpenEpisode,
// RecordContact, RaiseConcern ...) so every record is one the services could
// have stored, and every change is versioned and audited as the services
// audit it. It is written through StoreTx in large transactions (the
// services' one transaction per change would take an hour).
//
// Deterministic: ids, names and the shape of the data come from a seeded
// random; dates are relative to the day it runs (the server's huddle is
// "today"), and every event is on a day before today.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "app/app.h"
#include "app/config.h"
#include "base/clock.h"
#include "base/dates.h"
#include "base/ids.h"
#include "base/random.h"
#include "domain/frontdoor/lifecycle.h"
#include "domain/frontdoor/new_introduction.h"
#include "domain/frontdoor/reference.h"
#include "domain/org/locality_config.h"
#include "domain/team/concern.h"
#include "domain/team/contact.h"
#include "domain/team/episode.h"
#include "domain/team/support_rhythm.h"
#include "domain/team/team_decision.h"
#include "services/account_service.h"
#include "services/audit_events.h"
#include "services/auth_service.h"
#include "services/demo_data.h"
#include "services/password.h"
#include "storage/records/team_records.h"

namespace lw {
namespace {

constexpr int kWindowDays = 5 * 365;  // five years
constexpr int kEventsPerTx = 20000;

struct Options {
  std::string data;
  int people = 10000;
  int users = 16;
  int per_user = 60;
  std::uint64_t seed = 5;
};

// --- Randomness ----------------------------------------------------------------

class Dice {
 public:
  explicit Dice(Random& random) : random_(random) {}
  int Between(int lo, int hi) {  // inclusive
    return lo + static_cast<int>(random_.NextU64() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  bool Chance(double p) { return static_cast<double>(random_.NextU64() >> 11) * 0x1.0p-53 < p; }
  template <typename Range>
  const auto& Pick(const Range& from) {
    return from[static_cast<std::size_t>(Between(0, static_cast<int>(std::size(from)) - 1))];
  }
  Random& random() { return random_; }

 private:
  Random& random_;
};

constexpr std::string_view kGiven[] = {
    "Aaliyah", "Adam",   "Aisha",   "Alan",   "Alice",  "Amir",    "Ana",     "Andrew", "Ben",
    "Bethany", "Carl",   "Chloe",   "Connor", "Dawn",   "Dylan",   "Eilidh",  "Emma",   "Farah",
    "Gareth",  "Grace",  "Hamza",   "Hannah", "Ian",    "Imogen",  "Jack",    "Jade",   "Jamal",
    "Joanne",  "Karen",  "Kieran",  "Leah",   "Liam",   "Lucy",    "Mandeep", "Maria",  "Mark",
    "Megan",   "Mo",     "Natalie", "Niamh",  "Oliver", "Olivia",  "Patrick", "Paula",  "Rachel",
    "Reece",   "Rosa",   "Ryan",    "Sadia",  "Sean",   "Shannon", "Simon",   "Sophie", "Stuart",
    "Tanya",   "Thomas", "Una",     "Victor", "Wendy",  "Yusuf",   "Zainab",  "Zoe"};
constexpr std::string_view kFamily[] = {
    "Ahmed",   "Allen",   "Begum",    "Bennett",  "Brown",  "Campbell", "Clarke", "Collins",
    "Davies",  "Doherty", "Evans",    "Fletcher", "Green",  "Hall",     "Harris", "Hussain",
    "Jackson", "Jones",   "Kaur",     "Kelly",    "Khan",   "Kowalski", "Lee",    "Lewis",
    "Martin",  "Mensah",  "Mitchell", "Moore",    "Murphy", "Nowak",    "Okoro",  "Patel",
    "Price",   "Quinn",   "Roberts",  "Robinson", "Scott",  "Shah",     "Singh",  "Smith",
    "Taylor",  "Thomas",  "Turner",   "Walker",   "Ward",   "Watson",   "White",  "Williams",
    "Wilson",  "Wood",    "Wright",   "Young"};
constexpr std::string_view kWords[] = {
    "I can't sleep and I've stopped going out.",
    "Since the divorce everything feels too much.",
    "My anxiety is stopping me working.",
    "I lost my mum last year and I can't seem to get going again.",
    "I keep having panic attacks on the bus.",
    "Money worries are keeping me up at night.",
    "I'm drinking more than I'd like to and feeling low.",
    "Caring for my dad has worn me out.",
    "I feel very alone since I moved here.",
    "My GP said you might help with my low mood."};
constexpr std::string_view kContactNotes[] = {
    "Walked and talked; sleep a little better this week.",
    "Talked through the letter from the council; will ring them together on Monday.",
    "Went over the safety plan; feels it still fits.",
    "Met at the community garden; planted out the beans.",
    "Checked in by phone; a hard week but keeping going.",
    "Worked on the money plan: two bills sorted.",
    "Practised the breathing; used it twice on the bus.",
    "Came to the Listening Lounge; met the peer group.",
    "Talked about going back to work part time.",
    "Reviewed what matters; wants to focus on seeing friends."};
constexpr std::string_view kMovingOn[] = {"Millbrook Carers Centre", "Millbrook Mind peer group",
                                          "Millbrook Money Advice", "Community talking therapies",
                                          "Millbrook Recovery College"};
constexpr std::string_view kConcernText[] = {"Missed two contacts and not answering the phone.",
                                             "Said things feel hopeless since the eviction notice.",
                                             "Family worried she is not eating much.",
                                             "Drinking more again since losing the job.",
                                             "Mentioned thoughts of not being here; no plan."};

// --- The plan: what happened, decided before anything is written -------------

struct UserInfo {
  User user;
  Actor actor;
};

struct TeamInfo {
  Team team;
  std::vector<int> members;  // indexes into the users list: every care role in the team
  int lead = -1;             // who records the huddle's decisions
  std::vector<int> bench;    // the bench users in this team
};

struct EpisodePlan {
  int person = 0;
  int team = 0;
  int keyworker = 0;  // index into users
  IntroductionSource source = IntroductionSource::kSelf;
  Date received_on = Date::FromDayNumber(0);
  Date started_on = Date::FromDayNumber(0);
  std::optional<Date> ended_on;  // nullopt: still open
  EpisodeEnding ending = EpisodeEnding::kGoalsMet;
  Intensity intensity = Intensity::kRegular;
  std::optional<Date> plan_ending_on;  // when an ending was planned (open episodes)
  std::optional<Date> planned_end_on;
  bool first = true;  // the person's first episode: their record is made then
  std::string intro_id;
  std::string episode_id;
};

struct ContactPlan {
  int episode = 0;
  Timestamp at;
  Attendance attendance = Attendance::kAttended;
  ContactMode mode = ContactMode::kFaceToFace;
  std::optional<ContactPlace> place;
  int minutes = 0;
  int note = 0;
};

struct ConcernPlan {
  int episode = 0;
  int raised_by = 0;  // index into users
  Timestamp raised_at;
  std::optional<Date> huddle_on;  // a decision was recorded at this huddle
  Date by_when = Date::FromDayNumber(0);
  std::optional<Date> done_on;
  std::optional<Timestamp> resolved_at;
  int text = 0;
  std::string concern_id;
  std::string decision_id;
};

// An introduction that did not lead to support (no person record), or one
// still waiting for its initial conversation.
struct OtherIntroPlan {
  int team = 0;
  Timestamp received_at;
  std::optional<Timestamp> held_at;    // information given after a conversation
  std::optional<Timestamp> closed_at;  // nullopt: still waiting
  int assigned = -1;                   // index into users, or -1
  std::string intro_id;
};

enum class Ev : std::uint8_t {
  kIntroReceived,    // index: episode plan
  kSupportBegins,    // index: episode plan
  kContact,          // index: contact plan
  kReview,           // index: episode plan, sub: review number
  kPlanEnding,       // index: episode plan
  kConcernRaised,    // index: concern plan
  kDecision,         // index: concern plan
  kDecisionDone,     // index: concern plan
  kConcernResolved,  // index: concern plan
  kEpisodeEnd,       // index: episode plan
  kOtherReceived,    // index: other intro
  kOtherAssigned,    // index: other intro
  kOtherClosed,      // index: other intro
};

struct Event {
  Timestamp at;
  Ev kind = Ev::kIntroReceived;
  int index = 0;
  int sub = 0;
  bool operator<(const Event& o) const {
    return std::tie(at, kind, index, sub) < std::tie(o.at, o.kind, o.index, o.sub);
  }
};

Timestamp At(Date day, int hour, int minute) { return LondonToUtc(day, hour, minute); }

// --- The seeder ------------------------------------------------------------------

class Seeder {
 public:
  Seeder(Store& store, const Options& options, Random& random, Timestamp now)
      : store_(store),
        options_(options),
        random_(random),
        dice_(random),
        now_(now),
        today_(Date::InLondon(now)),
        yesterday_(today_.PlusDays(-1)),
        window_start_(today_.PlusDays(-kWindowDays)),
        rhythm_(RhythmForPreset(RhythmPreset::kTameside)) {}

  Status Run() {
    if (auto s = LoadTeamsAndUsers(); !s) return s;
    if (auto s = AddBenchUsers(); !s) return s;
    PlanPeople();
    PlanOtherIntroductions();
    return Write();
  }

  void PrintSummary(double seconds) const {
    std::printf(
        "team_seed: %d people, %zu episodes (%d open), %zu contacts, %zu concerns, "
        "%d team decisions, %zu introductions, %lld audit entries, in %.1f s\n",
        options_.people, episodes_.size(), open_episodes_, contacts_.size(), concerns_.size(),
        decisions_, episodes_.size() + others_.size(), audits_, seconds);
    for (const TeamInfo& t : teams_) {
      std::printf("team_seed: %s: %zu bench users\n", t.team.name.c_str(), t.bench.size());
    }
    std::printf("team_seed: bench users bench-user-01 .. bench-user-%02d, password %s\n",
                options_.users, std::string(kDemoPassword).c_str());
  }

 private:
  Status LoadTeamsAndUsers() {
    return store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto teams = tx.ListTeams();
      if (!teams) return Fail(teams.error());
      std::ranges::sort(*teams, {}, &Team::name);
      teams_.clear();
      for (Team& t : *teams) teams_.push_back({.team = std::move(t)});
      if (teams_.empty()) return Fail(ErrorCode::kFailedPrecondition, "the demo made no teams");
      auto users = tx.ListUsers();
      if (!users) return Fail(users.error());
      std::ranges::sort(*users, {}, &User::username);
      users_.clear();
      for (User& u : *users) AddUser(std::move(u));
      return Ok();
    });
  }

  void AddUser(User u) {
    const int index = static_cast<int>(users_.size());
    for (TeamInfo& t : teams_) {
      if (u.team_id == t.team.id && u.active && kCareRoles.Has(u.role)) {
        t.members.push_back(index);
        if (u.role == Role::kTeamLead && t.lead < 0) t.lead = index;
        if (u.username.starts_with("bench-user-")) t.bench.push_back(index);
      }
    }
    Actor actor = ActorFor(u, AuthMethod::kSession);
    users_.push_back({.user = std::move(u), .actor = std::move(actor)});
  }

  Status AddBenchUsers() {
    AccountService accounts(store_, system_clock_, random_, PasswordHashOptions{});
    std::vector<Organisation> orgs;
    auto read = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto all = tx.ListOrganisations();
      if (!all) return Fail(all.error());
      for (Organisation& o : *all) {
        if (!o.network_partner &&
            (o.kind == OrganisationKind::kNhsTrust || o.kind == OrganisationKind::kCouncil ||
             o.kind == OrganisationKind::kVoluntary)) {
          orgs.push_back(std::move(o));
        }
      }
      return Ok();
    });
    if (!read) return read;
    if (orgs.empty()) return Fail(ErrorCode::kFailedPrecondition, "the demo made no organisations");
    std::ranges::sort(orgs, {}, &Organisation::name);
    const int per_team = options_.users / static_cast<int>(teams_.size());
    for (int i = 0; i < options_.users; ++i) {
      const TeamInfo& team = teams_[static_cast<std::size_t>(i / per_team) % teams_.size()];
      char name[32];
      std::snprintf(name, sizeof name, "%02d", i + 1);
      const bool lead = i % per_team == 0;
      NewUser request{.username = std::string("bench-user-") + name,
                      .display_name = std::string("Bench User ") + name,
                      .role = std::string(RoleKey(lead ? Role::kTeamLead : Role::kPractitioner)),
                      .team_id = team.team.id,
                      .organisation_id = orgs[static_cast<std::size_t>(i) % orgs.size()].id};
      auto user = accounts.AddUser(SystemActor("team_seed"), request, kDemoPassword);
      if (!user) return Fail(user.error());
      AddUser(std::move(*user));
    }
    for (TeamInfo& t : teams_) {
      if (t.lead < 0 && !t.bench.empty()) t.lead = t.bench.front();
    }
    return Ok();
  }

  // --- Planning.

  int TeamMember(const TeamInfo& t) { return dice_.Pick(t.members); }

  Intensity PickIntensity() {
    const int r = dice_.Between(1, 100);
    return r <= 25 ? Intensity::kLight : r <= 80 ? Intensity::kRegular : Intensity::kIntensive;
  }

  // A person's episodes, oldest first, ending with an open one when `open`.
  void PlanPerson(int person, int team, std::optional<int> open_keyworker) {
    const int wanted = 1 + (dice_.Chance(0.45) ? 1 : 0) + (dice_.Chance(0.15) ? 1 : 0);
    struct Span {
      int wait, duration,
          gap;  // days: received -> started, started -> ended, ended -> next received
    };
    std::vector<Span> spans;
    spans.reserve(static_cast<std::size_t>(wanted));
    for (int i = 0; i < wanted; ++i) {
      spans.push_back({dice_.Between(2, 25), dice_.Between(42, 240), dice_.Between(30, 700)});
    }
    // Anchor the last episode: the open one started up to eleven months ago
    // (more of them lately), an ended one ended any time in the window.
    Date last_started = yesterday_;
    if (open_keyworker) {
      last_started = yesterday_.PlusDays(-std::min(dice_.Between(0, 330), dice_.Between(0, 330)));
    } else {
      int total = 0;
      for (const Span& s : spans) total += s.wait + s.duration + s.gap;
      const int slack = std::max(0, kWindowDays - total - 2);
      last_started = yesterday_.PlusDays(-dice_.Between(0, slack) - spans.back().duration);
    }
    std::vector<EpisodePlan> chain;
    Date started = last_started;
    for (int i = wanted - 1; i >= 0; --i) {
      const Span& s = spans[static_cast<std::size_t>(i)];
      const bool is_open = open_keyworker && i == wanted - 1;
      EpisodePlan e{.person = person, .team = team};
      e.started_on = started;
      e.received_on = started.PlusDays(-s.wait);
      if (e.received_on < window_start_) break;
      if (!is_open) {
        e.ended_on = std::min(started.PlusDays(s.duration), yesterday_);
        const int r = dice_.Between(1, 100);
        e.ending = r <= 35   ? EpisodeEnding::kGoalsMet
                   : r <= 55 ? EpisodeEnding::kMovingOn
                   : r <= 70 ? EpisodeEnding::kCompleted
                   : r <= 85 ? EpisodeEnding::kStoppedEngaging
                   : r <= 93 ? EpisodeEnding::kMovedAway
                   : r <= 95 ? EpisodeEnding::kDied
                             : EpisodeEnding::kOther;
        // Only someone's last episode can end with their death.
        if (e.ending == EpisodeEnding::kDied && i != wanted - 1)
          e.ending = EpisodeEnding::kCompleted;
      }
      e.keyworker = is_open ? *open_keyworker : TeamMember(teams_[static_cast<std::size_t>(team)]);
      e.intensity = PickIntensity();
      chain.push_back(e);
      if (i > 0) started = e.received_on.PlusDays(-spans[i - 1].gap - spans[i - 1].duration);
    }
    std::ranges::reverse(chain);
    for (std::size_t i = 0; i < chain.size(); ++i) {
      EpisodePlan& e = chain[i];
      e.first = i == 0;
      e.source = e.first ? kAllIntroductionSources[static_cast<std::size_t>(dice_.Between(0, 8))]
                         : IntroductionSource::kComingBack;
      e.intro_id = NewId(random_);
      e.episode_id = NewId(random_);
      const int index = static_cast<int>(episodes_.size());
      episodes_.push_back(e);
      PlanEpisodeEvents(index);
    }
  }

  void PlanEpisodeEvents(int index) {
    EpisodePlan& e = episodes_[static_cast<std::size_t>(index)];
    const bool open = !e.ended_on;
    if (open) ++open_episodes_;
    events_.push_back({At(e.received_on, dice_.Between(8, 19), dice_.Between(0, 59)),
                       Ev::kIntroReceived, index, 0});
    events_.push_back({At(e.started_on, 9, 30), Ev::kSupportBegins, index, 0});
    const Date last_day = e.ended_on.value_or(yesterday_);

    // Reviews every twelve weeks, held a little early or late; an open
    // episode's latest may be overdue by a few weeks at most.
    int review = 0;
    Date due = e.started_on.PlusDays(7 * rhythm_.review_every_weeks.value_or(12));
    while (true) {
      const Date on = due.PlusDays(dice_.Between(-5, 10));
      if (on >= last_day || on <= e.started_on) break;
      // A review that fell due lately may not have been held yet: overdue.
      if (open && on >= yesterday_.PlusDays(-14) && dice_.Chance(0.3)) break;
      events_.push_back({At(on, 16, 0), Ev::kReview, index, review++});
      due = on.PlusDays(7 * rhythm_.review_every_weeks.value_or(12));
    }

    // Contacts: six to twelve over an ended episode; an open one's at its
    // intensity's pace (at most twelve), some people not seen for a while.
    const int days = Date::DaysBetween(e.started_on, last_day);
    int count;
    Date first = e.started_on.PlusDays(1);
    Date last = last_day;
    if (!open) {
      count = dice_.Between(6, 12);
    } else {
      const int pace = e.intensity == Intensity::kIntensive ? 7
                       : e.intensity == Intensity::kRegular ? 12
                                                            : 20;
      if (dice_.Chance(0.07))
        last = yesterday_.PlusDays(-dice_.Between(29, 70));  // drifting away
      else
        last = yesterday_.PlusDays(-dice_.Between(0, pace));
      count = std::clamp(Date::DaysBetween(first, last) / pace + 1, 1, 12);
    }
    if (last < first) count = 0;  // an episode that began yesterday: nobody seen yet
    const int span = Date::DaysBetween(first, last);
    for (int i = 0; i < count; ++i) {
      const int offset = count == 1 ? span : span * i / (count - 1);
      ContactPlan c{.episode = index, .note = dice_.Between(0, std::size(kContactNotes) - 1)};
      const Date day = first.PlusDays(std::clamp(offset + dice_.Between(-2, 2), 0, span));
      c.at = At(day, dice_.Between(9, 15), dice_.Between(0, 59));
      const int a = dice_.Between(1, 100);
      c.attendance = a <= 85   ? Attendance::kAttended
                     : a <= 94 ? Attendance::kDidNotAttend
                     : a <= 98 ? Attendance::kCancelledByPerson
                               : Attendance::kCancelledByService;
      if (i == count - 1 && open) c.attendance = Attendance::kAttended;  // last seen then
      const int m = dice_.Between(1, 100);
      if (m <= 55) {
        c.mode = ContactMode::kFaceToFace;
        const int p = dice_.Between(1, 10);
        c.place = p <= 3   ? ContactPlace::kHome
                  : p <= 7 ? ContactPlace::kCommunityVenue
                  : p <= 9 ? ContactPlace::kClinic
                           : ContactPlace::kOutdoors;
      } else if (m <= 85) {
        c.mode = ContactMode::kPhone;
      } else if (m <= 93) {
        c.mode = ContactMode::kVideo;
        c.place = ContactPlace::kOnline;
      } else {
        c.mode = m <= 98 ? ContactMode::kText : ContactMode::kLetter;
      }
      c.minutes = dice_.Between(15, 75);
      const int ci = static_cast<int>(contacts_.size());
      contacts_.push_back(c);
      events_.push_back({c.at, Ev::kContact, ci, 0});
    }

    // A planned ending for a few open episodes.
    if (open && dice_.Chance(0.05) && days >= 3) {
      e.plan_ending_on = yesterday_.PlusDays(-dice_.Between(0, std::min(days - 1, 10)));
      e.planned_end_on = today_.PlusDays(dice_.Between(0, 20));
      events_.push_back({At(*e.plan_ending_on, 12, 0), Ev::kPlanEnding, index, 0});
    }

    // Concerns: about one episode in eight had one along the way; a few
    // open episodes have one raised lately, not yet resolved.
    if (days >= 10 && dice_.Chance(0.12)) {
      ConcernPlan c{.episode = index,
                    .raised_by = TeamMember(teams_[static_cast<std::size_t>(e.team)]),
                    .text = dice_.Between(0, std::size(kConcernText) - 1)};
      const Date raised = e.started_on.PlusDays(dice_.Between(1, days - 9));
      c.raised_at = At(raised, 11, dice_.Between(0, 59));
      c.huddle_on = raised.PlusDays(1);
      c.by_when = c.huddle_on->PlusDays(dice_.Between(1, 4));
      c.done_on = c.by_when.PlusDays(-dice_.Between(0, 1));
      c.resolved_at = At(c.done_on->PlusDays(dice_.Between(0, 3)), 15, 30);
      AddConcern(std::move(c));
    }
    if (open && days >= 2 && dice_.Chance(0.03)) {
      ConcernPlan c{.episode = index,
                    .raised_by = TeamMember(teams_[static_cast<std::size_t>(e.team)]),
                    .text = dice_.Between(0, std::size(kConcernText) - 1)};
      const Date raised = yesterday_.PlusDays(-dice_.Between(0, std::min(days - 1, 12)));
      c.raised_at = At(raised, 11, dice_.Between(0, 59));
      if (raised < yesterday_) {
        c.huddle_on = raised.PlusDays(1);
        c.by_when = c.huddle_on->PlusDays(dice_.Between(1, 7));
        if (c.by_when <= yesterday_ && dice_.Chance(0.5)) c.done_on = c.by_when;
      }
      AddConcern(std::move(c));
    }

    if (!open) events_.push_back({At(*e.ended_on, 17, 0), Ev::kEpisodeEnd, index, 0});
  }

  void AddConcern(ConcernPlan c) {
    const int ci = static_cast<int>(concerns_.size());
    c.concern_id = NewId(random_);
    c.decision_id = NewId(random_);
    events_.push_back({c.raised_at, Ev::kConcernRaised, ci, 0});
    if (c.huddle_on) events_.push_back({At(*c.huddle_on, 9, 15), Ev::kDecision, ci, 0});
    if (c.done_on) events_.push_back({At(*c.done_on, 15, 0), Ev::kDecisionDone, ci, 0});
    if (c.resolved_at) events_.push_back({*c.resolved_at, Ev::kConcernResolved, ci, 0});
    concerns_.push_back(std::move(c));
  }

  void PlanPeople() {
    const int team_count = static_cast<int>(teams_.size());
    if (team_count == 0) return;  // LoadTeamsAndUsers refuses a store without teams
    std::vector<std::vector<int>> by_team(static_cast<std::size_t>(team_count));
    for (int p = 0; p < options_.people; ++p)
      by_team[static_cast<std::size_t>(p % team_count)].push_back(p);
    // Who is supported now: per_user people for each bench user, from their team.
    std::map<int, int> open_keyworker;
    for (int t = 0; t < team_count; ++t) {
      std::vector<int>& people = by_team[static_cast<std::size_t>(t)];
      for (std::size_t i = people.size(); i > 1; --i) {  // Fisher-Yates, seeded
        std::swap(people[i - 1],
                  people[static_cast<std::size_t>(dice_.Between(0, static_cast<int>(i) - 1))]);
      }
      std::size_t next = 0;
      for (int u : teams_[static_cast<std::size_t>(t)].bench) {
        for (int k = 0; k < options_.per_user && next < people.size(); ++k) {
          open_keyworker[people[next++]] = u;
        }
      }
    }
    persons_.resize(static_cast<std::size_t>(options_.people));
    for (int p = 0; p < options_.people; ++p) {
      Person& person = persons_[static_cast<std::size_t>(p)];
      person.id = NewId(random_);
      person.team_id = teams_[static_cast<std::size_t>(p % team_count)].team.id;
      person.given_name = dice_.Pick(kGiven);
      person.family_name = dice_.Pick(kFamily);
      if (dice_.Chance(0.1)) person.preferred_name = person.given_name.substr(0, 3);
      person.date_of_birth =
          Date::FromDayNumber(today_.DayNumber() - dice_.Between(22 * 365, 88 * 365));
      char postcode[16];
      std::snprintf(postcode, sizeof postcode, "ML%d %d%c%c", dice_.Between(1, 5),
                    dice_.Between(1, 9), "ABDEFGHJLNPQRSTUWXYZ"[dice_.Between(0, 19)],
                    "ABDEFGHJLNPQRSTUWXYZ"[dice_.Between(0, 19)]);
      person.postcode = postcode;
      auto it = open_keyworker.find(p);
      PlanPerson(p, p % team_count,
                 it == open_keyworker.end() ? std::nullopt : std::optional(it->second));
    }
  }

  void PlanOtherIntroductions() {
    const int team_count = static_cast<int>(teams_.size());
    if (team_count == 0) return;
    // Introductions that ended without support: about one for every three
    // that led to it.
    const int closed = static_cast<int>(episodes_.size()) / 3;
    for (int i = 0; i < closed; ++i) {
      OtherIntroPlan o{.team = i % team_count, .intro_id = NewId(random_)};
      const Date received = window_start_.PlusDays(dice_.Between(0, kWindowDays - 30));
      o.received_at = At(received, dice_.Between(8, 19), dice_.Between(0, 59));
      const Date closed_on = received.PlusDays(dice_.Between(1, 20));
      if (dice_.Chance(0.6)) o.held_at = At(closed_on, 10, 0);
      o.closed_at = At(closed_on, 11, 0);
      AddOther(std::move(o));
    }
    // About twenty a team waiting for their initial conversation now.
    for (int t = 0; t < team_count; ++t) {
      for (int i = 0; i < 20; ++i) {
        OtherIntroPlan o{.team = t, .intro_id = NewId(random_)};
        const Date received = yesterday_.PlusDays(-dice_.Between(0, 24));
        o.received_at = At(received, dice_.Between(8, 19), dice_.Between(0, 59));
        if (dice_.Chance(0.35)) o.assigned = TeamMember(teams_[static_cast<std::size_t>(t)]);
        AddOther(std::move(o));
      }
    }
  }

  void AddOther(OtherIntroPlan o) {
    const int index = static_cast<int>(others_.size());
    events_.push_back({o.received_at, Ev::kOtherReceived, index, 0});
    if (o.assigned >= 0) {
      events_.push_back({o.received_at + std::chrono::hours(1), Ev::kOtherAssigned, index, 0});
    }
    if (o.closed_at) events_.push_back({*o.closed_at, Ev::kOtherClosed, index, 0});
    others_.push_back(std::move(o));
  }

  // --- Writing, in the order it happened.

  Status Write() {
    std::sort(events_.begin(), events_.end());
    intros_.resize(episodes_.size() + others_.size());
    episode_values_.resize(episodes_.size());
    concern_values_.resize(concerns_.size());
    decision_values_.resize(concerns_.size());
    person_episodes_.resize(persons_.size());
    for (std::size_t from = 0; from < events_.size(); from += kEventsPerTx) {
      const std::size_t to = std::min(events_.size(), from + kEventsPerTx);
      auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
        for (std::size_t i = from; i < to; ++i) {
          if (auto s = Apply(tx, events_[i]); !s) {
            std::string why = s.error().message;
            for (const FieldError& f : s.error().field_errors) {
              why += "; " + f.field + ": " + f.message;
            }
            return Fail(ErrorCode::kInternal,
                        "event " + std::to_string(i) + " (kind " +
                            std::to_string(static_cast<int>(events_[i].kind)) + "): " + why);
          }
        }
        return Ok();
      });
      if (!done) return done;
      std::fprintf(stderr, "team_seed: %zu of %zu events written\r", to, events_.size());
    }
    std::fprintf(stderr, "\n");
    return Ok();
  }

  Status Audit(StoreTx& tx, int user, Timestamp at, std::string_view action, std::string_view type,
               std::string_view id, std::string_view reason = {}) {
    auto a = tx.AppendAudit(MakeAuditEvent(Who(user), at, action, type, id, reason));
    if (!a) return Fail(a.error());
    ++audits_;
    return Ok();
  }

  const Actor& Who(int user) const { return users_[static_cast<std::size_t>(user)].actor; }
  static ChangeMeta By(const Actor& a, Timestamp at, std::string reason) {
    return ChangeMeta{.changed_by = a.user_id, .changed_at = at, .reason = std::move(reason)};
  }
  int FrontDoorUser() const {
    for (std::size_t i = 0; i < users_.size(); ++i) {
      if (users_[i].user.role == Role::kFrontDoor) return static_cast<int>(i);
    }
    return teams_.front().lead;
  }

  Status StoreIntro(StoreTx& tx, Introduction& next, int user, Timestamp at, std::string reason) {
    if (auto s = tx.UpdateIntroduction(next, By(Who(user), at, std::move(reason))); !s) return s;
    return Audit(tx, user, at, "introduction.update", "introduction", next.id);
  }

  Result<Introduction> NewIntroduction(const std::string& id, int team, IntroductionSource source,
                                       Timestamp at, const Person* person) {
    IntroductionDraft d;
    d.source = std::string(IntroductionSourceKey(source));
    d.received_at = at;
    d.given_name = person ? person->given_name : std::string(dice_.Pick(kGiven));
    d.family_name = person ? person->family_name : std::string(dice_.Pick(kFamily));
    const Date dob =
        person && person->date_of_birth
            ? *person->date_of_birth
            : Date::FromDayNumber(today_.DayNumber() - dice_.Between(22 * 365, 80 * 365));
    d.date_of_birth_day = std::to_string(dob.day());
    d.date_of_birth_month = std::to_string(dob.month());
    d.date_of_birth_year = std::to_string(dob.year());
    d.postcode = person ? person->postcode : "ML1 1AA";
    d.contact_methods = {"phone"};
    d.phone = "07700 900" + std::to_string(dice_.Between(100, 999));
    d.in_their_words = std::string(dice_.Pick(kWords));
    d.team_id = teams_[static_cast<std::size_t>(team)].team.id;
    if (source == IntroductionSource::kSelf) {
      d.privacy_agreed = true;
    } else {
      d.made_by_user_id = Who(FrontDoorUser()).user_id;
      if (source != IntroductionSource::kWalkIn && source != IntroductionSource::kPhone &&
          source != IntroductionSource::kComingBack) {
        d.introducer_name = "A. Referrer";
        d.introducer_organisation = "Millbrook services";
        if (source == IntroductionSource::kCarerOrFamily) {
          d.introducer_organisation.clear();
          d.introducer_relationship = "Sister";
          d.person_knows = true;
        }
      }
    }
    auto intro = ValidateNewIntroduction(d, FrontDoorPolicy{}, Date::InLondon(at));
    if (!intro) return intro;
    intro->id = id;
    intro->reference = FormatReference(random_.NextU64());
    return intro;
  }

  Status Apply(StoreTx& tx, const Event& ev) {
    const int front = FrontDoorUser();
    switch (ev.kind) {
      case Ev::kIntroReceived: {
        const EpisodePlan& e = episodes_[static_cast<std::size_t>(ev.index)];
        const Person& person = persons_[static_cast<std::size_t>(e.person)];
        auto intro = NewIntroduction(e.intro_id, e.team, e.source, ev.at, &person);
        if (!intro) return Fail(intro.error());
        if (auto s = tx.CreateIntroduction(*intro, By(Who(front), ev.at, "Received")); !s) return s;
        intros_[static_cast<std::size_t>(ev.index)] = std::move(*intro);
        return Audit(tx, front, ev.at, "introduction.create", "introduction", e.intro_id);
      }
      case Ev::kSupportBegins: {
        const EpisodePlan& e = episodes_[static_cast<std::size_t>(ev.index)];
        Person& person = persons_[static_cast<std::size_t>(e.person)];
        const int kw = e.keyworker;
        if (e.first) {
          person.version = 1;
          if (auto s = tx.CreatePerson(person, By(Who(kw), ev.at, "Initial conversation held"));
              !s) {
            return s;
          }
          if (auto s = Audit(tx, kw, ev.at, "person.create", "person", person.id); !s) return s;
        }
        Introduction& in = intros_[static_cast<std::size_t>(ev.index)];
        auto linked = LinkPerson(in, person.id);
        if (!linked) return Fail(linked.error());
        if (auto s = StoreIntro(tx, *linked, kw, ev.at, "Linked to their record"); !s) return s;
        auto held = RecordConversationHeld(
            *linked, {.held_at = ev.at,
                      .with_user_id = Who(kw).user_id,
                      .what_matters = "Getting back to the things I enjoy",
                      .whats_going_on = in.in_their_words,
                      .what_would_help = "Someone to talk to every week or two"});
        if (!held) return Fail(held.error());
        if (auto s = StoreIntro(tx, *held, kw, ev.at, "Initial conversation held"); !s) return s;
        auto closed = Close(*held, Ending::kSupportBegins, "", ev.at, FrontDoorPolicy{});
        if (!closed) return Fail(closed.error());
        if (auto s = StoreIntro(tx, *closed, kw, ev.at, "Living Well support begins"); !s) return s;
        in = std::move(*closed);

        std::vector<Episode> earlier;
        for (int i : person_episodes_[static_cast<std::size_t>(e.person)]) {
          earlier.push_back(*episode_values_[static_cast<std::size_t>(i)]);
        }
        auto episode =
            OpenEpisode(NewEpisode{.id = e.episode_id,
                                   .person_id = person.id,
                                   .team_id = teams_[static_cast<std::size_t>(e.team)].team.id,
                                   .introduction_id = e.intro_id,
                                   .keyworker_user_id = Who(kw).user_id,
                                   .started_on = e.started_on,
                                   .rhythm = rhythm_,
                                   .intensity = e.intensity},
                        earlier, e.started_on);
        if (!episode) return Fail(episode.error());
        const std::string reason = episode->ordinal == 1
                                       ? std::string("Opened")
                                       : "Came back: episode " + std::to_string(episode->ordinal);
        if (auto s = records::Create(tx, *episode, By(Who(kw), ev.at, reason)); !s) return s;
        episode_values_[static_cast<std::size_t>(ev.index)] = std::move(*episode);
        person_episodes_[static_cast<std::size_t>(e.person)].push_back(ev.index);
        return Audit(tx, kw, ev.at, "episode.open", "person", person.id, e.episode_id);
      }
      case Ev::kContact: {
        const ContactPlan& c = contacts_[static_cast<std::size_t>(ev.index)];
        const EpisodePlan& e = episodes_[static_cast<std::size_t>(c.episode)];
        const User& kw = users_[static_cast<std::size_t>(e.keyworker)].user;
        Contact draft{.occurred_at = c.at,
                      .duration_minutes = c.minutes,
                      .staff = {{.user_id = kw.id, .organisation_id = kw.organisation_id}},
                      .people = {{.person_id = persons_[static_cast<std::size_t>(e.person)].id,
                                  .episode_id = e.episode_id,
                                  .attendance = c.attendance}},
                      .mode = c.mode,
                      .place = c.place,
                      .note = std::string(kContactNotes[static_cast<std::size_t>(c.note)])};
        const Timestamp recorded = c.at + std::chrono::minutes(c.minutes + 30);
        auto contact = RecordContact(std::move(draft), recorded);
        if (!contact) return Fail(contact.error());
        contact->id = NewId(random_);
        if (auto s = records::Create(tx, *contact, By(Who(e.keyworker), recorded, "Recorded"));
            !s) {
          return s;
        }
        return Audit(tx, e.keyworker, recorded, "contact.record", "person",
                     persons_[static_cast<std::size_t>(e.person)].id, contact->id);
      }
      case Ev::kReview: {
        const EpisodePlan& e = episodes_[static_cast<std::size_t>(ev.index)];
        Episode& ep = *episode_values_[static_cast<std::size_t>(ev.index)];
        const Date on = Date::InLondon(ev.at);
        auto next = RecordReview(ep,
                                 {.on = on,
                                  .by_user_id = Who(e.keyworker).user_id,
                                  .note = "Reviewed together; carrying on with the plan."},
                                 on);
        if (!next) return Fail(next.error());
        return ChangeEpisode(tx, ev.index, std::move(*next), ev.at, "episode.review", "Review");
      }
      case Ev::kPlanEnding: {
        const EpisodePlan& e = episodes_[static_cast<std::size_t>(ev.index)];
        Episode& ep = *episode_values_[static_cast<std::size_t>(ev.index)];
        auto next = PlanEnding(ep, e.planned_end_on, Date::InLondon(ev.at));
        if (!next) return Fail(next.error());
        return ChangeEpisode(tx, ev.index, std::move(*next), ev.at, "episode.plan_ending",
                             "Ending planned");
      }
      case Ev::kEpisodeEnd: {
        const EpisodePlan& e = episodes_[static_cast<std::size_t>(ev.index)];
        Episode& ep = *episode_values_[static_cast<std::size_t>(ev.index)];
        EpisodeEnd end{.reason = e.ending,
                       .ended_on = *e.ended_on,
                       .ended_by_user_id = Who(e.keyworker).user_id};
        if (e.ending == EpisodeEnding::kMovingOn) {
          end.moving_on_to = std::string(dice_.Pick(kMovingOn));
        }
        if (e.ending == EpisodeEnding::kOther) end.other_reason = "Went into hospital";
        if (e.ending == EpisodeEnding::kGoalsMet || e.ending == EpisodeEnding::kCompleted) {
          end.persons_words = "I know what helps now, and who to call.";
        }
        auto next = EndEpisode(ep, std::move(end), *e.ended_on);
        if (!next) return Fail(next.error());
        return ChangeEpisode(tx, ev.index, std::move(*next), ev.at, "episode.end", "Ended");
      }
      case Ev::kConcernRaised: {
        ConcernPlan& c = concerns_[static_cast<std::size_t>(ev.index)];
        const EpisodePlan& e = episodes_[static_cast<std::size_t>(c.episode)];
        const User& by = users_[static_cast<std::size_t>(c.raised_by)].user;
        auto concern =
            RaiseConcern({.team_id = teams_[static_cast<std::size_t>(e.team)].team.id,
                          .person_id = persons_[static_cast<std::size_t>(e.person)].id,
                          .raised_by_user_id = by.id,
                          .raised_by_role = by.role,
                          .raised_at = ev.at,
                          .text = std::string(kConcernText[static_cast<std::size_t>(c.text)])});
        if (!concern) return Fail(concern.error());
        concern->id = c.concern_id;
        if (auto s = records::Create(tx, *concern, By(Who(c.raised_by), ev.at, "Raised")); !s) {
          return s;
        }
        concern_values_[static_cast<std::size_t>(ev.index)] = std::move(*concern);
        return Audit(tx, c.raised_by, ev.at, "concern.raise", "person",
                     persons_[static_cast<std::size_t>(e.person)].id, c.concern_id);
      }
      case Ev::kConcernResolved: {
        const ConcernPlan& c = concerns_[static_cast<std::size_t>(ev.index)];
        const EpisodePlan& e = episodes_[static_cast<std::size_t>(c.episode)];
        Concern& current = *concern_values_[static_cast<std::size_t>(ev.index)];
        auto next = ResolveConcern(current, {.at = ev.at,
                                             .by_user_id = Who(e.keyworker).user_id,
                                             .how = "Spoke with them; things are steadier."});
        if (!next) return Fail(next.error());
        if (auto s = records::Update(tx, *next, By(Who(e.keyworker), ev.at, "Resolved")); !s) {
          return s;
        }
        current = std::move(*next);
        return Audit(tx, e.keyworker, ev.at, "concern.resolve", "person",
                     persons_[static_cast<std::size_t>(e.person)].id, c.concern_id);
      }
      case Ev::kDecision: {
        const ConcernPlan& c = concerns_[static_cast<std::size_t>(ev.index)];
        const EpisodePlan& e = episodes_[static_cast<std::size_t>(c.episode)];
        const TeamInfo& team = teams_[static_cast<std::size_t>(e.team)];
        // The lead, the keyworker and someone else from the team.
        std::vector<std::string> present;
        auto add = [&](int user) {
          const std::string& id = Who(user).user_id;
          if (std::ranges::find(present, id) == present.end()) present.push_back(id);
        };
        add(team.lead);
        add(e.keyworker);
        for (int m : team.members) {
          if (present.size() >= 3) break;
          if (dice_.Chance(0.3)) add(m);
        }
        for (int m : team.members) {
          if (present.size() >= 2) break;
          add(m);
        }
        auto decision =
            RecordTeamDecision({.team_id = team.team.id,
                                .huddle_on = *c.huddle_on,
                                .about = {DecisionSubjectKind::kConcern, c.concern_id},
                                .person_id = persons_[static_cast<std::size_t>(e.person)].id,
                                .what = "Keyworker to ring today and offer a visit this week",
                                .who_does_it = Who(e.keyworker).user_id,
                                .by_when = c.by_when,
                                .present = std::move(present),
                                .recorded_by = Who(team.lead).user_id,
                                .recorded_at = ev.at});
        if (!decision) return Fail(decision.error());
        decision->id = c.decision_id;
        if (auto s =
                records::Create(tx, *decision, By(Who(team.lead), ev.at, "Recorded at the huddle"));
            !s) {
          return s;
        }
        decision_values_[static_cast<std::size_t>(ev.index)] = std::move(*decision);
        ++decisions_;
        return Audit(tx, team.lead, ev.at, "decision.record", "person",
                     persons_[static_cast<std::size_t>(e.person)].id, c.decision_id);
      }
      case Ev::kDecisionDone: {
        const ConcernPlan& c = concerns_[static_cast<std::size_t>(ev.index)];
        const EpisodePlan& e = episodes_[static_cast<std::size_t>(c.episode)];
        TeamDecision& current = *decision_values_[static_cast<std::size_t>(ev.index)];
        auto next = MarkDone(current, {.on = *c.done_on,
                                       .by_user_id = Who(e.keyworker).user_id,
                                       .outcome = "Rang and visited; safety plan updated."});
        if (!next) return Fail(next.error());
        if (auto s = records::Update(tx, *next, By(Who(e.keyworker), ev.at, "decision.done")); !s) {
          return s;
        }
        current = std::move(*next);
        return Audit(tx, e.keyworker, ev.at, "decision.done", "person",
                     persons_[static_cast<std::size_t>(e.person)].id, c.decision_id);
      }
      case Ev::kOtherReceived: {
        const OtherIntroPlan& o = others_[static_cast<std::size_t>(ev.index)];
        const IntroductionSource source =
            kAllIntroductionSources[static_cast<std::size_t>(dice_.Between(0, 8))];
        auto intro = NewIntroduction(o.intro_id, o.team, source, ev.at, nullptr);
        if (!intro) return Fail(intro.error());
        if (auto s = tx.CreateIntroduction(*intro, By(Who(front), ev.at, "Received")); !s) return s;
        intros_[episodes_.size() + static_cast<std::size_t>(ev.index)] = std::move(*intro);
        return Audit(tx, front, ev.at, "introduction.create", "introduction", o.intro_id);
      }
      case Ev::kOtherAssigned: {
        const OtherIntroPlan& o = others_[static_cast<std::size_t>(ev.index)];
        Introduction& in = intros_[episodes_.size() + static_cast<std::size_t>(ev.index)];
        auto next = AssignWorker(in, Who(o.assigned).user_id);
        if (!next) return Fail(next.error());
        if (auto s = StoreIntro(tx, *next, front, ev.at, "Assigned"); !s) return s;
        in = std::move(*next);
        return Ok();
      }
      case Ev::kOtherClosed: {
        const OtherIntroPlan& o = others_[static_cast<std::size_t>(ev.index)];
        Introduction& in = intros_[episodes_.size() + static_cast<std::size_t>(ev.index)];
        const int worker = TeamMember(teams_[static_cast<std::size_t>(o.team)]);
        if (o.held_at) {
          auto held =
              RecordConversationHeld(in, {.held_at = *o.held_at,
                                          .with_user_id = Who(worker).user_id,
                                          .what_matters = "Knowing what is on near me",
                                          .what_would_help = "Information about local groups"});
          if (!held) return Fail(held.error());
          if (auto s = StoreIntro(tx, *held, worker, ev.at, "Initial conversation held"); !s) {
            return s;
          }
          in = std::move(*held);
        }
        auto closed = Close(in, o.held_at ? Ending::kInformationGiven : Ending::kChoseNotToGoAhead,
                            o.held_at ? "The walking group and the community garden" : "", ev.at,
                            FrontDoorPolicy{});
        if (!closed) return Fail(closed.error());
        if (auto s = StoreIntro(tx, *closed, worker, ev.at, "Closed"); !s) return s;
        in = std::move(*closed);
        return Ok();
      }
    }
    return Ok();
  }

  Status ChangeEpisode(StoreTx& tx, int index, Episode next, Timestamp at, std::string_view action,
                       std::string reason) {
    const EpisodePlan& e = episodes_[static_cast<std::size_t>(index)];
    if (auto s = records::Update(tx, next, By(Who(e.keyworker), at, std::move(reason))); !s) {
      return s;
    }
    episode_values_[static_cast<std::size_t>(index)] = std::move(next);
    return Audit(tx, e.keyworker, at, action, "person",
                 persons_[static_cast<std::size_t>(e.person)].id, e.episode_id);
  }

  Store& store_;
  const Options& options_;
  Random& random_;
  Dice dice_;
  SystemClock system_clock_;
  const Timestamp now_;
  const Date today_;
  const Date yesterday_;
  const Date window_start_;
  const SupportRhythm rhythm_;

  std::vector<TeamInfo> teams_;
  std::vector<UserInfo> users_;
  std::vector<Person> persons_;
  std::vector<EpisodePlan> episodes_;
  std::vector<ContactPlan> contacts_;
  std::vector<ConcernPlan> concerns_;
  std::vector<OtherIntroPlan> others_;
  std::vector<Event> events_;
  int open_episodes_ = 0;

  // What is stored so far, for the next version of each.
  std::vector<Introduction> intros_;  // episodes' first, then others_
  std::vector<std::optional<Episode>> episode_values_;
  std::vector<std::optional<Concern>> concern_values_;
  std::vector<std::optional<TeamDecision>> decision_values_;
  std::vector<std::vector<int>> person_episodes_;
  int decisions_ = 0;
  long long audits_ = 0;
};

int Usage(const char* why) {
  std::fprintf(stderr,
               "team_seed: %s\nusage: team_seed --data DIR [--people N] [--users N] "
               "[--per-user N] [--seed N]\n",
               why);
  return 2;
}

}  // namespace
}  // namespace lw

int main(int argc, char** argv) {
  lw::Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) return lw::Usage("every option takes a value");
    const char* value = argv[++i];
    char* end = nullptr;
    const long long n = std::strtoll(value, &end, 10);
    const bool number = end != value && *end == '\0' && n > 0;
    if (arg == "--data") {
      options.data = value;
    } else if (arg == "--people" && number && n <= 1'000'000) {
      options.people = static_cast<int>(n);
    } else if (arg == "--users" && number && n <= 64 && n % 2 == 0) {
      options.users = static_cast<int>(n);
    } else if (arg == "--per-user" && number && n <= 1000) {
      options.per_user = static_cast<int>(n);
    } else if (arg == "--seed" && number) {
      options.seed = static_cast<std::uint64_t>(n);
    } else {
      return lw::Usage(("bad option or value: " + std::string(arg) + " " + value).c_str());
    }
  }
  if (options.data.empty()) return lw::Usage("--data is required");
  if (static_cast<long long>(options.users) * options.per_user > options.people / 2) {
    return lw::Usage("users x per-user must be at most half the people");
  }
  const auto started = std::chrono::steady_clock::now();
  lw::Config config;
  config.data = options.data;
  auto store = lw::OpenStore(config);
  if (!store) {
    std::fprintf(stderr, "team_seed: %s\n", store.error().message.c_str());
    return 1;
  }
  lw::SystemClock clock;
  lw::SeededRandom random(options.seed);
  auto demo = lw::LoadDemoData(**store, clock, random, lw::PasswordHashOptions{});
  if (!demo) {
    std::fprintf(stderr, "team_seed: demo: %s\n", demo.error().message.c_str());
    return 1;
  }
  lw::Seeder seeder(**store, options, random, clock.Now());
  if (auto s = seeder.Run(); !s) {
    std::fprintf(stderr, "team_seed: %s\n", s.error().message.c_str());
    return 1;
  }
  seeder.PrintSummary(
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  return 0;
}

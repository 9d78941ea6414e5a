#include "services/synth_load.h"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/synth/records.h"
#include "services/audit_events.h"
#include "storage/records/directory_records.h"
#include "storage/records/network_records.h"
#include "storage/records/progress_records.h"
#include "storage/records/team_records.h"

namespace lw {
namespace {

using namespace lw::synth;

constexpr std::size_t kRecordsPerTransaction = 20'000;

struct PendingRecord {
  StoredRecord record;
  ChangeMeta change;
};

class StoreSink final : public SynthSink {
 public:
  StoreSink(Store& store, const Instrument& reqol10, const Instrument& experience,
            std::string sign_in_hash)
      : store_(store),
        reqol10_(reqol10),
        experience_(experience),
        sign_in_hash_(std::move(sign_in_hash)) {}

  const std::vector<DemoSignIn>& sign_ins() const { return sign_ins_; }

  Status status() const { return status_; }
  long long records() const { return records_; }
  long long transactions() const { return transactions_; }

  // Writes what is still pending; call once generation is over. With a
  // sign-in password, the first team's keyworker with the most open
  // episodes becomes "synthetic.practitioner", so the caseload shows work.
  Status Finish() {
    FlushGoals();
    Flush();
    if (!status_ || sign_in_hash_.empty() || open_by_keyworker_.empty()) return status_;
    const auto busiest = static_cast<std::uint32_t>(
        std::max_element(open_by_keyworker_.begin(), open_by_keyworker_.end()) -
        open_by_keyworker_.begin());
    std::string name;
    status_ = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      auto user = tx.GetUser(UserId(0, busiest));
      if (!user) return std::unexpected(user.error());
      if (!*user) return Fail(ErrorCode::kInternal, "the busiest keyworker has no account");
      User u = **user;
      u.username = "synthetic.practitioner";
      u.password_hash = sign_in_hash_;
      name = u.display_name;
      return tx.UpdateUser(u);
    });
    if (status_) sign_ins_.push_back(DemoSignIn{"synthetic.practitioner", "Practitioner", name});
    return status_;
  }

  void Add(const LocalityRow& r) override {
    if (!status_) return;
    locality_ = r;
    people_.clear();
    episodes_of_.clear();
    staff_.clear();
    services_.clear();
    organisation_names_.clear();
    first_keyworker_.clear();
    neighbourhood_team_.clear();
    // Twelve-week localities review at six weeks and at twelve; open-ended
    // ones every twelve weeks.
    rhythm_ = r.open_ended_episodes ? SupportRhythm{12, std::nullopt, std::nullopt}
                                    : SupportRhythm{6, 12, std::nullopt};
    localities_.push_back(ToLocality(r));
    Count();
    for (Organisation& o : OrganisationsOf(r)) {
      organisations_.push_back(std::move(o));
      Count();
    }
  }
  void Add(const NeighbourhoodRow& r) override {
    if (!status_) return;
    if (neighbourhood_team_.size() <= static_cast<std::size_t>(r.neighbourhood)) {
      neighbourhood_team_.resize(static_cast<std::size_t>(r.neighbourhood) + 1, 0);
    }
    neighbourhood_team_[static_cast<std::size_t>(r.neighbourhood)] = r.team;
    neighbourhoods_.push_back(ToNeighbourhood(r));
    Count();
  }
  void Add(const TeamRow& r) override {
    if (!status_) return;
    teams_.push_back(ToTeam(r, locality_.name));
    Count();
  }
  void Add(const StaffRow& r) override {
    if (!status_) return;
    if (staff_.size() <= r.staff) staff_.resize(r.staff + 1U);
    staff_[r.staff] = r;
    if (r.keyworker) {
      if (first_keyworker_.size() <= static_cast<std::size_t>(r.team)) {
        first_keyworker_.resize(static_cast<std::size_t>(r.team) + 1U);
      }
      if (first_keyworker_[static_cast<std::size_t>(r.team)].empty()) {
        first_keyworker_[static_cast<std::size_t>(r.team)] = UserId(r.locality, r.staff);
      }
    }
    const Timestamp created = AtMinute(*Date::FromYmd(2020, 1, 6), 9 * 60);
    User user = ToUser(r, created);
    // The sign-ins for seeing the team at work: the first locality's first
    // team's operational manager and first keyworker.
    if (!sign_in_hash_.empty() && r.locality == 0 && r.team == 0 &&
        r.profession == Profession::kOperationalManager) {
      user.username = "synthetic.lead";
      user.password_hash = sign_in_hash_;
      sign_ins_.push_back(DemoSignIn{user.username, "Team lead", user.display_name});
    }
    users_.push_back(std::move(user));
    Count();
    Record(records::internal::ToStored(ToStaffPost(r)),
           ChangeMeta{UserId(r.locality, r.staff), created, "Synthetic data: staff post"});
  }
  void Add(const ServiceRow& r) override {
    if (!status_) return;
    services_.push_back(r);
    const ChangeMeta change{Worker(0), AtMinute(*Date::FromYmd(2020, 1, 6), 10 * 60),
                            "Synthetic data: directory"};
    if (std::find(organisation_names_.begin(), organisation_names_.end(), r.organisation) ==
        organisation_names_.end()) {
      organisation_names_.push_back(r.organisation);
      Record(records::internal::ToStored(ToDirectoryOrganisation(r.locality, r.organisation)),
             change);
    }
    Record(records::internal::ToStored(ToDirectoryService(r)), change);
  }
  void Add(const PersonRow& r) override {
    if (!status_) return;
    const std::string team = TeamId(r.locality, TeamOf(r.neighbourhood));
    Person p = ToPerson(r, team);
    if (people_.size() <= r.person) people_.resize(r.person + 1U);
    people_[r.person] = p;
    const ChangeMeta change{Worker(TeamOf(r.neighbourhood)), AtMinute(r.first_introduced, 12 * 60),
                            "Synthetic data: initial conversation held"};
    Record(records::internal::ToStored(ToPersonDetails(r)), change);
    persons_.emplace_back(std::move(p), change);
    Count();
  }
  void Add(const IntroductionRow& r) override {
    if (!status_) return;
    last_introduction_ = r;
    Introduction i = ToIntroduction(r, people_[r.person], Worker(r.team));
    const ChangeMeta change{i.assigned_user_id, i.closed_at.value_or(i.received_at),
                            "Synthetic data: introduction"};
    introductions_.emplace_back(std::move(i), change);
    Count();
  }
  void Add(const EpisodeRow& r) override {
    if (!status_) return;
    FlushGoals();
    last_episode_ = r;
    if (episodes_of_.size() <= r.person) episodes_of_.resize(r.person + 1U, 0);
    const int ordinal = ++episodes_of_[r.person];
    const Episode e = ToEpisode(r, ordinal, rhythm_);
    if (r.locality == 0 && r.team == 0 && !r.ended) {
      if (open_by_keyworker_.size() <= r.keyworker) open_by_keyworker_.resize(r.keyworker + 1U, 0);
      ++open_by_keyworker_[r.keyworker];
    }
    Record(records::internal::ToStored(e),
           ChangeMeta{e.keyworker_user_id, AtMinute(r.ended.value_or(r.started), 17 * 60),
                      "Synthetic data: episode of support"});
  }
  void Add(const ContactRow& r) override {
    if (!status_) return;
    const Contact c = ToContact(r, OrganisationOf(r.staff));
    Record(records::internal::ToStored(c),
           ChangeMeta{c.staff.front().user_id, c.occurred_at + std::chrono::hours(1),
                      "Synthetic data: contact"});
  }
  void Add(const QuestionnaireRow& r) override {
    if (!status_) return;
    const Occasion occasion = r.response == 0                                 ? Occasion::kBaseline
                              : last_episode_ && last_episode_->ended == r.on ? Occasion::kEnd
                                                                              : Occasion::kReview;
    auto response = ToReqolResponse(r, occasion, TeamId(r.locality, EpisodeTeam()), reqol10_);
    if (!response) {
      status_ = std::unexpected(response.error());
      return;
    }
    Record(records::internal::ToStored(*response),
           ChangeMeta{Keyworker(), response->recorded_at, "Synthetic data: ReQoL-10"});
  }
  void Add(const GoalRatingRow& r) override {
    if (!status_) return;
    goal_rows_.push_back(r);
  }
  void Add(const WheelRow& r) override {
    if (!status_) return;
    const WheelCheckIn w = ToWheelCheckIn(r, TeamId(r.locality, EpisodeTeam()));
    Record(records::internal::ToStored(w),
           ChangeMeta{Keyworker(), AtMinute(r.on, 10 * 60 + 30), "Synthetic data: Wheel of Life"});
  }
  void Add(const WarmRow& r) override {
    if (!status_) return;
    const bool from_front_door = r.warm == 0;
    const int team = from_front_door ? last_introduction_->team : EpisodeTeam();
    const std::string made_by = from_front_door ? Worker(team) : Keyworker();
    WarmIntroduction w = ToWarmIntroduction(
        r, TeamId(r.locality, team), from_front_door ? "" : EpisodeId(r.locality, r.introduction),
        services_[r.service], made_by);
    w.version = 1;  // stored once, as it stands at the window's end
    Record(records::internal::ToStored(w),
           ChangeMeta{made_by, AtMinute(r.closed.value_or(r.made), 15 * 60),
                      "Synthetic data: warm introduction"});
  }
  void Add(const ExperienceRow& r) override {
    if (!status_) return;
    auto response = ToExperienceResponse(r, TeamId(r.locality, EpisodeTeam()), experience_);
    if (!response) {
      status_ = std::unexpected(response.error());
      return;
    }
    Record(records::internal::ToStored(*response),
           ChangeMeta{Keyworker(), response->recorded_at, "Synthetic data: experience"});
  }

 private:
  int TeamOf(int neighbourhood) const {
    return neighbourhood_team_[static_cast<std::size_t>(neighbourhood)];
  }
  int EpisodeTeam() const { return last_episode_ ? last_episode_->team : 0; }
  std::string Keyworker() const {
    return last_episode_ ? UserId(last_episode_->locality, last_episode_->keyworker) : Worker(0);
  }
  // Who holds the front door for a team: its first keyworker.
  std::string Worker(int team) const {
    if (static_cast<std::size_t>(team) < first_keyworker_.size()) {
      return first_keyworker_[static_cast<std::size_t>(team)];
    }
    return first_keyworker_.empty() ? std::string() : first_keyworker_.front();
  }
  std::string OrganisationOf(std::uint32_t staff) const {
    return OrganisationId(locality_.locality, staff_[staff].employer == OrganisationKind::kVoluntary
                                                  ? OrganisationKind::kVoluntary
                                                  : OrganisationKind::kNhsTrust);
  }

  // The goal rows of one episode come together: one Goal per goal number.
  void FlushGoals() {
    if (goal_rows_.empty()) return;
    for (int goal = 1; goal <= 3; ++goal) {
      std::vector<GoalRatingRow> ratings;
      for (const GoalRatingRow& row : goal_rows_) {
        if (row.goal == goal) ratings.push_back(row);
      }
      if (ratings.empty()) continue;
      const Goal g = ToGoal(ratings, TeamId(ratings.front().locality, EpisodeTeam()));
      Record(records::internal::ToStored(g),
             ChangeMeta{Keyworker(), AtMinute(ratings.back().on, 10 * 60 + 15),
                        "Synthetic data: goal"});
    }
    goal_rows_.clear();
  }

  void Record(StoredRecord record, ChangeMeta change) {
    records_pending_.push_back(PendingRecord{std::move(record), std::move(change)});
    Count();
  }
  void Count() {
    if (++pending_ >= kRecordsPerTransaction) Flush();
  }

  void Flush() {
    if (!status_ || pending_ == 0) return;
    status_ = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      for (const Locality& l : localities_) {
        if (auto s = tx.PutLocality(l); !s) return s;
      }
      for (const Neighbourhood& n : neighbourhoods_) {
        if (auto s = tx.PutNeighbourhood(n); !s) return s;
      }
      for (const Organisation& o : organisations_) {
        if (auto s = tx.PutOrganisation(o); !s) return s;
      }
      for (const Team& t : teams_) {
        if (auto s = tx.PutTeam(t); !s) return s;
      }
      for (const User& u : users_) {
        if (auto s = tx.CreateUser(u); !s) return s;
      }
      for (const auto& [person, change] : persons_) {
        if (auto s = tx.CreatePerson(person, change); !s) return s;
      }
      for (const auto& [intro, change] : introductions_) {
        if (auto s = tx.CreateIntroduction(intro, change); !s) return s;
      }
      for (const PendingRecord& r : records_pending_) {
        if (auto s = tx.CreateRecord(r.record, r.change); !s) return s;
      }
      return Ok();
    });
    if (!status_) {
      status_ = Fail(status_.error().code, "after " + std::to_string(records_) +
                                               " records were stored: " + status_.error().message);
      return;
    }
    records_ += static_cast<long long>(pending_);
    ++transactions_;
    pending_ = 0;
    localities_.clear();
    neighbourhoods_.clear();
    organisations_.clear();
    teams_.clear();
    users_.clear();
    persons_.clear();
    introductions_.clear();
    records_pending_.clear();
  }

  Store& store_;
  const Instrument& reqol10_;
  const Instrument& experience_;
  std::string sign_in_hash_;
  std::vector<DemoSignIn> sign_ins_;
  Status status_ = Ok();
  long long records_ = 0;
  long long transactions_ = 0;
  std::size_t pending_ = 0;

  // The locality being generated.
  LocalityRow locality_;
  SupportRhythm rhythm_;
  std::vector<int> neighbourhood_team_;
  std::vector<std::string> first_keyworker_;  // by team
  std::vector<StaffRow> staff_;
  std::vector<ServiceRow> services_;
  std::vector<std::string> organisation_names_;  // directory organisations stored
  std::vector<Person> people_;                   // by person number
  std::vector<int> episodes_of_;                 // by person number
  std::vector<int> open_by_keyworker_;           // the first team's open episodes, by staff number
  std::optional<IntroductionRow> last_introduction_;
  std::optional<EpisodeRow> last_episode_;
  std::vector<GoalRatingRow> goal_rows_;  // of the current episode

  // Waiting for the next transaction.
  std::vector<Locality> localities_;
  std::vector<Neighbourhood> neighbourhoods_;
  std::vector<Organisation> organisations_;
  std::vector<Team> teams_;
  std::vector<User> users_;
  std::vector<std::pair<Person, ChangeMeta>> persons_;
  std::vector<std::pair<Introduction, ChangeMeta>> introductions_;
  std::vector<PendingRecord> records_pending_;
};

const Instrument* Find(std::span<const Instrument> instruments, std::string_view id) {
  for (const Instrument& i : instruments) {
    if (i.id() == id) return &i;
  }
  return nullptr;
}

}  // namespace

Result<SynthLoadResult> LoadSynthSystem(Store& store, const SystemSpec& spec,
                                        std::span<const Instrument> instruments, const Clock& clock,
                                        const SynthLoadOptions& options) {
  if (auto v = ValidateSpec(spec); !v) return std::unexpected(v.error());
  const Instrument* reqol10 = Find(instruments, "reqol-10");
  const Instrument* experience = Find(instruments, "experience");
  if (reqol10 == nullptr || experience == nullptr) {
    return Fail(ErrorCode::kFailedPrecondition,
                "the questionnaires reqol-10 and experience must be loaded to store a synthetic "
                "system");
  }
  // Refuse a store that already holds one (its first account is there).
  Status taken = Ok();
  auto checked = store.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto user = tx.GetUser(UserId(0, 0));
    if (!user) return std::unexpected(user.error());
    if (*user) {
      taken = Fail(ErrorCode::kAlreadyExists, "the store already holds a synthetic system");
    }
    return Ok();
  });
  if (!checked) return std::unexpected(checked.error());
  if (!taken) return std::unexpected(taken.error());

  std::string hash;
  if (!options.sign_in_password.empty()) {
    if (options.hashing == nullptr) {
      return Fail(ErrorCode::kInvalidArgument, "a sign-in password needs its hashing settings");
    }
    auto hashed = HashPassword(options.sign_in_password, *options.hashing);
    if (!hashed) return std::unexpected(hashed.error());
    hash = *std::move(hashed);
  }
  // The store builds its secondary indexes once, after the rows are in
  // (Store::StartBulkLoad): at the national scale that halves the load.
  if (auto started = store.StartBulkLoad(); !started) return std::unexpected(started.error());
  StoreSink sink(store, *reqol10, *experience, std::move(hash));
  SynthLoadResult result;
  result.truth = GenerateSystem(spec, sink);
  const Status done = sink.Finish();
  // Built again whether or not every record got in.
  const Status indexed = store.FinishBulkLoad();
  if (!done) return std::unexpected(done.error());
  if (!indexed) return std::unexpected(indexed.error());
  auto audited = store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto a = tx.AppendAudit(MakeAuditEvent(
        SystemActor("generate"), clock.Now(), "synthetic.load", "system", "synthetic",
        "scale " + std::string(ScaleKey(spec.scale)) + ", seed " + std::to_string(spec.seed) +
            ", " + std::to_string(sink.records()) + " records"));
    if (!a) return std::unexpected(a.error());
    return Ok();
  });
  if (!audited) return std::unexpected(audited.error());
  result.records = sink.records();
  result.transactions = sink.transactions();
  result.sign_ins = sink.sign_ins();
  return result;
}

}  // namespace lw

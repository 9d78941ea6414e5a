// MemoryTx: one transaction over a MemoryStore's state. Introductions and
// submission keys are in memory_tx_introductions.cc.
//
// Owned by MemoryStore::Transact for the length of `fn`, on the thread
// running it, while the store's lock is held (shared for kRead, exclusive
// for kWrite). Every change is applied to the state at once and an undo
// step is recorded; `Rollback` runs the undo steps newest first, restoring
// the state exactly. A call that fails changes nothing (checks come before
// changes), so `fn` may carry on after a failure it expected.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ports/store.h"
#include "storage/memory/memory_state.h"

namespace lw {

class MemoryTx final : public StoreTx {
 public:
  MemoryTx(MemoryStore::State& state, TxMode mode) : s_(state), mode_(mode) {}

  // Set by the first write refused for a key taken or a reference missing:
  // the transaction is over and must roll back (store.h).
  const std::optional<Error>& broken() const { return broken_; }
  MemoryTx(const MemoryTx&) = delete;
  MemoryTx& operator=(const MemoryTx&) = delete;

  // Undoes every change made through this transaction.
  void Rollback();
  // Whether a call changed data that DataGeneration counts.
  bool data_changed() const { return data_changed_; }

  Status PutLocality(const Locality& locality) override;
  Result<std::vector<Locality>> ListLocalities() override;
  Status PutNeighbourhood(const Neighbourhood& neighbourhood) override;
  Result<std::vector<Neighbourhood>> ListNeighbourhoods(std::string_view locality_id) override;
  Status PutOrganisation(const Organisation& organisation) override;
  Result<std::optional<Organisation>> GetOrganisation(std::string_view id) override;
  Result<std::vector<Organisation>> ListOrganisations() override;
  Status PutTeam(const Team& team) override;
  Result<std::optional<Team>> GetTeam(std::string_view id) override;
  Result<std::vector<Team>> ListTeams() override;

  Status CreateUser(const User& user) override;
  Status UpdateUser(const User& user) override;
  Result<std::optional<User>> GetUser(std::string_view id) override;
  Result<std::optional<User>> FindUserByUsername(std::string_view username) override;
  Result<std::vector<User>> ListUsers() override;
  Result<std::int64_t> CountUsers() override;

  Status CreateSession(const Session& session) override;
  Result<std::optional<Session>> FindSession(std::string_view token_hash) override;
  Result<std::optional<SessionWithUser>> FindSessionWithUser(std::string_view token_hash) override;
  Status TouchSession(std::string_view token_hash, Timestamp last_seen_at) override;
  Status DeleteSession(std::string_view token_hash) override;
  Result<std::int64_t> DeleteExpiredSessions(Timestamp idle_cutoff,
                                             Timestamp absolute_cutoff) override;
  Status CreateApiToken(const ApiToken& token) override;
  Result<std::optional<ApiToken>> FindApiToken(std::string_view token_hash) override;

  Result<int> RecordSignInFailure(std::string_view key, Timestamp now, Micros window) override;
  Result<int> SignInFailures(std::string_view key, Timestamp now, Micros window) override;
  Status ClearSignInFailures(std::string_view key) override;

  Status CreatePerson(const Person& person, const ChangeMeta& change) override;
  Status UpdatePerson(const Person& person, const ChangeMeta& change) override;
  Result<std::optional<Person>> GetPerson(std::string_view id) override;
  Result<std::vector<Person>> GetPeople(const std::vector<std::string>& ids) override;
  Result<std::vector<PersonVersion>> ListPersonVersions(std::string_view id) override;
  Result<std::vector<Person>> ListPeople(const PersonFilter& filter) override;
  Result<std::int64_t> CountPeople(std::string_view team_id) override;

  Status CreateIntroduction(const Introduction& intro, const ChangeMeta& change) override;
  Status UpdateIntroduction(const Introduction& next, const ChangeMeta& change) override;
  Result<std::optional<Introduction>> GetIntroduction(std::string_view id) override;
  Result<std::optional<Introduction>> FindIntroductionByReference(
      std::string_view reference) override;
  Result<std::vector<IntroductionVersion>> ListIntroductionVersions(std::string_view id) override;
  Result<std::vector<Introduction>> ListIntroductions(const IntroductionFilter& filter) override;
  Result<IntroductionCounts> CountIntroductions(const IntroductionFilter& filter,
                                                Timestamp waiting_since) override;

  Status CreateRecord(const StoredRecord& record, const ChangeMeta& change) override;
  Status UpdateRecord(const StoredRecord& next, const ChangeMeta& change) override;
  Result<std::optional<StoredRecord>> GetRecord(RecordKind kind, std::string_view id) override;
  Result<std::vector<StoredRecordVersion>> ListRecordVersions(RecordKind kind,
                                                              std::string_view id) override;
  Result<std::vector<StoredRecord>> ListRecords(const RecordFilter& filter) override;
  Result<std::vector<std::pair<std::string, std::int64_t>>> LatestFlagged(
      RecordKind kind, const std::vector<std::string>& person_ids) override;

  Status PutPostcodes(const std::vector<PostcodePoint>& points) override;
  Result<std::optional<PostcodePoint>> FindPostcode(std::string_view postcode) override;
  Result<std::int64_t> CountPostcodes() override;
  Status RecordSubmission(std::string_view key, std::string_view introduction_id,
                          Timestamp at) override;
  Result<std::optional<std::string>> FindSubmission(std::string_view key) override;
  Result<std::int64_t> DeleteSubmissionsBefore(Timestamp before) override;

  Result<int> CountInWindow(std::string_view key, Timestamp now, Micros window) override;
  Result<std::int64_t> DeleteWindowsBefore(Timestamp before) override;

  Result<AuditEntry> AppendAudit(const AuditEvent& event) override;
  Result<std::vector<AuditEntry>> ReadAudit(std::int64_t from_seq, int limit) override;
  Result<std::vector<AuditEntry>> AuditForRecord(std::string_view record_type,
                                                 std::string_view record_id) override;

  Status RecordJobRun(const JobRun& run) override;
  Result<std::optional<JobRun>> FindJobRun(std::string_view job, Timestamp slot) override;
  Result<std::vector<JobRun>> ListJobRuns(std::string_view job, int limit) override;
  std::optional<std::uint64_t> DataGeneration() const override;

 private:
  Status IntroductionReferencesExist(const Introduction& in) const;
  // The current versions of the introductions `filter` matches, unordered.
  std::vector<const Introduction*> MatchingIntroductions(const IntroductionFilter& filter) const;
  // Counts one event for `key` in a fixed window of `table`.
  int CountWindow(Table<FixedWindow>& table, std::string_view key, Timestamp now, Micros window);
  // Records `refusal` as the end of the transaction, and returns it.
  std::unexpected<Error> Ends(std::unexpected<Error> refusal);
  // kInternal unless this is a kWrite transaction.
  Status Writable(std::string_view call) const;
  // Writable, for a change that DataGeneration counts.
  Status WritableData(std::string_view call);
  // Records how to put `table[key]` back as it is now (or absent).
  template <typename V>
  void Remember(Table<V>& table, std::string_view key) {
    auto it = table.find(key);
    if (it == table.end()) {
      undo_.push_back([&table, k = std::string(key)] { table.erase(k); });
    } else {
      undo_.push_back(
          [&table, k = std::string(key), old = it->second] { table.insert_or_assign(k, old); });
    }
  }
  Status UserReferencesExist(const User& user) const;

  MemoryStore::State& s_;
  TxMode mode_;
  std::vector<std::function<void()>> undo_;
  std::optional<Error> broken_;
  bool data_changed_ = false;
};

}  // namespace lw

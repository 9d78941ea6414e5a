// SqlTx: one transaction on one SQL connection, SQLite or PostgreSQL.
//
// Made by the backend's Store::Transact after it has begun a transaction on
// the connection it holds (SQLite: BEGIN, or BEGIN IMMEDIATE for kWrite;
// PostgreSQL: REPEATABLE READ READ ONLY, or the write lock and SERIALIZABLE
// for kWrite), and
// used only by the thread running `fn`. Every call runs cached prepared
// statements. In a kRead transaction every write call fails with kInternal
// before touching the database.
//
// A call that fails changes nothing. A write statement that fails (a key
// taken, a reference missing, the database unavailable) marks the
// transaction broken, as PostgreSQL itself does: Transact then rolls back
// and returns that error even if `fn` returns Ok. A refusal decided here
// rather than by the database (kNotFound, kConflict, kInvalidArgument)
// leaves the transaction usable.
// The SQL is written once (query.h) against the portable schema in
// storage/migrations.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/ports/store.h"
#include "storage/sql/query.h"

namespace lw::sql {

class SqlTx final : public StoreTx {
 public:
  SqlTx(Connection& connection, TxMode mode) : c_(connection), mode_(mode) {}
  SqlTx(const SqlTx&) = delete;
  SqlTx& operator=(const SqlTx&) = delete;

  // Set when a call failed half way: the transaction must roll back.
  const std::optional<Error>& broken() const { return broken_; }
  // Whether a call changed data that DataGeneration counts.
  bool data_changed() const { return data_changed_; }
  // The store's generation when this transaction began, for a backend that
  // can tell (the SQLite writer); DataGeneration is nullopt without it.
  void set_generation(std::uint64_t generation) { generation_ = generation; }

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
  Status Writable(std::string_view call) const;
  // Writable, for a change that DataGeneration counts.
  Status WritableData(std::string_view call);
  // Inserts `record`'s version row and its links (sql_tx_records.cc).
  Status WriteRecordVersion(const StoredRecord& record, const ChangeMeta& change,
                            std::string_view doing);
  Result<std::vector<std::vector<RecordLink>>> ReadLinks(RecordKind kind,
                                                         const std::vector<std::string>& ids);
  // Moves introduction_tallies' count for (team, state) by `delta` (+1 or -1).
  Status Tally(std::string_view team_id, std::string_view state, int delta);
  // Counts one event for `key` in the fixed-window upsert `sql` (?1 key,
  // ?2 now, ?3 now - window; RETURNING the count).
  Result<int> CountFixedWindow(std::string_view sql, std::string_view doing, std::string_view key,
                               Timestamp now, Micros window);
  // Runs `sql`, bound by `bind(Query&)`, to completion; returns the number
  // of rows it changed.
  template <typename Bind>
  Result<std::int64_t> Run(std::string_view sql, std::string_view doing, Bind bind) {
    auto query = c_.Prepare(sql, doing);
    if (!query) return Fail(std::move(query.error()));
    bind(*query);
    if (auto ok = query->Run(); !ok) {
      if (!broken_) broken_ = ok.error();
      return Fail(std::move(ok.error()));
    }
    return query->Changes();
  }

  Connection& c_;
  TxMode mode_;
  std::optional<Error> broken_;
  std::optional<std::uint64_t> generation_;
  bool data_changed_ = false;
  // The seq and hash of the entry this transaction appended last, so that
  // the next append need not read them back (writes run one at a time).
  std::optional<std::pair<std::int64_t, std::string>> last_audit_;
};

}  // namespace lw::sql

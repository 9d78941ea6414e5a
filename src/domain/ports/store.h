// The store port: everything livingwell keeps, in domain terms.
//
// Implementations: storage/memory (tests), storage/sqlite (the default) and
// storage/postgresql (several servers sharing one database). All pass the contract suite in
// tests/contract/.
// Nothing here may assume a particular SQL dialect.
//
// Transactions. All access goes through `Store::Transact(mode, fn)`: `fn`
// runs against a `StoreTx` inside one transaction; if it returns an error
// the transaction rolls back and the error is returned; otherwise it
// commits. A kWrite transaction is serialisable with every other write. A
// kRead transaction sees a consistent snapshot and must not write (writes
// fail with kInternal). `fn` may be run more than once if the backend has to
// retry a transient conflict, so it must not have effects outside the
// transaction other than assigning its results.
//
// Versioned records (people): `CreatePerson` stores version 1;
// `UpdatePerson` stores version N+1 only if the stored version is N (the
// draft's `version`), else fails with kConflict carrying the stored version.
// No call overwrites or deletes a version.
//
// Failures: a missing record is kNotFound; a unique key taken is
// kAlreadyExists; the store being unreachable, full or corrupt is
// kUnavailable with a message for the operator. A failed call changes
// nothing. A write the database refuses (kAlreadyExists, kFailedPrecondition
// for a missing referenced record, kUnavailable) also ends the transaction:
// Transact rolls back and returns that error even if `fn` returns Ok
// (PostgreSQL aborts a transaction there; every store behaves the same).
// Refusals the store decides itself (kNotFound, kConflict,
// kInvalidArgument) leave the transaction usable.
//
// Thread-safety: a Store may be used from any number of threads at once.
// A StoreTx belongs to the thread running `fn` and must not escape it.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/audit/audit.h"
#include "domain/frontdoor/introduction.h"
#include "domain/jobs/job_run.h"
#include "domain/org/organisation.h"
#include "domain/org/user.h"
#include "domain/people/person.h"
#include "domain/ports/postcodes.h"
#include "domain/ports/records.h"

namespace lw {

enum class TxMode { kRead, kWrite };

// A session with its account and the names of the account's team and
// organisation ("" when it has none): all a signed-in request needs to know
// about its caller, in one read.
struct SessionWithUser {
  Session session;
  User user;
  std::string team_name;
  std::string organisation_name;
};

struct PersonFilter {
  std::string team_id;  // "": every team (matching a returning person looks across teams)
  int limit = 100;
};

// One version of an introduction, with who made it, when and why.
struct IntroductionVersion {
  Introduction introduction;
  ChangeMeta change;
};

// The orders the front-door list can be sorted in. Every order ends with
// received_at then id, so pages never overlap or skip.
enum class IntroductionOrder : std::uint8_t {
  kOldestFirst,  // received_at ascending: the longest waiting first (the default)
  kNewestFirst,  // received_at descending
  kSource,       // source key, then oldest first
  kState,        // state key (the next step), then oldest first
  kAssigned,     // assigned worker's display name (nobody first), then oldest first
};

struct IntroductionFilter {
  std::string team_id;           // "": every team
  std::string neighbourhood_id;  // "": every neighbourhood; else teams serving it
  std::string made_by_user_id;   // "": whoever made them (a partner sees only their own)
  std::string person_id;         // "": any; else those linked to this person
  bool open_only = true;         // leave out closed introductions
  IntroductionOrder order = IntroductionOrder::kOldestFirst;
  int offset = 0;  // rows to skip, for paging
  int limit = 100;
};

// How many introductions a filter matches (offset and limit ignored), and
// how many of those are still waiting (open or booked) having been received
// before `waiting_since`.
struct IntroductionCounts {
  std::int64_t total = 0;
  std::int64_t waiting_since = 0;
};

class StoreTx {
 public:
  virtual ~StoreTx() = default;

  // --- Reference data: localities, neighbourhoods, organisations, teams.
  // Put* inserts, or replaces the row with the same id.
  virtual Status PutLocality(const Locality& locality) = 0;
  virtual Result<std::vector<Locality>> ListLocalities() = 0;
  virtual Status PutNeighbourhood(const Neighbourhood& neighbourhood) = 0;
  virtual Result<std::vector<Neighbourhood>> ListNeighbourhoods(std::string_view locality_id) = 0;
  virtual Status PutOrganisation(const Organisation& organisation) = 0;
  virtual Result<std::optional<Organisation>> GetOrganisation(std::string_view id) = 0;
  virtual Result<std::vector<Organisation>> ListOrganisations() = 0;
  virtual Status PutTeam(const Team& team) = 0;
  virtual Result<std::optional<Team>> GetTeam(std::string_view id) = 0;
  virtual Result<std::vector<Team>> ListTeams() = 0;

  // --- Staff accounts. Usernames are unique (kAlreadyExists).
  virtual Status CreateUser(const User& user) = 0;
  virtual Status UpdateUser(const User& user) = 0;  // kNotFound if absent
  virtual Result<std::optional<User>> GetUser(std::string_view id) = 0;
  virtual Result<std::optional<User>> FindUserByUsername(std::string_view username) = 0;
  virtual Result<std::vector<User>> ListUsers() = 0;
  virtual Result<std::int64_t> CountUsers() = 0;

  // --- Sessions and API tokens, keyed by the hash of the secret.
  virtual Status CreateSession(const Session& session) = 0;
  virtual Result<std::optional<Session>> FindSession(std::string_view token_hash) = 0;
  // The session and its user, or nullopt if either is missing.
  virtual Result<std::optional<SessionWithUser>> FindSessionWithUser(
      std::string_view token_hash) = 0;
  virtual Status TouchSession(std::string_view token_hash, Timestamp last_seen_at) = 0;
  virtual Status DeleteSession(std::string_view token_hash) = 0;
  // Removes sessions last seen before `idle_cutoff` or created before
  // `absolute_cutoff`; returns how many.
  virtual Result<std::int64_t> DeleteExpiredSessions(Timestamp idle_cutoff,
                                                     Timestamp absolute_cutoff) = 0;
  virtual Status CreateApiToken(const ApiToken& token) = 0;
  virtual Result<std::optional<ApiToken>> FindApiToken(std::string_view token_hash) = 0;

  // --- Sign-in throttling: failures counted per key ("account:NAME",
  // "address:IP") in a fixed window. `RecordSignInFailure` returns the count
  // in the current window including this one; a window older than `window`
  // starts again at 1.
  virtual Result<int> RecordSignInFailure(std::string_view key, Timestamp now, Micros window) = 0;
  virtual Result<int> SignInFailures(std::string_view key, Timestamp now, Micros window) = 0;
  virtual Status ClearSignInFailures(std::string_view key) = 0;

  // --- People (versioned).
  virtual Status CreatePerson(const Person& person, const ChangeMeta& change) = 0;
  virtual Status UpdatePerson(const Person& person, const ChangeMeta& change) = 0;
  virtual Result<std::optional<Person>> GetPerson(std::string_view id) = 0;
  // The current version of each of `ids` that exists, in the order of `ids`
  // (a repeated id once, where it first appears); ids with no person are
  // left out. One read for a page that names many people.
  virtual Result<std::vector<Person>> GetPeople(const std::vector<std::string>& ids) = 0;
  virtual Result<std::vector<PersonVersion>> ListPersonVersions(std::string_view id) = 0;
  virtual Result<std::vector<Person>> ListPeople(const PersonFilter& filter) = 0;
  virtual Result<std::int64_t> CountPeople(std::string_view team_id) = 0;

  // --- Introductions (versioned, as people). CreateIntroduction stores
  // `intro` as version 1 (kInvalidArgument for any other version); its
  // reference is unique (kAlreadyExists). UpdateIntroduction stores `next`
  // (version N+1) only if the stored version is N, else kConflict carrying
  // the stored version; its id, reference, source, maker and receipt time
  // never change. Lists are in the filter's order (oldest received first
  // by default), then by id.
  virtual Status CreateIntroduction(const Introduction& intro, const ChangeMeta& change) = 0;
  virtual Status UpdateIntroduction(const Introduction& next, const ChangeMeta& change) = 0;
  virtual Result<std::optional<Introduction>> GetIntroduction(std::string_view id) = 0;
  virtual Result<std::optional<Introduction>> FindIntroductionByReference(
      std::string_view reference) = 0;
  virtual Result<std::vector<IntroductionVersion>> ListIntroductionVersions(
      std::string_view id) = 0;
  virtual Result<std::vector<Introduction>> ListIntroductions(const IntroductionFilter& filter) = 0;
  virtual Result<IntroductionCounts> CountIntroductions(const IntroductionFilter& filter,
                                                        Timestamp waiting_since) = 0;

  // --- Team records (records.h): episodes, contacts, concerns, team
  // decisions, people's fuller details, staff posts, break-glass grants.
  virtual Status CreateRecord(const StoredRecord& record, const ChangeMeta& change) = 0;
  virtual Status UpdateRecord(const StoredRecord& next, const ChangeMeta& change) = 0;
  virtual Result<std::optional<StoredRecord>> GetRecord(RecordKind kind, std::string_view id) = 0;
  virtual Result<std::vector<StoredRecordVersion>> ListRecordVersions(RecordKind kind,
                                                                      std::string_view id) = 0;
  virtual Result<std::vector<StoredRecord>> ListRecords(const RecordFilter& filter) = 0;
  // For each of `person_ids` linked with the flag set by some record of
  // `kind`, the greatest sort key among those records; people with none are
  // left out. Order follows `person_ids`.
  virtual Result<std::vector<std::pair<std::string, std::int64_t>>> LatestFlagged(
      RecordKind kind, const std::vector<std::string>& person_ids) = 0;

  // --- The postcode directory (postcodes.h). PutPostcodes inserts or
  // replaces each point, all or none; coordinates are rounded to six decimal
  // places. FindPostcode takes a normalised postcode ("SK14 2QR").
  virtual Status PutPostcodes(const std::vector<PostcodePoint>& points) = 0;
  virtual Result<std::optional<PostcodePoint>> FindPostcode(std::string_view postcode) = 0;
  virtual Result<std::int64_t> CountPostcodes() = 0;

  // --- Submission keys: a form's one-time key, so that submitting it twice
  // (a double click, a refresh) makes one introduction. RecordSubmission of
  // a key already recorded is kAlreadyExists. Keys recorded before `before`
  // are forgotten by DeleteSubmissionsBefore, which returns how many.
  virtual Status RecordSubmission(std::string_view key, std::string_view introduction_id,
                                  Timestamp at) = 0;
  virtual Result<std::optional<std::string>> FindSubmission(std::string_view key) = 0;
  virtual Result<std::int64_t> DeleteSubmissionsBefore(Timestamp before) = 0;

  // --- Rate windows: one fixed window of counted events per key (e.g.
  // "introduce:203.0.113.9"). CountInWindow counts one more event and
  // returns the count in the current window, starting a new window when the
  // last began `window` or more before `now`.
  virtual Result<int> CountInWindow(std::string_view key, Timestamp now, Micros window) = 0;
  virtual Result<std::int64_t> DeleteWindowsBefore(Timestamp before) = 0;

  // --- Audit (append-only, hash-chained; see domain/audit/audit.h).
  virtual Result<AuditEntry> AppendAudit(const AuditEvent& event) = 0;
  // Entries with seq >= from_seq, in order, at most `limit`.
  virtual Result<std::vector<AuditEntry>> ReadAudit(std::int64_t from_seq, int limit) = 0;
  // Every entry about one record, in order. Not indexed (ADR 0013): it reads
  // the whole log, for an investigation, never on a page's path.
  virtual Result<std::vector<AuditEntry>> AuditForRecord(std::string_view record_type,
                                                         std::string_view record_id) = 0;

  // --- Caches of views computed from the store (ADR 0013).
  // A number that moves whenever anything that is not the audit log,
  // sessions, API tokens, throttling counts, submission keys or job runs
  // has changed since it was last read, so that a view computed in this
  // transaction may be kept and used again while the number stands still.
  // nullopt, and nothing may be cached, when the store cannot tell
  // (PostgreSQL, where another server may write; a SQLite reader, whose
  // snapshot starts later than the call) and when this transaction has
  // itself changed such data (what it reads is not committed).
  virtual std::optional<std::uint64_t> DataGeneration() const = 0;

  // --- Background job runs (domain/jobs/job_run.h). (job, slot) is unique:
  // RecordJobRun of a slot already recorded is kAlreadyExists.
  virtual Status RecordJobRun(const JobRun& run) = 0;
  virtual Result<std::optional<JobRun>> FindJobRun(std::string_view job, Timestamp slot) = 0;
  // The newest `limit` runs of `job`, newest first.
  virtual Result<std::vector<JobRun>> ListJobRuns(std::string_view job, int limit) = 0;
};

// What a store reports to /metrics. Counters only grow.
struct StoreStats {
  std::int64_t connections_open = 0;      // database connections held (idle or in use)
  std::int64_t connections_idle = 0;      // of which idle in the pool
  std::int64_t transactions_retried = 0;  // run again after a conflict or deadlock
};

class Store {
 public:
  virtual ~Store() = default;

  virtual Status Transact(TxMode mode, const std::function<Status(StoreTx&)>& fn) = 0;

  // Applies every migration this build has that the store lacks; a no-op
  // when it is current. Safe while other processes use or migrate the store.
  virtual Status Migrate() = 0;
  // Cheap reachability check for /readyz.
  virtual Status Ping() = 0;
  // Number of migrations applied, and the number this build knows.
  virtual Result<int> AppliedSchemaVersion() = 0;
  virtual int LatestSchemaVersion() const = 0;
  // "memory", "sqlite", "postgresql".
  virtual std::string_view Kind() const = 0;
  // Filling a new store with many records at once (services/synth_load.h):
  // between the two calls the store may put off keeping its secondary
  // indexes and build them once at FinishBulkLoad, which is much faster
  // than keeping them row by row. Reads in between are correct, only
  // slower; unique keys are still enforced. A store that stops in between
  // builds them at its next Migrate. The default does nothing.
  virtual Status StartBulkLoad() { return Ok(); }
  virtual Status FinishBulkLoad() { return Ok(); }
  // For /metrics; a store with nothing to report returns zeros.
  virtual StoreStats Stats() const { return {}; }
};

}  // namespace lw

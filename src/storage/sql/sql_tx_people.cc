// SqlTx: people (versioned) and the audit log.
#include <functional>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "storage/sql/in_list.h"
#include "storage/sql/rows.h"
#include "storage/sql/sql_tx.h"

namespace lw::sql {
namespace {

void BindVersion(Query& q, const Person& p, long long version, const ChangeMeta& change) {
  q.BindText(1, p.id)
      .BindInt(2, version)
      .BindText(3, p.team_id)
      .BindText(4, p.given_name)
      .BindText(5, p.family_name)
      .BindText(6, p.preferred_name)
      .BindOptionalText(7, p.date_of_birth ? p.date_of_birth->ToIso() : std::string())
      .BindText(8, p.postcode)
      .BindText(9, p.nhs_number)
      .BindText(10, change.changed_by)
      .BindTime(11, change.changed_at)
      .BindText(12, change.reason);
}

constexpr const char* kInsertVersion =
    "INSERT INTO person_versions (person_id, version, team_id, given_name, family_name, "
    "preferred_name, date_of_birth, postcode, nhs_number, changed_by, changed_at, reason) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

}  // namespace

// --- People. The head row (people) says which version is current; each
// version is a row of person_versions that is never changed.

Status SqlTx::CreatePerson(const Person& p, const ChangeMeta& change) {
  if (auto ok = WritableData("CreatePerson"); !ok) return ok;
  auto head = Run("INSERT INTO people (id, team_id, version) VALUES (?1, ?2, 1)", "CreatePerson",
                  [&](Query& q) { q.BindText(1, p.id).BindText(2, p.team_id); });
  if (!head) return Fail(std::move(head.error()));
  auto version =
      Run(kInsertVersion, "CreatePerson", [&](Query& q) { BindVersion(q, p, 1, change); });
  if (!version) {
    broken_ = version.error();  // the head row is in, its version is not
    return Fail(std::move(version.error()));
  }
  return Ok();
}

Status SqlTx::UpdatePerson(const Person& p, const ChangeMeta& change) {
  if (auto ok = WritableData("UpdatePerson"); !ok) return ok;
  // Optimistic concurrency: move the head on only from the version the
  // change was based on.
  auto head =
      Run("UPDATE people SET version = version + 1, team_id = ?2 WHERE id = ?1 AND version = ?3",
          "UpdatePerson",
          [&](Query& q) { q.BindText(1, p.id).BindText(2, p.team_id).BindInt(3, p.version); });
  if (!head) return Fail(std::move(head.error()));
  if (*head == 0) {
    auto q = c_.Prepare("SELECT version FROM people WHERE id = ?1", "UpdatePerson");
    if (!q) return Fail(std::move(q.error()));
    q->BindText(1, p.id);
    auto row = q->Step();
    if (!row) return Fail(std::move(row.error()));
    if (!*row) return Fail(ErrorCode::kNotFound, "person '" + p.id + "' does not exist");
    long long current = q->Int(0);
    return Fail(Error::Conflict("the record was changed by someone else (now version " +
                                    std::to_string(current) + ", this change was based on " +
                                    std::to_string(p.version) + ")",
                                current));
  }
  auto version = Run(kInsertVersion, "UpdatePerson",
                     [&](Query& q) { BindVersion(q, p, p.version + 1, change); });
  if (!version) {
    broken_ = version.error();  // the head moved on, its version is not in
    return Fail(std::move(version.error()));
  }
  return Ok();
}

Result<std::optional<Person>> SqlTx::GetPerson(std::string_view id) {
  auto q = c_.Prepare("SELECT " LW_PERSON_VERSION_COLUMNS
                      " FROM people p JOIN person_versions v"
                      " ON v.person_id = p.id AND v.version = p.version WHERE p.id = ?1",
                      "GetPerson");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, id);
  auto version = First(*q, ReadPersonVersion);
  if (!version) return Fail(std::move(version.error()));
  if (!*version) return std::nullopt;
  return std::move((*version)->person);
}

Result<std::vector<Person>> SqlTx::GetPeople(const std::vector<std::string>& ids) {
  std::map<std::string, Person, std::less<>> found;
  auto read = ForEachInListChunk(ids, [&](std::span<const std::string> chunk) -> Status {
    auto q = c_.Prepare("SELECT " LW_PERSON_VERSION_COLUMNS
                        " FROM people p JOIN person_versions v"
                        " ON v.person_id = p.id AND v.version = p.version WHERE p.id IN (" +
                            InListParams(1, InListSlots(chunk.size())) + ")",
                        "GetPeople");
    if (!q) return Fail(std::move(q.error()));
    BindInList(*q, 1, chunk);
    auto versions = Collect(*q, ReadPersonVersion);
    if (!versions) return Fail(std::move(versions.error()));
    for (PersonVersion& v : *versions) {
      std::string id = v.person.id;
      found.emplace(std::move(id), std::move(v.person));
    }
    return Ok();
  });
  if (!read) return Fail(std::move(read.error()));
  std::vector<Person> out;
  out.reserve(found.size());
  for (const std::string& id : ids) {
    auto it = found.find(id);
    if (it == found.end()) continue;
    out.push_back(std::move(it->second));
    found.erase(it);  // a repeated id is given once
  }
  return out;
}

Result<std::vector<PersonVersion>> SqlTx::ListPersonVersions(std::string_view id) {
  auto q = c_.Prepare("SELECT " LW_PERSON_VERSION_COLUMNS
                      " FROM person_versions v WHERE v.person_id = ?1 ORDER BY v.version",
                      "ListPersonVersions");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, id);
  auto versions = Collect(*q, ReadPersonVersion);
  // Every person has a version 1, so none means no such person.
  if (versions && versions->empty()) {
    return Fail(ErrorCode::kNotFound, "person '" + std::string(id) + "' does not exist");
  }
  return versions;
}

namespace {

// Every team's people, or one team's (?2): two statements rather than
// "?2 = '' OR ...", so a team's list keeps its index in PostgreSQL's cached
// generic plan.
#define LW_CURRENT_PEOPLE                 \
  "SELECT " LW_PERSON_VERSION_COLUMNS     \
  " FROM people p JOIN person_versions v" \
  " ON v.person_id = p.id AND v.version = p.version"
#define LW_PEOPLE_ORDER " ORDER BY v.family_name, v.given_name, p.id LIMIT ?1"
constexpr const char* kListPeople = LW_CURRENT_PEOPLE LW_PEOPLE_ORDER;
constexpr const char* kListTeamPeople = LW_CURRENT_PEOPLE " WHERE p.team_id = ?2" LW_PEOPLE_ORDER;
#undef LW_PEOPLE_ORDER
#undef LW_CURRENT_PEOPLE

}  // namespace

Result<std::vector<Person>> SqlTx::ListPeople(const PersonFilter& filter) {
  if (filter.limit < 0) return Fail(ErrorCode::kInvalidArgument, "limit must not be negative");
  auto q = c_.Prepare(filter.team_id.empty() ? kListPeople : kListTeamPeople, "ListPeople");
  if (!q) return Fail(std::move(q.error()));
  q->BindInt(1, filter.limit);
  if (!filter.team_id.empty()) q->BindText(2, filter.team_id);
  auto versions = Collect(*q, ReadPersonVersion);
  if (!versions) return Fail(std::move(versions.error()));
  std::vector<Person> people;
  people.reserve(versions->size());
  for (PersonVersion& v : *versions) people.push_back(std::move(v.person));
  return people;
}

Result<std::int64_t> SqlTx::CountPeople(std::string_view team_id) {
  auto q = c_.Prepare("SELECT COUNT(*) FROM people WHERE team_id = ?1", "CountPeople");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, team_id);
  auto row = q->Step();
  if (!row) return Fail(std::move(row.error()));
  return q->Int(0);
}

// --- Audit. Write transactions run one at a time (SQLite has one writer;
// PostgreSQL's queue for an advisory lock and run SERIALIZABLE), so the last
// entry read here is the last entry there is.

Result<AuditEntry> SqlTx::AppendAudit(const AuditEvent& event) {
  if (auto ok = Writable("AppendAudit"); !ok) return Fail(ok.error());
  AuditEntry entry{.seq = 1, .event = event, .prev_hash = kAuditGenesisHash, .hash = ""};
  if (last_audit_) {
    // Appended earlier in this transaction: nobody else can have since.
    entry.seq = last_audit_->first + 1;
    entry.prev_hash = last_audit_->second;
  } else {
    auto q = c_.Prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", "AppendAudit");
    if (!q) return Fail(std::move(q.error()));
    auto row = q->Step();
    if (!row) return Fail(std::move(row.error()));
    if (*row) {
      entry.seq = q->Int(0) + 1;
      entry.prev_hash = q->Text(1);
    }
  }
  entry.hash = ComputeAuditHash(entry.seq, entry.event, entry.prev_hash);
  auto inserted = Run("INSERT INTO audit_log (" LW_AUDIT_COLUMNS
                      ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                      "AppendAudit", [&](Query& q) {
                        const AuditEvent& e = entry.event;
                        q.BindInt(1, entry.seq)
                            .BindTime(2, e.at)
                            .BindText(3, e.actor_user_id)
                            .BindText(4, e.actor_role)
                            .BindText(5, e.organisation_id)
                            .BindText(6, e.action)
                            .BindText(7, e.record_type)
                            .BindText(8, e.record_id)
                            .BindText(9, e.reason)
                            .BindText(10, entry.prev_hash)
                            .BindText(11, entry.hash);
                      });
  if (!inserted) return Fail(std::move(inserted.error()));
  last_audit_.emplace(entry.seq, entry.hash);
  return entry;
}

Result<std::vector<AuditEntry>> SqlTx::ReadAudit(std::int64_t from_seq, int limit) {
  if (limit < 0) return Fail(ErrorCode::kInvalidArgument, "limit must not be negative");
  auto q =
      c_.Prepare("SELECT " LW_AUDIT_COLUMNS " FROM audit_log WHERE seq >= ?1 ORDER BY seq LIMIT ?2",
                 "ReadAudit");
  if (!q) return Fail(std::move(q.error()));
  q->BindInt(1, from_seq).BindInt(2, limit);
  return Collect(*q, ReadAuditEntry);
}

Result<std::vector<AuditEntry>> SqlTx::AuditForRecord(std::string_view record_type,
                                                      std::string_view record_id) {
  auto q = c_.Prepare("SELECT " LW_AUDIT_COLUMNS
                      " FROM audit_log WHERE record_type = ?1 AND record_id = ?2 ORDER BY seq",
                      "AuditForRecord");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, record_type).BindText(2, record_id);
  return Collect(*q, ReadAuditEntry);
}

// --- Background job runs.

Status SqlTx::RecordJobRun(const JobRun& run) {
  if (auto ok = Writable("RecordJobRun"); !ok) return ok;
  auto inserted =
      Run("INSERT INTO job_runs (" LW_JOB_RUN_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
          "RecordJobRun", [&](Query& q) {
            q.BindText(1, run.job)
                .BindTime(2, run.slot)
                .BindText(3, run.instance)
                .BindTime(4, run.started_at)
                .BindTime(5, run.finished_at)
                .BindText(6, run.outcome);
          });
  if (!inserted) return Fail(std::move(inserted.error()));
  return Ok();
}

Result<std::optional<JobRun>> SqlTx::FindJobRun(std::string_view job, Timestamp slot) {
  auto q = c_.Prepare("SELECT " LW_JOB_RUN_COLUMNS " FROM job_runs WHERE job = ?1 AND slot = ?2",
                      "FindJobRun");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, job).BindTime(2, slot);
  return First(*q, ReadJobRun);
}

Result<std::vector<JobRun>> SqlTx::ListJobRuns(std::string_view job, int limit) {
  if (limit < 0) return Fail(ErrorCode::kInvalidArgument, "limit must not be negative");
  auto q = c_.Prepare("SELECT " LW_JOB_RUN_COLUMNS
                      " FROM job_runs WHERE job = ?1 ORDER BY slot DESC LIMIT ?2",
                      "ListJobRuns");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, job).BindInt(2, limit);
  return Collect(*q, ReadJobRun);
}

}  // namespace lw::sql

// Everything a MemoryStore keeps, as plain containers. Internal to
// storage/memory: only MemoryStore and MemoryTx see it.
//
// Invariants (checked by nothing but the code that changes them, all in
// memory_tx.cc): `audit[i].seq == i + 1` and each entry's prev_hash is its
// predecessor's hash; each person's `versions[i].person.version == i + 1`;
// keys of every map equal the id / token_hash / key of their value.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "domain/audit/audit.h"
#include "domain/jobs/job_run.h"
#include "domain/org/organisation.h"
#include "domain/org/user.h"
#include "domain/people/person.h"
#include "domain/ports/store.h"
#include "storage/memory/memory_store.h"

namespace lw {

template <typename V>
using Table = std::map<std::string, V, std::less<>>;

// A fixed window of counted events: sign-in failures, rate windows.
struct FixedWindow {
  Timestamp window_start;
  int count = 0;
};

// A form's one-time key: the introduction it made, and when.
struct SubmissionRecord {
  std::string introduction_id;
  Timestamp recorded_at;
};

struct PersonRecord {
  std::vector<PersonVersion> versions;  // versions[i] is version i + 1

  const PersonVersion& Current() const { return versions.back(); }
};

// A team record (records.h): its current head and every version.
struct MemoryRecord {
  StoredRecord head;                          // the current version, with its index
  std::vector<StoredRecordVersion> versions;  // versions[i] is version i + 1
};

// The key of a team record in State::records: "episode:e-1".
inline std::string RecordKey(RecordKind kind, std::string_view id) {
  return std::string(RecordKindKey(kind)) + ":" + std::string(id);
}

struct MemoryStore::State {
  Table<Locality> localities;
  Table<Neighbourhood> neighbourhoods;
  Table<Organisation> organisations;
  Table<Team> teams;
  Table<User> users;
  Table<Session> sessions;
  Table<ApiToken> api_tokens;
  Table<FixedWindow> signin_failures;
  Table<PersonRecord> people;
  std::vector<AuditEntry> audit;
  Table<JobRun> job_runs;                                 // keyed by JobRunKey(job, slot)
  Table<std::vector<IntroductionVersion>> introductions;  // versions[i] is version i + 1
  Table<SubmissionRecord> submissions;                    // keyed by the form's key
  Table<FixedWindow> rate_windows;
  Table<MemoryRecord> records;     // keyed by RecordKey(kind, id)
  Table<PostcodePoint> postcodes;  // keyed by the normalised postcode
  // Moved by each committed transaction that changed counted data
  // (StoreTx::DataGeneration).
  std::uint64_t generation = 0;
};

}  // namespace lw

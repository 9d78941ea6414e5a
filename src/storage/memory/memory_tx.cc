#include "storage/memory/memory_tx.h"

#include <algorithm>
#include <ranges>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "storage/memory/memory_tx_support.h"

namespace lw {

using memory_tx::CheckLimit;
using memory_tx::Dangling;
using memory_tx::Lookup;
using memory_tx::Missing;
using memory_tx::Taken;

namespace {

// Values of `table` accepted by `keep`, sorted by `key_of`.
template <typename V, typename Keep, typename KeyOf>
std::vector<V> SortedValues(const Table<V>& table, Keep keep, KeyOf key_of) {
  std::vector<V> out;
  for (const auto& [key, value] : table) {
    if (keep(value)) out.push_back(value);
  }
  std::ranges::sort(out, [&](const V& a, const V& b) { return key_of(a) < key_of(b); });
  return out;
}

}  // namespace

std::unexpected<Error> MemoryTx::Ends(std::unexpected<Error> refusal) {
  if (!broken_) broken_ = refusal.error();
  return refusal;
}

void MemoryTx::Rollback() {
  for (auto& undo : std::ranges::reverse_view(undo_)) undo();
  undo_.clear();
}

Status MemoryTx::Writable(std::string_view call) const {
  if (mode_ == TxMode::kWrite) return Ok();
  return Fail(ErrorCode::kInternal, std::string(call) + " called in a read transaction");
}

Status MemoryTx::WritableData(std::string_view call) {
  if (auto ok = Writable(call); !ok) return ok;
  data_changed_ = true;
  return Ok();
}

// The state is held under the store's lock for the whole transaction, so
// its generation is the one every read sees.
std::optional<std::uint64_t> MemoryTx::DataGeneration() const {
  if (data_changed_) return std::nullopt;
  return s_.generation;
}

// --- Reference data.

Status MemoryTx::PutLocality(const Locality& locality) {
  if (auto ok = WritableData("PutLocality"); !ok) return ok;
  Remember(s_.localities, locality.id);
  s_.localities.insert_or_assign(locality.id, locality);
  return Ok();
}

Result<std::vector<Locality>> MemoryTx::ListLocalities() {
  return SortedValues(
      s_.localities, [](const Locality&) { return true; },
      [](const Locality& l) { return std::tie(l.name, l.id); });
}

Status MemoryTx::PutNeighbourhood(const Neighbourhood& neighbourhood) {
  if (auto ok = WritableData("PutNeighbourhood"); !ok) return ok;
  if (!s_.localities.contains(neighbourhood.locality_id)) {
    return Ends(Dangling("locality", neighbourhood.locality_id));
  }
  Remember(s_.neighbourhoods, neighbourhood.id);
  s_.neighbourhoods.insert_or_assign(neighbourhood.id, neighbourhood);
  return Ok();
}

Result<std::vector<Neighbourhood>> MemoryTx::ListNeighbourhoods(std::string_view locality_id) {
  return SortedValues(
      s_.neighbourhoods, [&](const Neighbourhood& n) { return n.locality_id == locality_id; },
      [](const Neighbourhood& n) { return std::tie(n.name, n.id); });
}

Status MemoryTx::PutOrganisation(const Organisation& organisation) {
  if (auto ok = WritableData("PutOrganisation"); !ok) return ok;
  Remember(s_.organisations, organisation.id);
  s_.organisations.insert_or_assign(organisation.id, organisation);
  return Ok();
}

Result<std::optional<Organisation>> MemoryTx::GetOrganisation(std::string_view id) {
  return Lookup(s_.organisations, id);
}

Result<std::vector<Organisation>> MemoryTx::ListOrganisations() {
  return SortedValues(
      s_.organisations, [](const Organisation&) { return true; },
      [](const Organisation& o) { return std::tie(o.name, o.id); });
}

Status MemoryTx::PutTeam(const Team& team) {
  if (auto ok = WritableData("PutTeam"); !ok) return ok;
  if (!s_.localities.contains(team.locality_id))
    return Ends(Dangling("locality", team.locality_id));
  if (!team.neighbourhood_id.empty() && !s_.neighbourhoods.contains(team.neighbourhood_id)) {
    return Ends(Dangling("neighbourhood", team.neighbourhood_id));
  }
  Remember(s_.teams, team.id);
  s_.teams.insert_or_assign(team.id, team);
  return Ok();
}

Result<std::optional<Team>> MemoryTx::GetTeam(std::string_view id) { return Lookup(s_.teams, id); }

Result<std::vector<Team>> MemoryTx::ListTeams() {
  return SortedValues(
      s_.teams, [](const Team&) { return true; },
      [](const Team& t) { return std::tie(t.name, t.id); });
}

// --- Staff accounts.

Status MemoryTx::UserReferencesExist(const User& user) const {
  if (!user.organisation_id.empty() && !s_.organisations.contains(user.organisation_id)) {
    return Dangling("organisation", user.organisation_id);
  }
  if (!user.team_id.empty() && !s_.teams.contains(user.team_id)) {
    return Dangling("team", user.team_id);
  }
  return Ok();
}

Status MemoryTx::CreateUser(const User& user) {
  if (auto ok = WritableData("CreateUser"); !ok) return ok;
  if (s_.users.contains(user.id)) return Ends(Taken("user", user.id));
  for (const auto& [id, other] : s_.users) {
    if (other.username == user.username) return Ends(Taken("username", user.username));
  }
  if (auto ok = UserReferencesExist(user); !ok) return Ends(std::unexpected(ok.error()));
  Remember(s_.users, user.id);
  s_.users.emplace(user.id, user);
  return Ok();
}

Status MemoryTx::UpdateUser(const User& user) {
  if (auto ok = WritableData("UpdateUser"); !ok) return ok;
  auto it = s_.users.find(user.id);
  if (it == s_.users.end()) return Missing("user", user.id);
  for (const auto& [id, other] : s_.users) {
    if (id != user.id && other.username == user.username) {
      return Ends(Taken("username", user.username));
    }
  }
  if (auto ok = UserReferencesExist(user); !ok) return Ends(std::unexpected(ok.error()));
  Remember(s_.users, user.id);
  Timestamp created_at = it->second.created_at;  // fixed when the account was made
  it->second = user;
  it->second.created_at = created_at;
  return Ok();
}

Result<std::optional<User>> MemoryTx::GetUser(std::string_view id) { return Lookup(s_.users, id); }

Result<std::optional<User>> MemoryTx::FindUserByUsername(std::string_view username) {
  for (const auto& [id, user] : s_.users) {
    if (user.username == username) return user;
  }
  return std::nullopt;
}

Result<std::vector<User>> MemoryTx::ListUsers() {
  return SortedValues(
      s_.users, [](const User&) { return true; }, [](const User& u) { return u.username; });
}

Result<std::int64_t> MemoryTx::CountUsers() { return static_cast<std::int64_t>(s_.users.size()); }

// --- Sessions and API tokens.

Status MemoryTx::CreateSession(const Session& session) {
  if (auto ok = Writable("CreateSession"); !ok) return ok;
  if (s_.sessions.contains(session.token_hash)) return Ends(Taken("session", "(token hash)"));
  if (!s_.users.contains(session.user_id)) return Ends(Dangling("user", session.user_id));
  Remember(s_.sessions, session.token_hash);
  s_.sessions.emplace(session.token_hash, session);
  return Ok();
}

Result<std::optional<Session>> MemoryTx::FindSession(std::string_view token_hash) {
  return Lookup(s_.sessions, token_hash);
}

Result<std::optional<SessionWithUser>> MemoryTx::FindSessionWithUser(std::string_view token_hash) {
  auto session = s_.sessions.find(token_hash);
  if (session == s_.sessions.end()) return std::nullopt;
  auto user = s_.users.find(session->second.user_id);
  if (user == s_.users.end()) return std::nullopt;
  SessionWithUser found{.session = session->second, .user = user->second};
  if (auto team = s_.teams.find(user->second.team_id); team != s_.teams.end()) {
    found.team_name = team->second.name;
  }
  if (auto org = s_.organisations.find(user->second.organisation_id);
      org != s_.organisations.end()) {
    found.organisation_name = org->second.name;
  }
  return found;
}

Status MemoryTx::TouchSession(std::string_view token_hash, Timestamp last_seen_at) {
  if (auto ok = Writable("TouchSession"); !ok) return ok;
  auto it = s_.sessions.find(token_hash);
  if (it == s_.sessions.end()) return Fail(ErrorCode::kNotFound, "no such session");
  Remember(s_.sessions, token_hash);
  it->second.last_seen_at = last_seen_at;
  return Ok();
}

Status MemoryTx::DeleteSession(std::string_view token_hash) {
  if (auto ok = Writable("DeleteSession"); !ok) return ok;
  if (!s_.sessions.contains(token_hash)) return Fail(ErrorCode::kNotFound, "no such session");
  Remember(s_.sessions, token_hash);
  s_.sessions.erase(s_.sessions.find(token_hash));
  return Ok();
}

Result<std::int64_t> MemoryTx::DeleteExpiredSessions(Timestamp idle_cutoff,
                                                     Timestamp absolute_cutoff) {
  if (auto ok = Writable("DeleteExpiredSessions"); !ok) return std::unexpected(ok.error());
  std::vector<std::string> expired;
  for (const auto& [hash, session] : s_.sessions) {
    if (session.last_seen_at < idle_cutoff || session.created_at < absolute_cutoff) {
      expired.push_back(hash);
    }
  }
  for (const std::string& hash : expired) {
    Remember(s_.sessions, hash);
    s_.sessions.erase(hash);
  }
  return static_cast<std::int64_t>(expired.size());
}

Status MemoryTx::CreateApiToken(const ApiToken& token) {
  if (auto ok = Writable("CreateApiToken"); !ok) return ok;
  if (s_.api_tokens.contains(token.token_hash)) return Ends(Taken("API token", "(token hash)"));
  if (!s_.users.contains(token.user_id)) return Ends(Dangling("user", token.user_id));
  Remember(s_.api_tokens, token.token_hash);
  s_.api_tokens.emplace(token.token_hash, token);
  return Ok();
}

Result<std::optional<ApiToken>> MemoryTx::FindApiToken(std::string_view token_hash) {
  return Lookup(s_.api_tokens, token_hash);
}

// --- Sign-in throttling. A window covers [window_start, window_start + window).

int MemoryTx::CountWindow(Table<FixedWindow>& table, std::string_view key, Timestamp now,
                          Micros window) {
  Remember(table, key);
  auto [it, inserted] = table.try_emplace(std::string(key), FixedWindow{now, 0});
  FixedWindow& w = it->second;
  if (now - w.window_start >= window) w = FixedWindow{now, 0};
  return ++w.count;
}

Result<int> MemoryTx::RecordSignInFailure(std::string_view key, Timestamp now, Micros window) {
  if (auto ok = Writable("RecordSignInFailure"); !ok) return std::unexpected(ok.error());
  return CountWindow(s_.signin_failures, key, now, window);
}

Result<int> MemoryTx::SignInFailures(std::string_view key, Timestamp now, Micros window) {
  auto it = s_.signin_failures.find(key);
  if (it == s_.signin_failures.end() || now - it->second.window_start >= window) return 0;
  return it->second.count;
}

Status MemoryTx::ClearSignInFailures(std::string_view key) {
  if (auto ok = Writable("ClearSignInFailures"); !ok) return ok;
  if (s_.signin_failures.contains(key)) {
    Remember(s_.signin_failures, key);
    s_.signin_failures.erase(s_.signin_failures.find(key));
  }
  return Ok();
}

// --- Rate windows: the same fixed window, for any counted event.

Result<int> MemoryTx::CountInWindow(std::string_view key, Timestamp now, Micros window) {
  if (auto ok = Writable("CountInWindow"); !ok) return std::unexpected(ok.error());
  return CountWindow(s_.rate_windows, key, now, window);
}

Result<std::int64_t> MemoryTx::DeleteWindowsBefore(Timestamp before) {
  if (auto ok = Writable("DeleteWindowsBefore"); !ok) return std::unexpected(ok.error());
  std::vector<std::string> ended;
  for (const auto& [key, w] : s_.rate_windows) {
    if (w.window_start < before) ended.push_back(key);
  }
  for (const std::string& key : ended) {
    Remember(s_.rate_windows, key);
    s_.rate_windows.erase(key);
  }
  return static_cast<std::int64_t>(ended.size());
}

// --- People (versioned).

Status MemoryTx::CreatePerson(const Person& person, const ChangeMeta& change) {
  if (auto ok = WritableData("CreatePerson"); !ok) return ok;
  if (s_.people.contains(person.id)) return Ends(Taken("person", person.id));
  if (!s_.teams.contains(person.team_id)) return Ends(Dangling("team", person.team_id));
  PersonVersion first{person, change};
  first.person.version = 1;
  Remember(s_.people, person.id);
  s_.people.emplace(person.id, PersonRecord{{std::move(first)}});
  return Ok();
}

Status MemoryTx::UpdatePerson(const Person& person, const ChangeMeta& change) {
  if (auto ok = WritableData("UpdatePerson"); !ok) return ok;
  auto it = s_.people.find(person.id);
  if (it == s_.people.end()) return Missing("person", person.id);
  PersonRecord& record = it->second;
  long long current = record.Current().person.version;
  if (person.version != current) {
    return Fail(Error::Conflict("the record was changed by someone else (now version " +
                                    std::to_string(current) + ", this change was based on " +
                                    std::to_string(person.version) + ")",
                                current));
  }
  if (!s_.teams.contains(person.team_id)) return Ends(Dangling("team", person.team_id));
  PersonVersion next{person, change};
  next.person.version = current + 1;
  record.versions.push_back(std::move(next));
  undo_.push_back([&record] { record.versions.pop_back(); });
  return Ok();
}

Result<std::optional<Person>> MemoryTx::GetPerson(std::string_view id) {
  auto it = s_.people.find(id);
  if (it == s_.people.end()) return std::nullopt;
  return it->second.Current().person;
}

Result<std::vector<Person>> MemoryTx::GetPeople(const std::vector<std::string>& ids) {
  std::vector<Person> out;
  std::set<std::string_view> seen;
  for (const std::string& id : ids) {
    if (!seen.insert(id).second) continue;
    auto it = s_.people.find(id);
    if (it != s_.people.end()) out.push_back(it->second.Current().person);
  }
  return out;
}

Result<std::vector<PersonVersion>> MemoryTx::ListPersonVersions(std::string_view id) {
  auto it = s_.people.find(id);
  if (it == s_.people.end()) return Missing("person", id);
  return it->second.versions;
}

Result<std::vector<Person>> MemoryTx::ListPeople(const PersonFilter& filter) {
  if (auto ok = CheckLimit(filter.limit); !ok) return std::unexpected(ok.error());
  std::vector<Person> out;
  for (const auto& [id, record] : s_.people) {
    const Person& p = record.Current().person;
    if (filter.team_id.empty() || p.team_id == filter.team_id) out.push_back(p);
  }
  std::ranges::sort(out, [](const Person& a, const Person& b) {
    return std::tie(a.family_name, a.given_name, a.id) <
           std::tie(b.family_name, b.given_name, b.id);
  });
  if (out.size() > static_cast<std::size_t>(filter.limit)) out.resize(filter.limit);
  return out;
}

Result<std::int64_t> MemoryTx::CountPeople(std::string_view team_id) {
  return static_cast<std::int64_t>(std::ranges::count_if(s_.people, [&](const auto& entry) {
    return entry.second.Current().person.team_id == team_id;
  }));
}

// --- Audit.

Result<AuditEntry> MemoryTx::AppendAudit(const AuditEvent& event) {
  if (auto ok = Writable("AppendAudit"); !ok) return std::unexpected(ok.error());
  AuditEntry entry;
  entry.seq = static_cast<std::int64_t>(s_.audit.size()) + 1;
  entry.event = event;
  entry.prev_hash = s_.audit.empty() ? kAuditGenesisHash : s_.audit.back().hash;
  entry.hash = ComputeAuditHash(entry.seq, entry.event, entry.prev_hash);
  s_.audit.push_back(entry);
  undo_.push_back([this] { s_.audit.pop_back(); });
  return entry;
}

Result<std::vector<AuditEntry>> MemoryTx::ReadAudit(std::int64_t from_seq, int limit) {
  if (auto ok = CheckLimit(limit); !ok) return std::unexpected(ok.error());
  std::vector<AuditEntry> out;
  auto size = static_cast<std::int64_t>(s_.audit.size());
  for (std::int64_t seq = std::max<std::int64_t>(from_seq, 1);
       seq <= size && std::cmp_less(out.size(), limit); ++seq) {
    out.push_back(s_.audit[seq - 1]);
  }
  return out;
}

Result<std::vector<AuditEntry>> MemoryTx::AuditForRecord(std::string_view record_type,
                                                         std::string_view record_id) {
  std::vector<AuditEntry> out;
  for (const AuditEntry& entry : s_.audit) {
    if (entry.event.record_type == record_type && entry.event.record_id == record_id) {
      out.push_back(entry);
    }
  }
  return out;
}

// --- Background job runs.

namespace {

std::string JobRunKey(std::string_view job, Timestamp slot) {
  return std::string(job) + '\x1f' + std::to_string(ToUnixMicros(slot));
}

}  // namespace

Status MemoryTx::RecordJobRun(const JobRun& run) {
  if (auto ok = Writable("RecordJobRun"); !ok) return ok;
  std::string key = JobRunKey(run.job, run.slot);
  if (s_.job_runs.contains(key)) return Ends(Taken("job run", key));
  Remember(s_.job_runs, key);
  s_.job_runs.emplace(std::move(key), run);
  return Ok();
}

Result<std::optional<JobRun>> MemoryTx::FindJobRun(std::string_view job, Timestamp slot) {
  return Lookup(s_.job_runs, JobRunKey(job, slot));
}

Result<std::vector<JobRun>> MemoryTx::ListJobRuns(std::string_view job, int limit) {
  if (auto ok = CheckLimit(limit); !ok) return std::unexpected(ok.error());
  std::vector<JobRun> out;
  for (const auto& [key, run] : s_.job_runs) {
    if (run.job == job) out.push_back(run);
  }
  std::ranges::sort(out, [](const JobRun& a, const JobRun& b) { return a.slot > b.slot; });
  if (std::cmp_less(limit, out.size())) out.resize(static_cast<std::size_t>(limit));
  return out;
}

}  // namespace lw

namespace lw {

// --- The postcode directory.

Status MemoryTx::PutPostcodes(const std::vector<PostcodePoint>& points) {
  if (auto ok = Writable("PutPostcodes"); !ok) return ok;
  for (const PostcodePoint& p : points) {
    Remember(s_.postcodes, p.postcode);
    s_.postcodes.insert_or_assign(p.postcode,
                                  PostcodePoint{.postcode = p.postcode,
                                                .latitude = RoundDegrees(p.latitude),
                                                .longitude = RoundDegrees(p.longitude)});
  }
  return Ok();
}

Result<std::optional<PostcodePoint>> MemoryTx::FindPostcode(std::string_view postcode) {
  return Lookup(s_.postcodes, postcode);
}

Result<std::int64_t> MemoryTx::CountPostcodes() {
  return static_cast<std::int64_t>(s_.postcodes.size());
}

}  // namespace lw

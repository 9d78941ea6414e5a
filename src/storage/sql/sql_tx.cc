// SqlTx: reference data, staff accounts, sessions, API tokens, sign-in
// throttling and rate windows. People and audit are in sql_tx_people.cc,
// introductions and submission keys in sql_tx_introductions.cc.
#include "storage/sql/sql_tx.h"

#include <string>

#include "domain/access/role.h"
#include "storage/sql/rows.h"

namespace lw::sql {

Status SqlTx::Writable(std::string_view call) const {
  if (mode_ == TxMode::kWrite) return Ok();
  return Fail(ErrorCode::kInternal, std::string(call) + " called in a read transaction");
}

Status SqlTx::WritableData(std::string_view call) {
  if (auto ok = Writable(call); !ok) return ok;
  data_changed_ = true;
  return Ok();
}

std::optional<std::uint64_t> SqlTx::DataGeneration() const {
  if (data_changed_) return std::nullopt;
  return generation_;
}

namespace {

Status Done(const Result<std::int64_t>& changed) {
  if (!changed) return Fail(changed.error());
  return Ok();
}

// kNotFound when a single-record write changed no row.
Status OneChanged(const Result<std::int64_t>& changed, const std::string& missing) {
  if (!changed) return Fail(changed.error());
  if (*changed == 0) return Fail(ErrorCode::kNotFound, missing);
  return Ok();
}

}  // namespace

// --- Reference data. Put* is an upsert, never a delete and insert, so rows
// referring to the one replaced are untouched.

Status SqlTx::PutLocality(const Locality& l) {
  if (auto ok = WritableData("PutLocality"); !ok) return ok;
  return Done(Run(
      "INSERT INTO localities (id, name, service_name) VALUES (?1, ?2, ?3) "
      "ON CONFLICT (id) DO UPDATE SET name = excluded.name, service_name = excluded.service_name",
      "PutLocality",
      [&](Query& q) { q.BindText(1, l.id).BindText(2, l.name).BindText(3, l.service_name); }));
}

Result<std::vector<Locality>> SqlTx::ListLocalities() {
  auto q = c_.Prepare("SELECT " LW_LOCALITY_COLUMNS " FROM localities ORDER BY name, id",
                      "ListLocalities");
  if (!q) return Fail(std::move(q.error()));
  return Collect(*q, ReadLocality);
}

Status SqlTx::PutNeighbourhood(const Neighbourhood& n) {
  if (auto ok = WritableData("PutNeighbourhood"); !ok) return ok;
  return Done(
      Run("INSERT INTO neighbourhoods (id, locality_id, name) VALUES (?1, ?2, ?3) "
          "ON CONFLICT (id) DO UPDATE SET locality_id = excluded.locality_id, name = excluded.name",
          "PutNeighbourhood",
          [&](Query& q) { q.BindText(1, n.id).BindText(2, n.locality_id).BindText(3, n.name); }));
}

Result<std::vector<Neighbourhood>> SqlTx::ListNeighbourhoods(std::string_view locality_id) {
  auto q = c_.Prepare("SELECT " LW_NEIGHBOURHOOD_COLUMNS
                      " FROM neighbourhoods WHERE locality_id = ?1 ORDER BY name, id",
                      "ListNeighbourhoods");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, locality_id);
  return Collect(*q, ReadNeighbourhood);
}

Status SqlTx::PutOrganisation(const Organisation& o) {
  if (auto ok = WritableData("PutOrganisation"); !ok) return ok;
  return Done(
      Run("INSERT INTO organisations (id, name, kind, network_partner) VALUES (?1, ?2, ?3, ?4) "
          "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
          "network_partner = excluded.network_partner",
          "PutOrganisation", [&](Query& q) {
            q.BindText(1, o.id)
                .BindText(2, o.name)
                .BindText(3, OrganisationKindKey(o.kind))
                .BindInt(4, o.network_partner ? 1 : 0);
          }));
}

Result<std::optional<Organisation>> SqlTx::GetOrganisation(std::string_view id) {
  auto q = c_.Prepare("SELECT " LW_ORGANISATION_COLUMNS " FROM organisations WHERE id = ?1",
                      "GetOrganisation");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, id);
  return First(*q, ReadOrganisation);
}

Result<std::vector<Organisation>> SqlTx::ListOrganisations() {
  auto q = c_.Prepare("SELECT " LW_ORGANISATION_COLUMNS " FROM organisations ORDER BY name, id",
                      "ListOrganisations");
  if (!q) return Fail(std::move(q.error()));
  return Collect(*q, ReadOrganisation);
}

Status SqlTx::PutTeam(const Team& t) {
  if (auto ok = WritableData("PutTeam"); !ok) return ok;
  return Done(
      Run("INSERT INTO teams (id, locality_id, neighbourhood_id, name) VALUES (?1, ?2, ?3, ?4) "
          "ON CONFLICT (id) DO UPDATE SET locality_id = excluded.locality_id, "
          "neighbourhood_id = excluded.neighbourhood_id, name = excluded.name",
          "PutTeam", [&](Query& q) {
            q.BindText(1, t.id)
                .BindText(2, t.locality_id)
                .BindOptionalText(3, t.neighbourhood_id)
                .BindText(4, t.name);
          }));
}

Result<std::optional<Team>> SqlTx::GetTeam(std::string_view id) {
  auto q = c_.Prepare("SELECT " LW_TEAM_COLUMNS " FROM teams WHERE id = ?1", "GetTeam");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, id);
  return First(*q, ReadTeam);
}

Result<std::vector<Team>> SqlTx::ListTeams() {
  auto q = c_.Prepare("SELECT " LW_TEAM_COLUMNS " FROM teams ORDER BY name, id", "ListTeams");
  if (!q) return Fail(std::move(q.error()));
  return Collect(*q, ReadTeam);
}

// --- Staff accounts.

Status SqlTx::CreateUser(const User& u) {
  if (auto ok = WritableData("CreateUser"); !ok) return ok;
  return Done(Run("INSERT INTO users (" LW_USER_COLUMNS
                  ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                  "CreateUser", [&](Query& q) {
                    q.BindText(1, u.id)
                        .BindText(2, u.username)
                        .BindText(3, u.display_name)
                        .BindText(4, RoleKey(u.role))
                        .BindOptionalText(5, u.organisation_id)
                        .BindOptionalText(6, u.team_id)
                        .BindText(7, u.password_hash)
                        .BindInt(8, u.active ? 1 : 0)
                        .BindTime(9, u.created_at)
                        .BindText(10, u.email);
                  }));
}

Status SqlTx::UpdateUser(const User& u) {
  if (auto ok = WritableData("UpdateUser"); !ok) return ok;
  // created_at is fixed when the account is made.
  return OneChanged(Run("UPDATE users SET username = ?2, display_name = ?3, role = ?4, "
                        "organisation_id = ?5, team_id = ?6, password_hash = ?7, active = ?8, "
                        "email = ?9 "
                        "WHERE id = ?1",
                        "UpdateUser",
                        [&](Query& q) {
                          q.BindText(1, u.id)
                              .BindText(2, u.username)
                              .BindText(3, u.display_name)
                              .BindText(4, RoleKey(u.role))
                              .BindOptionalText(5, u.organisation_id)
                              .BindOptionalText(6, u.team_id)
                              .BindText(7, u.password_hash)
                              .BindInt(8, u.active ? 1 : 0)
                              .BindText(9, u.email);
                        }),
                    "user '" + u.id + "' does not exist");
}

Result<std::optional<User>> SqlTx::GetUser(std::string_view id) {
  auto q = c_.Prepare("SELECT " LW_USER_COLUMNS " FROM users WHERE id = ?1", "GetUser");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, id);
  return First(*q, ReadUser);
}

Result<std::optional<User>> SqlTx::FindUserByUsername(std::string_view username) {
  auto q =
      c_.Prepare("SELECT " LW_USER_COLUMNS " FROM users WHERE username = ?1", "FindUserByUsername");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, username);
  return First(*q, ReadUser);
}

Result<std::vector<User>> SqlTx::ListUsers() {
  auto q = c_.Prepare("SELECT " LW_USER_COLUMNS " FROM users ORDER BY username", "ListUsers");
  if (!q) return Fail(std::move(q.error()));
  return Collect(*q, ReadUser);
}

Result<std::int64_t> SqlTx::CountUsers() {
  auto q = c_.Prepare("SELECT COUNT(*) FROM users", "CountUsers");
  if (!q) return Fail(std::move(q.error()));
  auto row = q->Step();
  if (!row) return Fail(std::move(row.error()));
  return q->Int(0);
}

// --- Sessions and API tokens.

Status SqlTx::CreateSession(const Session& s) {
  if (auto ok = Writable("CreateSession"); !ok) return ok;
  return Done(Run("INSERT INTO sessions (" LW_SESSION_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5)",
                  "CreateSession", [&](Query& q) {
                    q.BindText(1, s.token_hash)
                        .BindText(2, s.user_id)
                        .BindText(3, s.csrf_token)
                        .BindTime(4, s.created_at)
                        .BindTime(5, s.last_seen_at);
                  }));
}

Result<std::optional<Session>> SqlTx::FindSession(std::string_view token_hash) {
  auto q = c_.Prepare("SELECT " LW_SESSION_COLUMNS " FROM sessions WHERE token_hash = ?1",
                      "FindSession");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, token_hash);
  return First(*q, ReadSession);
}

Result<std::optional<SessionWithUser>> SqlTx::FindSessionWithUser(std::string_view token_hash) {
  // One statement: this runs on every signed-in request.
  auto q = c_.Prepare(
      "SELECT u.id, u.username, u.display_name, u.role, u.organisation_id, u.team_id,"
      " u.password_hash, u.active, u.created_at, u.email,"
      " s.token_hash, s.user_id, s.csrf_token, s.created_at, s.last_seen_at,"
      " COALESCE(t.name, ''), COALESCE(o.name, '')"
      " FROM sessions s JOIN users u ON u.id = s.user_id"
      " LEFT JOIN teams t ON t.id = u.team_id"
      " LEFT JOIN organisations o ON o.id = u.organisation_id"
      " WHERE s.token_hash = ?1",
      "FindSessionWithUser");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, token_hash);
  return First(*q, [](const Query& row) -> Result<SessionWithUser> {
    auto user = ReadUser(row);  // columns 0-9
    if (!user) return Fail(std::move(user.error()));
    return SessionWithUser{.session = Session{.token_hash = row.Text(10),
                                              .user_id = row.Text(11),
                                              .csrf_token = row.Text(12),
                                              .created_at = row.Time(13),
                                              .last_seen_at = row.Time(14)},
                           .user = std::move(*user),
                           .team_name = row.Text(15),
                           .organisation_name = row.Text(16)};
  });
}

Status SqlTx::TouchSession(std::string_view token_hash, Timestamp last_seen_at) {
  if (auto ok = Writable("TouchSession"); !ok) return ok;
  return OneChanged(
      Run("UPDATE sessions SET last_seen_at = ?2 WHERE token_hash = ?1", "TouchSession",
          [&](Query& q) { q.BindText(1, token_hash).BindTime(2, last_seen_at); }),
      "no such session");
}

Status SqlTx::DeleteSession(std::string_view token_hash) {
  if (auto ok = Writable("DeleteSession"); !ok) return ok;
  return OneChanged(Run("DELETE FROM sessions WHERE token_hash = ?1", "DeleteSession",
                        [&](Query& q) { q.BindText(1, token_hash); }),
                    "no such session");
}

Result<std::int64_t> SqlTx::DeleteExpiredSessions(Timestamp idle_cutoff,
                                                  Timestamp absolute_cutoff) {
  if (auto ok = Writable("DeleteExpiredSessions"); !ok) return Fail(ok.error());
  return Run("DELETE FROM sessions WHERE last_seen_at < ?1 OR created_at < ?2",
             "DeleteExpiredSessions",
             [&](Query& q) { q.BindTime(1, idle_cutoff).BindTime(2, absolute_cutoff); });
}

Status SqlTx::CreateApiToken(const ApiToken& t) {
  if (auto ok = Writable("CreateApiToken"); !ok) return ok;
  return Done(Run("INSERT INTO api_tokens (" LW_API_TOKEN_COLUMNS ") VALUES (?1, ?2, ?3, ?4)",
                  "CreateApiToken", [&](Query& q) {
                    q.BindText(1, t.token_hash)
                        .BindText(2, t.user_id)
                        .BindText(3, t.label)
                        .BindTime(4, t.created_at);
                  }));
}

Result<std::optional<ApiToken>> SqlTx::FindApiToken(std::string_view token_hash) {
  auto q = c_.Prepare("SELECT " LW_API_TOKEN_COLUMNS " FROM api_tokens WHERE token_hash = ?1",
                      "FindApiToken");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, token_hash);
  return First(*q, ReadApiToken);
}

// --- Sign-in throttling. A window covers [window_start, window_start +
// window): one that started at or before now - window has ended.

Result<int> SqlTx::CountFixedWindow(std::string_view sql, std::string_view doing,
                                    std::string_view key, Timestamp now, Micros window) {
  auto q = c_.Prepare(sql, doing);
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, key).BindTime(2, now).BindTime(3, now - window);
  auto row = q->Step();
  if (!row) {
    if (!broken_) broken_ = row.error();
    return Fail(std::move(row.error()));
  }
  auto count = static_cast<int>(q->Int(0));
  if (auto ok = q->Run(); !ok) {
    if (!broken_) broken_ = ok.error();
    return Fail(std::move(ok.error()));
  }
  return count;
}

// The upsert for a fixed window in TABLE (key, window_start, count).
#define LW_FIXED_WINDOW_UPSERT(TABLE)               \
  "INSERT INTO " TABLE                              \
  " (key, window_start, count) VALUES (?1, ?2, 1) " \
  "ON CONFLICT (key) DO UPDATE SET "                \
  "window_start = CASE WHEN " TABLE                 \
  ".window_start <= ?3 "                            \
  "THEN excluded.window_start ELSE " TABLE          \
  ".window_start END, "                             \
  "count = CASE WHEN " TABLE                        \
  ".window_start <= ?3 "                            \
  "THEN 1 ELSE " TABLE                              \
  ".count + 1 END "                                 \
  "RETURNING count"

Result<int> SqlTx::RecordSignInFailure(std::string_view key, Timestamp now, Micros window) {
  if (auto ok = Writable("RecordSignInFailure"); !ok) return Fail(ok.error());
  return CountFixedWindow(LW_FIXED_WINDOW_UPSERT("signin_failures"), "RecordSignInFailure", key,
                          now, window);
}

Result<int> SqlTx::SignInFailures(std::string_view key, Timestamp now, Micros window) {
  auto q = c_.Prepare("SELECT count FROM signin_failures WHERE key = ?1 AND window_start > ?2",
                      "SignInFailures");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, key).BindTime(2, now - window);
  auto row = q->Step();
  if (!row) return Fail(std::move(row.error()));
  return *row ? static_cast<int>(q->Int(0)) : 0;
}

Status SqlTx::ClearSignInFailures(std::string_view key) {
  if (auto ok = Writable("ClearSignInFailures"); !ok) return ok;
  return Done(Run("DELETE FROM signin_failures WHERE key = ?1", "ClearSignInFailures",
                  [&](Query& q) { q.BindText(1, key); }));
}

// --- Rate windows: the same fixed window as sign-in throttling, for any
// counted event.

Result<int> SqlTx::CountInWindow(std::string_view key, Timestamp now, Micros window) {
  if (auto ok = Writable("CountInWindow"); !ok) return Fail(ok.error());
  return CountFixedWindow(LW_FIXED_WINDOW_UPSERT("rate_windows"), "CountInWindow", key, now,
                          window);
}

Result<std::int64_t> SqlTx::DeleteWindowsBefore(Timestamp before) {
  if (auto ok = Writable("DeleteWindowsBefore"); !ok) return Fail(ok.error());
  return Run("DELETE FROM rate_windows WHERE window_start < ?1", "DeleteWindowsBefore",
             [&](Query& q) { q.BindTime(1, before); });
}

#undef LW_FIXED_WINDOW_UPSERT

}  // namespace lw::sql

#include "storage/sql/rows.h"

#include <string>

#include "base/dates.h"
#include "domain/access/role.h"

namespace lw::sql {
namespace {

std::unexpected<Error> Unreadable(std::string_view what, const std::string& value) {
  return Fail(ErrorCode::kInternal, "stored " + std::string(what) + " '" + value +
                                        "' cannot be read by this version of livingwell");
}

}  // namespace

Result<Locality> ReadLocality(const Query& q) {
  return Locality{.id = q.Text(0), .name = q.Text(1), .service_name = q.Text(2)};
}

Result<Neighbourhood> ReadNeighbourhood(const Query& q) {
  return Neighbourhood{.id = q.Text(0), .locality_id = q.Text(1), .name = q.Text(2)};
}

Result<Organisation> ReadOrganisation(const Query& q) {
  std::string kind_key = q.Text(2);
  std::optional<OrganisationKind> kind = ParseOrganisationKind(kind_key);
  if (!kind) return Unreadable("organisation kind", kind_key);
  return Organisation{
      .id = q.Text(0), .name = q.Text(1), .kind = *kind, .network_partner = q.Int(3) != 0};
}

Result<Team> ReadTeam(const Query& q) {
  return Team{
      .id = q.Text(0), .locality_id = q.Text(1), .neighbourhood_id = q.Text(2), .name = q.Text(3)};
}

Result<User> ReadUser(const Query& q) {
  std::string role_key = q.Text(3);
  std::optional<Role> role = ParseRole(role_key);
  if (!role) return Unreadable("role", role_key);
  return User{.id = q.Text(0),
              .username = q.Text(1),
              .display_name = q.Text(2),
              .email = q.Text(9),
              .role = *role,
              .organisation_id = q.Text(4),
              .team_id = q.Text(5),
              .password_hash = q.Text(6),
              .active = q.Int(7) != 0,
              .created_at = q.Time(8)};
}

Result<Session> ReadSession(const Query& q) {
  return Session{.token_hash = q.Text(0),
                 .user_id = q.Text(1),
                 .csrf_token = q.Text(2),
                 .created_at = q.Time(3),
                 .last_seen_at = q.Time(4)};
}

Result<ApiToken> ReadApiToken(const Query& q) {
  return ApiToken{
      .token_hash = q.Text(0), .user_id = q.Text(1), .label = q.Text(2), .created_at = q.Time(3)};
}

Result<PersonVersion> ReadPersonVersion(const Query& q) {
  PersonVersion v;
  v.person.id = q.Text(0);
  v.person.version = q.Int(1);
  v.person.team_id = q.Text(2);
  v.person.given_name = q.Text(3);
  v.person.family_name = q.Text(4);
  v.person.preferred_name = q.Text(5);
  if (!q.IsNull(6)) {
    std::string iso = q.Text(6);
    auto date = Date::Parse(iso);
    if (!date) return Unreadable("date of birth", iso);
    v.person.date_of_birth = *date;
  }
  v.person.postcode = q.Text(7);
  v.person.nhs_number = q.Text(8);
  v.change.changed_by = q.Text(9);
  v.change.changed_at = q.Time(10);
  v.change.reason = q.Text(11);
  return v;
}

Result<AuditEntry> ReadAuditEntry(const Query& q) {
  AuditEntry e;
  e.seq = q.Int(0);
  e.event.at = q.Time(1);
  e.event.actor_user_id = q.Text(2);
  e.event.actor_role = q.Text(3);
  e.event.organisation_id = q.Text(4);
  e.event.action = q.Text(5);
  e.event.record_type = q.Text(6);
  e.event.record_id = q.Text(7);
  e.event.reason = q.Text(8);
  e.prev_hash = q.Text(9);
  e.hash = q.Text(10);
  return e;
}

Result<JobRun> ReadJobRun(const Query& q) {
  return JobRun{.job = q.Text(0),
                .slot = q.Time(1),
                .instance = q.Text(2),
                .started_at = q.Time(3),
                .finished_at = q.Time(4),
                .outcome = q.Text(5)};
}

}  // namespace lw::sql

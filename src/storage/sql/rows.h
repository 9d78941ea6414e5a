// Reading store rows into domain values, and the column lists they expect.
//
// Each `LW_*_COLUMNS` is the SELECT list its `Read*` decodes, in order, so the
// SQL in sql_tx*.cc and the decoding cannot drift apart. A stored value
// that no longer parses (an unknown role, a malformed date) is kInternal:
// only this code writes those columns.
#pragma once

#include "base/error.h"
#include "domain/audit/audit.h"
#include "domain/jobs/job_run.h"
#include "domain/org/organisation.h"
#include "domain/org/user.h"
#include "domain/people/person.h"
#include "storage/sql/query.h"

namespace lw::sql {

#define LW_LOCALITY_COLUMNS "id, name, service_name"
#define LW_NEIGHBOURHOOD_COLUMNS "id, locality_id, name"
#define LW_ORGANISATION_COLUMNS "id, name, kind, network_partner"
#define LW_TEAM_COLUMNS "id, locality_id, neighbourhood_id, name"
#define LW_USER_COLUMNS                                                                 \
  "id, username, display_name, role, organisation_id, team_id, password_hash, active, " \
  "created_at, email"
#define LW_SESSION_COLUMNS "token_hash, user_id, csrf_token, created_at, last_seen_at"
#define LW_API_TOKEN_COLUMNS "token_hash, user_id, label, created_at"
// Qualified by `v`, an alias of person_versions.
#define LW_PERSON_VERSION_COLUMNS                                                      \
  "v.person_id, v.version, v.team_id, v.given_name, v.family_name, v.preferred_name, " \
  "v.date_of_birth, v.postcode, v.nhs_number, v.changed_by, v.changed_at, v.reason"
#define LW_AUDIT_COLUMNS                                                                  \
  "seq, at, actor_user_id, actor_role, organisation_id, action, record_type, record_id, " \
  "reason, prev_hash, hash"

#define LW_JOB_RUN_COLUMNS "job, slot, instance, started_at, finished_at, outcome"

Result<Locality> ReadLocality(const Query& q);
Result<Neighbourhood> ReadNeighbourhood(const Query& q);
Result<Organisation> ReadOrganisation(const Query& q);
Result<Team> ReadTeam(const Query& q);
Result<User> ReadUser(const Query& q);
Result<Session> ReadSession(const Query& q);
Result<ApiToken> ReadApiToken(const Query& q);
Result<PersonVersion> ReadPersonVersion(const Query& q);
Result<AuditEntry> ReadAuditEntry(const Query& q);
Result<JobRun> ReadJobRun(const Query& q);

}  // namespace lw::sql

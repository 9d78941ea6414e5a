#include "storage/copy/table_list.h"

namespace lw::copy {
namespace {

constexpr ColumnType kText = ColumnType::kText;
constexpr ColumnType kInteger = ColumnType::kInteger;

// Mirrors storage/migrations/*.sql; table_list_test.cc keeps it honest.
std::vector<TableSpec> MakeTables() {
  return {
      {"localities", {{"id", kText}, {"name", kText}, {"service_name", kText}}, {"id"}},
      {"neighbourhoods", {{"id", kText}, {"locality_id", kText}, {"name", kText}}, {"id"}},
      {"organisations",
       {{"id", kText}, {"name", kText}, {"kind", kText}, {"network_partner", kInteger}},
       {"id"}},
      {"teams",
       {{"id", kText}, {"locality_id", kText}, {"neighbourhood_id", kText}, {"name", kText}},
       {"id"}},
      {"users",
       {{"id", kText},
        {"username", kText},
        {"display_name", kText},
        {"role", kText},
        {"organisation_id", kText},
        {"team_id", kText},
        {"password_hash", kText},
        {"active", kInteger},
        {"created_at", kInteger}},
       {"id"}},
      {"sessions",
       {{"token_hash", kText},
        {"user_id", kText},
        {"csrf_token", kText},
        {"created_at", kInteger},
        {"last_seen_at", kInteger}},
       {"token_hash"}},
      {"api_tokens",
       {{"token_hash", kText}, {"user_id", kText}, {"label", kText}, {"created_at", kInteger}},
       {"token_hash"}},
      {"signin_failures",
       {{"key", kText}, {"window_start", kInteger}, {"count", kInteger}},
       {"key"}},
      {"people", {{"id", kText}, {"team_id", kText}, {"version", kInteger}}, {"id"}},
      {"person_versions",
       {{"person_id", kText},
        {"version", kInteger},
        {"team_id", kText},
        {"given_name", kText},
        {"family_name", kText},
        {"preferred_name", kText},
        {"date_of_birth", kText},
        {"postcode", kText},
        {"nhs_number", kText},
        {"changed_by", kText},
        {"changed_at", kInteger},
        {"reason", kText}},
       {"person_id", "version"}},
      {"audit_log",
       {{"seq", kInteger},
        {"at", kInteger},
        {"actor_user_id", kText},
        {"actor_role", kText},
        {"organisation_id", kText},
        {"action", kText},
        {"record_type", kText},
        {"record_id", kText},
        {"reason", kText},
        {"prev_hash", kText},
        {"hash", kText}},
       {"seq"}},
      {"job_runs",
       {{"job", kText},
        {"slot", kInteger},
        {"instance", kText},
        {"started_at", kInteger},
        {"finished_at", kInteger},
        {"outcome", kText}},
       {"job", "slot"}},
      {"introductions",
       {{"id", kText},
        {"reference", kText},
        {"version", kInteger},
        {"team_id", kText},
        {"state", kText},
        {"received_at", kInteger},
        {"made_by_user_id", kText},
        {"assigned_user_id", kText},
        {"person_id", kText},
        {"source", kText}},
       {"id"}},
      {"introduction_versions",
       {{"introduction_id", kText},
        {"version", kInteger},
        {"changed_by", kText},
        {"changed_at", kInteger},
        {"reason", kText},
        {"record", kText}},
       {"introduction_id", "version"}},
      {"introduction_submissions",
       {{"key", kText}, {"introduction_id", kText}, {"recorded_at", kInteger}},
       {"key"}},
      {"rate_windows", {{"key", kText}, {"window_start", kInteger}, {"count", kInteger}}, {"key"}},
      {"introduction_tallies",
       {{"team_id", kText}, {"state", kText}, {"n", kInteger}},
       {"team_id", "state"}},
      {"records",
       {{"kind", kText},
        {"id", kText},
        {"version", kInteger},
        {"team_id", kText},
        {"owner_id", kText},
        {"is_open", kInteger},
        {"sort_key", kInteger}},
       {"kind", "id"}},
      {"record_versions",
       {{"kind", kText},
        {"id", kText},
        {"version", kInteger},
        {"changed_by", kText},
        {"changed_at", kInteger},
        {"reason", kText},
        {"body", kText}},
       {"kind", "id", "version"}},
      {"record_links",
       {{"kind", kText},
        {"record_id", kText},
        {"person_id", kText},
        {"flag", kInteger},
        {"sort_key", kInteger}},
       {"kind", "record_id", "person_id"}},
  };
}

}  // namespace

const std::vector<TableSpec>& CopiedTables() {
  static const std::vector<TableSpec> kAll = MakeTables();
  return kAll;
}

const TableSpec* FindCopiedTable(std::string_view name) {
  for (const TableSpec& t : CopiedTables()) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

}  // namespace lw::copy

// SqlTx: introductions (versioned; domain/frontdoor). The head row carries
// what lists need; each version row holds the whole record
// (introduction_record.h) and is never changed.
#include <string>

#include "storage/sql/introduction_record.h"
#include "storage/sql/sql_tx.h"

namespace lw::sql {
namespace {

constexpr const char* kInsertVersion =
    "INSERT INTO introduction_versions (introduction_id, version, changed_by, changed_at, reason, "
    "record) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

// The current version's record, joined from the head.
#define LW_CURRENT_INTRODUCTION                                       \
  "SELECT v.record FROM introductions i JOIN introduction_versions v" \
  " ON v.introduction_id = i.id AND v.version = i.version"

Result<Introduction> ReadRecord(const Query& q) { return DecodeIntroduction(q.Text(0)); }

}  // namespace

Status SqlTx::CreateIntroduction(const Introduction& in, const ChangeMeta& change) {
  if (auto ok = Writable("CreateIntroduction"); !ok) return ok;
  if (in.version != 1) {
    return Fail(ErrorCode::kInvalidArgument,
                "a new introduction is version 1, not " + std::to_string(in.version));
  }
  auto head = Run(
      "INSERT INTO introductions (id, reference, version, team_id, state, received_at, "
      "made_by_user_id, assigned_user_id, person_id) VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8)",
      "CreateIntroduction", [&](Query& q) {
        q.BindText(1, in.id)
            .BindText(2, in.reference)
            .BindText(3, in.team_id)
            .BindText(4, IntroductionStateKey(in.state))
            .BindTime(5, in.received_at)
            .BindOptionalText(6, in.made_by_user_id)
            .BindOptionalText(7, in.assigned_user_id)
            .BindOptionalText(8, in.person_id);
      });
  if (!head) return Fail(std::move(head.error()));
  auto version = Run(kInsertVersion, "CreateIntroduction", [&](Query& q) {
    q.BindText(1, in.id)
        .BindInt(2, 1)
        .BindText(3, change.changed_by)
        .BindTime(4, change.changed_at)
        .BindText(5, change.reason)
        .BindText(6, EncodeIntroduction(in));
  });
  if (!version) return Fail(std::move(version.error()));
  return Ok();
}

Status SqlTx::UpdateIntroduction(const Introduction& next, const ChangeMeta& change) {
  if (auto ok = Writable("UpdateIntroduction"); !ok) return ok;
  auto current = GetIntroduction(next.id);
  if (!current) return Fail(std::move(current.error()));
  if (!*current) return Fail(ErrorCode::kNotFound, "introduction '" + next.id + "' does not exist");
  const Introduction& was = **current;
  if (was.version != next.version - 1) {
    return Fail(Error::Conflict("the introduction was changed by someone else (now version " +
                                    std::to_string(was.version) + ", this change was based on " +
                                    std::to_string(next.version - 1) + ")",
                                was.version));
  }
  if (next.reference != was.reference || next.source != was.source ||
      next.made_by_user_id != was.made_by_user_id || next.received_at != was.received_at) {
    return Fail(ErrorCode::kInvalidArgument,
                "an introduction's reference, source, maker and receipt time never change");
  }
  // Optimistic concurrency: the head moves on only from the version read.
  auto head =
      Run("UPDATE introductions SET version = ?2, team_id = ?3, state = ?4, assigned_user_id = ?5, "
          "person_id = ?6 WHERE id = ?1 AND version = ?7",
          "UpdateIntroduction", [&](Query& q) {
            q.BindText(1, next.id)
                .BindInt(2, next.version)
                .BindText(3, next.team_id)
                .BindText(4, IntroductionStateKey(next.state))
                .BindOptionalText(5, next.assigned_user_id)
                .BindOptionalText(6, next.person_id)
                .BindInt(7, was.version);
          });
  if (!head) return Fail(std::move(head.error()));
  if (*head == 0) {
    return Fail(Error::Conflict("the introduction was changed by someone else", was.version + 1));
  }
  auto version = Run(kInsertVersion, "UpdateIntroduction", [&](Query& q) {
    q.BindText(1, next.id)
        .BindInt(2, next.version)
        .BindText(3, change.changed_by)
        .BindTime(4, change.changed_at)
        .BindText(5, change.reason)
        .BindText(6, EncodeIntroduction(next));
  });
  if (!version) {
    broken_ = version.error();  // the head moved on, its version is not in
    return Fail(std::move(version.error()));
  }
  return Ok();
}

Result<std::optional<Introduction>> SqlTx::GetIntroduction(std::string_view id) {
  auto q = c_.Prepare(LW_CURRENT_INTRODUCTION " WHERE i.id = ?1", "GetIntroduction");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, id);
  return First(*q, ReadRecord);
}

Result<std::optional<Introduction>> SqlTx::FindIntroductionByReference(std::string_view reference) {
  auto q =
      c_.Prepare(LW_CURRENT_INTRODUCTION " WHERE i.reference = ?1", "FindIntroductionByReference");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, reference);
  return First(*q, ReadRecord);
}

Result<std::vector<IntroductionVersion>> SqlTx::ListIntroductionVersions(std::string_view id) {
  auto q = c_.Prepare(
      "SELECT record, changed_by, changed_at, reason FROM introduction_versions"
      " WHERE introduction_id = ?1 ORDER BY version",
      "ListIntroductionVersions");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, id);
  auto versions = Collect(*q, [](const Query& row) -> Result<IntroductionVersion> {
    auto in = DecodeIntroduction(row.Text(0));
    if (!in) return Fail(std::move(in.error()));
    return IntroductionVersion{
        .introduction = std::move(*in),
        .change = ChangeMeta{
            .changed_by = row.Text(1), .changed_at = row.Time(2), .reason = row.Text(3)}};
  });
  if (versions && versions->empty()) {
    return Fail(ErrorCode::kNotFound, "introduction '" + std::string(id) + "' does not exist");
  }
  return versions;
}

Result<std::vector<Introduction>> SqlTx::ListIntroductions(const IntroductionFilter& filter) {
  if (filter.limit < 0) return Fail(ErrorCode::kInvalidArgument, "limit must not be negative");
  auto q = c_.Prepare(LW_CURRENT_INTRODUCTION
                      " WHERE (?1 = '' OR i.team_id = ?1)"
                      " AND (?2 = '' OR i.made_by_user_id = ?2)"
                      " AND (?3 = 0 OR i.state <> 'closed')"
                      " ORDER BY i.received_at, i.id LIMIT ?4",
                      "ListIntroductions");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, filter.team_id)
      .BindText(2, filter.made_by_user_id)
      .BindInt(3, filter.open_only ? 1 : 0)
      .BindInt(4, filter.limit);
  return Collect(*q, ReadRecord);
}

#undef LW_CURRENT_INTRODUCTION

}  // namespace lw::sql

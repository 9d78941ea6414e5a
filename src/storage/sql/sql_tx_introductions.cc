// SqlTx: introductions (versioned; domain/frontdoor). The head row carries
// what lists need; each version row holds the whole record
// (introduction_record.h) and is never changed.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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

// introduction_tallies (migration 0005) counts the heads by team and state;
// every change to a head's team or state moves it here in the same
// transaction. A count that would go below zero means the tally and the
// heads disagree: the transaction fails rather than store a wrong number.
Status SqlTx::Tally(std::string_view team_id, std::string_view state, int delta) {
  if (delta > 0) {
    auto up = Run(
        "INSERT INTO introduction_tallies (team_id, state, n) VALUES (?1, ?2, ?3)"
        " ON CONFLICT (team_id, state) DO UPDATE SET n = introduction_tallies.n + excluded.n",
        "Tally", [&](Query& q) { q.BindText(1, team_id).BindText(2, state).BindInt(3, delta); });
    if (!up) return Fail(std::move(up.error()));
    return Ok();
  }
  auto down = Run(
      "UPDATE introduction_tallies SET n = n - ?3 WHERE team_id = ?1 AND state = ?2 AND n >= ?3",
      "Tally", [&](Query& q) { q.BindText(1, team_id).BindText(2, state).BindInt(3, -delta); });
  if (!down) return Fail(std::move(down.error()));
  if (*down != 1) {
    Error e =
        Error::Make(ErrorCode::kInternal,
                    "the introduction tally for team '" + std::string(team_id) + "', state '" +
                        std::string(state) + "' disagrees with the introductions");
    broken_ = e;
    return Fail(std::move(e));
  }
  return Ok();
}

Status SqlTx::CreateIntroduction(const Introduction& in, const ChangeMeta& change) {
  if (auto ok = WritableData("CreateIntroduction"); !ok) return ok;
  if (in.version != 1) {
    return Fail(ErrorCode::kInvalidArgument,
                "a new introduction is version 1, not " + std::to_string(in.version));
  }
  auto head =
      Run("INSERT INTO introductions (id, reference, version, team_id, state, received_at, "
          "made_by_user_id, assigned_user_id, person_id, source) "
          "VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
          "CreateIntroduction", [&](Query& q) {
            q.BindText(1, in.id)
                .BindText(2, in.reference)
                .BindText(3, in.team_id)
                .BindText(4, IntroductionStateKey(in.state))
                .BindTime(5, in.received_at)
                .BindOptionalText(6, in.made_by_user_id)
                .BindOptionalText(7, in.assigned_user_id)
                .BindOptionalText(8, in.person_id)
                .BindText(9, IntroductionSourceKey(in.source));
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
  return Tally(in.team_id, IntroductionStateKey(in.state), +1);
}

Status SqlTx::UpdateIntroduction(const Introduction& next, const ChangeMeta& change) {
  if (auto ok = WritableData("UpdateIntroduction"); !ok) return ok;
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
          "person_id = ?6, source = ?8 WHERE id = ?1 AND version = ?7",
          "UpdateIntroduction", [&](Query& q) {
            q.BindText(1, next.id)
                .BindInt(2, next.version)
                .BindText(3, next.team_id)
                .BindText(4, IntroductionStateKey(next.state))
                .BindOptionalText(5, next.assigned_user_id)
                .BindOptionalText(6, next.person_id)
                .BindInt(7, was.version)
                .BindText(8, IntroductionSourceKey(next.source));
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
  if (next.team_id == was.team_id && next.state == was.state) return Ok();
  if (auto s = Tally(was.team_id, IntroductionStateKey(was.state), -1); !s) return s;
  return Tally(next.team_id, IntroductionStateKey(next.state), +1);
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

namespace {

// The ORDER BY for `order` over the page's columns (p, from MatchingHeads):
// every order ends with received_at then id. Unassigned sorts first
// whatever the backend's NULL ordering. Null for a value that is not an
// IntroductionOrder.
const char* OrderBy(IntroductionOrder order) {
  switch (order) {
    case IntroductionOrder::kOldestFirst:
      return " ORDER BY p.received_at, p.id";
    case IntroductionOrder::kNewestFirst:
      return " ORDER BY p.received_at DESC, p.id";
    case IntroductionOrder::kSource:
      return " ORDER BY p.source, p.received_at, p.id";
    case IntroductionOrder::kState:
      return " ORDER BY p.state, p.received_at, p.id";
    case IntroductionOrder::kAssigned:
      return " ORDER BY p.assigned, p.assigned_name, p.received_at, p.id";
  }
  return nullptr;
}

// The SQL for the heads `filter` matches, and the text values it binds
// (?1, ?2 ... in order). Only the filters in use appear, and the team and
// the assigned worker are joined only when needed, so that each statement
// is plain and PostgreSQL's cached generic plan is as good as a fresh one
// (a "?1 = '' OR ..." for every filter misleads its estimates badly).
struct MatchingHeads {
  std::string sql;  // " FROM ... WHERE ...", heads aliased i
  std::vector<std::string_view> values;
};

// `also`: one more condition (no bound values), or null. `table`: the
// heads, or introduction_tallies (which has their team_id and state, so it
// takes the same filters but the maker's and the person's).
MatchingHeads Match(const IntroductionFilter& filter, bool join_assigned,
                    const char* also = nullptr, const char* table = "introductions") {
  MatchingHeads m;
  m.sql = std::string(" FROM ") + table + " i";
  if (!filter.neighbourhood_id.empty()) m.sql += " JOIN teams t ON t.id = i.team_id";
  if (join_assigned) m.sql += " LEFT JOIN users u ON u.id = i.assigned_user_id";
  std::vector<std::string> conditions;
  if (filter.open_only) conditions.emplace_back("i.state <> 'closed'");
  if (also != nullptr) conditions.emplace_back(also);
  auto equal = [&](const char* column, std::string_view value) {
    if (value.empty()) return;
    m.values.push_back(value);
    conditions.push_back(std::string(column) + " = ?" + std::to_string(m.values.size()));
  };
  equal("i.team_id", filter.team_id);
  equal("t.neighbourhood_id", filter.neighbourhood_id);
  equal("i.made_by_user_id", filter.made_by_user_id);
  equal("i.person_id", filter.person_id);
  for (std::size_t i = 0; i < conditions.size(); ++i) {
    m.sql += (i == 0 ? " WHERE " : " AND ") + conditions[i];
  }
  return m;
}

void BindValues(Query& q, const MatchingHeads& m) {
  for (std::size_t i = 0; i < m.values.size(); ++i)
    q.BindText(static_cast<int>(i) + 1, m.values[i]);
}

}  // namespace

// The page is chosen and ordered over the narrow head rows, then joined with
// its versions (only the page's records are read) and put in order again: a
// join keeps no order.
Result<std::vector<Introduction>> SqlTx::ListIntroductions(const IntroductionFilter& filter) {
  if (filter.limit < 0) return Fail(ErrorCode::kInvalidArgument, "limit must not be negative");
  if (filter.offset < 0) return Fail(ErrorCode::kInvalidArgument, "offset must not be negative");
  const char* order_by = OrderBy(filter.order);
  if (order_by == nullptr) return Fail(ErrorCode::kInvalidArgument, "unknown introduction order");
  const bool by_assigned = filter.order == IntroductionOrder::kAssigned;
  const MatchingHeads m = Match(filter, by_assigned);
  const int limit = static_cast<int>(m.values.size()) + 1;
  const int offset = limit + 1;
  const std::string sql =
      std::string(
          "SELECT v.record FROM (SELECT * FROM (SELECT i.id, i.version, i.received_at,"
          " i.source, i.state") +
      (by_assigned ? ", CASE WHEN i.assigned_user_id IS NULL THEN 0 ELSE 1 END AS assigned,"
                     " COALESCE(u.display_name, '') AS assigned_name"
                   : "") +
      m.sql + ") p" + order_by + " LIMIT ?" + std::to_string(limit) + " OFFSET ?" +
      std::to_string(offset) +
      ") p JOIN introduction_versions v ON v.introduction_id = p.id AND v.version = p.version" +
      order_by;
  auto q = c_.Prepare(sql, "ListIntroductions");
  if (!q) return Fail(std::move(q.error()));
  BindValues(*q, m);
  q->BindInt(limit, filter.limit).BindInt(offset, filter.offset);
  return Collect(*q, ReadRecord);
}

// The total comes from the tallies when only the team or neighbourhood
// narrows the list (the front-door list); a maker's or a person's
// introductions are few and counted directly. Those waiting since
// `waiting_since` are a range of introductions_by_state (or, for a team,
// introductions_by_team): only they are visited.
Result<IntroductionCounts> SqlTx::CountIntroductions(const IntroductionFilter& filter,
                                                     Timestamp waiting_since) {
  IntroductionCounts counts;
  const bool tallied = filter.made_by_user_id.empty() && filter.person_id.empty();
  {
    const MatchingHeads m =
        tallied ? Match(filter, /*join_assigned=*/false, nullptr, "introduction_tallies")
                : Match(filter, /*join_assigned=*/false);
    auto q = c_.Prepare((tallied ? "SELECT COALESCE(SUM(i.n), 0)" : "SELECT COUNT(*)") + m.sql,
                        "CountIntroductions");
    if (!q) return Fail(std::move(q.error()));
    BindValues(*q, m);
    auto row = q->Step();
    if (!row) return Fail(std::move(row.error()));
    counts.total = q->Int(0);
  }
  IntroductionFilter waiting = filter;
  waiting.open_only = false;  // implied by the states
  const MatchingHeads m =
      Match(waiting, /*join_assigned=*/false, "i.state IN ('open', 'conversation-booked')");
  const int since = static_cast<int>(m.values.size()) + 1;
  auto q = c_.Prepare("SELECT COUNT(*)" + m.sql + " AND i.received_at < ?" + std::to_string(since),
                      "CountIntroductions");
  if (!q) return Fail(std::move(q.error()));
  BindValues(*q, m);
  q->BindTime(since, waiting_since);
  auto row = q->Step();
  if (!row) return Fail(std::move(row.error()));
  counts.waiting_since = q->Int(0);
  return counts;
}

// --- Submission keys.

Status SqlTx::RecordSubmission(std::string_view key, std::string_view introduction_id,
                               Timestamp at) {
  if (auto ok = Writable("RecordSubmission"); !ok) return ok;
  auto added =
      Run("INSERT INTO introduction_submissions (key, introduction_id, recorded_at) VALUES (?1, "
          "?2, ?3)",
          "RecordSubmission",
          [&](Query& q) { q.BindText(1, key).BindText(2, introduction_id).BindTime(3, at); });
  if (!added) return Fail(std::move(added.error()));
  return Ok();
}

Result<std::optional<std::string>> SqlTx::FindSubmission(std::string_view key) {
  auto q = c_.Prepare("SELECT introduction_id FROM introduction_submissions WHERE key = ?1",
                      "FindSubmission");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, key);
  return First(*q, [](const Query& row) -> Result<std::string> { return row.Text(0); });
}

Result<std::int64_t> SqlTx::DeleteSubmissionsBefore(Timestamp before) {
  if (auto ok = Writable("DeleteSubmissionsBefore"); !ok) return Fail(ok.error());
  return Run("DELETE FROM introduction_submissions WHERE recorded_at < ?1",
             "DeleteSubmissionsBefore", [&](Query& q) { q.BindTime(1, before); });
}

#undef LW_CURRENT_INTRODUCTION

}  // namespace lw::sql

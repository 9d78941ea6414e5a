// SqlTx: team records (domain/ports/records.h; migration 0006). The head
// row in `records` carries the index of the current version; each version
// row in `record_versions` holds the body and is never changed;
// `record_links` names the people the current version is about.
#include <cstddef>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/sql/in_list.h"
#include "storage/sql/sql_tx.h"

namespace lw::sql {
namespace {

std::string Quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string Describe(RecordKind kind, std::string_view id) {
  return std::string(RecordKindKey(kind)) + " " + Quoted(id);
}

StoredRecord ReadHead(const Query& q) {
  // Columns: kind, id, version, team_id, owner_id, is_open, sort_key, body.
  StoredRecord r;
  r.kind = ParseRecordKind(q.Text(0)).value_or(RecordKind::kEpisode);
  r.id = q.Text(1);
  r.version = q.Int(2);
  r.index.team_id = q.Text(3);
  r.index.owner_id = q.Text(4);
  r.index.open = q.Int(5) != 0;
  r.index.sort_key = q.Int(6);
  r.body = q.Text(7);
  return r;
}

#define LW_RECORD_COLUMNS                                                                        \
  "r.kind, r.id, r.version, r.team_id, r.owner_id, r.is_open, r.sort_key, v.body FROM records r" \
  " JOIN record_versions v ON v.kind = r.kind AND v.id = r.id AND v.version = r.version"

}  // namespace

Status SqlTx::WriteRecordVersion(const StoredRecord& r, const ChangeMeta& change,
                                 std::string_view doing) {
  auto version =
      Run("INSERT INTO record_versions (kind, id, version, changed_by, changed_at, reason, body)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
          doing, [&](Query& q) {
            q.BindText(1, RecordKindKey(r.kind))
                .BindText(2, r.id)
                .BindInt(3, r.version)
                .BindText(4, change.changed_by)
                .BindTime(5, change.changed_at)
                .BindText(6, change.reason)
                .BindText(7, r.body);
          });
  if (!version) return Fail(std::move(version.error()));
  for (const RecordLink& link : r.index.links) {
    auto linked =
        Run("INSERT INTO record_links (kind, record_id, person_id, flag, sort_key)"
            " VALUES (?1, ?2, ?3, ?4, ?5)",
            doing, [&](Query& q) {
              q.BindText(1, RecordKindKey(r.kind))
                  .BindText(2, r.id)
                  .BindText(3, link.person_id)
                  .BindInt(4, link.flag ? 1 : 0)
                  .BindInt(5, r.index.sort_key);
            });
    if (!linked) return Fail(std::move(linked.error()));
  }
  return Ok();
}

Status SqlTx::CreateRecord(const StoredRecord& r, const ChangeMeta& change) {
  if (auto ok = WritableData("CreateRecord"); !ok) return ok;
  if (r.version != 1) {
    return Fail(ErrorCode::kInvalidArgument,
                "a new record is version 1, not " + std::to_string(r.version));
  }
  auto taken = GetRecord(r.kind, r.id);
  if (!taken) return Fail(std::move(taken.error()));
  if (*taken) {
    Error e = Error::Make(ErrorCode::kAlreadyExists, Describe(r.kind, r.id) + " already exists");
    broken_ = e;  // as the database's own refusal would
    return Fail(std::move(e));
  }
  auto head =
      Run("INSERT INTO records (kind, id, version, team_id, owner_id, is_open, sort_key)"
          " VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6)",
          "CreateRecord", [&](Query& q) {
            q.BindText(1, RecordKindKey(r.kind))
                .BindText(2, r.id)
                .BindText(3, r.index.team_id)
                .BindText(4, r.index.owner_id)
                .BindInt(5, r.index.open ? 1 : 0)
                .BindInt(6, r.index.sort_key);
          });
  if (!head) return Fail(std::move(head.error()));
  return WriteRecordVersion(r, change, "CreateRecord");
}

Status SqlTx::UpdateRecord(const StoredRecord& r, const ChangeMeta& change) {
  if (auto ok = WritableData("UpdateRecord"); !ok) return ok;
  auto current = GetRecord(r.kind, r.id);
  if (!current) return Fail(std::move(current.error()));
  if (!*current) return Fail(ErrorCode::kNotFound, Describe(r.kind, r.id) + " does not exist");
  const long long was = (*current)->version;
  if (r.version != was + 1) {
    return Fail(Error::Conflict("the record was changed by someone else (now version " +
                                    std::to_string(was) + ", this change was based on " +
                                    std::to_string(r.version - 1) + ")",
                                was));
  }
  auto head = Run(
      "UPDATE records SET version = ?3, team_id = ?4, owner_id = ?5, is_open = ?6, sort_key = ?7"
      " WHERE kind = ?1 AND id = ?2 AND version = ?8",
      "UpdateRecord", [&](Query& q) {
        q.BindText(1, RecordKindKey(r.kind))
            .BindText(2, r.id)
            .BindInt(3, r.version)
            .BindText(4, r.index.team_id)
            .BindText(5, r.index.owner_id)
            .BindInt(6, r.index.open ? 1 : 0)
            .BindInt(7, r.index.sort_key)
            .BindInt(8, was);
      });
  if (!head) return Fail(std::move(head.error()));
  if (*head == 0) return Fail(Error::Conflict("the record was changed by someone else", was + 1));
  auto unlinked = Run("DELETE FROM record_links WHERE kind = ?1 AND record_id = ?2", "UpdateRecord",
                      [&](Query& q) { q.BindText(1, RecordKindKey(r.kind)).BindText(2, r.id); });
  if (!unlinked) return Fail(std::move(unlinked.error()));
  if (auto s = WriteRecordVersion(r, change, "UpdateRecord"); !s) {
    broken_ = s.error();  // the head moved on, its version is not in
    return s;
  }
  return Ok();
}

Result<std::optional<StoredRecord>> SqlTx::GetRecord(RecordKind kind, std::string_view id) {
  auto q = c_.Prepare("SELECT " LW_RECORD_COLUMNS " WHERE r.kind = ?1 AND r.id = ?2", "GetRecord");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, RecordKindKey(kind)).BindText(2, id);
  auto head = First(*q, [](const Query& row) -> Result<StoredRecord> { return ReadHead(row); });
  if (!head || !*head) return head;
  auto links = ReadLinks(kind, {(*head)->id});
  if (!links) return Fail(std::move(links.error()));
  (*head)->index.links = std::move(links->front());
  return head;
}

// The links of each of `ids` (of one kind), in the order of `ids`; within a
// record by person id. One statement for up to kMaxInList records.
Result<std::vector<std::vector<RecordLink>>> SqlTx::ReadLinks(RecordKind kind,
                                                              const std::vector<std::string>& ids) {
  std::map<std::string, std::vector<RecordLink>, std::less<>> found;
  auto read = ForEachInListChunk(ids, [&](std::span<const std::string> chunk) -> Status {
    auto q = c_.Prepare(
        "SELECT record_id, person_id, flag FROM record_links WHERE kind = ?1 AND record_id IN (" +
            InListParams(2, InListSlots(chunk.size())) + ") ORDER BY record_id, person_id",
        "ReadLinks");
    if (!q) return Fail(std::move(q.error()));
    q->BindText(1, RecordKindKey(kind));
    BindInList(*q, 2, chunk);
    while (true) {
      auto row = q->Step();
      if (!row) return Fail(std::move(row.error()));
      if (!*row) return Ok();
      found[q->Text(0)].push_back(RecordLink{.person_id = q->Text(1), .flag = q->Int(2) != 0});
    }
  });
  if (!read) return Fail(std::move(read.error()));
  std::vector<std::vector<RecordLink>> out(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    auto it = found.find(ids[i]);
    if (it != found.end()) out[i] = it->second;
  }
  return out;
}

Result<std::vector<StoredRecordVersion>> SqlTx::ListRecordVersions(RecordKind kind,
                                                                   std::string_view id) {
  auto q = c_.Prepare(
      "SELECT version, body, changed_by, changed_at, reason FROM record_versions"
      " WHERE kind = ?1 AND id = ?2 ORDER BY version",
      "ListRecordVersions");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, RecordKindKey(kind)).BindText(2, id);
  auto versions = Collect(*q, [](const Query& row) -> Result<StoredRecordVersion> {
    return StoredRecordVersion{
        .version = row.Int(0),
        .body = row.Text(1),
        .change = {.changed_by = row.Text(2), .changed_at = row.Time(3), .reason = row.Text(4)}};
  });
  if (versions && versions->empty()) {
    return Fail(ErrorCode::kNotFound, Describe(kind, id) + " does not exist");
  }
  return versions;
}

// Only the filters in use appear in the statement, so each is plain and
// uses its index (see Match in sql_tx_introductions.cc for why).
Result<std::vector<StoredRecord>> SqlTx::ListRecords(const RecordFilter& f) {
  if (f.limit < 0) return Fail(ErrorCode::kInvalidArgument, "limit must not be negative");
  std::vector<std::string> texts{std::string(RecordKindKey(f.kind))};
  std::vector<std::int64_t> ints;
  std::string where = " WHERE r.kind = ?1";
  std::string from = " FROM records r";
  auto text = [&](const char* column, const std::string& value) {
    if (value.empty()) return;
    texts.push_back(value);
    where += std::string(" AND ") + column + " = ?" + std::to_string(texts.size());
  };
  text("r.team_id", f.team_id);
  text("r.owner_id", f.owner_id);
  if (!f.person_id.empty()) {
    from += " JOIN record_links l ON l.kind = r.kind AND l.record_id = r.id";
    text("l.person_id", f.person_id);
  }
  if (f.open_only) where += " AND r.is_open = 1";
  const int first_int = static_cast<int>(texts.size()) + 1;
  auto bound = [&](const char* op, const std::optional<std::int64_t>& value) {
    if (!value) return;
    ints.push_back(*value);
    where += std::string(" AND r.sort_key ") + op + " ?" +
             std::to_string(first_int + static_cast<int>(ints.size()) - 1);
  };
  bound(">=", f.sort_from);
  bound("<", f.sort_to);
  ints.push_back(f.limit);
  const std::string order =
      f.newest_first ? " ORDER BY p.sort_key DESC, p.id DESC" : " ORDER BY p.sort_key, p.id";
  const std::string sql =
      "SELECT p.kind, p.id, p.version, p.team_id, p.owner_id, p.is_open, p.sort_key, v.body"
      " FROM (SELECT r.kind, r.id, r.version, r.team_id, r.owner_id, r.is_open, r.sort_key" +
      from + where +
      std::string(f.newest_first ? " ORDER BY r.sort_key DESC, r.id DESC"
                                 : " ORDER BY r.sort_key, r.id") +
      " LIMIT ?" + std::to_string(first_int + static_cast<int>(ints.size()) - 1) +
      ") p JOIN record_versions v ON v.kind = p.kind AND v.id = p.id AND v.version = p.version" +
      order;
  auto q = c_.Prepare(sql, "ListRecords");
  if (!q) return Fail(std::move(q.error()));
  for (std::size_t i = 0; i < texts.size(); ++i) q->BindText(static_cast<int>(i) + 1, texts[i]);
  for (std::size_t i = 0; i < ints.size(); ++i) {
    q->BindInt(first_int + static_cast<int>(i), ints[i]);
  }
  auto heads = Collect(*q, [](const Query& row) -> Result<StoredRecord> { return ReadHead(row); });
  if (!heads || !f.with_links) return heads;
  std::vector<std::string> ids;
  ids.reserve(heads->size());
  for (const StoredRecord& r : *heads) ids.push_back(r.id);
  auto links = ReadLinks(f.kind, ids);
  if (!links) return Fail(std::move(links.error()));
  for (std::size_t i = 0; i < heads->size(); ++i) (*heads)[i].index.links = std::move((*links)[i]);
  return heads;
}

// One statement for up to kMaxInList people: each person's greatest sort
// key is one seek to the end of their range of record_links_by_person (a
// correlated MAX), rather than a scan of the range (MAX ... GROUP BY). The
// people come as a VALUES list, whose column both SQLite and PostgreSQL
// call column1.
Result<std::vector<std::pair<std::string, std::int64_t>>> SqlTx::LatestFlagged(
    RecordKind kind, const std::vector<std::string>& person_ids) {
  std::map<std::string, std::int64_t, std::less<>> latest;
  auto read = ForEachInListChunk(person_ids, [&](std::span<const std::string> chunk) -> Status {
    auto q = c_.Prepare(
        "SELECT x.column1, (SELECT MAX(l.sort_key) FROM record_links l WHERE l.person_id ="
        " x.column1 AND l.kind = ?1 AND l.flag = 1) FROM (VALUES " +
            InListRows(2, InListSlots(chunk.size())) + ") AS x",
        "LatestFlagged");
    if (!q) return Fail(std::move(q.error()));
    q->BindText(1, RecordKindKey(kind));
    BindInList(*q, 2, chunk);
    while (true) {
      auto row = q->Step();
      if (!row) return Fail(std::move(row.error()));
      if (!*row) return Ok();
      if (!q->IsNull(1)) latest.emplace(q->Text(0), q->Int(1));
    }
  });
  if (!read) return Fail(std::move(read.error()));
  std::vector<std::pair<std::string, std::int64_t>> out;
  for (const std::string& person : person_ids) {
    auto it = latest.find(person);
    if (it != latest.end()) out.emplace_back(person, it->second);
  }
  return out;
}

}  // namespace lw::sql

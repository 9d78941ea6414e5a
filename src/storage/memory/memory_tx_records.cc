// MemoryTx: team records (domain/ports/records.h). The lists and orders are
// the SQL stores' (storage/sql/sql_tx_records.cc) written out as
// comparisons.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/memory/memory_tx.h"
#include "storage/memory/memory_tx_support.h"

namespace lw {

using memory_tx::CheckLimit;
using memory_tx::Taken;

namespace {

std::string Describe(RecordKind kind, std::string_view id) {
  return std::string(RecordKindKey(kind)) + " '" + std::string(id) + "'";
}

// Links as the SQL stores return them: by person id.
StoredRecord Sorted(StoredRecord r) {
  std::ranges::sort(r.index.links, {}, &RecordLink::person_id);
  return r;
}

bool Links(const StoredRecord& r, std::string_view person_id) {
  return std::ranges::any_of(r.index.links,
                             [&](const RecordLink& l) { return l.person_id == person_id; });
}

}  // namespace

Status MemoryTx::CreateRecord(const StoredRecord& r, const ChangeMeta& change) {
  if (auto ok = WritableData("CreateRecord"); !ok) return ok;
  if (r.version != 1) {
    return Fail(ErrorCode::kInvalidArgument,
                "a new record is version 1, not " + std::to_string(r.version));
  }
  const std::string key = RecordKey(r.kind, r.id);
  if (s_.records.contains(key)) return Ends(Taken(RecordKindKey(r.kind), r.id));
  Remember(s_.records, key);
  s_.records.emplace(key,
                     MemoryRecord{.head = Sorted(r),
                                  .versions = {{.version = 1, .body = r.body, .change = change}}});
  return Ok();
}

Status MemoryTx::UpdateRecord(const StoredRecord& r, const ChangeMeta& change) {
  if (auto ok = WritableData("UpdateRecord"); !ok) return ok;
  const std::string key = RecordKey(r.kind, r.id);
  auto it = s_.records.find(key);
  if (it == s_.records.end()) {
    return Fail(ErrorCode::kNotFound, Describe(r.kind, r.id) + " does not exist");
  }
  const long long was = it->second.head.version;
  if (r.version != was + 1) {
    return Fail(Error::Conflict("the record was changed by someone else (now version " +
                                    std::to_string(was) + ", this change was based on " +
                                    std::to_string(r.version - 1) + ")",
                                was));
  }
  Remember(s_.records, key);
  it->second.head = Sorted(r);
  it->second.versions.push_back({.version = r.version, .body = r.body, .change = change});
  return Ok();
}

Result<std::optional<StoredRecord>> MemoryTx::GetRecord(RecordKind kind, std::string_view id) {
  auto it = s_.records.find(RecordKey(kind, id));
  if (it == s_.records.end()) return std::optional<StoredRecord>();
  return std::optional<StoredRecord>(it->second.head);
}

Result<std::vector<StoredRecordVersion>> MemoryTx::ListRecordVersions(RecordKind kind,
                                                                      std::string_view id) {
  auto it = s_.records.find(RecordKey(kind, id));
  if (it == s_.records.end()) {
    return Fail(ErrorCode::kNotFound, Describe(kind, id) + " does not exist");
  }
  return it->second.versions;
}

Result<std::vector<StoredRecord>> MemoryTx::ListRecords(const RecordFilter& f) {
  if (auto ok = CheckLimit(f.limit); !ok) return Fail(ok.error());
  std::vector<const StoredRecord*> matched;
  for (const auto& [key, record] : s_.records) {
    const StoredRecord& r = record.head;
    if (r.kind != f.kind) continue;
    if (!f.team_id.empty() && r.index.team_id != f.team_id) continue;
    if (!f.owner_id.empty() && r.index.owner_id != f.owner_id) continue;
    if (!f.person_id.empty() && !Links(r, f.person_id)) continue;
    if (f.open_only && !r.index.open) continue;
    if (f.sort_from && r.index.sort_key < *f.sort_from) continue;
    if (f.sort_to && r.index.sort_key >= *f.sort_to) continue;
    matched.push_back(&r);
  }
  auto before = [&](const StoredRecord* a, const StoredRecord* b) {
    auto ka = std::tie(a->index.sort_key, a->id);
    auto kb = std::tie(b->index.sort_key, b->id);
    return f.newest_first ? kb < ka : ka < kb;
  };
  std::ranges::sort(matched, before);
  std::vector<StoredRecord> out;
  for (const StoredRecord* r : matched) {
    if (std::cmp_greater_equal(out.size(), f.limit)) break;
    out.push_back(*r);
    if (!f.with_links) out.back().index.links.clear();
  }
  return out;
}

Result<std::vector<std::pair<std::string, std::int64_t>>> MemoryTx::LatestFlagged(
    RecordKind kind, const std::vector<std::string>& person_ids) {
  std::vector<std::pair<std::string, std::int64_t>> out;
  for (const std::string& person : person_ids) {
    std::optional<std::int64_t> latest;
    for (const auto& [key, record] : s_.records) {
      const StoredRecord& r = record.head;
      if (r.kind != kind) continue;
      for (const RecordLink& l : r.index.links) {
        if (l.person_id == person && l.flag)
          latest = std::max(latest.value_or(r.index.sort_key), r.index.sort_key);
      }
    }
    if (latest) out.emplace_back(person, *latest);
  }
  return out;
}

}  // namespace lw

// MemoryTx: introductions (versioned, as people), their lists and counts,
// and submission keys. The orders and matches are the SQL stores'
// (storage/sql/sql_tx_introductions.cc) written out as comparisons.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "storage/memory/memory_tx.h"
#include "storage/memory/memory_tx_support.h"

namespace lw {

using memory_tx::CheckLimit;
using memory_tx::Dangling;
using memory_tx::Missing;
using memory_tx::Taken;

// --- Introductions.

Status MemoryTx::CreateIntroduction(const Introduction& in, const ChangeMeta& change) {
  if (auto ok = WritableData("CreateIntroduction"); !ok) return ok;
  if (in.version != 1) {
    return Fail(ErrorCode::kInvalidArgument,
                "a new introduction is version 1, not " + std::to_string(in.version));
  }
  if (s_.introductions.contains(in.id)) return Ends(Taken("introduction", in.id));
  for (const auto& [id, versions] : s_.introductions) {
    if (versions.back().introduction.reference == in.reference) {
      return Ends(Taken("introduction reference", in.reference));
    }
  }
  if (auto ok = IntroductionReferencesExist(in); !ok) return Ends(std::unexpected(ok.error()));
  Remember(s_.introductions, in.id);
  s_.introductions.emplace(in.id, std::vector<IntroductionVersion>{{in, change}});
  return Ok();
}

Status MemoryTx::IntroductionReferencesExist(const Introduction& in) const {
  if (!s_.teams.contains(in.team_id)) return Dangling("team", in.team_id);
  for (const std::string* user : {&in.made_by_user_id, &in.assigned_user_id}) {
    if (!user->empty() && !s_.users.contains(*user)) return Dangling("user", *user);
  }
  if (!in.person_id.empty() && !s_.people.contains(in.person_id)) {
    return Dangling("person", in.person_id);
  }
  return Ok();
}

Status MemoryTx::UpdateIntroduction(const Introduction& next, const ChangeMeta& change) {
  if (auto ok = WritableData("UpdateIntroduction"); !ok) return ok;
  auto it = s_.introductions.find(next.id);
  if (it == s_.introductions.end()) return Missing("introduction", next.id);
  const Introduction& was = it->second.back().introduction;
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
  if (auto ok = IntroductionReferencesExist(next); !ok) return Ends(std::unexpected(ok.error()));
  Remember(s_.introductions, next.id);
  it->second.push_back({next, change});
  return Ok();
}

Result<std::optional<Introduction>> MemoryTx::GetIntroduction(std::string_view id) {
  auto it = s_.introductions.find(id);
  if (it == s_.introductions.end()) return std::nullopt;
  return std::optional(it->second.back().introduction);
}

Result<std::optional<Introduction>> MemoryTx::FindIntroductionByReference(
    std::string_view reference) {
  for (const auto& [id, versions] : s_.introductions) {
    if (versions.back().introduction.reference == reference) {
      return std::optional(versions.back().introduction);
    }
  }
  return std::nullopt;
}

Result<std::vector<IntroductionVersion>> MemoryTx::ListIntroductionVersions(std::string_view id) {
  auto it = s_.introductions.find(id);
  if (it == s_.introductions.end()) return Missing("introduction", id);
  return it->second;
}

std::vector<const Introduction*> MemoryTx::MatchingIntroductions(
    const IntroductionFilter& filter) const {
  std::vector<const Introduction*> out;
  for (const auto& [id, versions] : s_.introductions) {
    const Introduction& in = versions.back().introduction;
    if (!filter.team_id.empty() && in.team_id != filter.team_id) continue;
    if (!filter.neighbourhood_id.empty()) {
      auto team = s_.teams.find(in.team_id);
      if (team == s_.teams.end() || team->second.neighbourhood_id != filter.neighbourhood_id) {
        continue;
      }
    }
    if (!filter.made_by_user_id.empty() && in.made_by_user_id != filter.made_by_user_id) continue;
    if (!filter.person_id.empty() && in.person_id != filter.person_id) continue;
    if (filter.open_only && in.IsClosed()) continue;
    out.push_back(&in);
  }
  return out;
}

namespace {

// What an introduction sorts by in `order`, in sort order; received_at is
// negated for newest first (microseconds, so it cannot overflow).
struct SortKey {
  int assigned = 0;  // 0: nobody yet, so they come first
  std::string text;  // source key, state key or assigned worker's name; "" when unused
  std::int64_t received = 0;
  std::string_view id;

  auto Tie() const { return std::tie(assigned, text, received, id); }
};

}  // namespace

Result<std::vector<Introduction>> MemoryTx::ListIntroductions(const IntroductionFilter& filter) {
  if (auto ok = CheckLimit(filter.limit); !ok) return std::unexpected(ok.error());
  if (filter.offset < 0) return Fail(ErrorCode::kInvalidArgument, "offset must not be negative");
  if (filter.order > IntroductionOrder::kAssigned) {
    return Fail(ErrorCode::kInvalidArgument, "unknown introduction order");
  }
  std::vector<std::pair<SortKey, const Introduction*>> keyed;
  for (const Introduction* in : MatchingIntroductions(filter)) {
    SortKey key{.received = ToUnixMicros(in->received_at), .id = in->id};
    switch (filter.order) {
      case IntroductionOrder::kOldestFirst:
        break;
      case IntroductionOrder::kNewestFirst:
        key.received = -key.received;
        break;
      case IntroductionOrder::kSource:
        key.text = IntroductionSourceKey(in->source);
        break;
      case IntroductionOrder::kState:
        key.text = IntroductionStateKey(in->state);
        break;
      case IntroductionOrder::kAssigned:
        if (!in->assigned_user_id.empty()) {
          key.assigned = 1;
          auto user = s_.users.find(in->assigned_user_id);
          if (user != s_.users.end()) key.text = user->second.display_name;
        }
        break;
    }
    keyed.emplace_back(std::move(key), in);
  }
  std::ranges::sort(keyed,
                    [](const auto& a, const auto& b) { return a.first.Tie() < b.first.Tie(); });
  std::vector<Introduction> out;
  for (std::size_t i = static_cast<std::size_t>(filter.offset);
       i < keyed.size() && std::cmp_less(out.size(), filter.limit); ++i) {
    out.push_back(*keyed[i].second);
  }
  return out;
}

Result<IntroductionCounts> MemoryTx::CountIntroductions(const IntroductionFilter& filter,
                                                        Timestamp waiting_since) {
  IntroductionCounts counts;
  for (const Introduction* in : MatchingIntroductions(filter)) {
    ++counts.total;
    const bool waiting = in->state == IntroductionState::kOpen ||
                         in->state == IntroductionState::kConversationBooked;
    if (waiting && in->received_at < waiting_since) ++counts.waiting_since;
  }
  return counts;
}

// --- Submission keys.

Status MemoryTx::RecordSubmission(std::string_view key, std::string_view introduction_id,
                                  Timestamp at) {
  if (auto ok = Writable("RecordSubmission"); !ok) return ok;
  if (s_.submissions.contains(key)) return Ends(Taken("submission", key));
  if (!s_.introductions.contains(introduction_id)) {
    return Ends(Dangling("introduction", introduction_id));
  }
  Remember(s_.submissions, key);
  s_.submissions.emplace(
      std::string(key),
      SubmissionRecord{.introduction_id = std::string(introduction_id), .recorded_at = at});
  return Ok();
}

Result<std::optional<std::string>> MemoryTx::FindSubmission(std::string_view key) {
  auto it = s_.submissions.find(key);
  if (it == s_.submissions.end()) return std::nullopt;
  return std::optional(it->second.introduction_id);
}

Result<std::int64_t> MemoryTx::DeleteSubmissionsBefore(Timestamp before) {
  if (auto ok = Writable("DeleteSubmissionsBefore"); !ok) return std::unexpected(ok.error());
  std::vector<std::string> old;
  for (const auto& [key, submission] : s_.submissions) {
    if (submission.recorded_at < before) old.push_back(key);
  }
  for (const std::string& key : old) {
    Remember(s_.submissions, key);
    s_.submissions.erase(key);
  }
  return static_cast<std::int64_t>(old.size());
}

}  // namespace lw

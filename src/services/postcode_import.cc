#include "services/postcode_import.h"

#include <algorithm>
#include <sstream>
#include <utility>

namespace lw {

using directory::LineOutcome;

namespace {

Status StoreBatch(Store& store, const std::vector<PostcodePoint>& batch) {
  return store.Transact(TxMode::kWrite,
                        [&](StoreTx& tx) -> Status { return tx.PutPostcodes(batch); });
}

}  // namespace

Result<PostcodeImportReport> ImportPostcodes(Store& store, std::istream& in,
                                             const PostcodeImportOptions& options) {
  PostcodeImportReport report;
  std::string line;
  if (!std::getline(in, line)) {
    return Fail(ErrorCode::kInvalidArgument, "the file is empty");
  }
  report.lines = 1;
  auto layout = directory::DetectPostcodeLayout(line);
  if (!layout) return Fail(layout.error());
  report.kind = layout->kind;

  const std::size_t batch_size = options.batch_size == 0 ? 1 : options.batch_size;
  std::vector<PostcodePoint> batch;
  batch.reserve(std::min<std::size_t>(batch_size, 100'000));
  auto flush = [&]() -> Status {
    if (batch.empty()) return Ok();
    if (auto s = StoreBatch(store, batch); !s) return s;
    report.imported += static_cast<std::int64_t>(batch.size());
    ++report.batches;
    batch.clear();
    return Ok();
  };
  auto take = [&](std::string_view text) -> Status {
    directory::ParsedPostcodeLine parsed = directory::ParsePostcodeLine(*layout, text);
    switch (parsed.outcome) {
      case LineOutcome::kPoint:
        batch.push_back(std::move(parsed.point));
        if (batch.size() >= batch_size) return flush();
        return Ok();
      case LineOutcome::kSkipped:
        ++report.skipped;
        return Ok();
      case LineOutcome::kRejected:
        ++report.rejected;
        if (report.rejections.size() < options.max_reported) {
          report.rejections.push_back({.line = report.lines, .reason = std::move(parsed.reason)});
        }
        return Ok();
    }
    return Ok();
  };
  if (!layout->first_line_is_header) {
    if (auto s = take(line); !s) return Fail(s.error());
  }
  while (std::getline(in, line)) {
    ++report.lines;
    if (auto s = take(line); !s) return Fail(s.error());
  }
  if (auto s = flush(); !s) return Fail(s.error());
  return report;
}

Result<std::int64_t> LoadPostcodesIfEmpty(Store& store, std::string_view csv) {
  std::int64_t existing = 0;
  auto counted = store.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto n = tx.CountPostcodes();
    if (!n) return Fail(n.error());
    existing = *n;
    return Ok();
  });
  if (!counted) return Fail(counted.error());
  if (existing > 0) return 0;
  std::istringstream in{std::string(csv)};
  auto report = ImportPostcodes(store, in);
  if (!report) return Fail(report.error());
  return report->imported;
}

}  // namespace lw

// Loading the postcode directory (issue 7): `livingwell import postcodes
// FILE` and the demo's fixture at start.
//
// Contract:
//  - `ImportPostcodes` reads `in` line by line in any layout of
//    domain/directory/postcode_file.h (told by its first line) and stores
//    the points in batches of `batch_size` (10,000 by default), each batch
//    in one write transaction of its own: a batch is stored whole or not at
//    all, never in part. Each point is an upsert, so importing a newer file
//    over an older one updates it.
//  - Lines that cannot be read are rejected and reported with their line
//    number and reason (the first `max_reported` of them; all are counted);
//    lines the layout says to leave out (terminated, no position) are
//    skipped and counted. Neither stops the import.
//  - Failure: kInvalidArgument when the first line is no layout this
//    reads (nothing stored); a store failure stops the import at that batch
//    and is returned, with the batches before it stored (the report is then
//    lost: the operator runs the same file again, which is safe).
//  - `LoadPostcodesIfEmpty` imports `csv` only when the store has no
//    postcodes yet (the demo at start); it returns how many it stored (0
//    when the table already had some).
//
// Thread-safety: as safe as the Store.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "domain/directory/postcode_file.h"
#include "domain/ports/store.h"

namespace lw {

struct PostcodeImportOptions {
  std::size_t batch_size = 10'000;  // points per transaction
  std::size_t max_reported = 1000;  // rejected lines kept with their reason
};

struct RejectedPostcodeLine {
  std::int64_t line = 0;  // 1-based, as an editor numbers them
  std::string reason;
};

struct PostcodeImportReport {
  directory::PostcodeFileKind kind = directory::PostcodeFileKind::kFixture;
  std::int64_t lines = 0;                        // lines read, header included
  std::int64_t imported = 0;                     // points stored
  std::int64_t skipped = 0;                      // left out by the layout's rules, or blank
  std::int64_t rejected = 0;                     // could not be read
  std::int64_t batches = 0;                      // transactions committed
  std::vector<RejectedPostcodeLine> rejections;  // the first max_reported
};

Result<PostcodeImportReport> ImportPostcodes(Store& store, std::istream& in,
                                             const PostcodeImportOptions& options = {});

Result<std::int64_t> LoadPostcodesIfEmpty(Store& store, std::string_view csv);

// The demo locality's approximate postcode fixture (data/postcodes/
// fixture.csv, compiled into the binary): not ONS data.
std::string_view DemoPostcodesCsv();

}  // namespace lw

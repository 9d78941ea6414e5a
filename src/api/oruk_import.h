// Reading a directory from an Open Referral UK / HSDS 3.0 feed: JSON (what
// oruk_json.h writes, and other publishers' feeds) or HSDS tabular CSV.
// Pure: the caller reads the files (checking their size first with
// CheckImportSize, so a 100 MB file is refused before it is read) and
// applies the batch in one transaction (the other helper's service call),
// so an import never half-applies.
//
// JSON accepted: one service; an array of services (an HSDS 3 service
// package); the ORUK paged envelope ({"total_items": ..., "contents": [...]});
// an organisation with its `services` (or an array of them: an
// organization package). Each organisation nested in a service is read too.
// Whatever oruk_json.h writes reads back to the same values.
//
// CSV accepted: the HSDS 3 tables, by file name: services.csv (required),
// organizations.csv, locations.csv, service_at_locations.csv,
// addresses.csv, schedules.csv, phones.csv, taxonomy_terms.csv,
// attributes.csv, and if present languages.csv, accessibility.csv,
// contacts.csv, cost_options.csv; columns by their HSDS names, in any order,
// unknown ones ignored.
//
// Taxonomy terms become needs by our term id, else by name
// (case-insensitive: "Money and debt", "money-and-debt", or a word only one
// need's name holds, "Debt"), else are kept by name in `other_terms`.
//
// Failure. Whole-file problems are an Error (kInvalidArgument, or
// kResourceExhausted for size) and nothing is imported: over the size
// limit, not JSON (with line and column), nested deeper than the limit, a
// CSV quote never closed, no services.csv. Problems with one entry reject
// that entry only, with where it was ("contents[3]", "services.csv line
// 12"), its id when it had one, and why: an id that is not a UUID or is
// repeated, a required member missing (name, status), a value of the wrong
// type or not in the HSDS vocabulary, coordinates that are not numbers or
// not in the United Kingdom, text over its limit, control characters in
// text, a schedule with a bad day or time, a row pointing at a service or
// location that is not there. Text is kept as text (a "<script>" is words
// that pages escape), never run.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "domain/directory/directory.h"

namespace lw::api {

inline constexpr std::uint64_t kMaxImportBytes = 100ULL * 1024 * 1024;

struct ImportOptions {
  std::uint64_t max_bytes = kMaxImportBytes;  // the whole feed (all CSV files together)
  int max_depth = 32;                         // JSON nesting; ORUK needs about 8
};

struct ImportRejection {
  std::string source;  // "contents[3]", "services.csv line 12"
  std::string id;      // the entry's id as given, "" when it had none
  std::string reason;  // for a person: "The id “42” is not a UUID"
  bool operator==(const ImportRejection&) const = default;
};

struct ImportBatch {
  std::vector<directory::DirectoryOrganisation> organisations;
  std::vector<directory::DirectoryService> services;
  std::vector<ImportRejection> rejected;
};

// kResourceExhausted ("The file is 104.9 MB; the most is 100 MB") when
// `bytes` is over the limit.
Status CheckImportSize(std::uint64_t bytes, const ImportOptions& options = {});

Result<ImportBatch> ImportOrukJson(std::string_view json, const ImportOptions& options = {});

// `files`: file name ("services.csv") -> its contents.
Result<ImportBatch> ImportHsdsCsv(const std::map<std::string, std::string>& files,
                                  const ImportOptions& options = {});

}  // namespace lw::api

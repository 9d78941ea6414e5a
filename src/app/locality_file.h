// The locality file: a TOML file an operator edits by hand, holding the
// locality's own configuration (domain/org/locality_config.h). Its format,
// with every key, is in docs/operating.md; config/locality.example.toml is
// a full example.
//
// Contract:
//  - `ParseLocalityToml` maps TOML text to a LocalityConfig and validates it
//    (ValidateLocalityConfig). On failure it returns kInvalidArgument with
//    every problem found, one FieldError each, whose `field` says where:
//      "locality.toml:12:5"                            a TOML syntax error
//      "locality.toml:7:22: rhythm.review_every_weeks" a value (wrong type,
//                                                       unknown key, invalid)
//      "locality.toml: service_name"                   no line to point at
//    A key the format does not know is an error, never ignored: a typo
//    must not silently leave a default in place. `source_name` is the name
//    used in those fields (the path as the operator gave it).
//  - `LoadLocalityFile` reads `path` and parses it; a file that cannot be
//    read is kInvalidArgument with one FieldError naming it.
//  - `ApplyLocalityFile` returns `config` unchanged when `config.locality`
//    is empty; otherwise loads that file, puts its values in the settings it
//    covers (kLocalitySettings: service name, locality name, crisis text,
//    target and unreachable days and attempts) and keeps the whole of it in
//    `config.locality_config`. Whether those settings were also given
//    elsewhere is the command line's check (cli/), which refuses that.
//
// Only locality_file.cc sees toml++; it catches toml++'s parse_error itself,
// so no exception leaves this file.
//
// Thread-safety: pure functions but for reading the file.
#pragma once

#include <string>
#include <string_view>

#include "app/config.h"
#include "base/error.h"
#include "domain/org/locality_config.h"

namespace lw {

Result<LocalityConfig> ParseLocalityToml(std::string_view text, std::string_view source_name);
Result<LocalityConfig> LoadLocalityFile(const std::string& path);
Result<Config> ApplyLocalityFile(Config config);

}  // namespace lw

// Outcome instrument definitions as files (issue 6, point 4): one TOML file
// per instrument in a directory (config/instruments/ ships ReQoL-10/20,
// SWEMWBS, WEMWBS, CORE-10, GBO, UCLA-3, ONS4, DIALOG and the experience
// questions), so a locality adds its own measure by adding a file. The
// format, with every key, is in docs/outcomes.md.
//
// Contract:
//  - `ParseInstrumentToml` maps one file's text to an InstrumentDefinition
//    and validates it (domain/outcomes/instrument.h). On failure it returns
//    kInvalidArgument with every problem found, one FieldError each, whose
//    `field` says where, as the locality file's do:
//      "reqol10.toml:12:5"                 a TOML syntax error
//      "reqol10.toml:12:5: scoring.rule"   a value (wrong type, unknown
//                                          key, invalid, or the line of the
//                                          nearest table when it is absent)
//    A key the format does not know is an error, never ignored.
//  - `ParseWordingToml` reads a wording file (`<name>.wording.toml`): the
//    licensed item wording a locality supplies for an instrument whose
//    wording we may not ship (ReQoL). `ApplyWording` puts it in a
//    definition: every item must get its text, and an item the instrument
//    does not have is an error; the definition is then no longer a
//    placeholder.
//  - `LoadInstrumentFiles` takes the files' names and texts: definitions
//    first, then wording files (named `*.wording.toml`) applied to the
//    instrument they name. Fails with kInvalidArgument listing every problem
//    in every file (fields start with the file's name), also when there are
//    no definitions, when two files define the same id, or when a wording
//    file names an instrument there is no file for. On success the
//    instruments are in order of id. `where` names the set in messages.
//  - `LoadInstrumentDir` reads every `*.toml` in `path` (not recursively)
//    and loads them as above; also kInvalidArgument when the directory
//    cannot be read.
//  - `ShippedInstrumentFiles` is config/instruments/*.toml as built into the
//    binary (embed_instruments.cmake); `LoadShippedInstruments` loads them.
//
// Only this file and locality_file.cc see toml++; toml++'s parse_error is
// caught here, so no exception leaves this file.
//
// Thread-safety: pure functions but for reading the directory.
#pragma once

#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "domain/org/locality_config.h"
#include "domain/outcomes/instrument.h"

namespace lw {

Result<Instrument> ParseInstrumentToml(std::string_view text, std::string_view source_name);

// Licensed wording for one instrument's items.
struct InstrumentWording {
  std::string instrument;                                // the instrument's id
  std::string licence;                                   // whose licence, in words
  std::map<std::string, std::string, std::less<>> text;  // item id -> wording
};

Result<InstrumentWording> ParseWordingToml(std::string_view text, std::string_view source_name);
// Fields: "text.<item id>" for an unknown item, "text" for items left out.
Result<Instrument> ApplyWording(const Instrument& instrument, const InstrumentWording& wording);

// One definition or wording file: its name ("reqol10.toml") and text.
struct InstrumentFile {
  std::string_view name;
  std::string_view text;
};

Result<std::vector<Instrument>> LoadInstrumentFiles(std::span<const InstrumentFile> files,
                                                    std::string_view where);
Result<std::vector<Instrument>> LoadInstrumentDir(const std::string& path);

const std::vector<InstrumentFile>& ShippedInstrumentFiles();
Result<std::vector<Instrument>> LoadShippedInstruments();

// The questionnaires in force: the directory's (`dir` not empty) or the
// shipped ones, with the locality's outcome thresholds checked against them
// (ValidateOutcomeThresholds). What `serve` checks before it starts and
// App::Create loads.
Result<std::vector<Instrument>> LoadOutcomeMeasures(const std::string& dir,
                                                    const LocalityConfig& locality);

}  // namespace lw

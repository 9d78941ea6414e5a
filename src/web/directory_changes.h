// What changed between two versions of a directory entry, field by field,
// in words a person reads: for an administrator reviewing a partner's
// change against the last published version, and for someone whose change
// crossed another's (the entry as it is now against what they typed).
//
// Contract: `EntryLines` lists every field a person can change, in the
// order of the form, each as one line of text (a list as one line, opening
// times as "Monday 9am to 5pm"). `EntryChanges` pairs the lines of two
// versions and keeps those that differ. `ChangesTable` renders them as an
// NHS table with the caption and column headings given; nothing is
// rendered for no changes.
//
// Thread-safety: pure functions.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/directory/directory.h"
#include "domain/org/organisation.h"
#include "web/html.h"

namespace lw::web {

struct EntryLine {
  std::string label;  // "Opening times"
  std::string value;  // "" when not given
};
// `neighbourhoods` names the areas served; an id not among them is shown as
// it is.
std::vector<EntryLine> EntryLines(const directory::DirectoryService& service,
                                  std::span<const Neighbourhood> neighbourhoods = {});

struct EntryChange {
  std::string label;
  std::string was;
  std::string now;
};
std::vector<EntryChange> EntryChanges(const directory::DirectoryService& was,
                                      const directory::DirectoryService& now,
                                      std::span<const Neighbourhood> neighbourhoods = {});

struct ChangesHeadings {
  std::string_view caption;  // "What changed"
  std::string_view was;      // "Published"
  std::string_view now;      // "Now"
};
void ChangesTable(Html& h, std::span<const EntryChange> changes, const ChangesHeadings& headings);

}  // namespace lw::web

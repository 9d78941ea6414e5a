// An introduction's whole record as one JSON text, for its version rows
// (introduction_versions.record). The nested parts (contact attempts, the
// booking, the conversation, equality answers) have no query of their own,
// so they are kept with the version they belong to rather than in tables of
// their own; what lists and matching query is also in typed columns.
//
// `DecodeIntroduction(EncodeIntroduction(x)) == x` for every valid x. A
// stored record that does not decode (an unknown key, a missing member) is
// kInternal: only this code writes records. Boost.JSON stays inside the .cc.
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"
#include "domain/frontdoor/introduction.h"

namespace lw::sql {

std::string EncodeIntroduction(const Introduction& intro);
Result<Introduction> DecodeIntroduction(std::string_view text);

}  // namespace lw::sql

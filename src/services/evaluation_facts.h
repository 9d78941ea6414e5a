// The evaluation's facts (domain/evaluation/facts.h, ADR 0019) read from a
// store: every locality and team, then every introduction, episode and warm
// introduction, team by team, in one read transaction, so the facts are one
// consistent snapshot.
//
// Reading decodes each record once; it is the slow part of an evaluation
// (the measures then take one pass over arrays), so a caller keeps the facts
// and reads them again only when the store has changed.
//
// Thread-safety: uses only the store it is given.
#pragma once

#include "base/error.h"
#include "domain/evaluation/facts.h"
#include "domain/ports/store.h"

namespace lw {

Result<evaluation::Facts> ReadEvaluationFacts(Store& store);

}  // namespace lw

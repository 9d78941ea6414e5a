// The evaluation's facts (domain/evaluation/facts.h, ADR 0019) read from a
// store: every locality and team, then every introduction, episode and warm
// introduction, team by team, then every contact, ReQoL-10 response and
// goal, in one read transaction, so the facts are one consistent snapshot.
//
// Reading decodes each record once; it is the slow part of an evaluation
// (the measures then take one pass over arrays), so a caller keeps the facts
// and reads them again only when the store has changed.
//
// The outcome measures classify change by the instruments' own rules: give
// the loaded instruments ("reqol-10", "gbo"; "experience" for "felt
// listened to") and a locality's overrides.
// Read without them, the facts hold no ReQoL-10 scores and no goal rule,
// and those measures answer kFailedPrecondition.
//
// Thread-safety: uses only the store it is given.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/error.h"
#include "domain/evaluation/facts.h"
#include "domain/outcomes/change.h"
#include "domain/outcomes/instrument.h"
#include "domain/ports/store.h"

namespace lw {

struct EvaluationFactsOptions {
  // The loaded instruments (App::instruments()); not owned; null: none.
  const std::vector<Instrument>* instruments = nullptr;
  // A locality's thresholds by instrument id, where sources disagree.
  std::map<std::string, ChangeThresholds, std::less<>> thresholds;
};

Result<evaluation::Facts> ReadEvaluationFacts(Store& store);
// kInvalidArgument when an override is out of range (ChangeRuleFor).
Result<evaluation::Facts> ReadEvaluationFacts(Store& store, const EvaluationFactsOptions& options);

}  // namespace lw

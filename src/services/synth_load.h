// Loads a synthetic Living Well system (domain/synth/system.h) into a store,
// as the services would have stored it (issue 8: "loads it into either
// store"): the locality, its neighbourhoods, teams and organisations, a staff
// account and post for everyone on the staff (accounts that cannot sign in),
// people, introductions, episodes, contacts, ReQoL-10 and experience
// responses, goals, Wheel of Life check-ins, warm introductions and each
// person's equality answers. Every record is version 1, made by the staff
// member the row names (or livingwell itself), at the time it happened.
//
// Streaming: rows are converted as they are generated and written in write
// transactions of about 20,000 records, so memory stays flat at any scale.
// A store that already holds a synthetic system is refused (kAlreadyExists)
// before anything is written. A failure part-way leaves the transactions
// already committed in place (each is whole); the error says how far it got.
//
// One audit entry records the load (who ran it, the scale and seed); no
// person's record is read.
//
// Thread-safety: call from one thread; the store is used through its own
// transactions.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/outcomes/instrument.h"
#include "domain/ports/store.h"
#include "domain/synth/system.h"
#include "services/demo_data.h"
#include "services/password.h"

namespace lw {

struct SynthLoadOptions {
  // Set: the first locality's first team gets two accounts that can sign
  // in with this password, to see the synthetic team at work: its
  // operational manager as "synthetic.lead" (team lead) and the keyworker
  // with the most open episodes as "synthetic.practitioner". Empty: nobody
  // can sign in.
  std::string sign_in_password;
  const PasswordHashOptions* hashing = nullptr;  // required with a password
};

struct SynthLoadResult {
  synth::SystemTruth truth;
  long long records = 0;  // every row stored, of every kind
  long long transactions = 0;
  std::vector<DemoSignIn> sign_ins;  // "synthetic.lead", "synthetic.practitioner"  // with
                                     // SynthLoadOptions::sign_in_password
};

// `instruments` must hold "reqol-10" and "experience" (kFailedPrecondition
// otherwise); `clock` stamps the audit entry.
Result<SynthLoadResult> LoadSynthSystem(Store& store, const synth::SystemSpec& spec,
                                        std::span<const Instrument> instruments, const Clock& clock,
                                        const SynthLoadOptions& options = {});

}  // namespace lw

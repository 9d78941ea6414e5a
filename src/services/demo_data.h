// Demo data: a small, obviously fictional Living Well system for trying
// livingwell out (`make run`, `livingwell demo`).
//
// Contract: `LoadDemoData` fills an EMPTY store (no accounts yet) with one
// locality (three neighbourhoods), a Living Well team, organisations of
// every kind including network partners, one staff account per role (all
// with `password`), a few more staff holding posts in the teams
// (demo_staffing.h: not among the sign-ins returned), and a handful of
// people whose record histories show different points of a journey.
// Everything goes through the services, so every record is versioned and
// audited like real work. Returns the sign-ins. Fails with
// kFailedPrecondition if the store already has accounts (it never mixes
// demo data into real data). NHS numbers are from the 999 test range;
// names and postcodes are invented.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/outcomes/instrument.h"
#include "domain/ports/store.h"
#include "services/password.h"

namespace lw {

inline constexpr std::string_view kDemoPassword = "living-well-demo";

struct DemoSignIn {
  std::string username;
  std::string role;  // display name of the role
  std::string display_name;
};

// The demo accounts LoadDemoData creates, for printing at start-up.
std::vector<DemoSignIn> DemoSignIns();

// `instruments` (not owned; null: none) are the questionnaires the demo's
// responses are given with (demo_progress.h).
Result<std::vector<DemoSignIn>> LoadDemoData(Store& store, const Clock& clock, Random& random,
                                             const PasswordHashOptions& hashing,
                                             std::string_view password = kDemoPassword,
                                             const std::vector<Instrument>* instruments = nullptr);

}  // namespace lw

// The `livingwell` command line: serve, migrate, demo, user add, token
// create, audit verify, --version, and --help on each.
//
// Contract: `Main` parses arguments, runs one subcommand and returns the
// process exit code: 0 on success, 1 when the command failed (the reason is
// printed as one line on stderr), 2 for a usage or configuration error
// (one line naming the setting).
#pragma once

namespace lw::cli {

int Main(int argc, char** argv);

}  // namespace lw::cli

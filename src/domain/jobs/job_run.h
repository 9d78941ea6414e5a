// Background jobs: work a server does on a schedule rather than for a
// request (removing expired sessions, for now).
//
// Every job runs at most once per slot across all the servers sharing a
// store: the slot is the start of the interval the run is for, and a run is
// recorded (job, slot) in the store in the same transaction as its work, so
// of two servers due at once exactly one does the work and records it; the
// other finds the record and does nothing.
#pragma once

#include <string>

#include "base/clock.h"

namespace lw {

struct JobRun {
  std::string job;       // "sessions.purge"
  Timestamp slot;        // the start of the interval this run is for
  std::string instance;  // the server that ran it
  Timestamp started_at;
  Timestamp finished_at;
  std::string outcome;  // one line for operators: "removed 3 expired sessions"
};

// The slot due at `now` for a job run every `interval` (> 0): the start of
// the interval containing `now`, counted from the Unix epoch, so every server
// computes the same slot whatever its start time.
Timestamp JobSlot(Timestamp now, Micros interval);

}  // namespace lw

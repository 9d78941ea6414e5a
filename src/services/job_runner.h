// JobRunner: runs the background jobs that are due, each at most once per
// slot across every server sharing the store (domain/jobs/job_run.h).
//
// A job is a name, an interval and a function doing its work inside a write
// transaction (or, for work that waits on the world outside, its own
// transactions: see Job::work_outside). `RunDue` takes each job's current slot and, in one write
// transaction, looks for a run of that slot; if none, does the work and
// records the run. A second server due at the same moment either finds the
// record or (on PostgreSQL, after the store's own retry) loses the race to
// record it with kAlreadyExists, which here means "ran elsewhere": either
// way its work is rolled back and not repeated. A run whose work fails is
// not recorded, so the slot stays open and is tried again next time.
//
// Thread-safety: RunDue from one thread at a time (the app's scheduler).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/jobs/job_run.h"
#include "domain/ports/store.h"
#include "services/auth_service.h"

namespace lw {

struct Job {
  std::string name;
  Micros interval;
  // Does the work in `tx` at `now`; returns the one-line outcome.
  std::function<Result<std::string>(StoreTx& tx, Timestamp now)> work;
  // Instead of `work`, for work that waits on something outside (a mail
  // server) and so must not hold the store's write transaction: it makes its
  // own short transactions, reading the time from `clock` as it goes. It is
  // run when no server has recorded a run of the slot, and the run recorded
  // after it returns; two servers due at the same moment may both run it,
  // so it must make that safe itself (the outbox claims each message).
  std::function<Result<std::string>(Store& store, const Clock& clock)> work_outside;
};

// Removes sessions past their idle or absolute expiry.
Job SessionPurgeJob(const AuthOptions& auth, Micros interval);

// Forgets the front door's submission keys and rate-limit windows once they
// can no longer matter (older than `keep`).
Job FrontDoorHousekeepingJob(Micros keep, Micros interval);

class JobRunner {
 public:
  JobRunner(Store& store, const Clock& clock, std::string instance)
      : store_(store), clock_(clock), instance_(std::move(instance)) {}

  void Add(Job job);
  // Runs every job whose current slot no server has run yet; returns the
  // runs made here. Stops at the first store failure and returns it.
  Result<std::vector<JobRun>> RunDue();
  // When the next slot of any job starts, after `now`.
  Timestamp NextDue(Timestamp now) const;

 private:
  // Runs a job with work_outside for `slot`; the run recorded, or nullopt
  // when some server had run or then ran the slot.
  Result<std::optional<JobRun>> RunOutside(const Job& job, Timestamp now, Timestamp slot);

  Store& store_;
  const Clock& clock_;
  std::string instance_;
  std::vector<Job> jobs_;
};

}  // namespace lw

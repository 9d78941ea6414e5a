#include "services/job_runner.h"

#include <optional>

#include "base/check.h"

namespace lw {

Job SessionPurgeJob(const AuthOptions& auth, Micros interval) {
  return Job{.name = "sessions.purge",
             .interval = interval,
             .work = [auth](StoreTx& tx, Timestamp now) -> Result<std::string> {
               auto removed =
                   tx.DeleteExpiredSessions(now - auth.session_idle, now - auth.session_absolute);
               if (!removed) return Fail(removed.error());
               return "removed " + std::to_string(*removed) + " expired session" +
                      (*removed == 1 ? "" : "s");
             }};
}

Job FrontDoorHousekeepingJob(Micros keep, Micros interval) {
  return Job{.name = "frontdoor.housekeeping",
             .interval = interval,
             .work = [keep](StoreTx& tx, Timestamp now) -> Result<std::string> {
               auto keys = tx.DeleteSubmissionsBefore(now - keep);
               if (!keys) return Fail(keys.error());
               auto windows = tx.DeleteWindowsBefore(now - keep);
               if (!windows) return Fail(windows.error());
               return "forgot " + std::to_string(*keys) + " submission keys and " +
                      std::to_string(*windows) + " rate windows";
             }};
}

void JobRunner::Add(Job job) {
  LW_CHECK(job.interval.count() > 0);
  LW_CHECK(static_cast<bool>(job.work) != static_cast<bool>(job.work_outside));
  jobs_.push_back(std::move(job));
}

Result<std::vector<JobRun>> JobRunner::RunDue() {
  std::vector<JobRun> ran;
  for (const Job& job : jobs_) {
    const Timestamp now = clock_.Now();
    const Timestamp slot = JobSlot(now, job.interval);
    std::optional<JobRun> run;
    if (job.work_outside) {
      auto recorded = RunOutside(job, now, slot);
      if (!recorded) return Fail(recorded.error());
      if (*recorded) ran.push_back(std::move(**recorded));
      continue;
    }
    Status done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      run.reset();
      auto found = tx.FindJobRun(job.name, slot);
      if (!found) return Fail(found.error());
      if (found->has_value()) return Ok();  // ran already, here or elsewhere
      auto outcome = job.work(tx, now);
      if (!outcome) return Fail(outcome.error());
      JobRun record{.job = job.name,
                    .slot = slot,
                    .instance = instance_,
                    .started_at = now,
                    .finished_at = clock_.Now(),
                    .outcome = std::move(*outcome)};
      if (auto recorded = tx.RecordJobRun(record); !recorded) return recorded;
      run = std::move(record);
      return Ok();
    });
    if (!done && done.error().code == ErrorCode::kAlreadyExists) continue;  // ran elsewhere
    if (!done) return Fail(done.error());
    if (run) ran.push_back(std::move(*run));
  }
  return ran;
}

Result<std::optional<JobRun>> JobRunner::RunOutside(const Job& job, Timestamp now, Timestamp slot) {
  auto ran_already = [&](StoreTx& tx) -> Result<bool> {
    auto found = tx.FindJobRun(job.name, slot);
    if (!found) return Fail(found.error());
    return found->has_value();
  };
  bool before = false;
  Status read = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto found = ran_already(tx);
    if (!found) return Fail(found.error());
    before = *found;
    return Ok();
  });
  if (!read) return Fail(read.error());
  if (before) return std::optional<JobRun>();
  auto outcome = job.work_outside(store_, clock_);
  if (!outcome) return Fail(outcome.error());
  std::optional<JobRun> run;
  Status done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    run.reset();
    auto found = ran_already(tx);
    if (!found) return Fail(found.error());
    if (*found) return Ok();  // another server ran it in the meantime too
    JobRun record{.job = job.name,
                  .slot = slot,
                  .instance = instance_,
                  .started_at = now,
                  .finished_at = clock_.Now(),
                  .outcome = *outcome};
    if (auto recorded = tx.RecordJobRun(record); !recorded) return recorded;
    run = std::move(record);
    return Ok();
  });
  if (!done && done.error().code == ErrorCode::kAlreadyExists) return std::optional<JobRun>();
  if (!done) return Fail(done.error());
  return run;
}

Timestamp JobRunner::NextDue(Timestamp now) const {
  std::optional<Timestamp> next;
  for (const Job& job : jobs_) {
    Timestamp due = JobSlot(now, job.interval) + job.interval;
    if (!next || due < *next) next = due;
  }
  return next.value_or(now + std::chrono::hours(1));
}

}  // namespace lw

// The outbox's use cases (domain/network/outbox.h holds the rules):
//  - QueueWarmReminderMail: called by RecordDueReminders in the reminder's
//    own transaction, queues the email telling of one reminder;
//  - OutboxSendJob: the background job `outbox.send`, which hands due
//    messages to a MailSender (services/smtp_client.h) and records each as
//    sent, or as failed and to be retried (NextAttempt);
//  - Outbox::List: what administrators see at /outbox.
//
// Who gets a reminder: the service, at its directory entry's contact email,
// else its directory organisation's; and the practitioner who made the
// introduction, if their account has an email. Either may be missing: then
// no message goes to them (the reminder still shows in the app).
//
// Sending waits on the relay, so it holds no transaction: each message is
// claimed in a short write transaction of its own (RecordAttemptStarted,
// which keeps other servers off it for kOutboxSendLease), handed to the
// relay, and its outcome recorded in another. Delivery is at least once: a
// server that stops between the relay's acceptance and the record leaves
// the message to be sent again when the lease is over.
//
// Thread-safety: as the store; the job runs on the app's background thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "domain/access/actor.h"
#include "domain/network/outbox.h"
#include "domain/network/warm_introduction.h"
#include "domain/ports/store.h"
#include "services/job_runner.h"
#include "services/smtp_client.h"

namespace lw {

// At most this many messages are tried per run of the job.
inline constexpr int kOutboxBatch = 20;

// Queues the emails about reminder number `w.reminders_sent` on `w` (already
// recorded): to the service and to the practitioner who made it, each where
// an address is known. Ids are "outbox-<introduction id>-<reminder>-service"
// and "...-practitioner", so a reminder is never mailed twice. Returns how
// many messages were queued; the store's errors.
Result<int> QueueWarmReminderMail(StoreTx& tx, const WarmIntroduction& w, Timestamp now,
                                  std::string_view public_url);

// The body of a reminder: no names, no notes; see docs/directory.md.
std::string WarmReminderMailBody(const WarmIntroduction& w, Date today,
                                 std::string_view public_url);

// The `outbox.send` job (Job::work_outside): sends each due message (oldest
// first, at most kOutboxBatch) through `sender` from `from`. The outcome
// line counts sent, retried and given up. `sender` must outlive the job.
Job OutboxSendJob(MailSender& sender, std::string from, Micros interval);
// Its work, with the time from `clock`. A message another server claimed
// first is left to it. The store's errors.
Result<std::string> SendDueMessages(Store& store, const Clock& clock, MailSender& sender,
                                    const std::string& from);

class Outbox {
 public:
  explicit Outbox(Store& store) : store_(store) {}
  // Administrators only: every message, newest first (at most `limit`).
  // Anyone else: kNotFound, as for a page that does not exist.
  Result<std::vector<OutboxMessage>> List(const Actor& actor, int limit = 500);

 private:
  Store& store_;
};

}  // namespace lw

#include "services/outbox.h"

#include <utility>

#include "base/dates.h"
#include "domain/directory/directory.h"
#include "storage/records/directory_records.h"
#include "storage/records/outbox_records.h"

namespace lw {
namespace {

// The service's address: its own contact email, else its organisation's;
// "" when neither is a usable address (or the entry has gone).
Result<std::string> ServiceAddress(StoreTx& tx, const WarmIntroduction& w) {
  auto service = records::Get<directory::DirectoryService>(tx, w.service_id);
  if (!service) return Fail(service.error());
  if (!service->has_value()) return std::string();
  if (IsValidEmailAddress((*service)->contact.email)) return (*service)->contact.email;
  auto org = records::Get<directory::DirectoryOrganisation>(tx, (*service)->organisation_id);
  if (!org) return Fail(org.error());
  if (org->has_value() && IsValidEmailAddress((*org)->contact.email)) {
    return (*org)->contact.email;
  }
  return std::string();
}

Result<std::string> PractitionerAddress(StoreTx& tx, const WarmIntroduction& w) {
  auto user = tx.GetUser(w.made_by_user_id);
  if (!user) return Fail(user.error());
  if (!user->has_value() || !(*user)->active || !IsValidEmailAddress((*user)->email)) {
    return std::string();
  }
  return (*user)->email;
}

}  // namespace

std::string WarmReminderMailBody(const WarmIntroduction& w, Date today,
                                 std::string_view public_url) {
  const Date made_on = Date::InLondon(w.made_at);
  std::string url(public_url);
  while (url.ends_with('/')) url.pop_back();
  return "A warm introduction to " + w.service_name + ", made on " + made_on.ToDisplay() +
         ", has not landed after " + std::to_string(Date::DaysBetween(made_on, today)) +
         " days.\n\nSign in to see it: " + url + "/warm-introductions/" + w.id +
         "\n\nThis message holds no personal details: they are kept in Living Well.";
}

Result<int> QueueWarmReminderMail(StoreTx& tx, const WarmIntroduction& w, Timestamp now,
                                  std::string_view public_url) {
  auto service_to = ServiceAddress(tx, w);
  if (!service_to) return Fail(service_to.error());
  auto practitioner_to = PractitionerAddress(tx, w);
  if (!practitioner_to) return Fail(practitioner_to.error());
  const std::string body = WarmReminderMailBody(w, Date::InLondon(now), public_url);
  const std::string id_stem = "outbox-" + w.id + "-" + std::to_string(w.reminders_sent) + "-";
  int queued = 0;
  for (const auto& [to, who] :
       {std::pair{*service_to, "service"}, std::pair{*practitioner_to, "practitioner"}}) {
    if (to.empty()) continue;
    auto m = MakeOutboxMessage({.kind = OutboxKind::kWarmReminder,
                                .about_id = w.id,
                                .to = to,
                                .subject = "A warm introduction has not landed yet",
                                .body = body,
                                .created_at = now});
    if (!m) return Fail(m.error());
    m->id = id_stem + who;
    if (auto s = records::Create(
            tx, *m, {.changed_by = "system", .changed_at = now, .reason = "Reminder email queued"});
        !s) {
      return Fail(s.error());
    }
    ++queued;
  }
  return queued;
}

namespace {

// Replaces `m` with `next` in a write transaction of its own. False when
// the message had changed meanwhile (another server claimed it).
Result<bool> Save(Store& store, const OutboxMessage& next, Timestamp at, std::string reason) {
  Status saved = store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    return records::Update(tx, next, {.changed_by = "system", .changed_at = at, .reason = reason});
  });
  if (!saved && saved.error().code == ErrorCode::kConflict) return false;
  if (!saved) return Fail(saved.error());
  return true;
}

}  // namespace

Result<std::string> SendDueMessages(Store& store, const Clock& clock, MailSender& sender,
                                    const std::string& from) {
  // Queued ones are open; oldest first. Those not yet due are skipped, so
  // read more than a batch.
  std::vector<OutboxMessage> due;
  Status read = store.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    due.clear();
    auto queued = records::List<OutboxMessage>(tx, {.open_only = true, .limit = 10'000});
    if (!queued) return Fail(queued.error());
    const Timestamp now = clock.Now();
    for (OutboxMessage& m : *queued) {
      if (static_cast<int>(due.size()) == kOutboxBatch) break;
      if (DueToSend(m, now)) due.push_back(std::move(m));
    }
    return Ok();
  });
  if (!read) return Fail(read.error());
  int sent = 0;
  int retried = 0;
  int gave_up = 0;
  for (const OutboxMessage& m : due) {
    Timestamp now = clock.Now();
    if (m.attempts >= kMaxOutboxAttempts) {
      // The last attempt allowed was started and its outcome never recorded.
      auto failed = RecordFailure(m, "No outcome was recorded for the last attempt", now);
      if (!failed) return Fail(failed.error());
      auto saved = Save(store, *failed, now, "Gave up: the last attempt's outcome is unknown");
      if (!saved) return Fail(saved.error());
      if (*saved) ++gave_up;
      continue;
    }
    // Claim it, so that no other server sends it while this one does.
    auto claimed = RecordAttemptStarted(m, now);
    if (!claimed) return Fail(claimed.error());
    auto saved = Save(store, *claimed, now, "Sending");
    if (!saved) return Fail(saved.error());
    if (!*saved) continue;  // claimed elsewhere
    Status s = sender.Send({.from = from, .to = m.to, .subject = m.subject, .body = m.body}, now);
    now = clock.Now();
    auto next = s ? RecordSent(*claimed, now) : RecordFailure(*claimed, s.error().message, now);
    if (!next) return Fail(next.error());
    // If this fails, the message stays claimed and is tried again once the
    // lease is over: at least once.
    auto recorded = Save(store, *next, now, s ? "Sent" : "Sending failed: " + next->last_error);
    if (!recorded) return Fail(recorded.error());
    if (!*recorded) continue;  // the lease ran out and another server took it over
    if (next->state == OutboxState::kSent) ++sent;
    if (next->state == OutboxState::kQueued) ++retried;
    if (next->state == OutboxState::kFailed) ++gave_up;
  }
  return "sent " + std::to_string(sent) + ", to retry " + std::to_string(retried) +
         ", gave up on " + std::to_string(gave_up) + " outbox messages";
}

Job OutboxSendJob(MailSender& sender, std::string from, Micros interval) {
  return Job{.name = "outbox.send",
             .interval = interval,
             .work_outside = [&sender, from = std::move(from)](Store& store, const Clock& clock)
                 -> Result<std::string> { return SendDueMessages(store, clock, sender, from); }};
}

Result<std::vector<OutboxMessage>> Outbox::List(const Actor& actor, int limit) {
  if (actor.role != Role::kAdministrator) return Fail(ErrorCode::kNotFound, "Page not found");
  std::vector<OutboxMessage> out;
  auto read = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto list = records::List<OutboxMessage>(tx, {.newest_first = true, .limit = limit});
    if (!list) return Fail(list.error());
    out = std::move(*list);
    return Ok();
  });
  if (!read) return Fail(read.error());
  return out;
}

}  // namespace lw

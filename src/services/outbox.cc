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

Result<std::string> SendDueMessages(StoreTx& tx, Timestamp now, MailSender& sender,
                                    const std::string& from) {
  // Queued ones are open; oldest first. Those not yet due are skipped, so
  // read more than a batch.
  auto queued = records::List<OutboxMessage>(tx, {.open_only = true, .limit = 10'000});
  if (!queued) return Fail(queued.error());
  int sent = 0;
  int retried = 0;
  int gave_up = 0;
  int tried = 0;
  for (const OutboxMessage& m : *queued) {
    if (tried == kOutboxBatch) break;
    if (!DueToSend(m, now)) continue;
    ++tried;
    Status s = sender.Send({.from = from, .to = m.to, .subject = m.subject, .body = m.body}, now);
    auto next = s ? RecordSent(m, now) : RecordFailure(m, s.error().message, now);
    if (!next) return Fail(next.error());
    if (next->state == OutboxState::kSent) ++sent;
    if (next->state == OutboxState::kQueued) ++retried;
    if (next->state == OutboxState::kFailed) ++gave_up;
    if (auto u = records::Update(tx, *next,
                                 {.changed_by = "system",
                                  .changed_at = now,
                                  .reason = s ? "Sent" : "Sending failed: " + next->last_error});
        !u) {
      return Fail(u.error());
    }
  }
  return "sent " + std::to_string(sent) + ", to retry " + std::to_string(retried) +
         ", gave up on " + std::to_string(gave_up) + " outbox messages";
}

Job OutboxSendJob(MailSender& sender, std::string from, Micros interval) {
  return Job{
      .name = "outbox.send",
      .interval = interval,
      .work = [&sender, from = std::move(from)](StoreTx& tx, Timestamp now) -> Result<std::string> {
        return SendDueMessages(tx, now, sender, from);
      }};
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

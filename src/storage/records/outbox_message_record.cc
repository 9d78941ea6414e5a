// Codec<OutboxMessage>: an email waiting to be sent, or sent.
#include "storage/records/json_reader.h"
#include "storage/records/outbox_records.h"

namespace lw::records {
namespace {

namespace json = boost::json;
using internal::Micros;
using internal::Reader;

json::value OptMicros(const std::optional<Timestamp>& t) {
  return t ? Micros(*t) : json::value(nullptr);
}

}  // namespace

std::string Codec<OutboxMessage>::Encode(const OutboxMessage& m) {
  json::object o{
      {"id", m.id},
      {"version", m.version},
      {"kind", OutboxKindKey(m.kind)},
      {"about_id", m.about_id},
      {"to", m.to},
      {"subject", m.subject},
      {"body", m.body},
      {"created_at", Micros(m.created_at)},
      {"state", OutboxStateKey(m.state)},
      {"attempts", m.attempts},
      {"last_error", m.last_error},
      {"last_attempt_at", OptMicros(m.last_attempt_at)},
      {"next_attempt_at", OptMicros(m.next_attempt_at)},
      {"sent_at", OptMicros(m.sent_at)},
  };
  return json::serialize(o);
}

Result<OutboxMessage> Codec<OutboxMessage>::Decode(std::string_view body) {
  return internal::DecodeRecord<OutboxMessage>(body, "outbox message", [](Reader& r) {
    return OutboxMessage{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .kind = r.Enum<OutboxKind>("kind", ParseOutboxKind),
        .about_id = r.Text("about_id"),
        .to = r.Text("to"),
        .subject = r.Text("subject"),
        .body = r.Text("body"),
        .created_at = r.Time("created_at"),
        .state = r.Enum<OutboxState>("state", ParseOutboxState),
        .attempts = r.SmallInt("attempts"),
        .last_error = r.Text("last_error"),
        .last_attempt_at = r.OptTime("last_attempt_at"),
        .next_attempt_at = r.OptTime("next_attempt_at"),
        .sent_at = r.OptTime("sent_at"),
    };
  });
}

RecordIndex Codec<OutboxMessage>::Index(const OutboxMessage& m) {
  return RecordIndex{.owner_id = "",
                     .open = m.state == OutboxState::kQueued,
                     .sort_key = ToUnixMicros(m.created_at)};
}

}  // namespace lw::records

// The outbox (issue 7 point 5): email the service waits to send, kept as
// versioned records (RecordKind::kOutboxMessage) so that a message is queued
// in the same transaction as the change it tells of, and is sent later by
// the `outbox.send` job (services/outbox.h) when SMTP is configured. With no
// SMTP server configured, messages stay queued; nothing is lost.
//
// Messages hold NO personal data: no names, no notes, nothing about the
// person; only a service's name, a date, a count of days and a link that
// needs signing in. So they carry no person links and anyone who may see
// the outbox (administrators) may see them whole.
//
// Lifecycle (the code refuses the rest; CheckOutboxInvariants after each).
// Sending waits on a mail server, so it happens outside any transaction:
// an attempt is recorded as started first (which claims the message for
// kOutboxSendLease, so no other server sends it meanwhile), then its outcome.
//
//     queued --RecordAttemptStarted--> queued, claimed --RecordSent--> sent (final)
//       ^                                 |
//       |  RecordFailure, attempts <      |
//       '- kMaxOutboxAttempts: next_attempt_at pushed back (NextAttempt)
//                                         |
//          RecordFailure, the kMaxOutboxAttempts-th attempt --> failed (final)
//
// An attempt whose outcome is never recorded (the server died while
// sending) leaves the message due again once the lease is over: it is tried
// again, so delivery is at least once; if that was the last attempt allowed,
// the job records the failure instead.
//
// Invariants: attempts in [0, kMaxOutboxAttempts]; sent exactly when
// sent_at is set, and only after an attempt; queued exactly when
// next_attempt_at is set; failed only after kMaxOutboxAttempts attempts,
// with a last_error.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/error.h"

namespace lw {

inline constexpr int kMaxOutboxAttempts = 5;
// How long a started attempt keeps other servers off the message: longer
// than one message can take (SmtpOptions::timeout for each of about eight
// steps).
inline constexpr std::chrono::minutes kOutboxSendLease{10};
inline constexpr std::size_t kMaxEmailAddressChars = 254;  // RFC 5321's path limit less <>
inline constexpr std::size_t kMaxOutboxSubjectChars = 200;
inline constexpr std::size_t kMaxOutboxBodyChars = 10'000;
inline constexpr std::size_t kMaxOutboxErrorChars = 500;

enum class OutboxState : std::uint8_t { kQueued, kSent, kFailed };
inline constexpr std::array<OutboxState, 3> kAllOutboxStates = {
    OutboxState::kQueued, OutboxState::kSent, OutboxState::kFailed};
std::string_view OutboxStateKey(OutboxState s);          // "queued", "sent", "failed"
std::string_view OutboxStateDisplayName(OutboxState s);  // "Waiting to send", "Sent", "Gave up"
std::optional<OutboxState> ParseOutboxState(std::string_view key);

// What the message is for.
enum class OutboxKind : std::uint8_t { kWarmReminder };
std::string_view OutboxKindKey(OutboxKind k);  // "warm-reminder"
std::optional<OutboxKind> ParseOutboxKind(std::string_view key);

// True for an address we will hand to an SMTP server: local@domain, one @,
// a domain with a dot and no empty labels, printable ASCII with no spaces,
// quotes, angle brackets or commas (so it can go in a header and a command
// line as it is), at most kMaxEmailAddressChars.
bool IsValidEmailAddress(std::string_view address);

struct OutboxDraft {
  OutboxKind kind = OutboxKind::kWarmReminder;
  std::string about_id;  // the record it is about (a warm introduction's id)
  std::string to;
  std::string subject;  // one line
  std::string body;     // plain text, lines separated by "\n"
  Timestamp created_at;
};

struct OutboxMessage {
  std::string id;  // assigned by the caller after MakeOutboxMessage
  long long version = 0;
  OutboxKind kind = OutboxKind::kWarmReminder;
  std::string about_id;
  std::string to;
  std::string subject;
  std::string body;
  Timestamp created_at;
  OutboxState state = OutboxState::kQueued;
  int attempts = 0;        // tries made so far, failed or not
  std::string last_error;  // the server's reply (or our own reason) on the last failure
  std::optional<Timestamp> last_attempt_at;
  std::optional<Timestamp> next_attempt_at;  // set exactly while queued
  std::optional<Timestamp> sent_at;          // set exactly when sent
  bool operator==(const OutboxMessage&) const = default;
};

// A queued message, or kInvalidArgument (fields "to", "subject", "body")
// for a bad address, an empty or over-long subject or one holding a line
// break, or an empty or over-long body.
Result<OutboxMessage> MakeOutboxMessage(OutboxDraft draft);

// When to try again after `attempts` tries, the last failing at `failed_at`:
// 5, 15, 45 then 135 minutes later; nullopt once kMaxOutboxAttempts have
// been made (give up).
std::optional<Timestamp> NextAttempt(int attempts, Timestamp failed_at);

// Queued and its next attempt is due at `now`.
bool DueToSend(const OutboxMessage& m, Timestamp now);

// The transitions, each the next version (version + 1);
// kFailedPrecondition unless the message is queued.
//
// Starts attempt number attempts + 1 at `at`: claims the message until
// `at` + kOutboxSendLease. Also kFailedPrecondition once kMaxOutboxAttempts
// have been started.
Result<OutboxMessage> RecordAttemptStarted(const OutboxMessage& m, Timestamp at);
// The outcome of the attempt last started (kFailedPrecondition if none was).
Result<OutboxMessage> RecordSent(const OutboxMessage& m, Timestamp at);
// `error` is kept, cut to kMaxOutboxErrorChars; the next attempt is due at
// NextAttempt(attempts, at), or, after the last, the message has failed.
Result<OutboxMessage> RecordFailure(const OutboxMessage& m, std::string error, Timestamp at);

// Ok, or kInternal naming the broken invariant (see the header comment).
Status CheckOutboxInvariants(const OutboxMessage& m);

}  // namespace lw

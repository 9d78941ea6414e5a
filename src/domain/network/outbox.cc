#include "domain/network/outbox.h"

#include <chrono>
#include <utility>
#include <vector>

#include "domain/frontdoor/text_field.h"
#include "domain/vocabulary_table.h"

namespace lw {
namespace {

using vocabulary::Names;
using vocabulary::Parse;
using vocabulary::Row;

constexpr std::array<Names<OutboxState>, 3> kStates = {{
    {OutboxState::kQueued, "queued", "Waiting to send"},
    {OutboxState::kSent, "sent", "Sent"},
    {OutboxState::kFailed, "failed", "Gave up"},
}};

constexpr std::array<Names<OutboxKind>, 1> kKinds = {{
    {OutboxKind::kWarmReminder, "warm-reminder", "Warm introduction reminder"},
}};

bool AddressChar(char c) {
  if (c <= ' ' || c >= 0x7f) return false;  // controls, space, non-ASCII
  switch (c) {
    case '<':
    case '>':
    case '"':
    case ',':
    case ';':
    case '(':
    case ')':
    case '[':
    case ']':
    case '\\':
    case ':':
      return false;
    default:
      return true;
  }
}

Status Broken(std::string what) {
  return Fail(ErrorCode::kInternal, "outbox message invariant broken: " + std::move(what));
}

}  // namespace

std::string_view OutboxStateKey(OutboxState s) { return Row(kStates, s).key; }
std::string_view OutboxStateDisplayName(OutboxState s) { return Row(kStates, s).display; }
std::optional<OutboxState> ParseOutboxState(std::string_view key) { return Parse(kStates, key); }
std::string_view OutboxKindKey(OutboxKind k) { return Row(kKinds, k).key; }
std::optional<OutboxKind> ParseOutboxKind(std::string_view key) { return Parse(kKinds, key); }

bool IsValidEmailAddress(std::string_view address) {
  if (address.empty() || address.size() > kMaxEmailAddressChars) return false;
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos || at == 0 ||
      address.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  for (char c : address) {
    if (!AddressChar(c)) return false;
  }
  const std::string_view domain = address.substr(at + 1);
  if (domain.empty() || domain.find('.') == std::string_view::npos) return false;
  if (domain.front() == '.' || domain.back() == '.' ||
      domain.find("..") != std::string_view::npos) {
    return false;
  }
  const std::string_view local = address.substr(0, at);
  return local.front() != '.' && local.back() != '.' && local.find("..") == std::string_view::npos;
}

Result<OutboxMessage> MakeOutboxMessage(OutboxDraft draft) {
  std::vector<FieldError> errors;
  if (!IsValidEmailAddress(draft.to)) {
    errors.push_back({"to", "Enter an email address in the correct format, like name@example.org"});
  }
  if (draft.subject.find_first_of("\r\n") != std::string::npos) {
    errors.push_back({"subject", "The subject must be one line"});
  } else {
    CheckText(draft.subject,
              {"subject", "Subject", kMaxOutboxSubjectChars, true, "Enter a subject"}, errors);
  }
  CheckText(draft.body, {"body", "Message", kMaxOutboxBodyChars, true, "Enter a message"}, errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  return OutboxMessage{.version = 1,
                       .kind = draft.kind,
                       .about_id = std::move(draft.about_id),
                       .to = std::move(draft.to),
                       .subject = std::move(draft.subject),
                       .body = std::move(draft.body),
                       .created_at = draft.created_at,
                       .next_attempt_at = draft.created_at};
}

std::optional<Timestamp> NextAttempt(int attempts, Timestamp failed_at) {
  if (attempts >= kMaxOutboxAttempts) return std::nullopt;
  std::chrono::minutes wait{5};
  for (int i = 1; i < attempts; ++i) wait *= 3;
  return failed_at + wait;
}

bool DueToSend(const OutboxMessage& m, Timestamp now) {
  return m.state == OutboxState::kQueued && m.next_attempt_at && *m.next_attempt_at <= now;
}

Result<OutboxMessage> RecordAttemptStarted(const OutboxMessage& m, Timestamp at) {
  if (m.state != OutboxState::kQueued) {
    return Fail(ErrorCode::kFailedPrecondition, "Only a message waiting to send can be tried");
  }
  if (m.attempts >= kMaxOutboxAttempts) {
    return Fail(ErrorCode::kFailedPrecondition, "Every attempt allowed has been made");
  }
  OutboxMessage next = m;
  ++next.version;
  ++next.attempts;
  next.last_attempt_at = at;
  next.next_attempt_at = at + kOutboxSendLease;
  if (auto s = CheckOutboxInvariants(next); !s) return Fail(s.error());
  return next;
}

Result<OutboxMessage> RecordSent(const OutboxMessage& m, Timestamp at) {
  if (m.state != OutboxState::kQueued || m.attempts == 0) {
    return Fail(ErrorCode::kFailedPrecondition,
                "Only a message waiting to send, and tried, can be sent");
  }
  OutboxMessage next = m;
  ++next.version;
  next.state = OutboxState::kSent;
  next.next_attempt_at.reset();
  next.sent_at = at;
  if (auto s = CheckOutboxInvariants(next); !s) return Fail(s.error());
  return next;
}

Result<OutboxMessage> RecordFailure(const OutboxMessage& m, std::string error, Timestamp at) {
  if (m.state != OutboxState::kQueued || m.attempts == 0) {
    return Fail(ErrorCode::kFailedPrecondition,
                "Only a message waiting to send, and tried, can fail");
  }
  if (error.empty()) error = "unknown error";
  if (error.size() > kMaxOutboxErrorChars) error.resize(kMaxOutboxErrorChars);
  OutboxMessage next = m;
  ++next.version;
  next.last_error = std::move(error);
  next.next_attempt_at = NextAttempt(next.attempts, at);
  if (!next.next_attempt_at) next.state = OutboxState::kFailed;
  if (auto s = CheckOutboxInvariants(next); !s) return Fail(s.error());
  return next;
}

Status CheckOutboxInvariants(const OutboxMessage& m) {
  if (m.attempts < 0 || m.attempts > kMaxOutboxAttempts) return Broken("attempts out of range");
  if ((m.state == OutboxState::kSent) != m.sent_at.has_value()) {
    return Broken("sent_at set exactly when sent");
  }
  if (m.state == OutboxState::kSent && m.attempts == 0) return Broken("sent without an attempt");
  if ((m.state == OutboxState::kQueued) != m.next_attempt_at.has_value()) {
    return Broken("next_attempt_at set exactly while queued");
  }
  if (m.state == OutboxState::kFailed &&
      (m.attempts != kMaxOutboxAttempts || m.last_error.empty())) {
    return Broken("failed only after every attempt, with an error");
  }
  return Ok();
}

}  // namespace lw

#include "domain/frontdoor/lifecycle.h"

#include <algorithm>

#include "domain/frontdoor/text_field.h"

namespace lw {
namespace {

using S = IntroductionState;
using Errors = std::vector<FieldError>;

std::unexpected<Error> Refuse(std::string message) {
  return Fail(ErrorCode::kFailedPrecondition, std::move(message));
}

// Every transition refuses a closed introduction the same way.
Status RequireNotClosed(const Introduction& in) {
  if (!in.IsClosed()) return Ok();
  return Refuse(
      "This introduction is closed. If they would like support again, make a new "
      "introduction");
}

Introduction NextVersion(const Introduction& in) {
  Introduction next = in;
  ++next.version;
  return next;
}

Result<Introduction> Checked(Introduction next) {
  CheckIntroductionInvariants(next);
  return next;
}

void CheckAttempt(const Introduction& in, ContactAttempt& a, Errors& errors) {
  if (!in.contact.Allows(a.method)) {
    errors.push_back({"method", "They did not agree to be contacted by " +
                                    std::string(ContactMethodDisplayName(a.method)) +
                                    ": use a way they chose"});
  }
  if (a.at < in.received_at) {
    errors.push_back({"at", "A contact attempt cannot be before the introduction was received"});
  }
  CheckText(a.by_user_id, {"by_user_id", "Who tried", kMaxShortText, true, "Say who tried"},
            errors);
  CheckText(a.outcome_note, {"outcome_note", "What happened", kMaxNoteText}, errors);
}

Status RequireAttemptAllowed(const Introduction& in) {
  if (auto s = RequireNotClosed(in); !s) return s;
  if (in.state == S::kConversationHeld) {
    return Refuse("The initial conversation has been held, so there is no contact attempt to log");
  }
  return Ok();
}

bool HasPersonsWords(const InitialConversation& c) {
  return !c.what_matters.empty() || !c.whats_going_on.empty() || !c.strengths.empty() ||
         !c.what_would_help.empty() || !c.in_your_corner.empty();
}

void CheckConversation(const Introduction& in, InitialConversation& c, Errors& errors) {
  CheckText(
      c.with_user_id,
      {"with_user_id", "Who held it", kMaxShortText, true, "Select who held the conversation"},
      errors);
  if (c.held_at < in.received_at) {
    errors.push_back(
        {"held_at", "The conversation cannot be before the introduction was received"});
  }
  CheckText(c.what_matters, {"what_matters", "What matters to them", kMaxStoryText}, errors);
  CheckText(c.whats_going_on, {"whats_going_on", "What is going on", kMaxStoryText}, errors);
  CheckText(c.strengths, {"strengths", "Their strengths", kMaxStoryText}, errors);
  CheckText(c.what_would_help, {"what_would_help", "What would help", kMaxStoryText}, errors);
  CheckText(c.in_your_corner, {"in_your_corner", "Who is in their corner", kMaxStoryText}, errors);
  CheckText(c.safety_concern,
            {"safety_concern", "The concern", kMaxStoryText, c.raised_to_huddle,
             "Describe the concern raised to the huddle"},
            errors);
  CheckText(c.safety_agreed, {"safety_agreed", "What was agreed", kMaxStoryText}, errors);
  if (!HasPersonsWords(c)) {
    errors.push_back({"what_matters", "Write at least one answer in the person's own words"});
  }
}

// "could not be reached" is honest only after real, spread-out effort.
Status RequireUnreachableRule(const Introduction& in, const FrontDoorPolicy& policy) {
  int have = static_cast<int>(in.attempts.size());
  if (have < policy.unreachable_attempts) {
    int more = policy.unreachable_attempts - have;
    return Refuse("Make " + std::to_string(more) + " more contact attempt" +
                  (more == 1 ? "" : "s") + " before closing as could not be reached (" +
                  std::to_string(policy.unreachable_attempts) + " are needed, over at least " +
                  std::to_string(policy.unreachable_span_days) + " days)");
  }
  auto [first, last] = std::minmax_element(
      in.attempts.begin(), in.attempts.end(),
      [](const ContactAttempt& a, const ContactAttempt& b) { return a.at < b.at; });
  Date first_day = Date::InLondon(first->at);
  if (Date::DaysBetween(first_day, Date::InLondon(last->at)) >= policy.unreachable_span_days) {
    return Ok();
  }
  Date due = Date::InLondon(first->at + std::chrono::days(policy.unreachable_span_days));
  return Refuse("Contact attempts must span at least " +
                std::to_string(policy.unreachable_span_days) +
                " days: make another attempt on or after " + due.ToDisplay());
}

Status RequireEndingAllowed(const Introduction& in, Ending ending, const FrontDoorPolicy& policy) {
  if (auto s = RequireNotClosed(in); !s) return s;
  bool held = in.state == S::kConversationHeld;
  switch (ending) {
    case Ending::kChoseNotToGoAhead:
      return Ok();
    case Ending::kCouldNotBeReached:
      if (held) return Refuse("They were reached: the initial conversation was held");
      if (in.state == S::kConversationBooked) {
        return Refuse("A conversation is booked: record whether it happened first");
      }
      return RequireUnreachableRule(in, policy);
    case Ending::kSupportBegins:
    case Ending::kWarmIntroduction:
    case Ending::kInformationGiven:
      if (held) return Ok();
      return Refuse("Record the initial conversation before closing as \"" +
                    std::string(EndingDisplayName(ending)) + "\"");
  }
  return Refuse("Choose how this introduction ends");
}

void CheckEndingNote(Ending ending, std::string& note, Errors& errors) {
  bool warm = ending == Ending::kWarmIntroduction;
  bool info = ending == Ending::kInformationGiven;
  const char* missing = warm ? "Name the service they were introduced to"
                             : "Write what information or advice they wanted, in their words";
  CheckText(note, {"ending_note", warm ? "Service" : "Note", kMaxNoteText, warm || info, missing},
            errors);
}

}  // namespace

Result<Introduction> RecordContactAttempt(const Introduction& in, ContactAttempt attempt) {
  if (auto s = RequireAttemptAllowed(in); !s) return Fail(s.error());
  Errors errors;
  CheckAttempt(in, attempt, errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  Introduction next = NextVersion(in);
  next.attempts.push_back(std::move(attempt));
  return Checked(std::move(next));
}

Result<Introduction> BookConversation(const Introduction& in, ConversationBooking booking) {
  if (auto s = RequireNotClosed(in); !s) return Fail(s.error());
  if (in.state == S::kConversationHeld) {
    return Refuse("The initial conversation has already been held");
  }
  Errors errors;
  CheckText(
      booking.with_user_id,
      {"with_user_id", "Who with", kMaxShortText, true, "Select who will have the conversation"},
      errors);
  CheckText(booking.where_detail, {"where_detail", "Where", kMaxLineText}, errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  Introduction next = NextVersion(in);
  next.booking = std::move(booking);
  next.state = S::kConversationBooked;
  return Checked(std::move(next));
}

Result<Introduction> RecordConversationNotHeld(const Introduction& in, ContactAttempt attempt) {
  if (auto s = RequireNotClosed(in); !s) return Fail(s.error());
  if (in.state != S::kConversationBooked) {
    return Refuse("There is no booked conversation to record as not held");
  }
  Errors errors;
  CheckAttempt(in, attempt, errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  Introduction next = NextVersion(in);
  next.attempts.push_back(std::move(attempt));
  next.booking.reset();
  next.state = S::kOpen;
  return Checked(std::move(next));
}

Result<Introduction> RecordConversationHeld(const Introduction& in,
                                            InitialConversation conversation) {
  if (auto s = RequireNotClosed(in); !s) return Fail(s.error());
  if (in.state == S::kConversationHeld) {
    return Refuse("The initial conversation has already been recorded");
  }
  Errors errors;
  CheckConversation(in, conversation, errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  Introduction next = NextVersion(in);
  next.conversation = std::move(conversation);
  next.state = S::kConversationHeld;
  return Checked(std::move(next));
}

Result<Introduction> Close(const Introduction& in, Ending ending, std::string note, Timestamp now,
                           const FrontDoorPolicy& policy) {
  if (auto s = RequireEndingAllowed(in, ending, policy); !s) return Fail(s.error());
  Errors errors;
  CheckEndingNote(ending, note, errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  Introduction next = NextVersion(in);
  next.state = S::kClosed;
  next.ending = ending;
  next.ending_note = std::move(note);
  next.closed_at = now;
  return Checked(std::move(next));
}

Result<Introduction> AssignWorker(const Introduction& in, std::string user_id) {
  if (auto s = RequireNotClosed(in); !s) return Fail(s.error());
  Errors errors;
  CheckText(user_id, {"assigned_user_id", "Worker", kMaxShortText}, errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  Introduction next = NextVersion(in);
  next.assigned_user_id = std::move(user_id);
  return Checked(std::move(next));
}

Result<Introduction> LinkPerson(const Introduction& in, std::string person_id) {
  if (auto s = RequireNotClosed(in); !s) return Fail(s.error());
  Errors errors;
  CheckText(person_id,
            {"person_id", "Person", kMaxShortText, true, "Choose the person record to link"},
            errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  Introduction next = NextVersion(in);
  next.person_id = std::move(person_id);
  return Checked(std::move(next));
}

}  // namespace lw

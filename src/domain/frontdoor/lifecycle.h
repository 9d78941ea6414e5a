// The lifecycle of an introduction: pure transitions from one version to
// the next.
//
// States and the transitions allowed (anything else is refused):
//
//   from \ to             open   booked   held   closed
//   open                  A      B        H      chose-not-to-go-ahead, could-not-be-reached*
//   conversation-booked   N      A, B     H      chose-not-to-go-ahead
//   conversation-held     -      -        -      any ending but could-not-be-reached
//   closed                -      -        -      -
//
//   A  RecordContactAttempt (the state does not change)
//   B  BookConversation (rebooking from booked replaces the booking)
//   N  RecordConversationNotHeld (clears the booking and logs an attempt)
//   H  RecordConversationHeld
//   *  only after policy.unreachable_attempts attempts spanning at least
//      policy.unreachable_span_days calendar days, first to last.
//   AssignWorker and LinkPerson are allowed in every state but closed.
//
// support-begins, warm-introduction and information-given need the
// conversation held: they are what the person and the worker agreed. There
// is no way to close as "rejected": the Ending type has no such value.
// Nothing changes a closed introduction ("easy in, easy out": the person
// makes a new introduction, and is recognised when they do).
//
// Contract for every function: on success, the next version (version + 1),
// its invariants checked (CheckIntroductionInvariants). On failure the input
// is untouched and the Error is kFailedPrecondition, with a message saying
// why and what to do, when the current state does not allow the change; or
// kInvalidArgument with field errors when the data given is bad. Text is
// trimmed and otherwise kept as written.
#pragma once

#include <string>

#include "base/clock.h"
#include "base/error.h"
#include "domain/frontdoor/introduction.h"

namespace lw {

// Open or booked. The method must be one the person allowed: contacting
// someone a way they asked us not to can put them at risk.
Result<Introduction> RecordContactAttempt(const Introduction& intro, ContactAttempt attempt);

// Open or booked -> booked.
Result<Introduction> BookConversation(const Introduction& intro, ConversationBooking booking);

// Booked -> open: the conversation did not happen; `attempt` records how we
// tried to reach them (same rules as RecordContactAttempt).
Result<Introduction> RecordConversationNotHeld(const Introduction& intro, ContactAttempt attempt);

// Open or booked -> held. Needs at least one of the person's-words fields,
// and a described concern if one is raised to the huddle.
Result<Introduction> RecordConversationHeld(const Introduction& intro,
                                            InitialConversation conversation);

// Any state but closed -> closed, as the table above allows. `note` names
// the service for a warm introduction (required), says what information
// was wanted in their words for information-given (required), and is
// optional otherwise.
Result<Introduction> Close(const Introduction& intro, Ending ending, std::string note,
                           Timestamp now, const FrontDoorPolicy& policy);

// Any state but closed. An empty id un-assigns.
Result<Introduction> AssignWorker(const Introduction& intro, std::string user_id);
// Any state but closed: the person record a staff member matched or created.
Result<Introduction> LinkPerson(const Introduction& intro, std::string person_id);

}  // namespace lw

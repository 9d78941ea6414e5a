// The answers of the public "Introduce yourself" journey as they travel
// from step to step, and which step each belongs to.
//
// There is no server-side state: every step's form carries every answer
// given so far (those on other steps as hidden fields, written by
// WriteHiddenAnswers), and each POST is read back whole by ParseAnswers.
// Answers are kept as typed, so a page can show them again; the domain
// (ValidateNewIntroduction) is the only judge of them. The journey adds
// only what the domain cannot know: which sources the public page offers,
// the neighbourhood list, the yes/no radios and the honeypot.
//
// The steps, in order (a form posts to the step it leads to, and the
// server checks every step before that one):
//
//   start -> about -> story -> contact -> equality -> check -> send
//
// `send` is not a page: it stores the introduction and shows its reference.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/frontdoor/introduction.h"
#include "domain/frontdoor/new_introduction.h"
#include "domain/org/organisation.h"
#include "http/request.h"
#include "web/html.h"

namespace lw::web {

enum class IntroduceStep { kStart, kAbout, kStory, kContact, kEquality, kCheck, kSend };
inline constexpr std::array<IntroduceStep, 7> kIntroduceSteps = {
    IntroduceStep::kStart,    IntroduceStep::kAbout, IntroduceStep::kStory, IntroduceStep::kContact,
    IntroduceStep::kEquality, IntroduceStep::kCheck, IntroduceStep::kSend};

std::string_view StepSlug(IntroduceStep step);  // "about"; the route is /introduce/<slug>
std::optional<IntroduceStep> ParseStep(std::string_view slug);
IntroduceStep PreviousStep(IntroduceStep step);  // kStart for kStart
IntroduceStep NextStep(IntroduceStep step);      // kSend for kSend

// Values of the journey's own fields.
inline constexpr std::string_view kYes = "yes";
inline constexpr std::string_view kNo = "no";
inline constexpr std::string_view kNotSure = "not-sure";  // neighbourhood: "I'm not sure"
// The honeypot: a text box people never see, which bots fill in.
inline constexpr std::string_view kHoneypotField = "website";

struct IntroduceAnswers {
  // start
  std::string source;  // "self" or "carer-or-family" (IntroductionSource keys)
  // about
  std::string introducer_name, introducer_relationship;
  std::string person_knows;  // "yes" when ticked
  std::string given_name, family_name, preferred_name;
  std::string date_of_birth_day, date_of_birth_month, date_of_birth_year;
  std::string postcode;
  std::string neighbourhood;  // a Neighbourhood id, "not-sure", or ""
  // story
  std::string in_their_words, help_wanted;
  // contact
  std::vector<std::string> contact_methods;
  std::string phone, email;
  std::string may_leave_message;  // "yes", "no" or ""
  std::string safe_times;
  // equality: question key -> option key (form fields "equality_<key>")
  std::map<std::string, std::string, std::less<>> equality;
  // check
  std::string privacy_agreed;  // "yes" when ticked

  // Not answers: how the journey moves.
  std::string honeypot;               // must stay empty
  std::string submission_key;         // the check page's one-time key
  bool changing = false;              // came from a Change link: go back to check
  std::optional<IntroduceStep> from;  // the step whose form was sent ("step" field)

  bool ForSomeoneElse() const;  // source is carer-or-family
};

IntroduceAnswers ParseAnswers(const http::Form& form);

// Hidden fields for every non-empty answer except those on `shown` (the
// page shows them as inputs, or, for about, drops the introducer's when
// the introduction is for the person themselves). Never the journey
// fields.
void WriteHiddenAnswers(Html& h, const IntroduceAnswers& answers, IntroduceStep shown);

// The draft for the service (made_by_user_id empty; received_at `now`).
IntroductionDraft ToDraft(const IntroduceAnswers& answers, Timestamp now);

// The step whose page holds `field` (a domain FieldError's field, or one
// of the journey's); anything unknown belongs to check.
IntroduceStep StepOfField(std::string_view field);

// Every problem with the answers: the domain's, with its field names, plus
// the journey's own (source offered, neighbourhood in `neighbourhoods`,
// yes/no values). The honeypot is not among them (StepToShow decides).
std::vector<FieldError> CheckAnswers(const IntroduceAnswers& answers,
                                     std::span<const Neighbourhood> neighbourhoods,
                                     const FrontDoorPolicy& policy, Timestamp now);

// Where a request to go to `target` ends up: the first step before it with
// a problem, with that step's problems, or `target` itself with none. A
// filled-in honeypot is a problem on the step whose form was sent.
struct StepToShow {
  IntroduceStep step = IntroduceStep::kStart;
  std::vector<FieldError> errors;
};
StepToShow StepFor(IntroduceStep target, const IntroduceAnswers& answers,
                   std::span<const FieldError> problems);

// The message for a filled-in honeypot.
inline constexpr std::string_view kHoneypotMessage =
    "Delete what is in the box labelled \u2018Leave this box empty\u2019. Your browser may have "
    "filled it in";

}  // namespace lw::web

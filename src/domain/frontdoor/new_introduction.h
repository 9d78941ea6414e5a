// A new introduction as typed into a form or sent to the API, and its
// validation.
//
// Contract: `IntroductionDraft` holds the input as received (enum keys and
// date parts as text), so every mistake can be named. `ValidateNewIntroduction`
// checks all of it at once and either returns the normalised Introduction
// (version 1, state open; text trimmed, postcode upper-cased "SK14 1AA", NHS
// number ten digits, methods de-duplicated) or kInvalidArgument with one
// FieldError per bad field, named as the form field (snake_case), in plain
// words for the person who typed it. It never rewrites what a person wrote
// beyond trimming: "<script>" stays "<script>" (pages escape it).
//
// The caller assigns `id` and `reference` (reference.h) afterwards: they
// come from randomness, which the domain does not hold.
//
// The public form (made_by_user_id "") also needs: a date of birth, the
// privacy notice agreed. Staff and partners may leave the date of birth
// out when the introducer does not know it. A postcode is optional for
// everyone: people with no fixed address must be able to introduce
// themselves.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "domain/frontdoor/introduction.h"

namespace lw {

struct IntroductionDraft {
  std::string source;           // IntroductionSource key
  std::string made_by_user_id;  // "" for the public form
  std::string introducer_name;
  std::string introducer_relationship;
  std::string introducer_organisation;
  bool person_knows = false;
  Timestamp received_at;  // set by the caller from its clock

  std::string given_name;
  std::string family_name;
  std::string preferred_name;
  std::string date_of_birth_day;  // as typed; all three empty = not given
  std::string date_of_birth_month;
  std::string date_of_birth_year;
  std::string postcode;
  std::string nhs_number;

  std::vector<std::string> contact_methods;  // ContactMethod keys
  std::string phone;
  std::string email;
  bool may_leave_message = false;
  std::string safe_times;

  std::string in_their_words;
  std::string help_wanted;
  std::map<std::string, std::string, std::less<>> equality;  // question -> option, "" unanswered
  bool privacy_agreed = false;
  std::string team_id;  // chosen by the caller (from the neighbourhood), not typed
};

// `today` is the UK date now, for "in the past" checks.
Result<Introduction> ValidateNewIntroduction(const IntroductionDraft& draft,
                                             const FrontDoorPolicy& policy, Date today);

}  // namespace lw

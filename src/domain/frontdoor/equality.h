// Optional equality questions asked at the front door, so a locality can see
// whether Living Well welcomes everyone equally (product.md, feature 8:
// inclusive access monitored by ethnicity, gender, sexuality, disability,
// caring responsibilities; age comes from the date of birth).
//
// Contract: the questions are data (`EqualityQuestions()`), each with its
// answer options and one line on why we ask, so a form renders them and
// validation checks them from the same table. Every question may be left
// unanswered or answered "prefer not to say". Keys are stable: they are
// stored and reported on.
//
// Thread-safety: constant tables and plain values.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/error.h"

namespace lw {

inline constexpr std::string_view kPreferNotToSay = "prefer-not-to-say";

struct EqualityOption {
  std::string_view key;    // "bisexual"
  std::string_view label;  // "Bisexual"
};

struct EqualityQuestion {
  std::string_view key;         // "sexual_orientation"; its form field is "equality_<key>"
  std::string_view question;    // "Which of these best describes your sexual orientation?"
  std::string_view why_we_ask;  // one line, shown under the question
  std::span<const EqualityOption> options;  // "prefer not to say" is always offered as well
};

std::span<const EqualityQuestion> EqualityQuestions();
const EqualityQuestion* FindEqualityQuestion(std::string_view key);

// A person's answers: question key -> option key or kPreferNotToSay. A
// question not in the map was not answered.
struct EqualityAnswers {
  std::map<std::string, std::string, std::less<>> answers;

  std::optional<std::string_view> AnswerTo(std::string_view question) const;
  bool operator==(const EqualityAnswers&) const = default;
};

// Drops empty answers (unanswered), then checks each remaining one names a
// known question and one of its options or "prefer not to say". On failure,
// kInvalidArgument with one FieldError per bad answer; field "equality_<key>".
Status ValidateEqualityAnswers(EqualityAnswers& answers);

}  // namespace lw

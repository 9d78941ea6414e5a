// Equality monitoring on a person's record: the fuller set of questions a
// keyworker may ask with the person over time, beside the short set asked
// at the front door (frontdoor/equality.h).
//
// Contract: the questions are data (`EqualityQuestionsForRecord()`), each
// with its options, a hint where the wording needs one and a line on why we
// ask, so a form renders them and validation checks them from one table.
// The wording follows the 2021 Census (ONS) where it asked the question:
// ethnic group (the 19 categories, ethnicity.h), sex, gender identity,
// sexual orientation, religion, unpaid care; disability follows the Equality
// Act 2010; armed forces the Armed Forces Covenant's community (serving,
// veterans, their families). Age is not asked: it comes from the date of
// birth (`AgeBandOn`), never stored twice. Pregnancy and marriage are not
// asked: they change or are not what a locality reports on.
//
// Every question is optional, and each answer is one of three things:
//   not asked         - the question is absent from `EqualityRecord::answers`;
//   prefer not to say - option kPreferNotToSay (always allowed);
//   answered          - one of the question's option keys, with, where the
//                       table allows it, a write-in in the person's words
//                       (`described`) or kinds from a second list (`kinds`).
// "Prefer not to say" is an answer; "not asked" is the absence of one.
//
// Keys are stable (stored, reported on). Question keys are snake_case as
// the front door's; where a record question is also asked at the front door
// it has the same key and option keys ("sexual_orientation": "bisexual"),
// so the two count together. Ethnicity options are the 19 category keys; an
// ethnic group key alone ("asian") is also accepted, meaning "group known,
// category not": what the front door asks (`carried_options`).
//
// Thread-safety: constant tables (built once, on first use, thread-safely)
// and plain values.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "base/error.h"
#include "domain/frontdoor/equality.h"
#include "domain/people/ethnicity.h"

namespace lw {

inline constexpr std::size_t kMaxEqualityDescribed = 100;  // characters in a write-in

struct EqualityRecordQuestion {
  std::string_view key;                     // "gender_identity"; its form field is "equality_<key>"
  std::string_view question;                // "Is the gender you identify with the same as ...?"
  std::string_view hint;                    // "" or a line under the question
  std::string_view why_we_ask;              // one line, shown under the question
  std::span<const EqualityOption> options;  // offered, in order; "prefer not to say" as well
  // Accepted and kept, not offered: ethnic groups alone, carried from the front door.
  std::span<const EqualityOption> carried_options;
  // Options that open a write-in ("equality_<key>_described"), and its label.
  std::span<const std::string_view> described_for;
  std::string_view described_label;
  // The option that opens a second list ("equality_<key>_kinds", any number
  // of its keys): "yes" to disability opens the kinds of impairment.
  std::string_view kinds_for;
  std::span<const EqualityOption> kinds;
};

std::span<const EqualityRecordQuestion> EqualityQuestionsForRecord();
// Null when no record question has that key.
const EqualityRecordQuestion* FindEqualityRecordQuestion(std::string_view key);

struct EqualityRecordAnswer {
  std::string option;              // an option key, a carried option key, or kPreferNotToSay
  std::string described;           // "" unless `option` is in the question's described_for
  std::vector<std::string> kinds;  // empty unless `option` is the question's kinds_for
  bool operator==(const EqualityRecordAnswer&) const = default;
};

struct EqualityRecord {
  // Question key -> answer; a question not in the map was not asked.
  std::map<std::string, EqualityRecordAnswer, std::less<>> answers;

  // Null when the question was not asked.
  const EqualityRecordAnswer* AnswerTo(std::string_view question) const;
  bool operator==(const EqualityRecord&) const = default;
};

// Checks and normalises `record` in place:
//  - an answer with no option, write-in or kinds is dropped (not asked);
//  - option and write-in are trimmed; kinds are trimmed, blanks dropped,
//    duplicates removed, and put in the table's order;
//  - a write-in or kinds the chosen option does not open are cleared (a
//    form's hidden follow-up field, still sent after the choice changed).
// On failure, kInvalidArgument with one FieldError per bad answer, in the
// table's order, then at most one for questions not in the table:
//  "equality"                  a question not in the table;
//  "equality_<key>"            no option, or one not in the table;
//  "equality_<key>_described"  over kMaxEqualityDescribed characters, or
//                              characters we cannot save;
//  "equality_<key>_kinds"      a kind not in the question's list.
Status ValidateEqualityRecord(EqualityRecord& record);

// The front door's answers, as a record holds them: each answer the record
// table accepts for the same question key is carried over (an ethnic group
// stays a group: category not known); prefer not to say stays prefer not to
// say; questions not answered there, or not on the record, are not asked.
EqualityRecord EqualityRecordFromFrontDoor(const EqualityAnswers& front_door);

// The ethnic category recorded, or nullopt (not asked, prefer not to say,
// or only the group known).
std::optional<EthnicCategory> RecordedEthnicCategory(const EqualityRecord& record);
// The ethnic group, from the category or from a group alone; else nullopt.
std::optional<EthnicGroup> RecordedEthnicGroup(const EqualityRecord& record);

// Completeness, for reports: what became of each question.
enum class AnswerState : std::uint8_t { kNotAsked, kPreferNotToSay, kAnswered };
std::string_view AnswerStateKey(AnswerState state);    // "prefer-not-to-say"
std::string_view AnswerStateLabel(AnswerState state);  // "Prefer not to say"

// An ethnic group alone counts as answered.
AnswerState StateOf(const EqualityRecord& record, std::string_view question);

struct QuestionState {
  std::string_view question;  // a key from EqualityQuestionsForRecord()
  AnswerState state;
  bool operator==(const QuestionState&) const = default;
};
// One entry per record question, in table order. Answers to questions not
// in the table (a record never validated) are ignored.
std::vector<QuestionState> EqualityCompleteness(const EqualityRecord& record);

// Age band for reports, from the date of birth on `on`: "under-16", "16-17",
// "18-24", "25-34", ..., "75-84", "85-plus"; "" when the date of birth is
// not known. Stable keys.
std::string_view AgeBandOn(std::optional<Date> date_of_birth, Date on);

}  // namespace lw

// My Story / My Plan (issue 6, point 1; GM Guide features 1 and 5): the
// person's plan in their own words, co-produced with a practitioner. It is
// the Living Well Care Plan ("a document that can travel with people, so
// they don't have to keep repeating themselves") and Edinburgh's Thrive
// Plan: their story, what matters to them, strengths, what helps and what
// doesn't, the people and places in their corner, what they need, their
// goals in their words, who does what by when (including the person), and
// a personal safety plan for when things get hard.
//
// Contract:
//  - `kPlanSections` is the one table of the plan's text sections (stable
//    key, title, hint, and which part of the plan it is in). Pages, print,
//    compare and export walk it; the keys are stored, sent in forms and in
//    the export document, and never renamed. The actions ("My plan: who
//    does what by when") are a list, not a text, and follow "my_goals".
//  - `ValidatePlan` normalises in place (line endings to "\n", each text
//    and action trimmed, blank action rows dropped) and returns
//    kInvalidArgument with one FieldError per problem, named as the form
//    fields: a section's key; "actions" (too many); "action_<i>_who",
//    "action_<i>_what" (i counts the rows kept, from 0). Every section may
//    be empty; a section holds at most kMaxPlanSectionChars characters, an
//    action's who and what are required and at most kMaxActionTextChars; no
//    control characters but tab and new line; valid UTF-8. A person's words
//    are never rewritten otherwise.
//  - `ComparePlans(older, newer)`: every section in table order, changed or
//    not, with both texts; the actions matched by who and what (a change of
//    date or done is "changed", other edits read as removed and added).
//
// Pure functions; no I/O. Thread-safety: values and a constant table.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "domain/outcomes/entered_by.h"

namespace lw {

inline constexpr std::size_t kMaxPlanSectionChars = 5000;
inline constexpr std::size_t kMaxPlanActions = 30;
inline constexpr std::size_t kMaxActionTextChars = 200;

// "Who does what by when, including me".
struct PlanAction {
  std::string who;              // "Me", "Sam (keyworker)", "Citizens Advice"
  std::string what;             // in the person's words
  std::optional<Date> by_when;  // none: no date agreed
  bool done = false;

  bool operator==(const PlanAction&) const = default;
};

// "If things get hard": a personal safety plan.
struct SafetyPlan {
  std::string warning_signs;    // "Signs that things are getting hard"
  std::string what_i_can_do;    // "What I can do"
  std::string who_i_can_call;   // "Who I can call"
  std::string crisis_contacts;  // "Crisis contacts"

  bool operator==(const SafetyPlan&) const = default;
};

struct MyPlan {
  std::string person_id;  // one plan per person: also the record's id
  long long version = 0;  // 0: nothing written yet
  std::string team_id;    // the team whose practitioner last changed it
  std::string my_story;
  std::string what_matters;
  std::string strengths;
  std::string what_helps;
  std::string what_does_not_help;
  std::string my_people;
  std::string what_i_need;
  std::string my_goals;
  std::vector<PlanAction> actions;
  SafetyPlan safety;
  EnteredBy entered_by = EnteredBy::kTogether;  // whose words this version holds
  Timestamp updated_at{};
  std::string updated_by_user_id;

  bool operator==(const MyPlan&) const = default;
};

enum class PlanPart : std::uint8_t {
  kStory,   // the person's story and what they need, before the actions
  kSafety,  // "If things get hard", after the actions
};

struct PlanSection {
  std::string_view key;    // stored, form field name and export member
  std::string_view title;  // "My story so far"
  std::string_view hint;   // a prompt in plain words
  PlanPart part;
  const std::string& (*text)(const MyPlan&);
  std::string& (*mutable_text)(MyPlan&);
};

extern const std::array<PlanSection, 12> kPlanSections;

// "actions": the key of the actions in forms, compare and the export.
inline constexpr std::string_view kPlanActionsKey = "actions";
inline constexpr std::string_view kPlanActionsTitle = "My plan: who does what by when";
inline constexpr std::string_view kSafetyPlanTitle = "If things get hard";

// The section with `key`, or null.
const PlanSection* FindPlanSection(std::string_view key);

// Whether every section is empty and there are no actions.
bool IsEmptyPlan(const MyPlan& plan);

Status ValidatePlan(MyPlan& plan);

struct SectionChange {
  const PlanSection* section = nullptr;
  bool changed = false;
  std::string older;
  std::string newer;
};

struct ActionChange {
  enum class Kind : std::uint8_t { kUnchanged, kAdded, kRemoved, kChanged };
  Kind kind = Kind::kUnchanged;
  std::optional<PlanAction> older;
  std::optional<PlanAction> newer;
};

struct PlanComparison {
  long long from_version = 0;
  long long to_version = 0;
  std::vector<SectionChange> sections;  // every section, in table order
  std::vector<ActionChange> actions;    // newer's order, then those removed
  bool actions_changed = false;

  // The titles of what changed, in table order, the actions after "my_goals".
  std::vector<std::string_view> ChangedTitles() const;
};

PlanComparison ComparePlans(const MyPlan& older, const MyPlan& newer);

}  // namespace lw

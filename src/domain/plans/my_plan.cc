#include "domain/plans/my_plan.h"

#include <algorithm>
#include <utility>

#include "domain/frontdoor/text_field.h"

namespace lw {

// Captureless lambdas: the table says where each section's text lives.
#define LW_PLAN_TEXT(member)                                      \
  [](const MyPlan& p) -> const std::string& { return p.member; }, \
      [](MyPlan& p) -> std::string& { return p.member; }

const std::array<PlanSection, 12> kPlanSections = {{
    {"my_story", "My story so far", "What has happened and how things are now, in your own words",
     PlanPart::kStory, LW_PLAN_TEXT(my_story)},
    {"what_matters", "What matters to me", "The things in life that matter most to you",
     PlanPart::kStory, LW_PLAN_TEXT(what_matters)},
    {"strengths", "My strengths", "What you are good at, what has got you through before",
     PlanPart::kStory, LW_PLAN_TEXT(strengths)},
    {"what_helps", "What helps", "Things that help when you are finding life hard",
     PlanPart::kStory, LW_PLAN_TEXT(what_helps)},
    {"what_does_not_help", "What doesn't help",
     "Things that make it harder, or that people do that doesn't help", PlanPart::kStory,
     LW_PLAN_TEXT(what_does_not_help)},
    {"my_people", "The people and places in my corner",
     "Family, friends, groups and places that support you", PlanPart::kStory,
     LW_PLAN_TEXT(my_people)},
    {"what_i_need", "What I need", "Help with money, housing, work, health or anything else",
     PlanPart::kStory, LW_PLAN_TEXT(what_i_need)},
    {"my_goals", "My goals", "What you would like to be different, in your words", PlanPart::kStory,
     LW_PLAN_TEXT(my_goals)},
    {"warning_signs", "Signs that things are getting hard",
     "What you or others notice when things start to get difficult", PlanPart::kSafety,
     LW_PLAN_TEXT(safety.warning_signs)},
    {"what_i_can_do", "What I can do", "Things you can do to help yourself stay safe",
     PlanPart::kSafety, LW_PLAN_TEXT(safety.what_i_can_do)},
    {"who_i_can_call", "Who I can call", "People you can call or be with, and their numbers",
     PlanPart::kSafety, LW_PLAN_TEXT(safety.who_i_can_call)},
    {"crisis_contacts", "Crisis contacts",
     "Services to call in a crisis, for example NHS 111 option 2 or Samaritans on 116 123",
     PlanPart::kSafety, LW_PLAN_TEXT(safety.crisis_contacts)},
}};

#undef LW_PLAN_TEXT

namespace {

std::string Unix(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

}  // namespace

const PlanSection* FindPlanSection(std::string_view key) {
  auto it = std::ranges::find(kPlanSections, key, &PlanSection::key);
  return it == kPlanSections.end() ? nullptr : &*it;
}

bool IsEmptyPlan(const MyPlan& plan) {
  return plan.actions.empty() && std::ranges::all_of(kPlanSections, [&](const PlanSection& s) {
           return s.text(plan).empty();
         });
}

Status ValidatePlan(MyPlan& plan) {
  std::vector<FieldError> errors;
  for (const PlanSection& s : kPlanSections) {
    std::string& text = s.mutable_text(plan);
    text = Unix(text);
    const std::string field(s.key);
    const std::string label(s.title);
    CheckText(
        text,
        TextRule{.field = field.c_str(), .label = label.c_str(), .max_chars = kMaxPlanSectionChars},
        errors);
  }
  std::erase_if(plan.actions, [](const PlanAction& a) {
    return TrimText(a.who).empty() && TrimText(a.what).empty() && !a.by_when && !a.done;
  });
  if (plan.actions.size() > kMaxPlanActions) {
    errors.push_back({std::string(kPlanActionsKey), "A plan can hold up to " +
                                                        std::to_string(kMaxPlanActions) +
                                                        " actions: take some off first"});
  }
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    PlanAction& a = plan.actions[i];
    const std::string prefix = "action_" + std::to_string(i) + "_";
    const std::string who = prefix + "who";
    const std::string what = prefix + "what";
    a.who = Unix(a.who);
    a.what = Unix(a.what);
    CheckText(a.who,
              TextRule{.field = who.c_str(),
                       .label = "Who",
                       .max_chars = kMaxActionTextChars,
                       .required = true,
                       .if_missing = "Enter who will do it"},
              errors);
    CheckText(a.what,
              TextRule{.field = what.c_str(),
                       .label = "What",
                       .max_chars = kMaxActionTextChars,
                       .required = true,
                       .if_missing = "Enter what they will do"},
              errors);
  }
  return FieldErrors(std::move(errors));
}

std::vector<std::string_view> PlanComparison::ChangedTitles() const {
  std::vector<std::string_view> out;
  for (const SectionChange& s : sections) {
    if (s.section->part == PlanPart::kSafety && actions_changed &&
        std::ranges::find(out, kPlanActionsTitle) == out.end()) {
      out.push_back(kPlanActionsTitle);
    }
    if (s.changed) out.push_back(s.section->title);
  }
  if (actions_changed && std::ranges::find(out, kPlanActionsTitle) == out.end()) {
    out.push_back(kPlanActionsTitle);
  }
  return out;
}

PlanComparison ComparePlans(const MyPlan& older, const MyPlan& newer) {
  PlanComparison out{.from_version = older.version, .to_version = newer.version};
  for (const PlanSection& s : kPlanSections) {
    out.sections.push_back(SectionChange{.section = &s,
                                         .changed = s.text(older) != s.text(newer),
                                         .older = s.text(older),
                                         .newer = s.text(newer)});
  }
  std::vector<bool> matched(older.actions.size(), false);
  for (const PlanAction& n : newer.actions) {
    ActionChange change{.kind = ActionChange::Kind::kAdded, .newer = n};
    for (std::size_t i = 0; i < older.actions.size(); ++i) {
      const PlanAction& o = older.actions[i];
      if (matched[i] || o.who != n.who || o.what != n.what) continue;
      matched[i] = true;
      change.older = o;
      change.kind = o == n ? ActionChange::Kind::kUnchanged : ActionChange::Kind::kChanged;
      break;
    }
    out.actions.push_back(std::move(change));
  }
  for (std::size_t i = 0; i < older.actions.size(); ++i) {
    if (!matched[i]) {
      out.actions.push_back(
          ActionChange{.kind = ActionChange::Kind::kRemoved, .older = older.actions[i]});
    }
  }
  out.actions_changed = std::ranges::any_of(
      out.actions, [](const ActionChange& c) { return c.kind != ActionChange::Kind::kUnchanged; });
  // Reordering alone is a change too: the plan reads differently.
  if (!out.actions_changed && older.actions != newer.actions) out.actions_changed = true;
  return out;
}

}  // namespace lw

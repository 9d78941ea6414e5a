#include "domain/people/equality_record.h"

#include <algorithm>
#include <array>

#include "base/check.h"
#include "domain/frontdoor/text_field.h"

namespace lw {
namespace {

constexpr std::array<EqualityOption, 2> kSex = {{{"female", "Female"}, {"male", "Male"}}};
constexpr std::array<EqualityOption, 2> kYesNo = {{{"yes", "Yes"}, {"no", "No"}}};
constexpr std::array<EqualityOption, 10> kImpairments = {{
    {"vision", "Vision (for example blindness or partial sight)"},
    {"hearing", "Hearing (for example deafness or partial hearing)"},
    {"mobility", "Mobility (for example walking short distances or climbing stairs)"},
    {"dexterity", "Dexterity (for example lifting and carrying objects, using a keyboard)"},
    {"learning", "Learning, understanding or concentrating"},
    {"memory", "Memory"},
    {"mental-health", "Mental health"},
    {"stamina", "Stamina, breathing or fatigue"},
    {"social-or-behavioural",
     "Socially or behaviourally (for example autism or attention deficit hyperactivity disorder)"},
    {"other", "Something else"},
}};
constexpr std::array<EqualityOption, 4> kArmedForces = {{
    {"serving", "Yes, I serve in the UK armed forces now (regular or reserve)"},
    {"veteran", "Yes, I have served in the UK armed forces (a veteran, regular or reserve)"},
    {"family", "Yes, I am family of someone who serves or has served"},
    {"no", "No"},
}};
constexpr std::array<std::string_view, 5> kEthnicityWriteIns = {
    "asian-other", "black-other", "mixed-other", "white-other", "other-any"};
constexpr std::array<std::string_view, 1> kWriteInForNo = {"no"};
constexpr std::array<std::string_view, 1> kWriteInForAnother = {"another"};

// The front door's options for a question it also asks, so keys match by
// construction.
std::span<const EqualityOption> FrontDoorOptions(std::string_view key) {
  const EqualityQuestion* q = FindEqualityQuestion(key);
  LW_CHECK(q != nullptr);
  return q->options;
}

const std::array<EqualityOption, 19>& CategoryOptions() {
  static const auto options = [] {
    std::array<EqualityOption, 19> out{};
    for (std::size_t i = 0; i < out.size(); ++i) {
      out[i] = {EthnicCategoryKey(kAllEthnicCategories[i]),
                EthnicCategoryLabel(kAllEthnicCategories[i])};
    }
    return out;
  }();
  return options;
}

const std::array<EqualityOption, 5>& GroupOptions() {
  static const auto options = [] {
    std::array<EqualityOption, 5> out{};
    for (std::size_t i = 0; i < out.size(); ++i) {
      out[i] = {EthnicGroupKey(kAllEthnicGroups[i]), EthnicGroupLabel(kAllEthnicGroups[i])};
    }
    return out;
  }();
  return options;
}

using Questions = std::array<EqualityRecordQuestion, 9>;

// Spans point at static storage only, so the table may be copied freely.
Questions BuildQuestions() {
  return {{
      {.key = "ethnicity",
       .question = "What is your ethnic group?",
       .hint = "Choose the one option that best describes your ethnic group or background.",
       .why_we_ask = "So we can check that people of every ethnic group can reach us and are "
                     "helped equally.",
       .options = CategoryOptions(),
       .carried_options = GroupOptions(),
       .described_for = kEthnicityWriteIns,
       .described_label = "Your ethnic group or background, in your words"},
      {.key = "sex",
       .question = "What is your sex?",
       .hint = "Your sex as on your birth certificate or Gender Recognition Certificate. A "
               "question about gender identity follows.",
       .why_we_ask = "So we can check that women and men are helped equally.",
       .options = kSex},
      {.key = "gender",
       .question = "How would you describe your gender?",
       .why_we_ask = "So we can check that people of every gender get the same welcome.",
       .options = FrontDoorOptions("gender"),
       .described_for = kWriteInForAnother,
       .described_label = "Your gender, in your words"},
      {.key = "gender_identity",
       .question = "Is the gender you identify with the same as your sex registered at birth?",
       .why_we_ask = "Trans people often meet barriers to support; this shows us whether we "
                     "reach them and help them equally.",
       .options = kYesNo,
       .described_for = kWriteInForNo,
       .described_label = "Your gender identity"},
      {.key = "sexual_orientation",
       .question = "Which of these best describes your sexual orientation?",
       .why_we_ask = "Some groups are less likely to ask for help; this shows us whether we "
                     "reach them.",
       .options = FrontDoorOptions("sexual_orientation"),
       .described_for = kWriteInForAnother,
       .described_label = "Your sexual orientation, in your words"},
      {.key = "disability",
       .question = "Do you consider yourself to have a disability?",
       .hint = "The Equality Act 2010 says you are disabled if a physical or mental condition "
               "has a substantial and long-term effect (12 months or more) on your normal "
               "day-to-day activities.",
       .why_we_ask = "So we can make our support accessible and see who we are missing.",
       .options = FrontDoorOptions("disability"),
       .kinds_for = "yes",
       .kinds = kImpairments},
      {.key = "religion",
       .question = "What is your religion or belief?",
       .why_we_ask = "So we can check that people of every faith, and none, feel welcome.",
       .options = FrontDoorOptions("religion"),
       .described_for = kWriteInForAnother,
       .described_label = "Your religion or belief, in your words"},
      {.key = "caring",
       .question = "Do you look after, or give any help or support to, anyone because of a "
                   "long-term health condition, illness or problems related to old age?",
       .hint = "Do not count anything you do as part of your paid work.",
       .why_we_ask = "Carers often put themselves last; this helps us notice and support them.",
       .options = FrontDoorOptions("caring")},
      {.key = "armed_forces",
       .question = "Do you, or does someone in your family, serve or have served in the UK "
                   "armed forces?",
       .hint = "If more than one is true, choose the one about your own service.",
       .why_we_ask = "The Armed Forces Covenant promises serving people, veterans and their "
                     "families fair access to support, and veterans some services of their own.",
       .options = kArmedForces},
  }};
}

const Questions& TheQuestions() {
  static const Questions questions = BuildQuestions();
  return questions;
}

bool Contains(std::span<const EqualityOption> options, std::string_view key) {
  return std::ranges::any_of(options, [&](const EqualityOption& o) { return o.key == key; });
}

bool Accepts(const EqualityRecordQuestion& q, std::string_view option) {
  return option == kPreferNotToSay || Contains(q.options, option) ||
         Contains(q.carried_options, option);
}

bool OpensWriteIn(const EqualityRecordQuestion& q, std::string_view option) {
  return std::ranges::find(q.described_for, option) != q.described_for.end();
}

void CheckKinds(const EqualityRecordQuestion& q, const std::string& field,
                std::vector<std::string>& kinds, std::vector<FieldError>& errors) {
  std::vector<std::string> in_order;
  bool unknown = false;
  for (const auto& kind : kinds) {
    std::string key = TrimText(kind);
    if (!key.empty() && !Contains(q.kinds, key)) unknown = true;
  }
  if (unknown) {
    errors.push_back({field, "Select from the list"});
    return;
  }
  for (const auto& option : q.kinds) {
    bool chosen =
        std::ranges::any_of(kinds, [&](const std::string& k) { return TrimText(k) == option.key; });
    if (chosen) in_order.emplace_back(option.key);
  }
  kinds = std::move(in_order);
}

void CheckAnswer(const EqualityRecordQuestion& q, EqualityRecordAnswer& a,
                 std::vector<FieldError>& errors) {
  std::string field = "equality_" + std::string(q.key);
  a.option = TrimText(a.option);
  if (!Accepts(q, a.option)) {
    errors.push_back({field, "Select an answer from the list, or prefer not to say"});
    return;
  }
  if (OpensWriteIn(q, a.option)) {
    std::string described_field = field + "_described";
    std::string label(q.described_label);
    CheckText(a.described, {described_field.c_str(), label.c_str(), kMaxEqualityDescribed}, errors);
  } else {
    a.described.clear();
  }
  if (!q.kinds_for.empty() && a.option == q.kinds_for) {
    CheckKinds(q, field + "_kinds", a.kinds, errors);
  } else {
    a.kinds.clear();
  }
}

// In enum order.
constexpr std::array<EqualityOption, 3> kAnswerStates = {{
    {"not-asked", "Not asked"},
    {"prefer-not-to-say", "Prefer not to say"},
    {"answered", "Answered"},
}};

bool Blank(const EqualityRecordAnswer& a) {
  return TrimText(a.option).empty() && TrimText(a.described).empty() &&
         std::ranges::all_of(a.kinds, [](const std::string& k) { return TrimText(k).empty(); });
}

}  // namespace

std::span<const EqualityRecordQuestion> EqualityQuestionsForRecord() { return TheQuestions(); }

const EqualityRecordQuestion* FindEqualityRecordQuestion(std::string_view key) {
  for (const auto& q : TheQuestions()) {
    if (q.key == key) return &q;
  }
  return nullptr;
}

const EqualityRecordAnswer* EqualityRecord::AnswerTo(std::string_view question) const {
  auto it = answers.find(question);
  return it == answers.end() ? nullptr : &it->second;
}

Status ValidateEqualityRecord(EqualityRecord& record) {
  std::erase_if(record.answers, [](const auto& entry) { return Blank(entry.second); });
  std::vector<FieldError> errors;
  // In the form's order, so an error summary reads top to bottom.
  for (const auto& q : EqualityQuestionsForRecord()) {
    auto it = record.answers.find(q.key);
    if (it != record.answers.end()) CheckAnswer(q, it->second, errors);
  }
  for (const auto& [key, answer] : record.answers) {
    if (FindEqualityRecordQuestion(key) == nullptr) {
      errors.push_back({"equality", "Answer only the questions on the form"});
      break;
    }
  }
  return FieldErrors(std::move(errors));
}

EqualityRecord EqualityRecordFromFrontDoor(const EqualityAnswers& front_door) {
  EqualityRecord record;
  for (const auto& [key, answer] : front_door.answers) {
    const EqualityRecordQuestion* q = FindEqualityRecordQuestion(key);
    std::string option = TrimText(answer);
    if (q == nullptr || option.empty() || !Accepts(*q, option)) continue;
    record.answers.emplace(key, EqualityRecordAnswer{.option = std::move(option)});
  }
  return record;
}

std::optional<EthnicCategory> RecordedEthnicCategory(const EqualityRecord& record) {
  const EqualityRecordAnswer* a = record.AnswerTo("ethnicity");
  if (a == nullptr) return std::nullopt;
  return ParseEthnicCategory(a->option);
}

std::optional<EthnicGroup> RecordedEthnicGroup(const EqualityRecord& record) {
  const EqualityRecordAnswer* a = record.AnswerTo("ethnicity");
  if (a == nullptr) return std::nullopt;
  if (auto category = ParseEthnicCategory(a->option)) return GroupOf(*category);
  return ParseEthnicGroup(a->option);
}

std::string_view AnswerStateKey(AnswerState state) {
  return kAnswerStates[static_cast<std::size_t>(state)].key;
}
std::string_view AnswerStateLabel(AnswerState state) {
  return kAnswerStates[static_cast<std::size_t>(state)].label;
}

AnswerState StateOf(const EqualityRecord& record, std::string_view question) {
  const EqualityRecordAnswer* a = record.AnswerTo(question);
  if (a == nullptr || a->option.empty()) return AnswerState::kNotAsked;
  if (a->option == kPreferNotToSay) return AnswerState::kPreferNotToSay;
  return AnswerState::kAnswered;
}

std::vector<QuestionState> EqualityCompleteness(const EqualityRecord& record) {
  std::vector<QuestionState> out;
  for (const auto& q : EqualityQuestionsForRecord()) {
    out.push_back({q.key, StateOf(record, q.key)});
  }
  return out;
}

std::string_view AgeBandOn(std::optional<Date> date_of_birth, Date on) {
  if (!date_of_birth) return "";
  struct Band {
    int below;  // the band holds ages under this
    std::string_view key;
  };
  static constexpr std::array<Band, 9> kBands = {{{16, "under-16"},
                                                  {18, "16-17"},
                                                  {25, "18-24"},
                                                  {35, "25-34"},
                                                  {45, "35-44"},
                                                  {55, "45-54"},
                                                  {65, "55-64"},
                                                  {75, "65-74"},
                                                  {85, "75-84"}}};
  int age = date_of_birth->AgeOn(on);
  for (const auto& band : kBands) {
    if (age < band.below) return band.key;
  }
  return "85-plus";
}

}  // namespace lw

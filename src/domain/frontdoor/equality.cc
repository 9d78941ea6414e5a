#include "domain/frontdoor/equality.h"

#include <array>
#include <vector>

#include "domain/frontdoor/text_field.h"

namespace lw {
namespace {

// Broad groups from the 2021 Census, so figures compare with the local
// population; a locality wanting finer groups changes this table.
constexpr std::array<EqualityOption, 5> kEthnicity = {{
    {"asian", "Asian or Asian British"},
    {"black", "Black, Black British, Caribbean or African"},
    {"mixed", "Mixed or multiple ethnic groups"},
    {"white", "White"},
    {"other", "Another ethnic group"},
}};
constexpr std::array<EqualityOption, 4> kGender = {{
    {"woman", "Woman"},
    {"man", "Man"},
    {"non-binary", "Non-binary"},
    {"another", "In another way"},
}};
constexpr std::array<EqualityOption, 4> kSexualOrientation = {{
    {"straight", "Straight or heterosexual"},
    {"gay-or-lesbian", "Gay or lesbian"},
    {"bisexual", "Bisexual"},
    {"another", "Another sexual orientation"},
}};
constexpr std::array<EqualityOption, 2> kYesNo = {{{"yes", "Yes"}, {"no", "No"}}};
constexpr std::array<EqualityOption, 8> kReligion = {{
    {"none", "No religion"},
    {"buddhist", "Buddhist"},
    {"christian", "Christian"},
    {"hindu", "Hindu"},
    {"jewish", "Jewish"},
    {"muslim", "Muslim"},
    {"sikh", "Sikh"},
    {"another", "Another religion or belief"},
}};

constexpr std::array<EqualityQuestion, 6> kQuestions = {{
    {"ethnicity", "What is your ethnic group?",
     "So we can check that people of every ethnic group can reach us and are helped equally.",
     kEthnicity},
    {"gender", "How would you describe your gender?",
     "So we can check that people of every gender get the same welcome.", kGender},
    {"sexual_orientation", "Which of these best describes your sexual orientation?",
     "Some groups are less likely to ask for help; this shows us whether we reach them.",
     kSexualOrientation},
    {"disability", "Do you have a disability or a long-term health condition?",
     "So we can make our support accessible and see who we are missing.", kYesNo},
    {"religion", "What is your religion or belief?",
     "So we can check that people of every faith, and none, feel welcome.", kReligion},
    {"caring", "Do you look after or support someone because of their health or age?",
     "Carers often put themselves last; this helps us notice and support them.", kYesNo},
}};

bool HasOption(const EqualityQuestion& q, std::string_view answer) {
  if (answer == kPreferNotToSay) return true;
  for (const auto& option : q.options) {
    if (option.key == answer) return true;
  }
  return false;
}

}  // namespace

std::span<const EqualityQuestion> EqualityQuestions() { return kQuestions; }

const EqualityQuestion* FindEqualityQuestion(std::string_view key) {
  for (const auto& q : kQuestions) {
    if (q.key == key) return &q;
  }
  return nullptr;
}

std::optional<std::string_view> EqualityAnswers::AnswerTo(std::string_view question) const {
  auto it = answers.find(question);
  if (it == answers.end()) return std::nullopt;
  return it->second;
}

Status ValidateEqualityAnswers(EqualityAnswers& a) {
  std::erase_if(a.answers, [](const auto& entry) { return TrimText(entry.second).empty(); });
  std::vector<FieldError> errors;
  for (auto& [key, answer] : a.answers) {
    answer = TrimText(answer);
    const EqualityQuestion* q = FindEqualityQuestion(key);
    if (q == nullptr) {
      errors.push_back({"equality", "Answer only the questions on the form"});
    } else if (!HasOption(*q, answer)) {
      errors.push_back({"equality_" + key, "Select an answer from the list, or prefer not to say"});
    }
  }
  return FieldErrors(std::move(errors));
}

}  // namespace lw

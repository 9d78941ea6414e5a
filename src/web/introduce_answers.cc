#include "web/introduce_answers.h"

#include <algorithm>

#include "domain/frontdoor/vocabulary.h"
#include "web/form_components.h"

namespace lw::web {

namespace {

constexpr std::string_view kEqualityPrefix = "equality_";

// The scalar answers, each with its form field name and step.
struct ScalarField {
  std::string_view name;
  IntroduceStep step;
  std::string IntroduceAnswers::*member;
  bool introducer = false;  // only asked when introducing someone else
};

constexpr std::array<ScalarField, 19> kScalars = {{
    {"source", IntroduceStep::kStart, &IntroduceAnswers::source},
    {"introducer_name", IntroduceStep::kAbout, &IntroduceAnswers::introducer_name, true},
    {"introducer_relationship", IntroduceStep::kAbout, &IntroduceAnswers::introducer_relationship,
     true},
    {"person_knows", IntroduceStep::kAbout, &IntroduceAnswers::person_knows, true},
    {"given_name", IntroduceStep::kAbout, &IntroduceAnswers::given_name},
    {"family_name", IntroduceStep::kAbout, &IntroduceAnswers::family_name},
    {"preferred_name", IntroduceStep::kAbout, &IntroduceAnswers::preferred_name},
    {"date_of_birth_day", IntroduceStep::kAbout, &IntroduceAnswers::date_of_birth_day},
    {"date_of_birth_month", IntroduceStep::kAbout, &IntroduceAnswers::date_of_birth_month},
    {"date_of_birth_year", IntroduceStep::kAbout, &IntroduceAnswers::date_of_birth_year},
    {"postcode", IntroduceStep::kAbout, &IntroduceAnswers::postcode},
    {"neighbourhood", IntroduceStep::kAbout, &IntroduceAnswers::neighbourhood},
    {"in_their_words", IntroduceStep::kStory, &IntroduceAnswers::in_their_words},
    {"help_wanted", IntroduceStep::kStory, &IntroduceAnswers::help_wanted},
    {"phone", IntroduceStep::kContact, &IntroduceAnswers::phone},
    {"email", IntroduceStep::kContact, &IntroduceAnswers::email},
    {"may_leave_message", IntroduceStep::kContact, &IntroduceAnswers::may_leave_message},
    {"safe_times", IntroduceStep::kContact, &IntroduceAnswers::safe_times},
    {"privacy_agreed", IntroduceStep::kCheck, &IntroduceAnswers::privacy_agreed},
}};

// Fields the domain names that are not scalar answers.
struct OtherField {
  std::string_view name;
  IntroduceStep step;
};
constexpr std::array<OtherField, 5> kOtherFields = {{
    {"introducer_organisation", IntroduceStep::kAbout},
    {"date_of_birth", IntroduceStep::kAbout},
    {"nhs_number", IntroduceStep::kAbout},
    {"contact_methods", IntroduceStep::kContact},
    {"equality", IntroduceStep::kEquality},
}};

bool IsOffered(std::string_view source) {
  return source == IntroductionSourceKey(IntroductionSource::kSelf) ||
         source == IntroductionSourceKey(IntroductionSource::kCarerOrFamily);
}

int Index(IntroduceStep step) { return static_cast<int>(step); }

}  // namespace

std::string_view StepSlug(IntroduceStep step) {
  switch (step) {
    case IntroduceStep::kStart:
      return "start";
    case IntroduceStep::kAbout:
      return "about";
    case IntroduceStep::kStory:
      return "story";
    case IntroduceStep::kContact:
      return "contact";
    case IntroduceStep::kEquality:
      return "equality";
    case IntroduceStep::kCheck:
      return "check";
    case IntroduceStep::kSend:
      return "send";
  }
  return "start";
}

std::optional<IntroduceStep> ParseStep(std::string_view slug) {
  for (IntroduceStep s : kIntroduceSteps) {
    if (StepSlug(s) == slug) return s;
  }
  return std::nullopt;
}

IntroduceStep PreviousStep(IntroduceStep step) {
  return step == IntroduceStep::kStart ? step : static_cast<IntroduceStep>(Index(step) - 1);
}

IntroduceStep NextStep(IntroduceStep step) {
  return step == IntroduceStep::kSend ? step : static_cast<IntroduceStep>(Index(step) + 1);
}

bool IntroduceAnswers::ForSomeoneElse() const {
  return source == IntroductionSourceKey(IntroductionSource::kCarerOrFamily);
}

IntroduceAnswers ParseAnswers(const http::Form& form) {
  IntroduceAnswers a;
  for (const ScalarField& f : kScalars) a.*f.member = std::string(form.Value(f.name));
  for (std::string_view m : form.GetAll("contact_methods")) a.contact_methods.emplace_back(m);
  for (const auto& [name, value] : form.fields()) {
    if (!name.starts_with(kEqualityPrefix) || value.empty()) continue;
    a.equality.emplace(name.substr(kEqualityPrefix.size()), value);  // the first one counts
  }
  a.honeypot = std::string(form.Value(kHoneypotField));
  a.submission_key = std::string(form.Value("submission_key"));
  a.changing = form.Value("changing") == kYes;
  a.from = ParseStep(form.Value("step"));
  return a;
}

void WriteHiddenAnswers(Html& h, const IntroduceAnswers& a, IntroduceStep shown) {
  for (const ScalarField& f : kScalars) {
    const std::string& value = a.*f.member;
    if (value.empty() || f.step == shown) continue;
    if (f.introducer && !a.ForSomeoneElse()) continue;
    HiddenField(h, f.name, value);
  }
  if (shown != IntroduceStep::kContact) {
    for (const std::string& m : a.contact_methods) HiddenField(h, "contact_methods", m);
  }
  // On the equality page its radios stand for every equality answer, so an
  // answer to a question the form does not ask goes no further.
  if (shown != IntroduceStep::kEquality) {
    for (const auto& [key, value] : a.equality) {
      std::string name = std::string(kEqualityPrefix) + key;
      HiddenField(h, name, value);
    }
  }
}

IntroductionDraft ToDraft(const IntroduceAnswers& a, Timestamp now) {
  IntroductionDraft d;
  d.source = a.source;
  d.received_at = now;
  d.introducer_name = a.introducer_name;
  d.introducer_relationship = a.introducer_relationship;
  d.person_knows = a.person_knows == kYes;
  d.given_name = a.given_name;
  d.family_name = a.family_name;
  d.preferred_name = a.preferred_name;
  d.date_of_birth_day = a.date_of_birth_day;
  d.date_of_birth_month = a.date_of_birth_month;
  d.date_of_birth_year = a.date_of_birth_year;
  d.postcode = a.postcode;
  d.contact_methods = a.contact_methods;
  d.phone = a.phone;
  d.email = a.email;
  d.may_leave_message = a.may_leave_message == kYes;
  d.safe_times = a.safe_times;
  d.in_their_words = a.in_their_words;
  d.help_wanted = a.help_wanted;
  for (const auto& [key, value] : a.equality) d.equality.emplace(key, value);
  d.privacy_agreed = a.privacy_agreed == kYes;
  return d;
}

IntroduceStep StepOfField(std::string_view field) {
  for (const ScalarField& f : kScalars) {
    if (f.name == field) return f.step;
  }
  for (const OtherField& f : kOtherFields) {
    if (f.name == field) return f.step;
  }
  if (field.starts_with(kEqualityPrefix)) return IntroduceStep::kEquality;
  return IntroduceStep::kCheck;
}

std::vector<FieldError> CheckAnswers(const IntroduceAnswers& a,
                                     std::span<const Neighbourhood> neighbourhoods,
                                     const FrontDoorPolicy& policy, Timestamp now) {
  std::vector<FieldError> errors;
  auto valid = ValidateNewIntroduction(ToDraft(a, now), policy, Date::InLondon(now));
  if (!valid) errors = valid.error().field_errors;
  // The public page offers two sources, and asks in its own words.
  std::erase_if(errors, [](const FieldError& e) { return e.field == "source"; });
  if (!IsOffered(a.source)) {
    errors.insert(errors.begin(), {"source", "Select who this introduction is for"});
  }
  const bool other = a.ForSomeoneElse();
  if (!neighbourhoods.empty()) {
    bool known = a.neighbourhood == kNotSure ||
                 std::any_of(neighbourhoods.begin(), neighbourhoods.end(),
                             [&](const Neighbourhood& n) { return n.id == a.neighbourhood; });
    if (a.neighbourhood.empty()) {
      errors.push_back(
          {"neighbourhood", other ? "Select the area where they live, or I\u2019m not sure"
                                  : "Select the area where you live, or I\u2019m not sure"});
    } else if (!known) {
      errors.push_back({"neighbourhood", "Select an area from the list, or I\u2019m not sure"});
    }
  }
  if (!a.may_leave_message.empty() && a.may_leave_message != kYes && a.may_leave_message != kNo) {
    errors.push_back({"may_leave_message", "Select yes or no"});
  }
  // The domain names each unknown equality question once: say it once.
  std::vector<FieldError> unique;
  for (FieldError& e : errors) {
    bool seen = std::any_of(unique.begin(), unique.end(), [&](const FieldError& u) {
      return u.field == e.field && u.message == e.message;
    });
    if (!seen) unique.push_back(std::move(e));
  }
  return unique;
}

StepToShow StepFor(IntroduceStep target, const IntroduceAnswers& a,
                   std::span<const FieldError> problems) {
  const bool honeypot = !a.honeypot.empty();
  IntroduceStep sent_from = a.from.value_or(PreviousStep(target));
  if (Index(sent_from) >= Index(IntroduceStep::kSend)) sent_from = IntroduceStep::kCheck;
  StepToShow show{.step = target, .errors = {}};
  if (honeypot) show.step = std::min(sent_from, target);
  for (const FieldError& e : problems) {
    IntroduceStep step = StepOfField(e.field);
    if (Index(step) < Index(target) && Index(step) < Index(show.step)) show.step = step;
  }
  for (const FieldError& e : problems) {
    if (StepOfField(e.field) == show.step && Index(show.step) < Index(target)) {
      show.errors.push_back(e);
    }
  }
  // The honeypot is on every page: its message goes wherever the person is.
  if (honeypot) show.errors.push_back({std::string(kHoneypotField), std::string(kHoneypotMessage)});
  return show;
}

}  // namespace lw::web

// The step pages of the public journey (IntroduceStepPage, introduce_pages.h).
//
// Each step page has two forms. The step's own form ("introduce") holds
// its questions as inputs and every other answer as hidden fields, and
// posts to the next step (to check when the person came from a Change
// link). A second form ("journey") holds every answer as hidden fields and
// no button of its own: Back and the check page's Change buttons submit it
// through the HTML form attribute, so they keep the answers too, and the
// step form's default button (the one Enter presses) is always Continue.
#include <algorithm>
#include <string>
#include <vector>

#include "domain/frontdoor/equality.h"
#include "domain/frontdoor/vocabulary.h"
#include "web/components.h"
#include "web/form_components.h"
#include "web/introduce_parts.h"

namespace lw::web {

namespace {

constexpr std::string_view kStepForm = "introduce";
constexpr std::string_view kJourneyForm = "journey";
constexpr int kQuestionSteps = 5;  // about .. check, for "Step n of 5"

// Words that change with who the introduction is about.
struct Voice {
  bool other;  // introducing someone else
  std::string_view pick(std::string_view self, std::string_view someone) const {
    return other ? someone : self;
  }
};

Voice VoiceOf(const IntroduceAnswers& a) { return Voice{a.ForSomeoneElse()}; }

std::string Path(IntroduceStep step) { return "/introduce/" + std::string(StepSlug(step)); }

// Where the error summary links for a field: the input the person should
// go to, or nowhere when the page has no input for it.
std::string AnchorFor(std::string_view field) {
  if (field == "date_of_birth") return "date_of_birth_day";
  if (field.starts_with("equality_")) {
    return FindEqualityQuestion(field.substr(9)) != nullptr ? std::string(field) : std::string();
  }
  for (std::string_view none :
       {"equality", "submission_key", "received_at", "introducer_organisation", "nhs_number"}) {
    if (field == none) return {};
  }
  return std::string(field);
}

std::vector<FieldError> SummaryOf(std::span<const FieldError> errors) {
  std::vector<FieldError> summary;
  for (const FieldError& e : errors) summary.push_back({AnchorFor(e.field), e.message});
  return summary;
}

void Heading(Html& h, IntroduceStep step, std::string_view title) {
  h << "<h1 class=\"nhsuk-heading-l\">";
  if (step != IntroduceStep::kStart) {
    h << "<span class=\"nhsuk-caption-l\">Step " << static_cast<int>(step) << " of "
      << kQuestionSteps << "</span>\n";
  }
  h << Text(title) << "</h1>\n";
}

// The step form's opening: CSRF, where it came from, hidden answers.
void OpenStepForm(Html& h, const IntroduceView& v, IntroduceStep next) {
  const bool changing = v.answers.changing && v.step != IntroduceStep::kCheck;
  IntroduceStep action = next;
  if (changing && v.step != IntroduceStep::kStart) action = IntroduceStep::kCheck;
  h << "<form id=\"" << Attr(kStepForm) << "\" action=\"" << Attr(Path(action))
    << "\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  HiddenField(h, "step", StepSlug(v.step));
  if (changing) HiddenField(h, "changing", kYes);
  WriteHiddenAnswers(h, v.answers, v.step);
}

void CloseStepForm(Html& h, const IntroduceView& v, std::string_view button) {
  HoneypotField(h, v.answers.honeypot, ErrorFor(v.errors, kHoneypotField));
  SubmitButton(h, button);
  h << "</form>\n";
}

// The journey form: every answer, for Back and Change.
void JourneyForm(Html& h, const IntroduceView& v) {
  h << "<form id=\"" << Attr(kJourneyForm)
    << "\" action=\"/introduce/start\" method=\"post\" "
       "novalidate>\n";
  CsrfField(h, v.csrf_token);
  WriteHiddenAnswers(h, v.answers, IntroduceStep::kSend);
  h << "</form>\n";
}

void Back(Html& h, const IntroduceView& v) {
  if (v.step == IntroduceStep::kStart) return;
  IntroduceStep back = v.answers.changing && v.step != IntroduceStep::kCheck ? IntroduceStep::kCheck
                                                                             : PreviousStep(v.step);
  BackButton(h, kJourneyForm, Path(back));
}

void StartQuestions(Html& h, const IntroduceView& v) {
  const Choice choices[] = {
      {.value = IntroductionSourceKey(IntroductionSource::kSelf), .label = "Myself"},
      {.value = IntroductionSourceKey(IntroductionSource::kCarerOrFamily),
       .label = "Someone I care about",
       .hint = "They need to know you are introducing them"},
  };
  Radios(h,
         ChoiceGroup{.name = "source",
                     .legend = "Who is this introduction for?",
                     .legend_style = LegendStyle::kMedium,
                     .error = ErrorFor(v.errors, "source"),
                     .choices = choices},
         v.answers.source);
}

void StartIntro(Html& h, const IntroduceView& v) {
  h << "<p>" << Text(v.site.service_name)
    << " offers mental health support close to home. You do not need to see a GP first: you can "
       "introduce yourself, or someone you care about if they know you are doing it.</p>\n"
       "<h2 class=\"nhsuk-heading-m\">What happens next</h2>\n"
       "<p>Someone from the team will contact you within "
    << v.target_days
    << " days to arrange a conversation about what matters to you and what would help.</p>\n"
       "<p>It takes about 10 minutes. We will ask what is going on, how and when it is safe to "
       "contact you, and some optional equality questions. Nothing is sent until you check "
       "your answers and send them on the last page.</p>\n";
}

void NameQuestions(Html& h, const IntroduceView& v, const Voice& voice) {
  auto auto_or_off = [&](std::string_view token) {
    return voice.other ? std::string_view("off") : token;
  };
  TextInput(h, InputField{.id = "given_name",
                          .label = "First name",
                          .value = v.answers.given_name,
                          .autocomplete = auto_or_off("given-name"),
                          .error = ErrorFor(v.errors, "given_name"),
                          .width = 20,
                          .spellcheck = false});
  TextInput(h, InputField{.id = "family_name",
                          .label = "Last name",
                          .value = v.answers.family_name,
                          .autocomplete = auto_or_off("family-name"),
                          .error = ErrorFor(v.errors, "family_name"),
                          .width = 20,
                          .spellcheck = false});
  TextInput(h, InputField{.id = "preferred_name",
                          .label = "Preferred name (optional)",
                          .value = v.answers.preferred_name,
                          .autocomplete = auto_or_off("nickname"),
                          .hint = voice.pick("If you like to be called something else",
                                             "If they like to be called something else"),
                          .error = ErrorFor(v.errors, "preferred_name"),
                          .width = 20,
                          .spellcheck = false});
  DateInput(h, DateField{.id = "date_of_birth",
                         .legend = "Date of birth",
                         .hint = "For example, 27 3 1990",
                         .error = ErrorFor(v.errors, "date_of_birth"),
                         .day_name = "date_of_birth_day",
                         .month_name = "date_of_birth_month",
                         .year_name = "date_of_birth_year",
                         .day = v.answers.date_of_birth_day,
                         .month = v.answers.date_of_birth_month,
                         .year = v.answers.date_of_birth_year,
                         .autocomplete_prefix = voice.other ? "" : "bday"});
  TextInput(h,
            InputField{.id = "postcode",
                       .label = "Postcode (optional)",
                       .value = v.answers.postcode,
                       .autocomplete = auto_or_off("postal-code"),
                       .hint = voice.pick("Leave this empty if you do not have a fixed address",
                                          "Leave this empty if they do not have a fixed address"),
                       .error = ErrorFor(v.errors, "postcode"),
                       .width = 10,
                       .spellcheck = false});
}

void NeighbourhoodQuestion(Html& h, const IntroduceView& v, const Voice& voice) {
  if (v.neighbourhoods.empty()) return;
  std::vector<Choice> choices;
  choices.reserve(v.neighbourhoods.size() + 1);
  for (const Neighbourhood& n : v.neighbourhoods) {
    choices.push_back({.value = n.id, .label = n.name});
  }
  choices.push_back({.value = kNotSure, .label = "I\u2019m not sure", .divider_before = true});
  Radios(
      h,
      ChoiceGroup{.name = "neighbourhood",
                  .legend = voice.pick("Which area do you live in?", "Which area do they live in?"),
                  .legend_style = LegendStyle::kSmall,
                  .hint = voice.pick("This helps us pass your introduction to the team "
                                     "nearest to where you live",
                                     "This helps us pass the introduction to the team "
                                     "nearest to where they live"),
                  .error = ErrorFor(v.errors, "neighbourhood"),
                  .choices = choices},
      v.answers.neighbourhood);
}

void IntroducerQuestions(Html& h, const IntroduceView& v) {
  h << "<h2 class=\"nhsuk-heading-m\">About you</h2>\n";
  TextInput(h, InputField{.id = "introducer_name",
                          .label = "Your name",
                          .value = v.answers.introducer_name,
                          .autocomplete = "name",
                          .error = ErrorFor(v.errors, "introducer_name"),
                          .width = 20,
                          .spellcheck = false});
  TextInput(h, InputField{.id = "introducer_relationship",
                          .label = "How do you know them?",
                          .value = v.answers.introducer_relationship,
                          .hint = "For example, I am their mum, partner or friend",
                          .error = ErrorFor(v.errors, "introducer_relationship"),
                          .width = 20});
  const Choice knows[] = {{.value = kYes, .label = "They know I am introducing them"}};
  std::vector<std::string> ticked;
  if (!v.answers.person_knows.empty()) ticked.push_back(v.answers.person_knows);
  Checkboxes(h,
             ChoiceGroup{.name = "person_knows",
                         .legend = "Do they know about this introduction?",
                         .legend_style = LegendStyle::kSmall,
                         .hint = "Living Well works with people who know they have been "
                                 "introduced. If they do not know yet, talk to them first.",
                         .error = ErrorFor(v.errors, "person_knows"),
                         .choices = knows},
             ticked);
  h << "<h2 class=\"nhsuk-heading-m\">About them</h2>\n";
}

void AboutQuestions(Html& h, const IntroduceView& v, const Voice& voice) {
  if (voice.other) IntroducerQuestions(h, v);
  NameQuestions(h, v, voice);
  NeighbourhoodQuestion(h, v, voice);
}

void StoryQuestions(Html& h, const IntroduceView& v, const Voice& voice) {
  Textarea(h,
           TextareaField{.id = "in_their_words",
                         .label = voice.pick("In your own words, what is going on for you?",
                                             "In your own words, what is going on for them?"),
                         .hint = "Write as much or as little as you like. The person who contacts "
                                 "you will read this, so nobody has to tell the story again.",
                         .value = v.answers.in_their_words,
                         .error = ErrorFor(v.errors, "in_their_words"),
                         .rows = 8,
                         .max_chars = static_cast<int>(kMaxStoryText)});
  Textarea(h,
           TextareaField{.id = "help_wanted",
                         .label = voice.pick("What would you like help with? (optional)",
                                             "What would they like help with? (optional)"),
                         .hint = "For example, someone to talk to, help with money or housing, or "
                                 "meeting other people",
                         .value = v.answers.help_wanted,
                         .error = ErrorFor(v.errors, "help_wanted"),
                         .rows = 5,
                         .max_chars = static_cast<int>(kMaxStoryText)});
}

void ContactQuestions(Html& h, const IntroduceView& v, const Voice& voice) {
  std::vector<Choice> methods;
  methods.reserve(kAllContactMethods.size());
  for (ContactMethod m : kAllContactMethods) {
    methods.push_back({.value = ContactMethodKey(m), .label = ContactMethodDisplayName(m)});
  }
  Checkboxes(
      h,
      ChoiceGroup{.name = "contact_methods",
                  .legend = voice.pick("How can we contact you?", "How can we contact them?"),
                  .legend_style = LegendStyle::kSmall,
                  .hint = voice.pick("Select all the ways that are safe for you",
                                     "Select all the ways that are safe. If it is better "
                                     "to contact them through you, give your details"),
                  .error = ErrorFor(v.errors, "contact_methods"),
                  .choices = methods},
      v.answers.contact_methods);
  TextInput(h, InputField{.id = "phone",
                          .label = "Phone number",
                          .value = v.answers.phone,
                          .type = "tel",
                          .autocomplete = voice.other ? "off" : "tel",
                          .hint = "For calls and text messages",
                          .error = ErrorFor(v.errors, "phone"),
                          .width = 20,
                          .spellcheck = false});
  TextInput(h, InputField{.id = "email",
                          .label = "Email address",
                          .value = v.answers.email,
                          .type = "email",
                          .autocomplete = voice.other ? "off" : "email",
                          .error = ErrorFor(v.errors, "email"),
                          .spellcheck = false,
                          .autocapitalize = false});
  const Choice yes_no[] = {{.value = kYes, .label = "Yes"}, {.value = kNo, .label = "No"}};
  Radios(h,
         ChoiceGroup{.name = "may_leave_message",
                     .legend = "Can we leave a message?",
                     .legend_style = LegendStyle::kSmall,
                     .hint = "For example, a voicemail or a text saying who we are. If you "
                             "do not answer, we will not leave one",
                     .error = ErrorFor(v.errors, "may_leave_message"),
                     .choices = yes_no,
                     .inline_items = true},
         v.answers.may_leave_message);
  Textarea(h, TextareaField{.id = "safe_times",
                            .label = voice.pick("When is it safe to contact you? (optional)",
                                                "When is it safe to contact them? (optional)"),
                            .hint = "For example, weekday afternoons, not at weekends",
                            .value = v.answers.safe_times,
                            .error = ErrorFor(v.errors, "safe_times"),
                            .rows = 3,
                            .max_chars = static_cast<int>(kMaxNoteText)});
}

void EqualityQuestionsHtml(Html& h, const IntroduceView& v, const Voice& voice) {
  h << "<p>These questions are optional. The answers help us check that Living Well welcomes "
       "everyone equally. They do not change the support offered.</p>\n";
  if (voice.other) {
    h << "<p>Answer for them only if you know their answers. You can skip any question.</p>\n";
  }
  for (const EqualityQuestion& q : EqualityQuestions()) {
    std::vector<Choice> choices;
    choices.reserve(q.options.size() + 1);
    for (const EqualityOption& o : q.options) choices.push_back({.value = o.key, .label = o.label});
    choices.push_back(
        {.value = kPreferNotToSay, .label = "Prefer not to say", .divider_before = true});
    std::string name = "equality_" + std::string(q.key);
    auto answer = v.answers.equality.find(q.key);
    Radios(h,
           ChoiceGroup{.name = name,
                       .legend = q.question,
                       .legend_style = LegendStyle::kSmall,
                       .hint = q.why_we_ask,
                       .error = ErrorFor(v.errors, name),
                       .choices = choices,
                       .small = true},
           answer == v.answers.equality.end() ? std::string_view() : answer->second);
  }
  // An answer to a question the form does not ask: said once, then dropped.
  if (std::string_view e = ErrorFor(v.errors, "equality"); !e.empty()) {
    h << "<p class=\"nhsuk-error-message\">" << Text(e) << "</p>\n";
  }
}

std::string_view TitleOf(IntroduceStep step, const Voice& voice) {
  switch (step) {
    case IntroduceStep::kStart:
      return "Introduce yourself";
    case IntroduceStep::kAbout:
      return voice.pick("About you", "Who you are introducing");
    case IntroduceStep::kStory:
      return voice.pick("What is going on for you", "What is going on for them");
    case IntroduceStep::kContact:
      return voice.pick("How we can contact you", "How we can contact them");
    case IntroduceStep::kEquality:
      return "Equality questions";
    case IntroduceStep::kCheck:
    case IntroduceStep::kSend:
      break;
  }
  return "Check your answers";
}

}  // namespace

void HoneypotField(Html& h, std::string_view value, std::string_view error) {
  if (error.empty()) {
    h << "<div class=\"nhsuk-u-visually-hidden\">\n<div class=\"nhsuk-form-group\">\n"
         "<label class=\"nhsuk-label\" for=\""
      << Attr(kHoneypotField)
      << "\">Leave this box empty</label>\n<input class=\"nhsuk-input\" id=\""
      << Attr(kHoneypotField) << "\" name=\"" << Attr(kHoneypotField)
      << "\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\">\n</div>\n</div>\n";
    return;
  }
  TextInput(h, InputField{.id = kHoneypotField,
                          .label = "Leave this box empty",
                          .value = value,
                          .autocomplete = "off",
                          .hint = "This box helps us stop automated messages. People do not need "
                                  "to fill it in.",
                          .error = error});
}

Page IntroduceStepPage(const IntroduceView& v) {
  const Voice voice = VoiceOf(v.answers);
  Page page;
  page.title = std::string(TitleOf(v.step, voice));
  page.has_errors = !v.errors.empty();
  page.status = page.has_errors ? 422 : 200;
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  Back(h, v);
  ErrorSummary(h, SummaryOf(v.errors));
  if (v.step == IntroduceStep::kStart) {
    h << "<h1 class=\"nhsuk-heading-l\">Introduce yourself to " << Text(v.site.service_name)
      << "</h1>\n";
  } else {
    Heading(h, v.step, page.title);
  }
  CrisisCallout(h, v.site);
  if (v.step == IntroduceStep::kStart) StartIntro(h, v);
  if (v.step == IntroduceStep::kCheck) {
    CheckAnswersBody(h, v);
  } else {
    OpenStepForm(h, v, NextStep(v.step));
    switch (v.step) {
      case IntroduceStep::kStart:
        StartQuestions(h, v);
        break;
      case IntroduceStep::kAbout:
        AboutQuestions(h, v, voice);
        break;
      case IntroduceStep::kStory:
        StoryQuestions(h, v, voice);
        break;
      case IntroduceStep::kContact:
        ContactQuestions(h, v, voice);
        break;
      case IntroduceStep::kEquality:
        EqualityQuestionsHtml(h, v, voice);
        break;
      case IntroduceStep::kCheck:
      case IntroduceStep::kSend:
        break;
    }
    CloseStepForm(h, v, v.step == IntroduceStep::kStart ? "Start" : "Continue");
  }
  if (v.step == IntroduceStep::kStart) {
    h << "<p>Read our <a href=\"/privacy\" target=\"_blank\" rel=\"noopener noreferrer\">privacy "
         "notice (opens in a new tab)</a> to see what we do with what you tell us.</p>\n";
  }
  if (v.step != IntroduceStep::kStart) JourneyForm(h, v);
  h << "</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

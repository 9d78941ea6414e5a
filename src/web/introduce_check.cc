// The public journey's "Check your answers" page body: every answer in
// NHS summary lists with Change buttons (which take the answers back to
// their step), the privacy notice agreement and "Send introduction".
#include <deque>
#include <string>
#include <vector>

#include "domain/frontdoor/equality.h"
#include "domain/frontdoor/vocabulary.h"
#include "web/components.h"
#include "web/form_components.h"
#include "web/introduce_parts.h"

namespace lw::web {

namespace {

constexpr std::string_view kNotGiven = "Not given";

// Builds summary rows whose values it keeps alive.
class Rows {
 public:
  explicit Rows(IntroduceStep step) : path_("/introduce/" + std::string(StepSlug(step))) {}

  void Add(std::string_view key, std::string value, std::string_view hidden_text) {
    values_.push_back(value.empty() ? std::string(kNotGiven) : std::move(value));
    items_.push_back({.key = key,
                      .value = values_.back(),
                      .change = {.form_id = "journey",
                                 .formaction = path_,
                                 .name = "changing",
                                 .value = kYes,
                                 .hidden_text = hidden_text}});
  }
  void Render(Html& h) const { SummaryList(h, items_); }

 private:
  std::string path_;
  std::deque<std::string> values_;  // stable addresses for the views below
  std::vector<SummaryItem> items_;
};

std::string Joined(std::string_view a, std::string_view b) {
  if (a.empty()) return std::string(b);
  if (b.empty()) return std::string(a);
  return std::string(a) + " " + std::string(b);
}

// The answers as stored when the domain has normalised them, else as typed.
struct Shown {
  std::string given, family, preferred, date_of_birth, postcode, in_their_words, help_wanted;
  std::string phone, email, safe_times;
};

Shown ShownOf(const IntroduceView& v) {
  const IntroduceAnswers& a = v.answers;
  if (v.normalised != nullptr) {
    const Introduction& n = *v.normalised;
    return Shown{n.given_name,     n.family_name,
                 n.preferred_name, n.date_of_birth ? n.date_of_birth->ToDisplay() : std::string(),
                 n.postcode,       n.in_their_words,
                 n.help_wanted,    n.contact.phone,
                 n.contact.email,  n.contact.safe_times};
  }
  return Shown{a.given_name,
               a.family_name,
               a.preferred_name,
               a.date_of_birth_day + "/" + a.date_of_birth_month + "/" + a.date_of_birth_year,
               a.postcode,
               a.in_their_words,
               a.help_wanted,
               a.phone,
               a.email,
               a.safe_times};
}

std::string NeighbourhoodName(const IntroduceView& v) {
  if (v.answers.neighbourhood == kNotSure) return "Not sure";
  for (const Neighbourhood& n : v.neighbourhoods) {
    if (n.id == v.answers.neighbourhood) return n.name;
  }
  return {};
}

std::string ContactMethods(const IntroduceAnswers& a) {
  std::string out;
  for (ContactMethod m : kAllContactMethods) {
    for (const std::string& chosen : a.contact_methods) {
      if (chosen != ContactMethodKey(m)) continue;
      if (!out.empty()) out += "\n";
      out += ContactMethodDisplayName(m);
      break;
    }
  }
  return out;
}

std::string EqualityAnswer(const IntroduceAnswers& a, const EqualityQuestion& q) {
  auto it = a.equality.find(q.key);
  if (it == a.equality.end()) return "Not answered";
  if (it->second == kPreferNotToSay) return "Prefer not to say";
  for (const EqualityOption& o : q.options) {
    if (o.key == it->second) return std::string(o.label);
  }
  return "Not answered";
}

void Section(Html& h, std::string_view heading) {
  h << "<h2 class=\"nhsuk-heading-m\">" << Text(heading) << "</h2>\n";
}

void AnswersSummary(Html& h, const IntroduceView& v) {
  const IntroduceAnswers& a = v.answers;
  const bool other = a.ForSomeoneElse();
  const Shown s = ShownOf(v);

  Rows start(IntroduceStep::kStart);
  start.Add("Introduction for", other ? "Someone I care about" : "Myself",
            "who the introduction is for");
  start.Render(h);

  if (other) {
    Section(h, "About you");
    Rows you(IntroduceStep::kAbout);
    you.Add("Your name", a.introducer_name, "your name");
    you.Add("How you know them", a.introducer_relationship, "how you know them");
    you.Add("They know about this introduction", a.person_knows == kYes ? "Yes" : "No",
            "whether they know about this introduction");
    you.Render(h);
  }

  Section(h, other ? "About them" : "About you");
  Rows about(IntroduceStep::kAbout);
  about.Add("Name", Joined(s.given, s.family), "name");
  about.Add("Preferred name", s.preferred, "preferred name");
  about.Add("Date of birth", s.date_of_birth, "date of birth");
  about.Add("Postcode", s.postcode, "postcode");
  if (!v.neighbourhoods.empty()) about.Add("Area", NeighbourhoodName(v), "area");
  about.Render(h);

  Section(h, "What is going on");
  Rows story(IntroduceStep::kStory);
  story.Add("In your own words", s.in_their_words, "what is going on");
  story.Add("Help wanted", s.help_wanted, "what help is wanted");
  story.Render(h);

  Section(h, "Contact");
  Rows contact(IntroduceStep::kContact);
  contact.Add("Ways to contact", ContactMethods(a), "ways to contact");
  contact.Add("Phone number", s.phone, "phone number");
  contact.Add("Email address", s.email, "email address");
  contact.Add("Leave a message", a.may_leave_message == kYes ? "Yes" : "No",
              "whether we can leave a message");
  contact.Add("Safe times to contact", s.safe_times, "safe times to contact");
  contact.Render(h);

  Section(h, "Equality questions");
  Rows equality(IntroduceStep::kEquality);
  for (const EqualityQuestion& q : EqualityQuestions()) {
    equality.Add(q.question, EqualityAnswer(a, q), q.question);
  }
  equality.Render(h);
}

void SendForm(Html& h, const IntroduceView& v) {
  h << "<form id=\"introduce\" action=\"/introduce/send\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  HiddenField(h, "step", StepSlug(IntroduceStep::kCheck));
  HiddenField(h, "submission_key", v.submission_key);
  WriteHiddenAnswers(h, v.answers, IntroduceStep::kCheck);
  h << "<h2 class=\"nhsuk-heading-m\">Now send your introduction</h2>\n"
       "<p>Read our <a href=\"/privacy\" target=\"_blank\" rel=\"noopener noreferrer\">privacy "
       "notice (opens in a new tab)</a>. It says who will see what you have told us, and "
       "why.</p>\n";
  const Choice agree[] = {{.value = kYes, .label = "I have read the privacy notice"}};
  std::vector<std::string> ticked;
  if (!v.answers.privacy_agreed.empty()) ticked.push_back(v.answers.privacy_agreed);
  Checkboxes(h,
             ChoiceGroup{.name = "privacy_agreed",
                         .legend = "Privacy notice",
                         .legend_style = LegendStyle::kSmall,
                         .error = ErrorFor(v.errors, "privacy_agreed"),
                         .choices = agree},
             ticked);
  HoneypotField(h, v.answers.honeypot, ErrorFor(v.errors, kHoneypotField));
  SubmitButton(h, "Send introduction");
  h << "</form>\n";
}

}  // namespace

void CheckAnswersBody(Html& h, const IntroduceView& v) {
  AnswersSummary(h, v);
  SendForm(h, v);
}

}  // namespace lw::web

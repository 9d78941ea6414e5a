#include "web/frontdoor_action_forms.h"

#include <array>
#include <string>
#include <vector>

#include "base/dates.h"
#include "domain/people/nhs_number.h"
#include "web/components.h"
#include "web/frontdoor_widgets.h"

namespace lw::web::frontdoor {

namespace {

using A = FrontDoorAction;

// The fields each form has, named as the service names its errors.
std::span<const std::string_view> FieldsOf(A action) {
  static constexpr std::array<std::string_view, 1> kAssign = {"assigned_user_id"};
  static constexpr std::array<std::string_view, 2> kAttempt = {"method", "outcome_note"};
  static constexpr std::array<std::string_view, 5> kBook = {"date", "time", "place", "with_user_id",
                                                            "where_detail"};
  static constexpr std::array<std::string_view, 8> kHeld = {
      "what_matters",   "whats_going_on", "strengths",        "what_would_help",
      "in_your_corner", "safety_concern", "raised_to_huddle", "safety_agreed"};
  static constexpr std::array<std::string_view, 3> kClose = {"ending", "ending_note",
                                                             "keyworker_user_id"};
  switch (action) {
    case A::kAssign:
      return kAssign;
    case A::kAttempt:
    case A::kNotHeld:
      return kAttempt;
    case A::kBook:
      return kBook;
    case A::kHeld:
      return kHeld;
    case A::kClose:
      return kClose;
    case A::kNone:
    case A::kLink:
    case A::kCreatePerson:
      break;
  }
  return {};
}

// One form's view of the page: its ids, and what it shows.
class FormState {
 public:
  FormState(const IntroductionView& v, A action) : v_(v), action_(action) {}

  bool failed() const { return v_.failed == action_; }
  std::string Id(std::string_view field) const {
    return std::string(FrontDoorActionKey(action_)) + "-" + std::string(field);
  }
  // What was typed when this form failed, else `current`.
  std::string_view Value(std::string_view name, std::string_view current = {}) const {
    return failed() ? v_.typed.Value(name) : current;
  }
  std::string_view Error(std::string_view field) const {
    return failed() ? ErrorFor(v_.errors, field) : std::string_view();
  }

  void Open(Html& h) const {
    h << "<form action=\"/front-door/" << Attr(v_.intro.id) << "/"
      << Attr(FrontDoorActionKey(action_)) << "\" method=\"post\" novalidate>\n";
    CsrfField(h, v_.csrf_token);
    Hidden(h, "version", std::to_string(v_.intro.version));
  }

 private:
  const IntroductionView& v_;
  A action_;
};

std::vector<Choice> WorkerChoices(const FrontDoorDirectory& d, std::string_view none) {
  std::vector<Choice> out = {{"", std::string(none), ""}};
  for (const User& u : d.workers) out.push_back({u.id, u.display_name, ""});
  return out;
}

void SecondaryButton(Html& h, std::string_view text) {
  h << "<button class=\"nhsuk-button nhsuk-button--secondary\" data-module=\"nhsuk-button\" "
       "type=\"submit\">"
    << Text(text) << "</button>\n";
}

void AssignForm(Html& h, const IntroductionView& v) {
  FormState f(v, A::kAssign);
  h << "<h2 class=\"nhsuk-heading-m\" id=\"assign\">Assign a worker</h2>\n";
  f.Open(h);
  const std::vector<Choice> workers = WorkerChoices(v.directory, "Nobody yet");
  Select(h, {.id = f.Id("assigned_user_id"),
             .name = "assigned_user_id",
             .label = "Worker",
             .options = workers,
             .selected = f.Value("assigned_user_id", v.intro.assigned_user_id),
             .error = f.Error("assigned_user_id")});
  SecondaryButton(h, "Assign");
  h << "</form>\n";
}

// A contact attempt, or a booked conversation that did not happen: the
// same two fields, limited to the ways the person allowed.
void AttemptForm(Html& h, const IntroductionView& v, A action) {
  FormState f(v, action);
  const bool attempt = action == A::kAttempt;
  h << (attempt
            ? Markup("<h2 class=\"nhsuk-heading-m\" id=\"attempt\">Log a contact attempt</h2>\n")
            : Markup("<h2 class=\"nhsuk-heading-m\" id=\"not-held\">The conversation did not "
                     "happen</h2>\n"));
  f.Open(h);
  std::vector<Choice> methods;
  methods.reserve(v.intro.contact.methods.size());
  for (ContactMethod m : v.intro.contact.methods) {
    methods.push_back(
        {std::string(ContactMethodKey(m)), std::string(ContactMethodDisplayName(m)), ""});
  }
  const std::string_view method[] = {f.Value("method")};
  Radios(h,
         {.id = f.Id("method"),
          .name = "method",
          .legend = attempt ? "How did you try to contact them?" : "How did you try to reach them?",
          .hint = "Only the ways they agreed to",
          .error = f.Error("method"),
          .choices = methods,
          .checked = method,
          .small = true});
  Textarea(h, {.id = f.Id("outcome_note"),
               .name = "outcome_note",
               .label = "What happened (optional)",
               .value = f.Value("outcome_note"),
               .hint = attempt ? "For example, no answer and no message left" : "",
               .error = f.Error("outcome_note"),
               .rows = 2});
  SecondaryButton(h, attempt ? "Log attempt" : "Record that it did not happen");
  h << "</form>\n";
}

void BookForm(Html& h, const IntroductionView& v) {
  FormState f(v, A::kBook);
  const auto& booking = v.intro.booking;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"book\">"
    << (booking ? Markup("Change the booking") : Markup("Book the initial conversation"))
    << "</h2>\n";
  f.Open(h);
  std::string day, month, year, time;
  if (booking) {
    Date d = Date::InLondon(booking->when);
    day = std::to_string(d.day());
    month = std::to_string(d.month());
    year = std::to_string(d.year());
    std::string at = FormatLondon(booking->when);  // "9 March 2026, 2:05pm"
    time = at.substr(at.rfind(' ') + 1);
  }
  DateInput(h, {.id = f.Id("date"),
                .name_prefix = "date",
                .legend = "Date",
                .day = f.Value("date_day", day),
                .month = f.Value("date_month", month),
                .year = f.Value("date_year", year),
                .hint = "For example, 27 3 2026",
                .error = f.Error("date")});
  Input(h, {.id = f.Id("time"),
            .name = "time",
            .label = "Time",
            .value = f.Value("time", time),
            .hint = "For example, 2:30pm or 14:30",
            .error = f.Error("time"),
            .width = 5,
            .spellcheck = false});
  std::vector<Choice> places;
  places.reserve(kAllConversationPlaces.size());
  for (ConversationPlace p : kAllConversationPlaces) {
    places.push_back(
        {std::string(ConversationPlaceKey(p)), std::string(ConversationPlaceDisplayName(p)), ""});
  }
  const std::string_view place[] = {
      f.Value("place", booking ? ConversationPlaceKey(booking->place) : std::string_view())};
  Radios(h, {.id = f.Id("place"),
             .name = "place",
             .legend = "Where",
             .error = f.Error("place"),
             .choices = places,
             .checked = place,
             .small = true});
  const std::vector<Choice> workers = WorkerChoices(v.directory, "Choose who");
  std::string_view with = booking ? std::string_view(booking->with_user_id)
                                  : std::string_view(v.intro.assigned_user_id);
  Select(h, {.id = f.Id("with_user_id"),
             .name = "with_user_id",
             .label = "With whom",
             .options = workers,
             .selected = f.Value("with_user_id", with),
             .error = f.Error("with_user_id")});
  Input(h, {.id = f.Id("where_detail"),
            .name = "where_detail",
            .label = "Where exactly (optional)",
            .value = f.Value("where_detail", booking ? booking->where_detail : ""),
            .hint = "For example, Hyde Library, the quiet room",
            .error = f.Error("where_detail")});
  SecondaryButton(h, booking ? "Change booking" : "Book conversation");
  h << "</form>\n";
}

void HeldForm(Html& h, const IntroductionView& v) {
  FormState f(v, A::kHeld);
  h << "<h2 class=\"nhsuk-heading-m\" id=\"held\">Record the initial conversation</h2>\n"
       "<p>Write what they said, in their own words.</p>\n";
  f.Open(h);
  struct Question {
    std::string_view field;
    std::string_view label;
  };
  static constexpr Question kQuestions[] = {{"what_matters", "What matters to you?"},
                                            {"whats_going_on", "What's going on for you?"},
                                            {"strengths", "What are your strengths?"},
                                            {"what_would_help", "What would help?"},
                                            {"in_your_corner", "Who is in your corner?"}};
  for (const Question& q : kQuestions) {
    const std::string id = f.Id(q.field);
    Textarea(h, {.id = id,
                 .name = q.field,
                 .label = q.label,
                 .value = f.Value(q.field),
                 .error = f.Error(q.field),
                 .rows = 3,
                 .bold_label = true});
  }
  h << "<h3 class=\"nhsuk-heading-s\">Safety</h3>\n";
  Textarea(h, {.id = f.Id("safety_concern"),
               .name = "safety_concern",
               .label = "Any concern about safety discussed (optional)",
               .value = f.Value("safety_concern"),
               .hint = "The team holds risk together: describe it as it was talked about",
               .error = f.Error("safety_concern"),
               .rows = 3});
  SingleCheckbox(h, {.id = f.Id("raised_to_huddle"),
                     .name = "raised_to_huddle",
                     .label = "Raise this to the team's huddle",
                     .checked = f.Value("raised_to_huddle") == "yes",
                     .error = f.Error("raised_to_huddle")});
  Textarea(h, {.id = f.Id("safety_agreed"),
               .name = "safety_agreed",
               .label = "What was agreed (optional)",
               .value = f.Value("safety_agreed"),
               .error = f.Error("safety_agreed"),
               .rows = 3});
  SecondaryButton(h, "Record conversation");
  h << "</form>\n";
}

// The endings the state allows (lifecycle.h); "could not be reached" is
// offered while open, and the domain says when it is not yet honest.
std::vector<Ending> EndingsFor(const Introduction& in) {
  switch (in.state) {
    case IntroductionState::kOpen:
      return {Ending::kChoseNotToGoAhead, Ending::kCouldNotBeReached};
    case IntroductionState::kConversationBooked:
      return {Ending::kChoseNotToGoAhead};
    case IntroductionState::kConversationHeld:
      return {Ending::kSupportBegins, Ending::kWarmIntroduction, Ending::kInformationGiven,
              Ending::kChoseNotToGoAhead};
    case IntroductionState::kClosed:
      break;
  }
  return {};
}

std::string EndingHint(Ending e, const FrontDoorPolicy& policy) {
  switch (e) {
    case Ending::kSupportBegins:
      return "Choose their keyworker below";
    case Ending::kWarmIntroduction:
      return "Name the service in the note";
    case Ending::kInformationGiven:
      return "Write what they wanted in the note, in their words";
    case Ending::kChoseNotToGoAhead:
      return "Their choice, at any point";
    case Ending::kCouldNotBeReached:
      return "Only after " + std::to_string(policy.unreachable_attempts) +
             " contact attempts over at least " + std::to_string(policy.unreachable_span_days) +
             " days";
  }
  return "";
}

void CloseForm(Html& h, const IntroductionView& v) {
  FormState f(v, A::kClose);
  h << "<h2 class=\"nhsuk-heading-m\" id=\"close\">How this introduction ends</h2>\n"
       "<p>Every introduction ends somewhere. Nobody is turned away.</p>\n";
  f.Open(h);
  std::vector<Choice> endings;
  for (Ending e : EndingsFor(v.intro)) {
    endings.push_back(
        {std::string(EndingKey(e)), std::string(EndingDisplayName(e)), EndingHint(e, v.policy)});
  }
  const std::string_view ending[] = {f.Value("ending")};
  Radios(h, {.id = f.Id("ending"),
             .name = "ending",
             .legend = "How does it end?",
             .error = f.Error("ending"),
             .choices = endings,
             .checked = ending});
  Textarea(h, {.id = f.Id("ending_note"),
               .name = "ending_note",
               .label = "Note",
               .value = f.Value("ending_note"),
               .hint = "The service they were introduced to, or the information they wanted",
               .error = f.Error("ending_note"),
               .rows = 3});
  if (v.intro.state == IntroductionState::kConversationHeld) {
    const std::vector<Choice> workers = WorkerChoices(v.directory, "Choose a keyworker");
    Select(h, {.id = f.Id("keyworker_user_id"),
               .name = "keyworker_user_id",
               .label = "Keyworker (when Living Well support begins)",
               .options = workers,
               .selected = f.Value("keyworker_user_id", v.intro.assigned_user_id),
               .error = f.Error("keyworker_user_id")});
  }
  SecondaryButton(h, "Close introduction");
  h << "</form>\n";
}

std::string_view MatchKindLabel(MatchKind kind) {
  switch (kind) {
    case MatchKind::kSameNhsNumber:
      return "Same NHS number";
    case MatchKind::kLikely:
      return "Likely the same person";
    case MatchKind::kConflictingNhsNumber:
      return "Same details, different NHS number";
  }
  return "";
}

std::string PersonLabel(const Person& p) {
  std::string name = p.given_name;
  if (!p.family_name.empty()) name += " " + p.family_name;
  return name;
}

void Offer(Html& h, const IntroductionView& v, const MatchOffer& offer) {
  const Person& p = offer.person;
  h << "<div class=\"nhsuk-card\">\n<div class=\"nhsuk-card__content\">\n"
    << "<h3 class=\"nhsuk-card__heading nhsuk-heading-s\">" << Text(PersonLabel(p)) << " ";
  Tag(h,
      offer.kind == MatchKind::kConflictingNhsNumber ? Markup("nhsuk-tag--orange")
                                                     : Markup("nhsuk-tag--blue"),
      MatchKindLabel(offer.kind));
  h << "</h3>\n<dl class=\"nhsuk-summary-list\">\n";
  SummaryRow(h, "Date of birth", p.date_of_birth ? p.date_of_birth->ToDisplay() : "Not recorded");
  SummaryRow(h, "Postcode", p.postcode.empty() ? "Not recorded" : p.postcode);
  SummaryRow(h, "NHS number",
             p.nhs_number.empty() ? std::string("Not recorded") : FormatNhsNumber(p.nhs_number));
  std::string why;
  for (const std::string& r : offer.reasons) why += (why.empty() ? "" : "; ") + r;
  SummaryRow(h, "Why offered", why);
  h << "</dl>\n<form action=\"/front-door/" << Attr(v.intro.id)
    << "/link\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  Hidden(h, "version", std::to_string(v.intro.version));
  Hidden(h, "person_id", p.id);
  h << "<button class=\"nhsuk-button nhsuk-button--secondary\" data-module=\"nhsuk-button\" "
       "type=\"submit\">This is them<span class=\"nhsuk-u-visually-hidden\">: "
    << Text(PersonLabel(p)) << "</span></button>\n</form>\n</div>\n</div>\n";
}

}  // namespace

std::string ErrorTarget(FrontDoorAction action, std::string_view field) {
  for (std::string_view known : FieldsOf(action)) {
    if (known != field) continue;
    std::string id = std::string(FrontDoorActionKey(action)) + "-" + std::string(field);
    return field == "date" ? id + "-day" : id;
  }
  return "";
}

void ActionForms(Html& h, const IntroductionView& v) {
  const Introduction& in = v.intro;
  if (in.IsClosed()) return;
  const bool open = in.state == IntroductionState::kOpen;
  const bool booked = in.state == IntroductionState::kConversationBooked;
  AssignForm(h, v);
  if (open || booked) {
    AttemptForm(h, v, A::kAttempt);
    BookForm(h, v);
  }
  if (booked) AttemptForm(h, v, A::kNotHeld);
  if (open || booked) HeldForm(h, v);
  CloseForm(h, v);
}

void MatchSection(Html& h, const IntroductionView& v) {
  const Introduction& in = v.intro;
  if (!in.person_id.empty()) {
    h << "<h2 class=\"nhsuk-heading-m\">Their record</h2>\n"
      << "<p><a class=\"nhsuk-link\" href=\"/people/" << Attr(in.person_id)
      << "\">Open their record and story so far</a></p>\n";
    return;
  }
  if (in.IsClosed()) return;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"match\">Is this someone we know?</h2>\n";
  if (v.matches.empty()) {
    h << "<p>No existing record looks like them.</p>\n";
  } else {
    h << "<p>These records look like them. Check before you link: matching is your "
         "decision.</p>\n";
    for (const MatchOffer& offer : v.matches) Offer(h, v, offer);
  }
  h << "<form action=\"/front-door/" << Attr(in.id)
    << "/create-person\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  Hidden(h, "version", std::to_string(in.version));
  SecondaryButton(
      h, v.matches.empty() ? "Make a new record" : "None of these \xE2\x80\x94 make a new record");
  h << "</form>\n";
}

}  // namespace lw::web::frontdoor

// GET /front-door/{id}: one introduction, and the forms its state allows
// (frontdoor_pages.h).
#include <string>
#include <vector>

#include "base/dates.h"
#include "domain/people/nhs_number.h"
#include "web/components.h"
#include "web/frontdoor_action_forms.h"
#include "web/frontdoor_pages.h"
#include "web/frontdoor_widgets.h"

namespace lw::web {

namespace {

using A = FrontDoorAction;

constexpr std::string_view kNotGiven = "Not given";

std::string_view OrNotGiven(std::string_view s) { return s.empty() ? kNotGiven : s; }

// A summary list row whose value is a person's words, paragraph by paragraph.
void WordsRow(Html& h, std::string_view key, std::string_view words) {
  h << "<div class=\"nhsuk-summary-list__row\">\n<dt class=\"nhsuk-summary-list__key\">"
    << Text(key) << "</dt>\n<dd class=\"nhsuk-summary-list__value\">\n";
  frontdoor::Paragraphs(h, words);
  h << "</dd>\n</div>\n";
}

std::string DoneMessage(std::string_view done) {
  struct Done {
    std::string_view key;
    std::string_view message;
  };
  static constexpr Done kDone[] = {
      {"created", "Introduction recorded"},
      {"assign", "Worker assigned"},
      {"attempt", "Contact attempt logged"},
      {"book", "Initial conversation booked"},
      {"not-held", "Recorded that the conversation did not happen"},
      {"held", "Initial conversation recorded"},
      {"close", "Introduction closed"},
      {"link", "Linked to their existing record"},
      {"create-person", "New record made and linked"},
  };
  for (const Done& d : kDone) {
    if (d.key == done) return std::string(d.message);
  }
  return "";
}

std::string ContactMethods(const ContactPreferences& c) {
  std::string out;
  for (ContactMethod m : c.methods) {
    if (!out.empty()) out += ", ";
    out += ContactMethodDisplayName(m);
  }
  return out;
}

std::string WaitingText(const Introduction& in, Timestamp now) {
  if (auto held = WaitingDays(in)) {
    return "Conversation held after " + std::to_string(*held) + (*held == 1 ? " day" : " days");
  }
  const int days = DaysWaiting(in, now);
  if (in.IsClosed()) return "Closed after " + std::to_string(days) + (days == 1 ? " day" : " days");
  return std::to_string(days) + (days == 1 ? " day" : " days");
}

void Summary(Html& h, const IntroductionView& v) {
  const Introduction& in = v.intro;
  h << "<dl class=\"nhsuk-summary-list\">\n";
  SummaryRow(h, "Reference", in.reference);
  SummaryRow(h, "Where it is", frontdoor::WhereItIs(in));
  SummaryRow(h, "Source", IntroductionSourceDisplayName(in.source));
  SummaryRow(h, "Introduced by", frontdoor::IntroducerLabel(in));
  if (IntroducerKindOf(in.source) == IntroducerKind::kSomeoneClose) {
    SummaryRow(h, "The person knows", in.person_knows ? "Yes" : "No");
  }
  SummaryRow(h, "Received", FormatLondon(in.received_at));
  SummaryRow(h, "Waiting", WaitingText(in, v.now));
  SummaryRow(h, "Team", v.directory.TeamName(in.team_id));
  if (v.whole)
    SummaryRow(h, "Assigned worker", frontdoor::WorkerLabel(v.directory, in.assigned_user_id));
  h << "</dl>\n";
}

void Words(Html& h, const Introduction& in) {
  h << "<h2 class=\"nhsuk-heading-m\">In their words</h2>\n<dl class=\"nhsuk-summary-list\">\n";
  WordsRow(h, "What is going on", in.in_their_words);
  WordsRow(h, "Help they would like", in.help_wanted);
  h << "</dl>\n";
}

void AboutThem(Html& h, const Introduction& in) {
  h << "<h2 class=\"nhsuk-heading-m\">About them and contacting them</h2>\n"
       "<dl class=\"nhsuk-summary-list\">\n";
  SummaryRow(h, "Date of birth", in.date_of_birth ? in.date_of_birth->ToDisplay() : kNotGiven);
  SummaryRow(h, "Postcode", OrNotGiven(in.postcode));
  SummaryRow(h, "NHS number",
             in.nhs_number.empty() ? std::string(kNotGiven) : FormatNhsNumber(in.nhs_number));
  SummaryRow(h, "Ways to contact them", ContactMethods(in.contact));
  SummaryRow(h, "Phone", OrNotGiven(in.contact.phone));
  SummaryRow(h, "Email", OrNotGiven(in.contact.email));
  SummaryRow(h, "May we leave a message", in.contact.may_leave_message ? "Yes" : "No");
  SummaryRow(h, "Safe times", OrNotGiven(in.contact.safe_times));
  h << "</dl>\n";
}

void Attempts(Html& h, const IntroductionView& v) {
  const Introduction& in = v.intro;
  h << "<h2 class=\"nhsuk-heading-m\">Contact attempts</h2>\n";
  if (in.attempts.empty()) {
    h << "<p>None yet.</p>\n";
    return;
  }
  h << "<table class=\"nhsuk-table\">\n"
       "<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">Contact attempts, in the "
       "order they were made</caption>\n<thead class=\"nhsuk-table__head\">\n"
       "<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">When</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">How</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Who</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">What happened</th>\n"
       "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const ContactAttempt& a : in.attempts) {
    h << "<tr class=\"nhsuk-table__row\">\n<td class=\"nhsuk-table__cell\">"
      << Text(FormatLondon(a.at)) << "</td>\n<td class=\"nhsuk-table__cell\">"
      << Text(ContactMethodDisplayName(a.method)) << "</td>\n<td class=\"nhsuk-table__cell\">"
      << Text(frontdoor::WorkerLabel(v.directory, a.by_user_id))
      << "</td>\n<td class=\"nhsuk-table__cell\">" << Text(a.outcome_note) << "</td>\n</tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

void Booking(Html& h, const IntroductionView& v) {
  const auto& b = v.intro.booking;
  if (!b) return;
  h << "<h2 class=\"nhsuk-heading-m\">Initial conversation booked</h2>\n"
       "<dl class=\"nhsuk-summary-list\">\n";
  SummaryRow(h, "When", FormatLondon(b->when));
  SummaryRow(h, "Where", ConversationPlaceDisplayName(b->place));
  if (!b->where_detail.empty()) SummaryRow(h, "Where exactly", b->where_detail);
  SummaryRow(h, "With", frontdoor::WorkerLabel(v.directory, b->with_user_id));
  h << "</dl>\n";
}

void Conversation(Html& h, const IntroductionView& v) {
  const auto& c = v.intro.conversation;
  if (!c) return;
  h << "<h2 class=\"nhsuk-heading-m\">The initial conversation</h2>\n<p>Held "
    << Text(FormatLondon(c->held_at)) << " with "
    << Text(frontdoor::WorkerLabel(v.directory, c->with_user_id))
    << ".</p>\n<dl class=\"nhsuk-summary-list\">\n";
  WordsRow(h, "What matters to you?", c->what_matters);
  WordsRow(h, "What's going on for you?", c->whats_going_on);
  WordsRow(h, "What are your strengths?", c->strengths);
  WordsRow(h, "What would help?", c->what_would_help);
  WordsRow(h, "Who is in your corner?", c->in_your_corner);
  if (!c->safety_concern.empty()) {
    WordsRow(h, "Concern about safety", c->safety_concern);
    SummaryRow(h, "Raised to the huddle", c->raised_to_huddle ? "Yes" : "No");
    WordsRow(h, "What was agreed", c->safety_agreed);
  }
  h << "</dl>\n";
}

void Closing(Html& h, const IntroductionView& v) {
  const Introduction& in = v.intro;
  if (!in.IsClosed() || !in.ending) return;
  h << "<h2 class=\"nhsuk-heading-m\">How it ended</h2>\n<dl class=\"nhsuk-summary-list\">\n";
  SummaryRow(h, "Ending", EndingDisplayName(*in.ending));
  if (in.closed_at) SummaryRow(h, "Closed", FormatLondon(*in.closed_at));
  if (v.whole && !in.ending_note.empty()) WordsRow(h, "Note", in.ending_note);
  h << "</dl>\n";
  h << "<p>If they would like support again, <a class=\"nhsuk-link\" href=\"/front-door/new\">make "
       "a new introduction</a>. They will be recognised.</p>\n";
}

}  // namespace

std::string_view FrontDoorActionKey(FrontDoorAction action) {
  switch (action) {
    case A::kAssign:
      return "assign";
    case A::kAttempt:
      return "attempt";
    case A::kBook:
      return "book";
    case A::kNotHeld:
      return "not-held";
    case A::kHeld:
      return "held";
    case A::kClose:
      return "close";
    case A::kLink:
      return "link";
    case A::kCreatePerson:
      return "create-person";
    case A::kNone:
      break;
  }
  return "";
}

Page IntroductionPage(const IntroductionView& v) {
  const Introduction& in = v.intro;
  Page page;
  page.title = frontdoor::PersonName(in);
  page.status = v.status;
  page.has_errors = !v.errors.empty() || !v.problem.empty();
  page.section = NavSection::kFrontDoor;
  Html& h = page.content;

  std::vector<FieldError> linked;
  linked.reserve(v.errors.size());
  for (const FieldError& e : v.errors) {
    linked.push_back({frontdoor::ErrorTarget(v.failed, e.field), e.message});
  }
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  frontdoor::ErrorSummaryWith(h, v.problem, linked);
  if (!page.has_errors) {
    if (std::string done = DoneMessage(v.done); !done.empty()) SuccessBanner(h, done);
  }
  h << "<h1 class=\"nhsuk-heading-l\">\n<span class=\"nhsuk-caption-l\">Introduction "
    << Text(in.reference) << "</span>\n"
    << Text(page.title) << "\n</h1>\n";
  if (PastTarget(in, v.now, v.policy)) {
    h << "<p>";
    frontdoor::Tag(h, "nhsuk-tag--red", "Past target");
    h << " Waiting longer than the " << v.policy.target_days << "-day target.</p>\n";
  }
  Summary(h, v);
  Words(h, in);
  if (!v.whole) {
    h << "<p>The team will be in touch with them in the ways they chose. This page shows where "
         "the introduction is; what they talk about stays between them and the team.</p>\n"
      << "<p><a class=\"nhsuk-link\" href=\"/front-door\">Back to your introductions</a></p>\n"
      << "</div>\n</div>\n";
    return page;
  }
  AboutThem(h, in);
  if (!in.IsClosed()) {
    h << "<p class=\"nhsuk-body-l\">Next step: " << Text(NextStep(in)) << "</p>\n";
  }
  Attempts(h, v);
  Booking(h, v);
  Conversation(h, v);
  Closing(h, v);
  frontdoor::MatchSection(h, v);
  frontdoor::ActionForms(h, v);
  h << "<p><a class=\"nhsuk-link\" href=\"/front-door/" << Attr(in.id)
    << "/history\">Every change to this introduction</a></p>\n"
    << "<p><a class=\"nhsuk-link\" href=\"/front-door\">Back to the front door</a></p>\n"
    << "</div>\n</div>\n";
  return page;
}

Page IntroductionConflictPage(std::string_view id) {
  Page page;
  page.title = "Someone else has changed this introduction";
  page.status = 409;
  page.section = NavSection::kFrontDoor;
  page.content << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n"
               << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n"
               << "<p>Someone changed it after you opened it, so what you sent has not been "
                  "saved. Nothing they did has been overwritten.</p>\n"
               << "<p><a class=\"nhsuk-link\" href=\"/front-door/" << Attr(id)
               << "\">Reload the introduction</a> to see the latest version, then try again.</p>\n"
               << "</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

// Warm introductions into the network (issue 7 point 5): thin pages over
// WarmIntroductions (services/warm_introductions.h), which decides who sees
// what.
//
//   GET  /people/{id}/warm-introductions      a person's introductions (team)
//   GET  /people/{id}/warm-introductions/new  ?service=: the consent form
//   POST /people/{id}/warm-introductions      make one
//   GET  /warm-introductions                  those to a partner's services
//   GET  /warm-introductions/{id}             one, as the reader's side sees it
//   POST /warm-introductions/{id}/step        in touch, met, didn't work out, withdrawn
//   POST /warm-introductions/{id}/person-view the person's view of how it went
#include <string>
#include <utility>
#include <vector>

#include "domain/frontdoor/date_input.h"
#include "domain/frontdoor/text_field.h"
#include "domain/frontdoor/vocabulary.h"
#include "web/components.h"
#include "web/error_page.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"
#include "web/page_support.h"

namespace lw::web {
namespace {

using http::Request;
using http::RequestContext;

// --- Shared pieces.

void StateTag(Html& h, const WarmIntroductionView& v) {
  const WarmState s = v.introduction.state;
  if (v.not_landed_in_time) {
    frontdoor::Tag(h, "nhsuk-tag--red",
                   "Not landed after " + std::to_string(v.days_since_made) + " days");
    return;
  }
  switch (s) {
    case WarmState::kMade:
      frontdoor::Tag(h, "nhsuk-tag--blue", WarmStateDisplayName(s));
      return;
    case WarmState::kInTouch:
      frontdoor::Tag(h, "nhsuk-tag--yellow", WarmStateDisplayName(s));
      return;
    case WarmState::kMet:
      frontdoor::Tag(h, "nhsuk-tag--green", WarmStateDisplayName(s));
      return;
    case WarmState::kDidNotWorkOut:
      frontdoor::Tag(h, "nhsuk-tag--orange", WarmStateDisplayName(s));
      return;
    case WarmState::kWithdrawn:
      frontdoor::Tag(h, "nhsuk-tag--grey", WarmStateDisplayName(s));
      return;
  }
}

std::string Made(const WarmIntroductionView& v) {
  return FormatLondon(v.introduction.made_at) + " by " + v.made_by_name + " (" + v.team_name + ")";
}

std::string WayText(const WarmIntroduction& w) {
  std::string text(WarmWayDisplayName(w.way));
  if (w.joint_on) text += ", on " + w.joint_on->ToIso();
  return text;
}

void Steps(Html& h, const WarmIntroductionView& v) {
  const WarmIntroduction& w = v.introduction;
  h << "<h2 class=\"nhsuk-heading-m\">What has happened</h2>\n<ul class=\"nhsuk-list "
       "nhsuk-list--bullet\">\n<li>"
    << Text("Made " + Made(v)) << "</li>\n";
  for (std::size_t i = 0; i < w.steps.size(); ++i) {
    const WarmStep& s = w.steps[i];
    std::string line = std::string(WarmStateDisplayName(s.to)) + ": " + FormatLondon(s.at) +
                       ", recorded by " +
                       (i < v.step_by_names.size() ? v.step_by_names[i] : std::string("someone")) +
                       (s.side == WarmSide::kService ? " (the service)" : " (the team)");
    if (s.reason) line += ". " + std::string(NotLandedReasonDisplayName(*s.reason));
    h << "<li>" << Text(line);
    if (!s.note.empty()) h << "<br>" << Text(s.note);
    h << "</li>\n";
  }
  if (w.reminders_sent > 0) {
    h << "<li>"
      << Text("Reminders sent: " + std::to_string(w.reminders_sent) + ", the last on " +
              FormatLondon(*w.last_reminded_at))
      << "</li>\n";
  }
  h << "</ul>\n";
}

// --- The person's list (team side).

struct PersonListView {
  std::string person_id;
  std::string person_name;
  std::string postcode;
  std::vector<WarmIntroductionView> items;
  std::string done;
};

Page PersonListPage(const PersonListView& v) {
  Page page;
  page.title = "Warm introductions for " + v.person_name;
  page.section = NavSection::kPeople;
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  if (v.done == "made") SuccessBanner(h, "Introduction made. The service has been told.");
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n"
    << "<p>Introduce them to a service in the network or the community, with their consent to "
       "share what they choose. Each introduction is followed until it lands.</p>\n"
    << "<a class=\"nhsuk-button\" data-module=\"nhsuk-button\" role=\"button\" draggable=\"false\" "
       "href=\"/directory?for="
    << Attr(v.person_id) << "&amp;postcode=" << Attr(v.postcode)
    << "\">Find a service and introduce them</a>\n";
  if (v.items.empty()) {
    h << "<p>No warm introductions yet.</p>\n";
  } else {
    h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption\">Their "
         "introductions, newest first</caption>\n<thead class=\"nhsuk-table__head\"><tr "
         "class=\"nhsuk-table__row\"><th class=\"nhsuk-table__header\" scope=\"col\">Service</th>"
         "<th class=\"nhsuk-table__header\" scope=\"col\">Made</th><th "
         "class=\"nhsuk-table__header\" scope=\"col\">Where it is</th></tr></thead>\n<tbody "
         "class=\"nhsuk-table__body\">\n";
    for (const WarmIntroductionView& item : v.items) {
      h << "<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\"><a "
           "class=\"nhsuk-link\" href=\"/warm-introductions/"
        << Attr(item.introduction.id) << "\">" << Text(item.introduction.service_name)
        << "</a></td><td class=\"nhsuk-table__cell\">" << Text(item.introduction.MadeOn().ToIso())
        << "</td><td class=\"nhsuk-table__cell\">";
      StateTag(h, item);
      h << "</td></tr>\n";
    }
    h << "</tbody>\n</table>\n";
  }
  h << "<p><a class=\"nhsuk-link\" href=\"/people/" << Attr(v.person_id)
    << "/record\">Back to their record</a></p>\n</div>\n</div>\n";
  return page;
}

http::Response PersonList(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  const std::string person_id(request.Param("id"));
  auto record = deps.team.Record(actor, person_id);
  if (!record) return RespondWithError(deps, ctx, record.error());
  auto items = deps.warm->ForPerson(actor, person_id);
  if (!items) return RespondWithError(deps, ctx, items.error());
  return Respond(
      deps, ctx,
      PersonListPage({.person_id = person_id,
                      .person_name = record->person.CallName() + " " + record->person.family_name,
                      .postcode = record->person.postcode,
                      .items = std::move(*items),
                      .done = std::string(request.QueryParam("done").value_or(""))}));
}

// --- The consent form.

struct NewView {
  PersonRecordView record;
  DirectoryServiceView service;
  std::string csrf_token;
  http::Form typed;
  std::vector<FieldError> errors;
  std::string problem;
  int status = 200;
};

std::string ErrorId(std::string_view field) {
  if (field == "parts") return "parts";
  if (field == "joint_on") return "joint_on-day";
  if (field == "confirm") return "confirm";
  if (field == "consent_given") return "consent_given";
  if (field == "way") return "way";
  if (field == "episode_id") return "episode_id";
  if (field == "service_id") return "note";
  return std::string(field);
}

Page NewPage(const NewView& v) {
  const std::string name = v.record.person.CallName() + " " + v.record.person.family_name;
  const directory::DirectoryService& s = v.service.service;
  Page page;
  page.title = "Introduce " + name + " to " + s.name;
  page.status = v.status;
  page.has_errors = !v.errors.empty() || !v.problem.empty();
  page.section = NavSection::kPeople;
  Html& h = page.content;
  std::vector<FieldError> linked;
  linked.reserve(v.errors.size());
  for (const FieldError& e : v.errors) linked.push_back({ErrorId(e.field), e.message});
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  frontdoor::ErrorSummaryWith(h, v.problem, linked);
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n";
  if (!s.how_to_introduce.empty()) {
    Html how;
    how << "<p><strong>How introductions work here:</strong> " << Text(s.how_to_introduce)
        << "</p>\n";
    InsetText(h, how);
  }
  h << "<form action=\"/people/" << Attr(v.record.person.id)
    << "/warm-introductions\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  frontdoor::Hidden(h, "service_id", s.id);
  const http::Form& f = v.typed;

  // The episode it is made from: the open one (there is at most one per team).
  std::vector<frontdoor::Choice> episodes;
  for (const Episode& e : v.record.episodes) {
    if (!e.IsEnded()) {
      episodes.push_back(
          {.value = e.id,
           .label = "Episode " + std::to_string(e.ordinal) + ", since " + e.started_on.ToIso()});
    }
  }
  if (episodes.size() == 1 && ErrorFor(v.errors, "episode_id").empty()) {
    frontdoor::Hidden(h, "episode_id", episodes[0].value);
  } else {
    std::vector<std::string_view> checked = {f.Value("episode_id")};
    frontdoor::Radios(h,
                      {.id = "episode_id",
                       .name = "episode_id",
                       .legend = "Which episode of support is this part of?",
                       .hint = episodes.empty() ? "They have no open episode: open one first" : "",
                       .error = ErrorFor(v.errors, "episode_id"),
                       .choices = episodes,
                       .checked = checked});
  }

  std::vector<frontdoor::Choice> ways;
  ways.reserve(kAllWarmWays.size());
  for (WarmWay w : kAllWarmWays) {
    ways.push_back(
        {.value = std::string(WarmWayKey(w)), .label = std::string(WarmWayDisplayName(w))});
  }
  std::vector<std::string_view> way = {
      f.Get("way").value_or(WarmWayKey(WarmWay::kServiceGetsInTouch))};
  frontdoor::Radios(h, {.id = "way",
                        .name = "way",
                        .legend = "How will the introduction be made?",
                        .error = ErrorFor(v.errors, "way"),
                        .choices = ways,
                        .checked = way,
                        .legend_m = true});
  frontdoor::DateInput(h, {.id = "joint_on",
                           .name_prefix = "joint_on",
                           .legend = "Date of the call or visit together",
                           .day = f.Value("joint_on_day"),
                           .month = f.Value("joint_on_month"),
                           .year = f.Value("joint_on_year"),
                           .hint = "Only for a call or visit together. For example, 27 11 2026",
                           .error = ErrorFor(v.errors, "joint_on")});
  frontdoor::Textarea(h, {.id = "note",
                          .name = "note",
                          .label = "Your note for the service",
                          .value = f.Value("note"),
                          .hint = "Why you are introducing them and what would help. The service "
                                  "will read this.",
                          .error = ErrorFor(v.errors, "note"),
                          .rows = 4,
                          .bold_label = true});

  h << "<h2 class=\"nhsuk-heading-m\">What they agree to share</h2>\n"
    << "<p>The service will see " << Text(name)
    << "'s name, your note and how the introduction is made. Ask which of these they are "
       "happy for the service to see as well. They can share none of them.</p>\n";
  std::vector<frontdoor::Choice> parts;
  parts.reserve(kAllSharedParts.size());
  for (SharedPart p : kAllSharedParts) {
    parts.push_back({.value = std::string(SharedPartKey(p)),
                     .label = std::string(SharedPartDisplayName(p)),
                     .hint = std::string(SharedPartHint(p))});
  }
  std::vector<std::string_view> checked_parts = f.GetAll("parts");
  frontdoor::Checkboxes(h, {.id = "parts",
                            .name = "parts",
                            .legend = "They agree to share",
                            .hint = "Select all that they agree to",
                            .error = ErrorFor(v.errors, "parts"),
                            .choices = parts,
                            .checked = checked_parts});
  std::vector<frontdoor::Choice> given;
  given.reserve(kAllConsentGiven.size());
  for (ConsentGiven c : kAllConsentGiven) {
    given.push_back({.value = std::string(ConsentGivenKey(c)),
                     .label = std::string(ConsentGivenDisplayName(c))});
  }
  std::vector<std::string_view> given_checked = {f.Value("consent_given")};
  frontdoor::Radios(h, {.id = "consent_given",
                        .name = "consent_given",
                        .legend = "How did they give their consent?",
                        .error = ErrorFor(v.errors, "consent_given"),
                        .choices = given,
                        .checked = given_checked,
                        .small = true});
  frontdoor::Textarea(h, {.id = "consent_words",
                          .name = "consent_words",
                          .label = "Anything they said about sharing, in their words (optional)",
                          .value = f.Value("consent_words"),
                          .error = ErrorFor(v.errors, "consent_words"),
                          .rows = 2});
  frontdoor::SingleCheckbox(h, {.id = "confirm",
                                .name = "confirm",
                                .label = "They have agreed to this introduction and to sharing "
                                         "what is ticked",
                                .checked = f.Value("confirm") == "yes",
                                .error = ErrorFor(v.errors, "confirm")});
  SubmitButton(h, "Make the introduction");
  h << "</form>\n<p><a class=\"nhsuk-link\" href=\"/directory/services/" << Attr(s.id)
    << "\">Read about " << Text(s.name) << "</a></p>\n</div>\n</div>\n";
  return page;
}

http::Response ShowNew(const WebDeps& deps, const RequestContext& ctx, const std::string& person_id,
                       const std::string& service_id, NewView view) {
  const Actor& actor = SignedInActor(ctx);
  auto record = deps.team.Record(actor, person_id);
  if (!record) return RespondWithError(deps, ctx, record.error());
  auto service = deps.directory->GetService(actor, service_id);
  if (!service) return RespondWithError(deps, ctx, service.error());
  view.record = std::move(*record);
  view.service = std::move(*service);
  view.csrf_token = std::string(ctx.csrf_token);
  return Respond(deps, ctx, NewPage(view));
}

http::Response New(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  return ShowNew(deps, ctx, std::string(request.Param("id")),
                 std::string(request.QueryParam("service").value_or("")), {});
}

http::Response Make(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  const http::Form& f = FormOf(request);
  const std::string person_id(request.Param("id"));
  MakeWarmIntroductionRequest req{.person_id = person_id,
                                  .episode_id = std::string(f.Value("episode_id")),
                                  .service_id = std::string(f.Value("service_id")),
                                  .note = std::string(f.Value("note")),
                                  .consent_words = std::string(f.Value("consent_words"))};
  std::vector<FieldError> errors;
  if (auto way = ParseWarmWay(f.Value("way"))) {
    req.way = *way;
  } else {
    errors.push_back({"way", "Choose how the introduction will be made"});
  }
  auto date = ParseDateInput(f.Value("joint_on_day"), f.Value("joint_on_month"),
                             f.Value("joint_on_year"), "The date of the call or visit");
  if (const auto* message = std::get_if<std::string>(&date)) {
    errors.push_back({"joint_on", *message});
  } else {
    req.joint_on = std::get<std::optional<Date>>(date);
  }
  for (std::string_view key : f.GetAll("parts")) {
    if (auto part = ParseSharedPart(key)) {
      req.parts.push_back(*part);
    } else {
      errors.push_back({"parts", "Choose from the list"});
    }
  }
  if (auto given = ParseConsentGiven(f.Value("consent_given"))) {
    req.consent_given = *given;
  } else {
    errors.push_back({"consent_given", "Say how they gave their consent"});
  }
  if (f.Value("confirm") != "yes") {
    errors.push_back({"confirm", "Confirm they have agreed to the introduction and to sharing"});
  }
  if (errors.empty()) {
    auto made = deps.warm->Make(actor, std::move(req));
    if (made) {
      return http::Response::Redirect("/people/" + person_id + "/warm-introductions?done=made");
    }
    if (made.error().code != ErrorCode::kInvalidArgument) {
      return RespondWithError(deps, ctx, made.error());
    }
    errors = made.error().field_errors;
  } else if (TrimText(f.Value("note")).empty()) {
    // The service's own check, so that every problem is listed at once.
    errors.push_back({"note",
                      "Write a note for the service: why you are introducing them and "
                      "what would help"});
  }
  return ShowNew(deps, ctx, person_id, std::string(f.Value("service_id")),
                 {.typed = f, .errors = std::move(errors), .status = 422});
}

// --- One introduction.

struct OneView {
  WarmIntroductionView item;
  std::string csrf_token;
  std::string done;
  std::vector<FieldError> errors;
  std::string problem;
  std::string failed_form;  // "step" or "person-view"
  http::Form typed;
  int status = 200;
};

void SharedDetails(Html& h, const SharedRecord& s) {
  h << "<h2 class=\"nhsuk-heading-m\">What they agreed to share with you</h2>\n"
       "<dl class=\"nhsuk-summary-list\">\n";
  SummaryRow(h, "Name", s.name);
  if (s.contact) {
    std::string how;
    for (ContactMethod m : s.contact->methods) {
      if (!how.empty()) how += ", ";
      how += std::string(ContactMethodDisplayName(m));
    }
    SummaryRow(h, "How to contact them", how.empty() ? "Not given" : how);
    SummaryRow(h, "Phone", s.contact->phone.empty() ? "Not given" : s.contact->phone);
    SummaryRow(h, "Email", s.contact->email.empty() ? "Not given" : s.contact->email);
    SummaryRow(h, "May leave a message", s.contact->may_leave_message ? "Yes" : "No");
    SummaryRow(h, "Safe times",
               s.contact->safe_times.empty() ? "Not given" : s.contact->safe_times);
    SummaryRow(h, "Safe-contact notes",
               s.safe_contact_notes.empty() ? "None" : s.safe_contact_notes);
  }
  if (s.address) {
    std::string lines;
    for (const std::string* part :
         {&s.address->line_1, &s.address->line_2, &s.address->town, &s.address->postcode}) {
      if (part->empty()) continue;
      if (!lines.empty()) lines += "\n";
      lines += *part;
    }
    SummaryRow(h, "Address", lines.empty() ? "Not given" : lines);
  }
  if (s.date_of_birth) SummaryRow(h, "Date of birth", s.date_of_birth->ToIso());
  if (s.pronouns) {
    SummaryRow(h, "Pronouns", s.pronouns->empty() ? "Not given" : *s.pronouns);
    std::string langs;
    for (const Language& l : s.languages) {
      if (!langs.empty()) langs += ", ";
      langs += l.name;
    }
    SummaryRow(h, "Languages", langs.empty() ? "Not given" : langs);
    SummaryRow(h, "Interpreter needed",
               !s.interpreter_needed ? "Not asked" : (*s.interpreter_needed ? "Yes" : "No"));
    SummaryRow(h, "Communication needs",
               s.communication_needs.empty() ? "None given" : s.communication_needs);
  }
  if (s.my_story)
    SummaryRow(h, "My story so far", s.my_story->empty() ? "Not written yet" : *s.my_story);
  if (s.what_matters) {
    SummaryRow(h, "What matters to me",
               s.what_matters->empty() ? "Not written yet" : *s.what_matters);
  }
  if (s.goals) SummaryRow(h, "My goals", s.goals->empty() ? "Not written yet" : *s.goals);
  h << "</dl>\n";
}

void StepForm(Html& h, const OneView& v) {
  const WarmIntroduction& w = v.item.introduction;
  if (!w.IsOpen()) return;
  const bool service = v.item.reader == WarmSide::kService;
  const bool failed = v.failed_form == "step";
  const http::Form empty;
  const http::Form& f = failed ? v.typed : empty;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"update\">"
    << Text(service ? "Let the team know how it is going" : "Record how it is going") << "</h2>\n"
    << "<form action=\"/warm-introductions/" << Attr(w.id)
    << "/step\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  frontdoor::Hidden(h, "version", std::to_string(w.version));
  std::vector<frontdoor::Choice> to;
  if (w.state == WarmState::kMade) {
    to.push_back({.value = "in-touch", .label = "In touch: we have been in touch with them"});
  }
  to.push_back({.value = "met", .label = "Met: they are connected with the service"});
  to.push_back({.value = "did-not-work-out", .label = "It didn't work out"});
  if (!service) {
    to.push_back({.value = "withdrawn",
                  .label = "Withdraw the introduction",
                  .hint = "For example, they changed their mind or withdrew their consent"});
  }
  std::vector<std::string_view> checked = {f.Value("to")};
  frontdoor::Radios(h, {.id = "to",
                        .name = "to",
                        .legend = "What has happened?",
                        .error = failed ? ErrorFor(v.errors, "to") : "",
                        .choices = to,
                        .checked = checked});
  std::vector<frontdoor::Choice> reasons = {{.value = "", .label = "Choose a reason"}};
  for (NotLandedReason r : kAllNotLandedReasons) {
    reasons.push_back({.value = std::string(NotLandedReasonKey(r)),
                       .label = std::string(NotLandedReasonDisplayName(r))});
  }
  frontdoor::Select(h, {.id = "reason",
                        .name = "reason",
                        .label = "If it didn't work out, why?",
                        .options = reasons,
                        .selected = f.Value("reason"),
                        .error = failed ? ErrorFor(v.errors, "reason") : ""});
  frontdoor::Textarea(h, {.id = "step_note",
                          .name = "note",
                          .label = "Note",
                          .value = f.Value("note"),
                          .hint = "Needed if it didn't work out or is withdrawn",
                          .error = failed ? ErrorFor(v.errors, "note") : "",
                          .rows = 3});
  SubmitButton(h, "Save");
  h << "</form>\n";
}

void PersonViewForm(Html& h, const OneView& v) {
  const WarmIntroduction& w = v.item.introduction;
  if (w.person_view) {
    h << "<h2 class=\"nhsuk-heading-m\">How it went, in their view</h2>\n<p><strong>"
      << Text(PersonFeelingDisplayName(w.person_view->feeling)) << "</strong></p>\n";
    frontdoor::Paragraphs(h, w.person_view->words, "");
  }
  if (v.item.reader != WarmSide::kTeam || w.state == WarmState::kMade ||
      w.state == WarmState::kWithdrawn) {
    return;
  }
  const bool failed = v.failed_form == "person-view";
  const http::Form empty;
  const http::Form& f = failed ? v.typed : empty;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"their-view\">"
    << Text(w.person_view ? "Update their view" : "Record how it went, in their view") << "</h2>\n"
    << "<form action=\"/warm-introductions/" << Attr(w.id)
    << "/person-view\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  frontdoor::Hidden(h, "version", std::to_string(w.version));
  std::vector<frontdoor::Choice> feelings;
  feelings.reserve(kAllPersonFeelings.size());
  for (PersonFeeling p : kAllPersonFeelings) {
    feelings.push_back({.value = std::string(PersonFeelingKey(p)),
                        .label = std::string(PersonFeelingDisplayName(p))});
  }
  std::vector<std::string_view> checked = {f.Value("feeling")};
  frontdoor::Radios(h, {.id = "feeling",
                        .name = "feeling",
                        .legend = "How do they feel it went?",
                        .error = failed ? ErrorFor(v.errors, "feeling") : "",
                        .choices = feelings,
                        .checked = checked,
                        .small = true});
  frontdoor::Textarea(h, {.id = "words",
                          .name = "words",
                          .label = "In their words (optional)",
                          .value = f.Value("words"),
                          .error = failed ? ErrorFor(v.errors, "words") : "",
                          .rows = 3});
  SubmitButton(h, "Save their view");
  h << "</form>\n";
}

Page OnePage(const OneView& v) {
  const WarmIntroduction& w = v.item.introduction;
  const bool service = v.item.reader == WarmSide::kService;
  Page page;
  page.title = v.item.person_name.empty()
                   ? "Warm introduction to " + w.service_name
                   : "Introducing " + v.item.person_name + " to " + w.service_name;
  page.status = v.status;
  page.has_errors = !v.errors.empty() || !v.problem.empty();
  page.section = service ? NavSection::kWarmIntroductions : NavSection::kPeople;
  Html& h = page.content;
  std::vector<FieldError> linked;
  linked.reserve(v.errors.size());
  for (const FieldError& e : v.errors) {
    linked.push_back({e.field == "note" ? "step_note" : e.field, e.message});
  }
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  frontdoor::ErrorSummaryWith(h, v.problem, linked);
  if (!page.has_errors && v.done == "step") SuccessBanner(h, "Saved. The other side can see it.");
  if (!page.has_errors && v.done == "person-view") SuccessBanner(h, "Their view is saved.");
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n<p>";
  StateTag(h, v.item);
  h << "</p>\n";
  if (v.item.not_landed_in_time) {
    Html body;
    body << "<p>"
         << Text("Made " + std::to_string(v.item.days_since_made) +
                 " days ago and not landed yet. ")
         << Text(service ? "Please let the team know where it has got to."
                         : "It is on the team's huddle board until it lands.")
         << "</p>\n";
    WarningCallout(h, "Not landed yet", body);
  }
  if (service && v.item.shared && v.item.shared->withdrawn) {
    h << "<p>The team withdrew this introduction. Nothing about the person is shared.</p>\n";
  }
  h << "<dl class=\"nhsuk-summary-list\">\n";
  SummaryRow(h, "Service", w.service_name);
  SummaryRow(h, "Made", Made(v.item));
  SummaryRow(h, "How", WayText(w));
  if (!(service && v.item.shared && v.item.shared->withdrawn))
    SummaryRow(h, "Note from the team", w.note);
  if (!service) {
    std::string parts;
    for (SharedPart p : w.consent.parts) {
      if (!parts.empty()) parts += "\n";
      parts += std::string(SharedPartDisplayName(p));
    }
    SummaryRow(h, "Shared with the service",
               "Their name, the note and how it is made" +
                   (parts.empty() ? std::string() : ", and:\n" + parts));
    SummaryRow(h, "Consent",
               std::string(ConsentGivenDisplayName(w.consent.given)) + ", " +
                   FormatLondon(w.consent.recorded_at) +
                   (w.consent.words.empty() ? "" : "\n" + w.consent.words));
  }
  h << "</dl>\n";
  if (service && v.item.shared && !v.item.shared->withdrawn) SharedDetails(h, *v.item.shared);
  Steps(h, v.item);
  StepForm(h, v);
  PersonViewForm(h, v);
  if (service) {
    h << "<p><a class=\"nhsuk-link\" href=\"/warm-introductions\">Back to warm "
         "introductions</a></p>\n";
  } else {
    h << "<p><a class=\"nhsuk-link\" href=\"/people/" << Attr(w.person_id)
      << "/warm-introductions\">Back to their warm introductions</a></p>\n";
  }
  h << "</div>\n</div>\n";
  return page;
}

http::Response ShowOne(const WebDeps& deps, const RequestContext& ctx, std::string_view id,
                       OneView view) {
  auto item = deps.warm->Get(SignedInActor(ctx), id);
  if (!item) return RespondWithError(deps, ctx, item.error());
  view.item = std::move(*item);
  view.csrf_token = std::string(ctx.csrf_token);
  return Respond(deps, ctx, OnePage(view));
}

http::Response One(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  return ShowOne(deps, ctx, request.Param("id"),
                 {.done = std::string(request.QueryParam("done").value_or(""))});
}

// A refused change: the page again with what was typed, or the conflict.
http::Response Refused(const WebDeps& deps, const Request& request, RequestContext& ctx,
                       const Error& error, std::string form) {
  if (error.code == ErrorCode::kInvalidArgument || error.code == ErrorCode::kFailedPrecondition ||
      error.code == ErrorCode::kConflict) {
    OneView view{.failed_form = std::move(form), .typed = FormOf(request)};
    if (error.code == ErrorCode::kInvalidArgument) {
      view.errors = error.field_errors;
      view.status = 422;
    } else if (error.code == ErrorCode::kConflict) {
      view.problem =
          "Someone changed this introduction while you were reading it. Here it is as "
          "it is now: check, then try again.";
      view.status = 409;
    } else {
      view.problem = error.message;
      view.status = 409;
    }
    return ShowOne(deps, ctx, request.Param("id"), std::move(view));
  }
  return RespondWithError(deps, ctx, error);
}

http::Response Step(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const http::Form& f = FormOf(request);
  auto version = ParseVersion(f.Value("version"));
  if (!version) return Respond(deps, ctx, ErrorPage(400));
  auto to = ParseWarmState(f.Value("to"));
  std::optional<NotLandedReason> reason;
  if (!f.Value("reason").empty()) reason = ParseNotLandedReason(f.Value("reason"));
  if (!to || (!f.Value("reason").empty() && !reason)) {
    std::vector<FieldError> errors;
    if (!to) errors.push_back({"to", "Choose what has happened"});
    if (!f.Value("reason").empty() && !reason) errors.push_back({"reason", "Choose a reason"});
    return Refused(deps, request, ctx, Error::Invalid("There is a problem", std::move(errors)),
                   "step");
  }
  if (*to != WarmState::kDidNotWorkOut) reason.reset();  // the select may be left set
  auto done =
      deps.warm->RecordStep(SignedInActor(ctx), request.Param("id"), *version,
                            {.to = *to, .reason = reason, .note = std::string(f.Value("note"))});
  if (!done) return Refused(deps, request, ctx, done.error(), "step");
  return http::Response::Redirect("/warm-introductions/" + done->id + "?done=step");
}

http::Response TheirView(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const http::Form& f = FormOf(request);
  auto version = ParseVersion(f.Value("version"));
  if (!version) return Respond(deps, ctx, ErrorPage(400));
  auto feeling = ParsePersonFeeling(f.Value("feeling"));
  if (!feeling) {
    return Refused(
        deps, request, ctx,
        Error::Invalid("There is a problem", {{"feeling", "Choose how they feel it went"}}),
        "person-view");
  }
  auto done = deps.warm->RecordPersonView(SignedInActor(ctx), request.Param("id"), *version,
                                          *feeling, std::string(f.Value("words")));
  if (!done) return Refused(deps, request, ctx, done.error(), "person-view");
  return http::Response::Redirect("/warm-introductions/" + done->id + "?done=person-view");
}

// --- A partner's list.

Page PartnerListPage(const std::vector<WarmIntroductionView>& items) {
  Page page;
  page.title = "Warm introductions to your services";
  page.section = NavSection::kWarmIntroductions;
  Html& h = page.content;
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n"
    << "<p>People Living Well teams have introduced to your services, with their consent. "
       "Open one to see what they agreed to share, and let the team know how it is going.</p>\n";
  if (items.empty()) {
    h << "<p>There are no warm introductions to your services yet.</p>\n";
    return page;
  }
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption\">Open ones first, "
       "then newest first</caption>\n<thead class=\"nhsuk-table__head\"><tr "
       "class=\"nhsuk-table__row\"><th class=\"nhsuk-table__header\" scope=\"col\">Person</th>"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Service</th><th "
       "class=\"nhsuk-table__header\" scope=\"col\">Made</th><th class=\"nhsuk-table__header\" "
       "scope=\"col\">Where it is</th></tr></thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const WarmIntroductionView& item : items) {
    const WarmIntroduction& w = item.introduction;
    h << "<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\"><a class=\"nhsuk-link\" "
         "href=\"/warm-introductions/"
      << Attr(w.id) << "\">"
      << Text(item.person_name.empty() ? std::string("Withdrawn") : item.person_name)
      << "</a></td><td class=\"nhsuk-table__cell\">" << Text(w.service_name)
      << "</td><td class=\"nhsuk-table__cell\">" << Text(w.MadeOn().ToIso())
      << "</td><td class=\"nhsuk-table__cell\">";
    StateTag(h, item);
    h << "</td></tr>\n";
  }
  h << "</tbody>\n</table>\n";
  return page;
}

http::Response PartnerList(const WebDeps& deps, const Request& /*request*/, RequestContext& ctx) {
  auto items = deps.warm->ForPartner(SignedInActor(ctx));
  if (!items) return RespondWithError(deps, ctx, items.error());
  return Respond(deps, ctx, PartnerListPage(*items));
}

}  // namespace

void RegisterWarmIntroductionPages(http::Router& router, const SharedDeps& deps) {
  using Handler = http::Response (*)(const WebDeps&, const Request&, RequestContext&);
  auto add = [&](const char* method, const char* path, RouteAccess access, Handler handler) {
    router.Add(method, path, access, [deps, handler](const Request& request, RequestContext& ctx) {
      return handler(*deps, request, ctx);
    });
  };
  const RouteAccess care = RouteAccess::Roles(kCareRoles);
  const RouteAccess both =
      RouteAccess::Roles(RoleSet{Role::kFrontDoor, Role::kPractitioner, Role::kPeerWorker,
                                 Role::kTeamLead, Role::kNetworkPartner});
  add("GET", "/people/{id}/warm-introductions", care, PersonList);
  add("GET", "/people/{id}/warm-introductions/new", care, New);
  add("POST", "/people/{id}/warm-introductions", care, Make);
  add("GET", "/warm-introductions", RouteAccess::Roles(RoleSet{Role::kNetworkPartner}),
      PartnerList);
  add("GET", "/warm-introductions/{id}", both, One);
  add("POST", "/warm-introductions/{id}/step", both, Step);
  add("POST", "/warm-introductions/{id}/person-view", care, TheirView);
}

}  // namespace lw::web

// GET /people/{id}/record: the person's record, their episodes, open
// concerns and timeline, with the forms that change them (record_pages.h).
#include <string>
#include <vector>

#include "base/dates.h"
#include "domain/team/episode_schedule.h"
#include "web/components.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"
#include "web/record_parts.h"

namespace lw::web {

namespace {

using A = RecordAction;
using record::FullName;

std::string DoneMessage(std::string_view done) {
  struct Done {
    A action;
    std::string_view message;
  };
  static constexpr Done kDone[] = {
      {A::kOpenEpisode, "Episode opened"},
      {A::kKeyworker, "Keyworker changed"},
      {A::kReview, "Review recorded"},
      {A::kPlannedEnding, "Planned ending saved"},
      {A::kEnding, "Episode ended"},
      {A::kContact, "Contact recorded"},
      {A::kConcern, "Concern raised: the team will see it at the huddle"},
      {A::kDetails, "Their details have been saved"},
  };
  for (const Done& d : kDone) {
    if (RecordActionKey(d.action) == done) return std::string(d.message);
  }
  return "";
}

void Contents(Html& h, bool may_change) {
  h << "<nav class=\"nhsuk-contents-list\" role=\"navigation\" aria-label=\"On this page\">\n"
       "<h2 class=\"nhsuk-u-visually-hidden\">On this page</h2>\n"
       "<ol class=\"nhsuk-contents-list__list\">\n"
       "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" "
       "href=\"#details\">About them</a></li>\n"
       "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" "
       "href=\"#episodes\">Episodes of support</a></li>\n"
       "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" "
       "href=\"#concerns\">Open concerns</a></li>\n";
  if (may_change) {
    h << "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" "
         "href=\"#contact\">Record a contact</a></li>\n";
  }
  h << "<li class=\"nhsuk-contents-list__item\"><a class=\"nhsuk-contents-list__link\" "
       "href=\"#timeline\">Timeline</a></li>\n</ol>\n</nav>\n";
}

void BreakGlassCallout(Html& h, const BreakGlass& grant) {
  Html body;
  body << "<p>You are viewing this record under break-glass until "
       << Text(FormatLondon(grant.expires_at))
       << "; this is recorded and will be reviewed.</p>\n"
          "<p>You can read the record but not change it.</p>\n";
  WarningCallout(h, "You are viewing this record under break-glass", body);
}

void Row(Html& h, std::string_view key, std::string_view value) { SummaryRow(h, key, value); }

void Ending(Html& h, const EpisodeEnd& end) {
  Row(h, "Ended on", end.ended_on.ToDisplay());
  std::string how(EpisodeEndingDisplayName(end.reason));
  how += IsPlannedTransition(end.reason) ? " (a planned transition)" : " (unplanned)";
  Row(h, "How it ended", how);
  if (!end.moving_on_to.empty()) Row(h, "Moving on to", end.moving_on_to);
  if (!end.other_reason.empty()) Row(h, "Why", end.other_reason);
  h << "<div class=\"nhsuk-summary-list__row\">\n<dt class=\"nhsuk-summary-list__key\">In their "
       "words</dt>\n<dd class=\"nhsuk-summary-list__value\">\n";
  frontdoor::Paragraphs(h, end.persons_words, "<p>Not given</p>\n");
  h << "</dd>\n</div>\n";
}

void OneEpisode(Html& h, const RecordPageView& v, const Episode& e) {
  const FrontDoorDirectory& d = v.directory;
  h << "<h3 class=\"nhsuk-heading-s\">Episode " << e.ordinal << " ";
  frontdoor::Tag(h, e.IsEnded() ? Markup("nhsuk-tag--grey") : Markup("nhsuk-tag--blue"),
                 EpisodeStatusDisplayName(e.status));
  h << "</h3>\n<dl class=\"nhsuk-summary-list\">\n";
  Row(h, "Team", d.TeamName(e.team_id));
  Row(h, "Keyworker", d.WorkerName(e.keyworker_user_id));
  if (e.keyworker_history.size() > 1) {
    std::string earlier;
    for (std::size_t i = 0; i + 1 < e.keyworker_history.size(); ++i) {
      const KeyworkerSpell& s = e.keyworker_history[i];
      if (!earlier.empty()) earlier += "; ";
      earlier += d.WorkerName(s.user_id) + " from " + s.from.ToDisplay();
    }
    Row(h, "Earlier keyworkers", earlier);
  }
  Row(h, "Started", e.started_on.ToDisplay());
  Row(h, "Status", EpisodeStatusDisplayName(e.status));
  if (!e.IsEnded()) {
    Row(h, "Intensity", IntensityDisplayName(e.intensity));
    std::optional<Date> due = NextReviewDue(e);
    Row(h, "Next review due", due ? due->ToDisplay() : std::string("None set"));
  }
  Row(h, "Last review", e.last_review_on ? e.last_review_on->ToDisplay() : "None yet");
  Row(h, "Planned end", e.planned_end_on ? e.planned_end_on->ToDisplay() : "Not agreed");
  if (e.ending) Ending(h, *e.ending);
  h << "</dl>\n";
}

void Episodes(Html& h, const RecordPageView& v) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"episodes\">Episodes of support</h2>\n";
  if (v.record.episodes.empty()) h << "<p>No episodes of support yet.</p>\n";
  for (const Episode& e : v.record.episodes) OneEpisode(h, v, e);
  if (v.record.may_change) record::EpisodeForms(h, v);
}

void Concerns(Html& h, const RecordPageView& v) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"concerns\">Open concerns</h2>\n";
  bool any = false;
  for (const Concern& c : v.record.concerns) {
    if (!c.IsOpen()) continue;
    if (!any) h << "<ul class=\"nhsuk-list nhsuk-list--border\">\n";
    any = true;
    h << "<li>\n";
    frontdoor::Paragraphs(h, c.text);
    h << "<p class=\"nhsuk-body-s\">Raised by " << Text(v.directory.WorkerName(c.raised_by_user_id))
      << ", " << Text(FormatLondon(c.raised_at)) << "</p>\n</li>\n";
  }
  if (any) {
    h << "</ul>\n";
  } else {
    h << "<p>No open concerns.</p>\n";
  }
  if (v.record.may_change) record::ConcernForm(h, v);
}

// Events known only by their date sit at the start of the day (timeline.h):
// they show the date alone.
bool DateOnly(std::string_view kind) {
  return kind == "episode-opened" || kind == "keyworker" || kind == "review" || kind == "ending" ||
         kind == "decision-done" || kind == "unmet-need";
}

void Timeline(Html& h, const RecordPageView& v) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"timeline\">Timeline</h2>\n";
  if (v.record.timeline.empty()) {
    h << "<p>Nothing has happened with them yet.</p>\n";
    return;
  }
  h << "<p>Everything that has happened with them, across every episode, newest first.</p>\n"
       "<ol class=\"nhsuk-list nhsuk-list--border\">\n";
  for (const TimelineEntry& t : v.record.timeline) {
    const bool date_only = DateOnly(t.kind);
    h << "<li>\n<p class=\"nhsuk-body-s nhsuk-u-margin-bottom-1\"><time datetime=\""
      << Attr(date_only ? Date::InLondon(t.at).ToIso() : FormatUtcIso(t.at)) << "\">"
      << Text(date_only ? Date::InLondon(t.at).ToDisplay() : FormatLondon(t.at))
      << "</time></p>\n<h3 class=\"nhsuk-heading-xs nhsuk-u-margin-bottom-1\">" << Text(t.title)
      << "</h3>\n";
    if (!t.detail.empty()) frontdoor::Paragraphs(h, t.detail, "");
    if (!t.by_user_id.empty()) {
      // An opening or a change of keyworker names the keyworker, not who
      // recorded it.
      const bool keyworker = t.kind == "episode-opened" || t.kind == "keyworker";
      h << (keyworker ? Markup("<p class=\"nhsuk-body-s\">Keyworker: ")
                      : Markup("<p class=\"nhsuk-body-s\">By "))
        << Text(v.directory.WorkerName(t.by_user_id));
      for (std::size_t i = 0; i < t.with_user_ids.size(); ++i) {
        const bool last = i + 1 == t.with_user_ids.size();
        h << (i == 0 ? Markup(", with ")
              : last ? Markup(" and ")
                     : Markup(", "))
          << Text(v.directory.WorkerName(t.with_user_ids[i]));
      }
      h << "</p>\n";
    }
    h << "</li>\n";
  }
  h << "</ol>\n";
}

}  // namespace

std::string_view RecordActionKey(RecordAction action) {
  switch (action) {
    case A::kOpenEpisode:
      return "open-episode";
    case A::kKeyworker:
      return "keyworker";
    case A::kReview:
      return "review";
    case A::kPlannedEnding:
      return "planned-ending";
    case A::kEnding:
      return "ending";
    case A::kContact:
      return "contact";
    case A::kConcern:
      return "concern";
    case A::kDetails:
      return "details";
    case A::kNone:
      break;
  }
  return "";
}

std::string_view RecordSectionOf(RecordAction action) {
  switch (action) {
    case A::kContact:
      return "timeline";
    case A::kConcern:
      return "concerns";
    case A::kDetails:
      return "details";
    default:
      return "episodes";
  }
}

Page RecordPage(const RecordPageView& v) {
  const PersonRecordView& r = v.record;
  Page page;
  page.title = FullName(r.person) + "'s record";
  page.status = v.status;
  page.has_errors = !v.errors.empty() || !v.problem.empty();
  page.section = NavSection::kPeople;
  Html& h = page.content;

  std::vector<FieldError> linked;
  linked.reserve(v.errors.size());
  for (const FieldError& e : v.errors) {
    linked.push_back({record::ErrorTarget(v.failed, e.field), e.message});
  }
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  frontdoor::ErrorSummaryWith(h, v.problem, linked);
  if (!page.has_errors) {
    if (std::string done = DoneMessage(v.done); !done.empty()) SuccessBanner(h, done);
  }
  if (r.break_glass) BreakGlassCallout(h, *r.break_glass);
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n";
  h << "<p class=\"nhsuk-body-l\"><a class=\"nhsuk-link\" href=\"/people/" << Attr(r.person.id)
    << "/plan\">My Story / My Plan</a></p>\n";
  Contents(h, r.may_change);
  h << "<p>Their <a class=\"nhsuk-link\" href=\"/people/" << Attr(r.person.id)
    << "/goals\">goals</a>, <a class=\"nhsuk-link\" href=\"/people/" << Attr(r.person.id)
    << "/wheel\">Wheel of Life</a>, <a class=\"nhsuk-link\" href=\"/people/" << Attr(r.person.id)
    << "/questionnaires\">questionnaires</a> and <a class=\"nhsuk-link\" "
    << "href=\"/people/" << Attr(r.person.id) << "/progress\">progress over time</a>.</p>\n";
  h << "<p><a class=\"nhsuk-link\" href=\"/people/" << Attr(r.person.id)
    << "/warm-introductions\">Warm introductions into the network</a> and <a class=\"nhsuk-link\" "
    << "href=\"/people/" << Attr(r.person.id) << "/unmet-needs\">needs no service could "
    << "meet</a></p>\n";
  if (r.may_change) {
    h << "<p>Would they like a <a class=\"nhsuk-link\" href=\"/people/" << Attr(r.person.id)
      << "/peer-mentor\">peer mentor</a> who has been through something similar?</p>\n";
  }
  record::Details(h, r);
  Episodes(h, v);
  Concerns(h, v);
  if (r.may_change) record::ContactForm(h, v);
  Timeline(h, v);
  if (r.may_change) {
    h << "<p><a class=\"nhsuk-link\" href=\"/people/" << Attr(r.person.id)
      << "\">Every version of their details, and their story so far</a></p>\n";
  }
  h << "<p><a class=\"nhsuk-link\" href=\"/people\">Back to people</a></p>\n"
    << "</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

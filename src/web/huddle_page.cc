// GET /huddle: today's huddle board, section by section, and the page of one
// item with the form to record a team decision (team_pages.h).
#include <string>
#include <vector>

#include "web/components.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"
#include "web/huddle_forms.h"
#include "web/team_pages.h"

namespace lw::web {

namespace {

// What an empty section says, in plain words.
std::string_view NothingIn(HuddleSection section) {
  switch (section) {
    case HuddleSection::kNewIntroductions:
      return "No new introductions waiting";
    case HuddleSection::kWaitingPastTarget:
      return "Nobody is waiting longer than the target";
    case HuddleSection::kConcerns:
      return "No concerns raised";
    case HuddleSection::kDueThisWeek:
      return "No reviews or planned endings due this week";
    case HuddleSection::kWarmIntroductions:
      return "No warm introductions waiting to land";
    case HuddleSection::kNotSeen:
      return "Everyone has been seen recently";
    case HuddleSection::kCarriedOver:
      return "No decisions carried over";
  }
  return "Nothing here";
}

std::string DoneMessage(std::string_view done) {
  if (done == "decision") return "Team decision recorded";
  if (done == "done") return "Decision marked as done";
  if (done == "moved") return "Date moved";
  return "";
}

bool IsIntroduction(const HuddleItem& item) {
  return item.kind == HuddleItemKind::kNewIntroduction ||
         item.kind == HuddleItemKind::kWaitingPastTarget;
}

std::string_view ItemName(const HuddleItem& item) {
  return item.person_name.empty() ? std::string_view("Name not known") : item.person_name;
}

// The item's heading (h3 on the board, h2 on its own page): the person's
// name, linked to their record, or for an introduction to its page at the
// front door.
void ItemHeading(Html& h, const HuddleItem& item, int level) {
  const std::string_view name = ItemName(item);
  h << "<h" << level << " class=\"nhsuk-card__heading nhsuk-heading-s\">";
  if (IsIntroduction(item)) {
    h << "<a class=\"nhsuk-link\" href=\"/front-door/" << Attr(item.about.id) << "\">" << Text(name)
      << "</a>";
  } else if (!item.person_id.empty()) {
    h << "<a class=\"nhsuk-link\" href=\"/people/" << Attr(item.person_id) << "/record\">"
      << Text(name) << "</a>";
  } else {
    h << Text(name);
  }
  if (!item.reference.empty()) {
    h << " <span class=\"nhsuk-caption-m\">" << Text(item.reference) << "</span>";
  }
  h << "</h" << level << ">\n";
}

std::string ByWhenText(const TeamDecision& d) {
  std::string text = d.by_when.ToDisplay();
  const std::size_t moved = d.by_when_history.size();
  if (moved == 1) text += " (moved once)";
  if (moved > 1) text += " (moved " + std::to_string(moved) + " times)";
  return text;
}

void StatusCell(Html& h, const TeamDecision& d, Date today) {
  h << "<td class=\"nhsuk-table__cell\">";
  if (d.done) {
    frontdoor::Tag(h, "nhsuk-tag--green", "Done");
    h << " " << Text(d.done->on.ToDisplay()) << ": " << Text(d.done->outcome);
  } else if (Overdue(d, today)) {
    frontdoor::Tag(h, "nhsuk-tag--red", "Overdue");
  } else {
    frontdoor::Tag(h, "nhsuk-tag--blue", "Not done yet");
  }
  h << "</td>\n";
}

// The decisions already recorded about the item: what, who, by when, done.
void Decisions(Html& h, const HuddlePageView& v, const HuddleItem& item) {
  if (item.decisions.empty()) {
    h << "<p class=\"nhsuk-body-s\">No team decision recorded yet.</p>\n";
    return;
  }
  h << "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption "
       "nhsuk-table__caption--s\">Team decisions</caption>\n"
       "<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">What</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Who</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">By when</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Done?</th>\n"
       "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const TeamDecision& d : item.decisions) {
    h << "<tr class=\"nhsuk-table__row\">\n<td class=\"nhsuk-table__cell\">" << Text(d.what)
      << "<br><span class=\"nhsuk-body-s\">Agreed at the huddle on "
      << Text(DayDisplay(d.huddle_on)) << "</span></td>\n<td class=\"nhsuk-table__cell\">"
      << Text(huddle::MemberName(v.huddle, d.who_does_it));
    if (!d.IsDone() && !WasPresent(d, d.who_does_it)) {
      h << "<br><span class=\"nhsuk-body-s\">Not at the huddle: make sure they know</span>";
    }
    h << "</td>\n<td class=\"nhsuk-table__cell\">" << Text(ByWhenText(d)) << "</td>\n";
    StatusCell(h, d, v.huddle.board.today);
    h << "</tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

// An item's card: on the board with its carried-over forms and a link to
// its page; on its own page (`on_board` false) with the decision form.
void Item(Html& h, const HuddlePageView& v, const HuddleItem& item, bool on_board) {
  h << "<div class=\"nhsuk-card\" id=\"" << Attr(HuddleItemAnchor(item))
    << "\">\n<div class=\"nhsuk-card__content\">\n";
  ItemHeading(h, item, on_board ? 3 : 2);
  h << "<p class=\"nhsuk-card__description\">" << Text(item.why) << "</p>\n"
    << "<p class=\"nhsuk-body-s\">"
    << (item.kind == HuddleItemKind::kCarriedOverDecision ? Markup("Who does it: ")
                                                          : Markup("Worker: "))
    << Text(huddle::MemberName(v.huddle, item.worker_user_id)) << "</p>\n";
  if (item.kind == HuddleItemKind::kWarmIntroductionNotLanded) {
    h << "<p class=\"nhsuk-body-s\"><a class=\"nhsuk-link\" href=\"/warm-introductions/"
      << Attr(item.about.id) << "\">See the introduction<span class=\"nhsuk-u-visually-hidden\"> "
      << "for " << Text(ItemName(item)) << "</span></a></p>\n";
  }
  Decisions(h, v, item);
  if (!on_board) {
    huddle::RecordDecisionForm(h, v, item);
  } else {
    if (item.kind == HuddleItemKind::kCarriedOverDecision) {
      for (const TeamDecision& d : item.decisions) {
        if (!d.IsDone()) huddle::CarriedOverForms(h, v, item, d);
      }
    }
    h << "<p class=\"nhsuk-body-s\"><a class=\"nhsuk-link\" href=\"" << Attr(HuddleItemPath(item))
      << "\">Record a team decision<span class=\"nhsuk-u-visually-hidden\"> about "
      << Text(ItemName(item)) << " (" << Text(HuddleItemKindDisplayName(item.kind))
      << ")</span></a></p>\n";
  }
  h << "</div>\n</div>\n";
}

void Section(Html& h, const HuddlePageView& v, HuddleSection section) {
  const std::vector<HuddleItem>& items = v.huddle.board.Items(section);
  h << "<h2 class=\"nhsuk-heading-m\" id=\"" << Attr(HuddleSectionKey(section)) << "\">"
    << Text(HuddleSectionTitle(section)) << "</h2>\n";
  if (items.empty()) {
    h << "<p>" << Text(NothingIn(section)) << ".</p>\n";
    return;
  }
  for (const HuddleItem& item : items) Item(h, v, item, true);
}

// A list of the sections with how many items each holds.
void Contents(Html& h, const HuddleBoard& board) {
  h << "<nav aria-label=\"Sections of the huddle\">\n<ul class=\"nhsuk-list\">\n";
  for (HuddleSection section : kAllHuddleSections) {
    h << "<li><a class=\"nhsuk-link\" href=\"#" << Attr(HuddleSectionKey(section)) << "\">"
      << Text(HuddleSectionTitle(section)) << "</a> (" << board.Items(section).size() << ")</li>\n";
  }
  h << "</ul>\n</nav>\n";
}

}  // namespace

std::string HuddleItemAnchor(const HuddleItem& item) {
  return std::string(HuddleItemKindKey(item.kind)) + "-" + item.subject_id;
}

std::string HuddleItemPath(const HuddleItem& item) {
  return "/huddle/items/" + std::string(HuddleItemKindKey(item.kind)) + "/" + item.subject_id;
}

Page HuddlePage(const HuddlePageView& v) {
  Page page;
  page.title = "Today's huddle";
  page.status = v.status;
  page.has_errors = !v.errors.empty() || !v.problem.empty();
  page.section = NavSection::kHuddle;
  Html& h = page.content;

  std::vector<FieldError> linked;
  linked.reserve(v.errors.size());
  for (const FieldError& e : v.errors) {
    linked.push_back({huddle::ErrorTarget(v.failed, v.failed_item, e.field), e.message});
  }
  frontdoor::ErrorSummaryWith(h, v.problem, linked);
  if (!page.has_errors) {
    if (std::string done = DoneMessage(v.done); !done.empty()) SuccessBanner(h, done);
  }
  const HuddleBoard& board = v.huddle.board;
  h << "<h1 class=\"nhsuk-heading-l\">\n<span class=\"nhsuk-caption-l\">"
    << Text(v.huddle.team_name) << "</span>\n"
    << Text(page.title) << "\n</h1>\n"
    << "<p class=\"nhsuk-body-l\">" << Text(DayDisplay(board.today))
    << ". &ldquo;This week&rdquo; runs to " << Text(DayDisplay(board.week_ends_on)) << ".</p>\n";
  Contents(h, board);
  for (HuddleSection section : kAllHuddleSections) Section(h, v, section);
  return page;
}

Page HuddleItemPage(const HuddlePageView& v) {
  Page page;
  page.title = "Record a team decision";
  page.status = v.status;
  page.has_errors = !v.errors.empty() || !v.problem.empty();
  page.section = NavSection::kHuddle;
  Html& h = page.content;
  const HuddleItem* item = nullptr;
  for (HuddleSection section : kAllHuddleSections) {
    for (const HuddleItem& i : v.huddle.board.Items(section)) item = &i;
  }
  BackLink(h, item == nullptr ? std::string("/huddle") : "/huddle#" + HuddleItemAnchor(*item));
  std::vector<FieldError> linked;
  linked.reserve(v.errors.size());
  for (const FieldError& e : v.errors) {
    linked.push_back({huddle::ErrorTarget(v.failed, v.failed_item, e.field), e.message});
  }
  frontdoor::ErrorSummaryWith(h, v.problem, linked);
  h << "<h1 class=\"nhsuk-heading-l\">\n<span class=\"nhsuk-caption-l\">"
    << Text(v.huddle.team_name) << ", " << Text(DayDisplay(v.huddle.board.today)) << "</span>\n"
    << Text(page.title) << "\n</h1>\n";
  if (item != nullptr) Item(h, v, *item, false);
  return page;
}

Page DecisionConflictPage(std::string_view anchor) {
  Page page;
  page.title = "Someone else has changed this decision";
  page.status = 409;
  page.section = NavSection::kHuddle;
  page.content << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n"
               << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n"
               << "<p>Someone changed it after you opened the huddle, so what you sent has not "
                  "been saved. Nothing they did has been overwritten.</p>\n"
               << "<p><a class=\"nhsuk-link\" href=\"/huddle#" << Attr(anchor)
               << "\">Go back to the huddle</a> to see the latest, then try again.</p>\n"
               << "</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

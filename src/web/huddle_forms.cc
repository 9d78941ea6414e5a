#include "web/huddle_forms.h"

#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "web/components.h"
#include "web/frontdoor_widgets.h"

namespace lw::web::huddle {

namespace {

using frontdoor::Choice;

// The fields each form has, named as the service names its errors.
std::span<const std::string_view> FieldsOf(HuddleForm form) {
  static constexpr std::array<std::string_view, 4> kDecision = {"what", "who_does_it", "by_when",
                                                                "present"};
  static constexpr std::array<std::string_view, 1> kDone = {"outcome"};
  static constexpr std::array<std::string_view, 2> kMove = {"by_when", "reason"};
  switch (form) {
    case HuddleForm::kDecision:
      return kDecision;
    case HuddleForm::kDone:
      return kDone;
    case HuddleForm::kMove:
      return kMove;
    case HuddleForm::kNone:
      break;
  }
  return {};
}

std::string IdPrefix(HuddleForm form, std::string_view anchor) {
  std::string prefix(anchor);
  switch (form) {
    case HuddleForm::kDone:
      return prefix + "-done-";
    case HuddleForm::kMove:
      return prefix + "-move-";
    case HuddleForm::kDecision:
    case HuddleForm::kNone:
      break;
  }
  return prefix + "-";
}

// One form's view of the page: its ids, and what it shows.
class FormState {
 public:
  FormState(const HuddlePageView& v, HuddleForm form, std::string anchor)
      : v_(v), form_(form), anchor_(std::move(anchor)) {}

  bool failed() const { return v_.failed == form_ && v_.failed_item == anchor_; }
  const std::string& anchor() const { return anchor_; }
  std::string Id(std::string_view field) const {
    return IdPrefix(form_, anchor_) + std::string(field);
  }
  // What was typed when this form failed, else `current`.
  std::string_view Value(std::string_view name, std::string_view current = {}) const {
    return failed() ? v_.typed.Value(name) : current;
  }
  std::string_view Error(std::string_view field) const {
    return failed() ? ErrorFor(v_.errors, field) : std::string_view();
  }

  // <details> open when this form failed, so its errors are in view.
  void OpenDetails(Html& h, std::string_view summary) const {
    h << (failed() ? Markup("<details class=\"nhsuk-details\" open>\n")
                   : Markup("<details class=\"nhsuk-details\">\n"))
      << "<summary class=\"nhsuk-details__summary\">\n<span class=\"nhsuk-details__summary-text\">"
      << Text(summary) << "</span>\n</summary>\n<div class=\"nhsuk-details__text\">\n";
  }
  static void CloseDetails(Html& h) { h << "</div>\n</details>\n"; }

 private:
  const HuddlePageView& v_;
  HuddleForm form_;
  std::string anchor_;
};

void SecondaryButton(Html& h, std::string_view text) {
  h << "<button class=\"nhsuk-button nhsuk-button--secondary\" data-module=\"nhsuk-button\" "
       "type=\"submit\">"
    << Text(text) << "</button>\n";
}

std::vector<Choice> MemberChoices(const HuddleView& huddle, bool prompt) {
  std::vector<Choice> out;
  if (prompt) out.push_back({"", "Choose who", ""});
  for (const User& u : huddle.team_members) out.push_back({u.id, u.display_name, ""});
  return out;
}

bool IsMember(const HuddleView& huddle, std::string_view user_id) {
  for (const User& u : huddle.team_members) {
    if (u.id == user_id) return true;
  }
  return false;
}

// "For example, 14 6 2026": the end of the huddle's week, as typed.
std::string DateHint(const HuddleView& huddle) {
  const Date d = huddle.board.week_ends_on;
  return "For example, " + std::to_string(d.day()) + " " + std::to_string(d.month()) + " " +
         std::to_string(d.year());
}

void DateBoxes(Html& h, const FormState& f, const HuddleView& huddle, std::string_view legend) {
  frontdoor::DateInput(h, {.id = f.Id("by_when"),
                           .name_prefix = "by_when",
                           .legend = legend,
                           .day = f.Value("by_when_day"),
                           .month = f.Value("by_when_month"),
                           .year = f.Value("by_when_year"),
                           .hint = DateHint(huddle),
                           .error = f.Error("by_when")});
}

}  // namespace

std::string ErrorTarget(HuddleForm form, std::string_view anchor, std::string_view field) {
  for (std::string_view known : FieldsOf(form)) {
    if (known != field) continue;
    std::string id = IdPrefix(form, anchor) + std::string(field);
    return field == "by_when" ? id + "-day" : id;
  }
  return "";
}

std::string MemberName(const HuddleView& huddle, std::string_view user_id) {
  if (user_id.empty()) return "Nobody yet";
  for (const User& u : huddle.team_members) {
    if (u.id == user_id) return u.display_name;
  }
  return "Another account";
}

void RecordDecisionForm(Html& h, const HuddlePageView& v, const HuddleItem& item) {
  FormState f(v, HuddleForm::kDecision, HuddleItemAnchor(item));
  h << "<form action=\"" << Attr(HuddleItemPath(item)) << "\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  frontdoor::Hidden(h, "about_kind", DecisionSubjectKindKey(item.about.kind));
  frontdoor::Hidden(h, "about_id", item.about.id);
  frontdoor::Hidden(h, "person_id", item.person_id);
  frontdoor::Textarea(h, {.id = f.Id("what"),
                          .name = "what",
                          .label = "What did the team decide?",
                          .value = f.Value("what"),
                          .hint = "For example, ring them today and offer a walk on Thursday",
                          .error = f.Error("what"),
                          .rows = 3});
  const std::vector<Choice> who = MemberChoices(v.huddle, true);
  frontdoor::Select(h,
                    {.id = f.Id("who_does_it"),
                     .name = "who_does_it",
                     .label = "Who does it",
                     .options = who,
                     .selected = f.Value("who_does_it", IsMember(v.huddle, item.worker_user_id)
                                                            ? std::string_view(item.worker_user_id)
                                                            : std::string_view()),
                     .error = f.Error("who_does_it")});
  DateBoxes(h, f, v.huddle, "By when");
  const std::vector<Choice> members = MemberChoices(v.huddle, false);
  std::vector<std::string_view> present;
  if (f.failed()) {
    present = v.typed.GetAll("present");
  } else {
    present.emplace_back(v.viewer_user_id);
  }
  frontdoor::Checkboxes(h, {.id = f.Id("present"),
                            .name = "present",
                            .legend = "Who was in the huddle",
                            .hint = "A team decision needs at least two people",
                            .error = f.Error("present"),
                            .choices = members,
                            .checked = present,
                            .small = true});
  SubmitButton(h, "Record decision");
  h << "</form>\n";
}

void CarriedOverForms(Html& h, const HuddlePageView& v, const HuddleItem& item,
                      const TeamDecision& decision) {
  const std::string anchor = HuddleItemAnchor(item);
  const std::string version = std::to_string(decision.version);

  FormState done(v, HuddleForm::kDone, anchor);
  done.OpenDetails(h, "Mark as done");
  h << "<form action=\"/huddle/decisions/" << Attr(decision.id)
    << "/done\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  frontdoor::Hidden(h, "version", version);
  frontdoor::Textarea(h, {.id = done.Id("outcome"),
                          .name = "outcome",
                          .label = "What happened?",
                          .value = done.Value("outcome"),
                          .hint = "The team reads this at the next huddle",
                          .error = done.Error("outcome"),
                          .rows = 3});
  SecondaryButton(h, "Mark as done");
  h << "</form>\n";
  FormState::CloseDetails(h);

  FormState move(v, HuddleForm::kMove, anchor);
  move.OpenDetails(h, "Move the date");
  h << "<form action=\"/huddle/decisions/" << Attr(decision.id)
    << "/reschedule\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  frontdoor::Hidden(h, "version", version);
  DateBoxes(h, move, v.huddle, "New date");
  frontdoor::Textarea(h, {.id = move.Id("reason"),
                          .name = "reason",
                          .label = "Why is the date moving?",
                          .value = move.Value("reason"),
                          .error = move.Error("reason"),
                          .rows = 2});
  SecondaryButton(h, "Move the date");
  h << "</form>\n";
  FormState::CloseDetails(h);
}

}  // namespace lw::web::huddle

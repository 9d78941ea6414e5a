// The huddle's POST forms (team_pages.h): "Record a team decision", on the
// page of one item (HuddleItemPath), and "Mark as done" / "Move the date" on
// the board, in closed disclosures on each decision carried over from an
// earlier huddle.
//
// Contract: each form posts with the CSRF token; the done and move forms
// carry the decision's version. Element ids are "<item anchor>-<field>"
// (the move form's "<anchor>-move-<field>", the done form's
// "<anchor>-done-<field>"), so the board's many forms never share one;
// `ErrorTarget` turns a service's FieldError into the id the error summary
// links to ("" when the form has no such field: the message is then listed
// without a link). The form named by `view.failed` and `view.failed_item`
// is open and shows `view.typed` and its errors; the others are closed and
// empty, with the viewer ticked as present.
#pragma once

#include <string>
#include <string_view>

#include "web/html.h"
#include "web/team_pages.h"

namespace lw::web::huddle {

std::string ErrorTarget(HuddleForm form, std::string_view anchor, std::string_view field);

// A team member's name; "Nobody yet" for "", "Another account" for anyone
// not in the team now.
std::string MemberName(const HuddleView& huddle, std::string_view user_id);

// The "Record a team decision" form for `item`, posting to its page.
void RecordDecisionForm(Html& h, const HuddlePageView& view, const HuddleItem& item);

// "Mark as done" and "Move the date" for an open decision carried over.
void CarriedOverForms(Html& h, const HuddlePageView& view, const HuddleItem& item,
                      const TeamDecision& decision);

}  // namespace lw::web::huddle

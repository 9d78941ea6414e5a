// The staffing pages (issue 5, point 6): the locality's staff posts
// checked against the GM minimum, and the forms that add, change and end
// posts.
//
// Routes (RegisterStaffingPages in page_support.h), each one
// StaffingService call (the post pages also read the form's choices and
// the post's history):
//   GET  /staffing                 Overview; team leads, administrators and
//        commissioners. Each neighbourhood, then the locality: every
//        clause met or not with its count and whole-time equivalent, each
//        gap in words in a warning callout; for team leads and
//        administrators the names of who meets each clause and a table of
//        current posts with Change links (commissioners see no names).
//        "?done=added|changed|ended" shows a success banner.
//   GET  /staffing/posts/new       the form for a new post
//   POST /staffing/posts/new       AddPost; 303 to /staffing?done=added#posts
//   GET  /staffing/posts/{id}      the post's form with its version hidden,
//        the form to end it, and its history; an ended post shows what it
//        was, and its history, without forms
//   POST /staffing/posts/{id}      UpdatePost; 303 to /staffing?done=changed#posts
//   POST /staffing/posts/{id}/end  EndPost, with `version` and the
//        confirmation box `confirm`=yes; 303 to /staffing?done=ended#posts
//   The post routes are for team leads and administrators.
//   kInvalidArgument (and a form the page itself cannot read: hours that
//   are not a number, an unknown profession or band, the end not
//   confirmed) re-renders the form (422) with the NHS error summary, each
//   error beside its field and what was typed. kConflict is a 409 page
//   saying someone else changed the post first, showing the latest
//   version's values to start again from; kFailedPrecondition (the post
//   has ended) is 409 with the service's message. A missing or malformed
//   version is a 400 page; kNotFound the 404 page.
// Changes are audited by the service, not here.
//
// The form's fields are named as the service names its errors: user_id,
// organisation_id, team_id, neighbourhood_id ("" the team's own,
// kLocalityWide, or an id), profession, band ("" none), hours_per_week,
// safeguarding_lead, development_support ("yes" when ticked); the end
// form's `confirm`. Element ids are the field names, except the end form's
// ("end-confirm"). The page functions render without I/O, for tests.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "http/request.h"
#include "services/staffing_service.h"
#include "web/layout.h"

namespace lw::web {

// "37.5", "0.5", "3": at most two decimal places, without trailing zeros.
std::string ShortNumber(double value);

struct StaffingPageView {
  StaffingOverview overview;
  std::string done;  // ?done=: a success banner
};
Page StaffingPage(const StaffingPageView& view);

// The form for a new post (`post` empty) or a post's page.
struct StaffPostPageView {
  StaffingChoices choices;
  RoleNames role_names;               // the locality's titles, for the profession list
  std::optional<StaffPostView> post;  // the stored post; none for a new one
  std::vector<StaffPostVersion> history;
  std::string csrf_token;
  // A refused form: what was typed (when `typed_form` is set) and why.
  bool typed_form = false;
  http::Form typed;
  bool end_failed = false;         // the end form was the one refused
  std::vector<FieldError> errors;  // named as the form fields
  std::string problem;             // a refusal that names no field
  int status = 200;
};
Page StaffPostPage(const StaffPostPageView& view);

}  // namespace lw::web

// The public "Introduce yourself" journey: anyone, without signing in,
// introduces themselves (or someone they care about, with their
// knowledge) to Living Well, one step at a time, without JavaScript and
// without server-side state (web/introduce_answers.h has the steps and how
// the answers travel).
//
// Routes (RegisterIntroducePages, web/page_support.h), all public:
//   GET  /introduce          the start page: what Living Well is, what
//                            happens next (the locality's target days), who
//                            the introduction is for. Sets the pre-session
//                            lw_csrf cookie on a first visit, as /sign-in does.
//   POST /introduce/<step>   start, about, story, contact, equality, check:
//                            checks every step before <step> (the domain's
//                            rules, ValidateNewIntroduction, plus the
//                            journey's own) and shows the first one
//                            with a problem (422, NHS error summary, each
//                            message beside its field), else <step> (200).
//                            The check page carries a new one-time
//                            submission_key.
//   POST /introduce/send     the same checks, then
//                            FrontDoorService::SubmitPublic: 200 with the
//                            reference; the same form again (double click,
//                            refresh) shows the same reference; the
//                            per-address limit -> 429 page with other ways
//                            to get in touch; other service errors -> their
//                            error page.
//   GET  /introduce/<any>    303 to /introduce (the steps are POST only).
//   GET  /privacy            the privacy notice.
// The pipeline checks csrf_token against the lw_csrf cookie on every POST.
//
// Every page shows the locality's crisis text near the top. A filled-in
// honeypot (kHoneypotField) is an error on the page, shown with the box
// made visible so a person whose browser filled it can empty it; nothing
// is stored. Nothing on any page says anything about records already held.
//
// Files: introduce_answers.h (the answers and steps), introduce_steps.cc
// (the step pages), introduce_check.cc (the check page), this file's .cc
// (routes, handlers and the other pages).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "domain/frontdoor/introduction.h"
#include "domain/org/organisation.h"
#include "web/introduce_answers.h"
#include "web/layout.h"
#include "web/web.h"

namespace lw::web {

// Everything a step page shows. Not owned: the caller keeps it alive
// while the page is built.
struct IntroduceView {
  IntroduceStep step = IntroduceStep::kStart;  // kStart .. kCheck
  const IntroduceAnswers& answers;
  std::span<const FieldError> errors = {};  // this step's problems (domain field names)
  std::span<const Neighbourhood> neighbourhoods = {};
  std::string_view csrf_token = {};
  const SiteOptions& site;
  int target_days = 14;
  // The check page: the answers as they will be stored (normalised by the
  // domain), and the form's new one-time key.
  const Introduction* normalised = nullptr;
  std::string_view submission_key = {};
};

// The page for view.step; status 422 when there are errors.
Page IntroduceStepPage(const IntroduceView& view);

// After sending: the reference in a panel, what happens next.
Page IntroductionSentPage(std::string_view reference, bool for_someone_else,
                          const SiteOptions& site, int target_days);

// Too many introductions from this address (429): other ways to get in
// touch, and a button that takes the answers back to the check page.
Page IntroduceTooOftenPage(const IntroduceAnswers& answers, std::string_view csrf_token,
                           const SiteOptions& site);

Page PrivacyPage(const SiteOptions& site);

// The crisis callout every page of the journey shows near its top.
void CrisisCallout(Html& h, const SiteOptions& site);

}  // namespace lw::web

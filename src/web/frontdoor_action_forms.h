// The small POST forms on an introduction's page (frontdoor_pages.h), one
// per action its state allows, and "Is this someone we know?".
//
// Contract: each form posts to /front-door/{id}/<action> with the CSRF
// token and the version shown. Element ids are "<action>-<field>", so the
// same field name can appear in two forms; `ErrorTarget` turns a
// service's FieldError into the id the error summary links to ("" when the
// form has no such field: the message is then listed without a link). The
// form named by `view.failed` shows `view.typed` and its errors; the
// others show the introduction's current values.
#pragma once

#include <string>

#include "web/frontdoor_pages.h"
#include "web/html.h"

namespace lw::web::frontdoor {

std::string ErrorTarget(FrontDoorAction action, std::string_view field);

// Assign, contact attempt, booking, not held, held, close: those the
// state allows. Nothing for a closed introduction.
void ActionForms(Html& h, const IntroductionView& view);

// The linked record, or the offered matches with "This is them" and
// "None of these".
void MatchSection(Html& h, const IntroductionView& view);

}  // namespace lw::web::frontdoor

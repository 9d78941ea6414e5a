// The JSON codec of /api/v1/introductions: introductions and matches as
// JSON, and JSON bodies and list queries read into the service's inputs.
//
// Private to api/: it includes Boost.JSON, so only introductions_api.cc
// and its test include it.
//
// Contract:
//  - Writing (`IntroductionJson`, `MatchJson`) is total: every field of the
//    value, enum values as their stable keys (vocabulary.h), dates as
//    "YYYY-MM-DD", instants as UTC ("2026-05-28T09:00:00.000000Z"), absent
//    optional parts as null. Text is copied as stored ("<script>" stays
//    "<script>"; JSON escaping is the serializer's).
//  - Reading (`Read...`) never fails outright: it fills what it can and
//    returns one FieldError per member that is unknown ("Unknown field"),
//    of the wrong JSON type, or (dates) not shaped "YYYY-MM-DD". A member
//    that is absent or null is "not given": its default (empty, false).
//    Whether the values are acceptable is the service's to say: dates are
//    handed on as their day, month and year text, so "2026-02-31" gets the
//    same message as on the pages.
//  - `ApiFieldName` renames the few domain field names that differ from
//    the JSON members ("equality_<question>" -> "equality.<question>").
//
// Thread-safety: pure functions.
#pragma once

#include <boost/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/frontdoor/introduction.h"
#include "domain/frontdoor/new_introduction.h"
#include "http/request.h"
#include "services/frontdoor_service.h"

namespace lw::api {

// How an introduction is shown.
struct IntroductionView {
  Timestamp now;             // for days_waiting and past_target
  FrontDoorPolicy policy;    // the target in days
  bool whole = true;         // false: as its introducer sees it (ForIntroducer)
  bool with_waiting = true;  // false: leave out the waiting fields (old versions)
};

// Every field of `in`, plus (when view.with_waiting):
//   days_waiting  calendar days waited (to the conversation, the closing,
//                 or now); null in the introducer's view once it is no
//                 longer waiting, as they cannot see when it was held;
//   waiting_days  days from received to the conversation held; null until
//                 held, and always null in the introducer's view;
//   past_target   still waiting beyond the locality's target;
//   next_step     "Make contact", "Try again", ...; null when closed and
//                 in the introducer's view (it is the team's work).
// and `view`: "whole" or "introducer".
boost::json::object IntroductionJson(const Introduction& in, const IntroductionView& view);

// A record offered as the person: person_id, names, date_of_birth,
// postcode, nhs_number, kind ("same-nhs-number", "likely",
// "conflicting-nhs-number"), score and reasons.
boost::json::object MatchJson(const MatchOffer& match);
std::string_view MatchKindKey(MatchKind kind);

// A new introduction: the members of IntroductionDraft that a caller may
// set (not made_by_user_id, received_at or privacy_agreed, which the
// service sets), `date_of_birth` as "YYYY-MM-DD", and `submission_key`.
std::vector<FieldError> ReadIntroductionDraft(const boost::json::object& body,
                                              IntroductionDraft& draft,
                                              std::string& submission_key);
// {method, outcome_note}: a contact attempt, or a conversation not held.
std::vector<FieldError> ReadAttempt(const boost::json::object& body, AttemptInput& input);
// {date: "YYYY-MM-DD", time, place, with_user_id, where_detail}.
std::vector<FieldError> ReadBooking(const boost::json::object& body, BookingInput& input);
// {what_matters, whats_going_on, strengths, what_would_help, in_your_corner,
//  safety_concern, raised_to_huddle, safety_agreed}.
std::vector<FieldError> ReadConversation(const boost::json::object& body, ConversationInput& input);
// {ending, ending_note, keyworker_user_id}.
std::vector<FieldError> ReadClosing(const boost::json::object& body, ClosingInput& input);
// One text member named `name` (assigned_user_id, person_id); an empty
// `name` reads none, so any member at all is unknown.
std::vector<FieldError> ReadOneText(const boost::json::object& body, std::string_view name,
                                    std::string& value);

// The list's query: team, neighbourhood (ids), include_closed (true|false),
// sort (oldest|newest|source|state|assigned), page, page_size (whole
// numbers; their ranges are the service's). Unknown or repeated
// parameters and values of the wrong shape are field errors.
std::vector<FieldError> ReadListQuery(const http::Form& query, FrontDoorQuery& out);

std::string ApiFieldName(std::string_view domain_field);
// `error` with its field errors renamed by ApiFieldName.
Error ForApi(Error error);

}  // namespace lw::api

// The JSON codec of the Living Well team's API (team_api*.cc): the team's
// records as JSON, and JSON bodies read into TeamService's inputs.
//
// Private to api/: it includes Boost.JSON, so only team_api*.cc and its
// test include it.
//
// Contract:
//  - Writing (`...Json`) is total: every field of the value, vocabulary
//    values as their stable keys (ContactModeKey, IntensityKey ...), dates
//    as "YYYY-MM-DD", instants as UTC ("2026-05-28T09:00:00.000000Z"),
//    absent optional parts as null. Text is copied as stored.
//  - Reading (`Read...`) returns the input, or every FieldError found: a
//    member unknown ("Unknown field"), of the wrong JSON type, a date or
//    instant of the wrong shape, a required date missing, or a vocabulary
//    key not known. Errors are named as the domain names the same fields
//    ("started_on", "keyworker_user_id", "people", "corner_0_name"), so
//    the reader's and the service's problems read alike. A member absent
//    or null is "not given" (empty, false, the default), except where a
//    reader says otherwise. Whether values are acceptable is the
//    service's to say.
//
// Thread-safety: pure functions.
#pragma once

#include <boost/json.hpp>

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "services/team_service.h"

namespace lw::api {

// --- Writing.
boost::json::object PersonJson(const Person& person);
// The fuller details, flat, as PUT .../details takes them, with person_id
// and version.
boost::json::object DetailsJson(const PersonDetailsRecord& record);
boost::json::object EpisodeJson(const Episode& episode);
boost::json::object ContactJson(const Contact& contact);
boost::json::object ConcernJson(const Concern& concern);
boost::json::object DecisionJson(const TeamDecision& decision);
boost::json::object BreakGlassJson(const BreakGlass& grant);
boost::json::object RecordJson(const PersonRecordView& view);
boost::json::object HuddleJson(const HuddleView& view);
boost::json::object CaseloadJson(const CaseloadView& view);
boost::json::object TeamCaseloadJson(const TeamCaseloadView& view);

// --- Reading.
template <typename T>
using Read = std::expected<T, std::vector<FieldError>>;

struct DetailsInput {
  PersonDetails details;
  std::string reason;
};
// Every member of DetailsJson but person_id and version (which may be sent
// back and are ignored), and `reason`.
Read<DetailsInput> ReadDetails(const boost::json::object& body);

// {person_id, keyworker_user_id, started_on, planned_end_on?, intensity?,
//  introduction_id?}.
Read<OpenEpisodeRequest> ReadOpenEpisode(const boost::json::object& body);

struct KeyworkerInput {
  std::string user_id;
  Date from;
  std::string reason;
};
// {user_id, from, reason?}; errors on user_id are named keyworker_user_id.
Read<KeyworkerInput> ReadKeyworker(const boost::json::object& body);

struct ReviewInput {
  Date on;
  std::string note;
};
Read<ReviewInput> ReadReview(const boost::json::object& body);  // {on, note?}

// {planned_end_on}: a date, or null to remove it; the member is required.
Read<std::optional<Date>> ReadPlannedEnding(const boost::json::object& body);
Read<Intensity> ReadIntensity(const boost::json::object& body);  // {intensity}

// {reason, persons_words?, moving_on_to?, other_reason?, ended_on}.
Read<EpisodeEnd> ReadEnding(const boost::json::object& body);

// {occurred_at, duration_minutes, staff: [{user_id, organisation_id}],
//  people: [{person_id, episode_id?, attendance}], mode, place?,
//  group_session_name?, note?}. Problems inside staff or people entries
// are named "staff" or "people", as the domain names them.
Read<Contact> ReadContact(const boost::json::object& body);

struct ConcernInput {
  std::string person_id;
  std::string text;
};
Read<ConcernInput> ReadConcern(const boost::json::object& body);  // {person_id, text}

// {about: {kind, id}, person_id?, what, who_does_it, by_when,
//  present: [user ids], huddle_on}. Problems inside `about` are named
// "about".
Read<TeamDecisionDraft> ReadDecision(const boost::json::object& body);

struct RescheduleInput {
  Date by_when;
  std::string reason;
};
Read<RescheduleInput> ReadReschedule(const boost::json::object& body);  // {by_when, reason}

// A body of one text member, `name` (how, outcome, reason, note).
Read<std::string> ReadText(const boost::json::object& body, std::string_view name);

}  // namespace lw::api

// Reading JSON bodies into TeamService's inputs (team_json.h); the fuller
// details are read in details_json_read.cc.
#include <array>
#include <utility>

#include "api/json_reader.h"
#include "api/team_json.h"

namespace lw::api {
namespace {

namespace json = boost::json;

template <typename T>
Read<T> Done(JsonReader& r, T value) {
  auto errors = r.Finish();
  if (!errors.empty()) return std::unexpected(std::move(errors));
  return value;
}

// Only for messages: the vocabulary has no list of its own.
constexpr std::array<Intensity, 3> kIntensities = {Intensity::kLight, Intensity::kRegular,
                                                   Intensity::kIntensive};

std::string IntensityKeys() { return KeysOf(kIntensities, IntensityKey); }

void ReadStaff(JsonReader& r, std::vector<ContactStaff>& out) {
  const json::array* staff = r.Array("staff", "staff, each {user_id, organisation_id}");
  if (staff == nullptr) return;
  for (const json::value& item : *staff) {
    const json::object* o = item.if_object();
    if (o == nullptr) {
      r.AddNamed("staff", "Each member of staff must be {user_id, organisation_id}");
      continue;
    }
    JsonReader each(*o, {}, "staff");
    ContactStaff s;
    each.Text("user_id", s.user_id);
    each.Text("organisation_id", s.organisation_id);
    for (FieldError& e : each.Finish()) r.AddNamed(std::move(e.field), std::move(e.message));
    out.push_back(std::move(s));
  }
}

void ReadPeople(JsonReader& r, std::vector<ContactPerson>& out) {
  const json::array* people = r.Array("people", "people, each {person_id, episode_id, attendance}");
  if (people == nullptr) return;
  for (const json::value& item : *people) {
    const json::object* o = item.if_object();
    if (o == nullptr) {
      r.AddNamed("people", "Each person must be {person_id, episode_id, attendance}");
      continue;
    }
    JsonReader each(*o, {}, "people");
    ContactPerson p;
    std::optional<Attendance> attendance;
    each.Text("person_id", p.person_id);
    each.Text("episode_id", p.episode_id);
    each.Key("attendance", attendance, ParseAttendance,
             "Attendance must be one of " + KeysOf(kAllAttendances, AttendanceKey));
    const bool given = each.Given("attendance");
    auto errors = each.Finish();
    if (!given) {
      errors.push_back({"people", "Give each person's attendance: one of " +
                                      KeysOf(kAllAttendances, AttendanceKey)});
    }
    for (FieldError& e : errors) r.AddNamed(std::move(e.field), std::move(e.message));
    p.attendance = attendance.value_or(Attendance::kAttended);
    out.push_back(std::move(p));
  }
}

}  // namespace

Read<OpenEpisodeRequest> ReadOpenEpisode(const json::object& body) {
  JsonReader r(body);
  std::string person_id, keyworker, introduction_id;
  std::optional<Date> started_on, planned_end_on;
  std::optional<Intensity> intensity;
  r.Text("person_id", person_id);
  r.Text("keyworker_user_id", keyworker);
  r.RequiredDay("started_on", started_on, "The start date");
  r.Day("planned_end_on", planned_end_on, "The planned end date");
  r.Key("intensity", intensity, ParseIntensity, "Intensity must be one of " + IntensityKeys());
  r.Text("introduction_id", introduction_id);
  if (!started_on) started_on = Date::InLondon(Timestamp{});  // reported by Finish
  return Done(r, OpenEpisodeRequest{.person_id = std::move(person_id),
                                    .keyworker_user_id = std::move(keyworker),
                                    .started_on = *started_on,
                                    .planned_end_on = planned_end_on,
                                    .intensity = intensity.value_or(Intensity::kRegular),
                                    .introduction_id = std::move(introduction_id)});
}

Read<KeyworkerInput> ReadKeyworker(const json::object& body) {
  JsonReader r(body);
  std::string user_id, reason;
  std::optional<Date> from;
  r.Text("user_id", user_id);
  r.RequiredDay("from", from, "The date they take over");
  r.Text("reason", reason);
  auto errors = r.Finish();
  for (FieldError& e : errors) {
    if (e.field == "user_id") e.field = "keyworker_user_id";
  }
  if (!errors.empty()) return std::unexpected(std::move(errors));
  return KeyworkerInput{.user_id = std::move(user_id), .from = *from, .reason = std::move(reason)};
}

Read<ReviewInput> ReadReview(const json::object& body) {
  JsonReader r(body);
  std::optional<Date> on;
  std::string note;
  r.RequiredDay("on", on, "The review date");
  r.Text("note", note);
  if (!on) on = Date::InLondon(Timestamp{});  // reported by Finish
  return Done(r, ReviewInput{.on = *on, .note = std::move(note)});
}

Read<std::optional<Date>> ReadPlannedEnding(const json::object& body) {
  JsonReader r(body);
  std::optional<Date> planned;
  if (!r.Present("planned_end_on")) {
    r.Add("planned_end_on", "Enter the planned end date as YYYY-MM-DD, or null to remove it");
  }
  r.Day("planned_end_on", planned, "The planned end date");
  return Done(r, planned);
}

Read<Intensity> ReadIntensity(const json::object& body) {
  JsonReader r(body);
  std::optional<Intensity> intensity;
  r.Key("intensity", intensity, ParseIntensity, "Intensity must be one of " + IntensityKeys());
  if (!r.Given("intensity")) r.Add("intensity", "Choose the intensity: one of " + IntensityKeys());
  return Done(r, intensity.value_or(Intensity::kRegular));
}

Read<EpisodeEnd> ReadEnding(const json::object& body) {
  JsonReader r(body);
  std::optional<EpisodeEnding> reason;
  std::optional<Date> ended_on;
  std::string words, moving_on_to, other;
  const std::string keys = KeysOf(kAllEpisodeEndings, EpisodeEndingKey);
  r.Key("reason", reason, ParseEpisodeEnding, "The reason must be one of " + keys);
  if (!r.Given("reason")) {
    r.Add("reason", "Choose why support ended: one of " + keys);
  }
  r.Text("persons_words", words);
  r.Text("moving_on_to", moving_on_to);
  r.Text("other_reason", other);
  r.RequiredDay("ended_on", ended_on, "The end date");
  if (!ended_on) ended_on = Date::InLondon(Timestamp{});  // reported by Finish
  return Done(r, EpisodeEnd{.reason = reason.value_or(EpisodeEnding::kCompleted),
                            .persons_words = std::move(words),
                            .moving_on_to = std::move(moving_on_to),
                            .other_reason = std::move(other),
                            .ended_on = *ended_on});
}

Read<Contact> ReadContact(const json::object& body) {
  JsonReader r(body);
  Contact c;
  std::optional<ContactMode> mode;
  std::optional<ContactPlace> place;
  r.Instant("occurred_at", c.occurred_at, "When it happened");
  r.WholeNumber("duration_minutes", c.duration_minutes);
  ReadStaff(r, c.staff);
  ReadPeople(r, c.people);
  const std::string modes = KeysOf(kAllContactModes, ContactModeKey);
  r.Key("mode", mode, ParseContactMode, "How it happened must be one of " + modes);
  if (!r.Given("mode")) {
    r.Add("mode", "Select how the contact happened: one of " + modes);
  }
  r.Key("place", place, ParseContactPlace,
        "Where it happened must be one of " + KeysOf(kAllContactPlaces, ContactPlaceKey));
  r.Text("group_session_name", c.group_session_name);
  r.Text("note", c.note);
  c.mode = mode.value_or(ContactMode::kFaceToFace);
  c.place = place;
  return Done(r, std::move(c));
}

Read<ConcernInput> ReadConcern(const json::object& body) {
  JsonReader r(body);
  ConcernInput input;
  r.Text("person_id", input.person_id);
  r.Text("text", input.text);
  return Done(r, std::move(input));
}

Read<TeamDecisionDraft> ReadDecision(const json::object& body) {
  JsonReader r(body);
  DecisionSubject about;
  if (const json::object* o = r.Object("about", "{kind, id}")) {
    JsonReader inner(*o, {}, "about");
    std::optional<DecisionSubjectKind> kind;
    const std::string kinds = KeysOf(kAllDecisionSubjectKinds, DecisionSubjectKindKey);
    inner.Key("kind", kind, ParseDecisionSubjectKind, "What it is about must be one of " + kinds);
    inner.Text("id", about.id);
    auto errors = inner.Finish();
    if (!kind && errors.empty()) r.AddNamed("about", "Say what kind it is about: one of " + kinds);
    for (FieldError& e : errors) r.AddNamed(std::move(e.field), std::move(e.message));
    about.kind = kind.value_or(DecisionSubjectKind::kPerson);
  } else if (!r.Given("about")) {
    r.Add("about", "Say what the decision is about: {kind, id}");
  }
  std::string person_id, what, who;
  std::vector<std::string> present;
  std::optional<Date> by_when, huddle_on;
  r.Text("person_id", person_id);
  r.Text("what", what);
  r.Text("who_does_it", who);
  r.RequiredDay("by_when", by_when, "By when");
  r.TextList("present", present);
  r.RequiredDay("huddle_on", huddle_on, "The day of the huddle");
  const Date placeholder = Date::InLondon(Timestamp{});  // only when Finish reports errors
  return Done(r, TeamDecisionDraft{.huddle_on = huddle_on.value_or(placeholder),
                                   .about = std::move(about),
                                   .person_id = std::move(person_id),
                                   .what = std::move(what),
                                   .who_does_it = std::move(who),
                                   .by_when = by_when.value_or(placeholder),
                                   .present = std::move(present)});
}

Read<RescheduleInput> ReadReschedule(const json::object& body) {
  JsonReader r(body);
  std::optional<Date> by_when;
  std::string reason;
  r.RequiredDay("by_when", by_when, "The new date");
  r.Text("reason", reason);
  if (!by_when) by_when = Date::InLondon(Timestamp{});  // reported by Finish
  return Done(r, RescheduleInput{.by_when = *by_when, .reason = std::move(reason)});
}

Read<std::string> ReadText(const json::object& body, std::string_view name) {
  JsonReader r(body);
  std::string text;
  r.Text(name, text);
  return Done(r, std::move(text));
}

}  // namespace lw::api

#include "api/introduction_json.h"

#include <charconv>
#include <set>

#include "base/dates.h"
#include "base/ids.h"

namespace lw::api {
namespace {

namespace json = boost::json;

json::value OrNull(const std::optional<Timestamp>& t) {
  return t ? json::value(FormatUtcIso(*t)) : json::value(nullptr);
}

json::value OrNull(const std::optional<Date>& d) {
  return d ? json::value(d->ToIso()) : json::value(nullptr);
}

json::value OrNull(std::string_view s) { return s.empty() ? json::value(nullptr) : json::value(s); }

json::object AttemptJson(const ContactAttempt& a) {
  return {{"at", FormatUtcIso(a.at)},
          {"method", ContactMethodKey(a.method)},
          {"by_user_id", a.by_user_id},
          {"outcome_note", a.outcome_note}};
}

json::object BookingJson(const ConversationBooking& b) {
  return {{"when", FormatUtcIso(b.when)},
          {"place", ConversationPlaceKey(b.place)},
          {"with_user_id", b.with_user_id},
          {"where_detail", b.where_detail}};
}

json::object ConversationJson(const InitialConversation& c) {
  return {{"held_at", FormatUtcIso(c.held_at)},
          {"with_user_id", c.with_user_id},
          {"what_matters", c.what_matters},
          {"whats_going_on", c.whats_going_on},
          {"strengths", c.strengths},
          {"what_would_help", c.what_would_help},
          {"in_your_corner", c.in_your_corner},
          {"safety_concern", c.safety_concern},
          {"raised_to_huddle", c.raised_to_huddle},
          {"safety_agreed", c.safety_agreed}};
}

bool StillWaiting(const Introduction& in) {
  return in.state == IntroductionState::kOpen || in.state == IntroductionState::kConversationBooked;
}

void AddWaiting(const Introduction& in, const IntroductionView& view, json::object& o) {
  if (view.whole) {
    o["days_waiting"] = DaysWaiting(in, view.now);
    auto held = WaitingDays(in);
    o["waiting_days"] = held ? json::value(*held) : json::value(nullptr);
    o["past_target"] = PastTarget(in, view.now, view.policy);
    o["next_step"] = OrNull(NextStep(in));
    return;
  }
  // The introducer's view has no conversation: only while still waiting
  // do the figures not depend on when it was held.
  const bool waiting = StillWaiting(in);
  o["days_waiting"] = waiting ? json::value(DaysWaiting(in, view.now)) : json::value(nullptr);
  o["waiting_days"] = nullptr;
  o["past_target"] = waiting && PastTarget(in, view.now, view.policy);
  o["next_step"] = nullptr;
}

// Reads members of one JSON object by name and type. Each member read is
// marked; `Finish` reports every member nobody asked for.
class Reader {
 public:
  explicit Reader(const json::object& body) : body_(body) {}

  void Text(std::string_view key, std::string& out) {
    const json::value* v = Take(key);
    if (v == nullptr) return;
    if (const json::string* s = v->if_string()) {
      out.assign(s->data(), s->size());
    } else {
      Add(key, "Must be text (a JSON string)");
    }
  }

  void Flag(std::string_view key, bool& out) {
    const json::value* v = Take(key);
    if (v == nullptr) return;
    if (const bool* b = v->if_bool()) {
      out = *b;
    } else {
      Add(key, "Must be true or false");
    }
  }

  void TextList(std::string_view key, std::vector<std::string>& out) {
    const json::value* v = Take(key);
    if (v == nullptr) return;
    const json::array* a = v->if_array();
    bool ok = a != nullptr;
    if (ok) {
      for (const json::value& item : *a) ok = ok && item.is_string();
    }
    if (!ok) {
      Add(key, "Must be a list of text");
      return;
    }
    out.clear();
    for (const json::value& item : *a) out.emplace_back(item.get_string());
  }

  // An object of text (or null: unanswered) values.
  void TextMap(std::string_view key, std::map<std::string, std::string, std::less<>>& out) {
    const json::value* v = Take(key);
    if (v == nullptr) return;
    const json::object* o = v->if_object();
    if (o == nullptr) {
      Add(key, "Must be an object of question to answer");
      return;
    }
    out.clear();
    for (const auto& [q, answer] : *o) {
      if (answer.is_null()) {
        out[std::string(q)] = "";
      } else if (const json::string* s = answer.if_string()) {
        out[std::string(q)] = std::string(*s);
      } else {
        Add(std::string(key) + "." + std::string(q), "Must be text (a JSON string)");
      }
    }
  }

  // "YYYY-MM-DD" into its parts, as text; the parts' meaning is checked by
  // whoever reads them, as for the three boxes of a form.
  void IsoDate(std::string_view key, std::string& day, std::string& month, std::string& year,
               std::string_view label) {
    std::string text;
    const std::size_t before = errors_.size();
    Text(key, text);
    if (errors_.size() != before || text.empty()) return;
    bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
    for (std::size_t i = 0; shaped && i < text.size(); ++i) {
      shaped = i == 4 || i == 7 || (text[i] >= '0' && text[i] <= '9');
    }
    if (!shaped) {
      Add(key, std::string(label) + " must be a date like 2026-03-09 (YYYY-MM-DD)");
      return;
    }
    year = text.substr(0, 4);
    month = text.substr(5, 2);
    day = text.substr(8, 2);
  }

  std::vector<FieldError> Finish() {
    for (const auto& [key, value] : body_) {
      if (!taken_.contains(std::string_view(key))) Add(key, "Unknown field");
    }
    return std::move(errors_);
  }

 private:
  // The member, or null when absent or null (not given).
  const json::value* Take(std::string_view key) {
    taken_.insert(key);
    const json::value* v = body_.if_contains(key);
    return v == nullptr || v->is_null() ? nullptr : v;
  }
  void Add(std::string_view field, std::string message) {
    errors_.push_back({std::string(field), std::move(message)});
  }

  const json::object& body_;
  std::set<std::string_view, std::less<>> taken_;
  std::vector<FieldError> errors_;
};

std::optional<IntroductionOrder> ParseOrder(std::string_view key) {
  if (key == "oldest") return IntroductionOrder::kOldestFirst;
  if (key == "newest") return IntroductionOrder::kNewestFirst;
  if (key == "source") return IntroductionOrder::kSource;
  if (key == "state") return IntroductionOrder::kState;
  if (key == "assigned") return IntroductionOrder::kAssigned;
  return std::nullopt;
}

std::optional<int> ParseWholeNumber(std::string_view s) {
  int n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return n;
}

}  // namespace

json::object IntroductionJson(const Introduction& in, const IntroductionView& view) {
  json::array methods;
  for (ContactMethod m : in.contact.methods) methods.emplace_back(ContactMethodKey(m));
  json::object equality;
  for (const auto& [q, a] : in.equality.answers) equality[q] = a;
  json::array attempts;
  for (const ContactAttempt& a : in.attempts) attempts.emplace_back(AttemptJson(a));

  json::object o;
  o["id"] = in.id;
  o["version"] = in.version;
  o["reference"] = in.reference;
  o["source"] = IntroductionSourceKey(in.source);
  o["made_by_user_id"] = in.made_by_user_id;
  o["introducer_name"] = in.introducer_name;
  o["introducer_relationship"] = in.introducer_relationship;
  o["introducer_organisation"] = in.introducer_organisation;
  o["person_knows"] = in.person_knows;
  o["received_at"] = FormatUtcIso(in.received_at);
  o["given_name"] = in.given_name;
  o["family_name"] = in.family_name;
  o["preferred_name"] = in.preferred_name;
  o["date_of_birth"] = OrNull(in.date_of_birth);
  o["postcode"] = in.postcode;
  o["nhs_number"] = in.nhs_number;
  o["contact_methods"] = std::move(methods);
  o["phone"] = in.contact.phone;
  o["email"] = in.contact.email;
  o["may_leave_message"] = in.contact.may_leave_message;
  o["safe_times"] = in.contact.safe_times;
  o["in_their_words"] = in.in_their_words;
  o["help_wanted"] = in.help_wanted;
  o["equality"] = std::move(equality);
  o["privacy_agreed"] = in.privacy_agreed;
  o["team_id"] = in.team_id;
  o["assigned_user_id"] = in.assigned_user_id;
  o["person_id"] = in.person_id;
  o["state"] = IntroductionStateKey(in.state);
  o["attempts"] = std::move(attempts);
  o["booking"] = in.booking ? json::value(BookingJson(*in.booking)) : json::value(nullptr);
  o["conversation"] =
      in.conversation ? json::value(ConversationJson(*in.conversation)) : json::value(nullptr);
  o["ending"] = in.ending ? json::value(EndingKey(*in.ending)) : json::value(nullptr);
  o["ending_note"] = in.ending_note;
  o["closed_at"] = OrNull(in.closed_at);
  o["view"] = view.whole ? "whole" : "introducer";
  if (view.with_waiting) AddWaiting(in, view, o);
  return o;
}

std::string_view MatchKindKey(MatchKind kind) {
  switch (kind) {
    case MatchKind::kSameNhsNumber:
      return "same-nhs-number";
    case MatchKind::kLikely:
      return "likely";
    case MatchKind::kConflictingNhsNumber:
      return "conflicting-nhs-number";
  }
  return "likely";
}

json::object MatchJson(const MatchOffer& m) {
  json::array reasons;
  for (const std::string& r : m.reasons) reasons.emplace_back(r);
  return {{"person_id", m.person.id},
          {"given_name", m.person.given_name},
          {"family_name", m.person.family_name},
          {"preferred_name", m.person.preferred_name},
          {"date_of_birth", OrNull(m.person.date_of_birth)},
          {"postcode", m.person.postcode},
          {"nhs_number", m.person.nhs_number},
          {"kind", MatchKindKey(m.kind)},
          {"score", m.score},
          {"reasons", std::move(reasons)}};
}

std::vector<FieldError> ReadIntroductionDraft(const json::object& body, IntroductionDraft& d,
                                              std::string& submission_key) {
  Reader r(body);
  r.Text("source", d.source);
  r.Text("introducer_name", d.introducer_name);
  r.Text("introducer_relationship", d.introducer_relationship);
  r.Text("introducer_organisation", d.introducer_organisation);
  r.Flag("person_knows", d.person_knows);
  r.Text("given_name", d.given_name);
  r.Text("family_name", d.family_name);
  r.Text("preferred_name", d.preferred_name);
  r.IsoDate("date_of_birth", d.date_of_birth_day, d.date_of_birth_month, d.date_of_birth_year,
            "Date of birth");
  r.Text("postcode", d.postcode);
  r.Text("nhs_number", d.nhs_number);
  r.TextList("contact_methods", d.contact_methods);
  r.Text("phone", d.phone);
  r.Text("email", d.email);
  r.Flag("may_leave_message", d.may_leave_message);
  r.Text("safe_times", d.safe_times);
  r.Text("in_their_words", d.in_their_words);
  r.Text("help_wanted", d.help_wanted);
  r.TextMap("equality", d.equality);
  r.Text("team_id", d.team_id);
  r.Text("submission_key", submission_key);
  return r.Finish();
}

std::vector<FieldError> ReadAttempt(const json::object& body, AttemptInput& input) {
  Reader r(body);
  r.Text("method", input.method);
  r.Text("outcome_note", input.outcome_note);
  return r.Finish();
}

std::vector<FieldError> ReadBooking(const json::object& body, BookingInput& input) {
  Reader r(body);
  r.IsoDate("date", input.day, input.month, input.year, "Date");
  r.Text("time", input.time);
  r.Text("place", input.place);
  r.Text("with_user_id", input.with_user_id);
  r.Text("where_detail", input.where_detail);
  return r.Finish();
}

std::vector<FieldError> ReadConversation(const json::object& body, ConversationInput& input) {
  Reader r(body);
  r.Text("what_matters", input.what_matters);
  r.Text("whats_going_on", input.whats_going_on);
  r.Text("strengths", input.strengths);
  r.Text("what_would_help", input.what_would_help);
  r.Text("in_your_corner", input.in_your_corner);
  r.Text("safety_concern", input.safety_concern);
  r.Flag("raised_to_huddle", input.raised_to_huddle);
  r.Text("safety_agreed", input.safety_agreed);
  return r.Finish();
}

std::vector<FieldError> ReadClosing(const json::object& body, ClosingInput& input) {
  Reader r(body);
  r.Text("ending", input.ending);
  r.Text("ending_note", input.note);
  r.Text("keyworker_user_id", input.keyworker_user_id);
  return r.Finish();
}

std::vector<FieldError> ReadOneText(const json::object& body, std::string_view name,
                                    std::string& value) {
  Reader r(body);
  if (!name.empty()) r.Text(name, value);
  return r.Finish();
}

std::vector<FieldError> ReadListQuery(const http::Form& query, FrontDoorQuery& out) {
  std::vector<FieldError> errors;
  std::set<std::string, std::less<>> seen;
  for (const auto& [name, value] : query.fields()) {
    if (!seen.insert(name).second) {
      errors.push_back({name, "Give this parameter once"});
      continue;
    }
    if (name == "team" || name == "neighbourhood") {
      if (!value.empty() && !IsValidId(value)) {
        errors.push_back({name, name == "team" ? "Team must be a team's id"
                                               : "Neighbourhood must be a neighbourhood's id"});
      } else {
        (name == "team" ? out.team_id : out.neighbourhood_id) = value;
      }
    } else if (name == "include_closed") {
      if (value == "true" || value == "false") {
        out.include_closed = value == "true";
      } else {
        errors.push_back({name, "Include closed must be true or false"});
      }
    } else if (name == "sort") {
      if (auto order = ParseOrder(value)) {
        out.order = *order;
      } else {
        errors.push_back({name, "Sort must be one of oldest, newest, source, state, assigned"});
      }
    } else if (name == "page" || name == "page_size") {
      auto n = ParseWholeNumber(value);
      if (!n) {
        errors.push_back({name, name == "page" ? "Page must be a whole number"
                                               : "Page size must be a whole number"});
      } else {
        (name == "page" ? out.page : out.page_size) = *n;
      }
    } else {
      errors.push_back({name, "Unknown parameter"});
    }
  }
  return errors;
}

std::string ApiFieldName(std::string_view field) {
  constexpr std::string_view kEquality = "equality_";
  if (field.starts_with(kEquality)) {
    return "equality." + std::string(field.substr(kEquality.size()));
  }
  return std::string(field);
}

Error ForApi(Error error) {
  for (FieldError& f : error.field_errors) f.field = ApiFieldName(f.field);
  return error;
}

}  // namespace lw::api

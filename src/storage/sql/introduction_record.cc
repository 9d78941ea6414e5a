#include "storage/sql/introduction_record.h"

#include <boost/json.hpp>

namespace lw::sql {
namespace {

namespace json = boost::json;

// --- Encoding.

json::value Time(Timestamp t) { return ToUnixMicros(t); }

json::object Attempt(const ContactAttempt& a) {
  return {{"at", Time(a.at)},
          {"method", ContactMethodKey(a.method)},
          {"by", a.by_user_id},
          {"note", a.outcome_note}};
}

json::value Booking(const std::optional<ConversationBooking>& b) {
  if (!b) return nullptr;
  return json::object{{"when", Time(b->when)},
                      {"place", ConversationPlaceKey(b->place)},
                      {"with", b->with_user_id},
                      {"where", b->where_detail}};
}

json::value Conversation(const std::optional<InitialConversation>& c) {
  if (!c) return nullptr;
  return json::object{{"held_at", Time(c->held_at)},
                      {"with", c->with_user_id},
                      {"what_matters", c->what_matters},
                      {"whats_going_on", c->whats_going_on},
                      {"strengths", c->strengths},
                      {"what_would_help", c->what_would_help},
                      {"in_your_corner", c->in_your_corner},
                      {"safety_concern", c->safety_concern},
                      {"raised_to_huddle", c->raised_to_huddle},
                      {"safety_agreed", c->safety_agreed}};
}

// --- Decoding: each Read* fails with a message naming the member.

struct Reader {
  const json::object& o;
  std::string problem;

  const json::value* Member(std::string_view key) {
    const json::value* v = o.if_contains(key);
    if (v == nullptr && problem.empty()) problem = "missing '" + std::string(key) + "'";
    return v;
  }
  std::string Text(std::string_view key) {
    const json::value* v = Member(key);
    if (v == nullptr) return {};
    if (!v->is_string()) return Bad(key), std::string();
    return std::string(v->get_string());
  }
  bool Bool(std::string_view key) {
    const json::value* v = Member(key);
    if (v == nullptr) return false;
    if (!v->is_bool()) return Bad(key), false;
    return v->get_bool();
  }
  std::int64_t Int(std::string_view key) {
    const json::value* v = Member(key);
    if (v == nullptr) return 0;
    if (!v->is_int64()) return Bad(key), 0;
    return v->get_int64();
  }
  Timestamp Time(std::string_view key) { return FromUnixMicros(Int(key)); }
  const json::object* Object(std::string_view key) {  // null for JSON null
    const json::value* v = Member(key);
    if (v == nullptr || v->is_null()) return nullptr;
    if (!v->is_object()) return Bad(key), nullptr;
    return &v->get_object();
  }
  const json::array* Array(std::string_view key) {
    const json::value* v = Member(key);
    if (v == nullptr) return nullptr;
    if (!v->is_array()) return Bad(key), nullptr;
    return &v->get_array();
  }
  template <typename E, typename Parse>
  E Enum(std::string_view key, Parse parse) {
    std::string k = Text(key);
    auto parsed = parse(k);
    if (!parsed) {
      if (problem.empty()) problem = "unknown " + std::string(key) + " '" + k + "'";
      return E{};
    }
    return *parsed;
  }
  void Bad(std::string_view key) {
    if (problem.empty()) problem = "'" + std::string(key) + "' has the wrong type";
  }
};

}  // namespace

std::string EncodeIntroduction(const Introduction& in) {
  json::array methods;
  for (ContactMethod m : in.contact.methods) methods.emplace_back(ContactMethodKey(m));
  json::array attempts;
  for (const ContactAttempt& a : in.attempts) attempts.emplace_back(Attempt(a));
  json::object equality;
  for (const auto& [question, answer] : in.equality.answers) equality[question] = answer;
  json::object o{
      {"id", in.id},
      {"version", in.version},
      {"reference", in.reference},
      {"source", IntroductionSourceKey(in.source)},
      {"made_by", in.made_by_user_id},
      {"introducer_name", in.introducer_name},
      {"introducer_relationship", in.introducer_relationship},
      {"introducer_organisation", in.introducer_organisation},
      {"person_knows", in.person_knows},
      {"received_at", Time(in.received_at)},
      {"given_name", in.given_name},
      {"family_name", in.family_name},
      {"preferred_name", in.preferred_name},
      {"date_of_birth", in.date_of_birth ? json::value(in.date_of_birth->ToIso()) : nullptr},
      {"postcode", in.postcode},
      {"nhs_number", in.nhs_number},
      {"contact", json::object{{"methods", std::move(methods)},
                               {"phone", in.contact.phone},
                               {"email", in.contact.email},
                               {"may_leave_message", in.contact.may_leave_message},
                               {"safe_times", in.contact.safe_times}}},
      {"in_their_words", in.in_their_words},
      {"help_wanted", in.help_wanted},
      {"equality", std::move(equality)},
      {"privacy_agreed", in.privacy_agreed},
      {"team_id", in.team_id},
      {"assigned_user_id", in.assigned_user_id},
      {"person_id", in.person_id},
      {"state", IntroductionStateKey(in.state)},
      {"attempts", std::move(attempts)},
      {"booking", Booking(in.booking)},
      {"conversation", Conversation(in.conversation)},
      {"ending", in.ending ? json::value(EndingKey(*in.ending)) : nullptr},
      {"ending_note", in.ending_note},
      {"closed_at", in.closed_at ? Time(*in.closed_at) : nullptr},
  };
  return json::serialize(o);
}

Result<Introduction> DecodeIntroduction(std::string_view text) {
  auto unreadable = [](const std::string& why) {
    return Fail(ErrorCode::kInternal,
                "stored introduction cannot be read by this version of livingwell: " + why);
  };
  boost::system::error_code ec;
  json::value root = json::parse(text, ec);
  if (ec || !root.is_object()) return unreadable("not a JSON object");
  Reader r{root.get_object(), {}};
  Introduction in;
  in.id = r.Text("id");
  in.version = r.Int("version");
  in.reference = r.Text("reference");
  in.source = r.Enum<IntroductionSource>("source", ParseIntroductionSource);
  in.made_by_user_id = r.Text("made_by");
  in.introducer_name = r.Text("introducer_name");
  in.introducer_relationship = r.Text("introducer_relationship");
  in.introducer_organisation = r.Text("introducer_organisation");
  in.person_knows = r.Bool("person_knows");
  in.received_at = r.Time("received_at");
  in.given_name = r.Text("given_name");
  in.family_name = r.Text("family_name");
  in.preferred_name = r.Text("preferred_name");
  if (const json::value* dob = r.Member("date_of_birth"); dob != nullptr && !dob->is_null()) {
    auto date = dob->is_string() ? Date::Parse(dob->get_string()) : Fail(ErrorCode::kInternal, "");
    if (!date) return unreadable("bad date_of_birth");
    in.date_of_birth = *date;
  }
  in.postcode = r.Text("postcode");
  in.nhs_number = r.Text("nhs_number");
  if (const json::object* c = r.Object("contact")) {
    Reader cr{*c, {}};
    if (const json::array* methods = cr.Array("methods")) {
      for (const json::value& m : *methods) {
        auto method = m.is_string() ? ParseContactMethod(m.get_string()) : std::nullopt;
        if (!method) return unreadable("unknown contact method");
        in.contact.methods.push_back(*method);
      }
    }
    in.contact.phone = cr.Text("phone");
    in.contact.email = cr.Text("email");
    in.contact.may_leave_message = cr.Bool("may_leave_message");
    in.contact.safe_times = cr.Text("safe_times");
    if (!cr.problem.empty()) return unreadable("contact: " + cr.problem);
  }
  in.in_their_words = r.Text("in_their_words");
  in.help_wanted = r.Text("help_wanted");
  if (const json::object* e = r.Object("equality")) {
    for (const auto& [question, answer] : *e) {
      if (!answer.is_string()) return unreadable("equality answer is not text");
      in.equality.answers.emplace(std::string(question), std::string(answer.get_string()));
    }
  }
  in.privacy_agreed = r.Bool("privacy_agreed");
  in.team_id = r.Text("team_id");
  in.assigned_user_id = r.Text("assigned_user_id");
  in.person_id = r.Text("person_id");
  in.state = r.Enum<IntroductionState>("state", ParseIntroductionState);
  if (const json::array* attempts = r.Array("attempts")) {
    for (const json::value& a : *attempts) {
      if (!a.is_object()) return unreadable("an attempt is not an object");
      Reader ar{a.get_object(), {}};
      ContactAttempt attempt{.at = ar.Time("at"),
                             .method = ar.Enum<ContactMethod>("method", ParseContactMethod),
                             .by_user_id = ar.Text("by"),
                             .outcome_note = ar.Text("note")};
      if (!ar.problem.empty()) return unreadable("attempt: " + ar.problem);
      in.attempts.push_back(std::move(attempt));
    }
  }
  if (const json::object* b = r.Object("booking")) {
    Reader br{*b, {}};
    in.booking =
        ConversationBooking{.when = br.Time("when"),
                            .place = br.Enum<ConversationPlace>("place", ParseConversationPlace),
                            .with_user_id = br.Text("with"),
                            .where_detail = br.Text("where")};
    if (!br.problem.empty()) return unreadable("booking: " + br.problem);
  }
  if (const json::object* c = r.Object("conversation")) {
    Reader cr{*c, {}};
    in.conversation = InitialConversation{.held_at = cr.Time("held_at"),
                                          .with_user_id = cr.Text("with"),
                                          .what_matters = cr.Text("what_matters"),
                                          .whats_going_on = cr.Text("whats_going_on"),
                                          .strengths = cr.Text("strengths"),
                                          .what_would_help = cr.Text("what_would_help"),
                                          .in_your_corner = cr.Text("in_your_corner"),
                                          .safety_concern = cr.Text("safety_concern"),
                                          .raised_to_huddle = cr.Bool("raised_to_huddle"),
                                          .safety_agreed = cr.Text("safety_agreed")};
    if (!cr.problem.empty()) return unreadable("conversation: " + cr.problem);
  }
  if (const json::value* e = r.Member("ending"); e != nullptr && !e->is_null()) {
    auto ending = e->is_string() ? ParseEnding(e->get_string()) : std::nullopt;
    if (!ending) return unreadable("unknown ending");
    in.ending = ending;
  }
  in.ending_note = r.Text("ending_note");
  if (const json::value* c = r.Member("closed_at"); c != nullptr && !c->is_null()) {
    if (!c->is_int64()) return unreadable("closed_at has the wrong type");
    in.closed_at = FromUnixMicros(c->get_int64());
  }
  if (!r.problem.empty()) return unreadable(r.problem);
  return in;
}

}  // namespace lw::sql

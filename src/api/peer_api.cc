// /api/v1/me/lived-experience and /api/v1/people/{id}/peer-mentor: the JSON
// twins of the peer matching pages (web/peer_pages.h), each one
// PeerMatchingService call. Conventions as progress_api.cc: records carry
// their version as the ETag; every change needs If-Match ("0" for a
// profile or wish not recorded yet); bad input is 422 problem+json with
// field errors named as the body's members.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "api/json_reader.h"
#include "api/team_api_internal.h"

namespace lw::api {

namespace {

namespace json = boost::json;
using http::Request;
using http::RequestContext;
using team_api::Add;
using team_api::kTeamAccess;

json::array AreasJson(const std::vector<LivedExperience>& areas) {
  json::array out;
  for (LivedExperience a : areas) out.emplace_back(LivedExperienceKey(a));
  return out;
}

json::value OptInstant(const std::optional<Timestamp>& t) {
  return t ? json::value(FormatLondon(*t)) : json::value(nullptr);
}

json::object ProfileJson(const SharingProfile& p) {
  json::array languages;
  for (const std::string& l : p.languages) languages.emplace_back(l);
  return json::object{{"user_id", p.user_id},
                      {"version", p.version},
                      {"areas", AreasJson(p.areas)},
                      {"languages", std::move(languages)},
                      {"gender", p.gender},
                      {"own_words", p.own_words},
                      {"consent_given_at", FormatLondon(p.consent_given_at)},
                      {"consent_recorded_by", p.consent_recorded_by},
                      {"consent_stands", ConsentStands(p)},
                      {"withdrawn_at", OptInstant(p.withdrawn_at)}};
}

json::object WishJson(const PeerMentorWish& w) {
  json::value choice = nullptr;
  if (w.choice) {
    const PeerChoice& c = *w.choice;
    choice = json::object{{"peer_user_id", c.peer_user_id},
                          {"chosen_by", c.chosen_by},
                          {"chosen_at", FormatLondon(c.chosen_at)},
                          {"together_with_person", c.together_with_person},
                          {"response", ChoiceResponseKey(c.response)},
                          {"responded_at", OptInstant(c.responded_at)},
                          {"response_note", c.response_note}};
  }
  return json::object{{"person_id", w.person_id},
                      {"version", w.version},
                      {"team_id", w.team_id},
                      {"areas", AreasJson(w.areas)},
                      {"language", w.language},
                      {"preferences", w.preferences},
                      {"in_their_words", w.in_their_words},
                      {"recorded_by", w.recorded_by},
                      {"recorded_at", FormatLondon(w.recorded_at)},
                      {"choice", std::move(choice)}};
}

json::object SuggestionJson(const PeerSuggestion& s) {
  json::array reasons;
  for (const std::string& r : s.reasons) reasons.emplace_back(r);
  return json::object{{"user_id", s.user_id},
                      {"name", s.name},
                      {"shared", AreasJson(s.shared)},
                      {"speaks_language", s.speaks_language},
                      {"caseload", s.caseload},
                      {"reasons", std::move(reasons)},
                      {"gender", s.gender},
                      {"own_words", s.own_words}};
}

json::object PeerMentorJson(const PeerMentorView& v) {
  json::array suggestions;
  for (const PeerSuggestion& s : v.suggestions) suggestions.push_back(SuggestionJson(s));
  return json::object{{"person_id", v.person.id},
                      {"wish", v.wish ? json::value(WishJson(*v.wish)) : json::value(nullptr)},
                      {"suggestions", std::move(suggestions)},
                      {"chosen_name", v.chosen_name},
                      {"may_answer", v.may_respond}};
}

void ReadAreas(JsonReader& r, std::vector<LivedExperience>& out) {
  std::vector<std::string> keys;
  r.TextList("areas", keys);
  for (const std::string& k : keys) {
    auto area = ParseLivedExperience(k);
    if (!area) {
      r.AddNamed("areas", "Unknown area '" + k + "'");
      return;
    }
    out.push_back(*area);
  }
}

Result<SharingProfileDraft> ReadProfile(const json::object& body) {
  JsonReader r(body);
  SharingProfileDraft in;
  ReadAreas(r, in.areas);
  r.TextList("languages", in.languages);
  r.Text("gender", in.gender);
  r.Text("own_words", in.own_words);
  r.Flag("consent", in.consent);
  auto errors = r.Finish();
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return in;
}

Result<PeerMentorWishDraft> ReadWish(const json::object& body) {
  JsonReader r(body);
  PeerMentorWishDraft in;
  ReadAreas(r, in.areas);
  r.Text("language", in.language);
  r.Text("preferences", in.preferences);
  r.Text("in_their_words", in.in_their_words);
  auto errors = r.Finish();
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return in;
}

struct ChoiceInput {
  std::string peer_user_id;
  bool together_with_person = false;
};

Result<ChoiceInput> ReadChoice(const json::object& body) {
  JsonReader r(body);
  ChoiceInput in;
  r.Text("peer_user_id", in.peer_user_id);
  r.Flag("together_with_person", in.together_with_person);
  auto errors = r.Finish();
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return in;
}

struct AnswerInput {
  bool accept = false;
  std::string note;
};

Result<AnswerInput> ReadAnswer(const json::object& body) {
  JsonReader r(body);
  AnswerInput in;
  std::string answer;
  r.Text("answer", answer);
  r.Text("note", in.note);
  auto errors = r.Finish();
  if (answer != "accept" && answer != "decline") {
    errors.push_back({"answer", "Use accept or decline"});
  }
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  in.accept = answer == "accept";
  return in;
}

// If-Match, a JSON body read by `read`, one call, the record as it now is.
template <typename ReadFn, typename CallFn, typename RenderFn>
http::Handler Change(long long min_version, ReadFn read, CallFn call, RenderFn render) {
  return [=](const Request& request, RequestContext& ctx) -> http::Response {
    auto version = IfMatch(request, min_version);
    if (!version) return version.error();
    auto body = JsonBody(request, /*empty_is_object=*/true);
    if (!body) return body.error();
    auto in = read(*body);
    if (!in) return ProblemForError(in.error(), request);
    auto changed = call(*ctx.actor, request.Param("id"), *version, std::move(*in));
    if (!changed) return ProblemForError(changed.error(), request);
    return JsonRecord(render(*changed), changed->version);
  };
}

struct NoInput {};
Result<NoInput> ReadNothing(const json::object& body) {
  JsonReader r(body);
  auto errors = r.Finish();
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return NoInput{};
}

}  // namespace

void RegisterPeerApi(http::Router& router, const ApiDeps& deps) {
  PeerMatchingService* p = deps.peers;
  Add(router, "GET", "/me/lived-experience", kTeamAccess,
      [p](const Request& request, RequestContext& ctx) {
        auto mine = p->MyProfile(*ctx.actor);
        if (!mine) return ProblemForError(mine.error(), request);
        json::array requests;
        for (const PeerRequest& r : mine->requests) {
          requests.push_back(json::object{{"person_id", r.person.id},
                                          {"given_name", r.person.given_name},
                                          {"family_name", r.person.family_name},
                                          {"chosen_by_name", r.chosen_by_name},
                                          {"wish_version", r.wish.version}});
        }
        json::object body{{"profile", mine->profile ? json::value(ProfileJson(*mine->profile))
                                                    : json::value(nullptr)},
                          {"requests", std::move(requests)}};
        return JsonRecord(body, mine->profile ? mine->profile->version : 0);
      });
  Add(router, "PUT", "/me/lived-experience", kTeamAccess,
      Change(
          0, ReadProfile,
          [p](const Actor& actor, std::string_view, long long version, SharingProfileDraft in) {
            return p->SaveMyProfile(actor, std::move(in), version);
          },
          ProfileJson));
  Add(router, "POST", "/me/lived-experience/withdraw", kTeamAccess,
      Change(
          1, ReadNothing,
          [p](const Actor& actor, std::string_view, long long version, NoInput) {
            return p->WithdrawMyProfile(actor, version);
          },
          ProfileJson));
  Add(router, "GET", "/people/{id}/peer-mentor", kTeamAccess,
      [p](const Request& request, RequestContext& ctx) {
        auto view = p->PeerMentor(*ctx.actor, request.Param("id"));
        if (!view) return ProblemForError(view.error(), request);
        return JsonRecord(PeerMentorJson(*view), view->wish ? view->wish->version : 0);
      });
  Add(router, "PUT", "/people/{id}/peer-mentor/wish", kTeamAccess,
      Change(
          0, ReadWish,
          [p](const Actor& actor, std::string_view id, long long version, PeerMentorWishDraft in) {
            return p->RecordWish(actor, id, std::move(in), version);
          },
          WishJson));
  Add(router, "POST", "/people/{id}/peer-mentor/choice", kTeamAccess,
      Change(
          1, ReadChoice,
          [p](const Actor& actor, std::string_view id, long long version, const ChoiceInput& in) {
            return p->ChoosePeerMentor(actor, id, in.peer_user_id, in.together_with_person,
                                       version);
          },
          WishJson));
  Add(router, "POST", "/people/{id}/peer-mentor/answer", kTeamAccess,
      Change(
          1, ReadAnswer,
          [p](const Actor& actor, std::string_view id, long long version, AnswerInput in) {
            return p->RespondToChoice(actor, id, in.accept, std::move(in.note), version);
          },
          WishJson));
}

}  // namespace lw::api

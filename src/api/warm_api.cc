// The JSON twins of the warm-introduction pages (web/warm_pages.cc), over
// the same WarmIntroductions calls, so the same access rules, checks and
// audit. A partner's own systems read and answer the introductions to their
// services with an API token (docs/api.md).
//
//   GET  /api/v1/people/{id}/warm-introductions   the team side: a person's
//   POST /api/v1/people/{id}/warm-introductions   make one
//   GET  /api/v1/warm-introductions               a partner's
//   GET  /api/v1/warm-introductions/{id}          one, as the reader's side sees it
//   POST /api/v1/warm-introductions/{id}/steps    If-Match: in touch, met, ...
//   PUT  /api/v1/warm-introductions/{id}/person-view  If-Match: their view
#include <boost/json.hpp>

#include <string>
#include <utility>
#include <vector>

#include "api/api.h"
#include "api/json_reader.h"
#include "api/json_route.h"
#include "domain/access/role.h"
#include "domain/frontdoor/vocabulary.h"
#include "http/router.h"

namespace lw::api {
namespace {

namespace json = boost::json;

json::value Opt(const std::optional<std::string>& s) {
  return s ? json::value(*s) : json::value(nullptr);
}

json::object Shared(const SharedRecord& s) {
  json::object o{{"withdrawn", s.withdrawn}, {"name", s.name}};
  if (s.contact) {
    json::array methods;
    for (ContactMethod m : s.contact->methods) methods.emplace_back(ContactMethodKey(m));
    o["contact"] = json::object{
        {"methods", std::move(methods)},       {"phone", s.contact->phone},
        {"email", s.contact->email},           {"may_leave_message", s.contact->may_leave_message},
        {"safe_times", s.contact->safe_times}, {"safe_contact_notes", s.safe_contact_notes}};
  }
  if (s.address) {
    o["address"] = json::object{{"line_1", s.address->line_1},
                                {"line_2", s.address->line_2},
                                {"town", s.address->town},
                                {"postcode", s.address->postcode}};
  }
  if (s.date_of_birth) o["date_of_birth"] = s.date_of_birth->ToIso();
  if (s.pronouns) {
    json::array langs;
    for (const Language& l : s.languages) langs.emplace_back(l.name);
    o["pronouns"] = *s.pronouns;
    o["languages"] = std::move(langs);
    o["interpreter_needed"] =
        s.interpreter_needed ? json::value(*s.interpreter_needed) : json::value(nullptr);
    o["communication_needs"] = s.communication_needs;
  }
  if (s.my_story) o["my_story"] = Opt(s.my_story);
  if (s.what_matters) o["what_matters"] = Opt(s.what_matters);
  if (s.goals) o["goals"] = Opt(s.goals);
  return o;
}

json::object Encode(const WarmIntroductionView& v) {
  const WarmIntroduction& w = v.introduction;
  const bool service = v.reader == WarmSide::kService;
  json::array steps;
  for (const WarmStep& s : w.steps) {
    steps.push_back(json::object{
        {"state", WarmStateKey(s.to)},
        {"at", FormatUtcIso(s.at)},
        {"side", WarmSideKey(s.side)},
        {"reason", s.reason ? json::value(NotLandedReasonKey(*s.reason)) : json::value(nullptr)},
        {"note", s.note}});
  }
  const bool withdrawn_for_service = service && v.shared && v.shared->withdrawn;
  json::object o{
      {"id", w.id},
      {"version", w.version},
      {"state", WarmStateKey(w.state)},
      {"landed", w.Landed()},
      {"not_landed_in_time", v.not_landed_in_time},
      {"days_since_made", v.days_since_made},
      {"service_id", w.service_id},
      {"service_name", w.service_name},
      {"team_name", v.team_name},
      {"made_by", v.made_by_name},
      {"made_at", FormatUtcIso(w.made_at)},
      {"way", WarmWayKey(w.way)},
      {"joint_on", w.joint_on ? json::value(w.joint_on->ToIso()) : json::value(nullptr)},
      {"note", withdrawn_for_service ? std::string() : w.note},
      {"steps", std::move(steps)},
      {"reminders_sent", w.reminders_sent},
  };
  if (service) {
    if (v.shared) o["shared"] = Shared(*v.shared);
    o["person_name"] = v.person_name;
  } else {
    json::array parts;
    for (SharedPart p : w.consent.parts) parts.emplace_back(SharedPartKey(p));
    o["person_id"] = w.person_id;
    o["person_name"] = v.person_name;
    o["episode_id"] = w.episode_id;
    o["consent"] = json::object{{"parts", std::move(parts)},
                                {"given", ConsentGivenKey(w.consent.given)},
                                {"recorded_at", FormatUtcIso(w.consent.recorded_at)},
                                {"words", w.consent.words}};
    o["person_view"] =
        w.person_view
            ? json::value(json::object{{"feeling", PersonFeelingKey(w.person_view->feeling)},
                                       {"words", w.person_view->words},
                                       {"recorded_at", FormatUtcIso(w.person_view->recorded_at)}})
            : json::value(nullptr);
  }
  return o;
}

json::object List(const std::vector<WarmIntroductionView>& items) {
  json::array out;
  for (const WarmIntroductionView& v : items) out.push_back(Encode(v));
  return json::object{{"items", std::move(out)}};
}

std::string Path(std::string_view rest) { return "/api/v1" + std::string(rest); }

}  // namespace

void RegisterWarmApi(http::Router& router, WarmIntroductions& warm) {
  const RouteAccess care = RouteAccess::Roles(kCareRoles);
  const RouteAccess both =
      RouteAccess::Roles(RoleSet{Role::kFrontDoor, Role::kPractitioner, Role::kPeerWorker,
                                 Role::kTeamLead, Role::kNetworkPartner});
  auto add = [&](std::string method, std::string_view rest, RouteAccess access,
                 http::Handler handler) {
    router.Add(std::move(method), Path(rest), access, std::move(handler), http::RouteKind::kApi);
  };
  WarmIntroductions* w = &warm;

  add("GET", "/people/{id}/warm-introductions", care,
      [w](const http::Request& request, http::RequestContext& ctx) {
        auto items = w->ForPerson(*ctx.actor, request.Param("id"));
        if (!items) return ProblemForError(items.error(), request);
        return JsonOk(List(*items));
      });
  add("POST", "/people/{id}/warm-introductions", care,
      [w](const http::Request& request, http::RequestContext& ctx) {
        auto body = JsonBody(request);
        if (!body) return body.error();
        JsonReader r(*body);
        MakeWarmIntroductionRequest req{.person_id = std::string(request.Param("id"))};
        std::optional<WarmWay> way;
        std::optional<ConsentGiven> given;
        std::vector<std::string> parts;
        r.Text("episode_id", req.episode_id);
        r.Text("service_id", req.service_id);
        r.Key("way", way, ParseWarmWay,
              "How it is made must be one of " + KeysOf(kAllWarmWays, WarmWayKey));
        r.Day("joint_on", req.joint_on, "The date of the call or visit together");
        r.Text("note", req.note);
        r.TextList("shared_parts", parts);
        r.Key("consent_given", given, ParseConsentGiven,
              "How consent was given must be one of " + KeysOf(kAllConsentGiven, ConsentGivenKey));
        r.Text("consent_words", req.consent_words);
        bool consented = false;
        r.Flag("consented", consented);
        for (const std::string& key : parts) {
          if (auto p = ParseSharedPart(key)) {
            req.parts.push_back(*p);
          } else {
            r.Add("shared_parts",
                  "Each part must be one of " + KeysOf(kAllSharedParts, SharedPartKey));
          }
        }
        if (!body->contains("consent_given")) {
          r.Add("consent_given", "Say how they gave their consent");
        }
        if (!consented) {
          r.Add("consented", "Must be true: they have agreed to the introduction and to sharing");
        }
        auto errors = r.Finish();
        if (!errors.empty()) return Invalid(std::move(errors), request);
        req.way = way.value_or(WarmWay::kServiceGetsInTouch);
        req.consent_given = *given;
        auto made = w->Make(*ctx.actor, std::move(req));
        if (!made) return ProblemForError(made.error(), request);
        auto view = w->Get(*ctx.actor, made->id);
        if (!view) return ProblemForError(view.error(), request);
        http::Response response = JsonRecord(Encode(*view), made->version, 201);
        response.SetHeader("Location", Path("/warm-introductions/" + made->id));
        return response;
      });
  add("GET", "/warm-introductions", RouteAccess::Roles(RoleSet{Role::kNetworkPartner}),
      [w](const http::Request& request, http::RequestContext& ctx) {
        auto items = w->ForPartner(*ctx.actor);
        if (!items) return ProblemForError(items.error(), request);
        return JsonOk(List(*items));
      });
  add("GET", "/warm-introductions/{id}", both,
      [w](const http::Request& request, http::RequestContext& ctx) {
        auto view = w->Get(*ctx.actor, request.Param("id"));
        if (!view) return ProblemForError(view.error(), request);
        return JsonRecord(Encode(*view), view->introduction.version);
      });
  add("POST", "/warm-introductions/{id}/steps", both,
      [w](const http::Request& request, http::RequestContext& ctx) {
        auto version = IfMatch(request);
        if (!version) return version.error();
        auto body = JsonBody(request);
        if (!body) return body.error();
        JsonReader r(*body);
        std::optional<WarmState> to;
        std::optional<NotLandedReason> reason;
        WarmStepRequest step;
        r.Key("state", to, ParseWarmState,
              "The state must be one of " + KeysOf(kAllWarmStates, WarmStateKey));
        r.Key("reason", reason, ParseNotLandedReason,
              "The reason must be one of " + KeysOf(kAllNotLandedReasons, NotLandedReasonKey));
        r.Text("note", step.note);
        if (!body->contains("state")) r.Add("state", "Say what has happened");
        auto errors = r.Finish();
        if (!errors.empty()) return Invalid(std::move(errors), request);
        step.to = *to;
        step.reason = reason;
        auto changed = w->RecordStep(*ctx.actor, request.Param("id"), *version, std::move(step));
        if (!changed) return ProblemForError(changed.error(), request);
        auto view = w->Get(*ctx.actor, changed->id);
        if (!view) return ProblemForError(view.error(), request);
        return JsonRecord(Encode(*view), changed->version);
      });
  add("PUT", "/warm-introductions/{id}/person-view", care,
      [w](const http::Request& request, http::RequestContext& ctx) {
        auto version = IfMatch(request);
        if (!version) return version.error();
        auto body = JsonBody(request);
        if (!body) return body.error();
        JsonReader r(*body);
        std::optional<PersonFeeling> feeling;
        std::string words;
        r.Key("feeling", feeling, ParsePersonFeeling,
              "The feeling must be one of " + KeysOf(kAllPersonFeelings, PersonFeelingKey));
        r.Text("words", words);
        if (!body->contains("feeling")) r.Add("feeling", "Say how they feel it went");
        auto errors = r.Finish();
        if (!errors.empty()) return Invalid(std::move(errors), request);
        auto changed = w->RecordPersonView(*ctx.actor, request.Param("id"), *version, *feeling,
                                           std::move(words));
        if (!changed) return ProblemForError(changed.error(), request);
        auto view = w->Get(*ctx.actor, changed->id);
        if (!view) return ProblemForError(view.error(), request);
        return JsonRecord(Encode(*view), changed->version);
      });
}

}  // namespace lw::api

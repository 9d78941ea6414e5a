// /api/v1/people/{id}/goals, .../wheel, .../questionnaires, .../progress and
// /api/v1/instruments: the JSON twins of the progress pages
// (web/progress_pages.h), each one ProgressService call. Conventions as
// team_api_record.cc: records carry their version as the ETag; changes to a
// goal need If-Match; bad input is 422 problem+json with field errors named
// as the body's members (an answer by its item's id).
#include <algorithm>
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
using team_api::Created;
using team_api::kTeamAccess;
using team_api::Path;

json::value PointsJson(const std::optional<Points>& p) {
  if (!p) return nullptr;
  if (p->IsWhole()) return p->hundredths / 100;
  return p->ToDouble();
}

json::object GoalJson(const Goal& g) {
  json::array ratings;
  for (const GoalRating& r : g.ratings) {
    ratings.push_back(json::object{{"on", r.on.ToIso()},
                                   {"rating", r.rating},
                                   {"entered_by", EnteredByKey(r.entered_by)},
                                   {"note", r.note ? json::value(*r.note) : json::value(nullptr)}});
  }
  return json::object{{"id", g.id},
                      {"version", g.version},
                      {"person_id", g.person_id},
                      {"team_id", g.team_id},
                      {"text", g.text},
                      {"life_area", g.life_area},
                      {"set_on", g.set_on.ToIso()},
                      {"status", GoalStatusKey(g.status)},
                      {"status_note", g.status_note},
                      {"ratings", std::move(ratings)}};
}

json::object CheckInJson(const WheelCheckIn& c) {
  json::array ratings;
  for (const AreaRating& r : c.ratings) {
    ratings.push_back(json::object{{"area", r.area}, {"rating", r.rating}});
  }
  return json::object{{"id", c.id},
                      {"version", c.version},
                      {"person_id", c.person_id},
                      {"on", c.on.ToIso()},
                      {"entered_by", EnteredByKey(c.entered_by)},
                      {"ratings", std::move(ratings)},
                      {"note", c.note}};
}

json::object ResponseJson(const QuestionnaireResponse& r) {
  json::array answers;
  for (const ResponseAnswer& a : r.answers) {
    answers.push_back(json::object{
        {"item", a.item_id}, {"value", a.value ? json::value(*a.value) : json::value(nullptr)}});
  }
  return json::object{{"id", r.id},
                      {"version", r.version},
                      {"person_id", r.person_id},
                      {"instrument", r.instrument_id},
                      {"instrument_version", r.instrument_version},
                      {"occasion", OccasionKey(r.occasion)},
                      {"entered_by", EnteredByKey(r.entered_by)},
                      {"on", r.on.ToIso()},
                      {"recorded_at", FormatLondon(r.recorded_at)},
                      {"answers", std::move(answers)},
                      {"status", ScoreStatusKey(r.status)},
                      {"raw", PointsJson(r.raw)},
                      {"score", PointsJson(r.score)},
                      {"why", r.why}};
}

json::object InstrumentSummaryJson(const Instrument& i) {
  const InstrumentDefinition& d = i.definition();
  return json::object{{"id", d.id},
                      {"name", d.name},
                      {"version", d.version},
                      {"items", d.items.size()},
                      {"placeholder_wording", d.placeholder_wording}};
}

json::array OptionsJson(const std::vector<ResponseOption>& options) {
  json::array out;
  for (const ResponseOption& o : options) {
    out.push_back(json::object{{"value", o.value}, {"label", o.label}});
  }
  return out;
}

json::object InstrumentJson(const Instrument& i) {
  const InstrumentDefinition& d = i.definition();
  json::object o = InstrumentSummaryJson(i);
  o["licence"] = d.licence;
  o["snomed"] = d.snomed;
  o["higher_is"] = PolarityKey(d.polarity);
  json::array reverse;
  for (const std::string& r : d.reverse_items) reverse.push_back(json::value(r));
  o["scoring"] =
      json::object{{"rule", ScoringRuleKey(d.rule)},     {"missing", MissingRuleKey(d.missing)},
                   {"max_missing", d.max_missing},       {"decimals", d.decimals},
                   {"min", PointsJson(d.min_score)},     {"max", PointsJson(d.max_score)},
                   {"reverse_items", std::move(reverse)}};
  json::object change{{"reliable_change", PointsJson(d.reliable_change)}};
  if (d.cut_off) {
    change["cut_off"] = PointsJson(d.cut_off->value);
    change["clinical"] = ClinicalSideKey(d.cut_off->clinical);
  }
  o["change"] = std::move(change);
  json::array items;
  for (std::size_t n = 0; n < d.items.size(); ++n) {
    items.push_back(json::object{{"id", d.items[n].id},
                                 {"text", d.items[n].text},
                                 {"scored", d.items[n].scored},
                                 {"options", OptionsJson(i.OptionsFor(n))}});
  }
  o["items"] = std::move(items);
  return o;
}

json::value RuleJson(const ChangeRule& rule) {
  json::object o{{"higher_is", PolarityKey(rule.polarity)},
                 {"reliable_change", PointsJson(rule.reliable_change)}};
  if (rule.cut_off) {
    o["cut_off"] = PointsJson(rule.cut_off->value);
    o["clinical"] = ClinicalSideKey(rule.cut_off->clinical);
  }
  return o;
}

json::value ChangeJson(const std::optional<ChangeClassification>& c) {
  if (!c) return nullptr;
  return json::object{{"baseline", PointsJson(c->baseline)},
                      {"latest", PointsJson(c->latest)},
                      {"change", PointsJson(c->change)},
                      {"direction", DirectionKey(c->direction)},
                      {"reliability", ReliabilityKey(c->reliability)},
                      {"outcome", ChangeOutcomeKey(c->outcome())},
                      {"in_words", ChangeInWords(*c)}};
}

json::object ProgressJson(const ProgressView& p) {
  json::array measures;
  for (const MeasureProgress& m : p.measures) {
    json::array series;
    for (const ScorePoint& s : m.series) {
      series.push_back(json::object{{"on", s.on.ToIso()},
                                    {"score", PointsJson(s.score)},
                                    {"response", s.response_id},
                                    {"occasion", OccasionKey(s.occasion)}});
    }
    json::object o{{"instrument", m.instrument_id},
                   {"item", m.item_id.empty() ? json::value(nullptr) : json::value(m.item_id)},
                   {"name", m.name},
                   {"rule", RuleJson(m.rule)},
                   {"series", std::move(series)},
                   {"not_scored", m.not_scored},
                   {"change", ChangeJson(m.change)}};
    if (m.pair) {
      o["first"] = json::object{{"on", m.pair->baseline.on.ToIso()},
                                {"score", PointsJson(m.pair->baseline.score)}};
      o["latest"] = json::object{{"on", m.pair->follow_up.on.ToIso()},
                                 {"score", PointsJson(m.pair->follow_up.score)}};
    }
    measures.push_back(std::move(o));
  }
  json::array goals;
  for (std::size_t i = 0; i < p.goals.size() && i < p.goals_progress.goals.size(); ++i) {
    const GoalProgress& g = p.goals_progress.goals[i];
    auto rating = [](const std::optional<GoalRating>& r) -> json::value {
      if (!r) return nullptr;
      return json::object{{"on", r->on.ToIso()}, {"rating", r->rating}};
    };
    goals.push_back(json::object{{"goal", g.goal_id},
                                 {"text", p.goals[i].text},
                                 {"status", GoalStatusKey(p.goals[i].status)},
                                 {"first", rating(g.first)},
                                 {"latest", rating(g.latest)},
                                 {"change", ChangeJson(g.change)}});
  }
  const ProgressSummary& s = p.goals_progress.summary;
  json::array check_ins;
  for (const WheelCheckIn& c : p.check_ins) check_ins.push_back(CheckInJson(c));
  return json::object{{"person_id", p.person.id},
                      {"measures", std::move(measures)},
                      {"goals", json::object{{"rule", RuleJson(p.goals_progress.rule)},
                                             {"items", std::move(goals)},
                                             {"paired", s.paired},
                                             {"better", s.better},
                                             {"reliably_better", s.reliably_better},
                                             {"reliably_worse", s.reliably_worse}}},
                      {"wheel", std::move(check_ins)}};
}

template <typename E, typename Parse>
void RequiredKey(JsonReader& r, std::string_view key, std::optional<E>& out, Parse parse,
                 std::string message) {
  r.Key(key, out, parse, message);
  if (!out && !r.Given(key)) r.Add(key, std::move(message));
}

Result<SetGoalRequest> ReadGoal(const json::object& body) {
  JsonReader r(body);
  SetGoalRequest in;
  r.Text("text", in.text);
  r.Text("life_area", in.life_area);
  r.Day("set_on", in.set_on, "The date it was set");
  if (r.Given("first_rating")) {
    int rating = 0;
    r.WholeNumber("first_rating", rating);
    in.first_rating = rating;
  }
  std::optional<EnteredBy> by;
  RequiredKey(r, "entered_by", by, ParseEnteredBy, "Use together, person or practitioner");
  in.entered_by = by.value_or(EnteredBy::kTogether);
  auto errors = r.Finish();
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return in;
}

Result<GoalRating> ReadRating(const json::object& body, Date today) {
  JsonReader r(body);
  GoalRating in{.on = today};
  if (!r.Given("rating")) r.Add("rating", "Give a rating from 0 to 10");
  r.WholeNumber("rating", in.rating);
  std::optional<Date> on;
  r.Day("on", on, "The date of the rating");
  in.on = on.value_or(today);
  std::optional<EnteredBy> by;
  RequiredKey(r, "entered_by", by, ParseEnteredBy, "Use together, person or practitioner");
  in.entered_by = by.value_or(EnteredBy::kTogether);
  if (r.Given("note")) {
    std::string note;
    r.Text("note", note);
    in.note = note;
  }
  auto errors = r.Finish();
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return in;
}

struct StatusInput {
  GoalStatus status = GoalStatus::kActive;
  std::string note;
};

Result<StatusInput> ReadStatus(const json::object& body) {
  JsonReader r(body);
  StatusInput in;
  std::optional<GoalStatus> status;
  RequiredKey(r, "status", status, ParseGoalStatus, "Use achieved, set-aside or carried-forward");
  in.status = status.value_or(GoalStatus::kActive);
  r.Text("note", in.note);
  auto errors = r.Finish();
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return in;
}

Result<CheckInRequest> ReadCheckIn(const json::object& body) {
  JsonReader r(body);
  CheckInRequest in;
  r.Day("on", in.on, "The date of the check-in");
  std::optional<EnteredBy> by;
  RequiredKey(r, "entered_by", by, ParseEnteredBy, "Use together, person or practitioner");
  in.entered_by = by.value_or(EnteredBy::kTogether);
  r.Text("note", in.note);
  if (const json::array* a = r.Array("ratings", "a list of {area, rating}")) {
    for (const json::value& v : *a) {
      const json::object* o = v.if_object();
      if (o == nullptr || !o->contains("area") || !(*o).at("area").is_string() ||
          !o->contains("rating") || !(*o).at("rating").is_int64()) {
        r.AddNamed("ratings", "Each rating is {\"area\": key, \"rating\": 1 to 10}");
        break;
      }
      in.ratings.push_back({.area = std::string(o->at("area").get_string()),
                            .rating = static_cast<int>(std::clamp<std::int64_t>(
                                o->at("rating").get_int64(), -1000, 1000))});
    }
  }
  auto errors = r.Finish();
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return in;
}

Result<ResponseRequest> ReadResponse(const json::object& body) {
  JsonReader r(body);
  ResponseRequest in;
  r.Text("instrument", in.instrument_id);
  if (in.instrument_id.empty()) r.Add("instrument", "Give the questionnaire's id");
  std::optional<Occasion> occasion;
  RequiredKey(r, "occasion", occasion, ParseOccasion, "Use baseline, review, end or ad-hoc");
  in.occasion = occasion.value_or(Occasion::kAdHoc);
  std::optional<EnteredBy> by;
  RequiredKey(r, "entered_by", by, ParseEnteredBy, "Use together, person or practitioner");
  in.entered_by = by.value_or(EnteredBy::kTogether);
  r.Day("on", in.on, "The date it was given");
  if (const json::array* a = r.Array("answers", "a list of {item, value}")) {
    for (const json::value& v : *a) {
      const json::object* o = v.if_object();
      if (o == nullptr || !o->contains("item") || !o->at("item").is_string()) {
        r.AddNamed("answers", "Each answer is {\"item\": id, \"value\": a number or null}");
        break;
      }
      std::string item(o->at("item").get_string());
      const json::value* value = o->if_contains("value");
      if (value == nullptr || value->is_null()) {
        in.answers[item] = std::nullopt;
      } else if (value->is_int64() && value->get_int64() >= -1'000'000 &&
                 value->get_int64() <= 1'000'000) {
        in.answers[item] = static_cast<int>(value->get_int64());
      } else {
        r.AddNamed(item, "Must be a whole number or null");
      }
    }
  } else if (!r.Given("answers")) {
    r.Add("answers", "Give the answers, item by item");
  }
  auto errors = r.Finish();
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return in;
}

}  // namespace

void RegisterProgressApi(http::Router& router, const ApiDeps& deps) {
  ProgressService* p = deps.progress;
  static const SystemClock kSystemClock;
  const Clock* clock = deps.clock != nullptr ? deps.clock : &kSystemClock;

  Add(router, "GET", "/people/{id}/goals", kTeamAccess,
      [p](const Request& request, RequestContext& ctx) {
        auto goals = p->Goals(*ctx.actor, request.Param("id"));
        if (!goals) return ProblemForError(goals.error(), request);
        json::array items;
        for (const Goal& g : goals->goals) items.push_back(GoalJson(g));
        return JsonOk(json::object{{"items", std::move(items)}});
      });

  Add(router, "POST", "/people/{id}/goals", kTeamAccess,
      [p](const Request& request, RequestContext& ctx) {
        auto body = JsonBody(request);
        if (!body) return body.error();
        auto in = ReadGoal(*body);
        if (!in) return ProblemForError(in.error(), request);
        auto goal = p->SetGoal(*ctx.actor, request.Param("id"), std::move(*in));
        if (!goal) return ProblemForError(goal.error(), request);
        return Created(GoalJson(*goal), goal->version,
                       Path("/people/" + goal->person_id + "/goals/" + goal->id));
      });

  Add(router, "GET", "/people/{id}/goals/{gid}", kTeamAccess,
      [p](const Request& request, RequestContext& ctx) {
        auto goal = p->GetGoal(*ctx.actor, request.Param("id"), request.Param("gid"));
        if (!goal) return ProblemForError(goal.error(), request);
        return JsonRecord(GoalJson(goal->goal), goal->goal.version);
      });

  Add(router, "POST", "/people/{id}/goals/{gid}/ratings", kTeamAccess,
      [p, clock](const Request& request, RequestContext& ctx) {
        auto version = IfMatch(request);
        if (!version) return version.error();
        auto body = JsonBody(request);
        if (!body) return body.error();
        auto in = ReadRating(*body, Date::InLondon(clock->Now()));
        if (!in) return ProblemForError(in.error(), request);
        auto goal = p->RateGoal(*ctx.actor, request.Param("id"), request.Param("gid"), *version,
                                std::move(*in));
        if (!goal) return ProblemForError(goal.error(), request);
        return JsonRecord(GoalJson(*goal), goal->version);
      });

  Add(router, "PUT", "/people/{id}/goals/{gid}/status", kTeamAccess,
      [p](const Request& request, RequestContext& ctx) {
        auto version = IfMatch(request);
        if (!version) return version.error();
        auto body = JsonBody(request);
        if (!body) return body.error();
        auto in = ReadStatus(*body);
        if (!in) return ProblemForError(in.error(), request);
        auto goal = p->ChangeGoalStatus(*ctx.actor, request.Param("id"), request.Param("gid"),
                                        *version, in->status, std::move(in->note));
        if (!goal) return ProblemForError(goal.error(), request);
        return JsonRecord(GoalJson(*goal), goal->version);
      });

  Add(router, "GET", "/people/{id}/wheel", kTeamAccess,
      [p](const Request& request, RequestContext& ctx) {
        auto wheel = p->CheckIns(*ctx.actor, request.Param("id"));
        if (!wheel) return ProblemForError(wheel.error(), request);
        json::array areas;
        for (const LifeArea& a : p->settings().life_areas) {
          areas.push_back(json::object{{"key", a.key}, {"name", a.name}});
        }
        json::array items;
        for (const WheelCheckIn& c : wheel->check_ins) items.push_back(CheckInJson(c));
        return JsonOk(json::object{{"life_areas", std::move(areas)}, {"items", std::move(items)}});
      });

  Add(router, "POST", "/people/{id}/wheel", kTeamAccess,
      [p](const Request& request, RequestContext& ctx) {
        auto body = JsonBody(request);
        if (!body) return body.error();
        auto in = ReadCheckIn(*body);
        if (!in) return ProblemForError(in.error(), request);
        auto made = p->RecordCheckIn(*ctx.actor, request.Param("id"), std::move(*in));
        if (!made) return ProblemForError(made.error(), request);
        return Created(CheckInJson(*made), made->version,
                       Path("/people/" + made->person_id + "/wheel"));
      });

  Add(router, "GET", "/instruments", kTeamAccess, [p](const Request&, RequestContext&) {
    json::array items;
    for (const Instrument& i : p->Instruments()) items.push_back(InstrumentSummaryJson(i));
    return JsonOk(json::object{{"items", std::move(items)}});
  });

  Add(router, "GET", "/instruments/{id}", kTeamAccess,
      [p](const Request& request, RequestContext&) {
        const Instrument* i = p->FindInstrument(request.Param("id"));
        if (i == nullptr)
          return ProblemForError(Error::NotFound("No questionnaire found"), request);
        return JsonOk(InstrumentJson(*i));
      });

  Add(router, "GET", "/people/{id}/questionnaires", kTeamAccess,
      [p](const Request& request, RequestContext& ctx) {
        auto rs = p->Responses(*ctx.actor, request.Param("id"));
        if (!rs) return ProblemForError(rs.error(), request);
        json::array items;
        for (const QuestionnaireResponse& r : rs->responses) items.push_back(ResponseJson(r));
        return JsonOk(json::object{{"items", std::move(items)}});
      });

  Add(router, "POST", "/people/{id}/questionnaires", kTeamAccess,
      [p](const Request& request, RequestContext& ctx) {
        auto body = JsonBody(request);
        if (!body) return body.error();
        auto in = ReadResponse(*body);
        if (!in) return ProblemForError(in.error(), request);
        auto made = p->RecordResponse(*ctx.actor, request.Param("id"), std::move(*in));
        if (!made) return ProblemForError(made.error(), request);
        return Created(ResponseJson(*made), made->version,
                       Path("/people/" + made->person_id + "/questionnaires/" + made->id));
      });

  Add(router, "GET", "/people/{id}/questionnaires/{rid}", kTeamAccess,
      [p](const Request& request, RequestContext& ctx) {
        auto r = p->Response(*ctx.actor, request.Param("id"), request.Param("rid"));
        if (!r) return ProblemForError(r.error(), request);
        return JsonRecord(ResponseJson(r->response), r->response.version);
      });

  Add(router, "GET", "/people/{id}/progress", kTeamAccess,
      [p](const Request& request, RequestContext& ctx) {
        auto progress = p->Progress(*ctx.actor, request.Param("id"));
        if (!progress) return ProblemForError(progress.error(), request);
        return JsonOk(ProgressJson(*progress));
      });
}

}  // namespace lw::api

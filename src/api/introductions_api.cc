// /api/v1/introductions: the JSON twin of the front-door pages. Each route
// reads its input (introduction_json.h), calls one FrontDoorService
// function (which checks access, writes the audit entries and applies the
// lifecycle's rules), and renders the result. docs/api.md describes them.
#include <boost/json.hpp>

#include <expected>
#include <functional>
#include <optional>

#include "api/api.h"
#include "api/introduction_json.h"
#include "api/json_route.h"
#include "domain/access/policy.h"
#include "domain/access/role.h"

namespace lw::api {
namespace {

namespace json = boost::json;
using http::Request;
using http::RequestContext;
using http::Response;

constexpr std::string_view kBase = "/api/v1/introductions";

// Those who make introductions: the care roles and network partners. The
// service decides which introductions each may see.
constexpr RoleSet kIntroducerRoles = {Role::kFrontDoor, Role::kPractitioner, Role::kPeerWorker,
                                      Role::kTeamLead, Role::kNetworkPartner};

struct Context {
  FrontDoorService* frontdoor;
  const Clock* clock;

  IntroductionView View(const Actor& actor, bool with_waiting = true) const {
    return {.now = clock->Now(),
            .policy = frontdoor->options().policy,
            .whole = SeesWholeIntroduction(actor),
            .with_waiting = with_waiting};
  }
  Response One(const Introduction& in, const Actor& actor, int status = 200) const {
    Response r = JsonOk(IntroductionJson(in, View(actor)), status);
    r.SetHeader("ETag", ETag(in.version));
    return r;
  }
};

// A change to an introduction: reads its input from the body and calls
// the service with the version If-Match named.
using ChangeFn = std::function<Result<Introduction>(
    FrontDoorService&, const Actor&, std::string_view id, long long version, const json::object&)>;

std::unexpected<Error> Invalid(std::vector<FieldError> errors) {
  return std::unexpected(Error::Invalid("There is a problem", std::move(errors)));
}

// POST /api/v1/introductions/{id}/<action>: If-Match, a JSON body, the
// change; 200 with the introduction as it now is and its new ETag.
void AddChange(http::Router& router, const Context& c, std::string_view action, ChangeFn change,
               bool empty_body = false) {
  router.Add(
      "POST", std::string(kBase) + "/{id}/" + std::string(action), RouteAccess::Roles(kCareRoles),
      [c, change = std::move(change), empty_body](const Request& request, RequestContext& ctx) {
        auto version = IfMatch(request);
        if (!version) return version.error();
        auto body = JsonBody(request, empty_body);
        if (!body) return body.error();
        auto changed = change(*c.frontdoor, *ctx.actor, request.Param("id"), *version, *body);
        if (!changed) return ProblemForError(ForApi(changed.error()), request);
        return c.One(*changed, *ctx.actor);
      },
      http::RouteKind::kApi);
}

void AddChanges(http::Router& router, const Context& c) {
  AddChange(router, c, "attempts",
            [](FrontDoorService& fd, const Actor& a, std::string_view id, long long v,
               const json::object& body) -> Result<Introduction> {
              AttemptInput input;
              if (auto e = ReadAttempt(body, input); !e.empty()) return Invalid(std::move(e));
              return fd.RecordAttempt(a, id, v, input);
            });
  AddChange(router, c, "booking",
            [](FrontDoorService& fd, const Actor& a, std::string_view id, long long v,
               const json::object& body) -> Result<Introduction> {
              BookingInput input;
              if (auto e = ReadBooking(body, input); !e.empty()) return Invalid(std::move(e));
              return fd.Book(a, id, v, input);
            });
  AddChange(router, c, "conversation-not-held",
            [](FrontDoorService& fd, const Actor& a, std::string_view id, long long v,
               const json::object& body) -> Result<Introduction> {
              AttemptInput input;
              if (auto e = ReadAttempt(body, input); !e.empty()) return Invalid(std::move(e));
              return fd.RecordNotHeld(a, id, v, input);
            });
  AddChange(router, c, "conversation",
            [](FrontDoorService& fd, const Actor& a, std::string_view id, long long v,
               const json::object& body) -> Result<Introduction> {
              ConversationInput input;
              if (auto e = ReadConversation(body, input); !e.empty()) return Invalid(std::move(e));
              return fd.RecordHeld(a, id, v, input);
            });
  AddChange(router, c, "closing",
            [](FrontDoorService& fd, const Actor& a, std::string_view id, long long v,
               const json::object& body) -> Result<Introduction> {
              ClosingInput input;
              if (auto e = ReadClosing(body, input); !e.empty()) return Invalid(std::move(e));
              return fd.Close(a, id, v, input);
            });
  AddChange(router, c, "assignment",
            [](FrontDoorService& fd, const Actor& a, std::string_view id, long long v,
               const json::object& body) -> Result<Introduction> {
              std::string user_id;
              if (auto e = ReadOneText(body, "assigned_user_id", user_id); !e.empty()) {
                return Invalid(std::move(e));
              }
              return fd.Assign(a, id, v, user_id);
            });
  AddChange(router, c, "person-link",
            [](FrontDoorService& fd, const Actor& a, std::string_view id, long long v,
               const json::object& body) -> Result<Introduction> {
              std::string person_id;
              if (auto e = ReadOneText(body, "person_id", person_id); !e.empty()) {
                return Invalid(std::move(e));
              }
              return fd.LinkPerson(a, id, v, person_id);
            });
  AddChange(
      router, c, "person",
      [](FrontDoorService& fd, const Actor& a, std::string_view id, long long v,
         const json::object& body) -> Result<Introduction> {
        std::string none;
        if (auto e = ReadOneText(body, "", none); !e.empty()) return Invalid(std::move(e));
        return fd.CreatePerson(a, id, v);
      },
      /*empty_body=*/true);
}

}  // namespace

void RegisterIntroductionsApi(http::Router& router, const ApiDeps& deps) {
  static const SystemClock kSystemClock;
  const Context c{.frontdoor = &deps.frontdoor,
                  .clock = deps.clock != nullptr ? deps.clock : &kSystemClock};
  const std::string base(kBase);

  router.Add(
      "POST", base, RouteAccess::Roles(kIntroducerRoles),
      [c](const Request& request, RequestContext& ctx) {
        auto body = JsonBody(request);
        if (!body) return body.error();
        IntroductionDraft draft;
        std::string key;
        if (auto errors = ReadIntroductionDraft(*body, draft, key); !errors.empty()) {
          return Invalid(std::move(errors), request);
        }
        if (auto header = request.Header("idempotency-key"); header && !header->empty()) {
          if (!key.empty() && key != *header) {
            return Invalid({{"submission_key", "Send one key: this differs from Idempotency-Key"}},
                           request);
          }
          key = std::string(*header);
        }
        auto receipt = c.frontdoor->Record(*ctx.actor, std::move(draft), key);
        if (!receipt) return ProblemForError(ForApi(receipt.error()), request);
        const Introduction& in = receipt->introduction;
        // A repeat of a submission key answers with the first introduction.
        Response r = c.One(in, *ctx.actor, receipt->duplicate ? 200 : 201);
        r.SetHeader("Location", std::string(kBase) + "/" + in.id);
        return r;
      },
      http::RouteKind::kApi);

  router.Add(
      "GET", base, RouteAccess::Roles(kIntroducerRoles),
      [c](const Request& request, RequestContext& ctx) {
        auto query = http::ParseUrlEncoded(request.query);
        if (!query) return ProblemForStatus(400, request, "The query string is malformed");
        FrontDoorQuery q;
        if (auto errors = ReadListQuery(*query, q); !errors.empty()) {
          return Invalid(std::move(errors), request);
        }
        auto list = c.frontdoor->List(*ctx.actor, q);
        if (!list) return ProblemForError(ForApi(list.error()), request);
        IntroductionView view = c.View(*ctx.actor);
        view.whole = list->whole_records;
        json::array items;
        for (const Introduction& in : list->items) items.emplace_back(IntroductionJson(in, view));
        return JsonOk(json::object{{"items", std::move(items)},
                                   {"total", list->total},
                                   {"past_target", list->past_target},
                                   {"page", list->page},
                                   {"pages", list->pages},
                                   {"page_size", q.page_size}});
      },
      http::RouteKind::kApi);

  router.Add(
      "GET", base + "/{id}", RouteAccess::Roles(kIntroducerRoles),
      [c](const Request& request, RequestContext& ctx) {
        auto in = c.frontdoor->Get(*ctx.actor, request.Param("id"));
        if (!in) return ProblemForError(in.error(), request);
        return c.One(*in, *ctx.actor);
      },
      http::RouteKind::kApi);

  router.Add(
      "GET", base + "/{id}/versions", RouteAccess::Roles(kCareRoles),
      [c](const Request& request, RequestContext& ctx) {
        auto versions = c.frontdoor->History(*ctx.actor, request.Param("id"));
        if (!versions) return ProblemForError(versions.error(), request);
        const IntroductionView view = c.View(*ctx.actor, /*with_waiting=*/false);
        json::array items;
        for (const IntroductionVersion& v : *versions) {
          json::object o = IntroductionJson(v.introduction, view);
          o["changed_by"] = v.change.changed_by;
          o["changed_at"] = FormatUtcIso(v.change.changed_at);
          o["reason"] = v.change.reason;
          items.emplace_back(std::move(o));
        }
        return JsonOk(json::object{{"items", std::move(items)}});
      },
      http::RouteKind::kApi);

  router.Add(
      "GET", base + "/{id}/matches", RouteAccess::Roles(kCareRoles),
      [c](const Request& request, RequestContext& ctx) {
        auto matches = c.frontdoor->Matches(*ctx.actor, request.Param("id"));
        if (!matches) return ProblemForError(matches.error(), request);
        json::array items;
        for (const MatchOffer& m : *matches) items.emplace_back(MatchJson(m));
        return JsonOk(json::object{{"items", std::move(items)}});
      },
      http::RouteKind::kApi);

  AddChanges(router, c);
}

}  // namespace lw::api

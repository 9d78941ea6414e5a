// GET and POST /people/{id}/details (record_details_form.h): read the
// request, call TeamService, render. Every rule is the domain's; this file
// only reads the form and decides which page follows.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/error_page.h"
#include "web/page_support.h"
#include "web/record_details_form.h"

namespace lw::web {

namespace {

// The record, when the viewer may change it. Otherwise the same kNotFound
// as for nobody: another team's record, or one read under break-glass.
Result<PersonRecordView> Changeable(const WebDeps& deps, const Actor& actor,
                                    std::string_view person_id) {
  auto record = deps.team.Record(actor, person_id);
  if (!record) return Fail(record.error());
  if (!record->may_change) return Fail(Error::NotFound("person"));
  return record;
}

DetailsFormView StoredNow(const PersonRecordView& record, const http::RequestContext& ctx) {
  return {.person = record.person,
          .details = record.details.details,
          .version = record.details.version,
          .csrf_token = ctx.csrf_token};
}

// As the domain would store them: trimmed, blank rows dropped, so each
// error names the row it sits on.
PersonDetails Normalised(PersonDetails details) {
  (void)ValidatePersonDetails(details);
  return details;
}

// The form's sections in order, so the error summary reads top to bottom
// (the domain checks the GP practice after contact preferences).
int SectionOf(std::string_view field) {
  static constexpr std::array<std::pair<std::string_view, int>, 12> kPrefixes = {{
      {"legal_", 0},
      {"pronouns", 0},
      {"address_", 0},
      {"gp_practice_", 1},
      {"corner_", 3},
      {"people_in_corner", 3},
      {"language", 4},  // language_<i>_..., languages
      {"interpreter_needed", 4},
      {"communication_needs", 4},
      {"equality", 5},
      {"reason", 6},
      {"", 2},  // contact preferences and safe-contact notes
  }};
  for (const auto& [prefix, section] : kPrefixes) {
    if (field.starts_with(prefix)) return section;
  }
  return 2;
}

void InFormOrder(std::vector<FieldError>& errors) {
  std::ranges::stable_sort(errors, {}, [](const FieldError& e) { return SectionOf(e.field); });
}

http::Response ShowForm(const WebDeps& deps, const http::Request& request,
                        http::RequestContext& ctx) {
  auto record = Changeable(deps, SignedInActor(ctx), request.Param("id"));
  if (!record) return RespondWithError(deps, ctx, record.error());
  DetailsFormView view = StoredNow(*record, ctx);
  // The record shows the front door's postcode until an address is kept.
  if (view.details.address.postcode.empty()) {
    view.details.address.postcode = record->person.postcode;
  }
  return Respond(deps, ctx, DetailsFormPage(view));
}

// The form again with what was typed: after "add another" (nothing saved)
// or refused (422).
http::Response ShowTyped(const WebDeps& deps, http::RequestContext& ctx, std::string_view id,
                         long long version, DetailsFormInput in, std::vector<FieldError> errors,
                         std::string problem) {
  auto record = Changeable(deps, SignedInActor(ctx), id);
  if (!record) return RespondWithError(deps, ctx, record.error());
  PersonDetails shown = Normalised(in.details);
  // One more empty row than before for the list asked for; as many as
  // were left empty (at least one) for the other.
  const std::size_t blank_people =
      in.details.people_in_corner.size() - shown.people_in_corner.size();
  const std::size_t blank_languages = in.details.languages.size() - shown.languages.size();
  DetailsFormView view{
      .person = std::move(record->person),
      .details = std::move(shown),
      .version = version,
      .reason = std::move(in.reason),
      .empty_corner_rows =
          in.add == "corner" ? blank_people + 1 : std::max<std::size_t>(blank_people, 1),
      .empty_language_rows =
          in.add == "language" ? blank_languages + 1 : std::max<std::size_t>(blank_languages, 1),
      .csrf_token = ctx.csrf_token,
      .errors = std::move(errors),
      .problem = std::move(problem)};
  InFormOrder(view.errors);
  if (!view.errors.empty() || !view.problem.empty()) view.status = 422;
  return Respond(deps, ctx, DetailsFormPage(view));
}

// Someone else saved first: what is stored now, and what was entered.
http::Response ShowConflict(const WebDeps& deps, http::RequestContext& ctx, std::string_view id,
                            DetailsFormInput in) {
  auto record = Changeable(deps, SignedInActor(ctx), id);
  if (!record) return RespondWithError(deps, ctx, record.error());
  DetailsFormView view = StoredNow(*record, ctx);
  view.reason = std::move(in.reason);
  view.not_saved = Normalised(std::move(in.details));
  view.problem =
      "Someone else changed their details after you opened this page, so your changes have not "
      "been saved and nothing they did has been overwritten. The form shows their details as "
      "they are now; what you entered is listed above it.";
  view.status = 409;
  return Respond(deps, ctx, DetailsFormPage(view));
}

http::Response Submit(const WebDeps& deps, const http::Request& request,
                      http::RequestContext& ctx) {
  std::string_view id = request.Param("id");
  const http::Form& form = FormOf(request);
  auto version = ParseWhole(form.Value("version"), 0);
  if (!version) return Respond(deps, ctx, ErrorPage(400));
  DetailsFormInput in = ParseDetailsForm(form);
  if (!in.add.empty()) return ShowTyped(deps, ctx, id, *version, std::move(in), {}, "");
  if (!in.errors.empty()) {
    // With the domain's own findings, so every problem shows at once.
    std::vector<FieldError> errors = std::move(in.errors);
    PersonDetails checked = in.details;
    if (auto v = ValidatePersonDetails(checked); !v) {
      for (const FieldError& e : v.error().field_errors) errors.push_back(e);
    }
    return ShowTyped(deps, ctx, id, *version, std::move(in), std::move(errors), "");
  }
  auto saved = deps.team.UpdateDetails(SignedInActor(ctx), id, in.details, *version, in.reason);
  if (saved) {
    return http::Response::Redirect("/people/" + saved->person_id + "/record?done=details#details");
  }
  const Error& error = saved.error();
  switch (error.code) {
    case ErrorCode::kInvalidArgument:
      return ShowTyped(deps, ctx, id, *version, std::move(in), error.field_errors,
                       error.field_errors.empty() ? error.message : "");
    case ErrorCode::kConflict:
      return ShowConflict(deps, ctx, id, std::move(in));
    default:
      return RespondWithError(deps, ctx, error);
  }
}

}  // namespace

void RegisterDetailsForm(http::Router& router, const SharedDeps& deps) {
  const RouteAccess care = RouteAccess::Roles(kCareRoles);
  router.Add("GET", "/people/{id}/details", care,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return ShowForm(*deps, request, ctx);
             });
  router.Add("POST", "/people/{id}/details", care,
             [deps](const http::Request& request, http::RequestContext& ctx) {
               return Submit(*deps, request, ctx);
             });
}

}  // namespace lw::web

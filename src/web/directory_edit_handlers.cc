// GET and POST /directory/services/{id}/edit and /directory/services/new
// (directory_edit_form.h): read the form, call NetworkDirectory, render.
// Every rule is NetworkDirectory's; this file reads the form and decides
// which page follows.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/directory/validate.h"
#include "web/directory_edit_form.h"
#include "web/directory_pages.h"
#include "web/error_page.h"
#include "web/page_support.h"

namespace lw::web {

namespace {

using directory::DirectoryService;
using http::Request;
using http::RequestContext;

NetworkDirectory& Directory(const WebDeps& deps) { return *deps.directory; }

// The locality's neighbourhoods, for "areas served"; none when they cannot
// be read (the form then keeps the ones stored).
std::vector<Neighbourhood> Neighbourhoods(const WebDeps& deps) {
  auto hoods = deps.frontdoor.Neighbourhoods();
  return hoods ? std::move(*hoods) : std::vector<Neighbourhood>{};
}

// The entry, when the actor may change it; otherwise the same kNotFound as
// for no entry.
Result<DirectoryServiceView> Changeable(const WebDeps& deps, const Actor& actor,
                                        std::string_view id) {
  auto entry = Directory(deps).GetService(actor, id);
  if (!entry) return Fail(entry.error());
  if (!entry->may_change) return Fail(Error::NotFound("No service found"));
  return entry;
}

// New places get an id; a place whose postcode is new or changed is put
// where the postcode directory says, when it knows the postcode.
void Prepare(const WebDeps& deps, DirectoryService& s) {
  for (directory::Place& p : s.places) {
    if (p.id.empty()) p.id = Directory(deps).NewPlaceId();
    if (p.is_virtual || p.latitude || p.postcode.empty()) continue;
    if (auto point = Directory(deps).LocatePostcode(p.postcode)) {
      p.latitude = point->latitude;
      p.longitude = point->longitude;
    }
  }
}

// Where a field comes on the form, so that the error summary reads top to
// bottom: its place in kFormOrder (by prefix), then its name (the rows of
// opening times and places).
std::pair<std::size_t, std::string_view> FormPosition(std::string_view field) {
  static constexpr std::string_view kFormOrder[] = {"organisation_id",
                                                    "name",
                                                    "description",
                                                    "status",
                                                    "kind",
                                                    "offer",
                                                    "needs",
                                                    "minimum_age",
                                                    "maximum_age",
                                                    "gender",
                                                    "cultural_focus",
                                                    "eligibility_description",
                                                    "languages",
                                                    "phone",
                                                    "email",
                                                    "website",
                                                    "introduction_route",
                                                    "how_to_introduce",
                                                    "opening_notes",
                                                    "opening_",
                                                    "free",
                                                    "cost",
                                                    "typical_wait_days",
                                                    "place_",
                                                    "neighbourhoods"};
  for (std::size_t i = 0; i < std::size(kFormOrder); ++i) {
    if (field.starts_with(kFormOrder[i])) {
      // Notes come after the times on the form.
      if (kFormOrder[i] == "opening_notes") return {i + 1, "~"};
      return {i, field};
    }
  }
  return {std::size(kFormOrder), field};
}

// The form's own errors and the domain's, named as the form's fields, each
// field once, in the order of the form.
std::vector<FieldError> FormErrors(const ServiceFormInput& in,
                                   const std::vector<FieldError>& domain) {
  std::vector<FieldError> out = in.errors;
  for (const FieldError& e : domain) {
    std::string field = ServiceFormField(e.field, in);
    const bool named =
        std::ranges::any_of(out, [&](const FieldError& o) { return o.field == field; });
    if (!named) out.push_back({std::move(field), e.message});
  }
  std::ranges::stable_sort(out, {}, [](const FieldError& e) { return FormPosition(e.field); });
  return out;
}

// The domain's own findings on what was read, so every problem shows at once.
std::vector<FieldError> AllErrors(const ServiceFormInput& in) {
  DirectoryService checked = in.service;
  directory::NormaliseService(checked);
  auto valid = directory::ValidateService(checked);
  return FormErrors(in, valid ? std::vector<FieldError>{} : valid.error().field_errors);
}

ServiceFormView EditView(const WebDeps& deps, const RequestContext& ctx,
                         const DirectoryServiceView& entry) {
  return {.service_id = entry.service.id,
          .service_name = entry.service.name,
          .organisation_name = entry.organisation.name,
          .neighbourhoods = Neighbourhoods(deps),
          .fields = ServiceFormFields(entry.service),
          .version = entry.service.version,
          .csrf_token = std::string(ctx.csrf_token)};
}

http::Response ShowEdit(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  auto entry = Changeable(deps, SignedInActor(ctx), request.Param("id"));
  if (!entry) return RespondWithError(deps, ctx, entry.error());
  return Respond(deps, ctx, ServiceFormPage(EditView(deps, ctx, *entry)));
}

std::string Saved(const DirectoryService& s, std::string_view done) {
  return "/directory/services/" + s.id + "?done=" +
         std::string(s.publication == directory::Publication::kAwaitingReview ? "awaiting-review"
                                                                              : done);
}

http::Response SubmitEdit(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  const http::Form& form = FormOf(request);
  auto version = ParseVersion(form.Value("version"));
  if (!version) return Respond(deps, ctx, ErrorPage(400));
  auto entry = Directory(deps).GetService(actor, request.Param("id"));
  if (!entry) return RespondWithError(deps, ctx, entry.error());
  if (!entry->may_change) {
    // Not theirs: NetworkDirectory refuses it (the 404 page, as for no
    // entry) and records the refusal. What it is asked to store is the
    // entry as it is, so that nothing typed could be stored, nor judged
    // before the refusal.
    auto refused = Directory(deps).UpdateService(actor, entry->service, *version);
    if (!refused) return RespondWithError(deps, ctx, refused.error());
    return http::Response::Redirect(Saved(*refused, "saved"));
  }
  ServiceFormInput in = ParseServiceForm(form, entry->service);
  Prepare(deps, in.service);
  ServiceFormView view = EditView(deps, ctx, *entry);
  view.fields = form;
  view.version = *version;
  if (!in.errors.empty()) {
    view.errors = AllErrors(in);
    view.status = 400;
    return Respond(deps, ctx, ServiceFormPage(view));
  }
  auto saved = Directory(deps).UpdateService(actor, in.service, *version);
  if (saved) return http::Response::Redirect(Saved(*saved, "saved"));
  const Error& error = saved.error();
  if (error.code == ErrorCode::kInvalidArgument) {
    view.errors = FormErrors(in, error.field_errors);
    if (view.errors.empty()) view.problem = error.message;
    view.status = 400;
    return Respond(deps, ctx, ServiceFormPage(view));
  }
  if (error.code != ErrorCode::kConflict) return RespondWithError(deps, ctx, error);
  // Someone saved first: what was typed, now based on what is stored.
  auto now = Changeable(deps, actor, request.Param("id"));
  if (!now) return RespondWithError(deps, ctx, now.error());
  view.version = now->service.version;
  view.service_name = now->service.name;
  view.problem =
      "Someone else changed this entry after you opened this page, so your changes have not been "
      "saved and nothing they did has been overwritten. Check the entry as it is now, below; "
      "the form still holds what you entered.";
  view.stored_now = now->service;
  DirectoryService entered = in.service;
  directory::NormaliseService(entered);
  view.entered = std::move(entered);
  view.status = 409;
  return Respond(deps, ctx, ServiceFormPage(view));
}

// The organisations the actor may add a service to; kNotFound when none,
// or when `named` is given and not among them.
Result<std::vector<directory::DirectoryOrganisation>> Addable(const WebDeps& deps,
                                                              const Actor& actor,
                                                              std::string_view named) {
  auto organisations = Directory(deps).ChangeableOrganisations(actor);
  if (!organisations) return Fail(organisations.error());
  if (organisations->empty()) return Fail(Error::NotFound("No organisation found"));
  if (named.empty()) return organisations;
  std::string id(named);
  std::ranges::transform(id, id.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  for (directory::DirectoryOrganisation& o : *organisations) {
    if (o.id == id) return std::vector<directory::DirectoryOrganisation>{std::move(o)};
  }
  return Fail(Error::NotFound("No organisation found"));
}

ServiceFormView NewView(const WebDeps& deps, const RequestContext& ctx,
                        std::vector<directory::DirectoryOrganisation> organisations) {
  return {.creating = true,
          .organisations = std::move(organisations),
          .neighbourhoods = Neighbourhoods(deps),
          .fields = ServiceFormFields(DirectoryService{}),
          .csrf_token = std::string(ctx.csrf_token)};
}

http::Response ShowNew(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const std::string named = request.QueryParam("organisation").value_or("");
  auto organisations = Addable(deps, SignedInActor(ctx), named);
  if (!organisations && organisations.error().code == ErrorCode::kNotFound && named.empty()) {
    return Respond(deps, ctx, NoServiceToAddPage());
  }
  if (!organisations) return RespondWithError(deps, ctx, organisations.error());
  ServiceFormView view = NewView(deps, ctx, std::move(*organisations));
  if (view.organisations.size() == 1) {
    view.fields = ServiceFormFields({.organisation_id = view.organisations[0].id});
  }
  return Respond(deps, ctx, ServiceFormPage(view));
}

http::Response SubmitNew(const WebDeps& deps, const Request& request, RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  const http::Form& form = FormOf(request);
  auto organisations = Addable(deps, actor, "");
  if (!organisations) return RespondWithError(deps, ctx, organisations.error());
  ServiceFormInput in = ParseServiceForm(form, DirectoryService{}, true);
  Prepare(deps, in.service);
  ServiceFormView view = NewView(deps, ctx, std::move(*organisations));
  view.fields = form;
  if (!in.errors.empty()) {
    view.errors = AllErrors(in);
    view.status = 400;
    return Respond(deps, ctx, ServiceFormPage(view));
  }
  auto created = Directory(deps).CreateService(actor, in.service);
  if (created) return http::Response::Redirect(Saved(*created, "created"));
  const Error& error = created.error();
  if (error.code != ErrorCode::kInvalidArgument) return RespondWithError(deps, ctx, error);
  view.errors = FormErrors(in, error.field_errors);
  if (view.errors.empty()) view.problem = error.message;
  view.status = 400;
  return Respond(deps, ctx, ServiceFormPage(view));
}

}  // namespace

void RegisterDirectoryEditPages(http::Router& router, const SharedDeps& deps) {
  const RouteAccess staff = RouteAccess::AnyStaff();
  auto add = [&](const char* method, const char* path,
                 http::Response (*handler)(const WebDeps&, const Request&, RequestContext&)) {
    router.Add(method, path, staff, [deps, handler](const Request& request, RequestContext& ctx) {
      return handler(*deps, request, ctx);
    });
  };
  add("GET", "/directory/services/{id}/edit", ShowEdit);
  add("POST", "/directory/services/{id}/edit", SubmitEdit);
  add("GET", "/directory/services/new", ShowNew);
  add("POST", "/directory/services/new", SubmitNew);
}

}  // namespace lw::web

// The form that changes or adds a directory entry (issue 7, point 4): every
// field of a DirectoryService a partner or an administrator keeps current.
// Internal to directory_*.cc (registered by RegisterDirectoryPages).
//
// Routes (directory_edit_handlers.cc), each over NetworkDirectory:
//   GET  /directory/services/{id}/edit   the form, filled from the current
//        version, hidden `version` the version seen. Only for those who may
//        change the entry (GetService says); anyone else gets the 404 page,
//        as for no entry.
//   POST /directory/services/{id}/edit   UpdateService. Success: 303 to the
//        entry with ?done=saved, or ?done=awaiting-review when the version
//        stored awaits an administrator's review. Bad input (the form's own,
//        like a time that is not a time, and the domain's): the form again,
//        400, every problem in the error summary and beside its field, with
//        what was typed. A stale version: 409, the form again with what was
//        typed, based on the version now stored, and above it where the
//        entry as it is now differs from what was typed.
//   GET  /directory/services/new?organisation=ID   an empty form for a new
//        service of one of ChangeableOrganisations (a select of them when
//        no organisation is named); 404 when the actor may not add to the
//        one named. Without ?organisation, someone who may add to none sees
//        a page saying so (NoServiceToAddPage), not a form.
//   POST /directory/services/new   CreateService: 303 to the new entry with
//        ?done=created or ?done=awaiting-review; 400 as above; 404 when
//        NetworkDirectory refuses the organisation.
//
// Field names (also each element's id, so an error summary links to them):
//   organisation_id (new only), name, description, status, kind, offer,
//   needs (checkboxes of NeedKey), minimum_age, maximum_age, gender,
//   cultural_focus, eligibility_description, languages (names or codes,
//   separated by commas), phone, email, website, introduction_route,
//   how_to_introduce, opening_<d>_<n>_opens / _closes (weekday d 0 Monday ..
//   6 Sunday, n-th time that day; both empty: closed), opening_notes, free
//   ("yes"/"no"), cost, typical_wait_days, place_<k>_{id, virtual, name,
//   address_1, city, postcode, accessibility (one a line), remove} for each
//   place kept, place_new_{name, address_1, city, postcode, accessibility}
//   for one new place, neighbourhoods (checkboxes of neighbourhood ids).
//
// Thread-safety: pure functions over plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "domain/directory/directory.h"
#include "domain/org/organisation.h"
#include "http/request.h"
#include "web/layout.h"

namespace lw::web {

// A time of day as a person types it: "9:30", "09:30", "17:00", "9",
// "9.30", "9am", "9:30am", "5pm", "12pm" (midday), "midday", "noon",
// "midnight" or "24:00" (1440, the end of the day). Minutes after midnight,
// 0 to 1440; nullopt for anything else.
std::optional<int> ParseClockTime(std::string_view text);

// Minutes after midnight as the form shows them: "9:30", "17:00", "24:00".
std::string ClockInput(int minutes);

// A form as posted, read into a DirectoryService.
struct ServiceFormInput {
  // `base` with every field the form holds replaced by what was posted.
  // A new place has an empty id; a place whose postcode changed has no
  // coordinates (the handler locates it).
  directory::DirectoryService service;
  // What the form itself could not read (a time that is not a time, an age
  // that is not a number, a choice outside its list), named as the form's
  // fields. The domain checks the rest when the service stores it.
  std::vector<FieldError> errors;
  // Where each opening and place of `service` came from: "opening_<d>_<n>",
  // "place_<k>" or "place_new", for naming the domain's errors.
  std::vector<std::string> opening_rows;
  std::vector<std::string> place_rows;
};

// Reads the form (names above) over `base`: the stored service when
// changing one (its id, organisation, terms, when it was checked, and its
// places' coordinates and neighbourhoods are kept), an empty one when
// adding (then `organisation_id` is read from the form).
ServiceFormInput ParseServiceForm(const http::Form& form, const directory::DirectoryService& base,
                                  bool read_organisation = false);

// The form's fields as they show `service` (what GET fills the form with).
// ParseServiceForm(ServiceFormFields(s), s) gives `s` back.
http::Form ServiceFormFields(const directory::DirectoryService& service);

// The form field (element id) that shows the domain's `field`
// ("opening[2].closes_at" -> "opening_1_0_closes", "places[0].postcode" ->
// "place_0_postcode", "eligibility.minimum_age" -> "minimum_age").
std::string ServiceFormField(std::string_view field, const ServiceFormInput& in);

struct ServiceFormView {
  bool creating = false;
  std::string service_id;         // when changing: whose
  std::string service_name;       // when changing: its name as stored
  std::string organisation_name;  // when changing
  // When adding: the organisations it may be added to (a select when more
  // than one).
  std::vector<directory::DirectoryOrganisation> organisations;
  std::vector<Neighbourhood> neighbourhoods;  // the locality's, for "areas served"
  http::Form fields;                          // the values shown
  long long version = 0;                      // when changing: the version it is based on
  std::string csrf_token;
  std::vector<FieldError> errors;  // named as the form's fields
  std::string problem;             // a refusal that names no field
  // After a conflict: the entry as stored now, and what was typed, to show
  // where they differ.
  std::optional<directory::DirectoryService> stored_now;
  std::optional<directory::DirectoryService> entered;
  int status = 200;
};
Page ServiceFormPage(const ServiceFormView& view);

// "Add a service" for someone who may add a service to no organisation.
Page NoServiceToAddPage();

}  // namespace lw::web

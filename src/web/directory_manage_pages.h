// The pages where partners and administrators keep the directory current
// (issue 7, point 4), besides the entry form (directory_edit_form.h).
// Internal to directory_*.cc (registered by RegisterDirectoryPages).
//
// Routes (directory_manage_handlers.cc; any signed-in staff role,
// NetworkDirectory decides the rest):
//   GET  /directory/mine   a network partner's own services
//        (NetworkDirectory::PartnerServices): each with its status, whether
//        it awaits review, when it was last checked and an Edit link; "Add a
//        service" for each organisation they look after. Anyone else sees
//        that they look after none.
//   GET  /directory/review   administrators: ListAwaitingReview, each entry
//        with who changed it and when, what changed against its last
//        published version (a was / now table built from History), and a
//        Publish button. Anyone else sees an empty queue.
//   POST /directory/services/{id}/publish   Publish; `version` the version
//        seen. Redirects to /directory/review?done=published; a stale
//        version (or one published meanwhile) is the review page again with
//        an error summary, 409.
//   GET  /directory/services/{id}/history   every version History shows the
//        actor, newest first: who, when, why and whether it was published.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"
#include "services/network_directory.h"
#include "web/layout.h"

namespace lw::web {

struct PartnerServicesView {
  std::vector<directory::DirectoryOrganisation> organisations;  // those they may add to
  std::vector<DirectoryServiceView> services;
  int stale_after_days = 365;
};
Page PartnerServicesPage(const PartnerServicesView& view);

// One entry awaiting review.
struct ReviewItem {
  DirectoryEntry entry;  // its current version
  // Its last published version; none when it was never published.
  std::optional<directory::DirectoryService> published;
  std::string changed_by;  // who made the current version, by name
  Timestamp changed_at{};
};

struct ReviewView {
  std::vector<ReviewItem> items;
  std::vector<Neighbourhood> neighbourhoods;  // to name areas served
  std::string csrf_token;
  std::string done;                // "published": the success banner
  std::vector<FieldError> errors;  // a refused Publish, field "publish-<id>"
  int status = 200;
};
Page ReviewPage(const ReviewView& view);

struct HistoryView {
  std::string service_id;
  std::vector<DirectoryServiceChange> versions;  // newest first
};
Page ServiceHistoryPage(const HistoryView& view);

}  // namespace lw::web

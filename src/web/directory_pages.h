// The directory's pages (issue 7, point 1): one service or community asset
// at /directory/services/{id}: what it offers, who it is for, how to reach
// it, opening hours, accessibility, cost, network or community, its places,
// and when it was last checked and by whom, with a warning tag when it is
// stale and "Mark as checked" for those who may change it. The search page
// (/directory) is separate (it waits for the search engine).
//
// Routes (any signed-in staff role; NetworkDirectory decides the rest):
//   GET  /directory/services/{id}          the entry (404 as for none)
//   POST /directory/services/{id}/checked  mark it checked; `version` the
//        version seen. Redirects to the entry with ?done=checked; a stale
//        version shows the entry as it is now with a 409 error summary.
// The entry shows "Edit this entry" and "Every version" to those who may
// change it, and a banner after a change: ?done=checked, saved, created or
// awaiting-review (saved, but an administrator reviews it first).
//
// Changing and adding entries: directory_edit_form.h. A partner's own
// services, the review queue and an entry's history:
// directory_manage_pages.h. Both are registered with these pages.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"
#include "services/network_directory.h"
#include "web/layout.h"
#include "web/page_support.h"

namespace lw::web {

struct DirectoryServicePageView {
  DirectoryServiceView entry;
  int stale_after_days = 365;
  std::string csrf_token;
  std::string done;                // "checked": show the success banner
  std::vector<FieldError> errors;  // a refused "Mark as checked"
  int status = 200;
};

Page DirectoryServicePage(const DirectoryServicePageView& view);

// "9:30am", "5pm", "midday", "midnight": minutes after midnight, NHS style.
std::string ClockTime(int minutes);

// The routes of directory_edit_form.h and directory_manage_pages.h, from
// RegisterDirectoryPages.
void RegisterDirectoryEditPages(http::Router& router, const SharedDeps& deps);
void RegisterDirectoryManagePages(http::Router& router, const SharedDeps& deps);

}  // namespace lw::web

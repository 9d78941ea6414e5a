// The home page: what a signed-in member of staff sees first, by role.
//
// Route (RegisterHomePage): GET /home, any staff role. It calls
// HomeService::Summarise once and shows
//   care roles       their team, organisation and how many people the team
//                    holds, with a link to /people, and a link to the
//                    front door (/front-door); in a team, links to the
//                    huddle (/huddle) and caseloads (/caseload,
//                    /team/caseload);
//   administrators   how many staff accounts and teams there are, with a
//                    link to /accounts;
//   network partners links to introduce someone (/front-door/new) and to
//                    the introductions they made (/front-door), and that
//                    warm introductions to their services will appear here;
//   commissioners    that evaluation dashboards will appear here.
#pragma once

#include "domain/access/actor.h"
#include "services/home_service.h"
#include "web/layout.h"

namespace lw::web {

Page HomePage(const Actor& actor, const HomeSummary& summary);

}  // namespace lw::web

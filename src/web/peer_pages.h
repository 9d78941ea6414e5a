// Peer matching's pages (issue 7, point 6; services/peer_matching_service.h):
//  - GET /my/lived-experience: "My lived experience", a member of staff's
//    own sharing profile, the form to record it with their consent, the
//    form to withdraw it, and the people who chose them as a peer mentor;
//    POST /my/lived-experience and /my/lived-experience/withdraw.
//  - GET /people/{id}/peer-mentor: the person's wish for a peer mentor in
//    their words and the form to record it, the suggestions from the team
//    with their reasons, the form to record the choice made with the
//    person, and (for the one chosen) the form to accept or decline;
//    POST /people/{id}/peer-mentor/wish, /choice and /answer.
// Handlers in peer_handlers.cc; rendering in peer_pages.cc.
//
// Contract: every form carries the CSRF token and the version it was based
// on; a refused form comes back with the NHS error summary (422), what was
// typed kept, or with a message (409) when someone else changed it first.
// The pages never show a score: the suggestions are listed with their
// reasons in words, and say that the person chooses.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"
#include "http/request.h"
#include "services/peer_matching_service.h"
#include "web/layout.h"

namespace lw::web {

// A refused form: which one, what was typed, and why.
struct PeerRefusal {
  std::string form;  // "profile", "withdraw", "wish", "choice", "answer"
  http::Form typed;
  std::vector<FieldError> errors;
  std::string problem;  // a refusal that names no field
  int status = 200;
};

struct MyLivedExperiencePageView {
  MyPeerProfileView view;
  std::string csrf_token;
  std::string done;  // "saved", "withdrawn"
  PeerRefusal refusal;
};
Page MyLivedExperiencePage(const MyLivedExperiencePageView& v);

struct PeerMentorPageView {
  PeerMentorView view;
  std::string csrf_token;
  std::string done;  // "wish", "choice", "accepted", "declined"
  PeerRefusal refusal;
};
Page PeerMentorPage(const PeerMentorPageView& v);

}  // namespace lw::web

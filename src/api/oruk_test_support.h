// Test-only: a rich directory entry that uses every field, for the ORUK
// encoder and import tests.
#pragma once

#include <chrono>

#include "base/dates.h"
#include "domain/directory/directory.h"

namespace lw::api::testing {

inline directory::DirectoryOrganisation RichOrganisation() {
  directory::DirectoryOrganisation o;
  o.id = "5d2c3b1a-7e6f-4a8b-9c0d-1e2f3a4b5c6d";
  o.version = 4;
  o.name = "Citizens Advice Tameside";
  o.description = "Free, independent advice.\nOpen to everyone.";
  o.contact = {"0161 300 0000", "advice@cat.example.org", "https://cat.example.org/"};
  o.charity_number = "1012345";
  o.partner_organisation_id = "org_partner_1";
  o.checked = {*Date::FromYmd(2026, 10, 1), "user_asha", "Asha Patel (Tameside Living Well)"};
  return o;
}

inline directory::DirectoryService RichService() {
  using namespace directory;
  DirectoryService s;
  s.id = "0b5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d";
  s.version = 3;
  s.organisation_id = RichOrganisation().id;
  s.name = "Tameside Debt & Benefits Advice";
  s.description = "Confidential advice on debt, budgeting and benefits.\n\nBring your letters.";
  s.status = ServiceStatus::kTemporarilyClosed;
  s.kind = ServiceKind::kService;
  s.offer = Offer::kNetwork;
  s.needs = {Need::kMoneyAndDebt, Need::kBenefitsAndWelfare, Need::kLegalAdvice};
  s.other_terms = {"Debt counselling", "Energy bills"};
  s.eligibility = {18, 99, GenderFocus::kWomen, "South Asian women", "Lives in Tameside"};
  s.languages = {"en", "ur", "pl"};
  s.contact = {"0161 300 0001", "debt@cat.example.org", "https://cat.example.org/debt"};
  s.introduction_route = IntroductionRoute::kSelfReferral;
  s.how_to_introduce = "Ring and ask for the debt team; say Living Well sent you.";
  s.opening = {{0, 9 * 60 + 30, 16 * 60}, {2, 9 * 60 + 30, 19 * 60}, {5, 22 * 60, 24 * 60}};
  s.opening_notes = "Closed on bank holidays";
  s.free = false;
  s.cost = "£3 a session, free for people on benefits";
  s.typical_wait_days = 10;
  Place hyde;
  hyde.id = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
  hyde.name = "Hyde Library";
  hyde.address_1 = "Union Street";
  hyde.city = "Hyde";
  hyde.postcode = "SK14 1ND";
  hyde.latitude = 53.4514;
  hyde.longitude = -2.0795;
  hyde.neighbourhood_id = "hyde";
  hyde.accessibility = {"Step-free access", "Hearing loop"};
  Place phone;
  phone.id = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
  phone.is_virtual = true;
  phone.name = "By phone";
  s.places = {hyde, phone};
  s.neighbourhood_ids = {"hyde", "denton"};
  s.checked = {*Date::FromYmd(2026, 11, 2), "user_asha", "Asha Patel (Tameside Living Well)"};
  s.publication = Publication::kAwaitingReview;
  s.updated_at = Timestamp(std::chrono::sys_days{std::chrono::year{2026} / 11 / 20}) +
                 std::chrono::hours{14} + std::chrono::minutes{5} + Micros{123456};
  return s;
}

}  // namespace lw::api::testing

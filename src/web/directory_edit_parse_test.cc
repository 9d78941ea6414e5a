// Reading the directory entry form (directory_edit_form.h): times of day as
// people type them, a service read back from the fields it was written to,
// the form's own errors, places kept, removed and added, and the domain's
// error names turned into the form's.
#include <gtest/gtest.h>

#include <string>

#include "domain/directory/validate.h"
#include "web/directory_edit_form.h"

namespace lw::web {
namespace directory_edit_parse_test {
namespace {

using directory::DirectoryService;
using directory::Place;

constexpr const char* kPlaceId = "3f1e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2e";

DirectoryService Stored() {
  return {.id = "1c5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2e",
          .version = 4,
          .organisation_id = "2a5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2e",
          .name = "Hyde Men's Shed",
          .description = "Making and mending.\nTea too.",
          .status = directory::ServiceStatus::kTemporarilyClosed,
          .kind = directory::ServiceKind::kGroup,
          .offer = directory::Offer::kCommunityAsset,
          .needs = {directory::Need::kLonelinessAndConnection, directory::Need::kPeerSupport},
          .other_terms = {"Woodwork"},
          .eligibility = {.minimum_age = 18,
                          .gender = directory::GenderFocus::kMen,
                          .cultural_focus = "Anyone",
                          .description = "Lives in Hyde"},
          .languages = {"en", "ur"},
          .contact = {.phone = "0161 000 0000",
                      .email = "shed@example.org",
                      .website = "https://shed.example.org/"},
          .introduction_route = directory::IntroductionRoute::kDropIn,
          .how_to_introduce = "Just come along",
          .opening = {{.weekday = 1, .opens_at = 570, .closes_at = 720},
                      {.weekday = 1, .opens_at = 780, .closes_at = 1020},
                      {.weekday = 5, .opens_at = 600, .closes_at = 1440}},
          .opening_notes = "Not bank holidays",
          .free = false,
          .cost = "£2 for tea",
          .typical_wait_days = 0,
          .places = {{.id = kPlaceId,
                      .name = "The Shed",
                      .address_1 = "1 Market Street",
                      .city = "Hyde",
                      .postcode = "SK14 2QR",
                      .latitude = 53.45,
                      .longitude = -2.08,
                      .neighbourhood_id = "hyde",
                      .accessibility = {"Step-free access", "Hearing loop"}}},
          .neighbourhood_ids = {"hyde", "dukinfield"},
          .checked = {.on = *Date::FromYmd(2026, 3, 3), .by_name = "Asha Patel"}};
}

http::Form With(const http::Form& form, std::string_view name, std::string_view value) {
  http::Form out;
  bool done = false;
  for (const auto& [n, v] : form.fields()) {
    if (n == name && !done) {
      out.Add(n, std::string(value));
      done = true;
    } else if (n != name) {
      out.Add(n, v);
    }
  }
  if (!done) out.Add(std::string(name), std::string(value));
  return out;
}

TEST(DirectoryEditParseTest, TimesAreReadAsPeopleTypeThem) {
  EXPECT_EQ(ParseClockTime("9:30"), 570);
  EXPECT_EQ(ParseClockTime("09:30"), 570);
  EXPECT_EQ(ParseClockTime(" 17:00 "), 1020);
  EXPECT_EQ(ParseClockTime("9"), 540);
  EXPECT_EQ(ParseClockTime("9.30"), 570);
  EXPECT_EQ(ParseClockTime("9am"), 540);
  EXPECT_EQ(ParseClockTime("9:30 AM"), 570);
  EXPECT_EQ(ParseClockTime("5pm"), 1020);
  EXPECT_EQ(ParseClockTime("12pm"), 720);
  EXPECT_EQ(ParseClockTime("12am"), 0);
  EXPECT_EQ(ParseClockTime("midday"), 720);
  EXPECT_EQ(ParseClockTime("Noon"), 720);
  EXPECT_EQ(ParseClockTime("midnight"), 1440);
  EXPECT_EQ(ParseClockTime("24:00"), 1440);
  EXPECT_EQ(ParseClockTime("0:00"), 0);
  for (std::string_view bad : {"", "9:3", "9:300", "25:00", "24:01", "9:60", "13pm", "0am",
                               "half nine", "9-30", "930", "-1", "9:", ":30", "１０:00"}) {
    EXPECT_EQ(ParseClockTime(bad), std::nullopt) << bad;
  }
}

TEST(DirectoryEditParseTest, TimesAreShownAsTheyAreTyped) {
  EXPECT_EQ(ClockInput(570), "9:30");
  EXPECT_EQ(ClockInput(1020), "17:00");
  EXPECT_EQ(ClockInput(0), "0:00");
  EXPECT_EQ(ClockInput(1440), "24:00");
  for (int m : {0, 5, 59, 570, 1439, 1440}) EXPECT_EQ(ParseClockTime(ClockInput(m)), m) << m;
}

TEST(DirectoryEditParseTest, AServiceReadsBackFromItsOwnFields) {
  const DirectoryService stored = Stored();
  ServiceFormInput in = ParseServiceForm(ServiceFormFields(stored), stored);
  EXPECT_TRUE(in.errors.empty()) << in.errors.front().field << ": " << in.errors.front().message;
  directory::NormaliseService(in.service);
  EXPECT_EQ(in.service, stored);
  EXPECT_EQ(in.opening_rows,
            (std::vector<std::string>{"opening_1_0", "opening_1_1", "opening_5_0"}));
  EXPECT_EQ(in.place_rows, (std::vector<std::string>{"place_0"}));
}

TEST(DirectoryEditParseTest, ChangesTypedAreRead) {
  const DirectoryService stored = Stored();
  http::Form form = ServiceFormFields(stored);
  form = With(form, "opening_1_1_opens", "");  // Tuesday afternoon: closed now
  form = With(form, "opening_1_1_closes", "");
  form = With(form, "opening_3_0_opens", "10am");
  form = With(form, "opening_3_0_closes", "4pm");
  form = With(form, "minimum_age", "");
  form = With(form, "languages", "English, Polish; British Sign Language, Tigrinya");
  form = With(form, "free", "yes");
  form.Add("needs", "money-and-debt");
  ServiceFormInput in = ParseServiceForm(form, stored);
  ASSERT_TRUE(in.errors.empty());
  const DirectoryService& s = in.service;
  ASSERT_EQ(s.opening.size(), 3u);
  EXPECT_EQ(s.opening[1],
            (directory::WeeklyOpening{.weekday = 3, .opens_at = 600, .closes_at = 960}));
  EXPECT_EQ(in.opening_rows[1], "opening_3_0");
  EXPECT_EQ(s.eligibility.minimum_age, std::nullopt);
  EXPECT_EQ(s.languages, (std::vector<std::string>{"en", "pl", "bfi", "ti"}));
  EXPECT_TRUE(s.free);
  EXPECT_EQ(s.needs.back(), directory::Need::kMoneyAndDebt);
  // What the form does not hold is kept.
  EXPECT_EQ(s.other_terms, stored.other_terms);
  EXPECT_EQ(s.checked, stored.checked);
  EXPECT_EQ(s.id, stored.id);
  EXPECT_EQ(s.organisation_id, stored.organisation_id);
}

TEST(DirectoryEditParseTest, WhatTheFormCannotReadIsAFieldError) {
  const DirectoryService stored = Stored();
  http::Form form = ServiceFormFields(stored);
  form = With(form, "opening_1_0_opens", "half nine");
  form = With(form, "opening_5_0_closes", "");
  form = With(form, "minimum_age", "eighteen");
  form = With(form, "typical_wait_days", "2 weeks");
  form = With(form, "status", "open");
  form = With(form, "free", "");
  form.Add("needs", "gold");
  ServiceFormInput in = ParseServiceForm(form, stored);
  std::vector<std::string> fields;
  fields.reserve(in.errors.size());
  for (const FieldError& e : in.errors) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"status", "needs", "minimum_age", "opening_1_0_opens",
                                              "opening_5_0_closes", "free", "typical_wait_days"}));
  EXPECT_EQ(in.errors[3].message, "Enter the opening time like 9:30 or 17:00");
  EXPECT_EQ(in.errors[4].message, "Enter the closing time, or leave both times empty");
  // The rows that could not be read are left out, the others kept.
  EXPECT_EQ(in.opening_rows, (std::vector<std::string>{"opening_1_1"}));
}

TEST(DirectoryEditParseTest, PlacesAreKeptRemovedAndAdded) {
  const DirectoryService stored = Stored();
  http::Form form = ServiceFormFields(stored);
  form = With(form, "place_new_name", "Hyde Library");
  form = With(form, "place_new_postcode", "sk14 1aa");
  form = With(form, "place_new_accessibility", "Lift\n\n  Quiet room ");
  ServiceFormInput in = ParseServiceForm(form, stored);
  ASSERT_EQ(in.service.places.size(), 2u);
  EXPECT_EQ(in.service.places[0], stored.places[0]);  // unchanged: coordinates kept
  const Place& added = in.service.places[1];
  EXPECT_EQ(added.id, "");
  EXPECT_EQ(added.name, "Hyde Library");
  EXPECT_EQ(added.accessibility, (std::vector<std::string>{"Lift", "Quiet room"}));
  EXPECT_FALSE(added.latitude);
  EXPECT_EQ(in.place_rows, (std::vector<std::string>{"place_0", "place_new"}));

  form = With(ServiceFormFields(stored), "place_0_postcode", "SK14 1AA");
  in = ParseServiceForm(form, stored);
  EXPECT_FALSE(in.service.places[0].latitude);  // moved: to be located again
  EXPECT_EQ(in.service.places[0].neighbourhood_id, "hyde");
  form = With(ServiceFormFields(stored), "place_0_postcode", "sk142qr");
  EXPECT_TRUE(ParseServiceForm(form, stored).service.places[0].latitude);  // the same postcode

  form = With(ServiceFormFields(stored), "place_0_remove", "yes");
  EXPECT_TRUE(ParseServiceForm(form, stored).service.places.empty());
}

TEST(DirectoryEditParseTest, TheDomainsErrorsAreNamedAsTheFormsFields) {
  const DirectoryService stored = Stored();
  http::Form form = ServiceFormFields(stored);
  form = With(form, "place_new_name", "New place");
  const ServiceFormInput in = ParseServiceForm(form, stored);
  EXPECT_EQ(ServiceFormField("name", in), "name");
  EXPECT_EQ(ServiceFormField("eligibility.minimum_age", in), "minimum_age");
  EXPECT_EQ(ServiceFormField("eligibility.description", in), "eligibility_description");
  EXPECT_EQ(ServiceFormField("contact.website", in), "website");
  EXPECT_EQ(ServiceFormField("languages[1]", in), "languages");
  EXPECT_EQ(ServiceFormField("needs[0]", in), "needs");
  EXPECT_EQ(ServiceFormField("opening[1].closes_at", in), "opening_1_1_closes");
  EXPECT_EQ(ServiceFormField("opening[2].opens_at", in), "opening_5_0_opens");
  EXPECT_EQ(ServiceFormField("opening[0].weekday", in), "opening_1_0_opens");
  EXPECT_EQ(ServiceFormField("places[0].postcode", in), "place_0_postcode");
  EXPECT_EQ(ServiceFormField("places[1].name", in), "place_new_name");
  EXPECT_EQ(ServiceFormField("places[1].id", in), "place_new_name");
  EXPECT_EQ(ServiceFormField("places[0].accessibility[1]", in), "place_0_accessibility");
  EXPECT_EQ(ServiceFormField("places[0].latitude", in), "place_0_postcode");
  EXPECT_EQ(ServiceFormField("neighbourhood_ids[0]", in), "neighbourhoods");
  EXPECT_EQ(ServiceFormField("typical_wait_days", in), "typical_wait_days");
  EXPECT_EQ(ServiceFormField("checked.on", in), "name");
}

TEST(DirectoryEditParseTest, AddingReadsTheOrganisation) {
  http::Form form = ServiceFormFields(DirectoryService{});
  form = With(form, "name", "Allotment");
  ServiceFormInput in = ParseServiceForm(form, DirectoryService{}, true);
  ASSERT_EQ(in.errors.size(), 1u);
  EXPECT_EQ(in.errors[0].field, "organisation_id");
  form = With(form, "organisation_id", "2a5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2e");
  in = ParseServiceForm(form, DirectoryService{}, true);
  EXPECT_TRUE(in.errors.empty());
  EXPECT_EQ(in.service.organisation_id, "2a5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2e");
  EXPECT_TRUE(in.service.places.empty());  // the empty new place is not a place
  EXPECT_TRUE(in.service.opening.empty());
}

}  // namespace
}  // namespace directory_edit_parse_test
}  // namespace lw::web

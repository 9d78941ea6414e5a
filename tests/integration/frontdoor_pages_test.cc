// the front door's pages over real HTTP: recording introductions, the list, bad input, access and
// audit.
#include <gtest/gtest.h>

#include "frontdoor_pages_fixture.h"

namespace lw::testing {
namespace frontdoor_pages_test {
namespace {

TEST_F(FrontDoorPagesTest, StaffRecordAnIntroductionAndFindItOnTheList) {
  Browser fd = As("frontdoor");
  std::string location;
  const std::string id = Record(fd, GpIntroduction(), &location);
  ASSERT_FALSE(id.empty()) << location;
  EXPECT_EQ(Audits("introduction", id, "introduction.create"), 1u);

  HttpResponse page = fd.Get(location);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "Introduction recorded"));
  EXPECT_TRUE(Has(page.body, "Nia Jones"));
  EXPECT_TRUE(Has(page.body, "Dr Ahmed, Millbrook Medical Centre"));
  EXPECT_TRUE(Has(page.body, "I have not been sleeping and I feel alone."));
  EXPECT_EQ(Audits("introduction", id, "introduction.read"), 1u);
  const std::string reference = Find(page.body, R"(Introduction (LW-[A-Z0-9-]+))");
  ASSERT_FALSE(reference.empty());

  HttpResponse list = fd.Get("/front-door");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, "href=\"/front-door/" + id + "\">" + reference + "</a>"));
  EXPECT_TRUE(std::regex_search(
      list.body,
      std::regex(
          R"(\d+ of \d+ (is|are) past the 14-day target|\d+ introductions?, none past the 14-day target)")));
  EXPECT_EQ(Audits("introduction", id, "introduction.list"), 1u);

  HttpResponse history = fd.Get("/front-door/" + id + "/history");
  ASSERT_EQ(history.status, 200);
  EXPECT_TRUE(Has(history.body, "Introduction received (GP)"));
  EXPECT_TRUE(Has(history.body, "Fatima Begum"));
  EXPECT_EQ(Audits("introduction", id, "introduction.history"), 1u);
}

TEST_F(FrontDoorPagesTest, ADoubleSubmissionMakesOneIntroduction) {
  Browser fd = As("frontdoor");
  HttpResponse form = fd.Get("/front-door/new");
  Fields fields = GpIntroduction("Double", "Click");
  fields.emplace_back("submission_key",
                      Find(form.body, R"re(name="submission_key" value="([^"]+)")re"));
  fields.emplace_back("team_id", TeamId(form.body));
  HttpResponse first = fd.Post("/front-door/new", fields);
  HttpResponse second = fd.Post("/front-door/new", fields);
  ASSERT_EQ(first.status, 303);
  ASSERT_EQ(second.status, 303);
  EXPECT_EQ(first.Header("location"), second.Header("location"));
  HttpResponse list = fd.Get("/front-door?sort=newest");
  std::size_t rows = 0;
  for (std::size_t at = list.body.find("Double Click"); at != std::string::npos;
       at = list.body.find("Double Click", at + 1)) {
    ++rows;
  }
  EXPECT_EQ(rows, 1u);
}

TEST_F(FrontDoorPagesTest, EveryBadInputOnTheFormIsNamedAndNothingIsStored) {
  Browser fd = As("frontdoor");
  const std::int64_t count_before = StoredCount();

  struct Case {
    const char* what;
    Fields change;
    const char* message;
    const char* anchor;
  };
  const std::string too_long(5001, 'x');
  const Case cases[] = {
      {"empty names",
       {{"given_name", ""}, {"family_name", " "}},
       "Enter their first name",
       "#given_name"},
      {"empty story", {{"in_their_words", ""}}, "Tell us what is going on", "#in_their_words"},
      {"over-long story", {{"in_their_words", too_long}}, "5000 characters", "#in_their_words"},
      {"31 February",
       {{"date_of_birth_day", "31"}, {"date_of_birth_month", "2"}},
       "real date",
       "#date_of_birth-day"},
      {"future birth",
       {{"date_of_birth_year", "2030"}},
       "must be in the past",
       "#date_of_birth-day"},
      {"unknown source",
       {{"source", "bogus"}},
       "Select where this introduction came from",
       "#source"},
      {"the public form's source",
       {{"source", "self"}},
       "Choose how the introduction reached you",
       "#source"},
      {"unknown contact method",
       {{"contact_methods", "pigeon"}},
       "Select ways to contact",
       "#contact_methods"},
      {"bad NHS number", {{"nhs_number", "1234567890"}}, "valid NHS number", "#nhs_number"},
      {"bad postcode", {{"postcode", "NOT A POSTCODE"}}, "real postcode", "#postcode"},
      {"unknown team", {{"team_id", "AAAAAAAAAAAAAAAAAAAAAA"}}, "Choose a team", "#team_id"},
      {"carer without consent",
       {{"source", "carer-or-family"}, {"introducer_relationship", "Mum"}},
       "Confirm that they know",
       "#person_knows"},
      {"message neither yes nor no",
       {{"may_leave_message", "maybe"}},
       "Select yes or no",
       "#may_leave_message"},
  };
  for (const Case& c : cases) {
    HttpResponse form = fd.Get("/front-door/new");
    Fields fields;
    std::map<std::string, std::string> changed(c.change.begin(), c.change.end());
    for (const auto& [name, value] : GpIntroduction("<script>alert(1)</script>")) {
      if (!changed.contains(name)) fields.emplace_back(name, value);
    }
    for (const auto& f : c.change) fields.push_back(f);
    fields.emplace_back("submission_key",
                        Find(form.body, R"re(name="submission_key" value="([^"]+)")re"));
    if (!changed.contains("team_id")) fields.emplace_back("team_id", TeamId(form.body));
    HttpResponse r = fd.Post("/front-door/new", fields);
    EXPECT_EQ(r.status, 422) << c.what;
    EXPECT_TRUE(Has(r.body, c.message)) << c.what;
    EXPECT_TRUE(Has(r.body, std::string("<a href=\"") + c.anchor + "\"")) << c.what;
    EXPECT_TRUE(Has(r.body, "<title>Error: ")) << c.what;
    EXPECT_FALSE(Has(r.body, "<script>alert(1)")) << c.what;
    if (!changed.contains("given_name")) {
      EXPECT_TRUE(Has(r.body, "value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")) << c.what;
    }
  }
  EXPECT_EQ(StoredCount(), count_before);
  EXPECT_FALSE(Has(fd.Get("/front-door?closed=yes").body, "&lt;script&gt;"));
}

TEST_F(FrontDoorPagesTest, TheListRefusesUnknownQueryValues) {
  Browser fd = As("frontdoor");
  for (const char* target : {"/front-door?sort=bogus", "/front-door?page=abc", "/front-door?page=0",
                             "/front-door?closed=maybe", "/front-door?team=AAAAAAAAAAAAAAAAAAAAAA",
                             "/front-door?neighbourhood=%3Cscript%3E"}) {
    HttpResponse r = fd.Get(target);
    EXPECT_EQ(r.status, 400) << target;
    EXPECT_FALSE(Has(r.body, "<script>")) << target;
  }
  for (const char* target : {"/front-door?sort=newest", "/front-door?sort=source&page=1",
                             "/front-door?sort=state&closed=yes", "/front-door?sort=assigned"}) {
    EXPECT_EQ(fd.Get(target).status, 200) << target;
  }
}

TEST_F(FrontDoorPagesTest, IntroductionsPastTheTargetStandOut) {
  Browser fd = As("frontdoor");
  const std::string id = Record(fd, GpIntroduction("Late", "Waiter"));
  Advance(std::chrono::days(15), fd, "frontdoor");
  HttpResponse list = fd.Get("/front-door");
  std::size_t row = list.body.find("href=\"/front-door/" + id + "\"");
  ASSERT_NE(row, std::string::npos) << id << " " << list.status << "\n"
                                    << list.body.substr(list.body.find("<main"));
  std::string tr = list.body.substr(row, list.body.find("</tr>", row) - row);
  EXPECT_TRUE(Has(tr, "15 <strong class=\"nhsuk-tag nhsuk-tag--red\">Past target</strong>")) << tr;
  EXPECT_TRUE(std::regex_search(
      list.body, std::regex(R"(<strong>\d+ of \d+ (is|are) past the 14-day target</strong>)")));
  EXPECT_TRUE(Has(fd.Get("/front-door/" + id).body, "Past target"));
}

TEST_F(FrontDoorPagesTest, PartnersSeeOnlyTheIntroductionsTheyMade) {
  Browser fd = As("frontdoor");
  const std::string staff_made = Record(fd, GpIntroduction("Staff", "Made"));

  Browser partner = As("partner");
  HttpResponse form = partner.Get("/front-door/new");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form.body, "<option value=\"\" selected>Choose a team</option>"));
  // With no team chosen the form says so.
  Fields no_team = GpIntroduction("Partner", "Made");
  no_team[0] = {"source", "voluntary-partner"};
  no_team.emplace_back("team_id", "");
  no_team.emplace_back("submission_key",
                       Find(form.body, R"re(name="submission_key" value="([^"]+)")re"));
  HttpResponse refused = partner.Post("/front-door/new", no_team);
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused.body, "<a href=\"#team_id\">"));

  Fields fields = GpIntroduction("Partner", "Made");
  fields[0] = {"source", "voluntary-partner"};
  std::string location;
  const std::string mine = Record(partner, fields, &location);
  ASSERT_FALSE(mine.empty());
  HttpResponse view = partner.Get(location);
  ASSERT_EQ(view.status, 200);
  EXPECT_TRUE(Has(view.body, "Partner Made"));
  EXPECT_FALSE(Has(view.body, "<form action=\"/front-door/" + mine));
  EXPECT_FALSE(Has(view.body, "Is this someone we know?"));
  EXPECT_FALSE(Has(view.body, "07700 900982"));

  HttpResponse list = partner.Get("/front-door");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, "Introductions you have made"));
  EXPECT_TRUE(Has(list.body, "Partner Made"));
  EXPECT_FALSE(Has(list.body, "Staff Made"));

  EXPECT_EQ(partner.Get("/front-door/" + staff_made).status, 404);
  EXPECT_EQ(Audits("introduction", staff_made, "introduction.access_refused"), 1u);
  EXPECT_EQ(partner.Get("/front-door/" + mine + "/history").status, 404);
  const std::string version = Version(fd.Get("/front-door/" + mine).body);
  EXPECT_EQ(
      partner.Post("/front-door/" + mine + "/attempt", {{"method", "phone"}, {"version", version}})
          .status,
      404);
  EXPECT_EQ(Stored(mine).attempts.size(), 0u);

  // The front door works it like any other.
  EXPECT_EQ(fd.Get("/front-door/" + mine).status, 200);
}

TEST_F(FrontDoorPagesTest, CommissionersAndAdministratorsDoNotSeeTheFrontDoor) {
  Browser fd = As("frontdoor");
  const std::string id = Record(fd, GpIntroduction());
  for (const char* username : {"commissioner", "admin"}) {
    Browser b = As(username);
    EXPECT_EQ(b.Get("/front-door").status, 404) << username;
    EXPECT_EQ(b.Get("/front-door/new").status, 404) << username;
    EXPECT_EQ(b.Get("/front-door/" + id).status, 404) << username;
  }
}

TEST_F(FrontDoorPagesTest, PractitionersWorkTheirOwnTeamsIntroductions) {
  Browser fd = As("frontdoor");
  const std::string id = Record(fd, GpIntroduction("Team", "Member"));
  Browser practitioner = As("practitioner");
  HttpResponse page = practitioner.Get("/front-door/" + id);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "action=\"/front-door/" + id + "/attempt\""));
  EXPECT_EQ(Act(practitioner, id, "attempt", {{"method", "phone"}}).status, 303);
}

}  // namespace
}  // namespace frontdoor_pages_test
}  // namespace lw::testing

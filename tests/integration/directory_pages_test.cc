// The directory's entry page over real HTTP with the demo directory: what
// an entry shows, the stale warning, and a partner marking their own entry
// as checked (a stale version is a 409, nothing lost); others may not.
#include <gtest/gtest.h>

#include "frontdoor_pages_fixture.h"

namespace lw::testing {
namespace {

// The fixture's introduction helper is not needed here.
[[maybe_unused]] const auto kUnusedIntroduction = &GpIntroduction;

class DirectoryPagesTest : public FrontDoorPagesTest {
 protected:
  std::vector<DirectoryEntry> Entries() {
    Actor reader;
    reader.user_id = "test";
    reader.role = Role::kPractitioner;
    auto listed = app().directory().ListServices(reader);
    EXPECT_TRUE(listed) << listed.error().message;
    return listed ? *listed : std::vector<DirectoryEntry>{};
  }

  template <typename Pred>
  directory::DirectoryService Find(Pred pred) {
    for (const DirectoryEntry& e : Entries()) {
      if (pred(e)) return e.service;
    }
    ADD_FAILURE() << "no such entry in the demo directory";
    return {};
  }
};

TEST_F(DirectoryPagesTest, AnEntryShowsWhatItOffersWhoItIsForAndHowToReachIt) {
  const auto debt = Find([](const DirectoryEntry& e) {
    return e.service.name == "Debt advice appointments" &&
           e.organisation_name == "Millbrook Money Advice";
  });
  Browser priya = As("practitioner");
  HttpResponse page = priya.Get("/directory/services/" + debt.id);
  ASSERT_EQ(page.status, 200) << page.body;
  for (std::string_view part :
       {"<h1 class=\"nhsuk-heading-l\">Debt advice appointments</h1>", "Millbrook Money Advice",
        "Money and debt", "Living Well Network", "Who it is for", "Aged 18 and over",
        "How to reach it", "Warm introduction by the team", "Opening times", "Tuesday",
        "9am to 5pm", "Free", "About 14 days to a first meeting", "Accessibility",
        "id=\"last-checked\""}) {
    EXPECT_TRUE(Has(page.body, part)) << part;
  }
  EXPECT_FALSE(Has(page.body, "Mark as checked"));  // not the practitioner's to change

  EXPECT_EQ(priya.Get("/directory/services/0b5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d").status, 404);
  EXPECT_EQ(priya.Get("/directory/services/..%2Fetc").status, 404);
  EXPECT_EQ(priya
                .Post("/directory/services/" + debt.id + "/checked",
                      {{"version", std::to_string(debt.version)}})
                .status,
            404);
}

TEST_F(DirectoryPagesTest, AStaleEntryCarriesAWarning) {
  Browser priya = As("practitioner");
  const Date today = Date::InLondon(clock_.Now());
  const auto stale = Find([&](const DirectoryEntry& e) {
    return e.service.checked.on && Date::DaysBetween(*e.service.checked.on, today) > 400;
  });
  HttpResponse page = priya.Get("/directory/services/" + stale.id);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "Not checked for over a year"));
  EXPECT_TRUE(Has(page.body, "Last checked " + stale.checked.on->ToDisplay()));
  const auto fresh = Find([&](const DirectoryEntry& e) {
    return e.service.checked.on && Date::DaysBetween(*e.service.checked.on, today) < 100;
  });
  EXPECT_FALSE(Has(priya.Get("/directory/services/" + fresh.id).body, "Not checked for over"));
}

TEST_F(DirectoryPagesTest, APartnerMarksTheirOwnEntryCheckedAndAStaleVersionIsAConflict) {
  const auto debt =
      Find([](const DirectoryEntry& e) { return e.organisation_name == "Millbrook Money Advice"; });
  Browser chris = As("partner");
  const std::string url = "/directory/services/" + debt.id;
  HttpResponse page = chris.Get(url);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "Mark as checked"));
  EXPECT_TRUE(Has(page.body, "name=\"version\" value=\"" + std::to_string(debt.version) + "\""));

  HttpResponse done = chris.Post(url + "/checked", {{"version", std::to_string(debt.version)}});
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(done.Header("location"), url + "?done=checked");
  HttpResponse after = chris.Get(url + "?done=checked");
  EXPECT_TRUE(Has(after.body, "Marked as checked today"));
  EXPECT_TRUE(Has(after.body, "Last checked 28 May 2026 by Chris Ellis"));

  HttpResponse crossed = chris.Post(url + "/checked", {{"version", std::to_string(debt.version)}});
  EXPECT_EQ(crossed.status, 409);
  EXPECT_TRUE(Has(crossed.body, "Someone changed this entry"));
  EXPECT_TRUE(Has(crossed.body, "href=\"#checked\""));
  EXPECT_EQ(chris.Post(url + "/checked", {{"version", "x"}}).status, 400);
}

TEST_F(DirectoryPagesTest, TextIsEscaped) {
  Actor admin;
  admin.user_id = "test-admin";
  admin.role = Role::kAdministrator;
  const auto any = Find([](const DirectoryEntry&) { return true; });
  directory::DirectoryService hostile = any;
  hostile.id = "";
  hostile.name = "<script>alert(1)</script>";
  hostile.description = "\"><img src=x onerror=alert(1)>";
  auto added = app().directory().CreateService(admin, hostile);
  ASSERT_TRUE(added) << added.error().message;
  HttpResponse page = As("practitioner").Get("/directory/services/" + added->id);
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(Has(page.body, "<script>alert"));
  EXPECT_FALSE(Has(page.body, "<img src=x"));
  EXPECT_TRUE(Has(page.body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
}

}  // namespace
}  // namespace lw::testing

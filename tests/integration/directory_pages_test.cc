// The directory's entry page over real HTTP with the demo directory: what
// an entry shows, the stale warning, and a partner marking their own entry
// as checked (a stale version is a 409, nothing lost); others may not.
#include <gtest/gtest.h>

#include "frontdoor_pages_fixture.h"

namespace lw::testing {
namespace directory_pages_test {
namespace {

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
}  // namespace directory_pages_test
}  // namespace lw::testing

namespace lw::testing {
namespace directory_pages_test {
namespace {

// The search page (issue 7, point 2): words with a typo, a need and a
// postcode combine; each result says why it matches; bad input gets the
// NHS error summary and nothing else.
TEST_F(DirectoryPagesTest, SearchFindsDebtAdviceNearAPostcodeAndSaysWhy) {
  Browser priya = As("practitioner");
  HttpResponse empty = priya.Get("/directory");
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_TRUE(Has(empty.body, "Find a service or community group"));
  EXPECT_FALSE(Has(empty.body, "places found"));

  HttpResponse found =
      priya.Get("/directory?q=dept+advise&need=money-and-debt&postcode=SK14+2QR&within=25000");
  ASSERT_EQ(found.status, 200) << found.body;
  EXPECT_TRUE(Has(found.body, "places found") || Has(found.body, "place found"));
  EXPECT_TRUE(Has(found.body, "Debt advice appointments"));
  EXPECT_TRUE(Has(found.body, "Why it matches:"));
  EXPECT_TRUE(Has(found.body, "Offers Money and debt"));
  EXPECT_TRUE(Has(found.body, " km away"));

  HttpResponse walking = priya.Get("/directory?q=walking&offer=community-asset&within=5000");
  ASSERT_EQ(walking.status, 200);
  EXPECT_FALSE(Has(walking.body, "Debt advice appointments"));
  EXPECT_TRUE(Has(walking.body, "Community asset"));
}

TEST_F(DirectoryPagesTest, BadSearchesGetAnErrorSummary) {
  Browser priya = As("practitioner");
  HttpResponse unknown = priya.Get("/directory?q=debt&postcode=ZZ99+9ZZ&within=5000");
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(Has(unknown.body, "nhsuk-error-summary"));
  EXPECT_TRUE(Has(unknown.body, "href=\"#postcode\""));

  HttpResponse long_text = priya.Get("/directory?q=" + std::string(300, 'a') + "&within=5000");
  EXPECT_EQ(long_text.status, 422);
  EXPECT_TRUE(Has(long_text.body, "Search for 200 characters or fewer"));

  HttpResponse bad = priya.Get("/directory?q=&need=gold&age=old&within=7");
  EXPECT_EQ(bad.status, 422);
  for (std::string_view field : {"href=\"#need\"", "href=\"#age\"", "href=\"#within\""}) {
    EXPECT_TRUE(Has(bad.body, field)) << field;
  }
  HttpResponse odd = priya.Get("/directory?q=%3Cscript%3E%F0%9F%98%80&within=5000");
  EXPECT_EQ(odd.status, 200);
  EXPECT_FALSE(Has(odd.body, "<script>"));
  Browser signed_out;
  signed_out.client = std::make_unique<HttpClient>(port());
  signed_out.jar = std::make_unique<CookieJar>();
  HttpResponse refused = signed_out.Get("/directory");
  EXPECT_EQ(refused.status, 303);
  EXPECT_EQ(refused.Header("location"), "/sign-in?next=%2Fdirectory");
}

}  // namespace
}  // namespace directory_pages_test
}  // namespace lw::testing

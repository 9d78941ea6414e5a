#include <gtest/gtest.h>

#include <string>

#include "web/directory_pages.h"

namespace lw::web {
namespace directory_page_test {
namespace {

bool Has(const Page& page, std::string_view part) {
  return page.content.str().find(part) != std::string::npos;
}

DirectoryServicePageView View() {
  DirectoryServicePageView v;
  v.entry.organisation.name = "Hyde Community Network";
  v.entry.service = {.id = "1c5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2e",
                     .version = 3,
                     .name = "Hyde Men's Shed",
                     .offer = directory::Offer::kCommunityAsset,
                     .opening = {{.weekday = 6, .opens_at = 570, .closes_at = 720}},
                     .checked = {.on = *Date::FromYmd(2026, 3, 3), .by_name = "Asha Patel"}};
  v.csrf_token = "tok";
  return v;
}

TEST(DirectoryPageTest, ClockTimesAreWrittenTheNhsWay) {
  EXPECT_EQ(ClockTime(540), "9am");
  EXPECT_EQ(ClockTime(570), "9:30am");
  EXPECT_EQ(ClockTime(725), "12:05pm");
  EXPECT_EQ(ClockTime(720), "midday");
  EXPECT_EQ(ClockTime(1020), "5pm");
  EXPECT_EQ(ClockTime(1440), "midnight");
  EXPECT_EQ(ClockTime(0), "midnight");
  EXPECT_EQ(ClockTime(65), "1:05am");
}

TEST(DirectoryPageTest, ShowsWhenLastCheckedAndByWhom) {
  const Page page = DirectoryServicePage(View());
  EXPECT_EQ(page.title, "Hyde Men's Shed");
  EXPECT_TRUE(Has(page, "Last checked 3 March 2026 by Asha Patel"));
  EXPECT_TRUE(Has(page, "Community asset"));
  EXPECT_TRUE(Has(page, "Sunday"));
  EXPECT_TRUE(Has(page, "9:30am to midday"));
  EXPECT_FALSE(Has(page, "Not checked for over"));
  EXPECT_FALSE(Has(page, "Mark as checked"));
}

TEST(DirectoryPageTest, AStaleEntryIsTaggedAndWhoMayChangeItCanMarkItChecked) {
  DirectoryServicePageView v = View();
  v.entry.stale = true;
  v.entry.may_change = true;
  Page page = DirectoryServicePage(v);
  EXPECT_TRUE(Has(page, "nhsuk-tag--orange\">Not checked for over a year"));
  EXPECT_TRUE(
      Has(page, "action=\"/directory/services/1c5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2e/checked\""));
  EXPECT_TRUE(Has(page, "name=\"version\" value=\"3\""));
  v.stale_after_days = 90;
  v.entry.service.checked = {};
  page = DirectoryServicePage(v);
  EXPECT_TRUE(Has(page, "Not checked for over 90 days"));
  EXPECT_TRUE(Has(page, "Never checked"));
}

}  // namespace
}  // namespace directory_page_test
}  // namespace lw::web

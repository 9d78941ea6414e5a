// Field-by-field differences between two versions of a directory entry
// (directory_changes.h).
#include "web/directory_changes.h"

#include <gtest/gtest.h>

#include <string>

namespace lw::web {
namespace directory_changes_test {
namespace {

using directory::DirectoryService;

DirectoryService Before() {
  return {.name = "Hyde Men's Shed",
          .opening = {{.weekday = 1, .opens_at = 570, .closes_at = 720}},
          .places = {{.name = "The Shed", .city = "Hyde", .postcode = "SK14 2QR"}},
          .neighbourhood_ids = {"n-hyde"}};
}

TEST(DirectoryChangesTest, OnlyWhatChangedIsListedInWords) {
  DirectoryService after = Before();
  after.opening[0].closes_at = 1020;
  after.free = false;
  after.cost = "£2";
  after.checked.by_name = "Someone";  // not a field a person changes on the form
  const Neighbourhood hyde{.id = "n-hyde", .name = "Hyde and Hattersley"};
  const std::vector<EntryChange> changes = EntryChanges(Before(), after, {&hyde, 1});
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].label, "Opening times");
  EXPECT_EQ(changes[0].was, "Tuesday 9:30am to midday");
  EXPECT_EQ(changes[0].now, "Tuesday 9:30am to 5pm");
  EXPECT_EQ(changes[1].label, "Cost");
  EXPECT_EQ(changes[1].was, "Free");
  EXPECT_EQ(changes[1].now, "£2");
  EXPECT_TRUE(EntryChanges(Before(), Before()).empty());
  const std::vector<EntryLine> lines = EntryLines(Before(), {&hyde, 1});
  EXPECT_EQ(lines.back().value, "Hyde and Hattersley");
  EXPECT_EQ(EntryLines(DirectoryService{}).back().value, "The whole locality");
}

TEST(DirectoryChangesTest, TheTableEscapesTextAndKeepsLineBreaks) {
  Html h;
  const std::vector<EntryChange> changes = {
      {.label = "Name", .was = "<b>Old</b>", .now = "New\nline"}, {.label = "Phone", .now = "1"}};
  ChangesTable(h, changes, {.caption = "What changed", .was = "Published", .now = "Waiting"});
  const std::string html = h.str();
  EXPECT_NE(html.find("&lt;b&gt;Old&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(html.find("New<br>line"), std::string::npos);
  EXPECT_NE(html.find(">Not given<"), std::string::npos);
  EXPECT_NE(html.find("<caption class=\"nhsuk-table__caption\">What changed</caption>"),
            std::string::npos);
  Html none;
  ChangesTable(none, {}, {.caption = "What changed", .was = "Published", .now = "Waiting"});
  EXPECT_TRUE(none.str().empty());
}

}  // namespace
}  // namespace directory_changes_test
}  // namespace lw::web

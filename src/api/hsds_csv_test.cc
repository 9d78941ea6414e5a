#include "api/hsds_csv.h"

#include <gtest/gtest.h>

namespace lw::api {
namespace hsds_csv_test {
namespace {

using Cells = std::vector<std::string>;

TEST(HsdsCsvTest, ReadsQuotesCommasLineBreaksBomAndCrlf) {
  auto t = ReadCsv(
      "\xEF\xBB\xBF"
      "id, name ,description\r\n"
      "1,\"Debt, money\",\"Say \"\"hello\"\"\r\nthen sit\"\r\n"
      "\r\n"
      "2,Walk,\r\n"
      "3,Last",
      "services.csv");
  ASSERT_TRUE(t.has_value()) << t.error().message;
  EXPECT_EQ(t->header, (Cells{"id", "name", "description"}));
  ASSERT_EQ(t->rows.size(), 3u);
  EXPECT_EQ(t->rows[0].cells, (Cells{"1", "Debt, money", "Say \"hello\"\r\nthen sit"}));
  EXPECT_EQ(t->rows[0].line, 2u);
  EXPECT_EQ(t->rows[1].cells, (Cells{"2", "Walk", ""}));
  EXPECT_EQ(t->rows[1].line, 5u);  // the quoted line break and the blank line count
  EXPECT_EQ(t->rows[2].cells, (Cells{"3", "Last", ""}));  // padded
  EXPECT_EQ(t->Cell(t->rows[0], "name"), "Debt, money");
  EXPECT_EQ(t->Cell(t->rows[0], "nope"), "");
}

TEST(HsdsCsvTest, ARowWithTooManyCellsIsBadAloneAndAnOpenQuoteFailsTheFile) {
  auto t = ReadCsv("id,name\n1,a\n2,b,c\n3,d\n", "x.csv");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->rows.size(), 2u);
  ASSERT_EQ(t->bad_rows.size(), 1u);
  EXPECT_EQ(t->bad_rows[0].first, 3u);
  auto open = ReadCsv("id,name\n1,\"never closed\n2,b\n", "services.csv");
  ASSERT_FALSE(open.has_value());
  EXPECT_EQ(open.error().message, "services.csv line 2: a quoted field is never closed");
  EXPECT_FALSE(ReadCsv("", "empty.csv").has_value());
}

}  // namespace
}  // namespace hsds_csv_test
}  // namespace lw::api

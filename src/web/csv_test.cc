#include "web/csv.h"

#include <gtest/gtest.h>

#include <string>

namespace lw::web::csv {
namespace csv_test {
namespace {

TEST(CsvTest, PlainFieldsAreAsTheyAre) {
  EXPECT_EQ(Cell("2026-05-01"), "2026-05-01");
  EXPECT_EQ(Cell("-3"), "-3");  // our own numbers keep their sign
  EXPECT_EQ(Cell(""), "");
}

TEST(CsvTest, CommasQuotesAndLineBreaksAreQuoted) {
  EXPECT_EQ(Cell("Work, learning"), "\"Work, learning\"");
  EXPECT_EQ(Cell("He said \"yes\""), "\"He said \"\"yes\"\"\"");
  EXPECT_EQ(Cell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(Cell("cr\rhere"), "\"cr\rhere\"");
}

TEST(CsvTest, TextThatASpreadsheetWouldRunIsDisarmed) {
  EXPECT_EQ(TextCell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(TextCell("+1"), "'+1");
  EXPECT_EQ(TextCell("-2"), "'-2");
  EXPECT_EQ(TextCell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(TextCell("\tTab"), "'\tTab");
  EXPECT_EQ(TextCell("Get back to the allotment"), "Get back to the allotment");
}

TEST(CsvTest, RowsAreCommaSeparatedAndEndWithCrlf) {
  std::string out;
  Row(out, {"a", Cell("b,c"), ""});
  Row(out, {"d"});
  EXPECT_EQ(out, "a,\"b,c\",\r\nd\r\n");
}

}  // namespace
}  // namespace csv_test
}  // namespace lw::web::csv

#include "services/postcode_import.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "storage/memory/memory_store.h"

namespace lw {
namespace postcode_import_test {
namespace {

using ::testing::HasSubstr;

std::int64_t Count(Store& store) {
  std::int64_t n = -1;
  EXPECT_TRUE(store.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto c = tx.CountPostcodes();
    if (!c) return Fail(c.error());
    n = *c;
    return Ok();
  }));
  return n;
}

TEST(PostcodeImportTest, StoresInBatchesAndReportsRejectedLinesWithTheirNumbers) {
  auto store = MemoryStore::Create();
  std::istringstream in(
      "postcode,latitude,longitude\n"
      "SK14 2QR,53.451232,-2.072411\n"
      "bad,53.4,-2.0\n"
      "\n"
      "OL6 7AB,53.4941,-2.0833\n"
      "M34 2HJ,53.459,-2.135\n"
      "M43 6AB,999,-2.1\n"
      "SK13 0AB,53.44,-1.95\n");
  auto report = ImportPostcodes(*store, in, {.batch_size = 2, .max_reported = 1});
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->kind, directory::PostcodeFileKind::kFixture);
  EXPECT_EQ(report->lines, 8);
  EXPECT_EQ(report->imported, 4);
  EXPECT_EQ(report->batches, 2);
  EXPECT_EQ(report->skipped, 1);
  EXPECT_EQ(report->rejected, 2);
  ASSERT_EQ(report->rejections.size(), 1u);  // only the first is kept
  EXPECT_EQ(report->rejections[0].line, 3);
  EXPECT_THAT(report->rejections[0].reason, HasSubstr("not a postcode"));
  EXPECT_EQ(Count(*store), 4);
}

TEST(PostcodeImportTest, AFileWithNoLayoutStoresNothing) {
  auto store = MemoryStore::Create();
  std::istringstream in("name,address\nSK14 2QR,53.4,-2.0\n");
  auto report = ImportPostcodes(*store, in);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::kInvalidArgument);
  std::istringstream empty("");
  EXPECT_FALSE(ImportPostcodes(*store, empty));
  EXPECT_EQ(Count(*store), 0);
}

TEST(PostcodeImportTest, CodePointOpenStartsWithData) {
  auto store = MemoryStore::Create();
  std::istringstream in(
      "\"SK141ND\",10,394700,395100,\"E92000001\"\n"
      "\"SK141NE\",10,394750,395150,\"E92000001\"\n");
  auto report = ImportPostcodes(*store, in);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->kind, directory::PostcodeFileKind::kCodePointOpen);
  EXPECT_EQ(report->imported, 2);
}

TEST(PostcodeImportTest, TheDemoFixtureLoadsOnlyIntoAnEmptyTable) {
  auto store = MemoryStore::Create();
  auto loaded = LoadPostcodesIfEmpty(*store, DemoPostcodesCsv());
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_GE(*loaded, 150);
  EXPECT_EQ(Count(*store), *loaded);
  EXPECT_EQ(*LoadPostcodesIfEmpty(*store, DemoPostcodesCsv()), 0);
  // Every fixture line is a Tameside & Glossop postcode inside the UK.
  std::istringstream in{std::string(DemoPostcodesCsv())};
  auto report = ImportPostcodes(*store, in);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->rejected, 0);
  EXPECT_EQ(report->skipped, 0);
}

}  // namespace
}  // namespace postcode_import_test
}  // namespace lw

#include "domain/directory/postcode_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lw::directory {
namespace postcode_file_test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(PostcodeFileTest, SplitsQuotedCsv) {
  EXPECT_THAT(SplitCsvLine("a,\"b,c\",\"say \"\"hi\"\"\",\r"),
              ElementsAre("a", "b,c", "say \"hi\"", ""));
  EXPECT_THAT(SplitCsvLine(""), ElementsAre(""));
}

TEST(PostcodeFileTest, OurFixtureLayout) {
  auto layout = DetectPostcodeLayout("postcode,latitude,longitude");
  ASSERT_TRUE(layout) << layout.error().message;
  EXPECT_EQ(layout->kind, PostcodeFileKind::kFixture);
  EXPECT_TRUE(layout->first_line_is_header);
  auto line = ParsePostcodeLine(*layout, "sk142qr,53.4512345678,-2.07");
  ASSERT_EQ(line.outcome, LineOutcome::kPoint) << line.reason;
  EXPECT_EQ(line.point,
            (PostcodePoint{.postcode = "SK14 2QR", .latitude = 53.451235, .longitude = -2.07}));
  // Columns in another order.
  auto swapped = DetectPostcodeLayout("Longitude,Latitude,Postcode");
  ASSERT_TRUE(swapped);
  EXPECT_EQ(ParsePostcodeLine(*swapped, "-2.07,53.45,OL6 7AB").point.postcode, "OL6 7AB");
}

TEST(PostcodeFileTest, OnsPostcodeDirectoryByHeaderSkippingTerminatedAndUnplaced) {
  auto layout = DetectPostcodeLayout(
      "\"pcd\",\"pcd2\",\"pcds\",\"dointr\",\"doterm\",\"oseast1m\","
      "\"osnrth1m\",\"lat\",\"long\"");
  ASSERT_TRUE(layout) << layout.error().message;
  EXPECT_EQ(layout->kind, PostcodeFileKind::kOnsPostcodeDirectory);
  auto live = ParsePostcodeLine(
      *layout,
      "\"SK141ND\",\"SK14 1ND\",\"SK14 1ND\",\"198001\",\"\",\"394700\",\"395100\","
      "53.451234,-2.079876");
  ASSERT_EQ(live.outcome, LineOutcome::kPoint) << live.reason;
  EXPECT_EQ(live.point.postcode, "SK14 1ND");
  EXPECT_DOUBLE_EQ(live.point.longitude, -2.079876);
  auto gone =
      ParsePostcodeLine(*layout,
                        "\"SK141NX\",\"SK14 1NX\",\"SK14 1NX\",\"198001\",\"200312\",\"394700\","
                        "\"395100\",53.45,-2.08");
  EXPECT_EQ(gone.outcome, LineOutcome::kSkipped);
  EXPECT_THAT(gone.reason, HasSubstr("terminated"));
  auto nowhere = ParsePostcodeLine(
      *layout,
      "\"SK141NY\",\"SK14 1NY\",\"SK14 1NY\",\"198001\",\"\",\"\",\"\",99.999999,0.000000");
  EXPECT_EQ(nowhere.outcome, LineOutcome::kSkipped);
  EXPECT_FALSE(DetectPostcodeLayout("pcds,lat"));
}

TEST(PostcodeFileTest, CodePointOpenHasNoHeaderAndGridCoordinates) {
  const std::string first = "\"SK141ND\",10,394700,395100,\"E92000001\",\"E19000001\"";
  auto layout = DetectPostcodeLayout(first);
  ASSERT_TRUE(layout) << layout.error().message;
  EXPECT_EQ(layout->kind, PostcodeFileKind::kCodePointOpen);
  EXPECT_FALSE(layout->first_line_is_header);
  auto line = ParsePostcodeLine(*layout, first);
  ASSERT_EQ(line.outcome, LineOutcome::kPoint) << line.reason;
  EXPECT_EQ(line.point.postcode, "SK14 1ND");
  // Hyde, a little east of 2.08 W.
  EXPECT_NEAR(line.point.latitude, 53.45, 0.01);
  EXPECT_NEAR(line.point.longitude, -2.08, 0.01);
  EXPECT_EQ(ParsePostcodeLine(*layout, "\"M1  1AE\",90,0,0,\"E92000001\"").outcome,
            LineOutcome::kSkipped);
  EXPECT_EQ(ParsePostcodeLine(*layout, "\"M1  1AE\",10,-5,100,\"E92000001\"").outcome,
            LineOutcome::kRejected);
}

TEST(PostcodeFileTest, BadLinesAreRejectedWithAReason) {
  const PostcodeLayout layout = *DetectPostcodeLayout("postcode,latitude,longitude");
  struct Case {
    std::string line;
    std::string reason;
  };
  for (const Case& c : std::vector<Case>{
           {"SK14 2QR,53.45", "expected at least 3 columns"},
           {"<script>alert(1)</script>,53.45,-2.08", "not a postcode: '<script>"},
           {"SK14 2QR,north,-2.08", "not numbers"},
           {"SK14 2QR,53.45,-2.08x", "not numbers"},
           {"SK14 2QR,nan,-2.08", "not numbers"},
           {"SK14 2QR,1e400,-2.08", "not numbers"},
           {"SK14 2QR,0,0", "outside the UK"},
           {"SK14 2QR,53.45,120", "outside the UK"},
           {std::string("SK14\x01 2QR,53.45,-2.08"), "not a postcode: 'SK14? 2QR'"}}) {
    auto parsed = ParsePostcodeLine(layout, c.line);
    EXPECT_EQ(parsed.outcome, LineOutcome::kRejected) << c.line;
    EXPECT_THAT(parsed.reason, HasSubstr(c.reason)) << c.line;
  }
  EXPECT_EQ(ParsePostcodeLine(layout, "  \r").outcome, LineOutcome::kSkipped);
}

TEST(PostcodeFileTest, AnUnknownFileSaysWhatItExpected) {
  auto r = DetectPostcodeLayout("name,address");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(r.error().message, HasSubstr("ONS Postcode Directory"));
  EXPECT_FALSE(DetectPostcodeLayout(std::string(1, '\0')));
}

}  // namespace
}  // namespace postcode_file_test
}  // namespace lw::directory

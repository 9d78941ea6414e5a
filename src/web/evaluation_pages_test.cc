#include "web/evaluation_pages.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "domain/evaluation/measures.h"
#include "web/charts.h"

namespace lw::web {
namespace evaluation_pages_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::size_t Count(const std::string& text, std::string_view part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++n;
  }
  return n;
}

TEST(EvaluationPagesTest, DaysAreWrittenWithNoMoreDecimalsThanTheyNeed) {
  EXPECT_EQ(DaysText(1400), "14");
  EXPECT_EQ(DaysText(1450), "14.5");
  EXPECT_EQ(DaysText(1425), "14.25");
  EXPECT_EQ(DaysText(1405), "14.05");
  EXPECT_EQ(DaysText(0), "0");
}

TEST(EvaluationPagesTest, FiguresAreWrittenInWordsWithHiddenPartsAsStars) {
  EXPECT_EQ(FigureText(FigureKind::kCount, {.count = 315}), "315");
  EXPECT_EQ(FigureText(FigureKind::kCount, {}), "*");
  EXPECT_EQ(FigureText(FigureKind::kShare, {.count = 190, .denominator = 320, .percent = 60}),
            "60% (190 of 320)");
  EXPECT_EQ(FigureText(FigureKind::kShare, {.count = {}, .denominator = 20}), "* of 20");
  EXPECT_EQ(FigureText(FigureKind::kShare, {}), "*");
  EXPECT_EQ(FigureText(FigureKind::kDays,
                       {.count = 120, .median_hundredths = 1450, .p90_hundredths = 3000}),
            "14.5 days (90th percentile 30, of 120)");
  EXPECT_EQ(FigureText(FigureKind::kDays, {.count = 0}), "none");
  EXPECT_EQ(FigureText(FigureKind::kDays, {}), "*");
}

TEST(EvaluationPagesTest, TheCsvHasARowForEachLocalityAndMonthAndTheWholePeriod) {
  EvaluationTable t;
  t.key = "planned-exits";
  t.name = "Planned exits";
  t.measure = evaluation::FindMeasure("planned-exits");
  t.kind = FigureKind::kShare;
  t.rule = DisclosureRule::kMhsds;
  t.months = {"2026-03", "2026-04"};
  t.rows = {{.locality_id = "loc-1",
             .name = "=Bury",
             .by_month = {{.count = 10, .denominator = 20, .percent = 50},
                          {.count = {}, .denominator = {}, .secondary = true}},
             .whole_period = {.count = {}, .denominator = 25}},
            {.locality_id = "",
             .name = "All localities",
             .by_month = {{.count = 10, .denominator = 20, .percent = 50}, {}},
             .whole_period = {.count = 15, .denominator = 25, .percent = 60}}};
  std::string out;
  EvaluationCsv(out, t, true);
  EXPECT_EQ(out,
            "measure,locality_id,locality,month,count,denominator,percent,median_days,p90_days,"
            "disclosure,hidden\r\n"
            "planned-exits,loc-1,'=Bury,2026-03,10,20,50,,,mhsds,\r\n"
            "planned-exits,loc-1,'=Bury,2026-04,*,*,*,,,mhsds,secondary\r\n"
            "planned-exits,loc-1,'=Bury,all,*,25,*,,,mhsds,primary\r\n"
            "planned-exits,all,All localities,2026-03,10,20,50,,,mhsds,\r\n"
            "planned-exits,all,All localities,2026-04,*,*,*,,,mhsds,primary\r\n"
            "planned-exits,all,All localities,all,15,25,60,,,mhsds,\r\n");
  std::string more;
  EvaluationCsv(more, t, false);
  EXPECT_THAT(more, Not(HasSubstr("measure,locality_id")));

  EvaluationTable days;
  days.key = "waiting-now";
  days.measure = evaluation::FindMeasure("waiting-now");
  days.kind = FigureKind::kDays;
  days.rule = DisclosureRule::kNone;
  days.rows = {{.locality_id = "",
                .name = "All localities",
                .by_month = {},
                .whole_period = {.count = 7, .median_hundredths = 3800, .p90_hundredths = 4040}}};
  std::string waiting;
  EvaluationCsv(waiting, days, false);
  EXPECT_EQ(waiting, "waiting-now,all,All localities,all,7,,,38,40.4,none,\r\n");
}

TEST(ChartsTest, BarsDrawOneBarForEachShownValueAndSayWhyOthersHaveNone) {
  Html h;
  Bars(h, {.id = "b",
           .title = "Planned <exits>",
           .desc = "d",
           .highest = 100,
           .bars = {{.label = "Bury & Co", .value = 60, .value_text = "60%"},
                    {.label = "Wigan", .value = std::nullopt, .value_text = "*"}}});
  const std::string svg = h.str();
  EXPECT_THAT(svg, HasSubstr("role=\"img\""));
  EXPECT_THAT(svg, HasSubstr("Planned &lt;exits&gt;"));
  EXPECT_THAT(svg, HasSubstr("Bury &amp; Co"));
  EXPECT_EQ(Count(svg, "<rect "), 1u);
  // 60% of the 320 units between the axis and the labels' margin.
  EXPECT_THAT(svg, HasSubstr("width=\"192\""));
  EXPECT_THAT(svg, HasSubstr(">*</text>"));
}

TEST(ChartsTest, AMissingPointIsAGapInTheLine) {
  Html h;
  Line(h, {.id = "c",
           .title = "t",
           .desc = "d",
           .lowest = 0,
           .highest = 10,
           .reference = std::nullopt,
           .reference_label = "",
           .points = {{.label = "a", .value = 1},
                      {.label = "b", .value = 2},
                      {.label = "c", .value = 0, .missing = true},
                      {.label = "d", .value = 4},
                      {.label = "e", .value = 5}}});
  const std::string svg = h.str();
  EXPECT_EQ(Count(svg, "<polyline"), 2u);
  EXPECT_EQ(Count(svg, "<circle"), 4u);
  EXPECT_THAT(svg, HasSubstr(">c</text>"));  // its month is still labelled
}

}  // namespace
}  // namespace evaluation_pages_test
}  // namespace lw::web

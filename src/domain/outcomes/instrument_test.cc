#include "domain/outcomes/instrument.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/outcomes/test_support.h"

namespace lw {
namespace instrument_test {
namespace {

using namespace ::lw::outcomes_test;  // NOLINT(google-build-using-namespace)
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

TEST(InstrumentTest, TheTestInstrumentsAreValid) {
  for (const Instrument& i : {Reqol10(), Swemwbs(), Wemwbs(), Core10(), Gbo(), Ucla3(), Ons4()}) {
    EXPECT_GT(i.item_count(), 0u) << i.id();
  }
  const Instrument reqol = Reqol10();
  EXPECT_EQ(reqol.item_count(), 11u);
  EXPECT_EQ(reqol.scored_item_count(), 10);
  EXPECT_TRUE(reqol.item(0).reverse);
  EXPECT_FALSE(reqol.item(1).reverse);
  EXPECT_FALSE(reqol.item(10).scored);
  EXPECT_EQ(reqol.ItemIndex("q3"), 2u);
  EXPECT_EQ(reqol.ItemIndex("q11"), std::nullopt);
}

TEST(InstrumentTest, KeysRoundTrip) {
  for (auto r : {ScoringRule::kSum, ScoringRule::kMean, ScoringRule::kSumThenTable,
                 ScoringRule::kEachItem}) {
    EXPECT_EQ(ParseScoringRule(ScoringRuleKey(r)), r);
  }
  for (auto m : {MissingRule::kNone, MissingRule::kProrate, MissingRule::kSkip}) {
    EXPECT_EQ(ParseMissingRule(MissingRuleKey(m)), m);
  }
  for (auto p : {Polarity::kHigherIsBetter, Polarity::kHigherIsWorse}) {
    EXPECT_EQ(ParsePolarity(PolarityKey(p)), p);
  }
  for (auto s : {ClinicalSide::kBelow, ClinicalSide::kAtOrBelow, ClinicalSide::kAbove,
                 ClinicalSide::kAtOrAbove}) {
    EXPECT_EQ(ParseClinicalSide(ClinicalSideKey(s)), s);
  }
  EXPECT_EQ(ScoringRuleKey(ScoringRule::kSumThenTable), "sum_then_table");
  EXPECT_EQ(ParseScoringRule("total"), std::nullopt);
  EXPECT_EQ(ParsePolarity("higher"), std::nullopt);
}

TEST(InstrumentTest, ClinicalSides) {
  const Points cut = P(25);
  EXPECT_TRUE(IsClinical({cut, ClinicalSide::kBelow}, P(24)));
  EXPECT_FALSE(IsClinical({cut, ClinicalSide::kBelow}, P(25)));
  EXPECT_TRUE(IsClinical({cut, ClinicalSide::kAtOrBelow}, P(25)));
  EXPECT_FALSE(IsClinical({cut, ClinicalSide::kAbove}, P(25)));
  EXPECT_TRUE(IsClinical({cut, ClinicalSide::kAtOrAbove}, P(25)));
  EXPECT_FALSE(IsClinical({cut, ClinicalSide::kAtOrAbove}, Cents(2499)));
}

TEST(InstrumentTest, SnomedIdsNeedTheirCheckDigit) {
  // Every concept in measures.md section 8.3 passes.
  for (const char* id :
       {"1091071000000100", "1091081000000103", "718466001", "960481000000107", "718426000",
        "885541000000103", "718583008", "958051000000104", "1638531000000102", "1638541000000106",
        "1638551000000109", "1037651000000100", "1037691000000108", "1037751000000109"}) {
    EXPECT_TRUE(IsValidSnomedId(id)) << id;
  }
  EXPECT_FALSE(IsValidSnomedId("718583009"));  // wrong check digit
  EXPECT_FALSE(IsValidSnomedId("12345"));      // too short
  EXPECT_FALSE(IsValidSnomedId("07185830"));   // leading zero
  EXPECT_FALSE(IsValidSnomedId("71858300a"));
}

TEST(InstrumentTest, EveryProblemIsReportedWithItsPath) {
  InstrumentDefinition d = Reqol10Definition();
  d.id = "ReQoL 10";
  d.name = "";
  d.licence = " ";
  d.snomed = "1091071000000101";
  d.decimals = 3;
  d.reverse_items.push_back("q12");
  d.items[4].id = "q4";
  d.items[5].text = "";
  d.options[2].value = 1;
  d.options[3].label = "";
  auto r = ValidateInstrument(d);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(Fields(r), UnorderedElementsAre("id", "name", "licence", "snomed", "scoring.decimals",
                                              "options[2].value", "options[3].label", "items[4].id",
                                              "items[5].text", "scoring.reverse_items[4]"));
  EXPECT_EQ(MessageFor(r, "scoring.reverse_items[4]"),
            "unknown item 'q12': no [[items]] has that id");
  EXPECT_EQ(MessageFor(r, "options[2].value"), "the value 1 is offered twice");
}

TEST(InstrumentTest, OptionsMustBeThereForEveryItem) {
  InstrumentDefinition d = Reqol10Definition();
  d.options.clear();
  d.items[0].options = Scale(0, 4);
  d.items[1].options = {{0, "Only one"}};
  auto r = ValidateInstrument(d);
  ASSERT_FALSE(r.has_value());
  EXPECT_THAT(MessageFor(r, "items[2].options"), HasSubstr("no response options"));
  EXPECT_THAT(MessageFor(r, "items[1].options"), HasSubstr("at least two"));
  EXPECT_TRUE(MessageFor(r, "items[0].options").empty());
}

TEST(InstrumentTest, TheRangeMustBeWhatTheItemsAllow) {
  InstrumentDefinition d = Reqol10Definition();
  d.max_score = P(44);
  d.min_score = P(1);
  auto r = ValidateInstrument(d);
  EXPECT_EQ(MessageFor(r, "scoring.max"), "is 44, but the highest score the items allow is 40");
  EXPECT_EQ(MessageFor(r, "scoring.min"), "is 1, but the lowest score the items allow is 0");
}

TEST(InstrumentTest, AMeanRangesOverOneItem) {
  InstrumentDefinition d = Reqol10Definition();
  d.rule = ScoringRule::kMean;
  d.reliable_change = P(1);
  d.cut_off.reset();
  d.max_score = P(4);
  d.decimals = 2;
  EXPECT_TRUE(ValidateInstrument(d).has_value());
}

TEST(InstrumentTest, CutOffAndReliableChangeMustFitTheRange) {
  InstrumentDefinition d = Reqol10Definition();
  d.cut_off = ClinicalCutOff{P(41), ClinicalSide::kBelow};
  d.reliable_change = P(0);
  auto r = ValidateInstrument(d);
  EXPECT_EQ(MessageFor(r, "change.cut_off"), "is 41, outside the score range, 0 to 40");
  EXPECT_EQ(MessageFor(r, "change.reliable_change"), "must be more than 0");
  d.cut_off.reset();
  d.reliable_change = P(41);
  EXPECT_THAT(MessageFor(ValidateInstrument(d), "change.reliable_change"),
              HasSubstr("larger than the whole range"));
}

TEST(InstrumentTest, TheTableMustCoverEveryRawSum) {
  InstrumentDefinition d = SwemwbsDefinition();
  d.table.erase(d.table.begin() + 5, d.table.begin() + 7);  // raw 12 and 13
  d.table.push_back({36, P(36)});
  auto r = ValidateInstrument(d);
  EXPECT_EQ(MessageFor(r, "scoring.table"),
            "does not cover every raw sum from 7 to 35: no row for 12, 13");
  EXPECT_EQ(MessageFor(r, "scoring.table[27].raw"),
            "raw 36 is outside the sums the items allow, 7 to 35");
}

TEST(InstrumentTest, TheTableMayNotRepeatARawSumOrGoDown) {
  InstrumentDefinition d = SwemwbsDefinition();
  d.table.push_back({20, P(18)});
  EXPECT_EQ(MessageFor(ValidateInstrument(d), "scoring.table[29].raw"), "raw 20 has a row already");
  d = SwemwbsDefinition();
  d.table[22].metric = Cents(2500);  // raw 29 below raw 28's 25.03
  EXPECT_EQ(MessageFor(ValidateInstrument(d), "scoring.table"),
            "goes down: raw 29 has a lower metric than the raw sum before it");
}

TEST(InstrumentTest, TheTableNeedsItsRuleAndNoMissingItems) {
  InstrumentDefinition d = SwemwbsDefinition();
  d.table.clear();
  EXPECT_THAT(MessageFor(ValidateInstrument(d), "scoring.table"), HasSubstr("is missing"));
  d = SwemwbsDefinition();
  d.missing = MissingRule::kProrate;
  d.max_missing = 1;
  EXPECT_THAT(MessageFor(ValidateInstrument(d), "scoring.missing"),
              HasSubstr("the table is defined only for whole sums of every item"));
  InstrumentDefinition sum = Reqol10Definition();
  sum.table = {{0, P(0)}};
  EXPECT_EQ(MessageFor(ValidateInstrument(sum), "scoring.table"),
            "only rule = \"sum_then_table\" uses a table");
}

TEST(InstrumentTest, MissingRulesFitTheirScoringRule) {
  InstrumentDefinition d = Core10Definition();
  d.max_missing = 10;
  EXPECT_EQ(MessageFor(ValidateInstrument(d), "scoring.max_missing"),
            "must be from 1 to 9 (the scored items less one) when missing = \"prorate\"");
  d.max_missing = 0;
  EXPECT_THAT(MessageFor(ValidateInstrument(d), "scoring.max_missing"), HasSubstr("from 1 to 9"));
  d = Core10Definition();
  d.missing = MissingRule::kNone;
  EXPECT_EQ(MessageFor(ValidateInstrument(d), "scoring.max_missing"),
            "must be 0 (or left out) when missing = \"none\"");
  d = Core10Definition();
  d.missing = MissingRule::kSkip;
  EXPECT_THAT(MessageFor(ValidateInstrument(d), "scoring.missing"),
              HasSubstr("\"skip\" works only with rule = \"each_item\""));
}

TEST(InstrumentTest, OnlyEachItemInstrumentsSetPolarityBandsOrSnomedPerItem) {
  InstrumentDefinition d = Reqol10Definition();
  d.items[0].polarity = Polarity::kHigherIsWorse;
  d.items[1].bands = {{P(0), "low"}};
  d.items[2].snomed = "718583008";
  auto r = ValidateInstrument(d);
  EXPECT_THAT(Fields(r), ElementsAre("items[0].higher_is", "items[1].bands", "items[2].snomed"));
}

TEST(InstrumentTest, EachItemInstrumentsScoreEveryItemOnTheSameRange) {
  InstrumentDefinition d{.id = "local",
                         .name = "Local",
                         .version = "1",
                         .licence = "our own",
                         .rule = ScoringRule::kEachItem,
                         .max_score = P(10),
                         .options = Scale(0, 10),
                         .items = Items(2)};
  d.items[1].options = Scale(1, 5);
  EXPECT_EQ(MessageFor(ValidateInstrument(d), "items[1].options"),
            "answers run 1 to 5, but every item of an each_item instrument must score 0 to 10");
}

TEST(InstrumentTest, BandsStartAtTheLowestScoreAndRise) {
  InstrumentDefinition d = Reqol10Definition();
  d.bands = {{P(1), "low"}, {P(1), "same"}, {P(41), "beyond"}, {P(42), ""}};
  auto r = ValidateInstrument(d);
  EXPECT_THAT(MessageFor(r, "bands[0].from"), HasSubstr("must be the lowest score, 0"));
  EXPECT_EQ(MessageFor(r, "bands[1].from"), "must be higher than the band before it");
  EXPECT_EQ(MessageFor(r, "bands[2].from"), "is above the highest score, 40");
  EXPECT_EQ(MessageFor(r, "bands[3].label"), "is missing: the band's name");
}

TEST(InstrumentTest, AtLeastOneScoredItem) {
  InstrumentDefinition d = Reqol10Definition();
  for (auto& item : d.items) item.scored = false;
  EXPECT_THAT(MessageFor(ValidateInstrument(d), "items"), HasSubstr("no item is scored"));
  d.items.clear();
  EXPECT_THAT(MessageFor(ValidateInstrument(d), "items"), HasSubstr("at least one item"));
}

TEST(InstrumentTest, OptionsNeedNotBeContiguous) {
  InstrumentDefinition d{.id = "gaps",
                         .name = "Gaps",
                         .version = "1",
                         .licence = "our own",
                         .max_score = P(8),
                         .options = {{0, "None"}, {2, "Some"}, {4, "Lots"}},
                         .items = Items(2)};
  const Instrument i = Valid(d);
  EXPECT_FALSE(i.item(0).contiguous);
  EXPECT_TRUE(i.IsValidAnswer(0, 2));
  EXPECT_FALSE(i.IsValidAnswer(0, 3));
  EXPECT_FALSE(i.IsValidAnswer(0, 5));
  EXPECT_EQ(i.OptionsFor(1).size(), 3u);
}

TEST(InstrumentTest, BandsForTheScoreOrTheItem) {
  const Instrument ons4 = Ons4();
  EXPECT_EQ(ons4.BandFor(P(6), 0), "medium");
  EXPECT_EQ(ons4.BandFor(P(6), 3), "high");  // anxiety's own bands
  EXPECT_EQ(Reqol10().BandFor(P(20)), "");   // no bands
}

}  // namespace
}  // namespace instrument_test
}  // namespace lw

#include "app/instrument_files.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "domain/outcomes/change.h"
#include "domain/outcomes/score.h"
#include "domain/outcomes/test_support.h"
#include "testing/temp_dir.h"

namespace lw {
namespace instrument_files_test {
namespace {

using ::lw::outcomes_test::Cents;
using ::lw::outcomes_test::P;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// The shipped definitions, in the source tree.
std::string ShippedDir() { return std::string(LW_SOURCE_DIR) + "/config/instruments"; }

// Every problem as the server prints it at start: "field: message".
std::vector<std::string> Lines(const Error& e) {
  std::vector<std::string> out;
  out.reserve(e.field_errors.size());
  for (const auto& f : e.field_errors) out.push_back(f.field + ": " + f.message);
  return out;
}

// The shipped instruments by id, loaded once.
const std::map<std::string, Instrument, std::less<>>& Shipped() {
  static const auto shipped = [] {
    std::map<std::string, Instrument, std::less<>> by_id;
    auto all = LoadInstrumentDir(ShippedDir());
    if (!all) {
      ADD_FAILURE() << ::testing::PrintToString(Lines(all.error()));
      return by_id;
    }
    for (auto& i : *all) by_id.emplace(std::string(i.id()), std::move(i));
    return by_id;
  }();
  return shipped;
}

// A shipped instrument; a missing one throws, which fails the test.
const Instrument& Get(std::string_view id) { return Shipped().at(std::string(id)); }

std::optional<Points> ScoreOf(std::string_view id, const std::vector<int>& answers) {
  std::vector<std::int16_t> values;
  values.reserve(answers.size());
  for (int a : answers) values.push_back(a < 0 ? kNoAnswer : static_cast<std::int16_t>(a));
  auto t = ScoreAnswers(Get(id), values);
  EXPECT_TRUE(t.has_value()) << id;
  return t ? t->score : std::nullopt;
}

// --- The shipped files ---------------------------------------------------------

TEST(InstrumentFilesTest, EveryShippedFileLoadsAndValidates) {
  auto all = LoadInstrumentDir(ShippedDir());
  ASSERT_TRUE(all.has_value()) << ::testing::PrintToString(Lines(all.error()));
  std::vector<std::string> ids;
  for (const auto& i : *all) ids.emplace_back(i.id());
  EXPECT_THAT(ids, ElementsAre("core-10", "dialog", "experience", "gbo", "ons4", "reqol-10",
                               "reqol-20", "swemwbs", "ucla-3", "wemwbs"));
}

TEST(InstrumentFilesTest, Section1_1_PolarityOfEveryShippedMeasure) {
  EXPECT_EQ(Get("reqol-10").definition().polarity, Polarity::kHigherIsBetter);
  EXPECT_EQ(Get("reqol-20").definition().polarity, Polarity::kHigherIsBetter);
  EXPECT_EQ(Get("swemwbs").definition().polarity, Polarity::kHigherIsBetter);
  EXPECT_EQ(Get("wemwbs").definition().polarity, Polarity::kHigherIsBetter);
  EXPECT_EQ(Get("core-10").definition().polarity, Polarity::kHigherIsWorse);
  EXPECT_EQ(Get("gbo").definition().polarity, Polarity::kHigherIsBetter);
  EXPECT_EQ(Get("ucla-3").definition().polarity, Polarity::kHigherIsWorse);
  const Instrument& ons4 = Get("ons4");
  for (const char* better : {"satisfaction", "worthwhile", "happy"}) {
    EXPECT_EQ(ons4.item(*ons4.ItemIndex(better)).polarity, Polarity::kHigherIsBetter) << better;
  }
  EXPECT_EQ(ons4.item(*ons4.ItemIndex("anxiety")).polarity, Polarity::kHigherIsWorse);
}

TEST(InstrumentFilesTest, Section2_ReqolShipsStructureAndScoringWithPlaceholderWording) {
  for (const char* id : {"reqol-10", "reqol-20"}) {
    const InstrumentDefinition& d = Get(id).definition();
    EXPECT_TRUE(d.placeholder_wording) << id;
    for (const auto& item : d.items)
      EXPECT_THAT(item.text, HasSubstr("licensed wording goes here"));
    EXPECT_FALSE(d.items.back().scored) << "the physical-health item is never counted";
    EXPECT_EQ(d.missing, MissingRule::kNone);
  }
  const InstrumentDefinition& reqol = Get("reqol-10").definition();
  EXPECT_EQ(reqol.snomed, "1091071000000100");
  EXPECT_EQ(reqol.max_score, P(40));
  EXPECT_EQ(reqol.reliable_change, P(5));
  EXPECT_EQ(reqol.cut_off, (ClinicalCutOff{P(25), ClinicalSide::kBelow}));
  EXPECT_EQ(reqol.reverse_items, (std::vector<std::string>{"q1", "q3", "q6", "q9"}));
  EXPECT_EQ(Get("reqol-20").definition().snomed, "1091081000000103");
  EXPECT_EQ(Get("reqol-20").definition().max_score, P(80));
}

TEST(InstrumentFilesTest, Section2_3_RQ1AndRQ8WithTheShippedReqol10) {
  auto baseline =
      ScoreAnswers(Get("reqol-10"), outcomes_test::Reqol10Answers({1, 2, 1, 2, 1, 1, 2, 1, 2, 1}));
  auto latest =
      ScoreAnswers(Get("reqol-10"), outcomes_test::Reqol10Answers({3, 3, 2, 3, 2, 3, 2, 2, 3, 2}));
  EXPECT_EQ(baseline->score, P(14));
  EXPECT_EQ(latest->score, P(25));
  auto rule = ChangeRuleFor(Get("reqol-10"));
  EXPECT_EQ(ClassifyChange(*rule, P(14), P(25)).outcome(), ChangeOutcome::kReliableRecovery);
  std::vector<std::int16_t> partial = outcomes_test::Reqol10Answers({3, 3, 2, 3, 2, 3, 2, 2, 3, 2});
  partial[0] = kNoAnswer;
  EXPECT_EQ(ScoreAnswers(Get("reqol-10"), partial)->status, ScoreStatus::kPartialNotScorable);
}

TEST(InstrumentFilesTest, Section3_1_TheShippedSwemwbsTableIsMeasuresTable) {
  const Instrument& swemwbs = Get("swemwbs");
  for (int raw = 7; raw <= 35; ++raw) {
    EXPECT_EQ(swemwbs.Metric(raw),
              Cents(outcomes_test::SwemwbsMetricHundredths()[static_cast<std::size_t>(raw - 7)]))
        << raw;
  }
  EXPECT_EQ(ScoreOf("swemwbs", {5, 4, 4, 4, 4, 4, 4}), Cents(2602));  // SW5
  EXPECT_EQ(swemwbs.definition().reliable_change, Cents(287));
  EXPECT_EQ(swemwbs.definition().snomed, "718466001");
  EXPECT_EQ(swemwbs.definition().older_snomed, std::vector<std::string>{"960481000000107"});
}

TEST(InstrumentFilesTest, Section3_2_WemwbsTotalsWithTheShippedFile) {
  EXPECT_EQ(ScoreOf("wemwbs", std::vector<int>(14, 3)), P(42));
  EXPECT_EQ(ScoreOf("wemwbs", std::vector<int>(14, 1)), P(14));
  EXPECT_EQ(ScoreOf("wemwbs", std::vector<int>(14, 5)), P(70));
  EXPECT_EQ(ScoreOf("wemwbs", {2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3}), P(35));
  EXPECT_EQ(ScoreOf("wemwbs", {4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3}), P(49));
}

TEST(InstrumentFilesTest, Section4_3_CoreVectorsWithTheShippedFile) {
  EXPECT_EQ(ScoreOf("core-10", {2, 1, 1, 2, 1, 0, 2, 2, 2, 1}), P(18));
  EXPECT_EQ(ScoreOf("core-10", {0, 4, 4, 0, 0, 0, 0, 0, 0, 0}), P(0));
  EXPECT_EQ(ScoreOf("core-10", {4, 0, 0, 4, 4, 4, 4, 4, 4, 4}), P(40));
  EXPECT_EQ(ScoreOf("core-10", {2, 1, 1, 2, 1, 0, 2, 2, -1, 1}), Cents(1778));
  EXPECT_EQ(ScoreOf("core-10", {1, 3, 3, 1, 0, 0, 1, 1, 1, 0}), P(7));
  const InstrumentDefinition& d = Get("core-10").definition();
  EXPECT_EQ(d.reliable_change, P(6));
  EXPECT_EQ(d.cut_off, (ClinicalCutOff{P(11), ClinicalSide::kAtOrAbove}));
  EXPECT_EQ(d.snomed, "718583008");
}

TEST(InstrumentFilesTest, Section5_GboGoalsEachWithTheirOwnConcept) {
  const InstrumentDefinition& d = Get("gbo").definition();
  EXPECT_EQ(d.rule, ScoringRule::kEachItem);
  EXPECT_EQ(d.reliable_change, P(3));
  ASSERT_EQ(d.items.size(), 3u);
  EXPECT_EQ(d.items[0].snomed, "1638531000000102");
  EXPECT_EQ(d.items[2].snomed, "1638551000000109");
  auto rule = ChangeRuleFor(Get("gbo"), {}, "goal-1");
  EXPECT_EQ(ClassifyChange(*rule, P(2), P(6)).reliability, Reliability::kReliableImprovement);
}

TEST(InstrumentFilesTest, Section6_1_UclaWithTheShippedFile) {
  const Instrument& ucla = Get("ucla-3");
  EXPECT_EQ(ScoreOf("ucla-3", {1, 1, 1}), P(3));
  EXPECT_EQ(ucla.BandFor(P(3)), "Not lonely");
  EXPECT_EQ(ScoreOf("ucla-3", {2, 2, 2}), P(6));
  EXPECT_EQ(ucla.BandFor(P(6)), "Lonely");
  EXPECT_EQ(ScoreOf("ucla-3", {2, 2, 1}), P(5));
  EXPECT_EQ(ucla.BandFor(P(5)), "Not lonely");
  EXPECT_TRUE(IsClinical(*ucla.definition().cut_off, P(7)));
  EXPECT_EQ(ucla.definition().reliable_change, std::nullopt);
}

TEST(InstrumentFilesTest, Section6_2_Ons4BandsWithTheShippedFile) {
  const Instrument& ons4 = Get("ons4");
  auto band = [&](const char* item, int score) {
    return std::string(ons4.BandFor(P(score), ons4.ItemIndex(item)));
  };
  EXPECT_EQ(band("satisfaction", 4), "Low");
  EXPECT_EQ(band("satisfaction", 5), "Medium");
  EXPECT_EQ(band("worthwhile", 6), "Medium");
  EXPECT_EQ(band("happy", 7), "High");
  EXPECT_EQ(band("happy", 8), "High");
  EXPECT_EQ(band("happy", 9), "Very high");
  EXPECT_EQ(band("anxiety", 1), "Very low");
  EXPECT_EQ(band("anxiety", 2), "Low");
  EXPECT_EQ(band("anxiety", 5), "Medium");
  EXPECT_EQ(band("anxiety", 6), "High");
}

TEST(InstrumentFilesTest, Section6_3_DialogElevenItemsScoredOneByOne) {
  const Instrument& dialog = Get("dialog");
  const InstrumentDefinition& d = dialog.definition();
  EXPECT_EQ(d.rule, ScoringRule::kEachItem);
  ASSERT_EQ(d.items.size(), 11u);
  EXPECT_EQ(d.items[4].snomed, "1037691000000108");  // item 5, leisure
  EXPECT_EQ(d.reliable_change, P(1));
  EXPECT_FALSE(dialog.IsValidAnswer(0, 8));  // NHS England discards 8
  auto rule = ChangeRuleFor(dialog, {}, "q5");
  EXPECT_EQ(ClassifyChange(*rule, P(3), P(4)).reliability, Reliability::kReliableImprovement);
}

TEST(InstrumentFilesTest, TheExperienceQuestionsAreOurOwnWording) {
  const InstrumentDefinition& d = Get("experience").definition();
  EXPECT_FALSE(d.placeholder_wording);
  std::vector<std::string> texts;
  texts.reserve(d.items.size());
  for (const auto& item : d.items) texts.push_back(item.text);
  EXPECT_THAT(texts, ElementsAre("I felt listened to", "The people supporting me worked together",
                                 "The support made sense to me", "I would use the service again"));
  EXPECT_EQ(d.options.size(), 5u);
  EXPECT_THAT(d.licence, HasSubstr("Our own"));
}

// --- Bad files -----------------------------------------------------------------

constexpr const char* kMinimal = R"(id = "local"
name = "Local measure"
version = "1"
licence = "our own"
higher_is = "better"
[scoring]
rule = "sum"
min = 0
max = 2
[[options]]
value = 0
label = "No"
[[options]]
value = 1
label = "Yes"
[[items]]
id = "a"
text = "A?"
[[items]]
id = "b"
text = "B?"
)";

TEST(InstrumentFilesTest, AMinimalLocalMeasureLoads) {
  auto i = ParseInstrumentToml(kMinimal, "local.toml");
  ASSERT_TRUE(i.has_value()) << ::testing::PrintToString(Lines(i.error()));
  EXPECT_EQ(i->id(), "local");
  EXPECT_EQ(i->definition().missing, MissingRule::kNone);
  EXPECT_EQ(i->definition().reliable_change, std::nullopt);
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

// The binary carries the shipped files (embed_instruments.cmake): the same
// files, loaded the same way, as the source tree's.
TEST(InstrumentFilesTest, TheBuiltInInstrumentsAreTheShippedFiles) {
  auto dir = LoadInstrumentDir(ShippedDir());
  ASSERT_TRUE(dir.has_value());
  std::vector<std::string> on_disk;
  for (const auto& entry : std::filesystem::directory_iterator(ShippedDir())) {
    on_disk.push_back(entry.path().filename().string());
  }
  std::ranges::sort(on_disk);
  std::vector<std::string> built_in;
  for (const InstrumentFile& f : ShippedInstrumentFiles()) {
    built_in.emplace_back(f.name);
    std::ifstream in(ShippedDir() + "/" + std::string(f.name));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(f.text, text) << f.name;
  }
  EXPECT_EQ(built_in, on_disk);
  auto shipped = LoadShippedInstruments();
  ASSERT_TRUE(shipped.has_value()) << ::testing::PrintToString(Lines(shipped.error()));
  ASSERT_EQ(shipped->size(), dir->size());
  for (std::size_t i = 0; i < dir->size(); ++i) {
    EXPECT_EQ((*shipped)[i].definition(), (*dir)[i].definition()) << (*dir)[i].id();
  }
}

// Files given by name and text load as a directory's do, their problems
// named by file and by the set they came in.
TEST(InstrumentFilesTest, FilesGivenAsTextLoadAndNameTheirProblems) {
  const std::string bad = Replace(kMinimal, "rule = \"sum\"", "rule = \"total\"");
  std::vector<InstrumentFile> files = {{"local.toml", kMinimal}};
  auto ok = LoadInstrumentFiles(files, "test set");
  ASSERT_TRUE(ok.has_value());
  ASSERT_EQ(ok->size(), 1u);
  EXPECT_EQ((*ok)[0].id(), "local");
  files.push_back({"other.toml", bad});
  auto refused = LoadInstrumentFiles(files, "test set");
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().message, "test set: 1 problem");
  EXPECT_THAT(Lines(refused.error()),
              ElementsAre("other.toml:7:8: scoring.rule: unknown value 'total': use sum, mean, "
                          "sum_then_table or each_item"));
  EXPECT_FALSE(LoadInstrumentFiles({}, "test set").has_value()) << "no definitions";
}

TEST(InstrumentFilesTest, AnInvalidScoringRuleNamesTheFileLineAndKey) {
  auto i =
      ParseInstrumentToml(Replace(kMinimal, "rule = \"sum\"", "rule = \"total\""), "reqol10.toml");
  ASSERT_FALSE(i.has_value());
  EXPECT_EQ(i.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(i.error().message, "reqol10.toml: 1 problem");
  EXPECT_THAT(Lines(i.error()),
              ElementsAre("reqol10.toml:7:8: scoring.rule: unknown value 'total': use sum, mean, "
                          "sum_then_table or each_item"));
}

TEST(InstrumentFilesTest, ASyntaxErrorNamesTheLineAndColumn) {
  auto i = ParseInstrumentToml("id = \"x\"\nname = \n", "bad.toml");
  ASSERT_FALSE(i.has_value());
  ASSERT_EQ(i.error().field_errors.size(), 1u);
  EXPECT_TRUE(i.error().field_errors[0].field.starts_with("bad.toml:2:")) << Lines(i.error())[0];
}

TEST(InstrumentFilesTest, UnknownKeysWrongTypesAndInvalidValuesAreAllReportedInFileOrder) {
  std::string text = kMinimal;
  text = Replace(text, "version = \"1\"", "version = 1\ncolour = \"blue\"");
  text = Replace(text, "max = 2", "max = 2.5\nreverse_items = [\"c\"]");
  text = Replace(text, "label = \"Yes\"", "label = 5");
  text += "reversed = true\n[change]\ncut_off = 7\n";
  auto i = ParseInstrumentToml(text, "local.toml");
  ASSERT_FALSE(i.has_value());
  EXPECT_THAT(
      Lines(i.error()),
      ElementsAre(
          "local.toml:3:11: version: must be text in quotes",
          HasSubstr("local.toml:4:1: colour: unknown key: an instrument file takes id, name,"),
          "local.toml:10:7: scoring.max: is 2.5, but the highest score the items allow is 2",
          "local.toml:11:18: scoring.reverse_items[0]: unknown item 'c': no [[items]] has that id",
          "local.toml:17:9: options[1].label: must be text in quotes",
          HasSubstr("local.toml:24:1: items[1].reversed: unknown key: [[items]] takes id, text,"),
          "local.toml:26:11: change.clinical: is missing: say which side of the cut-off is "
          "clinical (below, at_or_below, above or at_or_above)",
          "local.toml:26:11: change.cut_off: is 7, outside the score range, 0 to 2.5"));
}

TEST(InstrumentFilesTest, MissingKeysAreNamedWithTheirTable) {
  auto i = ParseInstrumentToml("id = \"x\"\n[scoring]\nmin = 0\n", "x.toml");
  ASSERT_FALSE(i.has_value());
  const std::vector<std::string> lines = Lines(i.error());
  EXPECT_THAT(lines, ::testing::Contains(HasSubstr(" name: is missing")));
  EXPECT_THAT(lines, ::testing::Contains("x.toml:2:1: scoring.rule: is missing: how the items "
                                         "make a score: sum, mean, sum_then_table or each_item"));
  EXPECT_THAT(lines, ::testing::Contains(HasSubstr(" items: is missing")));
}

TEST(InstrumentFilesTest, ATableWithAGapIsRefusedAtTheTable) {
  std::ifstream in(ShippedDir() + "/swemwbs.toml");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  text = Replace(text, "  { raw = 12, metric = 14.08 },\n", "");
  auto i = ParseInstrumentToml(text, "swemwbs.toml");
  ASSERT_FALSE(i.has_value());
  ASSERT_EQ(i.error().field_errors.size(), 1u);
  EXPECT_THAT(Lines(i.error())[0],
              ::testing::MatchesRegex("swemwbs\\.toml:[0-9]+:9: scoring\\.table: does not cover "
                                      "every raw sum from 7 to 35: no row for 12"));
}

TEST(InstrumentFilesTest, ListsMustBeListsOfTables) {
  auto i = ParseInstrumentToml("items = 3\noptions = [1]\n", "l.toml");
  ASSERT_FALSE(i.has_value());
  EXPECT_THAT(Lines(i.error()), ::testing::IsSupersetOf({
                                    "l.toml:1:9: items: must be a list of tables, each headed "
                                    "[[items]]",
                                    "l.toml:2:12: options[0]: must be a table, headed [[options]]",
                                }));
}

// --- Licensed wording -------------------------------------------------------------

std::string ReqolWording(int items = 10) {
  std::string text =
      "instrument = \"reqol-10\"\nlicence = \"OUI licence 1234 to Tameside\"\n[text]\n";
  for (int i = 1; i <= items; ++i) {
    text += "q" + std::to_string(i) + " = \"Licensed item " + std::to_string(i) + "\"\n";
  }
  return text + "physical-health = \"Licensed physical item\"\n";
}

void Copy(const std::string& from, const std::string& to) {
  std::ifstream in(from, std::ios::binary);
  std::ofstream(to, std::ios::binary) << in.rdbuf();
}

TEST(InstrumentFilesTest, ALicensedLocalityAddsTheWordingBesideTheDefinition) {
  testing::TempDir dir;
  Copy(ShippedDir() + "/reqol10.toml", dir.File("reqol10.toml"));
  std::ofstream(dir.File("reqol10.wording.toml")) << ReqolWording();
  auto all = LoadInstrumentDir(dir.path());
  ASSERT_TRUE(all.has_value()) << ::testing::PrintToString(Lines(all.error()));
  ASSERT_EQ(all->size(), 1u);
  const InstrumentDefinition& d = (*all)[0].definition();
  EXPECT_FALSE(d.placeholder_wording);
  EXPECT_EQ(d.wording_licence, "OUI licence 1234 to Tameside");
  EXPECT_EQ(d.items[0].text, "Licensed item 1");
  EXPECT_EQ(d.items[10].text, "Licensed physical item");
  EXPECT_EQ(d.reverse_items, Get("reqol-10").definition().reverse_items);  // scoring unchanged
}

TEST(InstrumentFilesTest, WordingMustCoverEveryItemAndNoOthers) {
  auto wording = ParseWordingToml(ReqolWording(9) + "q12 = \"Extra\"\n", "w.toml");
  ASSERT_TRUE(wording.has_value());
  auto applied = ApplyWording(Get("reqol-10"), *wording);
  ASSERT_FALSE(applied.has_value());
  EXPECT_THAT(Lines(applied.error()),
              ElementsAre("text.q12: there is no item q12 in reqol-10",
                          "text: every item needs its wording; none for q10"));
}

TEST(InstrumentFilesTest, AWordingFileIsCheckedLikeADefinition) {
  auto w = ParseWordingToml(
      "instrument = \"reqol-10\"\nlicense = \"x\"\n[text]\nq1 = 3\nq2 = \" \"\n", "w.toml");
  ASSERT_FALSE(w.has_value());
  EXPECT_THAT(Lines(w.error()),
              ::testing::UnorderedElementsAre(
                  HasSubstr(" licence: is missing"), HasSubstr("w.toml:2:1: license: unknown key"),
                  "w.toml:4:6: text.q1: must be text in quotes",
                  "w.toml:5:6: text.q2: is empty: give the item's wording"));
}

TEST(InstrumentFilesTest, TheDirectorysProblemsAreAllListed) {
  testing::TempDir dir;
  Copy(ShippedDir() + "/reqol10.toml", dir.File("a.toml"));
  Copy(ShippedDir() + "/reqol10.toml", dir.File("b.toml"));
  std::ofstream(dir.File("c.toml")) << Replace(kMinimal, "rule = \"sum\"", "rule = \"total\"");
  std::ofstream(dir.File("gbo.wording.toml"))
      << "instrument = \"gbo\"\nlicence = \"x\"\n[text]\ngoal-1 = \"Goal\"\n";
  std::ofstream(dir.File("notes.txt")) << "not a definition";
  auto all = LoadInstrumentDir(dir.path());
  ASSERT_FALSE(all.has_value());
  EXPECT_EQ(all.error().message, dir.path() + ": 3 problems");
  EXPECT_THAT(
      Lines(all.error()),
      ElementsAre("b.toml: id: 'reqol-10' is defined in a.toml too: each instrument has "
                  "one file",
                  HasSubstr("c.toml:7:8: scoring.rule: unknown value 'total'"),
                  "gbo.wording.toml: instrument: there is no instrument 'gbo' in " + dir.path()));
}

TEST(InstrumentFilesTest, AnEmptyOrMissingDirectoryIsAnError) {
  testing::TempDir dir;
  auto empty = LoadInstrumentDir(dir.path());
  ASSERT_FALSE(empty.has_value());
  EXPECT_THAT(Lines(empty.error())[0], HasSubstr("has no instrument definitions"));
  auto missing = LoadInstrumentDir(dir.File("nowhere"));
  ASSERT_FALSE(missing.has_value());
  EXPECT_THAT(Lines(missing.error())[0], HasSubstr("cannot read the instruments directory"));
}

}  // namespace
}  // namespace instrument_files_test
}  // namespace lw

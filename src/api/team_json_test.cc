#include "api/team_json.h"

#include <gtest/gtest.h>

#include "api/json_reader.h"
#include "base/dates.h"

namespace lw::api {
namespace team_json_test {
namespace {

namespace json = boost::json;

json::object Parse(std::string_view text) { return json::parse(text).as_object(); }

std::vector<std::string> FieldsOf(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

Date Day(std::string_view iso) { return *Date::Parse(iso); }

TEST(ParseInstantTest, ReadsRfc3339WithAnOffsetAndFractions) {
  auto utc = ParseInstant("2026-05-28T09:30:00Z");
  ASSERT_TRUE(utc);
  EXPECT_EQ(FormatUtcIso(*utc), "2026-05-28T09:30:00.000000Z");
  auto bst = ParseInstant("2026-05-28T10:30:00.25+01:00");
  ASSERT_TRUE(bst);
  EXPECT_EQ(FormatUtcIso(*bst), "2026-05-28T09:30:00.250000Z");
  auto west = ParseInstant("2026-05-28T23:15:07.1234567-02:30");
  ASSERT_TRUE(west);
  EXPECT_EQ(FormatUtcIso(*west), "2026-05-29T01:45:07.123456Z");
}

TEST(ParseInstantTest, RefusesAnythingElse) {
  for (const char* bad :
       {"", "2026-05-28", "2026-05-28T09:30Z", "2026-05-28T09:30:00", "2026-05-28 09:30:00Z",
        "2026-02-30T09:30:00Z", "2026-05-28T24:00:00Z", "2026-05-28T09:30:00+1:00",
        "2026-05-28T09:30:00.Z", "2026-05-28T09:30:00Zjunk"}) {
    EXPECT_FALSE(ParseInstant(bad)) << bad;
  }
}

TEST(TeamJsonReadTest, OpenEpisodeReadsEveryMemberAndDefaultsTheIntensity) {
  auto in = ReadOpenEpisode(Parse(
      R"({"person_id":"p","keyworker_user_id":"k","started_on":"2026-05-01",
          "planned_end_on":null,"introduction_id":"i"})"));
  ASSERT_TRUE(in);
  EXPECT_EQ(in->person_id, "p");
  EXPECT_EQ(in->keyworker_user_id, "k");
  EXPECT_EQ(in->started_on, Day("2026-05-01"));
  EXPECT_FALSE(in->planned_end_on);
  EXPECT_EQ(in->intensity, Intensity::kRegular);
  EXPECT_EQ(in->introduction_id, "i");
}

TEST(TeamJsonReadTest, OpenEpisodeNamesEachBadMember) {
  auto in = ReadOpenEpisode(
      Parse(R"({"person_id":3,"planned_end_on":"2026-02-30","intensity":"huge","colour":"red"})"));
  ASSERT_FALSE(in);
  EXPECT_EQ(FieldsOf(in.error()),
            (std::vector<std::string>{"person_id", "started_on", "planned_end_on", "intensity",
                                      "colour"}));
}

TEST(TeamJsonReadTest, KeyworkerErrorsAreOnTheDomainsFieldName) {
  auto in = ReadKeyworker(Parse(R"({"user_id":false,"from":"2026-05-01"})"));
  ASSERT_FALSE(in);
  EXPECT_EQ(FieldsOf(in.error()), (std::vector<std::string>{"keyworker_user_id"}));
}

TEST(TeamJsonReadTest, PlannedEndingNeedsTheMemberAndNullRemovesIt) {
  auto cleared = ReadPlannedEnding(Parse(R"({"planned_end_on":null})"));
  ASSERT_TRUE(cleared);
  EXPECT_FALSE(*cleared);
  auto set = ReadPlannedEnding(Parse(R"({"planned_end_on":"2026-07-01"})"));
  ASSERT_TRUE(set);
  EXPECT_EQ(**set, Day("2026-07-01"));
  auto missing = ReadPlannedEnding(Parse("{}"));
  ASSERT_FALSE(missing);
  EXPECT_EQ(FieldsOf(missing.error()), (std::vector<std::string>{"planned_end_on"}));
}

TEST(TeamJsonReadTest, ContactReadsStaffPeopleAndVocabulary) {
  auto c = ReadContact(Parse(R"({"occurred_at":"2026-05-28T10:00:00+01:00",
      "duration_minutes":45,"staff":[{"user_id":"u","organisation_id":"o"}],
      "people":[{"person_id":"p","episode_id":"e","attendance":"did-not-attend"}],
      "mode":"face-to-face","place":"community-venue","note":"<b>hi</b>"})"));
  ASSERT_TRUE(c);
  EXPECT_EQ(FormatUtcIso(c->occurred_at), "2026-05-28T09:00:00.000000Z");
  EXPECT_EQ(c->duration_minutes, 45);
  EXPECT_EQ(c->staff, (std::vector<ContactStaff>{{"u", "o"}}));
  EXPECT_EQ(c->people, (std::vector<ContactPerson>{{"p", "e", Attendance::kDidNotAttend}}));
  EXPECT_EQ(c->mode, ContactMode::kFaceToFace);
  EXPECT_EQ(c->place, ContactPlace::kCommunityVenue);
  EXPECT_EQ(c->note, "<b>hi</b>");
}

TEST(TeamJsonReadTest, ContactProblemsInsideEntriesAreOnStaffAndPeople) {
  auto c = ReadContact(Parse(R"({"occurred_at":"yesterday","duration_minutes":1.5,
      "staff":[{"user":"u"}],"people":[{"person_id":"p"},{"person_id":"q","attendance":"late"}],
      "mode":"carrier-pigeon","place":"moon"})"));
  ASSERT_FALSE(c);
  EXPECT_EQ(FieldsOf(c.error()),
            (std::vector<std::string>{"occurred_at", "duration_minutes", "staff", "people",
                                      "people", "mode", "place"}));
  auto no_mode = ReadContact(Parse("{}"));
  ASSERT_FALSE(no_mode);
  EXPECT_EQ(FieldsOf(no_mode.error()), (std::vector<std::string>{"mode"}));
}

TEST(TeamJsonReadTest, DecisionNeedsWhatItIsAboutAndItsDays) {
  auto d = ReadDecision(Parse(R"({"about":{"kind":"concern","id":"c"},"what":"Ring her",
      "who_does_it":"u","by_when":"2026-05-29","present":["a","b"],"huddle_on":"2026-05-28"})"));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->about, (DecisionSubject{DecisionSubjectKind::kConcern, "c"}));
  EXPECT_EQ(d->by_when, Day("2026-05-29"));
  EXPECT_EQ(d->huddle_on, Day("2026-05-28"));
  EXPECT_EQ(d->present, (std::vector<std::string>{"a", "b"}));
  auto bad = ReadDecision(Parse(R"({"about":{"kind":"ticket","id":"c"},"present":"a"})"));
  ASSERT_FALSE(bad);
  EXPECT_EQ(FieldsOf(bad.error()),
            (std::vector<std::string>{"about", "by_when", "present", "huddle_on"}));
}

TEST(TeamJsonReadTest, DetailsRoundTripThroughTheirJson) {
  PersonDetailsRecord record{.person_id = "p", .version = 3};
  PersonDetails& d = record.details;
  d.legal_name = {"Siobhan", "Kelly"};
  d.pronouns = "she/her";
  d.address = {"1 Mill Lane", "", "Hyde", "SK14 1AA"};
  d.contact = {.methods = {ContactMethod::kText}, .phone = "07700 900982", .safe_times = "eves"};
  d.people_in_corner = {{.id = "c1",
                         .name = "Aoife",
                         .relationship = CornerRelationship::kOther,
                         .relationship_detail = "Godmother",
                         .may_contact = true}};
  d.languages = {{"Irish", true}};
  d.interpreter_needed = false;
  d.equality.answers["sexual_orientation"] = {.option = "prefer-not-to-say"};
  auto read = ReadDetails(DetailsJson(record));
  ASSERT_TRUE(read) << read.error().front().field;
  EXPECT_EQ(read->details, d);
}

TEST(TeamJsonReadTest, DetailsProblemsAreNamedAsTheDomainNamesThem) {
  auto read = ReadDetails(Parse(R"({"contact_methods":["pigeon"],"interpreter_needed":"no",
      "people_in_corner":[{"name":"Aoife"},{"name":"Dad","relationship":"family","age":70}],
      "languages":[{"name":"Irish","main":"yes"}],"equality":{"religion":7}})"));
  ASSERT_FALSE(read);
  EXPECT_EQ(
      FieldsOf(read.error()),
      (std::vector<std::string>{"contact_methods", "corner_0_relationship", "corner_1_age",
                                "language_0_main", "interpreter_needed", "equality.religion"}));
}

TEST(TeamJsonWriteTest, AnEpisodeCarriesItsKeysDatesAndNulls) {
  Episode e{.id = "e",
            .version = 2,
            .person_id = "p",
            .team_id = "t",
            .keyworker_user_id = "k",
            .keyworker_history = {{.user_id = "k", .from = Day("2026-05-01")}},
            .started_on = Day("2026-05-01"),
            .rhythm = {.review_every_weeks = 6},
            .intensity = Intensity::kIntensive};
  json::object o = EpisodeJson(e);
  EXPECT_EQ(o.at("intensity"), "intensive");
  EXPECT_EQ(o.at("status"), "active");
  EXPECT_EQ(o.at("started_on"), "2026-05-01");
  EXPECT_EQ(o.at("next_review_due"), "2026-06-12");
  EXPECT_TRUE(o.at("introduction_id").is_null());
  EXPECT_TRUE(o.at("ending").is_null());
  EXPECT_TRUE(o.at("keyworker_history").at(0).at("to").is_null());
  EXPECT_TRUE(o.at("rhythm").at("time_limit_weeks").is_null());
}

}  // namespace
}  // namespace team_json_test
}  // namespace lw::api

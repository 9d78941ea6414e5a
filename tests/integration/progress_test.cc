// Goals, the Wheel of Life, questionnaires and progress over real HTTP
// (issue 6), through the JSON API and the pages, with the shipped
// instruments and the demo's accounts (team_api_fixture.h).
//
// The worked example (measures.md 1.2 and 2.1, ReQoL-10: sum of 10 items
// 0-4, items 1, 3, 6 and 9 reverse-scored, reliable change 5, clinical
// below 25): at baseline every item answered 2 scores 10 x 2 = 20
// (reversed items 4 - 2 = 2), in the clinical range. At review the plain
// items answered 3 and the reversed ones 1 (scoring 4 - 1 = 3) give
// 10 x 3 = 30. The change is +10 >= 5 in the better direction: a reliable
// improvement; 20 < 25 was clinical and 30 is not, so it is a reliable
// recovery (clinically significant improvement).
#include <gtest/gtest.h>

#include "team_api_fixture.h"

namespace lw::testing {
namespace progress_test {
namespace {

using ProgressApiTest = TeamApiTest;

json::array ReqolAnswers(int plain, int reversed, const std::string& skip = "") {
  json::array out;
  for (int i = 1; i <= 10; ++i) {
    const std::string item = "q" + std::to_string(i);
    const bool rev = i == 1 || i == 3 || i == 6 || i == 9;
    if (item == skip) {
      out.push_back(json::object{{"item", item}, {"value", nullptr}});
    } else {
      out.push_back(json::object{{"item", item}, {"value", rev ? reversed : plain}});
    }
  }
  return out;
}

json::object Reqol(const std::string& occasion, const std::string& on, json::array answers) {
  return {{"instrument", "reqol-10"},
          {"occasion", occasion},
          {"entered_by", "person"},
          {"on", on},
          {"answers", std::move(answers)}};
}

TEST_F(ProgressApiTest, GoalsAreSetRatedTwiceAndMarked) {
  HttpClient c(port());
  const std::string base = "/people/" + person_id_ + "/goals";
  HttpResponse set = Post(c, base, "practitioner",
                          {{"text", "Get back to the allotment"},
                           {"life_area", "community-and-leisure"},
                           {"set_on", "2026-05-01"},
                           {"first_rating", 2},
                           {"entered_by", "person"}});
  ASSERT_EQ(set.status, 201) << set.body;
  EXPECT_EQ(set.Header("etag"), "\"1\"");
  const std::string goal = Id(set);
  HttpResponse r1 =
      Post(c, base + "/" + goal + "/ratings", "practitioner",
           {{"rating", 4}, {"on", "2026-05-14"}, {"entered_by", "together"}}, "\"1\"");
  ASSERT_EQ(r1.status, 200) << r1.body;
  HttpResponse r2 =
      Post(c, base + "/" + goal + "/ratings", "practitioner",
           {{"rating", 7}, {"entered_by", "person"}, {"note", "Went twice"}}, "\"2\"");
  ASSERT_EQ(r2.status, 200) << r2.body;
  json::object rated = Body(r2);
  ASSERT_EQ(rated.at("ratings").as_array().size(), 3U);
  EXPECT_EQ(rated.at("ratings").as_array()[2].at("on").as_string(), kToday);
  // A stale If-Match is refused and changes nothing.
  HttpResponse stale = Post(c, base + "/" + goal + "/ratings", "practitioner",
                            {{"rating", 1}, {"entered_by", "person"}}, "\"2\"");
  EXPECT_EQ(stale.status, 412) << stale.body;
  EXPECT_EQ(Body(stale).at("current_version").as_int64(), 3);
  HttpResponse status =
      Call(c, "PUT", base + "/" + goal + "/status", "practitioner",
           json::object{{"status", "achieved"}, {"note", "Every week now"}}, "\"3\"");
  ASSERT_EQ(status.status, 200) << status.body;
  EXPECT_EQ(Body(status).at("status").as_string(), "achieved");
  // Achieved takes no more ratings.
  EXPECT_EQ(Post(c, base + "/" + goal + "/ratings", "practitioner",
                 {{"rating", 8}, {"entered_by", "person"}}, "\"4\"")
                .status,
            409);
  HttpResponse list = Get(c, base, "practitioner");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(Body(list).at("items").as_array().size(), 1U);
  // Bad input: 422 naming the fields; nothing stored.
  HttpResponse bad = Post(
      c, base, "practitioner",
      {{"text", ""}, {"life_area", "astrology"}, {"first_rating", 11}, {"entered_by", "person"}});
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_NE(bad.body.find("\"life_area\""), std::string::npos);
  EXPECT_EQ(Body(Get(c, base, "practitioner")).at("items").as_array().size(), 1U);
}

TEST_F(ProgressApiTest, AQuestionnaireAtBaselineAndReviewShowsTheClassification) {
  HttpClient c(port());
  const std::string base = "/people/" + person_id_ + "/questionnaires";
  HttpResponse baseline =
      Post(c, base, "practitioner", Reqol("baseline", "2026-05-01", ReqolAnswers(2, 2)));
  ASSERT_EQ(baseline.status, 201) << baseline.body;
  json::object b = Body(baseline);
  EXPECT_EQ(b.at("score").as_int64(), 20);
  EXPECT_EQ(b.at("status").as_string(), "complete");
  ASSERT_EQ(b.at("answers").as_array().size(), 11U);  // physical-health kept, unanswered
  HttpResponse review =
      Post(c, base, "practitioner", Reqol("review", "2026-05-28", ReqolAnswers(3, 1)));
  ASSERT_EQ(review.status, 201) << review.body;
  EXPECT_EQ(Body(review).at("score").as_int64(), 30);
  // Item-level answers come back.
  HttpResponse one = Get(c, base + "/" + Id(review), "practitioner");
  ASSERT_EQ(one.status, 200);
  EXPECT_EQ(Body(one).at("answers").as_array()[0].at("value").as_int64(), 1);

  HttpResponse progress = Get(c, "/people/" + person_id_ + "/progress", "practitioner");
  ASSERT_EQ(progress.status, 200) << progress.body;
  const json::object body = Body(progress);
  const json::object& m = body.at("measures").as_array()[0].as_object();
  EXPECT_EQ(m.at("instrument").as_string(), "reqol-10");
  const json::object& change = m.at("change").as_object();
  EXPECT_EQ(change.at("baseline").as_int64(), 20);
  EXPECT_EQ(change.at("latest").as_int64(), 30);
  EXPECT_EQ(change.at("change").as_int64(), 10);
  EXPECT_EQ(change.at("reliability").as_string(), "reliable-improvement");
  EXPECT_EQ(change.at("outcome").as_string(), "reliable-recovery");
  EXPECT_EQ(m.at("rule").at("reliable_change").as_int64(), 5);
  EXPECT_EQ(m.at("rule").at("cut_off").as_int64(), 25);

  // The page says it in words, with the chart and its numbers.
  HttpResponse page = c.Get("/people/" + person_id_ + "/progress", As("practitioner"));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Reliable recovery"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("<svg"), std::string::npos);
  EXPECT_NE(page.body.find("<table"), std::string::npos);

  // And the numbers as CSV, for the practitioner only.
  HttpResponse csv = c.Get("/people/" + person_id_ + "/progress/csv", As("practitioner"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv.body.find(
                "questionnaire,Recovering Quality of Life (ReQoL-10),,2026-05-01,20,baseline\r\n"
                "questionnaire,Recovering Quality of Life (ReQoL-10),,2026-05-28,30,review\r\n"),
            std::string::npos)
      << csv.body;
  EXPECT_EQ(c.Get("/people/" + person_id_ + "/progress/csv", As("south")).status, 404);
}

TEST_F(ProgressApiTest, BadAnswersAreRefusedAndPartialsStoredAsPartial) {
  HttpClient c(port());
  const std::string base = "/people/" + person_id_ + "/questionnaires";
  json::array out_of_range = ReqolAnswers(2, 2);
  out_of_range[2].as_object()["value"] = 5;
  HttpResponse range = Post(c, base, "practitioner", Reqol("baseline", kToday, out_of_range));
  EXPECT_EQ(range.status, 422) << range.body;
  EXPECT_NE(range.body.find("\"field\":\"q3\""), std::string::npos) << range.body;
  json::array unknown = ReqolAnswers(2, 2);
  unknown.push_back(json::object{{"item", "q99"}, {"value", 1}});
  HttpResponse item = Post(c, base, "practitioner", Reqol("baseline", kToday, unknown));
  EXPECT_EQ(item.status, 422);
  EXPECT_NE(item.body.find("\"field\":\"q99\""), std::string::npos) << item.body;
  json::object phq = Reqol("baseline", kToday, ReqolAnswers(2, 2));
  phq["instrument"] = "phq-9";
  HttpResponse instrument = Post(c, base, "practitioner", phq);
  EXPECT_EQ(instrument.status, 422);
  EXPECT_NE(instrument.body.find("\"field\":\"instrument\""), std::string::npos);
  HttpResponse notjson = c.Send("POST", "/api/v1" + base, "{",
                                As("practitioner", {{"content-type", "application/json"}}));
  EXPECT_EQ(notjson.status, 400);
  EXPECT_EQ(Body(Get(c, base, "practitioner")).at("items").as_array().size(), 0U);

  HttpResponse partial =
      Post(c, base, "practitioner", Reqol("ad-hoc", kToday, ReqolAnswers(2, 2, "q4")));
  ASSERT_EQ(partial.status, 201) << partial.body;
  json::object p = Body(partial);
  EXPECT_EQ(p.at("status").as_string(), "partial-not-scorable");
  EXPECT_TRUE(p.at("score").is_null());
  EXPECT_TRUE(p.at("answers").as_array()[3].at("value").is_null());
  EXPECT_EQ(Body(Get(c, base, "practitioner")).at("items").as_array().size(), 1U);

  // Instruments are listed, and each definition can be read.
  HttpResponse list = Get(c, "/instruments", "practitioner");
  ASSERT_EQ(list.status, 200);
  EXPECT_GE(Body(list).at("items").as_array().size(), 10U);
  HttpResponse def = Get(c, "/instruments/core-10", "practitioner");
  ASSERT_EQ(def.status, 200) << def.body;
  EXPECT_EQ(Body(def).at("scoring").at("missing").as_string(), "prorate");
  EXPECT_EQ(Get(c, "/instruments/phq-9", "practitioner").status, 404);
}

TEST_F(ProgressApiTest, TheWheelOfLifeKeepsTheAreasRated) {
  HttpClient c(port());
  const std::string base = "/people/" + person_id_ + "/wheel";
  HttpResponse made =
      Post(c, base, "practitioner",
           {{"entered_by", "person"},
            {"ratings", json::array{json::object{{"area", "home"}, {"rating", 7}},
                                    json::object{{"area", "money"}, {"rating", 3}}}}});
  ASSERT_EQ(made.status, 201) << made.body;
  HttpResponse bad =
      Post(c, base, "practitioner",
           {{"entered_by", "person"},
            {"ratings", json::array{json::object{{"area", "astrology"}, {"rating", 7}},
                                    json::object{{"area", "home"}, {"rating", 11}}}}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("\"field\":\"area_astrology\""), std::string::npos) << bad.body;
  EXPECT_NE(bad.body.find("\"field\":\"area_home\""), std::string::npos);
  HttpResponse list = Get(c, base, "practitioner");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(Body(list).at("items").as_array().size(), 1U);
  EXPECT_EQ(Body(list).at("life_areas").as_array().size(), 8U);
}

TEST_F(ProgressApiTest, OtherTeamsPartnersAndCommissionersSeeNothing) {
  HttpClient c(port());
  ASSERT_EQ(Post(c, "/people/" + person_id_ + "/goals", "practitioner",
                 {{"text", "Sleep better"}, {"life_area", "health"}, {"entered_by", "person"}})
                .status,
            201);
  for (const char* who : {"south", "west"}) {
    SCOPED_TRACE(who);
    for (const char* what : {"/goals", "/wheel", "/questionnaires", "/progress"}) {
      HttpResponse r = Get(c, "/people/" + person_id_ + what, who);
      EXPECT_EQ(r.status, 404) << what;
      EXPECT_NE(r.body.find("No person found"), std::string::npos);
    }
    EXPECT_EQ(Post(c, "/people/" + person_id_ + "/goals", who,
                   {{"text", "x"}, {"life_area", "health"}, {"entered_by", "person"}})
                  .status,
              404);
  }
  for (const char* who : {"partner", "commissioner", "admin"}) {
    SCOPED_TRACE(who);
    // Their roles may not use these routes at all: 404, saying nothing.
    EXPECT_EQ(Get(c, "/people/" + person_id_ + "/goals", who).status, 404);
    EXPECT_EQ(Get(c, "/people/" + person_id_ + "/progress", who).status, 404);
    EXPECT_EQ(c.Get("/people/" + person_id_ + "/progress", As(who)).status, 404);
  }
}

TEST_F(ProgressApiTest, ThePagesGiveAQuestionnaireAndShowTheChange) {
  HttpClient c(port());
  ASSERT_EQ(Post(c, "/people/" + person_id_ + "/questionnaires", "practitioner",
                 Reqol("baseline", "2026-05-01", ReqolAnswers(2, 2)))
                .status,
            201);
  ASSERT_EQ(Post(c, "/people/" + person_id_ + "/questionnaires", "practitioner",
                 Reqol("review", "2026-05-28", ReqolAnswers(3, 1)))
                .status,
            201);
  HttpResponse page = c.Get("/people/" + person_id_ + "/progress", As("practitioner"));
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("Reliable recovery (clinically significant improvement)"),
            std::string::npos);
  EXPECT_NE(page.body.find("role=\"img\""), std::string::npos);
  EXPECT_NE(page.body.find("<caption class=\"nhsuk-table__caption\">"), std::string::npos);
  HttpResponse give = c.Get("/people/" + person_id_ +
                                "/questionnaires/new?instrument=reqol-10&occasion=review&"
                                "entered_by=person",
                            As("practitioner"));
  ASSERT_EQ(give.status, 200) << give.body;
  EXPECT_NE(give.body.find("name=\"q10\""), std::string::npos);
  EXPECT_NE(give.body.find("licensed wording goes here"), std::string::npos);
  HttpResponse unknown = c.Get("/people/" + person_id_ +
                                   "/questionnaires/new?instrument=phq-9&occasion=review&"
                                   "entered_by=person",
                               As("practitioner"));
  EXPECT_EQ(unknown.status, 422);
  EXPECT_NE(unknown.body.find("There is a problem"), std::string::npos);
  EXPECT_EQ(c.Get("/people/" + person_id_ + "/goals", As("south")).status, 404);
}

// A locality's own life areas and change thresholds (the locality file's
// [[life_areas]] and [[outcome_thresholds]]) are the ones in force.
class LocalityProgressTest : public TeamApiTest {
 protected:
  void Configure(Config& config) override {
    LocalityConfig locality;
    locality.life_areas = {{"home", "Home"}, {"money", "Money"}, {"faith", "Faith and belief"}};
    // A cut-off of 19: a baseline of 20 is not in the clinical range, so the
    // worked example is a reliable improvement, not a recovery.
    locality.outcome_thresholds = {
        {.instrument = "reqol-10", .thresholds = {.cut_off = Points::Whole(19)}}};
    config.locality_config = locality;
  }
};

TEST_F(LocalityProgressTest, TheLocalitysLifeAreasAndThresholdsAreInForce) {
  HttpClient c(port());
  const std::string wheel = "/people/" + person_id_ + "/wheel";
  HttpResponse faith =
      Post(c, wheel, "practitioner",
           {{"entered_by", "person"},
            {"ratings", json::array{json::object{{"area", "faith"}, {"rating", 6}}}}});
  EXPECT_EQ(faith.status, 201) << faith.body;
  HttpResponse health =
      Post(c, wheel, "practitioner",
           {{"entered_by", "person"},
            {"ratings", json::array{json::object{{"area", "health"}, {"rating", 6}}}}});
  EXPECT_EQ(health.status, 422) << health.body;
  HttpResponse areas = Get(c, wheel, "practitioner");
  ASSERT_EQ(areas.status, 200);
  EXPECT_EQ(Body(areas).at("life_areas").as_array().size(), 3U);

  const std::string base = "/people/" + person_id_ + "/questionnaires";
  ASSERT_EQ(
      Post(c, base, "practitioner", Reqol("baseline", "2026-05-01", ReqolAnswers(2, 2))).status,
      201);
  ASSERT_EQ(Post(c, base, "practitioner", Reqol("review", "2026-05-28", ReqolAnswers(3, 1))).status,
            201);
  HttpResponse progress = Get(c, "/people/" + person_id_ + "/progress", "practitioner");
  ASSERT_EQ(progress.status, 200) << progress.body;
  const json::object body = Body(progress);
  const json::object& m = body.at("measures").as_array()[0].as_object();
  EXPECT_EQ(m.at("rule").at("cut_off").as_int64(), 19);
  EXPECT_EQ(m.at("change").at("outcome").as_string(), "reliable-improvement");
}

}  // namespace
}  // namespace progress_test
}  // namespace lw::testing

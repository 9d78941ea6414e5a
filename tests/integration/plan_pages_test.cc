// The plan pages over real HTTP with the demo data: a practitioner writes
// a plan with the person, a colleague's edit crosses theirs (409, both
// shown, nothing lost), they read the versions, compare, print and export.
#include <gtest/gtest.h>

#include "frontdoor_pages_fixture.h"
#include "services/auth_service.h"
#include "services/people_service.h"

namespace lw::testing {
namespace plan_pages_test {
namespace {

class PlanPagesTest : public FrontDoorPagesTest {
 protected:
  // Someone held by the North team: the practitioner may write their plan.
  std::string NewPerson() {
    std::optional<User> practitioner;
    EXPECT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto users = tx.ListUsers();
      if (!users) return Fail(users.error());
      for (const User& u : *users) {
        if (u.username == "practitioner") practitioner = u;
      }
      return Ok();
    }));
    if (!practitioner) return "";
    PeopleService people(app().store(), clock_, random_);
    lw::Person draft;
    draft.given_name = "Hana";
    draft.family_name = "Plans";
    draft.date_of_birth = *Date::FromYmd(1985, 3, 4);  // how an import knows her
    auto made = people.Create(ActorFor(*practitioner, AuthMethod::kSession), draft, "Introduced");
    EXPECT_TRUE(made) << made.error().message;
    return made ? made->id : "";
  }

  static Fields PlanFields(const std::string& based_on, const std::string& story,
                           const std::string& whose = "together") {
    return {{"based_on", based_on},
            {"entered_by", whose},
            {"my_story", story},
            {"what_matters", "My cat, and the allotment"},
            {"action_0_who", "Me"},
            {"action_0_what", "Ring the GP about sleep"},
            {"action_0_by_when_day", "30"},
            {"action_0_by_when_month", "6"},
            {"action_0_by_when_year", "2026"},
            {"crisis_contacts", "Samaritans 116 123"}};
  }
};

TEST_F(PlanPagesTest, WriteEditCrossAnEditReadVersionsCompareAndPrint) {
  const std::string person = NewPerson();
  ASSERT_FALSE(person.empty());
  const std::string plan = "/people/" + person + "/plan";
  Browser priya = As("practitioner");
  HttpResponse record = priya.Get("/people/" + person + "/record");
  ASSERT_EQ(record.status, 200);
  EXPECT_TRUE(Has(record.body, "href=\"" + plan + "\">My Story / My Plan</a>"));

  HttpResponse empty = priya.Get(plan);
  ASSERT_EQ(empty.status, 200);
  EXPECT_TRUE(Has(empty.body, "Nothing has been written yet"));
  HttpResponse form = priya.Get(plan + "/edit");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form.body, "name=\"based_on\" value=\"0\""));

  // No "whose words": the form again, with the summary, nothing saved.
  Fields missing = PlanFields("0", "Typed but not saved");
  missing.erase(missing.begin() + 1);
  HttpResponse refused = priya.Post(plan + "/edit", missing);
  ASSERT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused.body, "Choose whose words these are"));
  EXPECT_TRUE(Has(refused.body, ">Typed but not saved</textarea>"));

  // "Add another action" saves nothing and gives one more empty row.
  Fields more = PlanFields("0", "Still typing");
  more.emplace_back("action_1_who", "");
  more.emplace_back("action_1_what", "");
  more.emplace_back("add", "action");
  HttpResponse added = priya.Post(plan + "/edit", more);
  ASSERT_EQ(added.status, 200);
  EXPECT_TRUE(Has(added.body, "name=\"action_2_who\""));
  EXPECT_TRUE(Has(added.body, ">Still typing</textarea>"));
  EXPECT_EQ(Audits("person", person, "plan.update"), 0U);

  HttpResponse saved = priya.Post(plan + "/edit", PlanFields("0", "We met at the library."));
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.Header("location"), plan + "?done=saved");
  HttpResponse shown = priya.Get(plan + "?done=saved");
  EXPECT_TRUE(Has(shown.body, "We met at the library."));
  EXPECT_TRUE(Has(shown.body, "Written together by the person and their practitioner"));

  // Two people open version 1; the second to save is told, and keeps their words.
  Browser peer = As("peer");
  ASSERT_EQ(peer.Get(plan + "/edit").status, 200);
  ASSERT_EQ(priya.Get(plan + "/edit").status, 200);
  ASSERT_EQ(priya.Post(plan + "/edit", PlanFields("1", "Priya's second version")).status, 303);
  HttpResponse crossed = peer.Post(plan + "/edit", PlanFields("1", "In my own words", "person"));
  ASSERT_EQ(crossed.status, 409);
  EXPECT_TRUE(Has(crossed.body, "Someone changed this plan while you were writing"));
  EXPECT_TRUE(Has(crossed.body, "Priya&#39;s second version"));
  EXPECT_TRUE(Has(crossed.body, ">In my own words</textarea>"));
  EXPECT_TRUE(Has(crossed.body, "name=\"based_on\" value=\"2\""));
  ASSERT_EQ(peer.Post(plan + "/edit", PlanFields("2", "In my own words", "person")).status, 303);

  HttpResponse versions = priya.Get(plan + "/versions");
  ASSERT_EQ(versions.status, 200);
  EXPECT_TRUE(Has(versions.body, ">Version 3</a>"));
  EXPECT_TRUE(Has(versions.body, "The person, on a shared screen"));
  HttpResponse compare = priya.Get(plan + "/compare?from=1&to=3");
  ASSERT_EQ(compare.status, 200);
  EXPECT_TRUE(Has(compare.body, "We met at the library."));
  EXPECT_TRUE(Has(compare.body, "In my own words"));
  EXPECT_EQ(priya.Get(plan + "/compare?from=1").status, 404);
  EXPECT_EQ(priya.Get(plan + "/versions/9").status, 404);

  HttpResponse print = priya.Get(plan + "/print");
  ASSERT_EQ(print.status, 200);
  EXPECT_TRUE(Has(print.body, "My Story / My Plan: Hana Plans</h1>"));
  HttpResponse exported = priya.Get(plan + "/export");
  ASSERT_EQ(exported.status, 200);
  EXPECT_EQ(exported.Header("content-type"), "application/vnd.livingwell.plan+json");
  EXPECT_TRUE(Has(exported.body, "\"my_story\":\"In my own words\""));

  // Import the document back (the same person): a new version.
  HttpResponse import_form = priya.Get(plan + "/import");
  ASSERT_EQ(import_form.status, 200);
  HttpResponse junk = priya.Post(plan + "/import", {{"based_on", "3"}, {"document", "{}"}});
  EXPECT_EQ(junk.status, 422);
  EXPECT_TRUE(Has(junk.body, "There is a problem"));
  HttpResponse imported =
      priya.Post(plan + "/import", {{"based_on", "3"}, {"document", exported.body}});
  ASSERT_EQ(imported.status, 303) << imported.body;
  EXPECT_EQ(Audits("person", person, "plan.update"), 3U);
  EXPECT_EQ(Audits("person", person, "plan.import"), 1U);
  EXPECT_EQ(Audits("person", person, "plan.print"), 1U);

  // Without the CSRF token the pipeline refuses a change.
  EXPECT_EQ(priya.client->Post(plan + "/edit", Body(PlanFields("4", "forged"))).status, 403);
  // Someone outside the person's teams sees nothing.
  Browser partner = As("partner");
  EXPECT_EQ(partner.Get(plan).status, 404);
}

}  // namespace
}  // namespace plan_pages_test
}  // namespace lw::testing

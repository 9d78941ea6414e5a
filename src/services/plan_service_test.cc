#include "services/plan_service.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "services/people_service.h"
#include "services/plan_document.h"
#include "services/service_test_support.h"
#include "services/team_service.h"
#include "testing/field_errors.h"

namespace lw {
namespace plan_service_test {
namespace {

using ::lw::testing::Fields;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class PlanServiceTest : public ::testing::Test {
 protected:
  PlanServiceTest()
      : people_(*world_.store, world_.clock, world_.random),
        team_(*world_.store, world_.clock, world_.random, TeamSettings{}),
        plans_(*world_.store, world_.clock) {
    a_ = world_.Add("alice", Role::kPractitioner, "team-a");
    a2_ = world_.Add("amir", Role::kPeerWorker, "team-a", "org-vcse");
    b_ = world_.Add("bob", Role::kPractitioner, "team-b");
    partner_ = world_.Add("partner", Role::kNetworkPartner, "", "org-vcse");
    commissioner_ = world_.Add("commissioner", Role::kCommissioner);
    Person draft;
    draft.given_name = "Rosa";
    draft.family_name = "Diaz";
    draft.date_of_birth = *Date::FromYmd(1990, 4, 2);
    draft.nhs_number = "9434765919";
    person_ = *people_.Create(a_, draft, "Introduced");
  }

  static MyPlan Words(std::string story) {
    MyPlan p;
    p.my_story = std::move(story);
    p.what_matters = "My daughter";
    p.actions = {{.who = "Me", .what = "Walk on Tuesdays"}};
    p.safety.crisis_contacts = "Samaritans 116 123";
    return p;
  }

  std::size_t AuditCount(const std::string& action) {
    std::size_t n = 0;
    for (const auto& e : world_.Audit()) {
      if (e.event.action == action && e.event.record_id == person_.id) ++n;
    }
    return n;
  }

  testing::ServiceWorld world_;
  PeopleService people_;
  TeamService team_;
  PlanService plans_;
  Actor a_, a2_, b_, partner_, commissioner_;
  Person person_;
};

TEST_F(PlanServiceTest, NoPlanYetIsVersionZeroThatMayBeWritten) {
  auto view = plans_.Get(a_, person_.id);
  ASSERT_TRUE(view) << view.error().message;
  EXPECT_EQ(view->plan.version, 0);
  EXPECT_EQ(view->plan.person_id, person_.id);
  EXPECT_TRUE(view->may_change);
  EXPECT_EQ(view->person.given_name, "Rosa");
  EXPECT_EQ(AuditCount("plan.read"), 1U);
}

TEST_F(PlanServiceTest, EachChangeIsANewVersionKeepingWhoseWordsAndWho) {
  auto v1 = plans_.Update(a_, person_.id, Words("First"), EnteredBy::kTogether, 0);
  ASSERT_TRUE(v1) << v1.error().message;
  EXPECT_EQ(v1->version, 1);
  world_.clock.Advance(std::chrono::hours(24));
  auto v2 = plans_.Update(a2_, person_.id, Words("Second"), EnteredBy::kPerson, 1, "At review");
  ASSERT_TRUE(v2) << v2.error().message;
  EXPECT_EQ(v2->version, 2);
  EXPECT_EQ(v2->updated_by_user_id, a2_.user_id);
  EXPECT_EQ(v2->team_id, "team-a");

  auto view = plans_.Get(a_, person_.id);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->plan.my_story, "Second");
  EXPECT_EQ(view->plan.entered_by, EnteredBy::kPerson);

  auto history = plans_.History(a_, person_.id);
  ASSERT_TRUE(history) << history.error().message;
  ASSERT_EQ(history->versions.size(), 2U);
  EXPECT_EQ(history->versions[0].plan.version, 2);  // newest first
  EXPECT_EQ(history->versions[0].change.changed_by, a2_.user_id);
  EXPECT_EQ(history->versions[0].change.reason, "At review");
  EXPECT_THAT(history->versions[0].changed, ElementsAre("My story so far"));
  EXPECT_EQ(history->versions[1].plan.entered_by, EnteredBy::kTogether);
  EXPECT_EQ(history->versions[1].change.reason, "Plan updated");
  EXPECT_THAT(history->versions[1].changed, ElementsAre("My story so far", "What matters to me",
                                                        kPlanActionsTitle, "Crisis contacts"));

  auto old = plans_.Version(a_, person_.id, 1);
  ASSERT_TRUE(old) << old.error().message;
  EXPECT_EQ(old->version.plan.my_story, "First");
  EXPECT_EQ(old->latest, 2);
  EXPECT_EQ(plans_.Version(a_, person_.id, 3).error().message, "No version found");
  EXPECT_EQ(plans_.Version(a_, person_.id, 0).error().code, ErrorCode::kNotFound);

  auto compared = plans_.Compare(a_, person_.id, 1, 2);
  ASSERT_TRUE(compared) << compared.error().message;
  EXPECT_TRUE(compared->comparison.sections[0].changed);
  EXPECT_EQ(compared->comparison.sections[0].older, "First");
  EXPECT_EQ(compared->comparison.sections[0].newer, "Second");
  EXPECT_EQ(compared->to.plan.entered_by, EnteredBy::kPerson);
  EXPECT_EQ(plans_.Compare(a_, person_.id, 1, 9).error().code, ErrorCode::kNotFound);

  EXPECT_EQ(AuditCount("plan.update"), 2U);
  EXPECT_EQ(AuditCount("plan.versions"), 2U);  // history and compare
  EXPECT_EQ(AuditCount("plan.read"), 2U);      // Get and Version(1) (3 failed inside)
}

TEST_F(PlanServiceTest, AStaleEditIsAConflictCarryingTheStoredVersionAndStoresNothing) {
  ASSERT_TRUE(plans_.Update(a_, person_.id, Words("v1"), EnteredBy::kTogether, 0));
  ASSERT_TRUE(plans_.Update(a_, person_.id, Words("mine"), EnteredBy::kTogether, 1));
  auto theirs = plans_.Update(a2_, person_.id, Words("theirs"), EnteredBy::kPerson, 1);
  ASSERT_FALSE(theirs);
  EXPECT_EQ(theirs.error().code, ErrorCode::kConflict);
  EXPECT_EQ(theirs.error().current_version, 2);
  auto first_again = plans_.Update(a2_, person_.id, Words("again"), EnteredBy::kPerson, 0);
  EXPECT_EQ(first_again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(first_again.error().current_version, 2);
  EXPECT_EQ(plans_.Get(a_, person_.id)->plan.my_story, "mine");
  EXPECT_EQ(plans_.History(a_, person_.id)->versions.size(), 2U);
}

TEST_F(PlanServiceTest, InvalidPlansAreRefusedWithFieldErrors) {
  MyPlan p = Words("ok");
  p.what_helps = std::string(5001, 'x');
  p.actions.push_back({.who = "", .what = "Something"});
  auto r = plans_.Update(a_, person_.id, p, EnteredBy::kTogether, 0);
  EXPECT_THAT(Fields(r), ElementsAre("what_helps", "action_1_who"));
  EXPECT_EQ(plans_.Get(a_, person_.id)->plan.version, 0);
}

TEST_F(PlanServiceTest, OutsidersGetNotFoundAsForNobodyAndEveryAttemptIsAudited) {
  ASSERT_TRUE(plans_.Update(a_, person_.id, Words("v1"), EnteredBy::kTogether, 0));
  for (const Actor* who : {&b_, &partner_, &commissioner_}) {
    auto read = plans_.Get(*who, person_.id);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(read.error().message, "No person found");
  }
  EXPECT_EQ(plans_.Get(b_, "nobody-here").error().message, "No person found");
  EXPECT_EQ(plans_.Update(b_, person_.id, Words("x"), EnteredBy::kPerson, 1).error().message,
            "No person found");
  EXPECT_EQ(plans_.History(b_, person_.id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(plans_.Export(b_, person_.id).error().code, ErrorCode::kNotFound);
  // Each refusal of an existing person is audited: b_'s read, update,
  // history and export, the partner's and the commissioner's reads.
  EXPECT_EQ(AuditCount("person.access_refused"), 6U);
  EXPECT_EQ(AuditCount("plan.read"), 0U);
  EXPECT_EQ(plans_.Get(a_, person_.id)->plan.my_story, "v1");
}

TEST_F(PlanServiceTest, BreakGlassReadsThePlanButNeverChangesIt) {
  ASSERT_TRUE(plans_.Update(a_, person_.id, Words("v1"), EnteredBy::kTogether, 0));
  ASSERT_TRUE(team_.BreakGlassRead(b_, person_.id, "Urgent: police called about her safety"));
  auto view = plans_.Get(b_, person_.id);
  ASSERT_TRUE(view) << view.error().message;
  EXPECT_EQ(view->plan.my_story, "v1");
  EXPECT_FALSE(view->may_change);
  EXPECT_EQ(plans_.Update(b_, person_.id, Words("x"), EnteredBy::kPerson, 1).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(plans_.Get(a_, person_.id)->plan.version, 1);
}

TEST_F(PlanServiceTest, PrintAndExportAreAudited) {
  ASSERT_TRUE(plans_.Update(a_, person_.id, Words("v1"), EnteredBy::kTogether, 0));
  ASSERT_TRUE(plans_.Print(a_, person_.id));
  auto e = plans_.Export(a_, person_.id);
  ASSERT_TRUE(e) << e.error().message;
  EXPECT_EQ(e->plan.my_story, "v1");
  ASSERT_EQ(e->history.size(), 1U);
  EXPECT_EQ(e->exported_at, world_.clock.Now());
  EXPECT_EQ(AuditCount("plan.print"), 1U);
  EXPECT_EQ(AuditCount("plan.export"), 1U);
}

TEST_F(PlanServiceTest, ExportThenImportIntoTheSamePersonElsewhereKeepsEverySection) {
  MyPlan full = Words("My story");
  int i = 0;
  for (const PlanSection& s : kPlanSections) {
    s.mutable_text(full) = std::string(s.title) + " " + std::to_string(++i);
  }
  full.actions.push_back(
      {.who = "Sam", .what = "Ring CAB", .by_when = *Date::FromYmd(2026, 6, 1), .done = true});
  ASSERT_TRUE(plans_.Update(a_, person_.id, full, EnteredBy::kPerson, 0));
  auto exported = plans_.Export(a_, person_.id);
  ASSERT_TRUE(exported);
  const std::string document = EncodePlanDocument(*exported, "Living Well Tameside");

  // Another record of the same person (same NHS number), another team.
  Person again;
  again.given_name = "R.";
  again.family_name = "Diaz-Lopez";
  again.nhs_number = "943 476 5919";
  Person other = *people_.Create(b_, again, "Moved");
  auto decoded = DecodePlanDocument(document);
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->source_service, "Living Well Tameside");
  auto imported = plans_.Import(b_, other.id, *decoded, 0);
  ASSERT_TRUE(imported) << imported.error().message;
  auto view = plans_.Get(b_, other.id);
  ASSERT_TRUE(view);
  for (const PlanSection& s : kPlanSections) EXPECT_EQ(s.text(view->plan), s.text(full)) << s.key;
  EXPECT_EQ(view->plan.actions, full.actions);
  EXPECT_EQ(view->plan.entered_by, EnteredBy::kPerson);
  auto history = plans_.History(b_, other.id);
  EXPECT_THAT(history->versions[0].change.reason,
              HasSubstr("Imported from Living Well Tameside (exported 2026-05-28T"));
  EXPECT_EQ(AuditCount("plan.export"), 1U);
}

TEST_F(PlanServiceTest, ImportAboutSomeoneElseIsRefused) {
  ASSERT_TRUE(plans_.Update(a_, person_.id, Words("v1"), EnteredBy::kTogether, 0));
  auto decoded = DecodePlanDocument(EncodePlanDocument(*plans_.Export(a_, person_.id), "X"));
  ASSERT_TRUE(decoded);
  Person draft;
  draft.given_name = "Tom";
  draft.family_name = "Diaz";
  draft.date_of_birth = *Date::FromYmd(1990, 4, 2);
  draft.nhs_number = "4010232137";
  Person tom = *people_.Create(a_, draft, "Introduced");
  auto r = plans_.Import(a_, tom.id, *decoded, 0);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "This plan is about someone else");
  EXPECT_THAT(Fields(r), ElementsAre("person"));
  EXPECT_EQ(plans_.Get(a_, tom.id)->plan.version, 0);
}

TEST(IsAboutPersonTest, NhsNumberFirstThenNameAndDateOfBirth) {
  Person p{.given_name = "Rosa",
           .family_name = "Diaz",
           .date_of_birth = *Date::FromYmd(1990, 4, 2),
           .nhs_number = "9434765919"};
  EXPECT_TRUE(IsAboutPerson({.name = "Someone Else", .nhs_number = "943 476 5919"}, p));
  EXPECT_FALSE(IsAboutPerson(
      {.name = "Rosa Diaz", .date_of_birth = p.date_of_birth, .nhs_number = "4010232137"}, p));
  p.nhs_number.clear();
  EXPECT_TRUE(IsAboutPerson({.name = "  rosa   DIAZ ", .date_of_birth = p.date_of_birth}, p));
  EXPECT_FALSE(
      IsAboutPerson({.name = "Rosa Diaz", .date_of_birth = *Date::FromYmd(1990, 4, 3)}, p));
  EXPECT_FALSE(IsAboutPerson({.name = "Rosa Diaz"}, p));  // nothing to be sure by
}

TEST(PlanDocumentTest, RefusesOtherFormatsUnknownMembersAndWrongTypes) {
  EXPECT_THAT(Fields(DecodePlanDocument("not json")), ElementsAre("document"));
  EXPECT_THAT(Fields(DecodePlanDocument(R"({"format":"fhir","formatVersion":1})")),
              ElementsAre("format"));
  EXPECT_THAT(Fields(DecodePlanDocument(R"({"format":"livingwell-plan","formatVersion":2})")),
              ElementsAre("formatVersion"));
  const std::string base =
      R"({"format":"livingwell-plan","formatVersion":1,"exportedAt":"2026-05-28T10:00:00Z",)"
      R"("exportedBy":{"service":"S"},"person":{"name":"Rosa Diaz","dateOfBirth":null,)"
      R"("nhsNumber":null},"plan":{"enteredBy":"person","my_story":"Hi",)"
      R"("actions":[{"who":"Me","what":"Walk","byWhen":null,"done":false}],)"
      R"("safetyPlan":{"crisis_contacts":"111"}},"history":[]})";
  auto ok = DecodePlanDocument(base);
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(ok->plan.my_story, "Hi");
  EXPECT_EQ(ok->plan.safety.crisis_contacts, "111");
  EXPECT_EQ(ok->plan.actions.size(), 1U);
  auto replaced = [&](std::string_view from, std::string_view to) {
    std::string s = base;
    s.replace(s.find(from), from.size(), to);
    return DecodePlanDocument(s);
  };
  EXPECT_THAT(Fields(replaced("\"my_story\"", "\"my_pets\"")), ElementsAre("plan.my_pets"));
  EXPECT_THAT(Fields(replaced("\"done\":false", "\"done\":\"no\"")),
              ElementsAre("plan.actions[0].done"));
  EXPECT_THAT(Fields(replaced("\"enteredBy\":\"person\"", "\"enteredBy\":\"robot\"")),
              ElementsAre("plan.enteredBy"));
  EXPECT_THAT(Fields(replaced("\"crisis_contacts\":\"111\"", "\"crisis_contacts\":111")),
              ElementsAre("plan.safetyPlan.crisis_contacts"));
  EXPECT_THAT(Fields(replaced("\"exportedAt\":\"2026-05-28T10:00:00Z\"", "\"exportedAt\":\"May\"")),
              ElementsAre("exportedAt"));
  EXPECT_THAT(Fields(replaced("\"history\":[]", "\"history\":[],\"extra\":1")),
              ElementsAre("extra"));
}

}  // namespace
}  // namespace plan_service_test
}  // namespace lw

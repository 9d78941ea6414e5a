#include "services/people_service.h"

#include <gtest/gtest.h>

#include "services/service_test_support.h"

namespace lw {
namespace people_service_test {
namespace {

class PeopleServiceTest : public ::testing::Test {
 protected:
  PeopleServiceTest() : people_(*world_.store, world_.clock, world_.random) {
    a_ = world_.Add("alice", Role::kPractitioner, "team-a");
    a_peer_ = world_.Add("apeer", Role::kPeerWorker, "team-a", "org-vcse");
    b_ = world_.Add("bob", Role::kPractitioner, "team-b");
    partner_ = world_.Add("partner", Role::kNetworkPartner, "", "org-vcse");
    admin_ = world_.Add("admin", Role::kAdministrator);
  }

  static Person Draft() {
    Person p;
    p.given_name = "Rosa";
    p.family_name = "Diaz";
    p.date_of_birth = *Date::Parse("1990-04-01");
    p.postcode = "m1 1ae";
    p.nhs_number = "999 000 0018";
    return p;
  }

  std::size_t AuditCount(const std::string& action, const std::string& id) {
    std::size_t n = 0;
    for (const auto& e : world_.Audit()) {
      if (e.event.action == action && e.event.record_id == id) ++n;
    }
    return n;
  }

  testing::ServiceWorld world_;
  PeopleService people_;
  Actor a_, a_peer_, b_, partner_, admin_;
};

TEST_F(PeopleServiceTest, CreateNormalisesStoresVersionOneAndAudits) {
  auto p = people_.Create(a_, Draft(), "Introduced by GP");
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->version, 1);
  EXPECT_EQ(p->team_id, "team-a");
  EXPECT_EQ(p->postcode, "M1 1AE");
  EXPECT_EQ(p->nhs_number, "9990000018");
  EXPECT_EQ(AuditCount("person.create", p->id), 1u);
}

TEST_F(PeopleServiceTest, InvalidDraftIsRefusedWithFieldErrorsAndNothingStored) {
  Person bad = Draft();
  bad.given_name = "  ";
  bad.nhs_number = "9990000019";
  auto p = people_.Create(a_, bad, "");
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(p.error().field_errors.size(), 2u);
  auto list = people_.ListForTeam(a_, 10);
  ASSERT_TRUE(list);
  EXPECT_TRUE(list->empty());
}

TEST_F(PeopleServiceTest, TeamMembersReadAndEveryReadIsAudited) {
  auto p = people_.Create(a_, Draft(), "");
  ASSERT_TRUE(p);
  ASSERT_TRUE(people_.Get(a_, p->id));
  ASSERT_TRUE(people_.Get(a_peer_, p->id));
  EXPECT_EQ(AuditCount("person.read", p->id), 2u);
}

TEST_F(PeopleServiceTest, OthersGetNotFoundExactlyAsForAMissingRecord) {
  auto p = people_.Create(a_, Draft(), "");
  ASSERT_TRUE(p);
  auto missing = people_.Get(a_, "AAAAAAAAAAAAAAAAAAAAAA");
  ASSERT_FALSE(missing);
  for (const Actor* who : {&b_, &partner_, &admin_}) {
    auto r = people_.Get(*who, p->id);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(r.error().message, missing.error().message);
  }
  EXPECT_EQ(AuditCount("person.read", p->id), 0u);
  // The refusals themselves are on the record's audit trail.
  EXPECT_EQ(AuditCount("person.access_refused", p->id), 3u);
  EXPECT_FALSE(people_.Create(partner_, Draft(), ""));
  EXPECT_FALSE(people_.Create(admin_, Draft(), ""));
}

TEST_F(PeopleServiceTest, UpdatesMakeNewVersionsAndStaleEditsConflict) {
  auto p = people_.Create(a_, Draft(), "created");
  ASSERT_TRUE(p);
  Person first_edit = *p;
  first_edit.preferred_name = "Ro";
  Person second_edit = *p;  // also based on version 1
  second_edit.family_name = "Diaz-Smith";

  auto v2 = people_.Update(a_, first_edit, "Preferred name");
  ASSERT_TRUE(v2) << v2.error().message;
  EXPECT_EQ(v2->version, 2);

  auto stale = people_.Update(a_peer_, second_edit, "Surname");
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().current_version, 2);

  auto now = people_.Get(a_, p->id);
  ASSERT_TRUE(now);
  EXPECT_EQ(now->preferred_name, "Ro");
  EXPECT_EQ(now->family_name, "Diaz");

  auto history = people_.History(a_, p->id);
  ASSERT_TRUE(history);
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].person.version, 1);
  EXPECT_EQ((*history)[0].person.preferred_name, "");
  EXPECT_EQ((*history)[1].change.reason, "Preferred name");
  EXPECT_EQ((*history)[1].change.changed_by, a_.user_id);
  EXPECT_EQ(AuditCount("person.update", p->id), 1u);
  EXPECT_EQ(AuditCount("person.history", p->id), 1u);
}

TEST_F(PeopleServiceTest, OtherTeamsCannotUpdate) {
  auto p = people_.Create(a_, Draft(), "");
  ASSERT_TRUE(p);
  Person edit = *p;
  edit.family_name = "Changed";
  auto r = people_.Update(b_, edit, "");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(AuditCount("person.access_refused", p->id), 1u);
  auto still = people_.Get(a_, p->id);
  ASSERT_TRUE(still);
  EXPECT_EQ(still->family_name, "Diaz");
  EXPECT_EQ(still->version, 1);
}

TEST_F(PeopleServiceTest, ListingShowsOnlyTheTeamsPeopleAndAuditsEachOneShown) {
  auto rosa = people_.Create(a_, Draft(), "");
  ASSERT_TRUE(rosa);
  Person other = Draft();
  other.given_name = "Bea";
  ASSERT_TRUE(people_.Create(b_, other, ""));
  auto list = people_.ListForTeam(a_, 50);
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].given_name, "Rosa");
  EXPECT_EQ(AuditCount("person.list", rosa->id), 1u);
  ASSERT_TRUE(people_.ListForTeam(a_peer_, 50));
  EXPECT_EQ(AuditCount("person.list", rosa->id), 2u);
  auto partner_list = people_.ListForTeam(partner_, 50);
  ASSERT_TRUE(partner_list);
  EXPECT_TRUE(partner_list->empty());
}

}  // namespace
}  // namespace people_service_test
}  // namespace lw

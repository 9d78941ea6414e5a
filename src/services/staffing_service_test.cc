#include "services/staffing_service.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "services/service_test_support.h"

namespace lw {
namespace staffing_service_test {
namespace {

RoleNames LocalNames() {
  auto names = RoleNames::Make({{"Living Well practitioner", Profession::kMentalHealthNurse},
                                {"Living Well practitioner", Profession::kSocialWorker}});
  EXPECT_TRUE(names) << names.error().message;
  return *names;
}

class StaffingServiceTest : public ::testing::Test {
 protected:
  StaffingServiceTest()
      : staffing_(*world_.store, world_.clock, world_.random,
                  StaffingSettings{.role_names = LocalNames()}) {
    // Team A serves North; Team B is locality-wide; South has no team.
    EXPECT_TRUE(world_.store->Transact(TxMode::kWrite, [](StoreTx& tx) -> Status {
      if (auto s = tx.PutNeighbourhood({"n-north", "loc", "North"}); !s) return s;
      if (auto s = tx.PutNeighbourhood({"n-south", "loc", "South"}); !s) return s;
      return tx.PutTeam({"team-a", "loc", "n-north", "Team A"});
    }));
    lead_ = world_.Add("lead", Role::kTeamLead, "team-a");
    admin_ = world_.Add("admin", Role::kAdministrator);
    commissioner_ = world_.Add("commissioner", Role::kCommissioner);
    partner_ = world_.Add("partner", Role::kNetworkPartner, "", "org-vcse");
    nurse_ = world_.Add("nurse", Role::kPractitioner, "team-a");
    sw_ = world_.Add("sophie", Role::kPractitioner, "team-a");
    ot_ = world_.Add("olu", Role::kPractitioner, "team-a");
    peer_ = world_.Add("peer", Role::kPeerWorker, "team-a", "org-vcse");
    frontdoor_ = world_.Add("frontdoor", Role::kFrontDoor, "team-a", "org-vcse");
  }

  StaffPost Draft(const Actor& who, Profession profession, std::optional<Band> band = std::nullopt,
                  std::string org = "org-nhs") {
    return StaffPost{.user_id = who.user_id,
                     .organisation_id = std::move(org),
                     .team_id = "team-a",
                     .profession = profession,
                     .band = band};
  }

  StaffPostView Add(StaffPost post) {
    auto added = staffing_.AddPost(lead_, std::move(post));
    EXPECT_TRUE(added) << added.error().message;
    return added ? *added : StaffPostView{};
  }

  // North's minimum: three MH practitioners (one at band 7), a recovery
  // worker and a peer worker; and a locality-wide psychiatrist.
  void StaffNorth() {
    Add(Draft(nurse_, Profession::kMentalHealthNurse, Band::k7));
    Add(Draft(sw_, Profession::kSocialWorker, Band::k6));
    Add(Draft(ot_, Profession::kOccupationalTherapist, Band::k5));
    Add(Draft(frontdoor_, Profession::kRecoveryWorker, std::nullopt, "org-vcse"));
    StaffPost peer = Draft(peer_, Profession::kPeerWorker, std::nullopt, "org-vcse");
    peer.hours_per_week = 18.75;
    Add(peer);
    StaffPost psychiatrist = Draft(lead_, Profession::kPsychiatrist);
    psychiatrist.neighbourhood_id = std::string(kLocalityWide);
    Add(psychiatrist);
  }

  std::size_t AuditCount(const std::string& action, const std::string& id = "") {
    std::size_t n = 0;
    for (const auto& e : world_.Audit()) {
      if (e.event.action == action && (id.empty() || e.event.record_id == id)) ++n;
    }
    return n;
  }

  static const ClauseCheck& Clause(const std::vector<ClauseCheck>& clauses, StaffingClause c) {
    return *std::ranges::find(clauses, c, &ClauseCheck::clause);
  }

  testing::ServiceWorld world_;
  StaffingService staffing_;
  Actor lead_, admin_, commissioner_, partner_, nurse_, sw_, ot_, peer_, frontdoor_;
};

TEST_F(StaffingServiceTest, ProfessionTitlesPutTheLocalNameBesideTheStandardOne) {
  EXPECT_EQ(ProfessionTitle(LocalNames(), Profession::kMentalHealthNurse),
            "Living Well practitioner (Mental health nurse)");
  EXPECT_EQ(ProfessionTitle(LocalNames(), Profession::kPsychiatrist), "Psychiatrist");
  EXPECT_EQ(ProfessionTitle(RoleNames(), Profession::kMentalHealthNurse), "Mental health nurse");
}

TEST_F(StaffingServiceTest, TheOverviewChecksEachNeighbourhoodAndTheLocalityWithNames) {
  StaffNorth();
  auto overview = staffing_.Overview(lead_);
  ASSERT_TRUE(overview) << overview.error().message;
  EXPECT_TRUE(overview->shows_staff);
  EXPECT_TRUE(overview->may_change);
  ASSERT_EQ(overview->neighbourhoods.size(), 2u);
  EXPECT_EQ(overview->neighbourhoods[0].name, "North");
  ASSERT_EQ(overview->check.neighbourhoods.size(), 2u);
  const NeighbourhoodStaffingCheck& north = overview->check.neighbourhoods[0];
  const NeighbourhoodStaffingCheck& south = overview->check.neighbourhoods[1];
  EXPECT_EQ(north.neighbourhood_id, "n-north");
  EXPECT_TRUE(north.Met());
  const ClauseCheck& practitioners =
      Clause(north.clauses, StaffingClause::kMentalHealthPractitioners);
  EXPECT_EQ(practitioners.found, 3);
  EXPECT_DOUBLE_EQ(practitioners.found_wte, 3.0);
  EXPECT_DOUBLE_EQ(Clause(north.clauses, StaffingClause::kPeerWorker).found_wte, 0.5);
  EXPECT_FALSE(south.Met());
  EXPECT_EQ(Clause(south.clauses, StaffingClause::kMentalHealthPractitioners).gap,
            "Needs 3 more mental health practitioners (OT, social worker or MH nurse)");
  // The locality: the psychiatrist counts there, not in North; no psychologist.
  EXPECT_TRUE(Clause(overview->check.clauses, StaffingClause::kPsychiatrist).met);
  EXPECT_EQ(Clause(overview->check.clauses, StaffingClause::kPsychologist).gap,
            "Needs a psychologist");
  EXPECT_TRUE(Clause(overview->check.clauses, StaffingClause::kVcseStaff).met);
  // Names for display.
  EXPECT_EQ(overview->user_names.at(nurse_.user_id), "nurse");
  ASSERT_EQ(overview->posts.size(), 6u);
  const auto nurse = std::ranges::find_if(
      overview->posts, [&](const StaffPostView& v) { return v.post.user_id == nurse_.user_id; });
  ASSERT_NE(nurse, overview->posts.end());
  EXPECT_EQ(nurse->profession_title, "Living Well practitioner (Mental health nurse)");
  EXPECT_EQ(nurse->organisation_name, "Test NHS Trust");
  EXPECT_EQ(nurse->team_name, "Team A");
  EXPECT_EQ(nurse->neighbourhood_name, "North");
  EXPECT_EQ(nurse->user_name, "nurse");
  // Locality-wide posts come after the neighbourhoods'.
  EXPECT_EQ(overview->posts.back().post.profession, Profession::kPsychiatrist);
  EXPECT_EQ(overview->posts.back().neighbourhood_name, "");
  // An administrator sees the same.
  auto admin = staffing_.Overview(admin_);
  ASSERT_TRUE(admin);
  EXPECT_EQ(admin->posts.size(), 6u);
}

TEST_F(StaffingServiceTest, CommissionersSeeCountsAndGapsButNoStaff) {
  StaffNorth();
  auto overview = staffing_.Overview(commissioner_);
  ASSERT_TRUE(overview) << overview.error().message;
  EXPECT_FALSE(overview->shows_staff);
  EXPECT_FALSE(overview->may_change);
  EXPECT_TRUE(overview->posts.empty());
  EXPECT_TRUE(overview->user_names.empty());
  const NeighbourhoodStaffingCheck& north = overview->check.neighbourhoods[0];
  EXPECT_TRUE(north.Met());
  for (const auto& n : overview->check.neighbourhoods) {
    for (const ClauseCheck& c : n.clauses) EXPECT_TRUE(c.user_ids.empty()) << c.key;
  }
  for (const ClauseCheck& c : overview->check.clauses) EXPECT_TRUE(c.user_ids.empty()) << c.key;
  EXPECT_EQ(Clause(north.clauses, StaffingClause::kMentalHealthPractitioners).found, 3);
  EXPECT_EQ(Clause(overview->check.clauses, StaffingClause::kPsychologist).gap,
            "Needs a psychologist");
  // Nor any post, list or history.
  auto posts = staffing_.ListPosts(commissioner_);
  ASSERT_FALSE(posts);
  EXPECT_EQ(posts.error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(staffing_.Choices(commissioner_));
}

TEST_F(StaffingServiceTest, EveryoneElseGetsNotFoundAndProbingAPostIsAudited) {
  const StaffPostView post = Add(Draft(nurse_, Profession::kMentalHealthNurse, Band::k6));
  for (const Actor* who : {&nurse_, &peer_, &frontdoor_, &partner_, &commissioner_}) {
    if (who != &commissioner_) {
      auto overview = staffing_.Overview(*who);
      ASSERT_FALSE(overview) << who->username;
      EXPECT_EQ(overview.error().code, ErrorCode::kNotFound);
      EXPECT_FALSE(staffing_.ListPosts(*who));
    }
    auto got = staffing_.GetPost(*who, post.post.id);
    ASSERT_FALSE(got) << who->username;
    EXPECT_EQ(got.error().code, ErrorCode::kNotFound);
    // Worded exactly as a post that does not exist.
    auto missing = staffing_.GetPost(lead_, "AAAAAAAAAAAAAAAAAAAAAA");
    ASSERT_FALSE(missing);
    EXPECT_EQ(got.error().message, missing.error().message);
    EXPECT_FALSE(staffing_.AddPost(*who, Draft(*who, Profession::kPeerWorker)));
    StaffPost change = post.post;
    change.hours_per_week = 20;
    EXPECT_FALSE(staffing_.UpdatePost(*who, change));
    EXPECT_FALSE(staffing_.EndPost(*who, post.post.id, post.post.version));
    EXPECT_FALSE(staffing_.PostHistory(*who, post.post.id));
  }
  EXPECT_EQ(AuditCount("staff_post.access_refused", post.post.id), 20u);
  // Nothing changed.
  auto now = staffing_.GetPost(lead_, post.post.id);
  ASSERT_TRUE(now);
  EXPECT_EQ(now->post, post.post);
  // A refusal on a post that does not exist writes nothing.
  EXPECT_FALSE(staffing_.GetPost(nurse_, "AAAAAAAAAAAAAAAAAAAAAA"));
  EXPECT_EQ(AuditCount("staff_post.access_refused"), 20u);
}

TEST_F(StaffingServiceTest, APostTakesItsEmployersKindAndItsTeamsNeighbourhood) {
  StaffPost draft = Draft(peer_, Profession::kPeerWorker, std::nullopt, "org-vcse");
  draft.organisation_kind = OrganisationKind::kNhsTrust;  // not trusted
  draft.id = "chosen-by-the-caller";
  draft.version = 7;
  draft.current = false;
  const StaffPostView added = Add(draft);
  EXPECT_NE(added.post.id, "chosen-by-the-caller");
  EXPECT_EQ(added.post.version, 1);
  EXPECT_TRUE(added.post.current);
  EXPECT_EQ(added.post.organisation_kind, OrganisationKind::kVoluntary);
  EXPECT_EQ(added.post.neighbourhood_id, "n-north");
  EXPECT_EQ(added.organisation_name, "Test Mind");
  EXPECT_EQ(AuditCount("staff_post.add", added.post.id), 1u);

  StaffPost wide = Draft(lead_, Profession::kOperationalManager, Band::k8a);
  wide.neighbourhood_id = std::string(kLocalityWide);
  EXPECT_EQ(Add(wide).post.neighbourhood_id, "");
  EXPECT_EQ(NeighbourhoodChoiceOf(Add(wide).post), kLocalityWide);

  StaffPost south = Draft(nurse_, Profession::kMentalHealthNurse, Band::k6);
  south.neighbourhood_id = "n-south";
  EXPECT_EQ(Add(south).post.neighbourhood_id, "n-south");

  // A locality-wide team's posts are locality-wide by default.
  StaffPost b = Draft(sw_, Profession::kSocialWorker, Band::k7);
  b.team_id = "team-b";
  EXPECT_EQ(Add(b).post.neighbourhood_id, "");
}

TEST_F(StaffingServiceTest, WhatAPostNamesMustExistAndEveryProblemIsNamedAsTheForm) {
  StaffPost draft{.user_id = "no-such-user",
                  .organisation_id = "no-such-org",
                  .team_id = "no-such-team",
                  .neighbourhood_id = "no-such-neighbourhood",
                  .profession = Profession::kPeerWorker,
                  .hours_per_week = 60};
  auto refused = staffing_.AddPost(lead_, draft);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
  std::vector<std::string> fields;
  for (const FieldError& e : refused.error().field_errors) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"user_id", "organisation_id", "team_id",
                                              "neighbourhood_id", "hours_per_week"}));
  for (const Actor* outside : {&partner_, &commissioner_}) {
    auto refused_holder = staffing_.AddPost(lead_, Draft(*outside, Profession::kPeerWorker));
    ASSERT_FALSE(refused_holder);
    ASSERT_EQ(refused_holder.error().field_errors.size(), 1u);
    EXPECT_EQ(refused_holder.error().field_errors[0].field, "user_id");
  }
  auto empty = staffing_.AddPost(admin_, StaffPost{.hours_per_week = 10});
  ASSERT_FALSE(empty);
  fields.clear();
  for (const FieldError& e : empty.error().field_errors) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"user_id", "organisation_id", "team_id"}));
  auto posts = staffing_.ListPosts(lead_);
  ASSERT_TRUE(posts);
  EXPECT_TRUE(posts->empty());
  EXPECT_EQ(AuditCount("staff_post.add"), 0u);
}

TEST_F(StaffingServiceTest, AChangeIsANewVersionAndAStaleOneIsAConflict) {
  const StaffPostView added = Add(Draft(ot_, Profession::kOccupationalTherapist, Band::k6));
  StaffPost change = added.post;
  change.band = Band::k6;
  change.development_support = true;
  change.hours_per_week = 30;
  change.organisation_kind = OrganisationKind::kOther;  // still the employer's
  auto changed = staffing_.UpdatePost(admin_, change);
  ASSERT_TRUE(changed) << changed.error().message;
  EXPECT_EQ(changed->post.version, 2);
  EXPECT_TRUE(changed->post.development_support);
  EXPECT_DOUBLE_EQ(changed->post.hours_per_week, 30);
  EXPECT_EQ(changed->post.organisation_kind, OrganisationKind::kNhsTrust);
  EXPECT_EQ(AuditCount("staff_post.update", added.post.id), 1u);

  // Based on version 1 again: someone changed it first.
  change.hours_per_week = 20;
  auto stale = staffing_.UpdatePost(lead_, change);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().current_version, 2);
  auto now = staffing_.GetPost(lead_, added.post.id);
  ASSERT_TRUE(now);
  EXPECT_DOUBLE_EQ(now->post.hours_per_week, 30);

  // Invalid: nothing stored.
  change.version = 2;
  change.hours_per_week = 0;
  auto invalid = staffing_.UpdatePost(lead_, change);
  ASSERT_FALSE(invalid);
  EXPECT_EQ(invalid.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(staffing_.GetPost(lead_, added.post.id)->post.version, 2);

  auto missing = staffing_.UpdatePost(lead_, StaffPost{.id = "AAAAAAAAAAAAAAAAAAAAAA"});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_F(StaffingServiceTest, AnEndedPostIsKeptOutOfTheCheckAndCannotChange) {
  const StaffPostView added = Add(Draft(nurse_, Profession::kMentalHealthNurse, Band::k7));
  auto stale = staffing_.EndPost(lead_, added.post.id, 2);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);

  auto ended = staffing_.EndPost(lead_, added.post.id, 1);
  ASSERT_TRUE(ended) << ended.error().message;
  EXPECT_FALSE(ended->post.current);
  EXPECT_EQ(ended->post.version, 2);
  EXPECT_EQ(AuditCount("staff_post.end", added.post.id), 1u);

  auto overview = staffing_.Overview(lead_);
  ASSERT_TRUE(overview);
  EXPECT_TRUE(overview->posts.empty());
  EXPECT_EQ(
      Clause(overview->check.neighbourhoods[0].clauses, StaffingClause::kMentalHealthPractitioners)
          .found,
      0);
  auto posts = staffing_.ListPosts(lead_);
  ASSERT_TRUE(posts);
  ASSERT_EQ(posts->size(), 1u);
  EXPECT_FALSE(posts->front().post.current);

  auto again = staffing_.EndPost(lead_, added.post.id, 2);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
  StaffPost change = ended->post;
  change.hours_per_week = 20;
  auto update = staffing_.UpdatePost(lead_, change);
  ASSERT_FALSE(update);
  EXPECT_EQ(update.error().code, ErrorCode::kFailedPrecondition);
}

TEST_F(StaffingServiceTest, HistoryHasEveryVersionOldestFirstWithWhoAndWhy) {
  const StaffPostView added = Add(Draft(sw_, Profession::kSocialWorker, Band::k7));
  StaffPost change = added.post;
  change.safeguarding_lead = true;
  ASSERT_TRUE(staffing_.UpdatePost(admin_, change));
  ASSERT_TRUE(staffing_.EndPost(lead_, added.post.id, 2));
  auto history = staffing_.PostHistory(admin_, added.post.id);
  ASSERT_TRUE(history) << history.error().message;
  ASSERT_EQ(history->size(), 3u);
  EXPECT_EQ((*history)[0].post.post.version, 1);
  EXPECT_EQ((*history)[0].changed_by_name, "lead");
  EXPECT_EQ((*history)[0].change.reason, "Added the post");
  EXPECT_TRUE((*history)[1].post.post.safeguarding_lead);
  EXPECT_EQ((*history)[1].changed_by_name, "admin");
  EXPECT_EQ((*history)[1].change.reason, "Changed the post");
  EXPECT_FALSE((*history)[2].post.post.current);
  EXPECT_EQ((*history)[2].change.reason, "Ended the post");
  EXPECT_EQ((*history)[2].post.profession_title, "Living Well practitioner (Social worker)");

  auto missing = staffing_.PostHistory(lead_, "AAAAAAAAAAAAAAAAAAAAAA");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_F(StaffingServiceTest, ChoicesAreActiveAccountsAndTheLocalitysReferenceData) {
  auto choices = staffing_.Choices(lead_);
  ASSERT_TRUE(choices) << choices.error().message;
  // Not the partner or the commissioner: they work outside the team.
  EXPECT_EQ(choices->users.size(), 7u);
  for (const User& u : choices->users) {
    EXPECT_NE(u.role, Role::kNetworkPartner);
    EXPECT_NE(u.role, Role::kCommissioner);
  }
  EXPECT_TRUE(std::ranges::is_sorted(choices->users, {}, &User::display_name));
  for (const User& u : choices->users) EXPECT_TRUE(u.password_hash.empty());
  EXPECT_EQ(choices->organisations.size(), 2u);
  EXPECT_EQ(choices->teams.size(), 2u);
  EXPECT_EQ(choices->neighbourhoods.size(), 2u);
  EXPECT_FALSE(staffing_.Choices(nurse_));
}

TEST_F(StaffingServiceTest, OrganisationsAndTeamsAreForStaffNotPartners) {
  for (const Actor* who : {&nurse_, &peer_, &frontdoor_, &lead_, &admin_, &commissioner_}) {
    auto orgs = staffing_.Organisations(*who);
    ASSERT_TRUE(orgs) << who->username;
    ASSERT_EQ(orgs->size(), 2u);
    EXPECT_EQ(orgs->front().name, "Test Mind");
    auto teams = staffing_.Teams(*who);
    ASSERT_TRUE(teams) << who->username;
    EXPECT_EQ(teams->size(), 2u);
  }
  auto orgs = staffing_.Organisations(partner_);
  ASSERT_FALSE(orgs);
  EXPECT_EQ(orgs.error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(staffing_.Teams(partner_));
}

}  // namespace
}  // namespace staffing_service_test
}  // namespace lw

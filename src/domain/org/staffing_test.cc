#include "domain/org/staffing.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <limits>

namespace lw {
namespace staffing_test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

StaffPost Post(std::string user_id, Profession profession, std::string neighbourhood_id = "hyde",
               std::optional<Band> band = std::nullopt) {
  return StaffPost{.user_id = std::move(user_id),
                   .organisation_id = "pennine-care",
                   .organisation_kind = OrganisationKind::kNhsTrust,
                   .team_id = "team-" + neighbourhood_id,
                   .neighbourhood_id = std::move(neighbourhood_id),
                   .profession = profession,
                   .band = band};
}

// A neighbourhood meeting the minimum: three MH practitioners, one at band 7.
std::vector<StaffPost> FullNeighbourhood(const std::string& id) {
  return {Post(id + "-ot", Profession::kOccupationalTherapist, id, Band::k7),
          Post(id + "-sw", Profession::kSocialWorker, id, Band::k6),
          Post(id + "-nurse", Profession::kMentalHealthNurse, id, Band::k5),
          Post(id + "-recovery", Profession::kRecoveryWorker, id),
          Post(id + "-peer", Profession::kPeerWorker, id)};
}

// Locality-wide posts meeting the locality minimum.
std::vector<StaffPost> FullLocalityPosts() {
  StaffPost manager = Post("manager", Profession::kOperationalManager, "");
  StaffPost psychiatrist = Post("psychiatrist", Profession::kPsychiatrist, "");
  StaffPost psychologist = Post("psychologist", Profession::kPsychologist, "");
  StaffPost lead = Post("lead", Profession::kSocialWorker, "", Band::k8a);
  lead.safeguarding_lead = true;
  StaffPost vcse = Post("coach", Profession::kCoach, "");
  vcse.organisation_id = "mind";
  vcse.organisation_kind = OrganisationKind::kVoluntary;
  return {manager, psychiatrist, psychologist, lead, vcse};
}

const ClauseCheck& Clause(const std::vector<ClauseCheck>& clauses, StaffingClause clause) {
  for (const auto& c : clauses) {
    if (c.clause == clause) return c;
  }
  ADD_FAILURE() << "no clause " << StaffingClauseKey(clause);
  return clauses.front();
}

void Remove(std::vector<StaffPost>& posts, std::string_view user_id) {
  std::erase_if(posts, [&](const StaffPost& p) { return p.user_id == user_id; });
}

TEST(StaffingPostTest, ValidPostAndWholeTimeEquivalent) {
  StaffPost post = Post("asha", Profession::kSocialWorker);
  EXPECT_TRUE(ValidateStaffPost(post).has_value());
  post.hours_per_week = 48;
  EXPECT_TRUE(ValidateStaffPost(post).has_value());
  EXPECT_DOUBLE_EQ(WholeTimeEquivalent(37.5), 1.0);
  EXPECT_DOUBLE_EQ(WholeTimeEquivalent(18.75), 0.5);
}

TEST(StaffingPostTest, FieldErrors) {
  StaffPost post;
  post.hours_per_week = 0;
  auto status = ValidateStaffPost(post);
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
  std::vector<std::string> fields;
  for (const auto& e : status.error().field_errors) fields.push_back(e.field);
  EXPECT_THAT(fields, ElementsAre("user_id", "organisation_id", "team_id", "hours_per_week"));
}

TEST(StaffingPostTest, HoursMustBeMoreThanZeroAndAtMost48) {
  for (double hours : {-1.0, 0.0, 48.5, 100.0, std::numeric_limits<double>::quiet_NaN(),
                       std::numeric_limits<double>::infinity()}) {
    StaffPost post = Post("asha", Profession::kSocialWorker);
    post.hours_per_week = hours;
    auto status = ValidateStaffPost(post);
    ASSERT_FALSE(status.has_value()) << hours;
    ASSERT_EQ(status.error().field_errors.size(), 1u);
    EXPECT_EQ(status.error().field_errors[0].field, "hours_per_week");
    EXPECT_EQ(status.error().field_errors[0].message,
              "Hours per week must be more than 0 and no more than 48");
  }
}

TEST(StaffingClauseTest, KeysDescriptionsAndRequirements) {
  EXPECT_EQ(StaffingClauseKey(StaffingClause::kMentalHealthPractitioners), "mh-practitioners");
  EXPECT_EQ(StaffingClauseKey(StaffingClause::kSeniorPractitioner), "senior-practitioner");
  EXPECT_EQ(StaffingClauseKey(StaffingClause::kRecoveryWorker), "recovery-worker");
  EXPECT_EQ(StaffingClauseKey(StaffingClause::kPeerWorker), "peer-worker");
  EXPECT_EQ(StaffingClauseKey(StaffingClause::kOperationalManager), "operational-manager");
  EXPECT_EQ(StaffingClauseKey(StaffingClause::kPsychiatrist), "psychiatrist");
  EXPECT_EQ(StaffingClauseKey(StaffingClause::kPsychologist), "psychologist");
  EXPECT_EQ(StaffingClauseKey(StaffingClause::kSafeguardingLead), "safeguarding-lead");
  EXPECT_EQ(StaffingClauseKey(StaffingClause::kVcseStaff), "vcse-staff");
  EXPECT_EQ(StaffingClauseRequired(StaffingClause::kMentalHealthPractitioners), 3);
  for (StaffingClause c : kLocalityClauses) EXPECT_EQ(StaffingClauseRequired(c), 1);
  EXPECT_EQ(
      StaffingClauseDescription(StaffingClause::kMentalHealthPractitioners),
      "At least 3 mental health practitioners (any combination of OT, social worker or MH nurse)");
}

TEST(StaffingNeighbourhoodTest, FullNeighbourhoodIsMet) {
  auto posts = FullNeighbourhood("hyde");
  auto check = CheckNeighbourhood("hyde", posts);
  EXPECT_EQ(check.neighbourhood_id, "hyde");
  ASSERT_EQ(check.clauses.size(), kNeighbourhoodClauses.size());
  for (std::size_t i = 0; i < kNeighbourhoodClauses.size(); ++i) {
    EXPECT_EQ(check.clauses[i].clause, kNeighbourhoodClauses[i]);
    EXPECT_EQ(check.clauses[i].key, StaffingClauseKey(kNeighbourhoodClauses[i]));
    EXPECT_TRUE(check.clauses[i].met) << check.clauses[i].key;
    EXPECT_EQ(check.clauses[i].gap, "");
  }
  EXPECT_TRUE(check.Met());
  const auto& mh = Clause(check.clauses, StaffingClause::kMentalHealthPractitioners);
  EXPECT_EQ(mh.required, 3);
  EXPECT_EQ(mh.found, 3);
  EXPECT_DOUBLE_EQ(mh.found_wte, 3.0);
  EXPECT_THAT(mh.user_ids, ElementsAre("hyde-nurse", "hyde-ot", "hyde-sw"));
  EXPECT_THAT(Clause(check.clauses, StaffingClause::kSeniorPractitioner).user_ids,
              ElementsAre("hyde-ot"));
}

TEST(StaffingNeighbourhoodTest, TooFewMentalHealthPractitioners) {
  auto posts = FullNeighbourhood("hyde");
  Remove(posts, "hyde-nurse");
  auto check = CheckNeighbourhood("hyde", posts);
  const auto& mh = Clause(check.clauses, StaffingClause::kMentalHealthPractitioners);
  EXPECT_FALSE(mh.met);
  EXPECT_EQ(mh.found, 2);
  EXPECT_EQ(mh.gap, "Needs 1 more mental health practitioner (OT, social worker or MH nurse)");
  EXPECT_FALSE(check.Met());

  Remove(posts, "hyde-sw");
  check = CheckNeighbourhood("hyde", posts);
  EXPECT_EQ(Clause(check.clauses, StaffingClause::kMentalHealthPractitioners).gap,
            "Needs 2 more mental health practitioners (OT, social worker or MH nurse)");
}

TEST(StaffingNeighbourhoodTest, OtherProfessionsAreNotMentalHealthPractitioners) {
  auto posts = FullNeighbourhood("hyde");
  Remove(posts, "hyde-nurse");
  posts.push_back(Post("psychologist", Profession::kPsychologist, "hyde", Band::k8a));
  posts.push_back(Post("support", Profession::kSupportWorker, "hyde"));
  auto check = CheckNeighbourhood("hyde", posts);
  EXPECT_EQ(Clause(check.clauses, StaffingClause::kMentalHealthPractitioners).found, 2);
}

TEST(StaffingNeighbourhoodTest, PeopleAreCountedOnceWithWholeTimeEquivalentAlongside) {
  auto posts = FullNeighbourhood("hyde");
  Remove(posts, "hyde-nurse");
  // The OT's second, part-time post does not make a third practitioner.
  StaffPost second = Post("hyde-ot", Profession::kOccupationalTherapist, "hyde", Band::k7);
  second.hours_per_week = 7.5;
  posts.push_back(second);
  posts[1].hours_per_week = 18.75;  // the social worker, half time
  auto check = CheckNeighbourhood("hyde", posts);
  const auto& mh = Clause(check.clauses, StaffingClause::kMentalHealthPractitioners);
  EXPECT_EQ(mh.found, 2);
  EXPECT_THAT(mh.user_ids, ElementsAre("hyde-ot", "hyde-sw"));
  EXPECT_DOUBLE_EQ(mh.found_wte, 1.0 + 0.2 + 0.5);
  EXPECT_FALSE(mh.met);

  // Three part-time heads meet the clause though they add up to less than one.
  posts = FullNeighbourhood("hyde");
  for (auto& p : posts) p.hours_per_week = 7.5;
  check = CheckNeighbourhood("hyde", posts);
  const auto& part_time = Clause(check.clauses, StaffingClause::kMentalHealthPractitioners);
  EXPECT_TRUE(part_time.met);
  EXPECT_NEAR(part_time.found_wte, 0.6, 1e-9);
}

TEST(StaffingNeighbourhoodTest, SeniorPractitionerBandSevenOrAbove) {
  auto posts = FullNeighbourhood("hyde");
  posts[0].band = Band::k6;  // the OT, without development support
  auto check = CheckNeighbourhood("hyde", posts);
  const auto& senior = Clause(check.clauses, StaffingClause::kSeniorPractitioner);
  EXPECT_FALSE(senior.met);
  EXPECT_EQ(senior.found, 0);
  EXPECT_EQ(senior.gap,
            "Needs a mental health practitioner at band 7 or above, or at band 6 with support to "
            "develop");
  EXPECT_TRUE(Clause(check.clauses, StaffingClause::kMentalHealthPractitioners).met);
  EXPECT_FALSE(check.Met());

  posts[0].band = Band::k8b;
  check = CheckNeighbourhood("hyde", posts);
  EXPECT_TRUE(Clause(check.clauses, StaffingClause::kSeniorPractitioner).met);
}

TEST(StaffingNeighbourhoodTest, SeniorPractitionerBandSixWithDevelopmentSupport) {
  auto posts = FullNeighbourhood("hyde");
  posts[0].band = Band::k5;
  posts[1].development_support = true;  // the social worker, band 6
  auto check = CheckNeighbourhood("hyde", posts);
  const auto& senior = Clause(check.clauses, StaffingClause::kSeniorPractitioner);
  EXPECT_TRUE(senior.met);
  EXPECT_THAT(senior.user_ids, ElementsAre("hyde-sw"));

  // Development support below band 6 does not count.
  posts[1].band = Band::k5;
  check = CheckNeighbourhood("hyde", posts);
  EXPECT_FALSE(Clause(check.clauses, StaffingClause::kSeniorPractitioner).met);
}

TEST(StaffingNeighbourhoodTest, SeniorMustBeAMentalHealthPractitionerWithABand) {
  auto posts = FullNeighbourhood("hyde");
  posts[0].band = std::nullopt;
  posts.push_back(Post("psychologist", Profession::kPsychologist, "hyde", Band::k8a));
  auto check = CheckNeighbourhood("hyde", posts);
  EXPECT_FALSE(Clause(check.clauses, StaffingClause::kSeniorPractitioner).met);
}

TEST(StaffingNeighbourhoodTest, NeedsARecoveryWorker) {
  auto posts = FullNeighbourhood("hyde");
  Remove(posts, "hyde-recovery");
  auto check = CheckNeighbourhood("hyde", posts);
  const auto& recovery = Clause(check.clauses, StaffingClause::kRecoveryWorker);
  EXPECT_FALSE(recovery.met);
  EXPECT_THAT(recovery.user_ids, IsEmpty());
  EXPECT_EQ(recovery.gap, "Needs a recovery worker");
  EXPECT_TRUE(Clause(check.clauses, StaffingClause::kPeerWorker).met);
  EXPECT_FALSE(check.Met());
}

TEST(StaffingNeighbourhoodTest, NeedsAPeerWorker) {
  auto posts = FullNeighbourhood("hyde");
  Remove(posts, "hyde-peer");
  auto check = CheckNeighbourhood("hyde", posts);
  const auto& peer = Clause(check.clauses, StaffingClause::kPeerWorker);
  EXPECT_FALSE(peer.met);
  EXPECT_EQ(peer.gap, "Needs a peer worker, connected to a wider peer offer");
  EXPECT_TRUE(Clause(check.clauses, StaffingClause::kRecoveryWorker).met);
  EXPECT_FALSE(check.Met());
}

TEST(StaffingNeighbourhoodTest, PostsInAnotherNeighbourhoodDoNotCount) {
  auto posts = FullNeighbourhood("glossop");
  auto check = CheckNeighbourhood("hyde", posts);
  for (const auto& clause : check.clauses) {
    EXPECT_FALSE(clause.met) << clause.key;
    EXPECT_EQ(clause.found, 0) << clause.key;
  }
  EXPECT_EQ(Clause(check.clauses, StaffingClause::kMentalHealthPractitioners).gap,
            "Needs 3 more mental health practitioners (OT, social worker or MH nurse)");
}

TEST(StaffingNeighbourhoodTest, LocalityWidePostsDoNotCountTowardsANeighbourhood) {
  auto posts = FullNeighbourhood("hyde");
  Remove(posts, "hyde-peer");
  posts.push_back(Post("roaming-peer", Profession::kPeerWorker, ""));
  auto check = CheckNeighbourhood("hyde", posts);
  EXPECT_FALSE(Clause(check.clauses, StaffingClause::kPeerWorker).met);
  // "" is not a neighbourhood: asking for it finds nobody.
  EXPECT_FALSE(Clause(CheckNeighbourhood("", posts).clauses, StaffingClause::kPeerWorker).met);
}

class StaffingLocalityTest : public ::testing::Test {
 protected:
  std::vector<Neighbourhood> neighbourhoods_ = {{"hyde", "tameside", "Hyde"},
                                                {"glossop", "tameside", "Glossop"}};
  std::vector<StaffPost> AllMet() const {
    std::vector<StaffPost> posts = FullLocalityPosts();
    for (const auto& n : neighbourhoods_) {
      auto more = FullNeighbourhood(n.id);
      posts.insert(posts.end(), more.begin(), more.end());
    }
    return posts;
  }
  void ExpectOnlyUnmet(const std::vector<StaffPost>& posts, StaffingClause clause,
                       std::string_view gap) {
    auto check = CheckLocality(posts, neighbourhoods_);
    for (const auto& c : check.clauses) {
      EXPECT_EQ(c.met, c.clause != clause) << c.key;
    }
    EXPECT_EQ(Clause(check.clauses, clause).gap, gap);
    EXPECT_EQ(Clause(check.clauses, clause).found, 0);
    for (const auto& n : check.neighbourhoods) EXPECT_TRUE(n.Met()) << n.neighbourhood_id;
    EXPECT_FALSE(check.Met());
  }
};

TEST_F(StaffingLocalityTest, AllMet) {
  auto posts = AllMet();
  auto check = CheckLocality(posts, neighbourhoods_);
  ASSERT_EQ(check.clauses.size(), kLocalityClauses.size());
  for (std::size_t i = 0; i < kLocalityClauses.size(); ++i) {
    EXPECT_EQ(check.clauses[i].clause, kLocalityClauses[i]);
    EXPECT_TRUE(check.clauses[i].met) << check.clauses[i].key;
  }
  ASSERT_EQ(check.neighbourhoods.size(), 2u);
  EXPECT_EQ(check.neighbourhoods[0].neighbourhood_id, "hyde");
  EXPECT_EQ(check.neighbourhoods[1].neighbourhood_id, "glossop");
  EXPECT_TRUE(check.Met());
  EXPECT_THAT(Clause(check.clauses, StaffingClause::kSafeguardingLead).user_ids,
              ElementsAre("lead"));
}

TEST_F(StaffingLocalityTest, NeedsAnOperationalManager) {
  auto posts = AllMet();
  Remove(posts, "manager");
  ExpectOnlyUnmet(posts, StaffingClause::kOperationalManager, "Needs an operational manager");
}

TEST_F(StaffingLocalityTest, NeedsAPsychiatrist) {
  auto posts = AllMet();
  Remove(posts, "psychiatrist");
  ExpectOnlyUnmet(posts, StaffingClause::kPsychiatrist, "Needs a psychiatrist");
}

TEST_F(StaffingLocalityTest, NeedsAPsychologist) {
  auto posts = AllMet();
  Remove(posts, "psychologist");
  ExpectOnlyUnmet(posts, StaffingClause::kPsychologist, "Needs a psychologist");
}

TEST_F(StaffingLocalityTest, SafeguardingLeadMustBeASocialWorker) {
  auto posts = AllMet();
  for (auto& p : posts) {
    if (p.user_id == "lead") p.safeguarding_lead = false;
    if (p.user_id == "hyde-nurse") p.safeguarding_lead = true;  // a nurse does not satisfy it
  }
  ExpectOnlyUnmet(posts, StaffingClause::kSafeguardingLead,
                  "Needs a social worker who is the safeguarding lead");
}

TEST_F(StaffingLocalityTest, NeedsVcseStaffByOrganisationKind) {
  auto posts = AllMet();
  for (auto& p : posts) p.organisation_kind = OrganisationKind::kNhsTrust;
  ExpectOnlyUnmet(posts, StaffingClause::kVcseStaff,
                  "Needs staff from a voluntary, community or social enterprise (VCSE) "
                  "organisation");

  // A peer worker employed by a voluntary organisation counts, whatever the role.
  for (auto& p : posts) {
    if (p.user_id == "hyde-peer") p.organisation_kind = OrganisationKind::kVoluntary;
  }
  auto check = CheckLocality(posts, neighbourhoods_);
  EXPECT_THAT(Clause(check.clauses, StaffingClause::kVcseStaff).user_ids, ElementsAre("hyde-peer"));
  EXPECT_TRUE(check.Met());
}

TEST_F(StaffingLocalityTest, NeighbourhoodPostsCountForTheLocalityButOtherLocalitiesDoNot) {
  auto posts = AllMet();
  Remove(posts, "psychiatrist");
  posts.push_back(Post("elsewhere", Profession::kPsychiatrist, "oldham-central"));
  auto check = CheckLocality(posts, neighbourhoods_);
  EXPECT_FALSE(Clause(check.clauses, StaffingClause::kPsychiatrist).met);

  posts.push_back(Post("glossop-psychiatrist", Profession::kPsychiatrist, "glossop"));
  check = CheckLocality(posts, neighbourhoods_);
  EXPECT_THAT(Clause(check.clauses, StaffingClause::kPsychiatrist).user_ids,
              ElementsAre("glossop-psychiatrist"));
  EXPECT_TRUE(check.Met());
}

TEST_F(StaffingLocalityTest, OneNeighbourhoodShortMakesTheLocalityUnmet) {
  auto posts = AllMet();
  Remove(posts, "glossop-recovery");
  auto check = CheckLocality(posts, neighbourhoods_);
  for (const auto& c : check.clauses) EXPECT_TRUE(c.met) << c.key;
  EXPECT_TRUE(check.neighbourhoods[0].Met());
  EXPECT_FALSE(check.neighbourhoods[1].Met());
  EXPECT_EQ(Clause(check.neighbourhoods[1].clauses, StaffingClause::kRecoveryWorker).gap,
            "Needs a recovery worker");
  EXPECT_FALSE(check.Met());
}

TEST_F(StaffingLocalityTest, LocalityWideStaffDoNotFillANeighbourhoodGap) {
  auto posts = AllMet();
  Remove(posts, "hyde-recovery");
  posts.push_back(Post("roaming-recovery", Profession::kRecoveryWorker, ""));
  auto check = CheckLocality(posts, neighbourhoods_);
  EXPECT_FALSE(check.neighbourhoods[0].Met());
  EXPECT_FALSE(check.Met());
}

}  // namespace
}  // namespace staffing_test
}  // namespace lw

#include "domain/team/concern.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>
#include "testing/field_errors.h"

namespace lw {
namespace concern_test {
namespace {

using ::lw::testing::Fields;

Timestamp Utc(int y, unsigned m, unsigned d, int hour = 12) {
  using namespace std::chrono;
  return Timestamp(sys_days(year{y} / month{m} / day{d}) + hours(hour));
}

ConcernDraft Draft() {
  return {.team_id = "team-a",
          .person_id = "p-1",
          .raised_by_user_id = "u-peer",
          .raised_by_role = Role::kPeerWorker,
          .raised_at = Utc(2026, 3, 9, 9),
          .text = "He said he has stopped eating and is not answering his door."};
}

Concern Open() {
  auto r = RaiseConcern(Draft());
  EXPECT_TRUE(r.has_value());
  r->id = "c-1";
  return *r;
}

ConcernResolution Resolution() {
  return {.at = Utc(2026, 3, 10, 15),
          .by_user_id = "u-keyworker",
          .how = "Visited with his sister; he is eating again and seeing his GP Friday."};
}

TEST(ConcernVocabularyTest, KeysAreStableAndParseBack) {
  EXPECT_EQ(ConcernStatusKey(ConcernStatus::kOpen), "open");
  EXPECT_EQ(ConcernStatusKey(ConcernStatus::kResolved), "resolved");
  EXPECT_EQ(ConcernStatusDisplayName(ConcernStatus::kOpen), "Open");
  EXPECT_EQ(ConcernStatusDisplayName(ConcernStatus::kResolved), "Resolved");
  for (ConcernStatus s : kAllConcernStatuses) {
    EXPECT_EQ(ParseConcernStatus(ConcernStatusKey(s)), s);
  }
  EXPECT_EQ(ParseConcernStatus("Resolved"), std::nullopt);
  EXPECT_EQ(ParseConcernStatus("closed"), std::nullopt);
}

TEST(ConcernTest, RaiseMakesAnOpenFirstVersionWithTextTrimmed) {
  ConcernDraft d = Draft();
  d.text = "  Not answering his door.\n";
  auto c = RaiseConcern(d);
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->version, 1);
  EXPECT_TRUE(c->IsOpen());
  EXPECT_EQ(c->status, ConcernStatus::kOpen);
  EXPECT_EQ(c->text, "Not answering his door.");
  EXPECT_EQ(c->person_id, "p-1");
  EXPECT_EQ(c->team_id, "team-a");
  EXPECT_EQ(c->raised_by_user_id, "u-peer");
  EXPECT_EQ(c->raised_at, Utc(2026, 3, 9, 9));
  EXPECT_FALSE(c->resolution.has_value());
  EXPECT_EQ(c->id, "");
}

// Any role in the team may raise a concern; the role is kept as given.
TEST(ConcernTest, EveryRoleMayRaiseAndTheRoleIsRecordedAsGiven) {
  for (Role role : kAllRoles) {
    ConcernDraft d = Draft();
    d.raised_by_role = role;
    auto c = RaiseConcern(d);
    ASSERT_TRUE(c.has_value()) << RoleKey(role);
    EXPECT_EQ(c->raised_by_role, role);
  }
}

TEST(ConcernTest, RaiseNamesEveryMissingField) {
  auto r = RaiseConcern({.raised_at = Utc(2026, 3, 9)});
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Fields(r),
            (std::vector<std::string>{"team_id", "person_id", "raised_by_user_id", "text"}));
}

TEST(ConcernTest, TextMayBe2000CharactersButNotMore) {
  ConcernDraft d = Draft();
  d.text = std::string(kMaxConcernText, 'a');
  EXPECT_TRUE(RaiseConcern(d).has_value());
  d.text += "a";
  EXPECT_EQ(Fields(RaiseConcern(d)), std::vector<std::string>{"text"});
  // Characters, not bytes: 2000 "é" are 4000 bytes and allowed.
  d.text.clear();
  for (std::size_t i = 0; i < kMaxConcernText; ++i) d.text += "\xc3\xa9";
  EXPECT_TRUE(RaiseConcern(d).has_value());
}

TEST(ConcernTest, TextWithControlCharactersIsRefused) {
  ConcernDraft d = Draft();
  d.text = "bad\x01text";
  EXPECT_EQ(Fields(RaiseConcern(d)), std::vector<std::string>{"text"});
}

TEST(ConcernTest, ResolveMakesTheNextVersion) {
  Concern open = Open();
  auto r = ResolveConcern(open, Resolution());
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->version, 2);
  EXPECT_FALSE(r->IsOpen());
  EXPECT_EQ(r->status, ConcernStatus::kResolved);
  ASSERT_TRUE(r->resolution.has_value());
  EXPECT_EQ(*r->resolution, Resolution());
  // Everything else is carried over unchanged.
  Concern expected = open;
  expected.version = 2;
  expected.status = ConcernStatus::kResolved;
  expected.resolution = Resolution();
  EXPECT_EQ(*r, expected);
}

TEST(ConcernTest, ResolvingAtTheMomentItWasRaisedIsAllowed) {
  ConcernResolution res = Resolution();
  res.at = Open().raised_at;
  EXPECT_TRUE(ResolveConcern(Open(), res).has_value());
}

TEST(ConcernTest, ResolveRefusesBadDataAndLeavesTheConcernUntouched) {
  Concern open = Open();
  const Concern before = open;
  ConcernResolution res{
      .at = open.raised_at - std::chrono::minutes(1), .by_user_id = " ", .how = ""};
  auto r = ResolveConcern(open, res);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Fields(r), (std::vector<std::string>{"by_user_id", "how", "at"}));
  EXPECT_EQ(open, before);

  res = Resolution();
  res.how = std::string(kMaxConcernText + 1, 'x');
  EXPECT_EQ(Fields(ResolveConcern(open, res)), std::vector<std::string>{"how"});
}

TEST(ConcernTest, AResolvedConcernCannotBeResolvedAgain) {
  Concern resolved = *ResolveConcern(Open(), Resolution());
  auto r = ResolveConcern(resolved, Resolution());
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(r.error().message.find("raise a new concern"), std::string::npos);
}

TEST(ConcernTest, InvariantsHoldForValidConcerns) {
  Concern open = Open();
  CheckConcernInvariants(open);
  CheckConcernInvariants(*ResolveConcern(open, Resolution()));
}

TEST(ConcernDeathTest, InvariantCheckCatchesAResolvedConcernWithoutAResolution) {
  Concern broken = Open();
  broken.status = ConcernStatus::kResolved;
  EXPECT_DEATH(CheckConcernInvariants(broken), "IsOpen");
}

}  // namespace
}  // namespace concern_test
}  // namespace lw

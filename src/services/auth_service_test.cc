#include "services/auth_service.h"

#include <gtest/gtest.h>

#include "services/service_test_support.h"

namespace lw {
namespace auth_service_test {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

class AuthServiceTest : public ::testing::Test {
 protected:
  AuthServiceTest() : auth_(*world_.store, world_.clock, world_.random, Options()) {
    practitioner_ = world_.Add("pat", Role::kPractitioner, "team-a");
  }
  static AuthOptions Options() {
    AuthOptions o;
    o.password = MinimalPasswordHashOptions();
    return o;
  }
  testing::ServiceWorld world_;
  AuthService auth_;
  Actor practitioner_;
};

TEST_F(AuthServiceTest, SignInMakesASessionThatResolvesToTheActor) {
  auto signed_in = auth_.SignIn("  PAT ", testing::ServiceWorld::kPassword, "10.0.0.1");
  ASSERT_TRUE(signed_in) << signed_in.error().message;
  EXPECT_EQ(signed_in->actor.user_id, practitioner_.user_id);
  EXPECT_EQ(signed_in->session_token.size(), 43u);
  auto resolved = auth_.ResolveSession(signed_in->session_token);
  ASSERT_TRUE(resolved && *resolved);
  EXPECT_EQ((*resolved)->actor.role, Role::kPractitioner);
  EXPECT_EQ((*resolved)->actor.team_id, "team-a");
  EXPECT_EQ((*resolved)->csrf_token, signed_in->csrf_token);
  EXPECT_EQ((*resolved)->actor.method, AuthMethod::kSession);
}

TEST_F(AuthServiceTest, SignInIsAudited) {
  auto signed_in = auth_.SignIn("pat", testing::ServiceWorld::kPassword, "10.0.0.1");
  ASSERT_TRUE(signed_in);
  auto audit = world_.Audit();
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit.back().event.action, "session.create");
  EXPECT_EQ(audit.back().event.actor_user_id, practitioner_.user_id);
}

TEST_F(AuthServiceTest, WrongPasswordAndUnknownAccountLookTheSame) {
  auto wrong = auth_.SignIn("pat", "not the password", "10.0.0.1");
  auto unknown = auth_.SignIn("nobody", "not the password", "10.0.0.1");
  ASSERT_FALSE(wrong);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(unknown.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_F(AuthServiceTest, AccountIsThrottledAfterFiveFailuresEvenWithTheRightPassword) {
  for (int i = 0; i < 5; ++i) ASSERT_FALSE(auth_.SignIn("pat", "wrong", "10.0.0.1"));
  auto right = auth_.SignIn("pat", testing::ServiceWorld::kPassword, "10.0.0.2");
  ASSERT_FALSE(right);
  EXPECT_EQ(right.error().code, ErrorCode::kResourceExhausted);
  world_.clock.Advance(minutes(16));
  EXPECT_TRUE(auth_.SignIn("pat", testing::ServiceWorld::kPassword, "10.0.0.2"));
}

TEST_F(AuthServiceTest, UnknownAccountsAreThrottledLikeKnownOnes) {
  for (int i = 0; i < 5; ++i) ASSERT_FALSE(auth_.SignIn("ghost", "wrong", "10.0.0.1"));
  auto again = auth_.SignIn("ghost", "wrong", "10.0.0.1");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kResourceExhausted);
}

TEST_F(AuthServiceTest, AddressIsThrottledAcrossAccounts) {
  for (int i = 0; i < 50; ++i) {
    ASSERT_FALSE(auth_.SignIn("guess" + std::to_string(i), "wrong", "10.9.9.9"));
  }
  auto right = auth_.SignIn("pat", testing::ServiceWorld::kPassword, "10.9.9.9");
  ASSERT_FALSE(right);
  EXPECT_EQ(right.error().code, ErrorCode::kResourceExhausted);
  EXPECT_TRUE(auth_.SignIn("pat", testing::ServiceWorld::kPassword, "10.0.0.3"));
}

TEST_F(AuthServiceTest, SuccessfulSignInClearsTheAccountsFailures) {
  for (int i = 0; i < 4; ++i) ASSERT_FALSE(auth_.SignIn("pat", "wrong", "10.0.0.1"));
  ASSERT_TRUE(auth_.SignIn("pat", testing::ServiceWorld::kPassword, "10.0.0.1"));
  for (int i = 0; i < 4; ++i) ASSERT_FALSE(auth_.SignIn("pat", "wrong", "10.0.0.1"));
  EXPECT_TRUE(auth_.SignIn("pat", testing::ServiceWorld::kPassword, "10.0.0.1"));
}

TEST_F(AuthServiceTest, SessionExpiresAfterThirtyMinutesIdle) {
  auto s = auth_.SignIn("pat", testing::ServiceWorld::kPassword, "10.0.0.1");
  ASSERT_TRUE(s);
  world_.clock.Advance(minutes(29));
  auto still = auth_.ResolveSession(s->session_token);
  ASSERT_TRUE(still && *still);
  // Used at 29 minutes, so idle time restarts from there.
  world_.clock.Advance(minutes(29));
  auto later = auth_.ResolveSession(s->session_token);
  ASSERT_TRUE(later && *later);
  world_.clock.Advance(minutes(31));
  auto gone = auth_.ResolveSession(s->session_token);
  ASSERT_TRUE(gone);
  EXPECT_FALSE(*gone);
}

TEST_F(AuthServiceTest, SessionEndsTwelveHoursAfterSignInHoweverBusy) {
  auto s = auth_.SignIn("pat", testing::ServiceWorld::kPassword, "10.0.0.1");
  ASSERT_TRUE(s);
  for (int i = 0; i < 35; ++i) {  // 35 x 20 minutes = 11h40m
    world_.clock.Advance(minutes(20));
    auto r = auth_.ResolveSession(s->session_token);
    ASSERT_TRUE(r && *r) << "at step " << i;
  }
  world_.clock.Advance(minutes(21));
  auto r = auth_.ResolveSession(s->session_token);
  ASSERT_TRUE(r);
  EXPECT_FALSE(*r);
}

TEST_F(AuthServiceTest, SignOutEndsTheSession) {
  auto s = auth_.SignIn("pat", testing::ServiceWorld::kPassword, "10.0.0.1");
  ASSERT_TRUE(s);
  ASSERT_TRUE(auth_.SignOut(s->session_token));
  auto r = auth_.ResolveSession(s->session_token);
  ASSERT_TRUE(r);
  EXPECT_FALSE(*r);
  EXPECT_TRUE(auth_.SignOut(s->session_token));  // signing out twice is harmless
}

TEST_F(AuthServiceTest, UnknownAndMalformedSessionTokensResolveToNobody) {
  for (std::string token : {std::string(), std::string("abc"), std::string(500, 'x')}) {
    auto r = auth_.ResolveSession(token);
    ASSERT_TRUE(r);
    EXPECT_FALSE(*r);
  }
}

TEST_F(AuthServiceTest, BearerTokensResolveToTheirAccount) {
  auto token = world_.accounts.CreateApiToken(SystemActor("test"), "pat", "integration");
  ASSERT_TRUE(token) << token.error().message;
  auto actor = auth_.ResolveBearer(*token);
  ASSERT_TRUE(actor && *actor);
  EXPECT_EQ((*actor)->user_id, practitioner_.user_id);
  EXPECT_EQ((*actor)->method, AuthMethod::kBearerToken);
  auto wrong = auth_.ResolveBearer(*token + "x");
  ASSERT_TRUE(wrong);
  EXPECT_FALSE(*wrong);
}

TEST_F(AuthServiceTest, DisabledAccountsCannotSignInAndTheirSessionsStop) {
  auto s = auth_.SignIn("pat", testing::ServiceWorld::kPassword, "10.0.0.1");
  ASSERT_TRUE(s);
  auto disabled = world_.store->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto u = tx.GetUser(practitioner_.user_id);
    if (!u || !*u) return Fail(ErrorCode::kInternal, "missing");
    User user = **u;
    user.active = false;
    return tx.UpdateUser(user);
  });
  ASSERT_TRUE(disabled);
  auto r = auth_.ResolveSession(s->session_token);
  ASSERT_TRUE(r);
  EXPECT_FALSE(*r);
  auto again = auth_.SignIn("pat", testing::ServiceWorld::kPassword, "10.0.0.1");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kUnauthenticated);
}

}  // namespace
}  // namespace auth_service_test
}  // namespace lw

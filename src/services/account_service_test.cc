#include "services/account_service.h"

#include <gtest/gtest.h>

#include "services/auth_service.h"
#include "services/service_test_support.h"

namespace lw {
namespace account_service_test {
namespace {

bool HasFieldError(const Error& e, const std::string& field) {
  for (const auto& f : e.field_errors) {
    if (f.field == field) return true;
  }
  return false;
}

class AccountServiceTest : public ::testing::Test {
 protected:
  testing::ServiceWorld world_;
  Actor cli_ = SystemActor("test");
};

TEST_F(AccountServiceTest, AddsAnAccountWithAHashedPasswordAndAudits) {
  auto user = world_.accounts.AddUser(cli_,
                                      {.username = "Asha",
                                       .display_name = "Asha Patel",
                                       .role = "practitioner",
                                       .team_id = "Team A",
                                       .organisation_id = "Test NHS Trust"},
                                      "a long enough password");
  ASSERT_TRUE(user) << user.error().message;
  EXPECT_EQ(user->username, "asha");
  EXPECT_EQ(user->team_id, "team-a");
  EXPECT_EQ(user->organisation_id, "org-nhs");
  EXPECT_NE(user->password_hash.find("$argon2id$"), std::string::npos);
  EXPECT_TRUE(VerifyPassword("a long enough password", user->password_hash));
  auto audit = world_.Audit();
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit.back().event.action, "user.create");
  EXPECT_EQ(audit.back().event.record_id, user->id);
}

TEST_F(AccountServiceTest, ReportsEveryProblemByField) {
  auto user = world_.accounts.AddUser(cli_, {.username = "A!", .role = "wizard"}, "short");
  ASSERT_FALSE(user);
  EXPECT_EQ(user.error().code, ErrorCode::kInvalidArgument);
  EXPECT_TRUE(HasFieldError(user.error(), "name"));
  EXPECT_TRUE(HasFieldError(user.error(), "role"));
  EXPECT_TRUE(HasFieldError(user.error(), "password"));
  EXPECT_TRUE(HasFieldError(user.error(), "organisation"));  // two organisations exist
}

TEST(AccountServiceEmptyStoreTest, SaysThereAreNoOrganisationsRatherThanTooMany) {
  auto store = MemoryStore::Create();
  ManualClock clock(FromUnixMicros(1'780'000'000'000'000));
  SeededRandom random(7);
  AccountService accounts(*store, clock, random, MinimalPasswordHashOptions());
  auto user = accounts.AddUser(
      SystemActor("test"), {.username = "first", .display_name = "First", .role = "administrator"},
      "a long enough password");
  ASSERT_FALSE(user);
  bool said_none = false;
  for (const auto& f : user.error().field_errors) {
    if (f.field == "organisation")
      said_none = f.message.find("no organisations yet") != std::string::npos;
  }
  EXPECT_TRUE(said_none) << user.error().message;
}

TEST_F(AccountServiceTest, TeamRolesNeedATeamAndOthersMustNotHaveOne) {
  auto no_team = world_.accounts.AddUser(
      cli_, {.username = "pw", .role = "peer-worker", .organisation_id = "org-vcse"},
      "a long enough password");
  ASSERT_FALSE(no_team);
  EXPECT_TRUE(HasFieldError(no_team.error(), "team"));
  auto unknown_team = world_.accounts.AddUser(
      cli_,
      {.username = "pw", .role = "peer-worker", .team_id = "Nope", .organisation_id = "org-vcse"},
      "a long enough password");
  ASSERT_FALSE(unknown_team);
  EXPECT_TRUE(HasFieldError(unknown_team.error(), "team"));
  auto commissioner_in_team = world_.accounts.AddUser(cli_,
                                                      {.username = "com",
                                                       .role = "commissioner",
                                                       .team_id = "team-a",
                                                       .organisation_id = "org-nhs"},
                                                      "a long enough password");
  ASSERT_FALSE(commissioner_in_team);
  EXPECT_TRUE(HasFieldError(commissioner_in_team.error(), "team"));
}

TEST_F(AccountServiceTest, UsernamesAreUnique) {
  world_.Add("dup", Role::kAdministrator);
  auto again = world_.accounts.AddUser(
      cli_, {.username = "DUP", .role = "administrator", .organisation_id = "org-nhs"},
      "a long enough password");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);
}

TEST_F(AccountServiceTest, OnlyAdministratorsManageAccounts) {
  Actor practitioner = world_.Add("pat", Role::kPractitioner, "team-a");
  auto added = world_.accounts.AddUser(
      practitioner, {.username = "sneaky", .role = "administrator", .organisation_id = "org-nhs"},
      "a long enough password");
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().code, ErrorCode::kPermissionDenied);
  EXPECT_FALSE(world_.accounts.CreateApiToken(practitioner, "pat", "x"));
  EXPECT_FALSE(world_.accounts.ListUsers(practitioner));
  Actor admin = world_.Add("boss", Role::kAdministrator);
  auto users = world_.accounts.ListUsers(admin);
  ASSERT_TRUE(users);
  EXPECT_EQ(users->size(), 2u);
  for (const auto& u : *users) EXPECT_TRUE(u.password_hash.empty());
}

TEST_F(AccountServiceTest, TokensAreOnlyForActiveAccounts) {
  auto token = world_.accounts.CreateApiToken(cli_, "nobody", "x");
  ASSERT_FALSE(token);
  EXPECT_EQ(token.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace account_service_test
}  // namespace lw

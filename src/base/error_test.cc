#include "base/error.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lw {
namespace error_test {
namespace {

TEST(ErrorCodeNameTest, EveryCodeHasItsStableName) {
  EXPECT_EQ(ErrorCodeName(ErrorCode::kInvalidArgument), "invalid-argument");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kNotFound), "not-found");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kAlreadyExists), "already-exists");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kConflict), "conflict");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kFailedPrecondition), "failed-precondition");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kUnauthenticated), "unauthenticated");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kPermissionDenied), "permission-denied");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kResourceExhausted), "resource-exhausted");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kUnavailable), "unavailable");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kInternal), "internal");
}

TEST(ErrorCodeNameTest, NamesAreDistinct) {
  std::set<std::string_view> names;
  for (ErrorCode c :
       {ErrorCode::kInvalidArgument, ErrorCode::kNotFound, ErrorCode::kAlreadyExists,
        ErrorCode::kConflict, ErrorCode::kFailedPrecondition, ErrorCode::kUnauthenticated,
        ErrorCode::kPermissionDenied, ErrorCode::kResourceExhausted, ErrorCode::kUnavailable,
        ErrorCode::kInternal}) {
    names.insert(ErrorCodeName(c));
  }
  EXPECT_EQ(names.size(), 10u);
}

TEST(ErrorTest, DefaultIsInternal) {
  Error e;
  EXPECT_EQ(e.code, ErrorCode::kInternal);
  EXPECT_TRUE(e.message.empty());
  EXPECT_TRUE(e.field_errors.empty());
  EXPECT_EQ(e.current_version, 0);
}

TEST(ErrorTest, InvalidCarriesFieldErrors) {
  Error e = Error::Invalid("There is a problem", {{"given_name", "Enter given name"},
                                                  {"postcode", "Enter a real postcode"}});
  EXPECT_EQ(e.code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(e.message, "There is a problem");
  ASSERT_EQ(e.field_errors.size(), 2u);
  EXPECT_EQ(e.field_errors[0].field, "given_name");
  EXPECT_EQ(e.field_errors[0].message, "Enter given name");
  EXPECT_EQ(e.field_errors[1].field, "postcode");
  EXPECT_EQ(e.current_version, 0);
}

TEST(ErrorTest, InvalidWithoutFields) {
  Error e = Error::Invalid("Bad request");
  EXPECT_EQ(e.code, ErrorCode::kInvalidArgument);
  EXPECT_TRUE(e.field_errors.empty());
}

TEST(ErrorTest, NotFound) {
  Error e = Error::NotFound("No such person");
  EXPECT_EQ(e.code, ErrorCode::kNotFound);
  EXPECT_EQ(e.message, "No such person");
  EXPECT_TRUE(e.field_errors.empty());
}

TEST(ErrorTest, ConflictCarriesCurrentVersion) {
  Error e = Error::Conflict("Changed since you opened it", 7);
  EXPECT_EQ(e.code, ErrorCode::kConflict);
  EXPECT_EQ(e.message, "Changed since you opened it");
  EXPECT_EQ(e.current_version, 7);
}

TEST(ErrorTest, MakeUsesGivenCode) {
  Error e = Error::Make(ErrorCode::kUnavailable, "Store is down");
  EXPECT_EQ(e.code, ErrorCode::kUnavailable);
  EXPECT_EQ(e.message, "Store is down");
  EXPECT_TRUE(e.field_errors.empty());
  EXPECT_EQ(e.current_version, 0);
}

Result<int> Half(int n) {
  if (n % 2 != 0) {
    return Fail(ErrorCode::kInvalidArgument, "odd");
  }
  return n / 2;
}

Status RequireNotFound(bool found) {
  if (!found) {
    return Fail(Error::NotFound("missing"));
  }
  return Ok();
}

TEST(ResultTest, FailWithCodeAndMessage) {
  Result<int> r = Half(3);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().message, "odd");
}

TEST(ResultTest, ValueOnSuccess) {
  Result<int> r = Half(8);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(*r, 4);
}

TEST(ResultTest, FailWithErrorKeepsEverything) {
  Error original = Error::Conflict("stale", 3);
  Status s = Fail(original);
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code, ErrorCode::kConflict);
  EXPECT_EQ(s.error().message, "stale");
  EXPECT_EQ(s.error().current_version, 3);
}

TEST(ResultTest, OkIsSuccessfulStatus) {
  EXPECT_TRUE(Ok().has_value());
  EXPECT_TRUE(RequireNotFound(true).has_value());
  Status s = RequireNotFound(false);
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace error_test
}  // namespace lw

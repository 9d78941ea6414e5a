// The store contract, part 4: introductions (domain/frontdoor), versioned as
// people are.
#include <string>
#include <vector>

#include "contract/introductions_contract.h"

namespace lw::contract {
namespace store_contract_introductions_test {
namespace {

TEST_P(IntroductionsContract, AnIntroductionRoundTripsWhole) {
  Introduction in = MakeIntroduction("i-1", "LW-7K3M-Q9TP", kStart);
  in.attempts.push_back({.at = kStart + std::chrono::hours(2),
                         .method = ContactMethod::kText,
                         .by_user_id = "u-asha",
                         .outcome_note = "Sent a text"});
  in.booking = ConversationBooking{.when = kStart + std::chrono::hours(48),
                                   .place = ConversationPlace::kCommunityVenue,
                                   .with_user_id = "u-asha",
                                   .where_detail = "Hyde Library"};
  in.state = IntroductionState::kConversationBooked;
  in.assigned_user_id = "u-asha";
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateIntroduction(in, Change("Introduced")); }));
  auto got = Read([](StoreTx& tx) { return tx.GetIntroduction("i-1"); });
  LW_ASSERT_OK(got);
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ(**got, in);
  auto by_reference =
      Read([](StoreTx& tx) { return tx.FindIntroductionByReference("LW-7K3M-Q9TP"); });
  LW_ASSERT_OK(by_reference);
  ASSERT_TRUE(by_reference->has_value());
  EXPECT_EQ((*by_reference)->id, "i-1");
  auto missing = Read([](StoreTx& tx) { return tx.GetIntroduction("i-none"); });
  LW_ASSERT_OK(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_P(IntroductionsContract, EachChangeIsANewVersionAndTheOldOnesStay) {
  Introduction in = MakeIntroduction("i-1", "LW-AAAA-AAAA", kStart);
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateIntroduction(in, Change("Introduced")); }));
  Introduction held = in;
  held.version = 2;
  held.state = IntroductionState::kConversationHeld;
  held.conversation = InitialConversation{.held_at = kStart + std::chrono::hours(30),
                                          .with_user_id = "u-asha",
                                          .what_matters = "My kids",
                                          .safety_concern = "Low mood at night",
                                          .raised_to_huddle = true,
                                          .safety_agreed = "Call tomorrow"};
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.UpdateIntroduction(held, Change("Held")); }));
  Introduction closed = held;
  closed.version = 3;
  closed.state = IntroductionState::kClosed;
  closed.ending = Ending::kSupportBegins;
  closed.closed_at = kStart + std::chrono::hours(31);
  LW_ASSERT_OK(
      Write([&](StoreTx& tx) { return tx.UpdateIntroduction(closed, Change("Support")); }));

  auto versions = Read([](StoreTx& tx) { return tx.ListIntroductionVersions("i-1"); });
  LW_ASSERT_OK(versions);
  ASSERT_EQ(versions->size(), 3u);
  EXPECT_EQ((*versions)[0].introduction, in);
  EXPECT_EQ((*versions)[1].introduction, held);
  EXPECT_EQ((*versions)[2].introduction, closed);
  EXPECT_EQ((*versions)[1].change.reason, "Held");
  EXPECT_EQ((*versions)[2].change.changed_by, "u-asha");
  LW_EXPECT_ERROR(Read([](StoreTx& tx) { return tx.ListIntroductionVersions("i-none"); }),
                  ErrorCode::kNotFound);
}

TEST_P(IntroductionsContract, AStaleChangeConflictsAndChangesNothing) {
  Introduction in = MakeIntroduction("i-1", "LW-AAAA-AAAA", kStart);
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateIntroduction(in, Change("Introduced")); }));
  Introduction first = in;
  first.version = 2;
  first.assigned_user_id = "u-asha";
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.UpdateIntroduction(first, Change("Mine")); }));
  Introduction stale = in;  // also based on version 1
  stale.version = 2;
  stale.help_wanted = "Overwritten";
  auto conflict = Write([&](StoreTx& tx) { return tx.UpdateIntroduction(stale, Change("Stale")); });
  ASSERT_FALSE(conflict);
  EXPECT_EQ(conflict.error().code, ErrorCode::kConflict);
  EXPECT_EQ(conflict.error().current_version, 2);
  auto now = Read([](StoreTx& tx) { return tx.GetIntroduction("i-1"); });
  LW_ASSERT_OK(now);
  EXPECT_EQ(**now, first);
  Introduction unknown = in;
  unknown.id = "i-none";
  unknown.version = 2;
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.UpdateIntroduction(unknown, Change("x")); }),
                  ErrorCode::kNotFound);
  // What an introduction is never changes: its reference, source, maker and time.
  Introduction moved = first;
  moved.version = 3;
  moved.reference = "LW-BBBB-BBBB";
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.UpdateIntroduction(moved, Change("x")); }),
                  ErrorCode::kInvalidArgument);
}

TEST_P(IntroductionsContract, ReferencesAreUniqueAndReferencesToRecordsMustExist) {
  LW_ASSERT_OK(Write([&](StoreTx& tx) {
    return tx.CreateIntroduction(MakeIntroduction("i-1", "LW-AAAA-AAAA", kStart), Change("x"));
  }));
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) {
                    return tx.CreateIntroduction(MakeIntroduction("i-2", "LW-AAAA-AAAA", kStart),
                                                 Change("x"));
                  }),
                  ErrorCode::kAlreadyExists);
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) {
                    return tx.CreateIntroduction(
                        MakeIntroduction("i-3", "LW-CCCC-CCCC", kStart, "team-none"), Change("x"));
                  }),
                  ErrorCode::kFailedPrecondition);
  Introduction by_stranger = MakeIntroduction("i-4", "LW-DDDD-DDDD", kStart);
  by_stranger.made_by_user_id = "u-none";
  LW_EXPECT_ERROR(
      Write([&](StoreTx& tx) { return tx.CreateIntroduction(by_stranger, Change("x")); }),
      ErrorCode::kFailedPrecondition);
  Introduction later = MakeIntroduction("i-5", "LW-EEEE-EEEE", kStart);
  later.version = 2;
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.CreateIntroduction(later, Change("x")); }),
                  ErrorCode::kInvalidArgument);
  auto all = Read([](StoreTx& tx) { return tx.ListIntroductions({.open_only = false}); });
  LW_ASSERT_OK(all);
  EXPECT_EQ(all->size(), 1u);
}

TEST_P(IntroductionsContract, ListsAreFilteredAndOldestFirst) {
  LW_ASSERT_OK(Write([&](StoreTx& tx) -> Status {
    Introduction a = MakeIntroduction("i-a", "LW-AAAA-AAAA", kStart + std::chrono::hours(3));
    Introduction b = MakeIntroduction("i-b", "LW-BBBB-BBBB", kStart + std::chrono::hours(1));
    Introduction c =
        MakeIntroduction("i-c", "LW-CCCC-CCCC", kStart + std::chrono::hours(2), "team-ashton");
    c.made_by_user_id = "u-asha";
    Introduction d = MakeIntroduction("i-d", "LW-DDDD-DDDD", kStart);
    d.state = IntroductionState::kClosed;
    d.ending = Ending::kChoseNotToGoAhead;
    d.closed_at = kStart + std::chrono::hours(1);
    for (const Introduction* in : {&a, &b, &c, &d}) {
      if (auto s = tx.CreateIntroduction(*in, Change("Introduced")); !s) return s;
    }
    return Ok();
  }));
  auto ids = [&](IntroductionFilter filter) {
    std::vector<std::string> out;
    auto list = Read([&](StoreTx& tx) { return tx.ListIntroductions(filter); });
    EXPECT_TRUE(list) << Describe(list);
    if (list) {
      for (const Introduction& in : *list) out.push_back(in.id);
    }
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(ids({}), (V{"i-b", "i-c", "i-a"}));
  EXPECT_EQ(ids({.open_only = false}), (V{"i-d", "i-b", "i-c", "i-a"}));
  EXPECT_EQ(ids({.team_id = "team-hyde"}), (V{"i-b", "i-a"}));
  EXPECT_EQ(ids({.made_by_user_id = "u-asha"}), (V{"i-c"}));
  EXPECT_EQ(ids({.limit = 2}), (V{"i-b", "i-c"}));
  LW_EXPECT_ERROR(Read([](StoreTx& tx) { return tx.ListIntroductions({.limit = -1}); }),
                  ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace store_contract_introductions_test
}  // namespace lw::contract

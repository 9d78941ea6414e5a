// The store contract, part 5: what the front door needs beyond storing
// introductions: the list's orders, paging, filters and counts, submission
// keys and rate windows.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "contract/introductions_contract.h"

namespace lw::contract {
namespace store_contract_front_door_test {
namespace {

using Ids = std::vector<std::string>;
using std::chrono::hours;
using std::chrono::minutes;

constexpr IntroductionOrder kEveryOrder[] = {
    IntroductionOrder::kOldestFirst, IntroductionOrder::kNewestFirst, IntroductionOrder::kSource,
    IntroductionOrder::kState, IntroductionOrder::kAssigned};

// --- The list.

TEST_P(IntroductionsContract, ListsAreInEachOrderEndingWithReceivedThenId) {
  SeedFrontDoorList();
  using O = IntroductionOrder;
  EXPECT_EQ(ListedIds({.order = O::kOldestFirst}), (Ids{"i-5", "i-2", "i-4", "i-3", "i-1"}));
  EXPECT_EQ(ListedIds({}), ListedIds({.order = O::kOldestFirst})) << "oldest first is the default";
  EXPECT_EQ(ListedIds({.order = O::kNewestFirst}), (Ids{"i-1", "i-3", "i-2", "i-4", "i-5"}));
  // By the source's key ("gp" < "police" < "self"), not its place in the enum.
  EXPECT_EQ(ListedIds({.order = O::kSource}), (Ids{"i-5", "i-1", "i-3", "i-2", "i-4"}));
  // By the state's key: "conversation-booked" < "conversation-held" < "open".
  EXPECT_EQ(ListedIds({.order = O::kState}), (Ids{"i-3", "i-5", "i-2", "i-4", "i-1"}));
  // Nobody first, then by name byte by byte: "Asha Patel" < "Ben Quinn" < "de Souza".
  EXPECT_EQ(ListedIds({.order = O::kAssigned}), (Ids{"i-5", "i-2", "i-3", "i-1", "i-4"}));
  // Closed ones join in when asked for.
  EXPECT_EQ(ListedIds({.open_only = false, .order = O::kOldestFirst}),
            (Ids{"i-5", "i-2", "i-4", "i-3", "i-1", "i-6"}));
  EXPECT_EQ(ListedIds({.open_only = false, .order = O::kSource}),
            (Ids{"i-5", "i-1", "i-6", "i-3", "i-2", "i-4"}));
  EXPECT_EQ(ListedIds({.open_only = false, .order = O::kState}),
            (Ids{"i-6", "i-3", "i-5", "i-2", "i-4", "i-1"}));

  // A change re-sorts: i-2 picked up by Ben Quinn sorts with i-1, oldest
  // first; its source is still what it was.
  auto i2 = Read([](StoreTx& tx) { return tx.GetIntroduction("i-2"); });
  LW_ASSERT_OK(i2);
  ASSERT_TRUE(i2->has_value());
  Introduction picked = **i2;
  picked.version = 2;
  picked.assigned_user_id = "u-ben";
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.UpdateIntroduction(picked, Change("Mine")); }));
  EXPECT_EQ(ListedIds({.order = O::kAssigned}), (Ids{"i-5", "i-3", "i-2", "i-1", "i-4"}));
  EXPECT_EQ(ListedIds({.order = O::kSource}), (Ids{"i-5", "i-1", "i-3", "i-2", "i-4"}));
  // A renamed worker re-sorts too: the name is read at listing time.
  User ben = MakeUser("u-ben", "ben");
  ben.display_name = "Aaron Ben";
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.UpdateUser(ben); }));
  EXPECT_EQ(ListedIds({.order = O::kAssigned}), (Ids{"i-5", "i-2", "i-1", "i-3", "i-4"}));
}

TEST_P(IntroductionsContract, PagesInEveryOrderNeitherOverlapNorSkip) {
  SeedFrontDoorList();
  for (bool open_only : {true, false}) {
    for (IntroductionOrder order : kEveryOrder) {
      SCOPED_TRACE(::testing::Message()
                   << "order " << static_cast<int>(order) << ", open_only " << open_only);
      const Ids whole = ListedIds({.open_only = open_only, .order = order});
      ASSERT_EQ(whole.size(), open_only ? 5u : 6u);
      Ids paged;
      for (int offset = 0; offset < 8; offset += 2) {
        Ids page =
            ListedIds({.open_only = open_only, .order = order, .offset = offset, .limit = 2});
        EXPECT_LE(page.size(), 2u);
        paged.insert(paged.end(), page.begin(), page.end());
      }
      EXPECT_EQ(paged, whole);
      EXPECT_EQ(ListedIds({.open_only = open_only, .order = order, .offset = 3, .limit = 1}),
                (Ids{whole[3]}));
      EXPECT_EQ(ListedIds({.open_only = open_only, .order = order, .offset = 99}), Ids{});
      EXPECT_EQ(ListedIds({.open_only = open_only, .order = order, .limit = 0}), Ids{});
    }
  }
  LW_EXPECT_ERROR(Read([](StoreTx& tx) { return tx.ListIntroductions({.offset = -1}); }),
                  ErrorCode::kInvalidArgument);
  LW_EXPECT_ERROR(
      Read([](StoreTx& tx) { return tx.ListIntroductions({.offset = 2, .limit = -1}); }),
      ErrorCode::kInvalidArgument);
}

TEST_P(IntroductionsContract, ListsFilterByNeighbourhoodPersonAndTheRest) {
  SeedFrontDoorList();
  // A neighbourhood's introductions are its teams'; a locality-wide team
  // (team-tg) is in none.
  EXPECT_EQ(ListedIds({.neighbourhood_id = "nb-hyde"}), (Ids{"i-5", "i-2", "i-1"}));
  EXPECT_EQ(ListedIds({.neighbourhood_id = "nb-ashton"}), (Ids{"i-3"}));
  EXPECT_EQ(ListedIds({.neighbourhood_id = "nb-none"}), Ids{});
  EXPECT_EQ(ListedIds({.neighbourhood_id = "nb-hyde", .open_only = false}),
            (Ids{"i-5", "i-2", "i-1", "i-6"}));
  EXPECT_EQ(ListedIds({.team_id = "team-tg"}), (Ids{"i-4"}));
  EXPECT_EQ(ListedIds({.team_id = "team-hyde", .neighbourhood_id = "nb-ashton"}), Ids{});
  // Linked to a person, across teams.
  EXPECT_EQ(ListedIds({.person_id = "p-sam"}), (Ids{"i-3", "i-1"}));
  EXPECT_EQ(ListedIds({.person_id = "p-none"}), Ids{});
  EXPECT_EQ(ListedIds({.team_id = "team-hyde", .person_id = "p-sam"}), (Ids{"i-1"}));
  EXPECT_EQ(ListedIds({.neighbourhood_id = "nb-hyde",
                       .person_id = "p-sam",
                       .order = IntroductionOrder::kNewestFirst}),
            (Ids{"i-1"}));
  // The filters combine with every order and with paging.
  EXPECT_EQ(ListedIds({.neighbourhood_id = "nb-hyde",
                       .order = IntroductionOrder::kAssigned,
                       .offset = 1,
                       .limit = 1}),
            (Ids{"i-2"}));
}

TEST_P(IntroductionsContract, CountsAreOfTheWholeMatchAndWaitingIsBeforeTheTime) {
  SeedFrontDoorList();
  using P = std::pair<std::int64_t, std::int64_t>;
  auto count = [&](const IntroductionFilter& filter, Timestamp waiting_since) {
    auto counts = Read([&](StoreTx& tx) { return tx.CountIntroductions(filter, waiting_since); });
    EXPECT_TRUE(counts) << Describe(counts);
    return counts ? P{counts->total, counts->waiting_since} : P{-1, -1};
  };
  const Timestamp two = kStart + hours(2);
  // Waiting: open or booked (i-2, i-4 at 1h; i-3 booked at 2h), received
  // strictly before the time. i-5 is held and i-6 closed: never waiting.
  EXPECT_EQ(count({}, two), (P{5, 2}));
  EXPECT_EQ(count({}, two + Micros(1)), (P{5, 3}));
  EXPECT_EQ(count({}, kStart + hours(1)), (P{5, 0}));
  EXPECT_EQ(count({}, kStart + hours(99)), (P{5, 4}));
  EXPECT_EQ(count({.open_only = false}, kStart + hours(99)), (P{6, 4}));
  // Offset and limit are ignored; the filters are not.
  EXPECT_EQ(count({.offset = 3, .limit = 1}, two), (P{5, 2}));
  EXPECT_EQ(count({.limit = 0}, two), (P{5, 2}));
  EXPECT_EQ(count({.order = IntroductionOrder::kAssigned}, two), (P{5, 2}));
  EXPECT_EQ(count({.team_id = "team-hyde"}, two), (P{3, 1}));
  EXPECT_EQ(count({.neighbourhood_id = "nb-hyde", .open_only = false}, two), (P{4, 1}));
  EXPECT_EQ(count({.neighbourhood_id = "nb-ashton"}, two + Micros(1)), (P{1, 1}));
  EXPECT_EQ(count({.person_id = "p-sam"}, kStart + hours(99)), (P{2, 2}));
  EXPECT_EQ(count({.made_by_user_id = "u-asha"}, two), (P{0, 0}));
  EXPECT_EQ(count({.team_id = "team-none"}, two), (P{0, 0}));
}

// The SQL stores keep the totals as tallies moved with every write
// (migration 0005): closing, moving team and a rolled-back change must all
// leave the counts what a full count would say.
TEST_P(IntroductionsContract, CountsFollowEveryChangeOfStateAndTeam) {
  SeedFrontDoorList();
  using P = std::pair<std::int64_t, std::int64_t>;
  auto count = [&](const IntroductionFilter& filter) {
    auto counts =
        Read([&](StoreTx& tx) { return tx.CountIntroductions(filter, kStart + hours(99)); });
    EXPECT_TRUE(counts) << Describe(counts);
    return counts ? P{counts->total, counts->waiting_since} : P{-1, -1};
  };
  auto change = [&](const std::string& id, auto&& edit) {
    auto got = Read([&](StoreTx& tx) { return tx.GetIntroduction(id); });
    EXPECT_TRUE(got && got->has_value());
    if (!got || !got->has_value()) return Status(Ok());
    Introduction next = **got;
    next.version += 1;
    edit(next);
    return Write([&](StoreTx& tx) { return tx.UpdateIntroduction(next, Change("x")); });
  };
  ASSERT_EQ(count({}), (P{5, 4}));
  ASSERT_EQ(count({.team_id = "team-hyde"}), (P{3, 2}));
  // i-2 (open, team-hyde) closes.
  LW_ASSERT_OK(change("i-2", [](Introduction& in) { in.state = IntroductionState::kClosed; }));
  EXPECT_EQ(count({}), (P{4, 3}));
  EXPECT_EQ(count({.open_only = false}), (P{6, 3}));
  EXPECT_EQ(count({.team_id = "team-hyde"}), (P{2, 1}));
  EXPECT_EQ(count({.neighbourhood_id = "nb-hyde", .open_only = false}), (P{4, 1}));
  // i-3 (booked, team-ashton) moves to team-hyde.
  LW_ASSERT_OK(change("i-3", [](Introduction& in) { in.team_id = "team-hyde"; }));
  EXPECT_EQ(count({.team_id = "team-hyde"}), (P{3, 2}));
  EXPECT_EQ(count({.neighbourhood_id = "nb-ashton"}), (P{0, 0}));
  EXPECT_EQ(count({}), (P{4, 3}));
  // A change rolled back moves nothing.
  Status undone = store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto got = tx.GetIntroduction("i-4");
    if (!got || !*got) return Fail(ErrorCode::kNotFound, "i-4");
    Introduction next = **got;
    next.version += 1;
    next.state = IntroductionState::kClosed;
    next.team_id = "team-hyde";
    if (auto s = tx.UpdateIntroduction(next, Change("x")); !s) return s;
    return Fail(ErrorCode::kFailedPrecondition, "changed my mind");
  });
  LW_EXPECT_ERROR(undone, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(count({}), (P{4, 3}));
  EXPECT_EQ(count({.team_id = "team-tg"}), (P{1, 1}));
  // A new one counts at once.
  LW_ASSERT_OK(Write([&](StoreTx& tx) {
    Introduction in = MakeIntroduction("i-9", "LW-9999-9999", kStart + hours(3));
    in.team_id = "team-tg";
    return tx.CreateIntroduction(in, Change("x"));
  }));
  EXPECT_EQ(count({.team_id = "team-tg"}), (P{2, 2}));
  EXPECT_EQ(count({.open_only = false}), (P{7, 4}));
}

TEST_P(StoreContract, ListPeopleAcrossEveryTeam) {
  Seed();
  for (const Person& p :
       {MakePerson("p-1", "Zara", "Ahmed"), MakePerson("p-2", "Eve", "Clarke", "team-ashton"),
        MakePerson("p-3", "Ben", "Ahmed", "team-tg")}) {
    LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreatePerson(p, Change("Created")); }));
  }
  auto ids = [&](const PersonFilter& filter) {
    Ids out;
    auto listed = Read([&](StoreTx& tx) { return tx.ListPeople(filter); });
    EXPECT_TRUE(listed) << Describe(listed);
    if (listed) {
      for (const Person& p : *listed) out.push_back(p.id);
    }
    return out;
  };
  EXPECT_EQ(ids({.team_id = ""}), (Ids{"p-3", "p-1", "p-2"}));
  EXPECT_EQ(ids({.team_id = "", .limit = 2}), (Ids{"p-3", "p-1"}));
  EXPECT_EQ(ids({.team_id = "team-ashton"}), (Ids{"p-2"}));
}

// --- Submission keys.

TEST_P(IntroductionsContract, SubmissionKeysAreOneTimeAndForgottenAfterAWhile) {
  LW_ASSERT_OK(Write([&](StoreTx& tx) -> Status {
    for (const auto& [id, reference] :
         {std::pair("i-1", "LW-1111-1111"), std::pair("i-2", "LW-2222-2222")}) {
      if (auto s = tx.CreateIntroduction(MakeIntroduction(id, reference, kStart), Change("x"));
          !s) {
        return s;
      }
    }
    return Ok();
  }));
  EXPECT_EQ(SubmissionFor("key-a"), "");
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.RecordSubmission("key-a", "i-1", kStart); }));
  LW_ASSERT_OK(Write(
      [&](StoreTx& tx) { return tx.RecordSubmission("key-b", "i-2", kStart + minutes(10)); }));
  EXPECT_EQ(SubmissionFor("key-a"), "i-1");
  EXPECT_EQ(SubmissionFor("key-b"), "i-2");

  // A key used again is refused and ends the transaction: the introduction
  // made in the same transaction is not kept.
  Status again = store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    EXPECT_TRUE(
        tx.CreateIntroduction(MakeIntroduction("i-3", "LW-3333-3333", kStart), Change("x")));
    LW_EXPECT_ERROR(tx.RecordSubmission("key-a", "i-3", kStart), ErrorCode::kAlreadyExists);
    return Ok();
  });
  LW_EXPECT_ERROR(again, ErrorCode::kAlreadyExists);
  EXPECT_EQ(SubmissionFor("key-a"), "i-1");
  auto i3 = Read([](StoreTx& tx) { return tx.GetIntroduction("i-3"); });
  LW_ASSERT_OK(i3);
  EXPECT_FALSE(i3->has_value());
  // A key must name an introduction that is there.
  LW_EXPECT_ERROR(
      Write([&](StoreTx& tx) { return tx.RecordSubmission("key-c", "i-none", kStart); }),
      ErrorCode::kFailedPrecondition);
  EXPECT_EQ(SubmissionFor("key-c"), "");

  // Keys recorded strictly before the time go; the count says how many.
  EXPECT_EQ(Write([](StoreTx& tx) { return tx.DeleteSubmissionsBefore(kStart); }), 0);
  EXPECT_EQ(Write([](StoreTx& tx) { return tx.DeleteSubmissionsBefore(kStart + minutes(10)); }), 1);
  EXPECT_EQ(SubmissionFor("key-a"), "");
  EXPECT_EQ(SubmissionFor("key-b"), "i-2");
  // A forgotten key can be used again.
  LW_ASSERT_OK(Write(
      [&](StoreTx& tx) { return tx.RecordSubmission("key-a", "i-2", kStart + minutes(20)); }));
  EXPECT_EQ(SubmissionFor("key-a"), "i-2");
  EXPECT_EQ(Write([](StoreTx& tx) { return tx.DeleteSubmissionsBefore(kStart + hours(1)); }), 2);
  EXPECT_EQ(SubmissionFor("key-b"), "");
}

// --- Rate windows.

TEST_P(StoreContract, RateWindowsCountInAFixedWindow) {
  const Micros window = minutes(10);
  auto count = [&](const std::string& key) {
    return Write([&](StoreTx& tx) { return tx.CountInWindow(key, clock_.Now(), window); });
  };
  EXPECT_EQ(count("introduce:203.0.113.9"), 1);
  clock_.Advance(minutes(4));
  EXPECT_EQ(count("introduce:203.0.113.9"), 2);
  EXPECT_EQ(count("introduce:198.51.100.1"), 1);  // keys are independent
  // Sign-in throttling is counted apart, even under the same key.
  EXPECT_EQ(Write([&](StoreTx& tx) {
              return tx.RecordSignInFailure("introduce:203.0.113.9", clock_.Now(), window);
            }),
            1);
  // The window began at kStart and covers [kStart, kStart + 10 min).
  clock_.Set(kStart + window - Micros(1));
  EXPECT_EQ(count("introduce:203.0.113.9"), 3);
  clock_.Set(kStart + window);
  EXPECT_EQ(count("introduce:203.0.113.9"), 1);  // a new window, starting now
  clock_.Advance(minutes(9));
  EXPECT_EQ(count("introduce:203.0.113.9"), 2);
  EXPECT_EQ(count("introduce:198.51.100.1"), 1);  // its window, from kStart + 4 min, has ended

  // Windows that began strictly before the time are deleted, and counting
  // starts again.
  const Timestamp newest = kStart + window + minutes(9);  // 198.51.100.1's window start
  EXPECT_EQ(Write([&](StoreTx& tx) { return tx.DeleteWindowsBefore(kStart + window); }), 0);
  EXPECT_EQ(Write([&](StoreTx& tx) { return tx.DeleteWindowsBefore(newest); }), 1);
  EXPECT_EQ(count("introduce:203.0.113.9"), 1);
  EXPECT_EQ(count("introduce:198.51.100.1"), 2);
  EXPECT_EQ(Write([&](StoreTx& tx) { return tx.DeleteWindowsBefore(newest + Micros(1)); }), 2);
  EXPECT_EQ(count("introduce:198.51.100.1"), 1);
  // Sign-in failures were not touched.
  EXPECT_EQ(Read([&](StoreTx& tx) {
              return tx.SignInFailures("introduce:203.0.113.9", kStart + minutes(5), window);
            }),
            1);
}

// --- In transactions.

TEST_P(IntroductionsContract, FrontDoorWritesRollBackAndAreRefusedInAReadTransaction) {
  LW_ASSERT_OK(Write([&](StoreTx& tx) -> Status {
    if (auto s =
            tx.CreateIntroduction(MakeIntroduction("i-1", "LW-1111-1111", kStart), Change("x"));
        !s) {
      return s;
    }
    if (auto s = tx.RecordSubmission("key-a", "i-1", kStart); !s) return s;
    auto counted = tx.CountInWindow("introduce:a", kStart, minutes(10));
    if (!counted) return Fail(counted.error());
    return Ok();
  }));
  const Timestamp later = kStart + hours(1);
  // Everything is undone when fn fails ...
  Status failed = store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    EXPECT_EQ(tx.DeleteSubmissionsBefore(later), 1);
    EXPECT_EQ(tx.DeleteWindowsBefore(later), 1);
    LW_EXPECT_OK(tx.RecordSubmission("key-b", "i-1", kStart));
    EXPECT_EQ(tx.CountInWindow("introduce:b", kStart, minutes(10)), 1);
    auto gone = tx.FindSubmission("key-a");
    EXPECT_TRUE(gone && !gone->has_value());
    return Fail(ErrorCode::kFailedPrecondition, "changed my mind");
  });
  LW_EXPECT_ERROR(failed, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(SubmissionFor("key-a"), "i-1");
  EXPECT_EQ(SubmissionFor("key-b"), "");
  // ... and every write is refused in a read transaction.
  LW_ASSERT_OK(store_->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    LW_EXPECT_ERROR(tx.RecordSubmission("key-c", "i-1", kStart), ErrorCode::kInternal);
    LW_EXPECT_ERROR(tx.DeleteSubmissionsBefore(later), ErrorCode::kInternal);
    LW_EXPECT_ERROR(tx.CountInWindow("introduce:a", kStart, minutes(10)), ErrorCode::kInternal);
    LW_EXPECT_ERROR(tx.DeleteWindowsBefore(later), ErrorCode::kInternal);
    return Ok();
  }));
  EXPECT_EQ(SubmissionFor("key-a"), "i-1");
  // The rolled-back and refused counts left the window as it was: one event.
  EXPECT_EQ(Write([](StoreTx& tx) { return tx.CountInWindow("introduce:a", kStart, minutes(10)); }),
            2);
  EXPECT_EQ(Write([](StoreTx& tx) { return tx.CountInWindow("introduce:b", kStart, minutes(10)); }),
            1);
}

}  // namespace
}  // namespace store_contract_front_door_test
}  // namespace lw::contract

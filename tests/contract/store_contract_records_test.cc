// The store contract, part 6: team records (domain/ports/records.h),
// versioned, with their index, links and lists.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "contract/store_contract.h"

namespace lw::contract {
namespace store_contract_records_test {
namespace {

StoredRecord Rec(RecordKind kind, std::string id, std::string team, std::string owner,
                 std::int64_t sort_key, std::vector<RecordLink> links, bool open = true) {
  StoredRecord r{.kind = kind, .id = std::move(id), .version = 1};
  r.index = {.team_id = std::move(team),
             .owner_id = std::move(owner),
             .open = open,
             .sort_key = sort_key,
             .links = std::move(links)};
  r.body = "{\"id\":\"" + r.id + "\",\"text\":\"Siân's \\\"words\\\"\\n\"}";
  return r;
}

std::vector<std::string> Ids(const std::vector<StoredRecord>& records) {
  std::vector<std::string> ids;
  ids.reserve(records.size());
  for (const StoredRecord& r : records) ids.push_back(r.id);
  return ids;
}

using Ss = std::vector<std::string>;

TEST_P(StoreContract, ARecordIsStoredAsVersionOneWithItsIndexAndBody) {
  StoredRecord e =
      Rec(RecordKind::kEpisode, "e-1", "team-tg", "u-sam", 20500, {{"p-2", true}, {"p-1", false}});
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateRecord(e, Change("Opened")); }));
  auto got = Read([](StoreTx& tx) { return tx.GetRecord(RecordKind::kEpisode, "e-1"); });
  LW_ASSERT_OK(got);
  ASSERT_TRUE(got->has_value());
  StoredRecord expected = e;
  expected.index.links = {{"p-1", false}, {"p-2", true}};  // by person id
  EXPECT_EQ(**got, expected);

  // The same id is another record in another kind; a kind's id is unique.
  auto other = Read([](StoreTx& tx) { return tx.GetRecord(RecordKind::kContact, "e-1"); });
  LW_ASSERT_OK(other);
  EXPECT_FALSE(other->has_value());
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.CreateRecord(e, Change("Again")); }),
                  ErrorCode::kAlreadyExists);
  StoredRecord v2 = e;
  v2.id = "e-2";
  v2.version = 2;
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.CreateRecord(v2, Change("Two")); }),
                  ErrorCode::kInvalidArgument);
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) {
                    return tx.UpdateRecord(Rec(RecordKind::kEpisode, "e-none", "", "", 0, {}),
                                           Change("Nothing"));
                  }),
                  ErrorCode::kNotFound);
  LW_EXPECT_ERROR(
      Read([](StoreTx& tx) { return tx.ListRecordVersions(RecordKind::kEpisode, "e-none"); }),
      ErrorCode::kNotFound);
}

TEST_P(StoreContract, UpdatingARecordKeepsEveryVersionAndMovesItsIndex) {
  StoredRecord e = Rec(RecordKind::kEpisode, "e-1", "team-tg", "u-sam", 20500, {{"p-1", true}});
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateRecord(e, Change("Opened")); }));
  StoredRecord next = e;
  next.version = 2;
  next.index.owner_id = "u-ali";
  next.index.open = false;
  next.index.links = {{"p-1", false}};
  next.body = "{\"v\":2}";
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.UpdateRecord(next, Change("Reassigned")); }));

  // A change based on version 1 again conflicts, carrying the stored version.
  auto stale = Write([&](StoreTx& tx) { return tx.UpdateRecord(next, Change("Stale")); });
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().current_version, 2);
  StoredRecord ahead = next;
  ahead.version = 4;
  auto skipped = Write([&](StoreTx& tx) { return tx.UpdateRecord(ahead, Change("Ahead")); });
  ASSERT_FALSE(skipped.has_value());
  EXPECT_EQ(skipped.error().code, ErrorCode::kConflict);

  auto got = Read([](StoreTx& tx) { return tx.GetRecord(RecordKind::kEpisode, "e-1"); });
  LW_ASSERT_OK(got);
  EXPECT_EQ(**got, next);
  auto versions =
      Read([](StoreTx& tx) { return tx.ListRecordVersions(RecordKind::kEpisode, "e-1"); });
  LW_ASSERT_OK(versions);
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[0].version, 1);
  EXPECT_EQ((*versions)[0].body, e.body);
  EXPECT_EQ((*versions)[0].change.reason, "Opened");
  EXPECT_EQ((*versions)[0].change.changed_by, "u-asha");
  EXPECT_EQ((*versions)[0].change.changed_at, kStart);
  EXPECT_EQ((*versions)[1].version, 2);
  EXPECT_EQ((*versions)[1].body, "{\"v\":2}");
  EXPECT_EQ((*versions)[1].change.reason, "Reassigned");

  // The index is the current version's: the old owner finds nothing.
  auto by_sam = Read([](StoreTx& tx) {
    return tx.ListRecords({.kind = RecordKind::kEpisode, .owner_id = "u-sam"});
  });
  LW_ASSERT_OK(by_sam);
  EXPECT_TRUE(by_sam->empty());
}

TEST_P(StoreContract, AFailedRecordWriteRollsBackWithItsTransaction) {
  StoredRecord e = Rec(RecordKind::kConcern, "c-1", "team-tg", "u-sam", 5, {{"p-1", true}});
  auto rolled = Write([&](StoreTx& tx) -> Status {
    if (auto s = tx.CreateRecord(e, Change("Raised")); !s) return s;
    return Fail(ErrorCode::kInvalidArgument, "changed my mind");
  });
  EXPECT_FALSE(rolled.has_value());
  auto got = Read([](StoreTx& tx) { return tx.GetRecord(RecordKind::kConcern, "c-1"); });
  LW_ASSERT_OK(got);
  EXPECT_FALSE(got->has_value());
  auto latest = Read([](StoreTx& tx) { return tx.LatestFlagged(RecordKind::kConcern, {"p-1"}); });
  LW_ASSERT_OK(latest);
  EXPECT_TRUE(latest->empty());
  LW_EXPECT_ERROR(Read([&](StoreTx& tx) { return tx.CreateRecord(e, Change("In a read")); }),
                  ErrorCode::kInternal);
}

TEST_P(StoreContract, RecordListsFilterByTeamOwnerPersonOpenAndRange) {
  LW_ASSERT_OK(Write([&](StoreTx& tx) -> Status {
    for (const StoredRecord& r :
         {Rec(RecordKind::kEpisode, "e-1", "team-a", "u-sam", 30, {{"p-1", true}}),
          Rec(RecordKind::kEpisode, "e-2", "team-a", "u-ali", 10, {{"p-2", true}}),
          Rec(RecordKind::kEpisode, "e-3", "team-b", "u-sam", 20, {{"p-3", true}}),
          Rec(RecordKind::kEpisode, "e-4", "team-a", "u-sam", 30, {{"p-1", true}}, false),
          Rec(RecordKind::kContact, "e-5", "team-a", "u-sam", 30, {{"p-1", true}})}) {
      if (auto s = tx.CreateRecord(r, Change("Seed")); !s) return s;
    }
    return Ok();
  }));
  auto list = [&](RecordFilter f) {
    auto got = Read([&](StoreTx& tx) { return tx.ListRecords(f); });
    EXPECT_TRUE(got.has_value()) << Describe(got);
    return got ? Ids(*got) : Ss{};
  };
  const RecordKind ep = RecordKind::kEpisode;
  EXPECT_EQ(list({.kind = ep}), (Ss{"e-2", "e-3", "e-1", "e-4"}));
  EXPECT_EQ(list({.kind = ep, .newest_first = true}), (Ss{"e-4", "e-1", "e-3", "e-2"}));
  EXPECT_EQ(list({.kind = ep, .team_id = "team-a"}), (Ss{"e-2", "e-1", "e-4"}));
  EXPECT_EQ(list({.kind = ep, .team_id = "team-a", .open_only = true}), (Ss{"e-2", "e-1"}));
  EXPECT_EQ(list({.kind = ep, .owner_id = "u-sam"}), (Ss{"e-3", "e-1", "e-4"}));
  EXPECT_EQ(list({.kind = ep, .team_id = "team-a", .owner_id = "u-sam"}), (Ss{"e-1", "e-4"}));
  EXPECT_EQ(list({.kind = ep, .person_id = "p-1"}), (Ss{"e-1", "e-4"}));
  EXPECT_EQ(list({.kind = ep, .person_id = "p-1", .open_only = true}), (Ss{"e-1"}));
  EXPECT_EQ(list({.kind = ep, .sort_from = 20}), (Ss{"e-3", "e-1", "e-4"}));
  EXPECT_EQ(list({.kind = ep, .sort_from = 10, .sort_to = 30}), (Ss{"e-2", "e-3"}));
  EXPECT_EQ(list({.kind = ep, .limit = 2}), (Ss{"e-2", "e-3"}));
  EXPECT_EQ(list({.kind = ep, .newest_first = true, .limit = 1}), (Ss{"e-4"}));
  EXPECT_EQ(list({.kind = ep, .limit = 0}), Ss{});
  EXPECT_EQ(list({.kind = RecordKind::kContact}), (Ss{"e-5"}));
  LW_EXPECT_ERROR(
      Read([](StoreTx& tx) { return tx.ListRecords({.kind = RecordKind::kEpisode, .limit = -1}); }),
      ErrorCode::kInvalidArgument);

  // Listed records carry their links, as GetRecord's do.
  auto one = Read([](StoreTx& tx) {
    return tx.ListRecords({.kind = RecordKind::kEpisode, .person_id = "p-2"});
  });
  LW_ASSERT_OK(one);
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ((*one)[0].index.links, (std::vector<RecordLink>{{"p-2", true}}));
  EXPECT_EQ((*one)[0].index.team_id, "team-a");
  EXPECT_EQ((*one)[0].index.owner_id, "u-ali");
  EXPECT_EQ((*one)[0].index.sort_key, 10);

  // Without links: the same records and index, links left empty.
  auto bare = Read([](StoreTx& tx) {
    return tx.ListRecords({.kind = RecordKind::kEpisode, .team_id = "team-a", .with_links = false});
  });
  LW_ASSERT_OK(bare);
  EXPECT_EQ(Ids(*bare), (Ss{"e-2", "e-1", "e-4"}));
  for (const StoredRecord& r : *bare) EXPECT_TRUE(r.index.links.empty()) << r.id;
  EXPECT_EQ((*bare)[0].index.owner_id, "u-ali");
  EXPECT_EQ((*bare)[0].body, Rec(RecordKind::kEpisode, "e-2", "", "", 0, {}).body);
}

TEST_P(StoreContract, LatestFlaggedIsEachPersonsLastFlaggedRecordOfAKind) {
  LW_ASSERT_OK(Write([&](StoreTx& tx) -> Status {
    for (const StoredRecord& r :
         {Rec(RecordKind::kContact, "c-1", "", "", 100, {{"p-1", true}, {"p-2", true}}),
          Rec(RecordKind::kContact, "c-2", "", "", 300, {{"p-1", false}, {"p-2", true}}),
          Rec(RecordKind::kContact, "c-3", "", "", 200, {{"p-1", true}}),
          Rec(RecordKind::kContact, "c-4", "", "", 900, {{"p-3", false}}),
          Rec(RecordKind::kConcern, "c-5", "team-a", "", 999, {{"p-1", true}})}) {
      if (auto s = tx.CreateRecord(r, Change("Seed")); !s) return s;
    }
    return Ok();
  }));
  using Latest = std::vector<std::pair<std::string, std::int64_t>>;
  auto latest = Read([](StoreTx& tx) {
    return tx.LatestFlagged(RecordKind::kContact, {"p-2", "p-1", "p-3", "p-none"});
  });
  LW_ASSERT_OK(latest);
  EXPECT_EQ(*latest, (Latest{{"p-2", 300}, {"p-1", 200}}));

  // A correction that marks p-2 as not attended moves their latest back.
  StoredRecord corrected =
      Rec(RecordKind::kContact, "c-2", "", "", 300, {{"p-1", false}, {"p-2", false}});
  corrected.version = 2;
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.UpdateRecord(corrected, Change("DNA")); }));
  auto after = Read([](StoreTx& tx) { return tx.LatestFlagged(RecordKind::kContact, {"p-2"}); });
  LW_ASSERT_OK(after);
  EXPECT_EQ(*after, (Latest{{"p-2", 100}}));
}

// Lists and "last seen" read many records and people at once; every one
// keeps its own links and its own latest, in the order asked.
TEST_P(StoreContract, LongRecordListsCarryEachRecordsOwnLinks) {
  constexpr int kMany = 600;
  LW_ASSERT_OK(Write([&](StoreTx& tx) -> Status {
    for (int i = 0; i < kMany; ++i) {
      const std::string n = std::to_string(i);
      std::vector<RecordLink> links = {{"p-" + n, true}};
      if (i % 3 == 0) links.push_back({"p-shared", i % 2 == 0});
      if (auto s = tx.CreateRecord(
              Rec(RecordKind::kContact, "c-" + n, "team-a", "", 1000 + i, std::move(links)),
              Change("Seed"));
          !s) {
        return s;
      }
    }
    return Ok();
  }));
  auto listed = Read([](StoreTx& tx) {
    return tx.ListRecords({.kind = RecordKind::kContact, .team_id = "team-a", .limit = 5000});
  });
  LW_ASSERT_OK(listed);
  ASSERT_EQ(listed->size(), static_cast<std::size_t>(kMany));
  for (int i = 0; i < kMany; ++i) {
    const StoredRecord& r = (*listed)[static_cast<std::size_t>(i)];
    const std::string n = std::to_string(i);
    ASSERT_EQ(r.id, "c-" + n);
    std::vector<RecordLink> expected = {{"p-" + n, true}};
    if (i % 3 == 0) expected.push_back({"p-shared", i % 2 == 0});  // "p-1..." < "p-shared"
    EXPECT_EQ(r.index.links, expected) << r.id;
  }

  std::vector<std::string> people;
  for (int i = kMany - 1; i >= 0; --i) people.push_back("p-" + std::to_string(i));
  people.push_back("p-shared");
  people.push_back("p-none");
  auto latest = Read([&](StoreTx& tx) { return tx.LatestFlagged(RecordKind::kContact, people); });
  LW_ASSERT_OK(latest);
  ASSERT_EQ(latest->size(), static_cast<std::size_t>(kMany) + 1);
  for (int i = 0; i < kMany; ++i) {
    const auto& [person, key] = (*latest)[static_cast<std::size_t>(i)];
    EXPECT_EQ(person, "p-" + std::to_string(kMany - 1 - i));
    EXPECT_EQ(key, 1000 + kMany - 1 - i);
  }
  // p-shared was flagged on every sixth record: the last is 594.
  EXPECT_EQ(latest->back(), (std::pair<std::string, std::int64_t>{"p-shared", 1594}));
}

}  // namespace
}  // namespace store_contract_records_test
}  // namespace lw::contract

// The store contract, part 7: the postcode directory
// (domain/ports/postcodes.h), and the directory's record kinds, stored
// without a migration of their own.
#include <string>
#include <vector>

#include "contract/store_contract.h"

namespace lw::contract {
namespace store_contract_postcodes_test {
namespace {

TEST_P(StoreContract, PostcodesAreUpsertedAndFoundByTheirNormalForm) {
  auto none = Read([](StoreTx& tx) { return tx.FindPostcode("SK14 2QR"); });
  LW_ASSERT_OK(none);
  EXPECT_FALSE(none->has_value());
  EXPECT_EQ(*Read([](StoreTx& tx) { return tx.CountPostcodes(); }), 0);

  LW_ASSERT_OK(Write([](StoreTx& tx) {
    return tx.PutPostcodes({{.postcode = "SK14 2QR", .latitude = 53.451232, .longitude = -2.072411},
                            {.postcode = "OL6 7AB", .latitude = 53.4941, .longitude = -2.0833}});
  }));
  auto found = Read([](StoreTx& tx) { return tx.FindPostcode("SK14 2QR"); });
  LW_ASSERT_OK(found);
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(**found,
            (PostcodePoint{.postcode = "SK14 2QR", .latitude = 53.451232, .longitude = -2.072411}));
  EXPECT_FALSE(Read([](StoreTx& tx) { return tx.FindPostcode("sk14 2qr"); })->has_value());
  EXPECT_EQ(*Read([](StoreTx& tx) { return tx.CountPostcodes(); }), 2);

  // Again: replaced, not added; coordinates kept to six decimal places.
  LW_ASSERT_OK(Write([](StoreTx& tx) {
    return tx.PutPostcodes({{.postcode = "SK14 2QR", .latitude = 53.1234564, .longitude = -2.5}});
  }));
  EXPECT_EQ(*Read([](StoreTx& tx) { return tx.CountPostcodes(); }), 2);
  auto moved = Read([](StoreTx& tx) { return tx.FindPostcode("SK14 2QR"); });
  LW_ASSERT_OK(moved);
  EXPECT_DOUBLE_EQ((*moved)->latitude, 53.123456);
  EXPECT_DOUBLE_EQ((*moved)->longitude, -2.5);
}

TEST_P(StoreContract, ABatchOfPostcodesRolledBackLeavesNone) {
  auto failed = store_->Transact(TxMode::kWrite, [](StoreTx& tx) -> Status {
    if (auto s = tx.PutPostcodes({{.postcode = "M34 2HJ", .latitude = 53.45, .longitude = -2.13},
                                  {.postcode = "M43 6AB", .latitude = 53.48, .longitude = -2.14}});
        !s) {
      return s;
    }
    return Fail(ErrorCode::kInternal, "the import stopped");
  });
  EXPECT_FALSE(failed);
  EXPECT_EQ(*Read([](StoreTx& tx) { return tx.CountPostcodes(); }), 0);
  EXPECT_FALSE(Read([](StoreTx& tx) { return tx.FindPostcode("M34 2HJ"); })->has_value());
  auto in_read = Read([](StoreTx& tx) {
    return tx.PutPostcodes({{.postcode = "M34 2HJ", .latitude = 53.45, .longitude = -2.13}});
  });
  EXPECT_FALSE(in_read);
}

TEST_P(StoreContract, TheDirectorysRecordKindsNeedNoMigrationOfTheirOwn) {
  for (RecordKind kind : {RecordKind::kDirectoryOrganisation, RecordKind::kDirectoryService}) {
    StoredRecord r{.kind = kind,
                   .id = "0b5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d",
                   .version = 1,
                   .index = {.owner_id = "org", .open = false},
                   .body = "{\"name\":\"Hyde Men's Shed\"}"};
    LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateRecord(r, Change("Added")); }));
    auto got = Read([&](StoreTx& tx) { return tx.GetRecord(kind, r.id); });
    LW_ASSERT_OK(got);
    ASSERT_TRUE(got->has_value());
    EXPECT_EQ(**got, r);
    auto listed = Read([&](StoreTx& tx) {
      return tx.ListRecords({.kind = kind, .owner_id = "org", .open_only = false});
    });
    LW_ASSERT_OK(listed);
    EXPECT_EQ(listed->size(), 1u);
  }
}

}  // namespace
}  // namespace store_contract_postcodes_test
}  // namespace lw::contract

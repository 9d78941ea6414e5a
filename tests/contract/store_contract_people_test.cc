// The store contract, part 2: people's records, versioned.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "contract/store_contract.h"

namespace lw::contract {
namespace store_contract_people_test {
namespace {

TEST_P(StoreContract, CreatePersonStoresVersionOne) {
  Seed();
  Person sam = MakePerson("p-sam", "Samuel", "Okafor");
  sam.preferred_name = "Sam";
  sam.version = 7;  // ignored: a new record is version 1
  LW_ASSERT_OK(Write(
      [&](StoreTx& tx) { return tx.CreatePerson(sam, Change("Created at the front door")); }));
  auto got = Read([](StoreTx& tx) { return tx.GetPerson("p-sam"); });
  LW_ASSERT_OK(got);
  ASSERT_TRUE(got->has_value());
  Person expected = sam;
  expected.version = 1;
  EXPECT_EQ(Fields(**got), Fields(expected));
  EXPECT_EQ((*got)->CallName(), "Sam");

  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.CreatePerson(sam, Change("Again")); }),
                  ErrorCode::kAlreadyExists);
  auto versions = Read([](StoreTx& tx) { return tx.ListPersonVersions("p-sam"); });
  LW_ASSERT_OK(versions);
  EXPECT_EQ(versions->size(), 1u);
  auto missing = Read([](StoreTx& tx) { return tx.GetPerson("p-none"); });
  LW_ASSERT_OK(missing);
  EXPECT_FALSE(missing->has_value());
}

// Store::StartBulkLoad ... FinishBulkLoad (storage/sql/bulk_load.h): what
// is written in between reads back and lists the same before and after the
// indexes are built, and a duplicate is still refused.
TEST_P(StoreContract, WhatABulkLoadWritesIsReadAndListedTheSameAfterItFinishes) {
  Seed();
  LW_ASSERT_OK(store_->StartBulkLoad());
  for (const char* id : {"p-1", "p-2", "p-3"}) {
    Person p = MakePerson(id, "Given", std::string("Family ") + id);
    LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreatePerson(p, Change("Loaded")); }));
  }
  Person again = MakePerson("p-2", "Given", "Family");
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.CreatePerson(again, Change("Again")); }),
                  ErrorCode::kAlreadyExists);
  auto ids = [&] {
    std::vector<std::string> out;
    auto listed = Read([](StoreTx& tx) { return tx.ListPeople({.team_id = "team-hyde"}); });
    EXPECT_TRUE(listed.has_value());
    if (listed) {
      for (const Person& p : *listed) out.push_back(p.id);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::vector<std::string> expected = {"p-1", "p-2", "p-3"};
  EXPECT_EQ(ids(), expected);
  LW_ASSERT_OK(store_->FinishBulkLoad());
  EXPECT_EQ(ids(), expected);
  LW_ASSERT_OK(store_->FinishBulkLoad());  // nothing left to build
}

TEST_P(StoreContract, OptionalPersonFieldsRoundTripEmpty) {
  Seed();
  Person minimal{.id = "p-min", .team_id = "team-tg", .given_name = "Jo", .family_name = "Bloggs"};
  LW_ASSERT_OK(Write(
      [&](StoreTx& tx) { return tx.CreatePerson(minimal, Change("Phoned the crisis line")); }));
  auto got = Read([](StoreTx& tx) { return tx.GetPerson("p-min"); });
  LW_ASSERT_OK(got);
  ASSERT_TRUE(got->has_value());
  EXPECT_FALSE((*got)->date_of_birth.has_value());
  EXPECT_EQ((*got)->preferred_name, "");
  EXPECT_EQ((*got)->postcode, "");
  EXPECT_EQ((*got)->nhs_number, "");
  EXPECT_EQ((*got)->version, 1);
}

TEST_P(StoreContract, UpdateMakesANewVersionAndKeepsTheOldOneWithWhoWhenWhy) {
  Seed();
  Person sam = MakePerson("p-sam", "Samuel", "Okafor");
  ChangeMeta created = Change("Created at the front door", "u-front");
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreatePerson(sam, created); }));

  clock_.Advance(std::chrono::hours(3));
  Person corrected = sam;
  corrected.version = 1;
  corrected.date_of_birth = *Date::FromYmd(1984, 7, 15);
  corrected.postcode = "SK14 2BB";
  ChangeMeta correction = Change("Corrected date of birth", "u-asha");
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.UpdatePerson(corrected, correction); }));

  auto current = Read([](StoreTx& tx) { return tx.GetPerson("p-sam"); });
  LW_ASSERT_OK(current);
  ASSERT_TRUE(current->has_value());
  EXPECT_EQ((*current)->version, 2);
  EXPECT_EQ((*current)->date_of_birth, Date::FromYmd(1984, 7, 15).value());
  EXPECT_EQ((*current)->postcode, "SK14 2BB");

  auto versions = Read([](StoreTx& tx) { return tx.ListPersonVersions("p-sam"); });
  LW_ASSERT_OK(versions);
  ASSERT_EQ(versions->size(), 2u);
  const PersonVersion& v1 = (*versions)[0];
  const PersonVersion& v2 = (*versions)[1];
  Person expected_v1 = sam;
  expected_v1.version = 1;
  EXPECT_EQ(Fields(v1.person), Fields(expected_v1));
  EXPECT_EQ(v1.change.changed_by, "u-front");
  EXPECT_EQ(v1.change.changed_at, kStart);
  EXPECT_EQ(v1.change.reason, "Created at the front door");
  Person expected_v2 = corrected;
  expected_v2.version = 2;
  EXPECT_EQ(Fields(v2.person), Fields(expected_v2));
  EXPECT_EQ(v2.change.changed_by, "u-asha");
  EXPECT_EQ(v2.change.changed_at, kStart + std::chrono::hours(3));
  EXPECT_EQ(v2.change.reason, "Corrected date of birth");
}

TEST_P(StoreContract, UpdateFromAStaleVersionConflictsAndChangesNothing) {
  Seed();
  Person sam = MakePerson("p-sam", "Samuel", "Okafor");
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreatePerson(sam, Change("Created")); }));
  Person first = sam;
  first.version = 1;
  first.preferred_name = "Sam";
  LW_ASSERT_OK(
      Write([&](StoreTx& tx) { return tx.UpdatePerson(first, Change("Preferred name")); }));

  Person stale = sam;
  stale.version = 1;  // based on version 1, but 2 is stored
  stale.family_name = "Okafor-Smith";
  auto result = Write([&](StoreTx& tx) { return tx.UpdatePerson(stale, Change("Married")); });
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kConflict);
  EXPECT_EQ(result.error().current_version, 2);

  Person ahead = sam;
  ahead.version = 5;
  auto ahead_result = Write([&](StoreTx& tx) { return tx.UpdatePerson(ahead, Change("Ahead")); });
  ASSERT_FALSE(ahead_result.has_value());
  EXPECT_EQ(ahead_result.error().code, ErrorCode::kConflict);
  EXPECT_EQ(ahead_result.error().current_version, 2);

  auto versions = Read([](StoreTx& tx) { return tx.ListPersonVersions("p-sam"); });
  LW_ASSERT_OK(versions);
  ASSERT_EQ(versions->size(), 2u);
  auto current = Read([](StoreTx& tx) { return tx.GetPerson("p-sam"); });
  LW_ASSERT_OK(current);
  ASSERT_TRUE(current->has_value());
  EXPECT_EQ((*current)->family_name, "Okafor");
  EXPECT_EQ((*current)->preferred_name, "Sam");

  // Retrying from the version the conflict reported succeeds.
  stale.version = result.error().current_version;
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.UpdatePerson(stale, Change("Married")); }));
  current = Read([](StoreTx& tx) { return tx.GetPerson("p-sam"); });
  LW_ASSERT_OK(current);
  EXPECT_EQ((*current)->version, 3);
  EXPECT_EQ((*current)->family_name, "Okafor-Smith");
}

TEST_P(StoreContract, UnknownPeopleAreNotFound) {
  Seed();
  Person ghost = MakePerson("p-ghost", "No", "One");
  ghost.version = 1;
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.UpdatePerson(ghost, Change("Edit")); }),
                  ErrorCode::kNotFound);
  LW_EXPECT_ERROR(Read([](StoreTx& tx) { return tx.ListPersonVersions("p-ghost"); }),
                  ErrorCode::kNotFound);
  auto got = Read([](StoreTx& tx) { return tx.GetPerson("p-ghost"); });
  LW_ASSERT_OK(got);
  EXPECT_FALSE(got->has_value());
}

TEST_P(StoreContract, GetPeopleReadsTheCurrentVersionOfEachInTheOrderAsked) {
  Seed();
  for (const Person& p : {MakePerson("p-1", "Zara", "Ahmed"), MakePerson("p-2", "Ben", "Ahmed"),
                          MakePerson("p-3", "Chloe", "Brown")}) {
    LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreatePerson(p, Change("Created")); }));
  }
  Person renamed = MakePerson("p-2", "Benjamin", "Ahmed");
  renamed.version = 1;
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.UpdatePerson(renamed, Change("Full name")); }));

  auto got = Read([](StoreTx& tx) { return tx.GetPeople({"p-3", "p-none", "p-2", "p-3", "p-1"}); });
  LW_ASSERT_OK(got);
  std::vector<std::string> seen;
  for (const Person& p : *got) seen.push_back(p.id + " " + p.given_name);
  // Missing ones left out, a repeat given once where it first appears.
  EXPECT_EQ(seen, (std::vector<std::string>{"p-3 Chloe", "p-2 Benjamin", "p-1 Zara"}));
  ASSERT_EQ(got->size(), 3u);
  Person expected = renamed;
  expected.version = 2;
  EXPECT_EQ(Fields((*got)[1]), Fields(expected));

  auto none = Read([](StoreTx& tx) { return tx.GetPeople({}); });
  LW_ASSERT_OK(none);
  EXPECT_TRUE(none->empty());

  // Many at once: every one found, in the order asked.
  std::vector<std::string> many;
  LW_ASSERT_OK(Write([&](StoreTx& tx) -> Status {
    for (int i = 0; i < 600; ++i) {
      std::string id = "p-many-" + std::to_string(i);
      if (auto s = tx.CreatePerson(MakePerson(id, "Many", std::to_string(i)), Change("Created"));
          !s) {
        return s;
      }
      many.push_back(std::move(id));
    }
    return Ok();
  }));
  std::ranges::reverse(many);
  auto all = Read([&](StoreTx& tx) { return tx.GetPeople(many); });
  LW_ASSERT_OK(all);
  ASSERT_EQ(all->size(), many.size());
  for (std::size_t i = 0; i < many.size(); ++i) {
    EXPECT_EQ((*all)[i].id, many[i]);
    EXPECT_EQ((*all)[i].family_name, many[i].substr(7));
  }
}

TEST_P(StoreContract, PeopleAreListedAndCountedByTeamInNameOrder) {
  Seed();
  const std::vector<Person> people = {
      MakePerson("p-1", "Zara", "Ahmed"), MakePerson("p-2", "Ben", "Ahmed"),
      MakePerson("p-3", "Chloe", "Brown"), MakePerson("p-4", "Dev", "Ahmed"),
      MakePerson("p-5", "Eve", "Clarke", "team-ashton")};
  for (const Person& p : people) {
    LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreatePerson(p, Change("Created")); }));
  }
  auto names = [&](const PersonFilter& filter) {
    std::vector<std::string> out;
    auto listed = Read([&](StoreTx& tx) { return tx.ListPeople(filter); });
    EXPECT_TRUE(listed) << Describe(listed);
    if (listed) {
      for (const Person& p : *listed) out.push_back(p.given_name + " " + p.family_name);
    }
    return out;
  };
  EXPECT_EQ(names({.team_id = "team-hyde"}),
            (std::vector<std::string>{"Ben Ahmed", "Dev Ahmed", "Zara Ahmed", "Chloe Brown"}));
  EXPECT_EQ(names({.team_id = "team-hyde", .limit = 2}),
            (std::vector<std::string>{"Ben Ahmed", "Dev Ahmed"}));
  EXPECT_EQ(names({.team_id = "team-hyde", .limit = 0}), std::vector<std::string>{});
  EXPECT_EQ(names({.team_id = "team-ashton"}), std::vector<std::string>{"Eve Clarke"});
  EXPECT_EQ(names({.team_id = "team-tg"}), std::vector<std::string>{});
  EXPECT_EQ(Read([](StoreTx& tx) { return tx.CountPeople("team-hyde"); }), 4);
  EXPECT_EQ(Read([](StoreTx& tx) { return tx.CountPeople("team-ashton"); }), 1);
  EXPECT_EQ(Read([](StoreTx& tx) { return tx.CountPeople("team-none"); }), 0);

  // Lists show the current version: a rename re-sorts, a move changes team.
  Person renamed = people[0];
  renamed.version = 1;
  renamed.family_name = "Young";
  LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.UpdatePerson(renamed, Change("Name change")); }));
  Person moved = people[2];
  moved.version = 1;
  moved.team_id = "team-ashton";
  LW_ASSERT_OK(
      Write([&](StoreTx& tx) { return tx.UpdatePerson(moved, Change("Moved to Ashton")); }));
  EXPECT_EQ(names({.team_id = "team-hyde"}),
            (std::vector<std::string>{"Ben Ahmed", "Dev Ahmed", "Zara Young"}));
  EXPECT_EQ(names({.team_id = "team-ashton"}),
            (std::vector<std::string>{"Chloe Brown", "Eve Clarke"}));
  EXPECT_EQ(Read([](StoreTx& tx) { return tx.CountPeople("team-hyde"); }), 3);
  EXPECT_EQ(Read([](StoreTx& tx) { return tx.CountPeople("team-ashton"); }), 2);
  // Moving to a team that does not exist is refused.
  moved.version = 2;
  moved.team_id = "team-none";
  LW_EXPECT_ERROR(Write([&](StoreTx& tx) { return tx.UpdatePerson(moved, Change("Typo")); }),
                  ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Read([](StoreTx& tx) { return tx.CountPeople("team-ashton"); }), 2);
}

TEST_P(StoreContract, ListPeopleNeedsANonNegativeLimit) {
  Seed();
  LW_EXPECT_ERROR(Read([](StoreTx& tx) { return tx.ListPeople({.team_id = "", .limit = -1}); }),
                  ErrorCode::kInvalidArgument);
  LW_EXPECT_ERROR(
      Read([](StoreTx& tx) { return tx.ListPeople({.team_id = "team-hyde", .limit = -1}); }),
      ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace store_contract_people_test
}  // namespace lw::contract

#include "domain/people/nicknames.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>

#include "domain/people/name_folding.h"

namespace lw {
namespace nicknames_test {
namespace {

TEST(NicknamesTest, ShortFormsAndFormalNames) {
  EXPECT_TRUE(AreGivenNameVariants("bob", "robert"));
  EXPECT_TRUE(AreGivenNameVariants("robert", "bob"));
  EXPECT_TRUE(AreGivenNameVariants("bill", "william"));
  EXPECT_TRUE(AreGivenNameVariants("peggy", "margaret"));
  EXPECT_TRUE(AreGivenNameVariants("jack", "john"));
  EXPECT_TRUE(AreGivenNameVariants("cathy", "katherine"));
  EXPECT_TRUE(AreGivenNameVariants("catherine", "katherine"));
}

TEST(NicknamesTest, TwoShortFormsOfOneNameAreVariants) {
  EXPECT_TRUE(AreGivenNameVariants("liz", "beth"));
  EXPECT_TRUE(AreGivenNameVariants("bob", "rob"));
}

TEST(NicknamesTest, GroupsAreNotMerged) {
  EXPECT_TRUE(AreGivenNameVariants("sam", "samuel"));
  EXPECT_TRUE(AreGivenNameVariants("sam", "samantha"));
  EXPECT_FALSE(AreGivenNameVariants("samuel", "samantha"));
  EXPECT_TRUE(AreGivenNameVariants("jack", "jacob"));
  EXPECT_FALSE(AreGivenNameVariants("john", "jacob"));
}

TEST(NicknamesTest, NotVariants) {
  EXPECT_FALSE(AreGivenNameVariants("robert", "robert"));
  EXPECT_FALSE(AreGivenNameVariants("robert", "william"));
  EXPECT_FALSE(AreGivenNameVariants("asha", "robert"));
  EXPECT_FALSE(AreGivenNameVariants("asha", "priya"));
  EXPECT_FALSE(AreGivenNameVariants("", ""));
  EXPECT_FALSE(AreGivenNameVariants("Bob", "Robert"));  // callers fold first
}

TEST(NicknamesTest, TableIsFoldedAndWellFormed) {
  auto groups = GivenNameVariantGroups();
  EXPECT_GE(groups.size(), 60u);
  std::set<std::string_view> formal;
  for (std::string_view group : groups) {
    EXPECT_EQ(FoldName(group), group) << group;
    std::set<std::string_view> names;
    std::string_view rest = group;
    while (!rest.empty()) {
      std::size_t space = rest.find(' ');
      std::string_view name = rest.substr(0, space);
      EXPECT_TRUE(names.insert(name).second) << "repeated " << name << " in " << group;
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    EXPECT_GE(names.size(), 2u) << group;
    EXPECT_TRUE(formal.insert(group.substr(0, group.find(' '))).second) << group;
  }
}

}  // namespace
}  // namespace nicknames_test
}  // namespace lw

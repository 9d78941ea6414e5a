#include "services/demo_directory.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "domain/directory/validate.h"
#include "domain/people/postcode.h"
#include "services/auth_service.h"
#include "services/demo_data.h"
#include "services/network_directory.h"
#include "storage/memory/memory_store.h"

namespace lw {
namespace demo_directory_test {
namespace {

using directory::DirectoryService;
using directory::Offer;

Date Today() { return *Date::FromYmd(2026, 5, 28); }

TEST(DemoDirectoryTest, HasAtLeast300ValidEntriesOfBothKinds) {
  const DemoDirectoryEntries d = DemoDirectory(Today(), "org-partner");
  int valid = 0, network = 0, community = 0;
  for (const DirectoryService& s : d.services) {
    const Status v = directory::ValidateService(s);
    EXPECT_TRUE(v) << s.name << ": "
                   << (v ? ""
                         : v.error().field_errors.at(0).field + " " +
                               v.error().field_errors.at(0).message);
    valid += v ? 1 : 0;
    (s.offer == Offer::kNetwork ? network : community) += 1;
  }
  EXPECT_GE(valid, 300);
  EXPECT_GE(network, 35);
  EXPECT_GE(community, 250);
  for (const auto& o : d.organisations) {
    EXPECT_TRUE(directory::ValidateOrganisation(o)) << o.name;
  }
}

TEST(DemoDirectoryTest, IsTheSameEveryTime) {
  const DemoDirectoryEntries a = DemoDirectory(Today(), "org-partner");
  const DemoDirectoryEntries b = DemoDirectory(Today(), "org-partner");
  EXPECT_EQ(a.services, b.services);
  EXPECT_EQ(a.organisations, b.organisations);
  EXPECT_NE(DemoDirectory(Today(), "org-partner", 7).services, a.services);
}

TEST(DemoDirectoryTest, CoversTheTownsWithFixturePostcodesStaleEntriesAndLongWaits) {
  const DemoDirectoryEntries d = DemoDirectory(Today(), "org-partner");
  std::set<std::string> towns, districts, ids;
  int stale = 0, long_wait = 0, cultural = 0, virtual_places = 0;
  for (const DirectoryService& s : d.services) {
    EXPECT_TRUE(ids.insert(s.id).second) << s.name;
    stale += directory::IsStale(s.checked, Today(), 365) ? 1 : 0;
    long_wait += s.typical_wait_days.value_or(0) > 42 ? 1 : 0;
    cultural += !s.eligibility.cultural_focus.empty() && s.languages.size() > 1 ? 1 : 0;
    for (const auto& p : s.places) {
      if (p.is_virtual) {
        ++virtual_places;
        continue;
      }
      towns.insert(p.city);
      EXPECT_TRUE(ParsePostcode(p.postcode)) << p.postcode;
      districts.insert(p.postcode.substr(0, p.postcode.find(' ')));
      EXPECT_TRUE(p.latitude && p.longitude) << s.name;
    }
  }
  EXPECT_THAT(towns, ::testing::IsSupersetOf({"Ashton-under-Lyne", "Hyde", "Stalybridge", "Denton",
                                              "Droylsden", "Dukinfield", "Mossley", "Glossop",
                                              "Hadfield"}));
  EXPECT_THAT(districts, ::testing::IsSupersetOf(
                             {"SK13", "SK14", "SK15", "SK16", "OL5", "OL6", "M34", "M43"}));
  EXPECT_GE(stale, 15);
  EXPECT_LE(stale, 100);
  EXPECT_GE(long_wait, 3);
  EXPECT_GE(cultural, 9);
  EXPECT_GE(virtual_places, 2);
  int partner_organisations = 0;
  for (const auto& o : d.organisations) {
    partner_organisations += o.partner_organisation_id == "org-partner" ? 1 : 0;
  }
  EXPECT_EQ(partner_organisations, 1);
}

TEST(DemoDirectoryTest, TheDemoLoadsItWithItsPostcodesAndThePartnerKeepsTheirEntries) {
  ManualClock clock(FromUnixMicros(1'780'000'000'000'000));
  SeededRandom random(7);
  auto store = MemoryStore::Create();
  ASSERT_TRUE(LoadDemoData(*store, clock, random, MinimalPasswordHashOptions()));

  AuthOptions options;
  options.password = MinimalPasswordHashOptions();
  AuthService auth(*store, clock, random, options);
  const Actor partner = auth.SignIn("partner", kDemoPassword, "127.0.0.1")->actor;
  const Actor practitioner = auth.SignIn("practitioner", kDemoPassword, "127.0.0.1")->actor;

  NetworkDirectory directory(*store, clock, random);
  auto listed = directory.ListServices(practitioner);
  ASSERT_TRUE(listed) << listed.error().message;
  EXPECT_GE(listed->size(), 300u);
  auto here = directory.LocatePostcode("SK14 2QR");
  ASSERT_TRUE(here) << here.error().message;
  EXPECT_NEAR(here->latitude, 53.45, 0.05);

  int mine = 0;
  for (const DirectoryEntry& e : *listed) {
    if (e.organisation_name != "Millbrook Money Advice") continue;
    ++mine;
    auto view = directory.GetService(partner, e.service.id);
    ASSERT_TRUE(view);
    EXPECT_TRUE(view->may_change);
  }
  EXPECT_EQ(mine, 3);
}

}  // namespace
}  // namespace demo_directory_test
}  // namespace lw

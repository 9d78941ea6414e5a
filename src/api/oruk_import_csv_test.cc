#include <gtest/gtest.h>

#include <map>
#include <string>

#include "api/oruk_import.h"

namespace lw::api {
namespace oruk_import_csv_test {
namespace {

using namespace lw::directory;

constexpr const char* kOrg = "aaaaaaaa-0000-4000-8000-000000000001";
constexpr const char* kDebt = "bbbbbbbb-0000-4000-8000-000000000001";
constexpr const char* kWalk = "bbbbbbbb-0000-4000-8000-000000000002";
constexpr const char* kLibrary = "cccccccc-0000-4000-8000-000000000001";

std::map<std::string, std::string> Feed() {
  const std::string org = kOrg, debt = kDebt, walk = kWalk, lib = kLibrary;
  return {
      {"organizations.csv", "id,name,description,email,website\r\n" + org +
                                ",Hyde Advice,\"Advice, for "
                                "everyone\",hello@hyde.example.org,https://hyde.example.org\r\n"},
      {"services.csv",
       "\xEF\xBB\xBFid,organization_id,name,description,status,minimum_age,fees\r\n" + debt + "," +
           org + ",Debt Advice,\"Budgets, bills\nand creditors\",active,18,\r\n" + walk + "," +
           org +
           ",Walking Group,A walk,active,,£2\r\n"
           "not-a-uuid," +
           org + ",Broken,x,active,,\r\n"},
      {"locations.csv", "id,location_type,name,latitude,longitude\r\n" + lib +
                            ",physical,Hyde Library,53.4514,-2.0795\r\n"},
      {"service_at_locations.csv",
       "id,service_id,location_id\r\nsal1," + debt + "," + lib + "\r\nsal2,nobody," + lib + "\r\n"},
      {"addresses.csv",
       "id,location_id,address_1,city,state_province,postal_code,country,"
       "address_type\r\na1," +
           lib +
           ",Union Street,Hyde,England,sk14 1nd,GB,"
           "physical\r\n"},
      {"schedules.csv", "id,service_id,freq,byday,opens_at,closes_at\r\nsc1," + debt +
                            ",WEEKLY,\"MO,WE\",09:30,16:00\r\n"},
      {"phones.csv", "id,service_id,number\r\np1," + debt + ",0161 300 0001\r\n"},
      {"taxonomy_terms.csv", "id,name,description\r\nt1,Debt,Debt advice\r\nt2,Walking,Walks\r\n"},
      {"attributes.csv", "id,link_id,link_type,taxonomy_term_id\r\nat1," + debt +
                             ",service,t1\r\nat2," + walk + ",service,t2\r\n"},
  };
}

TEST(HsdsCsvImportTest, ReadsTheTablesIntoServices) {
  auto r = ImportHsdsCsv(Feed());
  ASSERT_TRUE(r.has_value()) << r.error().message;
  ASSERT_EQ(r->organisations.size(), 1u);
  EXPECT_EQ(r->organisations[0].name, "Hyde Advice");
  EXPECT_EQ(r->organisations[0].description, "Advice, for everyone");
  ASSERT_EQ(r->services.size(), 2u);
  const DirectoryService& debt = r->services[0];
  EXPECT_EQ(debt.id, kDebt);
  EXPECT_EQ(debt.organisation_id, kOrg);
  EXPECT_EQ(debt.description, "Budgets, bills\nand creditors");
  EXPECT_EQ(debt.eligibility.minimum_age, 18);
  EXPECT_TRUE(debt.free);
  EXPECT_EQ(debt.needs, (std::vector<Need>{Need::kMoneyAndDebt}));
  EXPECT_EQ(debt.opening, (std::vector<WeeklyOpening>{{0, 570, 960}, {2, 570, 960}}));
  EXPECT_EQ(debt.contact.phone, "0161 300 0001");
  ASSERT_EQ(debt.places.size(), 1u);
  EXPECT_EQ(debt.places[0].id, kLibrary);
  EXPECT_EQ(debt.places[0].name, "Hyde Library");
  EXPECT_EQ(debt.places[0].postcode, "SK14 1ND");
  EXPECT_DOUBLE_EQ(*debt.places[0].latitude, 53.4514);
  const DirectoryService& walk = r->services[1];
  EXPECT_FALSE(walk.free);
  EXPECT_EQ(walk.cost, "£2");
  EXPECT_EQ(walk.other_terms, (std::vector<std::string>{"Walking"}));
}

TEST(HsdsCsvImportTest, ReportsEachBadRowAndKeepsTheRest) {
  auto r = ImportHsdsCsv(Feed());
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->rejected.size(), 2u);
  EXPECT_EQ(r->rejected[0], (ImportRejection{"service_at_locations.csv line 3", "sal2",
                                             "service_id “nobody” is not in services.csv"}));
  EXPECT_EQ(r->rejected[1], (ImportRejection{"services.csv line 5", "not-a-uuid",
                                             "id “not-a-uuid” is not a UUID"}));
}

TEST(HsdsCsvImportTest, ABadLocationRejectsItsService) {
  auto feed = Feed();
  feed["locations.csv"] = "id,location_type,name,latitude,longitude\n" + std::string(kLibrary) +
                          ",physical,Hyde Library,0,0\n";
  auto r = ImportHsdsCsv(feed);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->services.size(), 1u);  // the walk
  bool found = false;
  for (const ImportRejection& j : r->rejected) {
    if (j.source == "services.csv line 2") {
      found = j.reason.find("not in the United Kingdom") != std::string::npos;
    }
  }
  EXPECT_TRUE(found);
}

TEST(HsdsCsvImportTest, WholeFileProblemsImportNothing) {
  auto feed = Feed();
  feed["schedules.csv"] = "id,service_id,byday\nsc1,x,\"MO\n";
  auto r = ImportHsdsCsv(feed);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().message, "schedules.csv line 2: a quoted field is never closed");
  feed = Feed();
  feed.erase("services.csv");
  EXPECT_FALSE(ImportHsdsCsv(feed).has_value());
}

}  // namespace
}  // namespace oruk_import_csv_test
}  // namespace lw::api

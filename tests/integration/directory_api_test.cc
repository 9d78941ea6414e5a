// The directory's JSON twins over real HTTP with API tokens (issue 7;
// src/api/directory_api.cc): search with the same checks as the page; an
// entry in the Open Referral UK shape with its ETag; a partner changing
// their own organisation's service by If-Match (428 without, 412 stale)
// and getting 404 for anyone else's; marking checked; versions; and the
// roles that may only read.
#include <gtest/gtest.h>

#include "storage/records/directory_records.h"
#include "team_api_fixture.h"

namespace lw::testing {
namespace directory_api_test {
namespace {

class DirectoryApiTest : public TeamApiTest {
 protected:
  void SetUp() override {
    TeamApiTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto services = records::List<directory::DirectoryService>(tx, {.limit = 10000});
      if (!services) return Fail(services.error());
      for (const auto& s : *services) {
        if (s.name == "Debt advice appointments") debt_ = s.id;
        if (s.name == "Hyde Walking for Health") walk_ = s.id;
      }
      return Ok();
    }));
    ASSERT_FALSE(debt_.empty());
    ASSERT_FALSE(walk_.empty());
  }

  HttpResponse Put(HttpClient& client, const std::string& path, const std::string& who,
                   const json::object& body, const std::optional<std::string>& if_match) {
    return Call(client, "PUT", path, who, body, if_match);
  }

  std::string debt_, walk_;
};

TEST_F(DirectoryApiTest, SearchesAsThePageDoesWithReasons) {
  HttpClient client(port());
  HttpResponse found =
      Get(client, "/directory/services?q=debt&postcode=SK14%202QR&within=10000&per_page=5",
          "practitioner");
  ASSERT_EQ(found.status, 200) << found.body;
  json::object r = Body(found);
  EXPECT_GT(r.at("total").as_int64(), 0);
  EXPECT_EQ(r.at("per_page").as_int64(), 5);
  const json::array& items = r.at("items").as_array();
  ASSERT_FALSE(items.empty());
  EXPECT_LE(items.size(), 5u);
  bool debt = false;
  for (const json::value& item : items) {
    EXPECT_FALSE(item.at("reasons").as_array().empty());
    if (item.at("id").as_string() == debt_) debt = true;
  }
  EXPECT_TRUE(debt) << found.body;

  auto fields = [&](const std::string& query) {
    HttpResponse bad = Get(client, "/directory/services?" + query, "practitioner");
    EXPECT_EQ(bad.status, 422) << query << ": " << bad.body;
    return Fields(bad);
  };
  EXPECT_EQ(fields("within=7"), (std::vector<std::string>{"within"}));
  EXPECT_EQ(fields("postcode=SK14%209ZZ"), (std::vector<std::string>{"postcode"}));
  EXPECT_EQ(fields("age=200"), (std::vector<std::string>{"age"}));
  EXPECT_EQ(fields("need=unicorns&offer=x"), (std::vector<std::string>{"need", "offer"}));
  EXPECT_EQ(fields("page=0&per_page=500"), (std::vector<std::string>{"page", "per_page"}));
  EXPECT_EQ(fields("q=" + std::string(201, 'a')), (std::vector<std::string>{"q"}));
}

TEST_F(DirectoryApiTest, APartnerChangesTheirOwnServiceByIfMatch) {
  HttpClient client(port());
  HttpResponse read = Get(client, "/directory/services/" + debt_, "partner");
  ASSERT_EQ(read.status, 200) << read.body;
  json::object entry = Body(read);
  EXPECT_TRUE(entry.at("may_change").as_bool());
  const std::string etag = read.Header("etag");
  const long long version = entry.at("version").as_int64();
  EXPECT_EQ(etag, "\"" + std::to_string(version) + "\"");
  json::object service = entry.at("service").as_object();
  EXPECT_EQ(service.at("name").as_string(), "Debt advice appointments");
  service["description"] = "Free, confidential debt advice. Evening appointments on Thursdays.";

  EXPECT_EQ(Put(client, "/directory/services/" + debt_, "partner", service, std::nullopt).status,
            428);
  EXPECT_EQ(Put(client, "/directory/services/" + debt_, "partner", service,
                "\"" + std::to_string(version + 5) + "\"")
                .status,
            412);
  HttpResponse changed = Put(client, "/directory/services/" + debt_, "partner", service, etag);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Header("etag"), "\"" + std::to_string(version + 1) + "\"");
  HttpResponse seen = Get(client, "/directory/services/" + debt_, "practitioner");
  EXPECT_EQ(Body(seen).at("service").at("description").as_string(),
            "Free, confidential debt advice. Evening appointments on Thursdays.");
  EXPECT_FALSE(Body(seen).at("may_change").as_bool());

  // Marked checked by the partner, and every version listed.
  HttpResponse checked = Post(client, "/directory/services/" + debt_ + "/checked", "partner",
                              json::object{}, changed.Header("etag"));
  ASSERT_EQ(checked.status, 200) << checked.body;
  EXPECT_EQ(checked.Header("etag"), "\"" + std::to_string(version + 2) + "\"");
  HttpResponse versions = Get(client, "/directory/services/" + debt_ + "/versions", "partner");
  ASSERT_EQ(versions.status, 200) << versions.body;
  const json::object listed = Body(versions);
  const json::array& all = listed.at("items").as_array();
  ASSERT_EQ(all.size(), static_cast<std::size_t>(version + 2));
  EXPECT_EQ(all.at(0).at("version").as_int64(), version + 2);  // newest first

  // A body that is not one service, and an id that is not the path's.
  json::object no_name = service;
  no_name.erase("name");
  HttpResponse bad =
      Put(client, "/directory/services/" + debt_, "partner", no_name, checked.Header("etag"));
  EXPECT_EQ(bad.status, 422) << bad.body;
  json::object other = service;
  other["id"] = walk_;
  EXPECT_EQ(
      Put(client, "/directory/services/" + debt_, "partner", other, checked.Header("etag")).status,
      422);
}

TEST_F(DirectoryApiTest, OnlyThoseWhoMayChangeAServiceChangeIt) {
  HttpClient client(port());
  HttpResponse walk = Get(client, "/directory/services/" + walk_, "partner");
  ASSERT_EQ(walk.status, 200);  // published entries are for every reader
  EXPECT_FALSE(Body(walk).at("may_change").as_bool());
  json::object service = Body(walk).at("service").as_object();
  service["name"] = "Taken over";
  for (const char* who : {"partner", "practitioner", "commissioner"}) {
    HttpResponse r = Put(client, "/directory/services/" + walk_, who, service, walk.Header("etag"));
    EXPECT_EQ(r.status, 404) << who << ": " << r.body;
  }
  EXPECT_EQ(Body(Get(client, "/directory/services/" + walk_, "admin")).at("service").at("name"),
            "Hyde Walking for Health");
  HttpResponse admin =
      Put(client, "/directory/services/" + walk_, "admin", service, walk.Header("etag"));
  EXPECT_EQ(admin.status, 200) << admin.body;
  // Publishing what is published is refused; the review queue is empty.
  HttpResponse publish = Post(client, "/directory/services/" + walk_ + "/publish", "admin",
                              json::object{}, admin.Header("etag"));
  EXPECT_EQ(publish.status, 409) << publish.body;
  HttpResponse review = Get(client, "/directory/review", "admin");
  ASSERT_EQ(review.status, 200);
  EXPECT_TRUE(Body(review).at("items").as_array().empty());
  EXPECT_EQ(Get(client, "/directory/services/0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b", "admin").status,
            404);
  HttpResponse orgs = Get(client, "/directory/organisations", "commissioner");
  ASSERT_EQ(orgs.status, 200);
  EXPECT_FALSE(Body(orgs).at("items").as_array().empty());
}

}  // namespace
}  // namespace directory_api_test
}  // namespace lw::testing

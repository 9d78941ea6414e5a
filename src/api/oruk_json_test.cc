#include "api/oruk_json.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "api/oruk_test_support.h"
#include "base/ids.h"

namespace lw::api {
namespace oruk_json_test {
namespace {

namespace json = boost::json;
using namespace lw::directory;
using testing::RichOrganisation;
using testing::RichService;

json::value Load(const std::string& relative) {
  std::ifstream in(std::string(LW_STANDARDS_DIR) + "/oruk-3.0/" + relative);
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

// A small check of `value` against an HSDS schema: required members, JSON
// types, enums and the uuid / email / uri / date-time formats, through
// properties, items and "$ref" to a sibling file. (The full check is the
// lead's, with Ajv over the live endpoints.)
void Check(const json::value& value, const json::object& schema, const std::string& path,
           std::vector<std::string>& problems) {
  if (const json::value* ref = schema.if_contains("$ref")) {
    const json::value loaded = Load(std::string(ref->as_string()));
    Check(value, loaded.as_object(), path, problems);
    return;
  }
  const json::value* type = schema.if_contains("type");
  const std::string t = type != nullptr && type->is_string() ? std::string(type->as_string()) : "";
  if (t == "object") {
    if (!value.is_object()) {
      problems.push_back(path + ": not an object");
      return;
    }
    const json::object& o = value.as_object();
    if (const json::value* required = schema.if_contains("required")) {
      for (const json::value& r : required->as_array()) {
        if (!o.contains(r.as_string())) {
          problems.push_back(path + ": missing " + std::string(r.as_string()));
        }
      }
    }
    if (const json::value* props = schema.if_contains("properties")) {
      for (const auto& [key, sub] : props->as_object()) {
        if (const json::value* member = o.if_contains(key)) {
          Check(*member, sub.as_object(), path + "." + std::string(key), problems);
        }
      }
    }
  } else if (t == "array") {
    if (!value.is_array()) {
      problems.push_back(path + ": not an array");
      return;
    }
    if (const json::value* items = schema.if_contains("items")) {
      for (std::size_t i = 0; i < value.as_array().size(); ++i) {
        Check(value.as_array()[i], items->as_object(), path + "[" + std::to_string(i) + "]",
              problems);
      }
    }
  } else if (t == "string") {
    if (!value.is_string()) {
      problems.push_back(path + ": not a string");
      return;
    }
    const std::string s(value.as_string());
    if (const json::value* e = schema.if_contains("enum")) {
      bool found = false;
      for (const json::value& v : e->as_array()) found = found || v.as_string() == s;
      if (!found) problems.push_back(path + ": " + s + " is not in the enum");
    }
    const json::value* format = schema.if_contains("format");
    const std::string f = format != nullptr ? std::string(format->as_string()) : "";
    if (f == "uuid" && !IsValidUuid(s)) problems.push_back(path + ": not a uuid: " + s);
    if (f == "email" && !std::regex_match(s, std::regex(R"([^@\s]+@[^@\s]+\.[^@\s]+)"))) {
      problems.push_back(path + ": not an email: " + s);
    }
    if (f == "uri" && !std::regex_match(s, std::regex(R"(https?://\S+)"))) {
      problems.push_back(path + ": not a uri: " + s);
    }
    if (f == "date-time" &&
        !std::regex_match(
            s, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d))"))) {
      problems.push_back(path + ": not a date-time: " + s);
    }
  } else if (t == "number" || t == "integer") {
    if (!value.is_number()) problems.push_back(path + ": not a number");
  }
}

std::vector<std::string> Problems(const std::string& encoded, const std::string& schema_file) {
  std::vector<std::string> problems;
  const json::value schema = Load(schema_file);
  Check(json::parse(encoded), schema.as_object(), "$", problems);
  return problems;
}

using Problems_ = std::vector<std::string>;

TEST(OrukJsonTest, TheServiceHasEveryRequiredTopLevelMemberOfTheProfile) {
  const DirectoryOrganisation org = RichOrganisation();
  const json::object service = json::parse(EncodeOrukService(RichService(), &org)).as_object();
  const json::value schema = Load("compiled/service.json");
  const json::array& required = schema.as_object().at("required").as_array();
  ASSERT_FALSE(required.empty());
  for (const json::value& member : required) {
    EXPECT_TRUE(service.contains(member.as_string())) << member.as_string();
  }
}

TEST(OrukJsonTest, TheSchemaCheckFindsProblems) {
  const auto problems = Problems(R"({"id":"42","name":"x","status":"open",)"
                                 R"("service_at_locations":[{"id":"a3f1c2de-0000-4000-8000-)"
                                 R"(000000000000","location":{"id":"x"}}]})",
                                 "compiled/service.json");
  EXPECT_EQ(problems, (Problems_{"$.id: not a uuid: 42", "$.status: open is not in the enum",
                                 "$.service_at_locations[0].location: missing location_type",
                                 "$.service_at_locations[0].location.id: not a uuid: x"}));
}

TEST(OrukJsonTest, EncodedDocumentsFollowTheProfilesSchemas) {
  const DirectoryOrganisation org = RichOrganisation();
  const DirectoryService s = RichService();
  EXPECT_EQ(Problems(EncodeOrukService(s, &org), "compiled/service.json"), Problems_{});
  EXPECT_EQ(Problems(EncodeOrukService(s, nullptr), "compiled/service.json"), Problems_{});
  EXPECT_EQ(Problems(EncodeOrukServiceListItem(s, &org), "compiled/service_list.json"),
            Problems_{});
  EXPECT_EQ(Problems(EncodeOrukServiceAtLocation(s, 0, &org), "compiled/service_at_location.json"),
            Problems_{});
  EXPECT_EQ(Problems(EncodeOrukServiceAtLocation(s, 1, &org), "compiled/service_at_location.json"),
            Problems_{});
  EXPECT_EQ(Problems(EncodeOrukOrganization(org), "compiled/organization.json"), Problems_{});
  EXPECT_EQ(Problems(EncodeOrukNeedsTaxonomy(), "taxonomy.json"), Problems_{});
  EXPECT_EQ(Problems(EncodeOrukNeedTerm(Need::kCrisis), "taxonomy_term.json"), Problems_{});
}

TEST(OrukJsonTest, MembersAreWrittenTheHsdsWay) {
  const DirectoryOrganisation org = RichOrganisation();
  const json::object s = json::parse(EncodeOrukService(RichService(), &org)).as_object();
  EXPECT_EQ(s.at("status"), "temporarily closed");
  EXPECT_EQ(s.at("minimum_age"), 18);
  EXPECT_EQ(s.at("maximum_age"), 99);
  EXPECT_EQ(s.at("last_modified"), "2026-11-20T14:05:00.123456Z");
  EXPECT_EQ(s.at("assured_date"), "2026-11-02");
  EXPECT_EQ(s.at("fees"), "£3 a session, free for people on benefits");
  EXPECT_EQ(s.at("email"), "debt@cat.example.org");
  const json::array& schedules = s.at("schedules").as_array();
  ASSERT_EQ(schedules.size(), 3u);
  EXPECT_EQ(schedules[0].at("freq"), "WEEKLY");
  EXPECT_EQ(schedules[0].at("byday"), "MO");
  EXPECT_EQ(schedules[0].at("opens_at"), "09:30");
  EXPECT_EQ(schedules[0].at("closes_at"), "16:00");
  EXPECT_EQ(schedules[2].at("byday"), "SA");
  EXPECT_EQ(schedules[2].at("closes_at"), "00:00");  // midnight
  const json::object& location =
      s.at("service_at_locations").as_array()[0].at("location").as_object();
  EXPECT_EQ(location.at("location_type"), "physical");
  const json::object& address = location.at("addresses").as_array()[0].as_object();
  EXPECT_EQ(address.at("postal_code"), "SK14 1ND");
  EXPECT_EQ(address.at("state_province"), "England");
  EXPECT_EQ(address.at("country"), "GB");
  EXPECT_EQ(address.at("address_type"), "physical");
  const json::object& online =
      s.at("service_at_locations").as_array()[1].at("location").as_object();
  EXPECT_EQ(online.at("location_type"), "virtual");
  EXPECT_TRUE(online.at("addresses").as_array().empty());
  const json::object& urdu = s.at("languages").as_array()[1].as_object();
  EXPECT_EQ(urdu.at("code"), "ur");
  EXPECT_EQ(urdu.at("name"), "Urdu");
  const json::object& need = s.at("attributes").as_array()[0].as_object();
  EXPECT_EQ(need.at("taxonomy_term_id"), json::value(NeedTermId(Need::kMoneyAndDebt)));
  EXPECT_EQ(need.at("taxonomy_term").at("taxonomy_id"), json::value(kNeedsTaxonomyId));
  EXPECT_EQ(need.at("link_id"), json::value(RichService().id));
  const json::object& phone = s.at("contacts").as_array()[0].at("phones").as_array()[0].as_object();
  EXPECT_EQ(phone.at("number"), "0161 300 0001");
  EXPECT_EQ(s.at("organization").at("organization_identifiers").as_array()[0].at("identifier"),
            "1012345");
  const json::object& ours = s.at("livingwell").as_object();
  EXPECT_EQ(ours.at("offer"), "network");
  EXPECT_EQ(ours.at("introduction_route"), "self-referral");
  EXPECT_EQ(ours.at("typical_wait_days"), 10);
}

TEST(OrukJsonTest, ValuesOfTheWrongShapeAreLeftOutNotWrittenInvalid) {
  DirectoryService s = RichService();
  s.contact.email = "not an email";
  s.contact.website = "www.example.org";
  const json::object o = json::parse(EncodeOrukService(s, nullptr)).as_object();
  EXPECT_FALSE(o.contains("email"));
  EXPECT_FALSE(o.contains("url"));
  EXPECT_EQ(o.at("livingwell").at("email"), "not an email");
}

TEST(OrukJsonTest, DerivedIdsAreStableUuids) {
  const std::string a = OrukDerivedId("service/schedule/0");
  EXPECT_TRUE(IsValidUuid(a)) << a;
  EXPECT_EQ(a, OrukDerivedId("service/schedule/0"));
  EXPECT_NE(a, OrukDerivedId("service/schedule/1"));
  EXPECT_EQ(a[14], '8');  // version 8
  // The same service encoded twice is the same text.
  EXPECT_EQ(EncodeOrukService(RichService(), nullptr), EncodeOrukService(RichService(), nullptr));
}

TEST(OrukJsonTest, PagesCarryTheEnvelope) {
  const std::string item = EncodeOrukServiceListItem(RichService(), nullptr);
  const json::object page = json::parse(EncodeOrukPage({item, item}, 5, 2, 2)).as_object();
  EXPECT_EQ(page.at("total_items"), 5);
  EXPECT_EQ(page.at("total_pages"), 3);
  EXPECT_EQ(page.at("page_number"), 2);
  EXPECT_EQ(page.at("size"), 2);
  EXPECT_EQ(page.at("first_page"), false);
  EXPECT_EQ(page.at("last_page"), false);
  EXPECT_EQ(page.at("empty"), false);
  EXPECT_EQ(page.at("contents").as_array().size(), 2u);
  const json::object empty = json::parse(EncodeOrukPage({}, 0, 1, 10)).as_object();
  EXPECT_EQ(empty.at("empty"), true);
  EXPECT_EQ(empty.at("last_page"), true);
}

TEST(OrukJsonTest, TheNeedsTaxonomyListsEveryNeed) {
  const json::object t = json::parse(EncodeOrukNeedsTaxonomy()).as_object();
  EXPECT_EQ(t.at("id"), json::value(kNeedsTaxonomyId));
  EXPECT_EQ(t.at("name"), "livingwell-needs");
  EXPECT_EQ(t.at("taxonomy_terms").as_array().size(), kNeedCount);
  const json::object term = json::parse(EncodeOrukNeedTerm(Need::kHousing)).as_object();
  EXPECT_EQ(term.at("id"), "edfcf6d8-a3d1-55c5-9c26-51a04bd0b599");
  EXPECT_EQ(term.at("name"), "Housing");
}

}  // namespace
}  // namespace oruk_json_test
}  // namespace lw::api

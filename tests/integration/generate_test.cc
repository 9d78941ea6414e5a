// `livingwell generate`: a synthetic system written as CSV and loaded into
// the store (SQLite, and PostgreSQL in the suite's second run), checked
// against the tables it wrote and its truth file.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/config.h"
#include "app/instrument_files.h"
#include "base/clock.h"
#include "domain/synth/records.h"
#include "domain/synth/system.h"
#include "services/synth_load.h"
#include "test_store.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace lw::testing {
namespace generate_test {
namespace {

std::vector<std::vector<std::string>> ReadCsv(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // the header
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    for (char c : line) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.push_back(field);
        field.clear();
      } else {
        field.push_back(c);
      }
    }
    fields.push_back(field);
    rows.push_back(std::move(fields));
  }
  return rows;
}

class GenerateTest : public ::testing::Test {
 protected:
  CommandResult Run(std::vector<std::string> args, bool with_store = true) {
    args.insert(args.begin(), LW_BINARY);
    if (with_store) {
      for (auto& a : store_.Args()) args.push_back(a);
    }
    return RunCommand(args);
  }
  std::size_t Rows(const std::string& table) { return ReadCsv(dir_.File("out/" + table)).size(); }
  TempDir dir_;
  TestStore store_{dir_.File("data")};
};

TEST_F(GenerateTest, WritesTheTablesAndStoresEveryRow) {
  auto r = Run({"generate", "--scale", "demo", "--seed", "1", "--out", dir_.File("out"), "--load"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("contacts.csv"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("stored the demo scale (seed 1)"), std::string::npos) << r.out;

  // Every row becomes a record: the organisation (a locality, its two
  // organisations, neighbourhoods, teams), an account and a post for each
  // of the staff, each person and their details, the directory's services
  // and organisations, and the rest one each, goals one per episode and
  // goal number.
  std::set<std::string> goals;
  for (const auto& row : ReadCsv(dir_.File("out/goal_ratings.csv"))) {
    goals.insert(row[0] + "/" + row[3]);
  }
  // The directory: each service, and each organisation running them.
  std::set<std::string> organisations;
  for (const auto& row : ReadCsv(dir_.File("out/services.csv"))) {
    organisations.insert(row[1] + "/" + row[3]);
  }
  const std::size_t expected = Rows("localities.csv") * 3 + Rows("neighbourhoods.csv") +
                               Rows("teams.csv") + Rows("staff.csv") * 2 + Rows("people.csv") * 2 +
                               Rows("introductions.csv") + Rows("episodes.csv") +
                               Rows("contacts.csv") + Rows("reqol.csv") + goals.size() +
                               Rows("wheel.csv") + Rows("warm_introductions.csv") +
                               Rows("experience.csv") + Rows("services.csv") + organisations.size();
  EXPECT_NE(r.out.find(": " + std::to_string(expected) + " records in "), std::string::npos)
      << "expected " << expected << " records: " << r.out;

  // And they are there to read, as the services read them.
  Config config;
  store_.Apply(config);
  auto store = OpenStore(config);
  ASSERT_TRUE(store) << store.error().message;
  const auto people = ReadCsv(dir_.File("out/people.csv"));
  const auto contacts = ReadCsv(dir_.File("out/contacts.csv"));
  const auto intros = ReadCsv(dir_.File("out/introductions.csv"));
  auto read = (*store)->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto count = tx.CountPeople(synth::TeamId(0, 0));  // the demo's one team
    EXPECT_TRUE(count);
    if (count) {
      EXPECT_EQ(*count, static_cast<std::int64_t>(people.size()));
    }
    const auto& last = people.back();  // person_id = locality * 1000000 + n
    auto person = tx.GetPerson(synth::PersonId(0, static_cast<std::uint32_t>(std::stoul(last[0]))));
    EXPECT_TRUE(person && *person);
    if (person && *person) {
      EXPECT_EQ((*person)->given_name, last[3]);
      EXPECT_EQ((*person)->family_name, last[4]);
      EXPECT_EQ((*person)->nhs_number, last[6]);
    }
    for (const auto& row : {contacts.front(), contacts.back()}) {
      const long long id = std::stoll(row[0]);
      auto contact = tx.GetRecord(RecordKind::kContact,
                                  synth::ContactId(0, static_cast<std::uint32_t>(id / 1000),
                                                   static_cast<std::uint32_t>(id % 1000)));
      EXPECT_TRUE(contact && *contact) << row[0];
    }
    // A warm introduction names a service the directory holds.
    const auto warm = ReadCsv(dir_.File("out/warm_introductions.csv"));
    const long long service = std::stoll(warm.front()[4]);
    auto entry = tx.GetRecord(RecordKind::kDirectoryService,
                              synth::ServiceId(static_cast<int>(service / 100000),
                                               static_cast<std::uint32_t>(service % 100000)));
    EXPECT_TRUE(entry && *entry) << warm.front()[4];
    auto intro = tx.GetIntroduction(
        synth::IntroductionId(0, static_cast<std::uint32_t>(std::stoul(intros.back()[0]))));
    EXPECT_TRUE(intro && *intro);
    return Ok();
  });
  EXPECT_TRUE(read) << read.error().message;

  // The audit log holds the load and still verifies.
  auto verify = Run({"audit", "verify"});
  EXPECT_EQ(verify.exit_code, 0) << verify.err << verify.out;
}

TEST_F(GenerateTest, ASecondSystemIsRefusedAndTheFirstIsUntouched) {
  ASSERT_EQ(Run({"generate", "--scale", "demo", "--load"}).exit_code, 0);
  auto again = Run({"generate", "--scale", "demo", "--seed", "2", "--load"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("already holds a synthetic system"), std::string::npos) << again.err;
}

// A store that passes everything to `inner` but fails every write
// transaction, counting the bulk-load calls.
class FailingStore final : public Store {
 public:
  explicit FailingStore(Store& inner) : inner_(inner) {}
  Status Transact(TxMode mode, const std::function<Status(StoreTx&)>& fn) override {
    if (mode == TxMode::kWrite) {
      return Fail(ErrorCode::kUnavailable, "the disk is full (a test)");
    }
    return inner_.Transact(mode, fn);
  }
  Status Migrate() override { return inner_.Migrate(); }
  Status Ping() override { return inner_.Ping(); }
  Result<int> AppliedSchemaVersion() override { return inner_.AppliedSchemaVersion(); }
  int LatestSchemaVersion() const override { return inner_.LatestSchemaVersion(); }
  std::string_view Kind() const override { return inner_.Kind(); }
  Status StartBulkLoad() override {
    ++started;
    return inner_.StartBulkLoad();
  }
  Status FinishBulkLoad() override {
    ++finished;
    finish_status = inner_.FinishBulkLoad();
    return finish_status;
  }
  int started = 0;
  int finished = 0;
  Status finish_status = Ok();

 private:
  Store& inner_;
};

// The indexes put off for the load are built again even when the load
// fails (services/synth_load.h, ADR 0018).
TEST_F(GenerateTest, ALoadThatFailsStillBuildsItsIndexesAgain) {
  Config config;
  store_.Apply(config);
  auto opened = OpenStore(config);
  ASSERT_TRUE(opened.has_value()) << opened.error().message;
  auto instruments = LoadShippedInstruments();
  ASSERT_TRUE(instruments.has_value()) << instruments.error().message;
  FailingStore failing(**opened);
  ManualClock clock(FromUnixMicros(1'775'000'000'000'000));
  auto loaded =
      LoadSynthSystem(failing, synth::SpecFor(synth::Scale::kDemo, 3), *instruments, clock);
  ASSERT_FALSE(loaded.has_value());
  EXPECT_EQ(loaded.error().message, "after 0 records were stored: the disk is full (a test)");
  EXPECT_EQ(failing.started, 1);
  EXPECT_EQ(failing.finished, 1);
  EXPECT_TRUE(failing.finish_status) << failing.finish_status.error().message;
  // Nothing is left put off: a new bulk load may start at once.
  EXPECT_TRUE((*opened)->StartBulkLoad());
  EXPECT_TRUE((*opened)->FinishBulkLoad());
}

TEST_F(GenerateTest, BadArgumentsStopWithOneLineSayingWhy) {
  auto scale = Run({"generate", "--scale", "county", "--out", dir_.File("x")}, false);
  EXPECT_EQ(scale.exit_code, 2);
  EXPECT_NE(scale.err.find("scale: \"county\" is not one of demo, locality, gm or national"),
            std::string::npos)
      << scale.err;
  auto nowhere = Run({"generate", "--scale", "demo"}, false);
  EXPECT_EQ(nowhere.exit_code, 2);
  EXPECT_NE(nowhere.err.find("--out DIR, --load, or both"), std::string::npos) << nowhere.err;
  auto seed = Run({"generate", "--seed", "minus-one", "--out", dir_.File("y")}, false);
  EXPECT_EQ(seed.exit_code, 2);
  EXPECT_NE(seed.err.find("seed"), std::string::npos) << seed.err;
}

TEST_F(GenerateTest, TheSameSeedWritesTheSameFiles) {
  ASSERT_EQ(
      Run({"generate", "--scale", "demo", "--seed", "5", "--out", dir_.File("a")}, false).exit_code,
      0);
  ASSERT_EQ(
      Run({"generate", "--scale", "demo", "--seed", "5", "--out", dir_.File("b")}, false).exit_code,
      0);
  auto read = [](const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  };
  EXPECT_EQ(read(dir_.File("a/manifest.json")), read(dir_.File("b/manifest.json")));
  auto again = Run({"generate", "--scale", "demo", "--out", dir_.File("a")}, false);
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("already holds a generated system"), std::string::npos) << again.err;
}

}  // namespace
}  // namespace generate_test
}  // namespace lw::testing

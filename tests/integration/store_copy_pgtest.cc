// `livingwell migrate-store` and `livingwell backup`, through the real
// binary: a demo store moved from SQLite to PostgreSQL and back with the
// same per-table checksums at every step, refusals that change nothing,
// one-line failures, and backups. storage/copy's unit tests cover the
// copy's rules in detail on SQLite.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "testing/pg_database.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace lw::testing {
namespace store_copy_pgtest {
namespace {

using std::chrono::seconds;

// Every table migrate-store copies (storage/copy/table_list.cc).
constexpr const char* kTables[] = {"localities",
                                   "neighbourhoods",
                                   "organisations",
                                   "teams",
                                   "users",
                                   "sessions",
                                   "api_tokens",
                                   "signin_failures",
                                   "people",
                                   "person_versions",
                                   "audit_log",
                                   "job_runs",
                                   "introductions",
                                   "introduction_versions",
                                   "introduction_submissions",
                                   "rate_windows",
                                   "introduction_tallies",
                                   "records",
                                   "record_versions",
                                   "record_links",
                                   "postcodes"};

class StoreCopyPgTest : public ::testing::Test {
 protected:
  StoreCopyPgTest() : data_(dir_.File("data")) {}

  static CommandResult Run(std::vector<std::string> args) {
    args.insert(args.begin(), LW_BINARY);
    return RunCommand(args, "", {}, seconds(120));
  }

  // A demo store in data_ with an API token (so api_tokens has a row).
  void MakeDemoStore() {
    auto demo = Run({"demo", "--data", data_, "--fast-password-hashing"});
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
    auto token = Run(
        {"token", "create", "--data", data_, "--user", "practitioner", "--fast-password-hashing"});
    ASSERT_EQ(token.exit_code, 0) << token.err;
  }
  std::string StoreFile() const { return data_ + "/livingwell.db"; }

  // "table -> rows sha256" from migrate-store's output; fails the test
  // unless every table is there once and the summary line follows.
  static std::map<std::string, std::string> Checksums(const std::string& out) {
    static const std::regex kLine(R"(^(\S+) +(\d+) rows  sha256 ([0-9a-f]{64})$)");
    std::map<std::string, std::string> sums;
    std::istringstream lines(out);
    std::string line;
    int summaries = 0;
    while (std::getline(lines, line)) {
      std::smatch m;
      if (std::regex_match(line, m, kLine)) {
        EXPECT_FALSE(sums.contains(m[1])) << line;
        sums[m[1]] = std::string(m[2]) + " " + std::string(m[3]);
      } else {
        EXPECT_TRUE(line.starts_with("copied ")) << line;
        ++summaries;
      }
    }
    EXPECT_EQ(summaries, 1) << out;
    EXPECT_EQ(sums.size(), std::size(kTables)) << out;
    for (const char* t : kTables) EXPECT_TRUE(sums.contains(t)) << t << " missing from\n" << out;
    return sums;
  }
  static std::int64_t Rows(const std::map<std::string, std::string>& sums,
                           const std::string& table) {
    auto it = sums.find(table);
    return it == sums.end() ? -1 : std::stoll(it->second.substr(0, it->second.find(' ')));
  }

  // Everything in a PostgreSQL database, schema_migrations included, as one
  // digest: equal digests, equal contents.
  static std::string Fingerprint(const PgTestDatabase& db) {
    std::vector<std::string> tables(std::begin(kTables), std::end(kTables));
    tables.emplace_back("schema_migrations");
    std::string sql = "SELECT md5(''";
    for (const auto& t : tables) {
      sql += " || (SELECT '";
      sql += t;
      sql +=
          ":' || count(*) || ':' || coalesce(md5(string_agg(x::text, '|' "
          "ORDER BY x::text COLLATE \"C\")), '') FROM ";
      sql += t;
      sql += " x)";
    }
    return db.Query(sql + ")");
  }

  static void ExpectOneLineFailure(const CommandResult& r, const std::string& starts) {
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_TRUE(r.err.starts_with(starts)) << r.err;
  }

  TempDir dir_;
  std::string data_;
  PgTestDatabase pg_;
};

TEST_F(StoreCopyPgTest, MovesAStoreToPostgresqlAndBackWithTheSameChecksums) {
  MakeDemoStore();

  auto there = Run({"migrate-store", "--from", StoreFile(), "--to", pg_.url()});
  ASSERT_EQ(there.exit_code, 0) << there.err;
  EXPECT_EQ(there.err, "");
  const auto sums = Checksums(there.out);
  EXPECT_NE(there.out.find("from SQLite database " + StoreFile() + " to PostgreSQL database " +
                           pg_.name() + " on 127.0.0.1:"),
            std::string::npos)
      << there.out;
  EXPECT_EQ(Rows(sums, "api_tokens"), 1);
  EXPECT_GT(Rows(sums, "person_versions"), Rows(sums, "people"));
  EXPECT_GT(Rows(sums, "audit_log"), 0);
  EXPECT_EQ(pg_.Query("SELECT count(*) FROM person_versions"),
            std::to_string(Rows(sums, "person_versions")));
  EXPECT_EQ(pg_.Query("SELECT count(*) FROM audit_log"), std::to_string(Rows(sums, "audit_log")));

  // The PostgreSQL store works: its schema is current and its chain intact.
  auto migrated = Run({"migrate", "--database", pg_.url()});
  ASSERT_EQ(migrated.exit_code, 0) << migrated.err;
  EXPECT_NE(migrated.out.find("store is at schema version"), std::string::npos);
  auto verified = Run({"audit", "verify", "--database", pg_.url()});
  ASSERT_EQ(verified.exit_code, 0) << verified.err;
  EXPECT_NE(verified.out.find("audit log verified: " + std::to_string(Rows(sums, "audit_log")) +
                              " entries, chain intact"),
            std::string::npos)
      << verified.out;

  // Back into a new SQLite file, and on into a second PostgreSQL database.
  std::filesystem::create_directory(dir_.File("back"));
  const std::string back = dir_.File("back") + "/livingwell.db";
  auto returned = Run({"migrate-store", "--from", pg_.url(), "--to", back});
  ASSERT_EQ(returned.exit_code, 0) << returned.err;
  EXPECT_EQ(Checksums(returned.out), sums);

  PgTestDatabase second;
  auto onward = Run({"migrate-store", "--from", back, "--to", second.url()});
  ASSERT_EQ(onward.exit_code, 0) << onward.err;
  EXPECT_EQ(Checksums(onward.out), sums);
  EXPECT_EQ(Fingerprint(second).size(), 32u);

  auto back_verified = Run({"audit", "verify", "--data", dir_.File("back")});
  ASSERT_EQ(back_verified.exit_code, 0) << back_verified.err;
  EXPECT_EQ(back_verified.out, verified.out) << "the same chain, to the same head";
}

TEST_F(StoreCopyPgTest, RefusesATargetThatIsNotEmptyAndChangesNothing) {
  MakeDemoStore();
  auto first = Run({"migrate-store", "--from", StoreFile(), "--to", pg_.url()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::string before = Fingerprint(pg_);

  auto again = Run({"migrate-store", "--from", StoreFile(), "--to", pg_.url()});
  ExpectOneLineFailure(again, "livingwell: migrate-store: target: PostgreSQL database " +
                                  pg_.name() + " on 127.0.0.1:");
  EXPECT_NE(again.err.find("is not empty: table localities has rows"), std::string::npos)
      << again.err;
  EXPECT_EQ(Fingerprint(pg_), before);

  // And the other way: the PostgreSQL store into the SQLite store it came from.
  auto onto_source = Run({"migrate-store", "--from", pg_.url(), "--to", StoreFile()});
  ExpectOneLineFailure(onto_source,
                       "livingwell: migrate-store: target: SQLite database " + StoreFile());
  EXPECT_EQ(Fingerprint(pg_), before);
}

TEST_F(StoreCopyPgTest, ABadLocationGivesOneClearLine) {
  MakeDemoStore();
  auto missing = Run({"migrate-store", "--from", dir_.File("nothing.db"), "--to", pg_.url()});
  ExpectOneLineFailure(missing, "livingwell: migrate-store: source: there is no SQLite store at " +
                                    dir_.File("nothing.db") + "\n");

  // Unreachable, with a password in the URL that must never be printed.
  auto unreachable = Run({"migrate-store", "--from", StoreFile(), "--to",
                          "postgresql://lw:secret-password@127.0.0.1:1/nowhere"});
  ExpectOneLineFailure(unreachable,
                       "livingwell: migrate-store: target: PostgreSQL database nowhere on "
                       "127.0.0.1:1 is unreachable");
  EXPECT_EQ(unreachable.err.find("secret-password"), std::string::npos) << unreachable.err;

  auto no_such_database = Run({"migrate-store", "--from",
                               std::regex_replace(pg_.url(), std::regex("/[^/]+$"), "/lw_none"),
                               "--to", dir_.File("new.db")});
  ExpectOneLineFailure(no_such_database, "livingwell: migrate-store: source: ");
  EXPECT_FALSE(std::filesystem::exists(dir_.File("new.db")));

  auto unparsable = Run({"migrate-store", "--from", StoreFile(), "--to",
                         "postgresql://lw:secret-password@127.0.0.1:notaport/x"});
  EXPECT_EQ(unparsable.exit_code, 1);
  EXPECT_EQ(unparsable.err.find("secret-password"), std::string::npos) << unparsable.err;

  auto without_target = Run({"migrate-store", "--from", StoreFile()});
  EXPECT_EQ(without_target.exit_code, 2) << without_target.err;
  EXPECT_NE(without_target.err.find("to is required"), std::string::npos) << without_target.err;

  auto help = Run({"migrate-store", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Stop every server"), std::string::npos) << help.out;
}

TEST_F(StoreCopyPgTest, BacksUpSqliteAndSendsPostgresqlToPgDump) {
  MakeDemoStore();
  std::filesystem::create_directory(dir_.File("restore"));
  const std::string copy = dir_.File("restore") + "/livingwell.db";
  auto backup = Run({"backup", "--data", data_, "--to", copy});
  ASSERT_EQ(backup.exit_code, 0) << backup.err;
  EXPECT_EQ(backup.out, "backed up " + StoreFile() + " to " + copy + "\n");

  auto original = Run({"audit", "verify", "--data", data_});
  auto restored = Run({"audit", "verify", "--data", dir_.File("restore")});
  ASSERT_EQ(restored.exit_code, 0) << restored.err;
  EXPECT_EQ(restored.out, original.out);

  auto again = Run({"backup", "--data", data_, "--to", copy});
  ExpectOneLineFailure(again, "livingwell: backup: backup destination " + copy + " already exists");

  auto nothing = Run({"backup", "--data", dir_.File("empty"), "--to", dir_.File("b.db")});
  ExpectOneLineFailure(nothing, "livingwell: backup: there is no SQLite store at ");
  EXPECT_FALSE(std::filesystem::exists(dir_.File("empty")));

  auto on_postgres = Run({"backup", "--database", pg_.url(), "--to", dir_.File("pg.db")});
  ExpectOneLineFailure(on_postgres, "livingwell: backup: the store is PostgreSQL database " +
                                        pg_.name() + " on 127.0.0.1:");
  EXPECT_NE(on_postgres.err.find("pg_dump"), std::string::npos) << on_postgres.err;
  EXPECT_FALSE(std::filesystem::exists(dir_.File("pg.db")));
}

}  // namespace
}  // namespace store_copy_pgtest
}  // namespace lw::testing

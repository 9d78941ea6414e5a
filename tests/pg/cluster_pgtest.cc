// Tests of the PostgreSQL test harness itself: the throwaway cluster that
// tests/pg/cluster.sh starts, and the helpers in testing/pg_database.h.
//
// The PgClusterPauseTest tests stop the server under every other test, so
// tests/CMakeLists.txt registers them with lw_add_pg_serial_tests and the
// rest with lw_add_pg_tests.
#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "testing/pg_database.h"

namespace lw::testing {
namespace cluster_pgtest {
namespace {

// A client connection of our own, as the store will make, rather than the
// helper's Query(), so the URL is checked as a client would use it.
struct Connection {
  struct Deleter {
    void operator()(PGconn* conn) const { PQfinish(conn); }
  };
  std::unique_ptr<PGconn, Deleter> conn;

  explicit Connection(const std::string& url) : conn(PQconnectdb(url.c_str())) {}
  bool ok() const { return conn && PQstatus(conn.get()) == CONNECTION_OK; }
  std::string error() const { return conn ? PQerrorMessage(conn.get()) : "out of memory"; }

  // The first column of the first row, "" if none; nullopt if it failed.
  std::optional<std::string> Exec(const std::string& sql) {
    PGresult* result = PQexec(conn.get(), sql.c_str());
    const ExecStatusType status = PQresultStatus(result);
    std::optional<std::string> value;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
      value = PQntuples(result) > 0 && PQnfields(result) > 0 ? PQgetvalue(result, 0, 0) : "";
    }
    PQclear(result);
    return value;
  }
};

TEST(PgTestDatabaseTest, GivesAnEmptyDatabaseThatCanBeConnectedToAndWritten) {
  PgTestDatabase db;
  EXPECT_TRUE(db.name().starts_with("lwtest_")) << db.name();
  EXPECT_EQ(db.url().substr(db.url().rfind('/') + 1), db.name());

  Connection c(db.url());
  ASSERT_TRUE(c.ok()) << c.error();
  EXPECT_EQ(PQdb(c.conn.get()), db.name());
  EXPECT_EQ(c.Exec("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), "0");
  ASSERT_EQ(c.Exec("CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL)"), "");
  ASSERT_EQ(c.Exec("INSERT INTO notes VALUES (1, 'first'), (2, 'second')"), "");

  // Committed and visible to another connection (the helper's).
  EXPECT_EQ(db.Query("SELECT body FROM notes WHERE id = 2"), "second");
  EXPECT_EQ(db.Query("SELECT count(*) FROM notes"), "2");
  EXPECT_EQ(db.Query("SELECT current_user"), "postgres");
  EXPECT_EQ(db.Query("SELECT body FROM notes WHERE id = 3"), "");
  EXPECT_THROW(db.Query("SELECT * FROM no_such_table"), std::runtime_error);
}

TEST(PgTestDatabaseTest, TwoDatabasesAreDifferentAndDoNotSeeEachOther) {
  PgTestDatabase a;
  PgTestDatabase b;
  EXPECT_NE(a.name(), b.name());
  EXPECT_NE(a.url(), b.url());

  a.Query("CREATE TABLE shared_name (v text); INSERT INTO shared_name VALUES ('from a')");
  EXPECT_EQ(b.Query("SELECT to_regclass('shared_name')"), "");  // NULL: no such table
  // The same table name in b is a different table.
  b.Query("CREATE TABLE shared_name (v text); INSERT INTO shared_name VALUES ('from b')");
  EXPECT_EQ(a.Query("SELECT string_agg(v, ',') FROM shared_name"), "from a");
  EXPECT_EQ(b.Query("SELECT string_agg(v, ',') FROM shared_name"), "from b");
}

TEST(PgTestDatabaseTest, DestructorDropsTheDatabaseEvenWithAConnectionOpen) {
  std::string name;
  std::optional<Connection> left_open;
  {
    PgTestDatabase db;
    name = db.name();
    EXPECT_EQ(
        PgQuery(PgClusterUrl(), "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"),
        "1");
    // A store under test that is not closed must not make the drop fail.
    left_open.emplace(db.url());
    ASSERT_TRUE(left_open->ok()) << left_open->error();
  }
  EXPECT_EQ(
      PgQuery(PgClusterUrl(), "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"),
      "0");
  EXPECT_EQ(left_open->Exec("SELECT 1"), std::nullopt);  // terminated by DROP ... WITH (FORCE)
}

// SQLite compares text byte by byte; the cluster is initialised with
// C.UTF-8 so that ORDER BY gives the same order on both stores.
TEST(PgTestDatabaseTest, TextSortsByteByByteLikeSqlite) {
  PgTestDatabase db;
  EXPECT_EQ(db.Query("SELECT string_agg(x, ',' ORDER BY x) FROM "
                     "(VALUES ('b'), ('é'), ('B'), ('a'), ('_'), ('Z'), ('z'), ('10'), ('9')) "
                     "AS v(x)"),
            "10,9,B,Z,_,a,b,z,é");
  EXPECT_EQ(db.Query("SHOW server_encoding"), "UTF8");
}

TEST(PgClusterTest, IsADisposableClusterOnLoopbackOnly) {
  const std::string url = PgClusterUrl();
  EXPECT_TRUE(url.starts_with("postgresql://postgres@127.0.0.1:")) << url;
  EXPECT_TRUE(url.ends_with("/postgres")) << url;
  EXPECT_EQ(PgQuery(url, "SHOW listen_addresses"), "127.0.0.1");
  EXPECT_EQ(PgQuery(url, "SHOW fsync"), "off");
  EXPECT_EQ(PgQuery(url, "SHOW max_connections"), "300");
}

// Run directly rather than through ctest, a PostgreSQL test must fail and
// say how to get a cluster, not pass or skip.
TEST(PgClusterTest, WithoutAClusterHelpersFailSayingWhy) {
  const char* saved = std::getenv(kPgEnvVariable);
  const std::optional<std::string> restore =
      saved ? std::optional<std::string>(saved) : std::nullopt;
  unsetenv(kPgEnvVariable);
  try {
    PgTestDatabase db;
    ADD_FAILURE() << "made database " << db.name() << " without a cluster";
  } catch (const std::runtime_error& e) {
    EXPECT_TRUE(std::string(e.what()).starts_with("no PostgreSQL test cluster")) << e.what();
    EXPECT_NE(std::string(e.what()).find("ctest"), std::string::npos) << e.what();
  }
  setenv(kPgEnvVariable, "/nonexistent/pg-cluster.env", 1);
  EXPECT_THROW(PgClusterUrl(), std::runtime_error);
  if (restore) {
    setenv(kPgEnvVariable, restore->c_str(), 1);
  } else {
    unsetenv(kPgEnvVariable);
  }
}

// Registered RUN_SERIAL: pausing stops the server for every test.
TEST(PgClusterPauseTest, ConnectionsFailWhilePausedAndWorkAgainAfterResume) {
  PgTestDatabase db;
  db.Query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");

  PausePgCluster();
  Connection while_paused(db.url());
  EXPECT_FALSE(while_paused.ok());
  EXPECT_THROW(PgQuery(PgClusterUrl(), "SELECT 1"), std::runtime_error);
  ResumePgCluster();

  Connection after(db.url());
  ASSERT_TRUE(after.ok()) << after.error();
  EXPECT_EQ(after.Exec("SELECT v FROM kept"), "still here");  // same data, same port
}

TEST(PgClusterPauseTest, ScopedPauseResumesWhenTheScopeEnds) {
  PgTestDatabase db;
  {
    ScopedPgClusterPause pause;
    EXPECT_THROW(db.Query("SELECT 1"), std::runtime_error);
  }
  EXPECT_EQ(db.Query("SELECT 1"), "1");
}

}  // namespace
}  // namespace cluster_pgtest
}  // namespace lw::testing

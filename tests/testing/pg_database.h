// Test helpers for the throwaway PostgreSQL cluster that CTest starts for
// tests registered with lw_add_pg_tests (tests/pg/README.md).
//
// PgTestDatabase: a fresh, empty database "lwtest_<16 random hex digits>" on
// that cluster, dropped (WITH (FORCE), so open connections do not keep it)
// when the object is destroyed. Names are random because tests run in
// parallel, each in its own process, against the one cluster.
//
// Failures: there is no skipping. If the cluster is missing (the test was
// not run through ctest, or the fixture failed) or a statement fails, the
// constructor and Query throw std::runtime_error with the reason, which
// GoogleTest reports as a failure of the test. The destructor cannot throw:
// it reports a failed DROP with ADD_FAILURE().
//
// PausePgCluster / ResumePgCluster stop and restart the cluster's server
// (same data, same port) for tests of the database being down. That affects
// every test using the cluster, so such tests must be registered with
// lw_add_pg_serial_tests (RUN_SERIAL). ScopedPgClusterPause resumes even
// when the test fails halfway.
//
// Thread-safety: none needed; each call opens its own connection.
#pragma once

#include <string>

namespace lw::testing {

// The environment variable naming the cluster's state file, set by CTest.
inline constexpr char kPgEnvVariable[] = "LW_TEST_PG_ENV";

class PgTestDatabase {
 public:
  PgTestDatabase();
  ~PgTestDatabase();
  PgTestDatabase(const PgTestDatabase&) = delete;
  PgTestDatabase& operator=(const PgTestDatabase&) = delete;

  // "lwtest_..." (no quoting needed).
  const std::string& name() const { return name_; }
  // postgresql://postgres@127.0.0.1:PORT/lwtest_..., the superuser's.
  const std::string& url() const { return url_; }

  // Runs `sql` (one statement, or several separated by ';' of which the
  // last gives the result) as the superuser on this database, on a new
  // connection, and returns the first column of the first row: "" when
  // there are no rows or it is NULL. Throws std::runtime_error on failure.
  // For tests that look at or change the store underneath.
  std::string Query(const std::string& sql) const;

 private:
  std::string name_;
  std::string url_;
};

// The cluster's base URL, postgresql://postgres@127.0.0.1:PORT/postgres,
// read from the file named by $LW_TEST_PG_ENV. Throws std::runtime_error
// saying how to get a cluster when there is none.
std::string PgClusterUrl();

// Runs `sql` on a new connection to `url`; as PgTestDatabase::Query.
std::string PgQuery(const std::string& url, const std::string& sql);

// Stops the cluster's server (pg_ctl stop -m fast; data kept) and starts it
// again on the same port. Only for tests registered RUN_SERIAL. Throws
// std::runtime_error if tests/pg/cluster.sh fails.
void PausePgCluster();
void ResumePgCluster();

// Pauses the cluster for its lifetime. The destructor resumes it and reports
// a failure to do so with ADD_FAILURE() (it cannot throw).
class ScopedPgClusterPause {
 public:
  ScopedPgClusterPause();
  ~ScopedPgClusterPause();
  ScopedPgClusterPause(const ScopedPgClusterPause&) = delete;
  ScopedPgClusterPause& operator=(const ScopedPgClusterPause&) = delete;
};

}  // namespace lw::testing

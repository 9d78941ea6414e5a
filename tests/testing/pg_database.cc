#include "testing/pg_database.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <stdexcept>

#include "base/random.h"
#include "testing/subprocess.h"

#ifndef LW_PG_CLUSTER_SCRIPT
#error "LW_PG_CLUSTER_SCRIPT must name tests/pg/cluster.sh (tests/CMakeLists.txt)"
#endif

namespace lw::testing {
namespace {

constexpr char kHowToGetOne[] =
    "run the tests through ctest, which starts one (tests/pg/cluster.sh; tests/pg/README.md)";

// The state file written by `cluster.sh start`.
std::string StateFile() {
  const char* file = std::getenv(kPgEnvVariable);
  if (file == nullptr || *file == '\0') {
    throw std::runtime_error(std::string("no PostgreSQL test cluster: $") + kPgEnvVariable +
                             " is not set; " + kHowToGetOne);
  }
  return file;
}

struct ConnDeleter {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};

void RunClusterScript(const std::string& command) {
  CommandResult result = RunCommand({"/bin/bash", LW_PG_CLUSTER_SCRIPT, command, StateFile()}, "",
                                    {}, std::chrono::seconds(120));
  if (result.exit_code != 0) {
    throw std::runtime_error("tests/pg/cluster.sh " + command + " failed (exit " +
                             std::to_string(result.exit_code) + "): " + result.err + result.out);
  }
}

}  // namespace

std::string PgClusterUrl() {
  const std::string file = StateFile();
  std::ifstream in(file);
  if (!in) {
    throw std::runtime_error("no PostgreSQL test cluster: " + file +
                             " does not exist (did the pg_cluster_start test fail?); " +
                             kHowToGetOne);
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("url=") && line.size() > 4) return line.substr(4);
  }
  throw std::runtime_error("no PostgreSQL test cluster: " + file +
                           " has no url= line (the cluster did not finish starting); " +
                           kHowToGetOne);
}

std::string PgQuery(const std::string& url, const std::string& sql) {
  // Notices (e.g. "database does not exist, skipping") would clutter the
  // test output; warnings and errors still come through.
  const char* keys[] = {"dbname", "connect_timeout", "application_name", "options", nullptr};
  const char* values[] = {url.c_str(), "10", "lw-test-helper", "-c client_min_messages=warning",
                          nullptr};
  std::unique_ptr<PGconn, ConnDeleter> conn(PQconnectdbParams(keys, values, /*expand_dbname=*/1));
  if (conn == nullptr || PQstatus(conn.get()) != CONNECTION_OK) {
    throw std::runtime_error("cannot connect to " + url + ": " +
                             (conn ? PQerrorMessage(conn.get()) : "out of memory"));
  }
  std::unique_ptr<PGresult, ResultDeleter> result(PQexec(conn.get(), sql.c_str()));
  const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw std::runtime_error("on " + url + ", `" + sql + "` failed: " + PQerrorMessage(conn.get()));
  }
  if (PQntuples(result.get()) == 0 || PQnfields(result.get()) == 0 ||
      PQgetisnull(result.get(), 0, 0)) {
    return "";
  }
  return PQgetvalue(result.get(), 0, 0);
}

PgTestDatabase::PgTestDatabase() {
  const std::string cluster = PgClusterUrl();
  SystemRandom random;
  name_ = "lwtest_" + random.Hex(8);
  // The cluster URL ends in "/postgres", the database to connect to for
  // creating and dropping others (never template1: CREATE DATABASE copies
  // it and fails while anyone is connected to it).
  url_ = cluster.substr(0, cluster.rfind('/') + 1) + name_;
  PgQuery(cluster, "CREATE DATABASE " + name_);
}

PgTestDatabase::~PgTestDatabase() {
  try {
    PgQuery(PgClusterUrl(), "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  } catch (const std::exception& e) {
    ADD_FAILURE() << "could not drop test database " << name_ << ": " << e.what();
  }
}

std::string PgTestDatabase::Query(const std::string& sql) const { return PgQuery(url_, sql); }

void PausePgCluster() { RunClusterScript("pause"); }

void ResumePgCluster() { RunClusterScript("resume"); }

ScopedPgClusterPause::ScopedPgClusterPause() { PausePgCluster(); }

ScopedPgClusterPause::~ScopedPgClusterPause() {
  try {
    ResumePgCluster();
  } catch (const std::exception& e) {
    ADD_FAILURE() << e.what();
  }
}

}  // namespace lw::testing

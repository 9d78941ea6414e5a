#include "storage/postgresql/pg_connection.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lw::pg {
namespace {

struct ClearResult {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ClearResult>;

// The advisory lock key migrations hold: "lwmigrat" as a number.
constexpr std::int64_t kSchemaLockKey = 0x6c776d6967726174;

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

ErrorCode CodeForSqlState(std::string_view state) {
  if (state == "23505") return ErrorCode::kAlreadyExists;
  if (state == "23503") return ErrorCode::kFailedPrecondition;
  if (state == "40001" || state == "40P01") return ErrorCode::kUnavailable;
  // Connection exceptions, insufficient resources, operator intervention
  // (shutdown, statement timeout), system errors; lock_not_available.
  if (state.starts_with("08") || state.starts_with("53") || state.starts_with("57") ||
      state.starts_with("58") || state == "55P03") {
    return ErrorCode::kUnavailable;
  }
  return ErrorCode::kInternal;
}

}  // namespace

// One prepared statement on one connection, used by one Query at a time.
class Cursor final : public sql::Cursor {
 public:
  Cursor(Connection& c, std::string name, int params)
      : c_(c), name_(std::move(name)), values_(params), nulls_(params, true) {}

  void set_doing(std::string_view doing) { doing_ = doing; }

  void BindText(int index, std::string_view value) override {
    if (!InRange(index)) return;
    values_[index - 1].assign(value);
    nulls_[index - 1] = false;
  }
  void BindInt(int index, std::int64_t value) override {
    if (!InRange(index)) return;
    values_[index - 1] = std::to_string(value);
    nulls_[index - 1] = false;
  }
  void BindNull(int index) override {
    if (!InRange(index)) return;
    nulls_[index - 1] = true;
  }

  Result<bool> Step() override {
    if (bind_error_) return Fail(*bind_error_);
    if (!result_) {
      std::vector<const char*> values(values_.size());
      for (std::size_t i = 0; i < values_.size(); ++i) {
        values[i] = nulls_[i] ? nullptr : values_[i].c_str();
      }
      result_.reset(PQexecPrepared(c_.raw(), name_.c_str(), static_cast<int>(values.size()),
                                   values.data(), nullptr, nullptr, 0));
      ExecStatusType status = result_ ? PQresultStatus(result_.get()) : PGRES_FATAL_ERROR;
      if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Error error = c_.ErrorFor(result_.get(), doing_);
        result_.reset();
        return Fail(std::move(error));
      }
      rows_ = PQntuples(result_.get());
      row_ = -1;
    }
    return ++row_ < rows_;
  }

  std::int64_t Changes() const override {
    if (!result_) return 0;
    return ParseInt(PQcmdTuples(result_.get()));
  }
  int ColumnCount() const override { return result_ ? PQnfields(result_.get()) : 0; }
  bool IsNull(int column) const override { return PQgetisnull(result_.get(), row_, column) != 0; }
  std::int64_t Int(int column) const override {
    return ParseInt(PQgetvalue(result_.get(), row_, column));
  }
  std::string Text(int column) const override {
    if (IsNull(column)) return {};
    return std::string(PQgetvalue(result_.get(), row_, column),
                       static_cast<std::size_t>(PQgetlength(result_.get(), row_, column)));
  }
  void Reset() override {
    result_.reset();
    std::fill(nulls_.begin(), nulls_.end(), true);
    bind_error_.reset();
  }

 private:
  bool InRange(int index) {
    if (index >= 1 && index <= static_cast<int>(values_.size())) return true;
    if (!bind_error_) {
      bind_error_ =
          Error::Make(ErrorCode::kInternal, std::string(doing_) + ": parameter " +
                                                std::to_string(index) + " is not in the statement");
    }
    return false;
  }
  // Integers as PostgreSQL prints them; booleans ('t'/'f') as 1/0.
  static std::int64_t ParseInt(const char* text) {
    if (text == nullptr || *text == '\0') return 0;
    if (text[0] == 't' && text[1] == '\0') return 1;
    if (text[0] == 'f' && text[1] == '\0') return 0;
    std::int64_t value = 0;
    std::string_view s(text);
    std::from_chars(s.data(), s.data() + s.size(), value);
    return value;
  }

  Connection& c_;
  std::string name_;
  std::vector<std::string> values_;
  std::vector<bool> nulls_;
  std::optional<Error> bind_error_;
  std::string_view doing_;
  ResultPtr result_;
  int rows_ = 0;
  int row_ = -1;
};

std::string RewriteParameters(std::string_view sql, int& params) {
  params = 0;
  std::string out;
  out.reserve(sql.size());
  bool quoted = false;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    char ch = sql[i];
    if (ch == '\'') quoted = !quoted;  // '' inside a literal toggles twice
    if (!quoted && ch == '?' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      std::size_t end = i + 1;
      while (end < sql.size() && sql[end] >= '0' && sql[end] <= '9') ++end;
      int n = 0;
      std::from_chars(sql.data() + i + 1, sql.data() + end, n);
      params = std::max(params, n);
      out += '$';
      out.append(sql.substr(i + 1, end - i - 1));
      i = end - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

Result<std::string> DescribeUrl(const std::string& url) {
  char* message = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &message);
  if (options == nullptr) {
    std::string detail = message != nullptr ? Trim(message) : "out of memory";
    PQfreemem(message);
    return Fail(ErrorCode::kInvalidArgument, "not a PostgreSQL connection string: " + detail);
  }
  std::string host = "localhost";
  std::string port = "5432";
  std::string db;
  std::string user;
  for (PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
    if (o->val == nullptr || *o->val == '\0') continue;
    std::string_view key = o->keyword;
    if (key == "host" || key == "hostaddr") host = o->val;
    if (key == "port") port = o->val;
    if (key == "dbname") db = o->val;
    if (key == "user") user = o->val;
  }
  PQconninfoFree(options);
  if (db.empty()) db = user;
  return "PostgreSQL database " + (db.empty() ? std::string("(default)") : db) + " on " + host +
         ":" + port;
}

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& url,
                                                     int connect_timeout_seconds) {
  std::string timeout = std::to_string(connect_timeout_seconds);
  // The URL's own settings win over these defaults (later keywords override
  // earlier ones, and dbname is expanded in place).
  const char* keys[] = {"connect_timeout", "application_name", "dbname", nullptr};
  const char* values[] = {timeout.c_str(), "livingwell", url.c_str(), nullptr};
  PGconn* conn = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
  if (conn == nullptr) {
    return Fail(ErrorCode::kUnavailable, "PostgreSQL: out of memory opening a connection");
  }
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string detail = Trim(PQerrorMessage(conn));
    PQfinish(conn);
    auto described = DescribeUrl(url);
    return Fail(ErrorCode::kUnavailable, (described ? *described : std::string("PostgreSQL")) +
                                             " is unreachable: " + detail);
  }
  std::string name =
      std::string("PostgreSQL database ") + PQdb(conn) + " on " + PQhost(conn) + ":" + PQport(conn);
  auto connection = std::make_unique<Connection>(Private{}, conn, std::move(name));
  if (auto ok = connection->Exec("SET statement_timeout = '30s'; SET lock_timeout = '10s'; "
                                 "SET idle_in_transaction_session_timeout = '60s'",
                                 "setting session limits");
      !ok) {
    return Fail(std::move(ok.error()));
  }
  return connection;
}

Connection::Connection(Private, PGconn* conn, std::string name)
    : conn_(conn), name_(std::move(name)) {}

Connection::~Connection() {
  statements_.clear();
  PQfinish(conn_);
}

bool Connection::broken() const { return discard_ || PQstatus(conn_) != CONNECTION_OK; }

bool Connection::InTransaction() const { return PQtransactionStatus(conn_) != PQTRANS_IDLE; }

bool Connection::in_failed_transaction() const {
  return PQtransactionStatus(conn_) == PQTRANS_INERROR;
}

Error Connection::ErrorFor(const PGresult* result, std::string_view doing) {
  std::string state;
  std::string detail;
  if (result != nullptr) {
    const char* s = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    if (s != nullptr) state = s;
    detail = Trim(PQresultErrorMessage(result));
  }
  if (detail.empty()) detail = Trim(PQerrorMessage(conn_));
  ErrorCode code = state.empty() ? ErrorCode::kUnavailable : CodeForSqlState(state);
  if (broken()) code = ErrorCode::kUnavailable;
  if (state == "40001" || state == "40P01") retryable_ = true;
  std::string message;
  if (code == ErrorCode::kUnavailable) {
    message = name_ + ": " + std::string(doing) + " failed: " + detail;
  } else if (code == ErrorCode::kFailedPrecondition) {
    message = std::string(doing) + ": refers to a record that does not exist (" + detail + ")";
  } else {
    message = std::string(doing) + ": " + detail;
  }
  return Error::Make(code, std::move(message));
}

Result<sql::Query> Connection::Prepare(std::string_view sql, std::string_view doing) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    int params = 0;
    std::string text = RewriteParameters(sql, params);
    std::string name = "lw" + std::to_string(statements_.size() + 1);
    ResultPtr prepared(PQprepare(conn_, name.c_str(), text.c_str(), 0, nullptr));
    if (!prepared || PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
      return Fail(ErrorFor(prepared.get(), doing));
    }
    it = statements_
             .emplace(std::string(sql), std::make_unique<Cursor>(*this, std::move(name), params))
             .first;
  }
  it->second->set_doing(doing);
  return sql::Query(*it->second);
}

Status Connection::Exec(const std::string& script, std::string_view doing) {
  // PQexec runs several statements and returns the last result; the first
  // failure stops it and is that result.
  ResultPtr result(PQexec(conn_, script.c_str()));
  ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return Ok();
  return Fail(ErrorFor(result.get(), doing));
}

Status Connection::BeginSchemaChange(std::string_view doing) {
  return Exec("BEGIN; SELECT pg_advisory_xact_lock(" + std::to_string(kSchemaLockKey) + ")", doing);
}

Result<bool> Connection::HasTable(std::string_view name) {
  auto q = Prepare(
      "SELECT COUNT(*) FROM pg_catalog.pg_tables "
      "WHERE schemaname = current_schema() AND tablename = ?1",
      "checking for a table");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, name);
  auto row = q->Step();
  if (!row) return Fail(std::move(row.error()));
  return q->Int(0) > 0;
}

}  // namespace lw::pg

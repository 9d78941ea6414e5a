#include "storage/sqlite/statement.h"

#include <utility>

#include "storage/sqlite/connection.h"

namespace lw::sqlite {

Query::~Query() {
  if (connection_ == nullptr) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Query::Query(Query&& other) noexcept
    : connection_(std::exchange(other.connection_, nullptr)),
      stmt_(other.stmt_),
      doing_(other.doing_),
      bind_rc_(other.bind_rc_) {}

void Query::NoteBind(int rc) {
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

Query& Query::BindText(int index, std::string_view value) {
  NoteBind(
      sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
  return *this;
}

Query& Query::BindOptionalText(int index, std::string_view value) {
  if (value.empty()) {
    NoteBind(sqlite3_bind_null(stmt_, index));
    return *this;
  }
  return BindText(index, value);
}

Query& Query::BindInt(int index, std::int64_t value) {
  NoteBind(sqlite3_bind_int64(stmt_, index, value));
  return *this;
}

Result<bool> Query::Step() {
  if (bind_rc_ != SQLITE_OK) {
    return Fail(connection_->ErrorFor(bind_rc_, std::string(doing_) + " (binding)"));
  }
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Fail(connection_->ErrorFor(rc, doing_));
}

Status Query::Run() {
  while (true) {
    auto row = Step();
    if (!row) return Fail(std::move(row.error()));
    if (!*row) return Ok();
  }
}

std::int64_t Query::Changes() const { return sqlite3_changes64(connection_->db()); }

std::string Query::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

}  // namespace lw::sqlite

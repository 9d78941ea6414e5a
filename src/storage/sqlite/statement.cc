#include "storage/sqlite/statement.h"

#include "storage/sqlite/connection.h"

namespace lw::sqlite {

void Cursor::BindText(int index, std::string_view value) {
  NoteBind(sqlite3_bind_text64(stmt_.get(), index, value.data(), value.size(), SQLITE_TRANSIENT,
                               SQLITE_UTF8));
}

void Cursor::BindInt(int index, std::int64_t value) {
  NoteBind(sqlite3_bind_int64(stmt_.get(), index, value));
}

void Cursor::BindNull(int index) { NoteBind(sqlite3_bind_null(stmt_.get(), index)); }

Result<bool> Cursor::Step() {
  if (bind_rc_ != SQLITE_OK) {
    return Fail(connection_.ErrorFor(bind_rc_, std::string(doing_) + " (binding)"));
  }
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Fail(connection_.ErrorFor(rc, doing_));
}

std::int64_t Cursor::Changes() const { return sqlite3_changes64(connection_.db()); }

std::string Cursor::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_.get(), column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), column)));
}

void Cursor::Reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
  bind_rc_ = SQLITE_OK;
}

}  // namespace lw::sqlite

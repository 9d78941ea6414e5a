// OpenTxMark: which stores have a transaction open on this thread, so a
// store can refuse a Transact inside Transact. A nested write would deadlock
// on the outer one (SQLite's writer mutex, PostgreSQL's row locks) and a
// nested read would not see the outer transaction's writes.
#pragma once

namespace lw {
class Store;
}  // namespace lw

namespace lw::sql {

class OpenTxMark {
 public:
  explicit OpenTxMark(const Store* store);
  ~OpenTxMark();
  OpenTxMark(const OpenTxMark&) = delete;
  OpenTxMark& operator=(const OpenTxMark&) = delete;

  static bool IsOpen(const Store* store);

 private:
  const Store* store_;
};

}  // namespace lw::sql

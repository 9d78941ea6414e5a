#include "storage/sql/query.h"

namespace lw::sql {

Status Query::Run() {
  while (true) {
    auto row = Step();
    if (!row) return Fail(std::move(row.error()));
    if (!*row) return Ok();
  }
}

Status RunStatement(Connection& c, std::string_view sql, std::string_view doing) {
  auto q = c.Prepare(sql, doing);
  if (!q) return Fail(std::move(q.error()));
  return q->Run();
}

}  // namespace lw::sql

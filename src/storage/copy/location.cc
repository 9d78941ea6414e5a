#include "storage/copy/location.h"

#include "storage/postgresql/pg_connection.h"

namespace lw::copy {

bool IsPostgresLocation(std::string_view location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string DescribeLocation(const std::string& location) {
  if (!IsPostgresLocation(location)) return "SQLite database " + location;
  return DescribePostgres(location);
}

std::string DescribePostgres(const std::string& location) {
  auto described = pg::DescribeUrl(location);
  // libpq's parse error may quote the URL, password and all.
  return described ? *described : std::string("a PostgreSQL URL that cannot be parsed");
}

}  // namespace lw::copy

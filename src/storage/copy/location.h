// Where a store lives, as an operator names it on the command line: a
// PostgreSQL URL (postgresql://... or postgres://...) or the path of a
// SQLite database file.
//
// `DescribeLocation` names a location for messages and reports without
// ever repeating a password: "PostgreSQL database DB on HOST:PORT" (from
// pg::DescribeUrl) or "SQLite database PATH". A URL libpq cannot parse is
// described as such, without its text.
#pragma once

#include <string>
#include <string_view>

namespace lw::copy {

bool IsPostgresLocation(std::string_view location);

std::string DescribeLocation(const std::string& location);

// As DescribeLocation for a PostgreSQL URL or libpq key=value string
// (the --database setting accepts both).
std::string DescribePostgres(const std::string& url);

}  // namespace lw::copy

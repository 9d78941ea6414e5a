// HSDS tabular CSV -> the same JSON entries the feed reader reads
// (oruk_import.cc), so CSV and JSON obey one set of rules.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "api/hsds_csv.h"
#include "api/oruk_import.h"
#include "api/oruk_import_internal.h"

namespace lw::api {
namespace json = boost::json;

namespace {

struct Table {
  std::string name;
  CsvTable csv;
};

// One row as a JSON object: every non-empty cell, as text.
json::object RowObject(const CsvTable& t, const CsvRow& row) {
  json::object o;
  for (std::size_t i = 0; i < t.header.size() && i < row.cells.size(); ++i) {
    if (!row.cells[i].empty() && !t.header[i].empty()) o[t.header[i]] = row.cells[i];
  }
  return o;
}

std::string Where(const Table& t, const CsvRow& row) {
  return t.name + " line " + std::to_string(row.line);
}

// Rows of `t` grouped by the value of `column`.
std::multimap<std::string, const CsvRow*> By(const Table& t, std::string_view column) {
  std::multimap<std::string, const CsvRow*> out;
  for (const CsvRow& row : t.csv.rows) out.emplace(std::string(t.csv.Cell(row, column)), &row);
  return out;
}

}  // namespace

Result<ImportBatch> ImportHsdsCsv(const std::map<std::string, std::string>& files,
                                  const ImportOptions& options) {
  std::uint64_t total = 0;
  for (const auto& [name, text] : files) total += text.size();
  if (auto ok = CheckImportSize(total, options); !ok) return std::unexpected(ok.error());
  if (!files.contains("services.csv")) {
    return Fail(Error::Invalid("There is no services.csv: an HSDS feed needs one"));
  }
  std::map<std::string, Table> tables;
  for (const char* name :
       {"organizations.csv", "services.csv", "locations.csv", "service_at_locations.csv",
        "addresses.csv", "schedules.csv", "phones.csv", "taxonomy_terms.csv", "attributes.csv",
        "languages.csv", "accessibility.csv", "contacts.csv", "cost_options.csv"}) {
    const auto it = files.find(name);
    Table t{name, {}};
    if (it != files.end()) {
      auto csv = ReadCsv(it->second, name);
      if (!csv) return std::unexpected(csv.error());
      t.csv = std::move(*csv);
    }
    tables.emplace(name, std::move(t));
  }
  oruk_import::BatchBuilder builder;
  for (const auto& [name, t] : tables) {
    for (const auto& [line, why] : t.csv.bad_rows) {
      builder.Reject(name + " line " + std::to_string(line), "", "The row " + why);
    }
  }

  const Table& services = tables.at("services.csv");
  const Table& locations = tables.at("locations.csv");
  const Table& terms = tables.at("taxonomy_terms.csv");
  std::map<std::string, const CsvRow*> service_rows;
  for (const CsvRow& row : services.csv.rows) {
    service_rows.emplace(std::string(services.csv.Cell(row, "id")), &row);
  }
  std::map<std::string, const CsvRow*> location_rows;
  for (const CsvRow& row : locations.csv.rows) {
    location_rows.emplace(std::string(locations.csv.Cell(row, "id")), &row);
  }
  std::map<std::string, const CsvRow*> term_rows;
  for (const CsvRow& row : terms.csv.rows) {
    term_rows.emplace(std::string(terms.csv.Cell(row, "id")), &row);
  }
  const auto addresses = By(tables.at("addresses.csv"), "location_id");
  const auto accessibility = By(tables.at("accessibility.csv"), "location_id");
  const auto at_locations = By(tables.at("service_at_locations.csv"), "service_id");
  const auto schedules = By(tables.at("schedules.csv"), "service_id");
  const auto phones_by_service = By(tables.at("phones.csv"), "service_id");
  const auto phones_by_contact = By(tables.at("phones.csv"), "contact_id");
  const auto contacts = By(tables.at("contacts.csv"), "service_id");
  const auto languages = By(tables.at("languages.csv"), "service_id");
  const auto costs = By(tables.at("cost_options.csv"), "service_id");
  const auto attributes = By(tables.at("attributes.csv"), "link_id");

  // Rows pointing at a service or location that is not there.
  auto check_refs = [&](const char* table, const char* column, const auto& known,
                        const char* known_in) {
    const Table& t = tables.at(table);
    if (!t.csv.Column(column)) return;
    for (const CsvRow& row : t.csv.rows) {
      const std::string_view ref = t.csv.Cell(row, column);
      if (!ref.empty() && !known.contains(std::string(ref))) {
        builder.Reject(
            Where(t, row), std::string(t.csv.Cell(row, "id")),
            std::string(column) + " \u201C" + std::string(ref) + "\u201D is not in " + known_in);
      }
    }
  };
  check_refs("service_at_locations.csv", "service_id", service_rows, "services.csv");
  check_refs("service_at_locations.csv", "location_id", location_rows, "locations.csv");
  check_refs("schedules.csv", "service_id", service_rows, "services.csv");
  check_refs("addresses.csv", "location_id", location_rows, "locations.csv");

  for (const CsvRow& row : tables.at("organizations.csv").csv.rows) {
    builder.AddOrganisation(RowObject(tables.at("organizations.csv").csv, row),
                            Where(tables.at("organizations.csv"), row));
  }

  auto rows_of = [](const auto& index, const std::string& key, const Table& t) {
    json::array out;
    if (key.empty()) return out;
    auto [first, last] = index.equal_range(key);
    for (auto it = first; it != last; ++it) out.push_back(RowObject(t.csv, *it->second));
    return out;
  };

  for (const CsvRow& row : services.csv.rows) {
    json::object s = RowObject(services.csv, row);
    const std::string id(services.csv.Cell(row, "id"));
    s["schedules"] = rows_of(schedules, id, tables.at("schedules.csv"));
    json::array places;
    auto [first, last] = at_locations.equal_range(id);
    for (auto it = first; it != last; ++it) {
      const Table& sal = tables.at("service_at_locations.csv");
      json::object at = RowObject(sal.csv, *it->second);
      const std::string location_id(sal.csv.Cell(*it->second, "location_id"));
      const auto loc = location_rows.find(location_id);
      if (loc != location_rows.end()) {
        json::object location = RowObject(locations.csv, *loc->second);
        location["addresses"] = rows_of(addresses, location_id, tables.at("addresses.csv"));
        location["accessibility"] =
            rows_of(accessibility, location_id, tables.at("accessibility.csv"));
        at["location"] = std::move(location);
      }
      places.push_back(std::move(at));
    }
    s["service_at_locations"] = std::move(places);
    s["phones"] = rows_of(phones_by_service, id, tables.at("phones.csv"));
    json::array contact_list = rows_of(contacts, id, tables.at("contacts.csv"));
    for (json::value& c : contact_list) {
      const json::value* cid = c.get_object().if_contains("id");
      if (cid != nullptr && cid->is_string()) {
        c.get_object()["phones"] =
            rows_of(phones_by_contact, std::string(cid->get_string()), tables.at("phones.csv"));
      }
    }
    s["contacts"] = std::move(contact_list);
    s["languages"] = rows_of(languages, id, tables.at("languages.csv"));
    s["cost_options"] = rows_of(costs, id, tables.at("cost_options.csv"));
    json::array links = rows_of(attributes, id, tables.at("attributes.csv"));
    for (json::value& a : links) {
      const json::value* tid = a.get_object().if_contains("taxonomy_term_id");
      if (tid == nullptr || !tid->is_string()) continue;
      const auto term = term_rows.find(std::string(tid->get_string()));
      if (term != term_rows.end())
        a.get_object()["taxonomy_term"] = RowObject(terms.csv, *term->second);
    }
    s["attributes"] = std::move(links);
    builder.AddService(s, Where(services, row));
  }
  return builder.Finish();
}

}  // namespace lw::api

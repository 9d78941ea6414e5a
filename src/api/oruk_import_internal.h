// Private to oruk_import*.cc: reading one feed entry (a JSON object in the
// HSDS shape) into the directory's values. The CSV reader builds the same
// objects from the tables and reads them here, so both feeds obey one set
// of rules.
#pragma once

#include <boost/json.hpp>

#include <map>
#include <string>

#include "api/oruk_import.h"

namespace lw::api::oruk_import {

// Reads entries into a batch, rejecting repeated ids across the batch.
class BatchBuilder {
 public:
  // A service (with any nested organization); `source` names where it was.
  void AddService(const boost::json::object& entry, const std::string& source);
  // An organisation (with any nested `services`).
  void AddOrganisation(const boost::json::object& entry, const std::string& source);
  void Reject(std::string source, std::string id, std::string reason);
  ImportBatch Finish() { return std::move(batch_); }

 private:
  ImportBatch batch_;
  std::map<std::string, std::string> service_sources_;       // id -> where first seen
  std::map<std::string, std::string> organisation_sources_;  // id -> where first seen
};

}  // namespace lw::api::oruk_import

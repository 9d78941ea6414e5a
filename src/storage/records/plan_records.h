// Codec<MyPlan>: the person's plan (domain/plans/my_plan.h) in the store's
// generic, versioned record table, beside the team's records
// (team_records.h, whose contract and templates it shares: include this
// header and use records::Create / Update / Get / History as for those).
//
// One plan per person: the record's id is the person's id, as for
// PersonDetailsRecord. Index: team_id the plan's team, owner_id "", open
// true, sort_key 0, links the person (flag true). Boost.JSON stays in
// plan_record.cc.
#pragma once

#include <string>
#include <string_view>

#include "domain/plans/my_plan.h"
#include "storage/records/team_records.h"

namespace lw::records {

template <>
struct Codec<MyPlan> {
  static constexpr RecordKind kKind = RecordKind::kPlan;
  static std::string Encode(const MyPlan& value);
  static Result<MyPlan> Decode(std::string_view body);
  static RecordIndex Index(const MyPlan& value);
  static const std::string& Id(const MyPlan& value) { return value.person_id; }
  static long long Version(const MyPlan& value) { return value.version; }
  static void SetVersion(MyPlan& value, long long version) { value.version = version; }
};

}  // namespace lw::records

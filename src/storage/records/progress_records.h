// Codecs for the person's progress records (issue 6): goals, Wheel of Life
// check-ins and questionnaire responses, kept in the store's generic
// record table like the team's records. The contract is team_records.h's;
// the templates there (Create, Update, Get, List, History) take these
// types too. Boost.JSON stays in the .cc files (goal_record.cc,
// wheel_check_in_record.cc, questionnaire_response_record.cc).
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"
#include "domain/outcomes/goal.h"
#include "domain/outcomes/questionnaire_response.h"
#include "domain/outcomes/wheel.h"
#include "domain/ports/records.h"
#include "storage/records/team_records.h"

namespace lw::records {

template <>
struct Codec<Goal> {
  static constexpr RecordKind kKind = RecordKind::kGoal;
  static std::string Encode(const Goal& value);
  static Result<Goal> Decode(std::string_view body);
  static RecordIndex Index(const Goal& value);
  static const std::string& Id(const Goal& value) { return value.id; }
  static long long Version(const Goal& value) { return value.version; }
  static void SetVersion(Goal& value, long long version) { value.version = version; }
};

template <>
struct Codec<WheelCheckIn> {
  static constexpr RecordKind kKind = RecordKind::kWheelCheckIn;
  static std::string Encode(const WheelCheckIn& value);
  static Result<WheelCheckIn> Decode(std::string_view body);
  static RecordIndex Index(const WheelCheckIn& value);
  static const std::string& Id(const WheelCheckIn& value) { return value.id; }
  static long long Version(const WheelCheckIn& value) { return value.version; }
  static void SetVersion(WheelCheckIn& value, long long version) { value.version = version; }
};

template <>
struct Codec<QuestionnaireResponse> {
  static constexpr RecordKind kKind = RecordKind::kQuestionnaireResponse;
  static std::string Encode(const QuestionnaireResponse& value);
  static Result<QuestionnaireResponse> Decode(std::string_view body);
  static RecordIndex Index(const QuestionnaireResponse& value);
  static const std::string& Id(const QuestionnaireResponse& value) { return value.id; }
  static long long Version(const QuestionnaireResponse& value) { return value.version; }
  static void SetVersion(QuestionnaireResponse& value, long long version) {
    value.version = version;
  }
};

}  // namespace lw::records

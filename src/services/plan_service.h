// PlanService: My Story / My Plan (issue 6, point 1), the person's plan in
// their own words (domain/plans/my_plan.h), kept as one versioned record
// per person (storage/records/plan_records.h).
//
// Contract (as TeamService, services/team_service.h):
//  - Every call takes the actor. Access is decided inside the store
//    transaction by DecidePersonAccess over the person's teams (reading
//    under an active break-glass grant, never changing). A refusal is
//    kNotFound worded "No person found", as for a person who does not
//    exist, and is audited ("person.access_refused") in a transaction of
//    its own.
//  - Every read and write is audited in the same transaction: "plan.read"
//    (Get, Version), "plan.print", "plan.versions" (History, Compare),
//    "plan.update", "plan.export", "plan.import"; record type "person",
//    id the person's id.
//  - Versions are never overwritten: Update and Import store the next
//    version, based on the version the writer saw (0 while there is
//    none); a stale `based_on` is kConflict carrying the stored version,
//    and nothing is stored. Each version keeps whose words it holds
//    (EnteredBy), who stored it (the practitioner) and when.
//  - Validation (ValidatePlan) is kInvalidArgument with field errors named
//    as the form fields.
//
// Thread-safety: as safe as the Store; the service holds no state.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/access/actor.h"
#include "domain/people/person.h"
#include "domain/plans/my_plan.h"
#include "domain/ports/store.h"

namespace lw {

struct PlanView {
  Person person;
  MyPlan plan;  // version 0: nothing written yet (person_id set)
  bool may_change = false;
};

// One stored version, and the titles of what it changed from the one
// before (every non-empty section for version 1).
struct PlanVersionEntry {
  MyPlan plan;
  ChangeMeta change;
  std::vector<std::string_view> changed;
};

struct PlanHistoryView {
  Person person;
  std::vector<PlanVersionEntry> versions;  // newest first
};

struct PlanVersionView {
  Person person;
  PlanVersionEntry version;
  long long latest = 0;
};

struct PlanCompareView {
  Person person;
  PlanVersionEntry from;
  PlanVersionEntry to;
  PlanComparison comparison;
};

// What travels: the person, the latest plan and its history.
struct PlanExport {
  Person person;
  MyPlan plan;
  std::vector<PlanVersionEntry> history;  // oldest first
  Timestamp exported_at;
};

// Who a document says the plan is about.
struct PlanPerson {
  std::string name;  // "Given Family"
  std::optional<Date> date_of_birth;
  std::string nhs_number;  // "" when not known
};

// A plan document read back (services/plan_document.h).
struct PlanImport {
  std::string source_service;  // exportedBy.service
  Timestamp exported_at;
  PlanPerson person;
  MyPlan plan;  // the sections, actions and whose words
};

// Whether `document` is about `person`: by NHS number when both have one,
// else by name and date of birth (both known), case and spaces aside.
bool IsAboutPerson(const PlanPerson& document, const Person& person);

class PlanService {
 public:
  PlanService(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<PlanView> Get(const Actor& actor, std::string_view person_id);
  // As Get, audited as "plan.print".
  Result<PlanView> Print(const Actor& actor, std::string_view person_id);
  Result<PlanHistoryView> History(const Actor& actor, std::string_view person_id);
  // kNotFound ("No version found") for a version that does not exist.
  Result<PlanVersionView> Version(const Actor& actor, std::string_view person_id, long long n);
  Result<PlanCompareView> Compare(const Actor& actor, std::string_view person_id, long long from,
                                  long long to);
  // `sections`: the texts and actions (other members are ignored).
  Result<MyPlan> Update(const Actor& actor, std::string_view person_id, MyPlan sections,
                        EnteredBy entered_by, long long based_on, std::string_view reason = {});
  Result<PlanExport> Export(const Actor& actor, std::string_view person_id);
  // A new version from another service's document; kInvalidArgument
  // ("This plan is about someone else", field "person") when the document
  // is not about this person.
  Result<MyPlan> Import(const Actor& actor, std::string_view person_id, PlanImport document,
                        long long based_on);

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace lw

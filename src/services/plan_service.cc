// PlanService: the person's plan, its versions, export and import.
#include "services/plan_service.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <utility>

#include "base/dates.h"
#include "base/ids.h"
#include "services/team_service_internal.h"
#include "storage/records/plan_records.h"

namespace lw {

using team_internal::AuditRefusal;
using team_internal::ChangeBy;
using team_internal::NotFound;
using team_internal::RequirePerson;

namespace {

// Lower case, runs of spaces as one, trimmed: names typed by two services.
std::string Folded(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

std::string Digits(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c)) != 0) out.push_back(c);
  }
  return out;
}

// The titles of what `entry` changed from `before` (null: the first).
std::vector<std::string_view> ChangedFrom(const MyPlan* before, const MyPlan& plan) {
  return ComparePlans(before != nullptr ? *before : MyPlan{}, plan).ChangedTitles();
}

// Every version, oldest first, each with what it changed.
Result<std::vector<PlanVersionEntry>> LoadHistory(StoreTx& tx, const std::string& person_id) {
  auto stored = records::History<MyPlan>(tx, person_id);
  if (!stored) return Fail(stored.error());
  std::ranges::sort(*stored, {},
                    [](const records::Versioned<MyPlan>& v) { return v.value.version; });
  std::vector<PlanVersionEntry> out;
  out.reserve(stored->size());
  const MyPlan* before = nullptr;
  for (records::Versioned<MyPlan>& v : *stored) {
    out.push_back(PlanVersionEntry{.plan = std::move(v.value), .change = std::move(v.change)});
    out.back().changed = ChangedFrom(before, out.back().plan);
    before = &out.back().plan;
  }
  // `before` pointed into `out`, which reserve kept in place.
  return out;
}

Status StaleVersion(long long stored, long long based_on) {
  if (stored == based_on) return Ok();
  return Fail(Error::Conflict("The plan was changed by someone else (now version " +
                                  std::to_string(stored) + ", this change was based on " +
                                  std::to_string(based_on) + ")",
                              stored));
}

}  // namespace

bool IsAboutPerson(const PlanPerson& document, const Person& person) {
  const std::string doc_nhs = Digits(document.nhs_number);
  const std::string our_nhs = Digits(person.nhs_number);
  if (!doc_nhs.empty() && !our_nhs.empty()) return doc_nhs == our_nhs;
  if (!document.date_of_birth || !person.date_of_birth) return false;
  return *document.date_of_birth == *person.date_of_birth &&
         Folded(document.name) == Folded(person.given_name + " " + person.family_name);
}

namespace {

// A read of the person's plan: access, `read(tx, access)`, and one audit
// entry, all in one transaction; a refusal audited in its own.
template <typename Read>
Status ReadPlan(Store& store, const Clock& clock, const Actor& actor, std::string_view person_id,
                std::string_view action, std::string_view reason, Read read) {
  if (!IsValidId(person_id)) return Fail(NotFound("person"));
  const Timestamp now = clock.Now();
  bool refused = false;
  auto done = store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto access = RequirePerson(tx, actor, person_id, PersonAction::kRead, now, "person", refused);
    if (!access) return Fail(access.error());
    if (auto s = read(tx, *access); !s) return s;
    return team_internal::Audit(
        tx, actor, now, action, "person", person_id,
        access->grant ? "break glass: " + access->grant->reason : std::string(reason));
  });
  if (refused) AuditRefusal(store, actor, now, person_id);
  return done;
}

// The next version of the plan: access to change, the stale check, store,
// audit, in one transaction.
Result<MyPlan> WritePlan(Store& store, const Clock& clock, const Actor& actor,
                         std::string_view person_id, MyPlan next, long long based_on,
                         std::string_view action, const std::string& reason,
                         const std::function<Status(const Person&)>& check = {}) {
  if (!IsValidId(person_id) || !team_internal::WorksInTeam(actor)) {
    return Fail(NotFound("person"));
  }
  if (based_on < 0)
    return Fail(Error::Invalid("There is a problem", {{"based_on", "Not a version"}}));
  if (auto v = ValidatePlan(next); !v) return Fail(v.error());
  const Timestamp now = clock.Now();
  next.person_id = std::string(person_id);
  next.version = based_on + 1;
  next.team_id = actor.team_id;
  next.updated_at = now;
  next.updated_by_user_id = actor.user_id;
  bool refused = false;
  auto done = store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto access =
        RequirePerson(tx, actor, person_id, PersonAction::kUpdate, now, "person", refused);
    if (!access) return Fail(access.error());
    if (check) {
      if (auto s = check(access->person); !s) return s;
    }
    auto current = records::Get<MyPlan>(tx, next.person_id);
    if (!current) return Fail(current.error());
    if (auto s = StaleVersion(*current ? (*current)->version : 0, based_on); !s) return s;
    const ChangeMeta change = ChangeBy(actor, now, reason);
    if (based_on == 0) {
      if (auto s = records::Create(tx, next, change); !s) return s;
    } else if (auto s = records::Update(tx, next, change); !s) {
      return s;
    }
    return team_internal::Audit(tx, actor, now, action, "person", next.person_id,
                                "version " + std::to_string(next.version));
  });
  if (refused) AuditRefusal(store, actor, now, person_id);
  if (!done) return Fail(done.error());
  return next;
}

}  // namespace

Result<PlanView> PlanService::Get(const Actor& actor, std::string_view person_id) {
  PlanView view;
  auto done = ReadPlan(store_, clock_, actor, person_id, "plan.read", "",
                       [&](StoreTx& tx, const team_internal::PersonAccess& access) -> Status {
                         view = PlanView{.person = access.person};
                         view.may_change =
                             DecidePersonAccess(actor, PersonAction::kUpdate, access.facts);
                         auto plan = records::Get<MyPlan>(tx, access.person.id);
                         if (!plan) return Fail(plan.error());
                         view.plan = plan->value_or(MyPlan{.person_id = access.person.id});
                         return Ok();
                       });
  if (!done) return Fail(done.error());
  return view;
}

Result<PlanView> PlanService::Print(const Actor& actor, std::string_view person_id) {
  PlanView view;
  auto done = ReadPlan(store_, clock_, actor, person_id, "plan.print", "",
                       [&](StoreTx& tx, const team_internal::PersonAccess& access) -> Status {
                         view = PlanView{.person = access.person};
                         auto plan = records::Get<MyPlan>(tx, access.person.id);
                         if (!plan) return Fail(plan.error());
                         view.plan = plan->value_or(MyPlan{.person_id = access.person.id});
                         return Ok();
                       });
  if (!done) return Fail(done.error());
  return view;
}

Result<PlanHistoryView> PlanService::History(const Actor& actor, std::string_view person_id) {
  PlanHistoryView view;
  auto done = ReadPlan(store_, clock_, actor, person_id, "plan.versions", "",
                       [&](StoreTx& tx, const team_internal::PersonAccess& access) -> Status {
                         view = PlanHistoryView{.person = access.person};
                         auto history = LoadHistory(tx, access.person.id);
                         if (!history) return Fail(history.error());
                         view.versions = std::move(*history);
                         std::ranges::reverse(view.versions);
                         return Ok();
                       });
  if (!done) return Fail(done.error());
  return view;
}

Result<PlanVersionView> PlanService::Version(const Actor& actor, std::string_view person_id,
                                             long long n) {
  PlanVersionView view;
  auto done = ReadPlan(
      store_, clock_, actor, person_id, "plan.read", "version " + std::to_string(n),
      [&](StoreTx& tx, const team_internal::PersonAccess& access) -> Status {
        auto history = LoadHistory(tx, access.person.id);
        if (!history) return Fail(history.error());
        if (n < 1 || n > static_cast<long long>(history->size())) {
          return Fail(NotFound("version"));
        }
        view = PlanVersionView{.person = access.person,
                               .version = std::move((*history)[static_cast<std::size_t>(n - 1)]),
                               .latest = static_cast<long long>(history->size())};
        return Ok();
      });
  if (!done) return Fail(done.error());
  return view;
}

Result<PlanCompareView> PlanService::Compare(const Actor& actor, std::string_view person_id,
                                             long long from, long long to) {
  PlanCompareView view;
  auto done = ReadPlan(store_, clock_, actor, person_id, "plan.versions",
                       "compare " + std::to_string(from) + " and " + std::to_string(to),
                       [&](StoreTx& tx, const team_internal::PersonAccess& access) -> Status {
                         auto history = LoadHistory(tx, access.person.id);
                         if (!history) return Fail(history.error());
                         const auto size = static_cast<long long>(history->size());
                         if (from < 1 || to < 1 || from > size || to > size)
                           return Fail(NotFound("version"));
                         view =
                             PlanCompareView{.person = access.person,
                                             .from = (*history)[static_cast<std::size_t>(from - 1)],
                                             .to = (*history)[static_cast<std::size_t>(to - 1)]};
                         view.comparison = ComparePlans(view.from.plan, view.to.plan);
                         return Ok();
                       });
  if (!done) return Fail(done.error());
  return view;
}

Result<MyPlan> PlanService::Update(const Actor& actor, std::string_view person_id, MyPlan sections,
                                   EnteredBy entered_by, long long based_on,
                                   std::string_view reason) {
  sections.entered_by = entered_by;
  return WritePlan(store_, clock_, actor, person_id, std::move(sections), based_on, "plan.update",
                   reason.empty() ? std::string("Plan updated") : std::string(reason));
}

Result<PlanExport> PlanService::Export(const Actor& actor, std::string_view person_id) {
  PlanExport out;
  auto done =
      ReadPlan(store_, clock_, actor, person_id, "plan.export", "",
               [&](StoreTx& tx, const team_internal::PersonAccess& access) -> Status {
                 auto history = LoadHistory(tx, access.person.id);
                 if (!history) return Fail(history.error());
                 out = PlanExport{.person = access.person,
                                  .plan = history->empty() ? MyPlan{.person_id = access.person.id}
                                                           : history->back().plan,
                                  .history = std::move(*history),
                                  .exported_at = clock_.Now()};
                 return Ok();
               });
  if (!done) return Fail(done.error());
  return out;
}

Result<MyPlan> PlanService::Import(const Actor& actor, std::string_view person_id,
                                   PlanImport document, long long based_on) {
  const std::string reason =
      "Imported from " +
      (document.source_service.empty() ? std::string("another service") : document.source_service) +
      " (exported " + FormatUtcIso(document.exported_at) + ")";
  const PlanPerson about = document.person;
  return WritePlan(
      store_, clock_, actor, person_id, std::move(document.plan), based_on, "plan.import", reason,
      [&about](const Person& person) -> Status {
        if (IsAboutPerson(about, person)) return Ok();
        return Fail(Error::Invalid("This plan is about someone else",
                                   {{"person",
                                     "This plan is about someone else: check the name, date of "
                                     "birth and NHS number in the document"}}));
      });
}

}  // namespace lw

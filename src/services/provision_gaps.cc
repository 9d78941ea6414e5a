#include "services/provision_gaps.h"

#include <algorithm>
#include <map>
#include <utility>

#include "base/ids.h"
#include "services/team_service_internal.h"
#include "storage/records/network_records.h"

namespace lw {

using team_internal::AuditRefusal;
using team_internal::ChangeBy;
using team_internal::RequirePerson;
using team_internal::StaleVersion;
using team_internal::UserName;

namespace {

constexpr int kListLimit = 1000;
// Every need noted in a report's period is read: the period is bounded
// (kMaxGapReportDays), and a locality notes a few thousand a year.
constexpr int kReportLimit = 1'000'000;

Error NoNeed() { return team_internal::NotFound("unmet need"); }

// Every neighbourhood of every locality, by id.
Result<std::map<std::string, std::string>> NeighbourhoodNames(StoreTx& tx) {
  std::map<std::string, std::string> names;
  auto localities = tx.ListLocalities();
  if (!localities) return Fail(localities.error());
  for (const Locality& l : *localities) {
    auto n = tx.ListNeighbourhoods(l.id);
    if (!n) return Fail(n.error());
    for (const Neighbourhood& h : *n) names[h.id] = h.name;
  }
  return names;
}

std::optional<DisclosureRule> RuleFor(Role role) {
  switch (role) {
    case Role::kCommissioner:
      return DisclosureRule::kMhsds;
    case Role::kTeamLead:
    case Role::kAdministrator:
      return DisclosureRule::kNone;
    default:
      return std::nullopt;
  }
}

}  // namespace

Result<GapReportPeriod> ReadGapReportPeriod(const std::optional<std::string>& from,
                                            const std::optional<std::string>& to, Date today) {
  std::vector<FieldError> errors;
  auto read = [&](const std::optional<std::string>& text, std::string_view field,
                  std::string_view label) -> std::optional<Date> {
    if (!text || text->empty()) return std::nullopt;
    auto d = Date::Parse(*text);
    if (d) return *d;
    errors.push_back(
        {std::string(field), std::string(label) + " must be a real date, like 2026-04-01"});
    return std::nullopt;
  };
  const std::optional<Date> first = read(from, "from", "The start of the period");
  const std::optional<Date> last = read(to, "to", "The end of the period");
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  const Date end = last.value_or(today);
  return GapReportPeriod{.from = first.value_or(end.PlusDays(-365)), .to = end.PlusDays(1)};
}

Result<UnmetNeed> ProvisionGaps::Note(const Actor& actor, NoteUnmetNeedRequest request) {
  if (!IsValidId(request.person_id) || !team_internal::WorksInTeam(actor)) {
    return Fail(team_internal::NotFound("person"));
  }
  const Timestamp now = clock_.Now();
  std::optional<UnmetNeed> noted;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto access =
        RequirePerson(tx, actor, request.person_id, PersonAction::kUpdate, now, "person", refused);
    if (!access) return Fail(access.error());
    std::string neighbourhood_id;
    auto team = tx.GetTeam(actor.team_id);
    if (!team) return Fail(team.error());
    if (*team) neighbourhood_id = (*team)->neighbourhood_id;
    auto n = MakeUnmetNeed({.person_id = request.person_id,
                            .team_id = actor.team_id,
                            .neighbourhood_id = std::move(neighbourhood_id),
                            .need = request.need,
                            .reason = request.reason,
                            .noted_in = request.noted_in,
                            .words = request.words,
                            .offered_wait_days = request.offered_wait_days,
                            .noted_on = request.noted_on.value_or(Date::InLondon(now)),
                            .noted_by_user_id = actor.user_id,
                            .recorded_at = now});
    if (!n) return Fail(n.error());
    n->id = NewId(random_);
    noted = std::move(*n);
    if (auto s = records::Create(
            tx, *noted,
            ChangeBy(actor, now,
                     "Unmet need: " + std::string(directory::NeedDisplayName(noted->need))));
        !s) {
      return s;
    }
    return team_internal::Audit(tx, actor, now, "unmet_need.record", "person", noted->person_id,
                                noted->id);
  });
  if (refused) AuditRefusal(store_, actor, now, request.person_id);
  if (!done) return Fail(done.error());
  return std::move(*noted);
}

Result<UnmetNeed> ProvisionGaps::MarkInError(const Actor& actor, std::string_view id,
                                             long long version, std::string note) {
  if (!IsValidId(id) || !team_internal::WorksInTeam(actor)) return Fail(NoNeed());
  const Timestamp now = clock_.Now();
  std::optional<UnmetNeed> next;
  std::string person_id;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto stored = records::Get<UnmetNeed>(tx, id);
    if (!stored) return Fail(stored.error());
    if (!*stored) return Fail(NoNeed());
    person_id = (*stored)->person_id;
    auto access =
        RequirePerson(tx, actor, person_id, PersonAction::kUpdate, now, "unmet need", refused);
    if (!access) return Fail(access.error());
    if (auto s = StaleVersion((*stored)->version, version); !s) return s;
    auto n = MarkUnmetNeedInError(**stored, std::move(note), actor.user_id, now);
    if (!n) return Fail(n.error());
    next = std::move(*n);
    if (auto s = records::Update(tx, *next, ChangeBy(actor, now, "Recorded in error")); !s) {
      return s;
    }
    return team_internal::Audit(tx, actor, now, "unmet_need.in_error", "person", person_id,
                                next->id);
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  if (!done) return Fail(done.error());
  return std::move(*next);
}

Result<PersonUnmetNeeds> ProvisionGaps::ForPerson(const Actor& actor, std::string_view person_id) {
  if (!IsValidId(person_id) || !team_internal::WorksInTeam(actor)) {
    return Fail(team_internal::NotFound("person"));
  }
  const Timestamp now = clock_.Now();
  PersonUnmetNeeds result;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    result.needs.clear();
    auto access = RequirePerson(tx, actor, person_id, PersonAction::kRead, now, "person", refused);
    if (!access) return Fail(access.error());
    result.person = access->person;
    std::vector<UnmetNeedView>& out = result.needs;
    auto list = records::List<UnmetNeed>(tx, {.kind = RecordKind::kUnmetNeed,
                                              .person_id = std::string(person_id),
                                              .newest_first = true,
                                              .limit = kListLimit});
    if (!list) return Fail(list.error());
    auto places = NeighbourhoodNames(tx);
    if (!places) return Fail(places.error());
    std::map<std::string, std::string> names;
    std::map<std::string, std::string> teams;
    for (UnmetNeed& n : *list) {
      UnmetNeedView& view = out.emplace_back();
      view.noted_by_name = UserName(tx, names, n.noted_by_user_id);
      auto [t, fresh] = teams.try_emplace(n.team_id);
      if (fresh) {
        auto team = tx.GetTeam(n.team_id);
        if (!team) return Fail(team.error());
        if (*team) t->second = (*team)->name;
      }
      view.team_name = t->second;
      if (auto p = places->find(n.neighbourhood_id); p != places->end()) {
        view.neighbourhood_name = p->second;
      }
      view.need = std::move(n);
    }
    return team_internal::Audit(tx, actor, now, "unmet_need.list", "person", person_id);
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  if (!done) return Fail(done.error());
  return result;
}

Result<GapReport> ProvisionGaps::Report(const Actor& actor, const std::optional<std::string>& from,
                                        const std::optional<std::string>& to) {
  if (!RuleFor(actor.role)) return Fail(team_internal::NotFound("report"));
  auto period = ReadGapReportPeriod(from, to, Date::InLondon(clock_.Now()));
  if (!period) return Fail(period.error());
  return Report(actor, period->from, period->to);
}

Result<GapReport> ProvisionGaps::Report(const Actor& actor, Date from, Date to) {
  auto rule = RuleFor(actor.role);
  if (!rule) return Fail(team_internal::NotFound("report"));
  std::vector<FieldError> errors;
  if (!(from < to)) {
    errors.push_back({"to", "The end of the period must be after its start"});
  } else if (Date::DaysBetween(from, to) > kMaxGapReportDays) {
    errors.push_back({"to", "A report covers at most 5 years"});
  }
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  const Timestamp now = clock_.Now();
  GapReport report{.from = from, .to = to, .rule = *rule};
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto needs = records::List<UnmetNeed>(tx, {.kind = RecordKind::kUnmetNeed,
                                               .open_only = true,
                                               .sort_from = from.DayNumber(),
                                               .sort_to = to.DayNumber(),
                                               .limit = kReportLimit,
                                               .with_links = false});
    if (!needs) return Fail(needs.error());
    auto places = NeighbourhoodNames(tx);
    if (!places) return Fail(places.error());
    const GapTable table = CountGaps(*needs, from, to);
    // Every neighbourhood, named in order; then any the table has that the
    // store no longer names, and needs noted by locality-wide teams.
    std::vector<GapReportColumn> columns;
    for (const auto& [id, name] : *places) columns.push_back({id, name});
    std::ranges::sort(columns, {}, &GapReportColumn::name);
    for (const auto& [id, cells] : table.cells) {
      if (std::ranges::none_of(columns, [&](const auto& c) { return c.id == id; })) {
        columns.push_back(
            {id, id.empty() ? "Locality-wide teams" : "Neighbourhood no longer named"});
      }
    }
    const auto show = [&](std::int64_t count) { return DiscloseCount(count, *rule); };
    for (directory::Need need : directory::kAllNeeds) {
      GapReportRow row{.need = need};
      for (const GapReportColumn& c : columns) {
        std::int64_t count = 0;
        if (auto cell = table.cells.find(c.id); cell != table.cells.end()) {
          if (auto n = cell->second.find(need); n != cell->second.end()) count = n->second.people;
        }
        row.by_neighbourhood.push_back(show(count));
      }
      GapCounts total;
      if (auto n = table.by_need.find(need); n != table.by_need.end()) total = n->second;
      row.total = show(total.people);
      for (std::size_t i = 0; i < total.by_reason.size(); ++i) {
        row.by_reason[i] = show(total.by_reason[i]);
      }
      report.rows.push_back(std::move(row));
    }
    report.neighbourhoods = std::move(columns);
    report.people = show(table.people);
    return team_internal::Audit(tx, actor, now, "gaps.report", "report", "gaps",
                                from.ToIso() + " to " + to.ToIso());
  });
  if (!done) return Fail(done.error());
  return report;
}

}  // namespace lw

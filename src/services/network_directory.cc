// NetworkDirectory: the directory's entries, who may change them, review
// and publication, and postcodes.
#include "services/network_directory.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "base/dates.h"
#include "base/ids.h"
#include "domain/directory/validate.h"
#include "domain/people/postcode.h"
#include "services/team_service_internal.h"
#include "storage/records/directory_records.h"

namespace lw {

using directory::DirectoryOrganisation;
using directory::DirectoryService;
using directory::Publication;
using team_internal::ChangeBy;

namespace {

constexpr std::string_view kServiceType = "directory-service";
constexpr std::string_view kOrganisationType = "directory-organisation";
constexpr int kEveryRecord = 1'000'000'000;

Error NoService() { return Error::NotFound("No service found"); }
Error NoOrganisation() { return Error::NotFound("No organisation found"); }

// Whether the actor may change the services of `organisation`.
bool MayChange(const Actor& actor, const DirectoryOrganisation& organisation) {
  if (actor.role == Role::kAdministrator) return true;
  return actor.role == Role::kNetworkPartner && !actor.organisation_id.empty() &&
         organisation.partner_organisation_id == actor.organisation_id;
}

// Ids come from URLs and forms: anything not a UUID cannot name an entry.
// Upper case is accepted and read in lower case, as it is stored.
std::string IdFrom(std::string_view text) {
  std::string id(text);
  std::ranges::transform(id, id.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return id;
}

Status StaleVersion(std::string_view what, long long stored, long long based_on) {
  if (stored == based_on) return Ok();
  return Fail(Error::Conflict(
      "The " + std::string(what) + " was changed by someone else (now version " +
          std::to_string(stored) + ", this change was based on " + std::to_string(based_on) + ")",
      stored));
}

Status BasedOn(long long based_on) {
  if (based_on >= 1) return Ok();
  return Fail(Error::Invalid("There is a problem", {{"based_on", "Not a version"}}));
}

// Checked today by `actor`: what MarkChecked and a new entry record.
directory::Checked CheckedBy(const Actor& actor, Timestamp now) {
  directory::Checked c{.on = Date::InLondon(now),
                       .by_user_id = actor.user_id,
                       .by_name = actor.display_name.empty() ? actor.username : actor.display_name};
  if (!actor.organisation_name.empty()) c.by_name += " (" + actor.organisation_name + ")";
  return c;
}

Status NotAfterToday(const directory::Checked& checked, Date today) {
  if (!checked.on || *checked.on <= today) return Ok();
  return Fail(Error::Invalid("There is a problem",
                             {{"checked.on", "The date it was checked must be today or earlier"}}));
}

Result<std::map<std::string, DirectoryOrganisation, std::less<>>> AllOrganisations(StoreTx& tx) {
  auto list = records::List<DirectoryOrganisation>(tx, {.limit = kEveryRecord});
  if (!list) return Fail(list.error());
  std::map<std::string, DirectoryOrganisation, std::less<>> out;
  for (DirectoryOrganisation& o : *list) {
    std::string id = o.id;
    out.emplace(std::move(id), std::move(o));
  }
  return out;
}

// The latest published version of a service whose current version awaits
// review; nullopt when it was never published.
Result<std::optional<DirectoryService>> LatestPublished(StoreTx& tx, std::string_view id) {
  auto history = records::History<DirectoryService>(tx, id);
  if (!history) return Fail(history.error());
  std::optional<DirectoryService> best;
  for (records::Versioned<DirectoryService>& v : *history) {
    if (v.value.publication != Publication::kPublished) continue;
    if (!best || v.value.version > best->version) best = std::move(v.value);
  }
  return best;
}

struct Loaded {
  DirectoryService current;
  DirectoryOrganisation organisation;
};

// The service and its organisation; kNotFound when either is missing.
Result<Loaded> LoadService(StoreTx& tx, std::string_view id) {
  auto service = records::Get<DirectoryService>(tx, id);
  if (!service) return Fail(service.error());
  if (!*service) return Fail(NoService());
  auto organisation = records::Get<DirectoryOrganisation>(tx, (*service)->organisation_id);
  if (!organisation) return Fail(organisation.error());
  if (!*organisation) {
    return Fail(ErrorCode::kInternal, "directory service '" + std::string(id) +
                                          "' names organisation '" + (*service)->organisation_id +
                                          "', which is not stored");
  }
  return Loaded{.current = std::move(**service), .organisation = std::move(**organisation)};
}

void SortEntries(std::vector<DirectoryEntry>& entries) {
  std::ranges::sort(entries, [](const DirectoryEntry& a, const DirectoryEntry& b) {
    return std::tie(a.service.name, a.service.id) < std::tie(b.service.name, b.service.id);
  });
}

}  // namespace

std::unexpected<Error> NetworkDirectory::Refused(const Actor& actor, std::string_view type,
                                                 std::string_view id) {
  const Timestamp now = clock_.Now();
  // Best effort: the refusal stands whether or not it could be recorded.
  (void)store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    return team_internal::Audit(tx, actor, now, "directory.access_refused", type, id);
  });
  return Fail(type == kServiceType ? NoService() : NoOrganisation());
}

Result<std::vector<DirectoryEntry>> NetworkDirectory::ListServices(const Actor& /*actor*/) {
  std::vector<DirectoryEntry> out;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    out.clear();
    auto organisations = AllOrganisations(tx);
    if (!organisations) return Fail(organisations.error());
    auto services = records::List<DirectoryService>(tx, {.limit = kEveryRecord});
    if (!services) return Fail(services.error());
    out.reserve(services->size());
    for (DirectoryService& s : *services) {
      if (s.publication != Publication::kPublished) {
        auto published = LatestPublished(tx, s.id);
        if (!published) return Fail(published.error());
        if (!*published) continue;
        s = std::move(**published);
      }
      auto o = organisations->find(s.organisation_id);
      out.push_back(DirectoryEntry{
          .service = std::move(s),
          .organisation_name = o != organisations->end() ? o->second.name : std::string()});
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  SortEntries(out);
  return out;
}

Result<std::vector<DirectoryEntry>> NetworkDirectory::ListAwaitingReview(const Actor& actor) {
  std::vector<DirectoryEntry> out;
  if (actor.role != Role::kAdministrator) return out;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    out.clear();
    auto organisations = AllOrganisations(tx);
    if (!organisations) return Fail(organisations.error());
    auto services = records::List<DirectoryService>(tx, {.limit = kEveryRecord});
    if (!services) return Fail(services.error());
    for (DirectoryService& s : *services) {
      if (s.publication == Publication::kPublished) continue;
      auto o = organisations->find(s.organisation_id);
      out.push_back(DirectoryEntry{
          .service = std::move(s),
          .organisation_name = o != organisations->end() ? o->second.name : std::string()});
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  SortEntries(out);
  return out;
}

Result<DirectoryServiceView> NetworkDirectory::GetService(const Actor& actor,
                                                          std::string_view id_text) {
  const std::string id = IdFrom(id_text);
  if (!IsValidUuid(id)) return Fail(NoService());
  const Date today = Date::InLondon(clock_.Now());
  DirectoryServiceView view;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto loaded = LoadService(tx, id);
    if (!loaded) return Fail(loaded.error());
    const bool may_change = MayChange(actor, loaded->organisation);
    view = DirectoryServiceView{.organisation = std::move(loaded->organisation)};
    view.pending = loaded->current.publication != Publication::kPublished;
    if (view.pending && !may_change) {
      auto published = LatestPublished(tx, id);
      if (!published) return Fail(published.error());
      if (!*published) return Fail(NoService());
      view.service = std::move(**published);
      view.pending = false;  // not theirs to know
    } else {
      view.service = std::move(loaded->current);
    }
    view.may_change = may_change;
    view.may_publish = actor.role == Role::kAdministrator && view.pending;
    view.stale = directory::IsStale(view.service.checked, today, settings_.stale_after_days);
    return Ok();
  });
  if (!done) return Fail(done.error());
  return view;
}

Result<std::vector<DirectoryServiceVersion>> NetworkDirectory::History(const Actor& actor,
                                                                       std::string_view id_text) {
  const std::string id = IdFrom(id_text);
  if (!IsValidUuid(id)) return Fail(NoService());
  std::vector<DirectoryServiceVersion> out;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    out.clear();
    auto loaded = LoadService(tx, id);
    if (!loaded) return Fail(loaded.error());
    const bool sees_current = MayChange(actor, loaded->organisation);
    auto history = records::History<DirectoryService>(tx, id);
    if (!history) return Fail(history.error());
    for (records::Versioned<DirectoryService>& v : *history) {
      if (!sees_current && v.value.publication != Publication::kPublished) continue;
      out.push_back({.service = std::move(v.value), .change = std::move(v.change)});
    }
    if (out.empty()) return Fail(NoService());
    return Ok();
  });
  if (!done) return Fail(done.error());
  std::ranges::sort(out, std::greater<>(),
                    [](const DirectoryServiceVersion& v) { return v.service.version; });
  return out;
}

Result<std::vector<DirectoryOrganisation>> NetworkDirectory::ListOrganisations(
    const Actor& /*actor*/) {
  std::vector<DirectoryOrganisation> out;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto list = records::List<DirectoryOrganisation>(tx, {.limit = kEveryRecord});
    if (!list) return Fail(list.error());
    out = std::move(*list);
    return Ok();
  });
  if (!done) return Fail(done.error());
  std::ranges::sort(out, [](const DirectoryOrganisation& a, const DirectoryOrganisation& b) {
    return std::tie(a.name, a.id) < std::tie(b.name, b.id);
  });
  return out;
}

Result<DirectoryOrganisation> NetworkDirectory::GetOrganisation(const Actor& /*actor*/,
                                                                std::string_view id_text) {
  const std::string id = IdFrom(id_text);
  if (!IsValidUuid(id)) return Fail(NoOrganisation());
  DirectoryOrganisation out;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto o = records::Get<DirectoryOrganisation>(tx, id);
    if (!o) return Fail(o.error());
    if (!*o) return Fail(NoOrganisation());
    out = std::move(**o);
    return Ok();
  });
  if (!done) return Fail(done.error());
  return out;
}

Result<DirectoryOrganisation> NetworkDirectory::CreateOrganisation(const Actor& actor,
                                                                   DirectoryOrganisation o) {
  if (actor.role != Role::kAdministrator) return Refused(actor, kOrganisationType, o.id);
  if (o.id.empty()) o.id = NewUuid(random_);
  directory::NormaliseOrganisation(o);
  o.version = 1;
  if (auto v = directory::ValidateOrganisation(o); !v) return Fail(v.error());
  const Timestamp now = clock_.Now();
  if (auto v = NotAfterToday(o.checked, Date::InLondon(now)); !v) return Fail(v.error());
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    if (auto s = records::Create(tx, o, ChangeBy(actor, now, "Organisation added")); !s) return s;
    return team_internal::Audit(tx, actor, now, "directory.organisation.create", kOrganisationType,
                                o.id, "version 1");
  });
  if (!done) return Fail(done.error());
  Changed();
  return o;
}

Result<DirectoryOrganisation> NetworkDirectory::UpdateOrganisation(const Actor& actor,
                                                                   DirectoryOrganisation o,
                                                                   long long based_on) {
  directory::NormaliseOrganisation(o);
  if (actor.role != Role::kAdministrator) return Refused(actor, kOrganisationType, o.id);
  if (!IsValidUuid(o.id)) return Fail(NoOrganisation());
  if (auto b = BasedOn(based_on); !b) return Fail(b.error());
  o.version = based_on + 1;
  if (auto v = directory::ValidateOrganisation(o); !v) return Fail(v.error());
  const Timestamp now = clock_.Now();
  if (auto v = NotAfterToday(o.checked, Date::InLondon(now)); !v) return Fail(v.error());
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto current = records::Get<DirectoryOrganisation>(tx, o.id);
    if (!current) return Fail(current.error());
    if (!*current) return Fail(NoOrganisation());
    if (auto s = StaleVersion("organisation", (*current)->version, based_on); !s) return s;
    if (auto s = records::Update(tx, o, ChangeBy(actor, now, "Organisation changed")); !s) {
      return s;
    }
    return team_internal::Audit(tx, actor, now, "directory.organisation.update", kOrganisationType,
                                o.id, "version " + std::to_string(o.version));
  });
  if (!done) return Fail(done.error());
  Changed();
  return o;
}

Result<DirectoryService> NetworkDirectory::CreateService(const Actor& actor, DirectoryService s) {
  if (actor.role != Role::kAdministrator && actor.role != Role::kNetworkPartner) {
    return Refused(actor, kServiceType, s.id);
  }
  if (s.id.empty()) s.id = NewUuid(random_);
  directory::NormaliseService(s);
  const Timestamp now = clock_.Now();
  s.version = 1;
  s.updated_at = now;
  // Who checked it is never taken from the caller: whoever adds it has.
  s.checked = CheckedBy(actor, now);
  s.publication = actor.role == Role::kNetworkPartner && settings_.review_partner_changes
                      ? Publication::kAwaitingReview
                      : Publication::kPublished;
  if (auto v = directory::ValidateService(s); !v) return Fail(v.error());
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto organisation = records::Get<DirectoryOrganisation>(tx, s.organisation_id);
    if (!organisation) return Fail(organisation.error());
    if (!*organisation) {
      return Fail(Error::Invalid("There is a problem",
                                 {{"organisation_id", "Choose an organisation in the directory"}}));
    }
    if (!MayChange(actor, **organisation)) {
      refused = true;
      return Fail(NoService());
    }
    if (auto st = records::Create(tx, s, ChangeBy(actor, now, "Service added")); !st) return st;
    return team_internal::Audit(tx, actor, now, "directory.service.create", kServiceType, s.id,
                                std::string(directory::PublicationKey(s.publication)));
  });
  if (refused) return Refused(actor, kServiceType, s.id);
  if (!done) return Fail(done.error());
  Changed();
  return s;
}

Result<DirectoryService> NetworkDirectory::UpdateService(const Actor& actor, DirectoryService s,
                                                         long long based_on) {
  directory::NormaliseService(s);
  if (!IsValidUuid(s.id)) return Fail(NoService());
  if (actor.role != Role::kAdministrator && actor.role != Role::kNetworkPartner) {
    return Refused(actor, kServiceType, s.id);
  }
  if (auto b = BasedOn(based_on); !b) return Fail(b.error());
  const Timestamp now = clock_.Now();
  s.version = based_on + 1;
  s.updated_at = now;
  s.publication = actor.role == Role::kNetworkPartner && settings_.review_partner_changes
                      ? Publication::kAwaitingReview
                      : Publication::kPublished;
  if (auto v = directory::ValidateService(s); !v) return Fail(v.error());
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto loaded = LoadService(tx, s.id);
    if (!loaded) return Fail(loaded.error());
    if (!MayChange(actor, loaded->organisation)) {
      refused = true;
      return Fail(NoService());
    }
    if (s.organisation_id != loaded->current.organisation_id) {
      // Moving a service: the actor must be able to change the new
      // organisation's services too.
      auto moved_to = records::Get<DirectoryOrganisation>(tx, s.organisation_id);
      if (!moved_to) return Fail(moved_to.error());
      if (!*moved_to || !MayChange(actor, **moved_to)) {
        return Fail(Error::Invalid(
            "There is a problem",
            {{"organisation_id", "Choose an organisation in the directory that you look after"}}));
      }
    }
    if (auto st = StaleVersion("service", loaded->current.version, based_on); !st) return st;
    // Who checked it is never taken from the caller: only MarkChecked
    // changes it.
    s.checked = loaded->current.checked;
    if (auto st = records::Update(tx, s, ChangeBy(actor, now, "Service changed")); !st) return st;
    return team_internal::Audit(tx, actor, now, "directory.service.update", kServiceType, s.id,
                                "version " + std::to_string(s.version) + ", " +
                                    std::string(directory::PublicationKey(s.publication)));
  });
  if (refused) return Refused(actor, kServiceType, s.id);
  if (!done) return Fail(done.error());
  Changed();
  return s;
}

Result<DirectoryService> NetworkDirectory::MarkChecked(const Actor& actor, std::string_view id_text,
                                                       long long based_on) {
  const std::string id = IdFrom(id_text);
  if (!IsValidUuid(id)) return Fail(NoService());
  if (auto b = BasedOn(based_on); !b) return Fail(b.error());
  const Timestamp now = clock_.Now();
  DirectoryService next;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto loaded = LoadService(tx, id);
    if (!loaded) return Fail(loaded.error());
    if (!MayChange(actor, loaded->organisation)) {
      refused = true;
      return Fail(NoService());
    }
    if (auto st = StaleVersion("service", loaded->current.version, based_on); !st) return st;
    next = std::move(loaded->current);
    next.version = based_on + 1;
    next.updated_at = now;
    next.checked = CheckedBy(actor, now);
    if (auto st = records::Update(tx, next, ChangeBy(actor, now, "Checked")); !st) return st;
    return team_internal::Audit(tx, actor, now, "directory.service.check", kServiceType, id,
                                "version " + std::to_string(next.version));
  });
  if (refused) return Refused(actor, kServiceType, id);
  if (!done) return Fail(done.error());
  Changed();
  return next;
}

Result<DirectoryService> NetworkDirectory::Publish(const Actor& actor, std::string_view id_text,
                                                   long long based_on) {
  const std::string id = IdFrom(id_text);
  if (!IsValidUuid(id)) return Fail(NoService());
  if (actor.role != Role::kAdministrator) return Refused(actor, kServiceType, id);
  if (auto b = BasedOn(based_on); !b) return Fail(b.error());
  const Timestamp now = clock_.Now();
  DirectoryService next;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto loaded = LoadService(tx, id);
    if (!loaded) return Fail(loaded.error());
    if (auto st = StaleVersion("service", loaded->current.version, based_on); !st) return st;
    if (loaded->current.publication == Publication::kPublished) {
      return Fail(ErrorCode::kFailedPrecondition, "This service is already published");
    }
    next = std::move(loaded->current);
    next.version = based_on + 1;
    next.updated_at = now;
    next.publication = Publication::kPublished;
    if (auto st = records::Update(tx, next, ChangeBy(actor, now, "Published")); !st) return st;
    return team_internal::Audit(tx, actor, now, "directory.service.publish", kServiceType, id,
                                "version " + std::to_string(next.version));
  });
  if (!done) return Fail(done.error());
  Changed();
  return next;
}

namespace {

// `value` with its version and time of change set aside, to tell whether an
// imported entry changes anything.
DirectoryService Comparable(DirectoryService s) {
  s.version = 0;
  s.updated_at = Timestamp{};
  return s;
}
DirectoryOrganisation Comparable(DirectoryOrganisation o) {
  o.version = 0;
  return o;
}

void Prefixed(const Status& s, const std::string& prefix, std::vector<FieldError>& errors) {
  if (s) return;
  for (const FieldError& f : s.error().field_errors)
    errors.push_back({prefix + f.field, f.message});
}

}  // namespace

Result<DirectoryImportResult> NetworkDirectory::ImportEntries(
    const Actor& actor, std::vector<DirectoryOrganisation> organisations,
    std::vector<DirectoryService> services, std::string_view source) {
  if (actor.role != Role::kAdministrator) return Refused(actor, kOrganisationType, "");
  const Timestamp now = clock_.Now();
  const Date today = Date::InLondon(now);
  std::vector<FieldError> errors;
  std::set<std::string, std::less<>> organisation_ids;
  for (std::size_t i = 0; i < organisations.size(); ++i) {
    DirectoryOrganisation& o = organisations[i];
    if (o.id.empty()) o.id = NewUuid(random_);
    directory::NormaliseOrganisation(o);
    const std::string prefix = "organisations[" + std::to_string(i) + "].";
    Prefixed(directory::ValidateOrganisation(o), prefix, errors);
    Prefixed(NotAfterToday(o.checked, today), prefix, errors);
    if (!organisation_ids.insert(o.id).second) {
      errors.push_back({prefix + "id", "The organisation " + o.id + " is in the file twice"});
    }
  }
  std::set<std::string, std::less<>> service_ids;
  for (std::size_t i = 0; i < services.size(); ++i) {
    DirectoryService& s = services[i];
    if (s.id.empty()) s.id = NewUuid(random_);
    directory::NormaliseService(s);
    s.publication = Publication::kPublished;
    s.updated_at = now;
    const std::string prefix = "services[" + std::to_string(i) + "].";
    Prefixed(directory::ValidateService(s), prefix, errors);
    Prefixed(NotAfterToday(s.checked, today), prefix, errors);
    if (!service_ids.insert(s.id).second) {
      errors.push_back({prefix + "id", "The service " + s.id + " is in the file twice"});
    }
  }
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));

  const std::string reason = source.empty() ? std::string("Imported") : std::string(source);
  DirectoryImportResult result;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    result = {};
    for (DirectoryOrganisation o : organisations) {
      auto current = records::Get<DirectoryOrganisation>(tx, o.id);
      if (!current) return Fail(current.error());
      if (*current && Comparable(**current) == Comparable(o)) {
        ++result.unchanged;
        continue;
      }
      o.version = *current ? (*current)->version + 1 : 1;
      const ChangeMeta change = ChangeBy(actor, now, reason);
      if (auto st = *current ? records::Update(tx, o, change) : records::Create(tx, o, change);
          !st) {
        return st;
      }
      ++(*current ? result.organisations_updated : result.organisations_created);
      if (auto st = team_internal::Audit(
              tx, actor, now,
              *current ? "directory.organisation.update" : "directory.organisation.create",
              kOrganisationType, o.id, reason);
          !st) {
        return st;
      }
    }
    for (std::size_t i = 0; i < services.size(); ++i) {
      DirectoryService s = services[i];
      if (!organisation_ids.contains(s.organisation_id)) {
        auto o = records::Get<DirectoryOrganisation>(tx, s.organisation_id);
        if (!o) return Fail(o.error());
        if (!*o) {
          return Fail(Error::Invalid(
              "There is a problem",
              {{"services[" + std::to_string(i) + "].organisation_id",
                "The organisation " + s.organisation_id + " is neither in the file nor stored"}}));
        }
      }
      auto current = records::Get<DirectoryService>(tx, s.id);
      if (!current) return Fail(current.error());
      if (*current && Comparable(**current) == Comparable(s)) {
        ++result.unchanged;
        continue;
      }
      s.version = *current ? (*current)->version + 1 : 1;
      const ChangeMeta change = ChangeBy(actor, now, reason);
      if (auto st = *current ? records::Update(tx, s, change) : records::Create(tx, s, change);
          !st) {
        return st;
      }
      ++(*current ? result.services_updated : result.services_created);
      if (auto st = team_internal::Audit(
              tx, actor, now, *current ? "directory.service.update" : "directory.service.create",
              kServiceType, s.id, reason);
          !st) {
        return st;
      }
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  if (result.organisations_created + result.organisations_updated + result.services_created +
          result.services_updated >
      0) {
    Changed();
  }
  return result;
}

Result<PostcodePoint> NetworkDirectory::LocatePostcode(std::string_view text) {
  auto postcode = ParsePostcode(text);
  if (!postcode) {
    return Fail(Error::Invalid("There is a problem",
                               {{"postcode", "Enter a real postcode, like SK14 2QR"}}));
  }
  std::optional<PostcodePoint> point;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto found = tx.FindPostcode(*postcode);
    if (!found) return Fail(found.error());
    point = std::move(*found);
    return Ok();
  });
  if (!done) return Fail(done.error());
  if (!point) return Fail(Error::NotFound("We do not know the postcode " + *postcode));
  return *point;
}

// ---- For the pages where partners keep their entries current ------------

Result<std::vector<DirectoryOrganisation>> NetworkDirectory::ChangeableOrganisations(
    const Actor& actor) {
  std::vector<DirectoryOrganisation> out;
  if (actor.role != Role::kAdministrator && actor.role != Role::kNetworkPartner) return out;
  auto all = ListOrganisations(actor);
  if (!all) return Fail(all.error());
  for (DirectoryOrganisation& o : *all) {
    if (MayChange(actor, o)) out.push_back(std::move(o));
  }
  return out;
}

Result<std::vector<DirectoryServiceView>> NetworkDirectory::PartnerServices(const Actor& actor) {
  std::vector<DirectoryServiceView> out;
  if (actor.role != Role::kNetworkPartner) return out;
  const Date today = Date::InLondon(clock_.Now());
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    out.clear();
    auto organisations = AllOrganisations(tx);
    if (!organisations) return Fail(organisations.error());
    auto services = records::List<DirectoryService>(tx, {.limit = kEveryRecord});
    if (!services) return Fail(services.error());
    for (DirectoryService& s : *services) {
      auto o = organisations->find(s.organisation_id);
      if (o == organisations->end() || !MayChange(actor, o->second)) continue;
      DirectoryServiceView view{.organisation = o->second};
      view.pending = s.publication != Publication::kPublished;
      view.may_change = true;
      view.stale = directory::IsStale(s.checked, today, settings_.stale_after_days);
      view.service = std::move(s);
      out.push_back(std::move(view));
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  std::ranges::sort(out, [](const DirectoryServiceView& a, const DirectoryServiceView& b) {
    return std::tie(a.service.name, a.service.id) < std::tie(b.service.name, b.service.id);
  });
  return out;
}

Result<std::vector<DirectoryServiceChange>> NetworkDirectory::HistoryWithNames(
    const Actor& actor, std::string_view id) {
  auto history = History(actor, id);
  if (!history) return Fail(history.error());
  std::vector<DirectoryServiceChange> out;
  out.reserve(history->size());
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    out.clear();
    std::map<std::string, std::string, std::less<>> names;
    for (DirectoryServiceVersion& v : *history) {
      const std::string by = v.change.changed_by;
      auto known = names.find(by);
      if (known == names.end()) {
        std::string name;
        auto user = by.empty() ? Result<std::optional<User>>(std::nullopt) : tx.GetUser(by);
        if (!user) return Fail(user.error());
        if (*user) {
          name = (*user)->display_name.empty() ? (*user)->username : (*user)->display_name;
          if (!(*user)->organisation_id.empty()) {
            auto organisation = tx.GetOrganisation((*user)->organisation_id);
            if (!organisation) return Fail(organisation.error());
            if (*organisation) name += " (" + (*organisation)->name + ")";
          }
        }
        known = names.emplace(by, std::move(name)).first;
      }
      out.push_back({.version = v, .changed_by_name = known->second});
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  return out;
}

std::string NetworkDirectory::NewPlaceId() { return NewUuid(random_); }

}  // namespace lw

#include "services/staffing_service.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "base/ids.h"
#include "services/team_service_internal.h"
#include "storage/records/team_records.h"

namespace lw {

namespace {

using team_internal::Audit;
using team_internal::ChangeBy;

constexpr std::string_view kType = "staff_post";
constexpr int kMaxPosts = 10000;

// What the actor may see of staffing.
enum class Sight : std::uint8_t {
  kNone,    // nothing: not found
  kCounts,  // the check without names (commissioners)
  kFull,    // every post and name, and changes (team leads, administrators)
};

Sight SightOf(const Actor& actor) {
  switch (actor.role) {
    case Role::kTeamLead:
    case Role::kAdministrator:
      return Sight::kFull;
    case Role::kCommissioner:
      return Sight::kCounts;
    default:
      return Sight::kNone;
  }
}

// Who may read the locality's organisations and teams: everyone but
// network partners.
constexpr RoleSet kReferenceReaders = {Role::kFrontDoor, Role::kPractitioner,  Role::kPeerWorker,
                                       Role::kTeamLead,  Role::kAdministrator, Role::kCommissioner};

// Who may hold a post: anyone but network partners and commissioners,
// who work outside the Living Well team.
bool MayHoldPost(const User& user) {
  return user.active && user.role != Role::kNetworkPartner && user.role != Role::kCommissioner;
}

Error NoPost() { return Error::NotFound("No staff post found"); }
Error NoStaffing() { return Error::NotFound("No staffing found"); }

template <typename T>
void ByName(std::vector<T>& items) {
  std::ranges::sort(items, [](const T& a, const T& b) {
    return std::tie(a.name, a.id) < std::tie(b.name, b.id);
  });
}

// Everything a post names, read in one transaction, for resolving names
// and checking that what a post names exists.
struct Directory {
  std::map<std::string, User, std::less<>> users;
  std::map<std::string, Organisation, std::less<>> organisations;
  std::map<std::string, Team, std::less<>> teams;
  std::vector<Neighbourhood> neighbourhoods;  // by name

  static Result<Directory> Load(StoreTx& tx) {
    Directory d;
    auto users = tx.ListUsers();
    if (!users) return Fail(users.error());
    for (User& u : *users) {
      u.password_hash.clear();
      d.users.emplace(u.id, std::move(u));
    }
    auto orgs = tx.ListOrganisations();
    if (!orgs) return Fail(orgs.error());
    for (Organisation& o : *orgs) d.organisations.emplace(o.id, std::move(o));
    auto teams = tx.ListTeams();
    if (!teams) return Fail(teams.error());
    for (Team& t : *teams) d.teams.emplace(t.id, std::move(t));
    auto localities = tx.ListLocalities();
    if (!localities) return Fail(localities.error());
    for (const Locality& l : *localities) {
      auto n = tx.ListNeighbourhoods(l.id);
      if (!n) return Fail(n.error());
      d.neighbourhoods.insert(d.neighbourhoods.end(), n->begin(), n->end());
    }
    ByName(d.neighbourhoods);
    return d;
  }

  const Neighbourhood* FindNeighbourhood(std::string_view id) const {
    auto it = std::ranges::find(neighbourhoods, id, &Neighbourhood::id);
    return it == neighbourhoods.end() ? nullptr : &*it;
  }

  std::string UserName(std::string_view id) const {
    auto it = users.find(id);
    return it == users.end() ? std::string() : it->second.display_name;
  }

  StaffPostView View(StaffPost post, const RoleNames& roles) const {
    StaffPostView v;
    v.user_name = UserName(post.user_id);
    if (auto o = organisations.find(post.organisation_id); o != organisations.end()) {
      v.organisation_name = o->second.name;
    }
    if (auto t = teams.find(post.team_id); t != teams.end()) v.team_name = t->second.name;
    if (const Neighbourhood* n = FindNeighbourhood(post.neighbourhood_id)) {
      v.neighbourhood_name = n->name;
    }
    v.profession_title = ProfessionTitle(roles, post.profession);
    v.post = std::move(post);
    return v;
  }

  // Checks what `post` names and fills in what the store decides: the
  // employer's kind, and the neighbourhood from the input's choice.
  Status Resolve(StaffPost& post) const {
    std::vector<FieldError> errors;
    if (auto valid = ValidateStaffPost(post); !valid) errors = valid.error().field_errors;
    if (!post.user_id.empty()) {
      auto u = users.find(post.user_id);
      if (u == users.end() || !MayHoldPost(u->second)) {
        errors.push_back({"user_id", "Choose a member of staff from the list"});
      }
    }
    if (!post.organisation_id.empty()) {
      auto o = organisations.find(post.organisation_id);
      if (o == organisations.end()) {
        errors.push_back({"organisation_id", "Choose an organisation from the list"});
      } else {
        post.organisation_kind = o->second.kind;
      }
    }
    const Team* team = nullptr;
    if (!post.team_id.empty()) {
      auto t = teams.find(post.team_id);
      if (t == teams.end()) {
        errors.push_back({"team_id", "Choose a team from the list"});
      } else {
        team = &t->second;
      }
    }
    if (post.neighbourhood_id.empty()) {
      if (team != nullptr) post.neighbourhood_id = team->neighbourhood_id;
    } else if (post.neighbourhood_id == kLocalityWide) {
      post.neighbourhood_id.clear();
    } else if (FindNeighbourhood(post.neighbourhood_id) == nullptr) {
      errors.push_back(
          {"neighbourhood_id", "Choose a neighbourhood, or the whole locality, from the list"});
    }
    if (errors.empty()) return Ok();
    // The order the form asks, so the error summary reads top to bottom.
    static constexpr std::string_view kOrder[] = {"user_id", "organisation_id", "team_id",
                                                  "neighbourhood_id", "hours_per_week"};
    std::ranges::stable_sort(errors, {}, [](const FieldError& e) {
      return std::ranges::find(kOrder, e.field) - std::begin(kOrder);
    });
    return Fail(Error::Invalid("There is a problem with the staff post", std::move(errors)));
  }
};

// Current first; then by neighbourhood (locality-wide last), title, holder.
void SortForDisplay(std::vector<StaffPostView>& posts) {
  auto key = [](const StaffPostView& v) {
    return std::make_tuple(!v.post.current, v.neighbourhood_name.empty(),
                           std::cref(v.neighbourhood_name), std::cref(v.profession_title),
                           std::cref(v.user_name), std::cref(v.post.id));
  };
  std::ranges::sort(
      posts, [&](const StaffPostView& a, const StaffPostView& b) { return key(a) < key(b); });
}

Status StaleVersion(long long stored, long long based_on) {
  if (stored == based_on) return Ok();
  return Fail(Error::Conflict("The post was changed by someone else (now version " +
                                  std::to_string(stored) + ", this change was based on " +
                                  std::to_string(based_on) + ")",
                              stored));
}

// A refused attempt on a post that exists, in its own transaction.
void AuditRefusal(Store& store, const Actor& actor, Timestamp now, std::string_view id) {
  (void)store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    return Audit(tx, actor, now, "staff_post.access_refused", kType, id);
  });
}

// In `tx`: kNotFound unless the actor may see posts; `refused` is set when
// the post they named exists.
Status RequireFullSight(StoreTx& tx, const Actor& actor, std::string_view id, bool& refused) {
  if (SightOf(actor) == Sight::kFull) return Ok();
  auto post = tx.GetRecord(RecordKind::kStaffPost, id);
  if (!post) return Fail(post.error());
  refused = post->has_value();
  return Fail(NoPost());
}

}  // namespace

std::string ProfessionTitle(const RoleNames& names, Profession profession) {
  const std::string_view standard = ProfessionDisplayName(profession);
  const std::string_view local = names.TitleFor(profession);
  if (local == standard) return std::string(standard);
  return std::string(local) + " (" + std::string(standard) + ")";
}

std::string_view NeighbourhoodChoiceOf(const StaffPost& post) {
  return post.neighbourhood_id.empty() ? kLocalityWide : std::string_view(post.neighbourhood_id);
}

StaffingService::StaffingService(Store& store, const Clock& clock, Random& random,
                                 StaffingSettings settings)
    : store_(store), clock_(clock), random_(random), settings_(std::move(settings)) {}

Result<StaffingOverview> StaffingService::Overview(const Actor& actor) {
  StaffingOverview out;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    out = {};
    const Sight sight = SightOf(actor);
    if (sight == Sight::kNone) return Fail(NoStaffing());
    auto directory = Directory::Load(tx);
    if (!directory) return Fail(directory.error());
    auto posts = records::List<StaffPost>(tx, {.open_only = true, .limit = kMaxPosts});
    if (!posts) return Fail(posts.error());
    out.neighbourhoods = directory->neighbourhoods;
    out.check = CheckLocality(*posts, out.neighbourhoods);
    out.shows_staff = sight == Sight::kFull;
    out.may_change = sight == Sight::kFull;
    if (!out.shows_staff) {
      for (ClauseCheck& c : out.check.clauses) c.user_ids.clear();
      for (NeighbourhoodStaffingCheck& n : out.check.neighbourhoods) {
        for (ClauseCheck& c : n.clauses) c.user_ids.clear();
      }
      return Ok();
    }
    for (StaffPost& p : *posts) {
      out.user_names.emplace(p.user_id, directory->UserName(p.user_id));
      out.posts.push_back(directory->View(std::move(p), settings_.role_names));
    }
    SortForDisplay(out.posts);
    return Ok();
  });
  if (!done) return Fail(done.error());
  return out;
}

Result<StaffingChoices> StaffingService::Choices(const Actor& actor) {
  StaffingChoices out;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    out = {};
    if (SightOf(actor) != Sight::kFull) return Fail(NoStaffing());
    auto directory = Directory::Load(tx);
    if (!directory) return Fail(directory.error());
    for (auto& [id, u] : directory->users) {
      if (MayHoldPost(u)) out.users.push_back(std::move(u));
    }
    std::ranges::sort(out.users, [](const User& a, const User& b) {
      return std::tie(a.display_name, a.id) < std::tie(b.display_name, b.id);
    });
    for (auto& [id, o] : directory->organisations) out.organisations.push_back(std::move(o));
    ByName(out.organisations);
    for (auto& [id, t] : directory->teams) out.teams.push_back(std::move(t));
    ByName(out.teams);
    out.neighbourhoods = std::move(directory->neighbourhoods);
    return Ok();
  });
  if (!done) return Fail(done.error());
  return out;
}

Result<std::vector<StaffPostView>> StaffingService::ListPosts(const Actor& actor) {
  std::vector<StaffPostView> out;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    out.clear();
    if (SightOf(actor) != Sight::kFull) return Fail(NoPost());
    auto directory = Directory::Load(tx);
    if (!directory) return Fail(directory.error());
    auto posts = records::List<StaffPost>(tx, {.limit = kMaxPosts});
    if (!posts) return Fail(posts.error());
    for (StaffPost& p : *posts) out.push_back(directory->View(std::move(p), settings_.role_names));
    return Ok();
  });
  if (!done) return Fail(done.error());
  SortForDisplay(out);
  return out;
}

Result<StaffPostView> StaffingService::GetPost(const Actor& actor, std::string_view id) {
  if (!IsValidId(id)) return Fail(NoPost());
  std::optional<StaffPostView> out;
  bool refused = false;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    out.reset();
    refused = false;
    if (auto s = RequireFullSight(tx, actor, id, refused); !s) return s;
    auto post = records::Get<StaffPost>(tx, id);
    if (!post) return Fail(post.error());
    if (!*post) return Fail(NoPost());
    auto directory = Directory::Load(tx);
    if (!directory) return Fail(directory.error());
    out = directory->View(std::move(**post), settings_.role_names);
    return Ok();
  });
  if (refused) AuditRefusal(store_, actor, clock_.Now(), id);
  if (!done) return Fail(done.error());
  return std::move(*out);
}

Result<StaffPostView> StaffingService::AddPost(const Actor& actor, StaffPost post) {
  const Timestamp now = clock_.Now();
  post.id = NewId(random_);
  post.version = 1;
  post.current = true;
  std::optional<StaffPostView> out;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    out.reset();
    if (SightOf(actor) != Sight::kFull) return Fail(NoStaffing());
    auto directory = Directory::Load(tx);
    if (!directory) return Fail(directory.error());
    StaffPost added = post;
    if (auto s = directory->Resolve(added); !s) return s;
    if (auto s = records::Create(tx, added, ChangeBy(actor, now, "Added the post")); !s) return s;
    if (auto s = Audit(tx, actor, now, "staff_post.add", kType, added.id); !s) return s;
    out = directory->View(std::move(added), settings_.role_names);
    return Ok();
  });
  if (!done) return Fail(done.error());
  return std::move(*out);
}

Result<StaffPostView> StaffingService::UpdatePost(const Actor& actor, StaffPost post) {
  if (!IsValidId(post.id)) return Fail(NoPost());
  const Timestamp now = clock_.Now();
  std::optional<StaffPostView> out;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    out.reset();
    refused = false;
    if (auto s = RequireFullSight(tx, actor, post.id, refused); !s) return s;
    auto stored = records::Get<StaffPost>(tx, post.id);
    if (!stored) return Fail(stored.error());
    if (!*stored) return Fail(NoPost());
    if (auto s = StaleVersion((*stored)->version, post.version); !s) return s;
    if (!(*stored)->current) {
      return Fail(ErrorCode::kFailedPrecondition,
                  "This post has ended, so it cannot be changed. Add a new post instead.");
    }
    auto directory = Directory::Load(tx);
    if (!directory) return Fail(directory.error());
    StaffPost next = post;
    if (auto s = directory->Resolve(next); !s) return s;
    next.current = true;
    next.version = (*stored)->version + 1;
    if (auto s = records::Update(tx, next, ChangeBy(actor, now, "Changed the post")); !s) return s;
    if (auto s = Audit(tx, actor, now, "staff_post.update", kType, next.id); !s) return s;
    out = directory->View(std::move(next), settings_.role_names);
    return Ok();
  });
  if (refused) AuditRefusal(store_, actor, now, post.id);
  if (!done) return Fail(done.error());
  return std::move(*out);
}

Result<StaffPostView> StaffingService::EndPost(const Actor& actor, std::string_view id,
                                               long long version) {
  if (!IsValidId(id)) return Fail(NoPost());
  const Timestamp now = clock_.Now();
  std::optional<StaffPostView> out;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    out.reset();
    refused = false;
    if (auto s = RequireFullSight(tx, actor, id, refused); !s) return s;
    auto stored = records::Get<StaffPost>(tx, id);
    if (!stored) return Fail(stored.error());
    if (!*stored) return Fail(NoPost());
    if (auto s = StaleVersion((*stored)->version, version); !s) return s;
    if (!(*stored)->current) {
      return Fail(ErrorCode::kFailedPrecondition, "This post has already ended.");
    }
    StaffPost next = std::move(**stored);
    next.current = false;
    next.version += 1;
    if (auto s = records::Update(tx, next, ChangeBy(actor, now, "Ended the post")); !s) return s;
    if (auto s = Audit(tx, actor, now, "staff_post.end", kType, next.id); !s) return s;
    auto directory = Directory::Load(tx);
    if (!directory) return Fail(directory.error());
    out = directory->View(std::move(next), settings_.role_names);
    return Ok();
  });
  if (refused) AuditRefusal(store_, actor, now, id);
  if (!done) return Fail(done.error());
  return std::move(*out);
}

Result<std::vector<StaffPostVersion>> StaffingService::PostHistory(const Actor& actor,
                                                                   std::string_view id) {
  if (!IsValidId(id)) return Fail(NoPost());
  std::vector<StaffPostVersion> out;
  bool refused = false;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    out.clear();
    refused = false;
    if (auto s = RequireFullSight(tx, actor, id, refused); !s) return s;
    auto versions = records::History<StaffPost>(tx, id);
    if (!versions) return Fail(versions.error());
    if (versions->empty()) return Fail(NoPost());
    auto directory = Directory::Load(tx);
    if (!directory) return Fail(directory.error());
    for (records::Versioned<StaffPost>& v : *versions) {
      std::string by = directory->UserName(v.change.changed_by);
      out.push_back({.post = directory->View(std::move(v.value), settings_.role_names),
                     .change = std::move(v.change),
                     .changed_by_name = std::move(by)});
    }
    return Ok();
  });
  if (refused) AuditRefusal(store_, actor, clock_.Now(), id);
  if (!done) return Fail(done.error());
  return out;
}

Result<std::vector<Organisation>> StaffingService::Organisations(const Actor& actor) {
  std::vector<Organisation> out;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    if (!kReferenceReaders.Has(actor.role)) return Fail(Error::NotFound("No organisations found"));
    auto orgs = tx.ListOrganisations();
    if (!orgs) return Fail(orgs.error());
    out = std::move(*orgs);
    return Ok();
  });
  if (!done) return Fail(done.error());
  ByName(out);
  return out;
}

Result<std::vector<Team>> StaffingService::Teams(const Actor& actor) {
  std::vector<Team> out;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    if (!kReferenceReaders.Has(actor.role)) return Fail(Error::NotFound("No teams found"));
    auto teams = tx.ListTeams();
    if (!teams) return Fail(teams.error());
    out = std::move(*teams);
    return Ok();
  });
  if (!done) return Fail(done.error());
  ByName(out);
  return out;
}

}  // namespace lw

#include "services/frontdoor_service.h"

#include <algorithm>
#include <variant>

#include "base/dates.h"
#include "base/ids.h"
#include "domain/access/policy.h"
#include "domain/frontdoor/date_input.h"
#include "domain/frontdoor/lifecycle.h"
#include "domain/frontdoor/reference.h"
#include "domain/frontdoor/text_field.h"
#include "services/audit_events.h"
#include "services/frontdoor_support.h"

namespace lw {
namespace {

using namespace frontdoor_internal;

constexpr int kReferenceAttempts = 8;
constexpr std::size_t kMaxSubmissionKey = 100;

Actor PublicActor() {
  Actor a = SystemActor("public-form");
  a.role = Role::kNetworkPartner;  // never used for access: the public form decides nothing
  return a;
}

// The team for a public introduction: the neighbourhood's team, else the
// configured default, else the first team by name.
Result<std::string> PublicTeam(StoreTx& tx, std::string_view neighbourhood_id,
                               std::string_view default_team) {
  auto teams = tx.ListTeams();
  if (!teams) return Fail(teams.error());
  if (teams->empty()) {
    return Fail(ErrorCode::kFailedPrecondition, "No team is set up to receive introductions");
  }
  std::sort(teams->begin(), teams->end(),
            [](const Team& a, const Team& b) { return a.name < b.name; });
  if (!neighbourhood_id.empty()) {
    for (const Team& t : *teams) {
      if (t.neighbourhood_id == neighbourhood_id) return t.id;
    }
  }
  if (!default_team.empty()) {
    for (const Team& t : *teams) {
      if (t.id == default_team || t.name == default_team) return t.id;
    }
  }
  return teams->front().id;
}

Status CheckSubmissionKey(std::string_view key) {
  if (key.size() > kMaxSubmissionKey) {
    return Fail(
        Error::Invalid("There is a problem",
                       {{"submission_key", "Submission key must be 100 characters or fewer"}}));
  }
  return Ok();
}

}  // namespace

std::string FrontDoorDirectory::TeamName(std::string_view id) const {
  for (const Team& t : teams) {
    if (t.id == id) return t.name;
  }
  return std::string(id);
}

std::string FrontDoorDirectory::WorkerName(std::string_view id) const {
  for (const User& u : workers) {
    if (u.id == id) return u.display_name;
  }
  return std::string(id);
}

FrontDoorService::FrontDoorService(Store& store, const Clock& clock, Random& random,
                                   FrontDoorOptions options)
    : store_(store),
      clock_(clock),
      random_(random),
      options_(std::move(options)),
      commits_(std::make_unique<GroupCommit>(store)) {}

Result<Receipt> FrontDoorService::SubmitPublic(IntroductionDraft draft,
                                               std::string_view neighbourhood_id,
                                               std::string_view submission_key,
                                               std::string_view remote_address) {
  const Timestamp now = clock_.Now();
  if (auto k = CheckSubmissionKey(submission_key); !k) return Fail(k.error());
  draft.made_by_user_id.clear();
  draft.received_at = now;
  // The public form speaks for the person or someone close to them; a GP or
  // the police introduce through their own route, signed in.
  if (draft.source != IntroductionSourceKey(IntroductionSource::kSelf) &&
      draft.source != IntroductionSourceKey(IntroductionSource::kCarerOrFamily)) {
    return Invalid("source", "Choose who this introduction is for");
  }
  // Validated before the team is known: the team does not change what is
  // asked, and a bad form should cost no store read.
  draft.team_id = "pending";
  auto valid = ValidateNewIntroduction(draft, options_.policy, Date::InLondon(now));
  if (!valid) return Fail(valid.error());
  std::string rate_key =
      options_.public_limit > 0 ? "introduce:" + std::string(remote_address) : std::string();
  Introduction intro = std::move(*valid);
  intro.team_id.clear();  // chosen in the transaction, from the neighbourhood
  return Submit(PublicActor(), std::move(intro), submission_key, rate_key, neighbourhood_id);
}

Result<Receipt> FrontDoorService::Record(const Actor& actor, IntroductionDraft draft,
                                         std::string_view submission_key) {
  const Timestamp now = clock_.Now();
  if (auto k = CheckSubmissionKey(submission_key); !k) return Fail(k.error());
  draft.made_by_user_id = actor.user_id;
  draft.received_at = now;
  if (draft.team_id.empty()) draft.team_id = actor.team_id;
  if (draft.team_id.empty()) return Invalid("team_id", "Choose the team to introduce them to");
  if (!DecideIntroductionAccess(actor, IntroductionAction::kCreate,
                                {.team_id = draft.team_id, .made_by_user_id = actor.user_id})) {
    return Fail(ErrorCode::kPermissionDenied, "You cannot make introductions to this team");
  }
  if (draft.source == IntroductionSourceKey(IntroductionSource::kSelf)) {
    return Invalid("source", "Choose how the introduction reached you");
  }
  auto valid = ValidateNewIntroduction(draft, options_.policy, Date::InLondon(now));
  if (!valid) return Fail(valid.error());
  return Submit(actor, std::move(*valid), submission_key, {}, {});
}

Result<Receipt> FrontDoorService::Submit(const Actor& actor, Introduction intro,
                                         std::string_view submission_key, std::string_view rate_key,
                                         std::string_view neighbourhood) {
  const Timestamp now = intro.received_at;
  const bool public_form = intro.made_by_user_id.empty();
  const std::string id = NewId(random_);
  Receipt receipt;
  Status done = Ok();
  for (int attempt = 0; attempt < kReferenceAttempts; ++attempt) {
    std::string reference = FormatReference(random_.NextU64());
    bool collided = false;
    done = commits_->Run([&](StoreTx& tx) -> Status {
      collided = false;
      receipt = Receipt{};
      if (!submission_key.empty()) {
        auto seen = tx.FindSubmission(submission_key);
        if (!seen) return Fail(seen.error());
        if (*seen) {
          auto first = tx.GetIntroduction(**seen);
          if (!first) return Fail(first.error());
          if (*first) {
            receipt.introduction = std::move(**first);
            receipt.duplicate = true;
            // The same form from someone else is not theirs to see.
            if (public_form != receipt.introduction.made_by_user_id.empty() ||
                (!public_form && receipt.introduction.made_by_user_id != actor.user_id)) {
              return Invalid("submission_key", "This form has already been used: start again");
            }
            return Ok();
          }
        }
      }
      if (!rate_key.empty()) {
        auto n = tx.CountInWindow(rate_key, now, options_.public_window);
        if (!n) return Fail(n.error());
        if (*n > options_.public_limit) {
          return Fail(ErrorCode::kResourceExhausted,
                      "Too many introductions have come from this connection in the last hour");
        }
      }
      Introduction next = intro;
      next.id = id;
      next.reference = reference;
      if (public_form) {
        auto team = PublicTeam(tx, neighbourhood, options_.default_team_id);
        if (!team) return Fail(team.error());
        next.team_id = *team;
      } else {
        auto team = tx.GetTeam(next.team_id);
        if (!team) return Fail(team.error());
        if (!*team) return Invalid("team_id", "Choose a team from the list");
      }
      auto taken = tx.FindIntroductionByReference(reference);
      if (!taken) return Fail(taken.error());
      if (*taken) {
        collided = true;
        return Fail(ErrorCode::kAlreadyExists, "reference taken");
      }
      ChangeMeta change{.changed_by = public_form ? std::string("public-form") : actor.user_id,
                        .changed_at = now,
                        .reason = "Introduction received (" +
                                  std::string(IntroductionSourceDisplayName(next.source)) + ")"};
      if (auto s = tx.CreateIntroduction(next, change); !s) return s;
      if (!submission_key.empty()) {
        if (auto s = tx.RecordSubmission(submission_key, next.id, now); !s) return s;
      }
      receipt.introduction = next;
      return Audit(tx, actor, now, "introduction.create", kType, next.id);
    });
    if (!collided) break;
  }
  if (!done) {
    // Two identical submissions at once: the other one won; return it.
    if (done.error().code == ErrorCode::kAlreadyExists && !submission_key.empty()) {
      Receipt first;
      auto again = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
        auto seen = tx.FindSubmission(submission_key);
        if (!seen) return Fail(seen.error());
        if (!*seen) return Fail(ErrorCode::kUnavailable, "could not store the introduction");
        auto in = tx.GetIntroduction(**seen);
        if (!in) return Fail(in.error());
        if (!*in) return Fail(ErrorCode::kUnavailable, "could not store the introduction");
        first.introduction = std::move(**in);
        first.duplicate = true;
        return Ok();
      });
      if (again) return first;
    }
    return Fail(done.error());
  }
  if (!receipt.duplicate) return receipt;
  if (!SeesWholeIntroduction(actor)) receipt.introduction = ForIntroducer(receipt.introduction);
  return receipt;
}

Result<Introduction> FrontDoorService::Get(const Actor& actor, std::string_view id) {
  if (!IsValidId(id)) return Fail(NotFoundError());
  const Timestamp now = clock_.Now();
  Introduction found;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto in = tx.GetIntroduction(id);
    if (!in) return Fail(in.error());
    refused = *in && !DecideIntroductionAccess(actor, IntroductionAction::kRead, FactsOf(**in));
    if (!*in || refused) return Fail(NotFoundError());
    found = std::move(**in);
    return Audit(tx, actor, now, "introduction.read", kType, found.id);
  });
  if (refused) AuditRefusal(store_, actor, now, id);
  if (!done) return Fail(done.error());
  if (!SeesWholeIntroduction(actor)) return ForIntroducer(found);
  return found;
}

Result<std::vector<IntroductionVersion>> FrontDoorService::History(const Actor& actor,
                                                                   std::string_view id) {
  if (!IsValidId(id)) return Fail(NotFoundError());
  const Timestamp now = clock_.Now();
  std::vector<IntroductionVersion> versions;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto in = tx.GetIntroduction(id);
    if (!in) return Fail(in.error());
    // The history is the team's working record: introducers see the
    // introduction itself (Get), not every step taken with it.
    refused = *in && (!DecideIntroductionAccess(actor, IntroductionAction::kRead, FactsOf(**in)) ||
                      !SeesWholeIntroduction(actor));
    if (!*in || refused) return Fail(NotFoundError());
    auto v = tx.ListIntroductionVersions(id);
    if (!v) return Fail(v.error());
    versions = std::move(*v);
    return Audit(tx, actor, now, "introduction.history", kType, id);
  });
  if (refused) AuditRefusal(store_, actor, now, id);
  if (!done) return Fail(done.error());
  return versions;
}

Result<FrontDoorList> FrontDoorService::List(const Actor& actor, const FrontDoorQuery& query) {
  const IntroductionListScope scope = IntroductionListScopeFor(actor);
  FrontDoorList list;
  if (!scope.allowed) return list;
  if (query.page < 1 || query.page > 100'000) return Invalid("page", "Page must be 1 or more");
  if (query.page_size < 1 || query.page_size > 200) {
    return Invalid("page_size", "Page size must be from 1 to 200");
  }
  IntroductionFilter filter{.team_id = scope.team_id,
                            .neighbourhood_id = query.neighbourhood_id,
                            .made_by_user_id = scope.made_by_user_id,
                            .open_only = !query.include_closed,
                            .order = query.order,
                            .offset = (query.page - 1) * query.page_size,
                            .limit = query.page_size};
  // A filter narrows the scope; a team outside it shows nothing.
  if (!query.team_id.empty()) {
    if (!scope.team_id.empty() && scope.team_id != query.team_id) return list;
    filter.team_id = query.team_id;
  }
  const Timestamp now = clock_.Now();
  // Read from a snapshot, so lists run side by side and never wait for the
  // writer; then audit what was read, in a commit shared with whoever else
  // is writing at that moment. Nothing is shown unless its audit is durable.
  auto read = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto counts = tx.CountIntroductions(filter, PastTargetCutoff(now, options_.policy));
    if (!counts) return Fail(counts.error());
    auto items = tx.ListIntroductions(filter);
    if (!items) return Fail(items.error());
    list.items = std::move(*items);
    list.total = counts->total;
    list.past_target = counts->waiting_since;
    return Ok();
  });
  if (!read) return Fail(read.error());
  if (!list.items.empty()) {
    auto audited = commits_->Run([&](StoreTx& tx) -> Status {
      for (const Introduction& in : list.items) {
        if (auto s = Audit(tx, actor, now, "introduction.list", kType, in.id); !s) return s;
      }
      return Ok();
    });
    if (!audited) return Fail(audited.error());
  }
  list.page = query.page;
  list.pages = static_cast<int>(
      std::max<std::int64_t>(1, (list.total + query.page_size - 1) / query.page_size));
  list.whole_records = SeesWholeIntroduction(actor);
  if (!list.whole_records) {
    for (Introduction& in : list.items) in = ForIntroducer(in);
  }
  return list;
}

Result<std::vector<Introduction>> FrontDoorService::ForPerson(const Actor& actor,
                                                              std::string_view person_id) {
  if (!IsValidId(person_id)) return std::vector<Introduction>{};
  const Timestamp now = clock_.Now();
  std::vector<Introduction> story;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto all = tx.ListIntroductions({.person_id = std::string(person_id),
                                     .open_only = false,
                                     .order = IntroductionOrder::kNewestFirst,
                                     .limit = 200});
    if (!all) return Fail(all.error());
    for (Introduction& in : *all) {
      if (!SeesWholeIntroduction(actor) ||
          !DecideIntroductionAccess(actor, IntroductionAction::kRead, FactsOf(in))) {
        continue;
      }
      if (auto s = Audit(tx, actor, now, "introduction.read", kType, in.id); !s) return s;
      story.push_back(std::move(in));
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  return story;
}

Result<FrontDoorDirectory> FrontDoorService::Directory() {
  FrontDoorDirectory d;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto teams = tx.ListTeams();
    if (!teams) return Fail(teams.error());
    d.teams = std::move(*teams);
    auto localities = tx.ListLocalities();
    if (!localities) return Fail(localities.error());
    for (const Locality& l : *localities) {
      auto n = tx.ListNeighbourhoods(l.id);
      if (!n) return Fail(n.error());
      d.neighbourhoods.insert(d.neighbourhoods.end(), n->begin(), n->end());
    }
    auto users = tx.ListUsers();
    if (!users) return Fail(users.error());
    for (User& u : *users) {
      if (u.active && kCareRoles.Has(u.role)) {
        u.password_hash.clear();
        d.workers.push_back(std::move(u));
      }
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  auto by_name = [](const auto& a, const auto& b) { return a.name < b.name; };
  std::sort(d.teams.begin(), d.teams.end(), by_name);
  std::sort(d.neighbourhoods.begin(), d.neighbourhoods.end(), by_name);
  std::sort(d.workers.begin(), d.workers.end(),
            [](const User& a, const User& b) { return a.display_name < b.display_name; });
  return d;
}

Result<std::vector<Neighbourhood>> FrontDoorService::Neighbourhoods() {
  std::vector<Neighbourhood> out;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto localities = tx.ListLocalities();
    if (!localities) return Fail(localities.error());
    for (const Locality& l : *localities) {
      auto n = tx.ListNeighbourhoods(l.id);
      if (!n) return Fail(n.error());
      out.insert(out.end(), n->begin(), n->end());
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  std::sort(out.begin(), out.end(),
            [](const Neighbourhood& a, const Neighbourhood& b) { return a.name < b.name; });
  return out;
}

}  // namespace lw

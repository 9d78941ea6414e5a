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

namespace lw {
namespace {

constexpr std::string_view kType = "introduction";
constexpr int kReferenceAttempts = 8;
// Matching looks at every person record in the locality; a locality holds
// tens of thousands at most.
constexpr int kMatchPool = 200'000;
constexpr int kMatchLimit = 5;
constexpr std::size_t kMaxSubmissionKey = 100;

Error NotFoundError() { return Error::NotFound("No introduction found"); }

Status Audit(StoreTx& tx, const Actor& actor, Timestamp now, std::string_view action,
             std::string_view type, std::string_view id, std::string_view reason = {}) {
  auto a = tx.AppendAudit(MakeAuditEvent(actor, now, action, type, id, reason));
  if (!a) return Fail(a.error());
  return Ok();
}

void AuditRefusal(Store& store, const Actor& actor, Timestamp now, std::string_view id) {
  (void)store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    return Audit(tx, actor, now, "introduction.access_refused", kType, id);
  });
}

IntroductionAccessFacts FactsOf(const Introduction& in) {
  return {.team_id = in.team_id, .made_by_user_id = in.made_by_user_id};
}

Actor PublicActor() {
  Actor a = SystemActor("public-form");
  a.role = Role::kNetworkPartner;  // never used for access: the public form decides nothing
  return a;
}

std::unexpected<Error> Invalid(std::string field, std::string message) {
  return Fail(Error::Invalid("There is a problem", {{std::move(field), std::move(message)}}));
}

// A worker the front door can name: an active account in a care role.
Result<User> RequireWorker(StoreTx& tx, std::string_view user_id, std::string_view field,
                           std::string_view missing) {
  if (user_id.empty()) return Invalid(std::string(field), std::string(missing));
  auto u = IsValidId(user_id) ? tx.GetUser(user_id) : Result<std::optional<User>>(std::nullopt);
  if (!u) return Fail(u.error());
  if (!*u || !(*u)->active || !kCareRoles.Has((*u)->role)) {
    return Invalid(std::string(field), "Choose a worker from the list");
  }
  return std::move(**u);
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

// The team whose records the actor may be offered as matches, or "" for
// every team (those who work the whole front door).
std::string MatchPoolTeam(const Actor& actor) { return IntroductionListScopeFor(actor).team_id; }

Person PersonFrom(const Introduction& in) {
  Person p;
  p.given_name = in.given_name;
  p.family_name = in.family_name;
  p.preferred_name = in.preferred_name;
  p.date_of_birth = in.date_of_birth;
  p.postcode = in.postcode;
  p.nhs_number = in.nhs_number;
  p.team_id = in.team_id;
  return p;
}

std::string DescribeChange(std::string_view what, const Introduction& next) {
  return std::string(what) + " (now " + std::string(IntroductionStateKey(next.state)) + ")";
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
      submissions_(std::make_unique<GroupCommit>(store)) {}

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
    done = submissions_->Run([&](StoreTx& tx) -> Status {
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
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto counts = tx.CountIntroductions(filter, PastTargetCutoff(now, options_.policy));
    if (!counts) return Fail(counts.error());
    auto items = tx.ListIntroductions(filter);
    if (!items) return Fail(items.error());
    list.items = std::move(*items);
    list.total = counts->total;
    list.past_target = counts->waiting_since;
    for (const Introduction& in : list.items) {
      if (auto s = Audit(tx, actor, now, "introduction.list", kType, in.id); !s) return s;
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
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

Result<Introduction> FrontDoorService::Change(
    const Actor& actor, std::string_view id, long long version, std::string_view what,
    const std::function<Result<Introduction>(StoreTx&, const Introduction&)>& fn) {
  if (!IsValidId(id)) return Fail(NotFoundError());
  const Timestamp now = clock_.Now();
  Introduction stored;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto in = tx.GetIntroduction(id);
    if (!in) return Fail(in.error());
    refused = *in && !DecideIntroductionAccess(actor, IntroductionAction::kUpdate, FactsOf(**in));
    if (!*in || refused) return Fail(NotFoundError());
    if ((*in)->version != version) {
      return Fail(Error::Conflict("Someone else has changed this introduction since you opened it",
                                  (*in)->version));
    }
    auto next = fn(tx, **in);
    if (!next) return Fail(next.error());
    const std::string reason = DescribeChange(what, *next);
    ChangeMeta change{.changed_by = actor.user_id, .changed_at = now, .reason = reason};
    if (auto s = tx.UpdateIntroduction(*next, change); !s) return s;
    stored = std::move(*next);
    return Audit(tx, actor, now, "introduction.update", kType, stored.id, reason);
  });
  if (refused) AuditRefusal(store_, actor, now, id);
  if (!done) return Fail(done.error());
  return stored;
}

Result<Introduction> FrontDoorService::RecordAttempt(const Actor& actor, std::string_view id,
                                                     long long version, const AttemptInput& input) {
  auto method = ParseContactMethod(input.method);
  if (!method) return Invalid("method", "Choose how you tried to contact them");
  const Timestamp now = clock_.Now();
  return Change(actor, id, version, "Contact attempt logged",
                [&](StoreTx&, const Introduction& in) {
                  return RecordContactAttempt(in, {.at = now,
                                                   .method = *method,
                                                   .by_user_id = actor.user_id,
                                                   .outcome_note = input.outcome_note});
                });
}

Result<Introduction> FrontDoorService::RecordNotHeld(const Actor& actor, std::string_view id,
                                                     long long version, const AttemptInput& input) {
  auto method = ParseContactMethod(input.method);
  if (!method) return Invalid("method", "Choose how you tried to contact them");
  const Timestamp now = clock_.Now();
  return Change(actor, id, version, "Conversation did not happen",
                [&](StoreTx&, const Introduction& in) {
                  return RecordConversationNotHeld(in, {.at = now,
                                                        .method = *method,
                                                        .by_user_id = actor.user_id,
                                                        .outcome_note = input.outcome_note});
                });
}

Result<Introduction> FrontDoorService::Book(const Actor& actor, std::string_view id,
                                            long long version, const BookingInput& input) {
  const Timestamp now = clock_.Now();
  std::vector<FieldError> errors;
  std::optional<Date> date;
  auto parsed = ParseDateInput(input.day, input.month, input.year, "Date");
  if (auto* message = std::get_if<std::string>(&parsed)) {
    errors.push_back({"date", *message});
  } else {
    date = std::get<std::optional<Date>>(parsed);
    if (!date) errors.push_back({"date", "Enter the date of the conversation"});
  }
  auto time = ParseTimeInput(input.time, "Time");
  if (auto* message = std::get_if<std::string>(&time)) errors.push_back({"time", *message});
  auto place = ParseConversationPlace(input.place);
  if (!place) errors.push_back({"place", "Choose where the conversation will be"});
  std::optional<Timestamp> when;
  if (date && std::holds_alternative<TimeOfDay>(time)) {
    const TimeOfDay t = std::get<TimeOfDay>(time);
    when = LondonToUtc(*date, t.hour, t.minute);
    if (*when < now - std::chrono::hours(24 * 7)) {
      errors.push_back({"date", "The date must be in the last week or the future"});
    } else if (*when > now + std::chrono::hours(24 * 366)) {
      errors.push_back({"date", "The date must be within a year"});
    }
  }
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  return Change(actor, id, version, "Initial conversation booked",
                [&](StoreTx& tx, const Introduction& in) -> Result<Introduction> {
                  auto with = RequireWorker(tx, input.with_user_id, "with_user_id",
                                            "Choose who will have the conversation");
                  if (!with) return Fail(with.error());
                  return BookConversation(in, {.when = *when,
                                               .place = *place,
                                               .with_user_id = with->id,
                                               .where_detail = input.where_detail});
                });
}

Result<Introduction> FrontDoorService::RecordHeld(const Actor& actor, std::string_view id,
                                                  long long version,
                                                  const ConversationInput& input) {
  const Timestamp now = clock_.Now();
  return Change(actor, id, version, "Initial conversation held",
                [&](StoreTx&, const Introduction& in) {
                  return RecordConversationHeld(in, {.held_at = now,
                                                     .with_user_id = actor.user_id,
                                                     .what_matters = input.what_matters,
                                                     .whats_going_on = input.whats_going_on,
                                                     .strengths = input.strengths,
                                                     .what_would_help = input.what_would_help,
                                                     .in_your_corner = input.in_your_corner,
                                                     .safety_concern = input.safety_concern,
                                                     .raised_to_huddle = input.raised_to_huddle,
                                                     .safety_agreed = input.safety_agreed});
                });
}

Result<Introduction> FrontDoorService::Close(const Actor& actor, std::string_view id,
                                             long long version, const ClosingInput& input) {
  auto ending = ParseEnding(input.ending);
  if (!ending) return Invalid("ending", "Choose how this introduction ends");
  const Timestamp now = clock_.Now();
  return Change(
      actor, id, version, std::string("Closed: ") + std::string(EndingDisplayName(*ending)),
      [&](StoreTx& tx, const Introduction& in) -> Result<Introduction> {
        Introduction base = in;
        if (*ending == Ending::kSupportBegins) {
          // The state is checked first, so a refused close makes no record
          // and says why before asking for a keyworker.
          auto allowed = lw::Close(base, *ending, input.note, now, options_.policy);
          if (!allowed) return Fail(allowed.error());
          auto keyworker = RequireWorker(tx, input.keyworker_user_id, "keyworker_user_id",
                                         "Choose their keyworker");
          if (!keyworker) return Fail(keyworker.error());
          auto assigned = AssignWorker(base, keyworker->id);
          if (!assigned) return Fail(assigned.error());
          base = std::move(*assigned);
          if (base.person_id.empty()) {
            Person person = PersonFrom(base);
            person.id = NewId(random_);
            person.version = 1;
            if (auto v = ValidatePerson(person, Date::InLondon(now)); !v) return Fail(v.error());
            ChangeMeta change{.changed_by = actor.user_id,
                              .changed_at = now,
                              .reason = "Living Well support begins (" + base.reference + ")"};
            if (auto s = tx.CreatePerson(person, change); !s) return Fail(s.error());
            if (auto s = Audit(tx, actor, now, "person.create", "person", person.id); !s) {
              return Fail(s.error());
            }
            auto linked = lw::LinkPerson(base, person.id);
            if (!linked) return Fail(linked.error());
            base = std::move(*linked);
          }
          // One version for the whole change, not one per step.
          base.version = in.version;
        }
        return lw::Close(base, *ending, input.note, now, options_.policy);
      });
}

Result<Introduction> FrontDoorService::Assign(const Actor& actor, std::string_view id,
                                              long long version, std::string_view user_id) {
  return Change(actor, id, version, user_id.empty() ? "Worker unassigned" : "Worker assigned",
                [&](StoreTx& tx, const Introduction& in) -> Result<Introduction> {
                  if (user_id.empty()) return AssignWorker(in, "");
                  auto worker = RequireWorker(tx, user_id, "assigned_user_id", "Choose a worker");
                  if (!worker) return Fail(worker.error());
                  return AssignWorker(in, worker->id);
                });
}

Result<std::vector<MatchOffer>> FrontDoorService::Matches(const Actor& actor, std::string_view id) {
  if (!IsValidId(id)) return Fail(NotFoundError());
  const Timestamp now = clock_.Now();
  std::vector<MatchOffer> offers;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto in = tx.GetIntroduction(id);
    if (!in) return Fail(in.error());
    refused = *in && !DecideIntroductionAccess(actor, IntroductionAction::kUpdate, FactsOf(**in));
    if (!*in || refused) return Fail(NotFoundError());
    // Who may be offered: the whole locality's records for those who work
    // the whole front door; their own team's for everyone else.
    auto people = tx.ListPeople({.team_id = MatchPoolTeam(actor), .limit = kMatchPool});
    if (!people) return Fail(people.error());
    const Introduction& intro = **in;
    MatchQuery query{.given_name = intro.given_name,
                     .family_name = intro.family_name,
                     .date_of_birth = intro.date_of_birth,
                     .postcode = intro.postcode,
                     .nhs_number = intro.nhs_number};
    for (const Match& m : FindLikelyMatches(query, *people, kMatchLimit)) {
      if (m.person->id == intro.person_id) continue;  // already linked
      offers.push_back(
          {.person = *m.person, .kind = m.kind, .score = m.score, .reasons = m.reasons});
      if (auto s = Audit(tx, actor, now, "introduction.match", "person", m.person->id, intro.id);
          !s) {
        return s;
      }
    }
    return Ok();
  });
  if (refused) AuditRefusal(store_, actor, now, id);
  if (!done) return Fail(done.error());
  return offers;
}

Result<Introduction> FrontDoorService::LinkPerson(const Actor& actor, std::string_view id,
                                                  long long version, std::string_view person_id) {
  const Timestamp now = clock_.Now();
  return Change(actor, id, version, "Matched to an existing record",
                [&](StoreTx& tx, const Introduction& in) -> Result<Introduction> {
                  if (!IsValidId(person_id)) {
                    return Invalid("person_id", "Choose the person record to link");
                  }
                  auto p = tx.GetPerson(person_id);
                  if (!p) return Fail(p.error());
                  const std::string pool = MatchPoolTeam(actor);
                  if (!*p || (!pool.empty() && (*p)->team_id != pool)) {
                    return Invalid("person_id", "Choose the person record to link");
                  }
                  if (auto s = Audit(tx, actor, now, "person.link", "person", (*p)->id, in.id);
                      !s) {
                    return Fail(s.error());
                  }
                  return lw::LinkPerson(in, (*p)->id);
                });
}

Result<Introduction> FrontDoorService::CreatePerson(const Actor& actor, std::string_view id,
                                                    long long version) {
  const Timestamp now = clock_.Now();
  return Change(actor, id, version, "New person record made",
                [&](StoreTx& tx, const Introduction& in) -> Result<Introduction> {
                  if (!in.person_id.empty()) {
                    return Fail(ErrorCode::kFailedPrecondition,
                                "This introduction is already linked to a record");
                  }
                  Person person = PersonFrom(in);
                  person.id = NewId(random_);
                  person.version = 1;
                  if (auto v = ValidatePerson(person, Date::InLondon(now)); !v) {
                    return Fail(v.error());
                  }
                  ChangeMeta change{.changed_by = actor.user_id,
                                    .changed_at = now,
                                    .reason = "Made from introduction " + in.reference};
                  if (auto s = tx.CreatePerson(person, change); !s) return Fail(s.error());
                  if (auto s = Audit(tx, actor, now, "person.create", "person", person.id); !s) {
                    return Fail(s.error());
                  }
                  return lw::LinkPerson(in, person.id);
                });
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

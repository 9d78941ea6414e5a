// FrontDoorService: the changes to an introduction (its lifecycle), and
// matching it to a person's record. Receiving, reading and listing are in
// frontdoor_service.cc.
#include <variant>

#include "base/dates.h"
#include "base/ids.h"
#include "domain/frontdoor/date_input.h"
#include "domain/frontdoor/lifecycle.h"
#include "services/frontdoor_service.h"
#include "services/frontdoor_support.h"

namespace lw {
namespace {

using namespace frontdoor_internal;

// Matching looks at every person record in the locality; a locality holds
// tens of thousands at most.
constexpr int kMatchPool = 200'000;
constexpr int kMatchLimit = 5;

// A contact attempt the actor made just now, by a method named by its key.
Result<ContactAttempt> AttemptMadeNow(const Actor& actor, Timestamp now,
                                      const AttemptInput& input) {
  auto method = ParseContactMethod(input.method);
  if (!method) return Invalid("method", "Choose how you tried to contact them");
  return ContactAttempt{.at = now,
                        .method = *method,
                        .by_user_id = actor.user_id,
                        .outcome_note = input.outcome_note};
}

}  // namespace

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
  auto attempt = AttemptMadeNow(actor, clock_.Now(), input);
  if (!attempt) return Fail(attempt.error());
  return Change(
      actor, id, version, "Contact attempt logged",
      [&](StoreTx&, const Introduction& in) { return RecordContactAttempt(in, *attempt); });
}

Result<Introduction> FrontDoorService::RecordNotHeld(const Actor& actor, std::string_view id,
                                                     long long version, const AttemptInput& input) {
  auto attempt = AttemptMadeNow(actor, clock_.Now(), input);
  if (!attempt) return Fail(attempt.error());
  return Change(
      actor, id, version, "Conversation did not happen",
      [&](StoreTx&, const Introduction& in) { return RecordConversationNotHeld(in, *attempt); });
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
  return Change(actor, id, version,
                std::string("Closed: ") + std::string(EndingDisplayName(*ending)),
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
                      auto person_id =
                          MakePersonRecord(tx, random_, actor, now, base,
                                           "Living Well support begins (" + base.reference + ")");
                      if (!person_id) return Fail(person_id.error());
                      auto linked = lw::LinkPerson(base, *person_id);
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
                  auto person_id = MakePersonRecord(tx, random_, actor, now, in,
                                                    "Made from introduction " + in.reference);
                  if (!person_id) return Fail(person_id.error());
                  return lw::LinkPerson(in, *person_id);
                });
}

}  // namespace lw

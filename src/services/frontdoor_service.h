// FrontDoorService: introductions to Living Well, from the public form and
// from staff and partners, through to how each one ends.
//
// Contract:
//  - Access is decided by DecideIntroductionAccess and
//    IntroductionListScopeFor (domain/access/policy.h). A refusal on an
//    existing introduction is kNotFound, as for one that does not exist,
//    and is itself audited ("introduction.access_refused").
//  - Every read and write of an introduction appends an audit entry in the
//    same transaction (a list: in a commit after its snapshot read, and it
//    returns nothing until that commit is durable): "introduction.create", "introduction.read",
//    "introduction.history", "introduction.list" (one per introduction a
//    list shows), "introduction.update" (with the change as its reason),
//    "introduction.match" (one per person record offered as a match,
//    record type "person"), and "person.create" when a record is made from
//    an introduction.
//  - Changes are new versions based on the version the caller saw
//    (`version`): kConflict carrying the stored version if someone else
//    changed it first; nothing is overwritten. The rules of each change are
//    the domain's (domain/frontdoor/lifecycle.h).
//  - A submission key (a form's one-time key) makes a double submission
//    one introduction: the second returns the first, with `duplicate` set.
//  - The public form: at most `public_limit` introductions per address per
//    `public_window` (kResourceExhausted past it); a reference that collides
//    with an existing one is drawn again. It reveals nothing about any
//    existing record: the receipt is its own reference and nothing else.
//  - New introductions and lists' audit entries arriving at the same moment
//    are committed together (GroupCommit), so one disk sync makes them all
//    durable; each caller still returns only once its own are.
//  - Inputs arrive as typed (text), and every mistake is a kInvalidArgument
//    with one FieldError per field, named as the form field.
//
// Thread-safety: safe to share across threads (state lives in the store).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "domain/frontdoor/introduction.h"
#include "domain/frontdoor/new_introduction.h"
#include "domain/people/matching.h"
#include "domain/ports/store.h"
#include "services/group_commit.h"

namespace lw {

struct FrontDoorOptions {
  FrontDoorPolicy policy;
  int public_limit = 20;  // introductions per address per window; 0: no limit
  Micros public_window = std::chrono::hours(1);           // the rate limit's window
  Micros submission_key_lifetime = std::chrono::days(2);  // how long a key is remembered
  std::string
      default_team_id;  // public introductions with no neighbourhood team; "": first team by name
};

struct Receipt {
  Introduction introduction;  // as stored (for a duplicate: the first one)
  bool duplicate = false;     // the submission key had been used: nothing new was made
};

// Which page of the front-door list, sorted how. Filters narrow the
// actor's scope; they never widen it.
struct FrontDoorQuery {
  std::string team_id;
  std::string neighbourhood_id;
  bool include_closed = false;
  IntroductionOrder order = IntroductionOrder::kOldestFirst;
  int page = 1;  // from 1
  int page_size = 50;
};

struct FrontDoorList {
  std::vector<Introduction> items;
  std::int64_t total = 0;        // matching the filters, every page
  std::int64_t past_target = 0;  // of which still waiting beyond the target
  int page = 1;
  int pages = 1;
  bool whole_records = true;  // false: items are as their introducer sees them
};

// Names the pages and API show beside ids.
struct FrontDoorDirectory {
  std::vector<Team> teams;
  std::vector<Neighbourhood> neighbourhoods;
  std::vector<User> workers;  // active care-role staff, by name

  std::string TeamName(std::string_view id) const;
  std::string WorkerName(std::string_view id) const;  // the id itself if not a worker
};

// A contact attempt made just now, by the actor.
struct AttemptInput {
  std::string method;  // ContactMethod key
  std::string outcome_note;
};

struct BookingInput {
  std::string day, month, year;  // the date, as typed
  std::string time;              // "14:30", "2:30pm"
  std::string place;             // ConversationPlace key
  std::string with_user_id;      // a worker's id
  std::string where_detail;
};

// The initial conversation, held now by the actor, in the person's words.
struct ConversationInput {
  std::string what_matters;
  std::string whats_going_on;
  std::string strengths;
  std::string what_would_help;
  std::string in_your_corner;
  std::string safety_concern;
  bool raised_to_huddle = false;
  std::string safety_agreed;
};

struct ClosingInput {
  std::string ending;             // Ending key
  std::string note;               // service / information wanted / optional
  std::string keyworker_user_id;  // support begins: the keyworker (a worker's id)
};

// An existing record offered as the person an introduction is about.
struct MatchOffer {
  Person person;
  MatchKind kind = MatchKind::kLikely;
  int score = 0;
  std::vector<std::string> reasons;
};

class FrontDoorService {
 public:
  FrontDoorService(Store& store, const Clock& clock, Random& random, FrontDoorOptions options);

  // The public form. The neighbourhood picks the team (its team, else the
  // default); the draft's team_id and made_by_user_id are ignored.
  Result<Receipt> SubmitPublic(IntroductionDraft draft, std::string_view neighbourhood_id,
                               std::string_view submission_key, std::string_view remote_address);
  // Staff and partners. The draft's team_id must name a team (default: the
  // actor's); made_by_user_id is the actor.
  Result<Receipt> Record(const Actor& actor, IntroductionDraft draft,
                         std::string_view submission_key);

  Result<Introduction> Get(const Actor& actor, std::string_view id);
  Result<std::vector<IntroductionVersion>> History(const Actor& actor, std::string_view id);
  Result<FrontDoorList> List(const Actor& actor, const FrontDoorQuery& query);
  // Introductions linked to a person's record (their story), newest first;
  // only those the actor may read whole.
  Result<std::vector<Introduction>> ForPerson(const Actor& actor, std::string_view person_id);

  Result<Introduction> RecordAttempt(const Actor& actor, std::string_view id, long long version,
                                     const AttemptInput& input);
  Result<Introduction> Book(const Actor& actor, std::string_view id, long long version,
                            const BookingInput& input);
  Result<Introduction> RecordNotHeld(const Actor& actor, std::string_view id, long long version,
                                     const AttemptInput& input);
  Result<Introduction> RecordHeld(const Actor& actor, std::string_view id, long long version,
                                  const ConversationInput& input);
  // Support begins: the keyworker is assigned and, if no record is linked
  // yet, one is made from the introduction and linked, in one transaction.
  Result<Introduction> Close(const Actor& actor, std::string_view id, long long version,
                             const ClosingInput& input);
  Result<Introduction> Assign(const Actor& actor, std::string_view id, long long version,
                              std::string_view user_id);

  // Likely existing records for the person (matching.h), best first: from
  // every team's records for the front door and team leads, from their own
  // team's for practitioners and peer workers. LinkPerson accepts only a
  // record from the same pool.
  Result<std::vector<MatchOffer>> Matches(const Actor& actor, std::string_view id);
  // A staff member's confirmation that the introduction is about this
  // (existing) person.
  Result<Introduction> LinkPerson(const Actor& actor, std::string_view id, long long version,
                                  std::string_view person_id);
  // Nobody matched: make the person's record from the introduction, held by
  // its team, and link it.
  Result<Introduction> CreatePerson(const Actor& actor, std::string_view id, long long version);

  // Teams, neighbourhoods and workers, for forms and names. Any staff.
  Result<FrontDoorDirectory> Directory();
  // Neighbourhoods for the public form (names only: reference data).
  Result<std::vector<Neighbourhood>> Neighbourhoods();

  const FrontDoorOptions& options() const { return options_; }

 private:
  Result<Receipt> Submit(const Actor& actor, Introduction intro, std::string_view submission_key,
                         std::string_view rate_key, std::string_view neighbourhood);
  Result<Introduction> Change(
      const Actor& actor, std::string_view id, long long version, std::string_view what,
      const std::function<Result<Introduction>(StoreTx&, const Introduction&)>& fn);

  Store& store_;
  const Clock& clock_;
  Random& random_;
  FrontDoorOptions options_;
  // New introductions, and the audit entries of lists, arriving together
  // share a commit (group_commit.h).
  std::unique_ptr<GroupCommit> commits_;
};

}  // namespace lw

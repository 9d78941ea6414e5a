#include "services/team_service.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/ids.h"
#include "services/people_service.h"
#include "services/service_test_support.h"

namespace lw {
namespace team_service_test {
namespace {

class TeamServiceTest : public ::testing::Test {
 protected:
  TeamServiceTest()
      : people_(*world_.store, world_.clock, world_.random),
        team_(*world_.store, world_.clock, world_.random,
              TeamSettings{.rhythm = {}, .huddle = {.target_days = 14, .not_seen_days = 28}}) {
    a_ = world_.Add("alice", Role::kPractitioner, "team-a");
    a_peer_ = world_.Add("apeer", Role::kPeerWorker, "team-a", "org-vcse");
    a_lead_ = world_.Add("alead", Role::kTeamLead, "team-a");
    b_ = world_.Add("bob", Role::kPractitioner, "team-b");
    b_lead_ = world_.Add("blead", Role::kTeamLead, "team-b");
    partner_ = world_.Add("partner", Role::kNetworkPartner, "", "org-vcse");
    commissioner_ = world_.Add("commissioner", Role::kCommissioner);
    admin_ = world_.Add("admin", Role::kAdministrator);
    Person draft;
    draft.given_name = "Rosa";
    draft.family_name = "Diaz";
    person_ = *people_.Create(a_, draft, "Introduced");
  }

  Date Today() const { return Date::InLondon(world_.clock.Now()); }

  Episode Open(const Actor& by, const std::string& keyworker) {
    auto e = team_.OpenEpisode(
        by, {.person_id = person_.id, .keyworker_user_id = keyworker, .started_on = Today()});
    EXPECT_TRUE(e) << e.error().message;
    return *e;
  }

  std::size_t AuditCount(const std::string& action, const std::string& id) {
    std::size_t n = 0;
    for (const auto& e : world_.Audit()) {
      if (e.event.action == action && e.event.record_id == id) ++n;
    }
    return n;
  }

  testing::ServiceWorld world_;
  PeopleService people_;
  TeamService team_;
  Actor a_, a_peer_, a_lead_, b_, b_lead_, partner_, commissioner_, admin_;
  Person person_;
};

TEST_F(TeamServiceTest, TheTeamReadsTheWholeRecordAndEachReadIsAudited) {
  Episode e = Open(a_, a_.user_id);
  ASSERT_TRUE(team_.RaiseConcern(a_peer_, person_.id, "Did not answer today; usually does"));
  auto view = team_.Record(a_peer_, person_.id);
  ASSERT_TRUE(view) << view.error().message;
  EXPECT_EQ(view->person.id, person_.id);
  ASSERT_EQ(view->episodes.size(), 1u);
  EXPECT_EQ(view->episodes[0].id, e.id);
  ASSERT_EQ(view->concerns.size(), 1u);
  EXPECT_TRUE(view->may_change);
  EXPECT_FALSE(view->break_glass.has_value());
  ASSERT_GE(view->timeline.size(), 2u);
  EXPECT_EQ(view->timeline[0].kind, "concern");  // newest first
  EXPECT_EQ(AuditCount("person.read", person_.id), 1u);
  EXPECT_EQ(AuditCount("episode.open", person_.id), 1u);
  EXPECT_EQ(AuditCount("concern.raise", person_.id), 1u);
}

TEST_F(TeamServiceTest, OutsidersGetNotFoundAsForAMissingRecordAndProbingIsAudited) {
  Open(a_, a_.user_id);
  auto missing = team_.Record(a_, "AAAAAAAAAAAAAAAAAAAAAA");
  ASSERT_FALSE(missing);
  for (const Actor* who : {&b_, &b_lead_, &partner_, &commissioner_, &admin_}) {
    SCOPED_TRACE(who->username);
    auto r = team_.Record(*who, person_.id);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(r.error().message, missing.error().message);
    EXPECT_FALSE(team_.RaiseConcern(*who, person_.id, "Worried about her"));
  }
  EXPECT_GE(AuditCount("person.access_refused", person_.id), 2u);
}

TEST_F(TeamServiceTest, ATeamSupportingThePersonWorksWithTheRecordHeldElsewhere) {
  EXPECT_FALSE(team_.Record(b_, person_.id));
  // Team B cannot open an episode for someone it cannot see...
  EXPECT_FALSE(team_.OpenEpisode(
      b_, {.person_id = person_.id, .keyworker_user_id = b_.user_id, .started_on = Today()}));
  // ... but once it supports them (here: an episode of team B's, stored
  // directly; access reads only the episode's index), it can.
  auto linked = world_.store->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto e = OpenEpisode({.id = "EPISODEBBBBBBBBBBBBBBB",
                          .person_id = person_.id,
                          .team_id = "team-b",
                          .keyworker_user_id = b_.user_id,
                          .started_on = Today()},
                         {}, Today());
    if (!e) return Fail(e.error());
    StoredRecord r{.kind = RecordKind::kEpisode, .id = e->id, .version = 1};
    r.index = {.team_id = "team-b", .owner_id = b_.user_id, .links = {{person_.id, true}}};
    r.body = "";  // unread here: access looks only at the index
    return tx.CreateRecord(r, {b_.user_id, world_.clock.Now(), "test"});
  });
  ASSERT_TRUE(linked) << linked.error().message;
  auto concern = team_.RaiseConcern(b_, person_.id, "Mentioned not sleeping");
  EXPECT_TRUE(concern) << concern.error().message;
}

TEST_F(TeamServiceTest, BreakGlassReadsForFourHoursNeverChangesAndIsReviewedByALead) {
  auto before = team_.Record(b_, person_.id);
  ASSERT_FALSE(before);
  auto refused = team_.BreakGlassRead(b_, person_.id, "short");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
  auto own = team_.BreakGlassRead(a_, person_.id, "Crisis call out of hours, need her plan");
  ASSERT_FALSE(own);
  EXPECT_EQ(own.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_FALSE(team_.BreakGlassRead(partner_, person_.id, "Crisis call out of hours"));

  auto grant = team_.BreakGlassRead(b_, person_.id, "Crisis call out of hours, need her plan");
  ASSERT_TRUE(grant) << grant.error().message;
  auto view = team_.Record(b_, person_.id);
  ASSERT_TRUE(view) << view.error().message;
  ASSERT_TRUE(view->break_glass.has_value());
  EXPECT_FALSE(view->may_change);
  EXPECT_EQ(AuditCount("person.read.break_glass", person_.id), 1u);
  EXPECT_EQ(AuditCount("person.break_glass", person_.id), 1u);
  EXPECT_FALSE(team_.RaiseConcern(b_, person_.id, "Changing it under break-glass"));

  world_.clock.Advance(std::chrono::hours(4));
  EXPECT_FALSE(team_.Record(b_, person_.id));

  // The lead of the team whose member broke the glass reviews it, as an
  // organisation's privacy officer reviews its own staff's emergency access;
  // other leads neither see it nor may review it.
  EXPECT_FALSE(team_.BreakGlassToReview(b_));
  EXPECT_EQ(grant->team_id, "team-b");
  auto elsewhere = team_.BreakGlassToReview(a_lead_);
  ASSERT_TRUE(elsewhere);
  EXPECT_TRUE(elsewhere->empty());
  auto not_theirs = team_.ReviewBreakGlass(a_lead_, grant->id, 1, "Appropriate");
  ASSERT_FALSE(not_theirs);
  EXPECT_EQ(not_theirs.error().code, ErrorCode::kNotFound);
  auto to_review = team_.BreakGlassToReview(b_lead_);
  ASSERT_TRUE(to_review);
  ASSERT_EQ(to_review->size(), 1u);
  auto reviewed = team_.ReviewBreakGlass(b_lead_, grant->id, 1, "Appropriate");
  ASSERT_TRUE(reviewed) << reviewed.error().message;
  EXPECT_EQ(reviewed->review->by_user_id, b_lead_.user_id);
  EXPECT_TRUE(team_.BreakGlassToReview(b_lead_)->empty());
}

TEST_F(TeamServiceTest, AnEpisodeLivesItsLifeAndThePersonComesBack) {
  Episode e = Open(a_, a_.user_id);
  EXPECT_EQ(e.ordinal, 1);
  auto stale = team_.ReassignKeyworker(a_, e.id, e.version + 1, a_peer_.user_id, Today(), "");
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().current_version, 1);
  auto outsider = team_.ReassignKeyworker(a_, e.id, 1, b_.user_id, Today(), "");
  ASSERT_FALSE(outsider);
  EXPECT_EQ(outsider.error().code, ErrorCode::kInvalidArgument);
  auto r = team_.ReassignKeyworker(a_, e.id, 1, a_peer_.user_id, Today(), "Alice on leave");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->keyworker_history.size(), 2u);
  auto b_try = team_.PlanEnding(b_, e.id, 2, Today().PlusDays(7));
  ASSERT_FALSE(b_try);
  EXPECT_EQ(b_try.error().code, ErrorCode::kNotFound);
  auto ended = team_.EndEpisode(
      a_, e.id, 2,
      {.reason = EpisodeEnding::kGoalsMet, .persons_words = "I feel ready", .ended_on = Today()});
  ASSERT_TRUE(ended) << ended.error().message;
  EXPECT_TRUE(ended->IsEnded());
  EXPECT_EQ(ended->ending->ended_by_user_id, a_.user_id);

  Episode again = Open(a_, a_peer_.user_id);
  EXPECT_EQ(again.ordinal, 2);
  auto view = team_.Record(a_, person_.id);
  ASSERT_TRUE(view);
  ASSERT_EQ(view->episodes.size(), 2u);
  EXPECT_EQ(view->episodes[0].ordinal, 2);  // newest first, the old story still there
  EXPECT_EQ(view->episodes[1].ending->persons_words, "I feel ready");
}

TEST_F(TeamServiceTest, ContactsAreRecordedWithTheWorkerAndCorrectedAsNewVersions) {
  Episode e = Open(a_, a_.user_id);
  Contact draft{.occurred_at = world_.clock.Now() - std::chrono::hours(1),
                .duration_minutes = 45,
                .people = {{.person_id = person_.id, .episode_id = e.id}},
                .mode = ContactMode::kPhone,
                .note = "Talked about sleep"};
  auto c = team_.RecordContact(a_peer_, draft);
  ASSERT_TRUE(c) << c.error().message;
  ASSERT_EQ(c->staff.size(), 1u);
  EXPECT_EQ(c->staff[0].user_id, a_peer_.user_id);
  EXPECT_FALSE(team_.RecordContact(b_, draft));
  Contact corrected = *c;
  corrected.people[0].attendance = Attendance::kDidNotAttend;
  auto fixed = team_.CorrectContact(a_, corrected);
  ASSERT_TRUE(fixed) << fixed.error().message;
  EXPECT_EQ(fixed->version, 2);
  EXPECT_EQ(fixed->duration_minutes, 0);
  EXPECT_FALSE(team_.CorrectContact(a_, corrected));  // based on version 1 again
  EXPECT_EQ(AuditCount("contact.record", person_.id), 1u);
  EXPECT_EQ(AuditCount("contact.correct", person_.id), 1u);
}

TEST_F(TeamServiceTest, AContactsStaffAreRealAccountsFromTheirOwnOrganisations) {
  Episode e = Open(a_, a_.user_id);
  Contact draft{.occurred_at = world_.clock.Now() - std::chrono::hours(1),
                .duration_minutes = 60,
                .staff = {{.user_id = a_peer_.user_id, .organisation_id = a_peer_.organisation_id}},
                .people = {{.person_id = person_.id, .episode_id = e.id}},
                .mode = ContactMode::kFaceToFace,
                .place = ContactPlace::kHome};
  // A practitioner and a peer worker from the voluntary sector, together.
  auto shared = team_.RecordContact(a_, draft);
  ASSERT_TRUE(shared) << shared.error().message;
  ASSERT_EQ(shared->staff.size(), 2u);
  EXPECT_EQ(shared->staff[0].user_id, a_.user_id);
  EXPECT_EQ(shared->staff[1].organisation_id, "org-vcse");

  Contact wrong_org = draft;
  wrong_org.staff[0].organisation_id = a_.organisation_id;
  ASSERT_NE(wrong_org.staff[0].organisation_id, "org-vcse");
  Contact nobody = draft;
  nobody.staff[0].user_id = NewId(world_.random);
  for (const Contact& bad : {wrong_org, nobody}) {
    auto refused = team_.RecordContact(a_, bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
    ASSERT_EQ(refused.error().field_errors.size(), 1u);
    EXPECT_EQ(refused.error().field_errors[0].field, "staff");
  }
  // A correction may not add someone who is not there either, but keeps
  // who was recorded.
  Contact corrected = *shared;
  corrected.staff.push_back(nobody.staff[0]);
  auto refused = team_.CorrectContact(a_, corrected);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
  corrected.staff.pop_back();
  corrected.note = "Met at home with her sister";
  EXPECT_TRUE(team_.CorrectContact(a_, corrected));
  auto view = team_.Record(a_, person_.id);
  ASSERT_TRUE(view);
  ASSERT_EQ(view->contacts.size(), 1u);
}

TEST_F(TeamServiceTest, TheHuddleShowsTheTeamsWorkAndDecisionsComeBackUntilDone) {
  Open(a_, a_.user_id);
  auto concern = team_.RaiseConcern(a_peer_, person_.id, "Sounded very low on the phone");
  ASSERT_TRUE(concern);
  auto board = team_.Huddle(a_);
  ASSERT_TRUE(board) << board.error().message;
  EXPECT_EQ(board->team_name, "Team A");
  ASSERT_EQ(board->board.concerns.size(), 1u);
  EXPECT_EQ(board->board.concerns[0].person_name, "Rosa Diaz");
  EXPECT_EQ(AuditCount("person.huddle", person_.id), 1u);
  EXPECT_FALSE(team_.Huddle(partner_));
  EXPECT_FALSE(team_.Huddle(admin_));

  TeamDecisionDraft draft{.huddle_on = Today(),
                          .about = {DecisionSubjectKind::kConcern, concern->id},
                          .person_id = person_.id,
                          .what = "Ring Rosa today and offer a walk",
                          .who_does_it = a_peer_.user_id,
                          .by_when = Today().PlusDays(1),
                          .present = {a_.user_id, a_peer_.user_id}};
  TeamDecisionDraft outsider = draft;
  outsider.present = {a_.user_id, b_.user_id};
  auto refused = team_.RecordDecision(a_, outsider);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
  auto d = team_.RecordDecision(a_, draft);
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_FALSE(team_.RecordDecision(b_, draft));

  world_.clock.Advance(std::chrono::hours(24));
  auto tomorrow = team_.Huddle(a_peer_);
  ASSERT_TRUE(tomorrow);
  ASSERT_EQ(tomorrow->board.carried_over.size(), 1u);
  auto done = team_.MarkDecisionDone(a_peer_, d->id, 1, "Walked Thursday; feeling better");
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_TRUE(team_.Huddle(a_)->board.carried_over.empty());
}

// The board reads names only for the people it shows, once it knows who
// they are; every item with a person is named, whichever section it is in.
TEST_F(TeamServiceTest, TheHuddleNamesThePeopleItShowsInEverySection) {
  auto e = team_.OpenEpisode(a_, {.person_id = person_.id,
                                  .keyworker_user_id = a_.user_id,
                                  .started_on = Today().PlusDays(-40)});
  ASSERT_TRUE(e) << e.error().message;
  ASSERT_TRUE(team_.PlanEnding(a_, e->id, e->version, Today().PlusDays(2)));
  auto concern = team_.RaiseConcern(a_peer_, person_.id, "Sounded very low on the phone");
  ASSERT_TRUE(concern);
  auto d = team_.RecordDecision(a_, {.huddle_on = Today(),
                                     .about = {DecisionSubjectKind::kConcern, concern->id},
                                     .person_id = person_.id,
                                     .what = "Ring Rosa today",
                                     .who_does_it = a_peer_.user_id,
                                     .by_when = Today().PlusDays(1),
                                     .present = {a_.user_id, a_peer_.user_id}});
  ASSERT_TRUE(d) << d.error().message;
  world_.clock.Advance(std::chrono::hours(24));

  auto board = team_.Huddle(a_lead_);
  ASSERT_TRUE(board) << board.error().message;
  for (const auto* items : {&board->board.not_seen, &board->board.due_this_week,
                            &board->board.concerns, &board->board.carried_over}) {
    ASSERT_EQ(items->size(), 1u);
    EXPECT_EQ((*items)[0].person_id, person_.id);
    EXPECT_EQ((*items)[0].person_name, "Rosa Diaz") << HuddleItemKindKey((*items)[0].kind);
  }
  EXPECT_EQ(AuditCount("person.huddle", person_.id), 1u);
}

// An item's own page: the board with that item alone, only its person
// audited; anything not on today's board (or on another team's) is not found.
TEST_F(TeamServiceTest, OneItemOfTheBoardIsReadAndAuditedAlone) {
  Person other;
  other.given_name = "Sol";
  other.family_name = "Lee";
  auto sol = people_.Create(a_, other, "Introduced");
  ASSERT_TRUE(sol);
  auto concern = team_.RaiseConcern(a_peer_, person_.id, "Sounded very low on the phone");
  auto second = team_.RaiseConcern(a_peer_, sol->id, "Missed two visits");
  ASSERT_TRUE(concern && second);
  const std::size_t audited = world_.Audit().size();

  auto item = team_.HuddleItemOnBoard(a_, HuddleItemKind::kConcern, concern->id);
  ASSERT_TRUE(item) << item.error().message;
  EXPECT_EQ(item->team_name, "Team A");
  EXPECT_FALSE(item->team_members.empty());
  ASSERT_EQ(item->board.concerns.size(), 1u);
  EXPECT_EQ(item->board.concerns[0].subject_id, concern->id);
  EXPECT_EQ(item->board.concerns[0].person_name, "Rosa Diaz");
  EXPECT_EQ(world_.Audit().size(), audited + 1);
  EXPECT_EQ(AuditCount("person.huddle", person_.id), 1u);
  EXPECT_EQ(AuditCount("person.huddle", sol->id), 0u);

  for (auto missing : {team_.HuddleItemOnBoard(a_, HuddleItemKind::kConcern, "no-such-concern"),
                       team_.HuddleItemOnBoard(a_, HuddleItemKind::kNotSeen, concern->id),
                       team_.HuddleItemOnBoard(b_, HuddleItemKind::kConcern, concern->id),
                       team_.HuddleItemOnBoard(partner_, HuddleItemKind::kConcern, concern->id)}) {
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  }
  EXPECT_EQ(world_.Audit().size(), audited + 1) << "nothing shown, nothing audited";
}

TEST_F(TeamServiceTest, ADecisionIsAboutSomethingOnTheTeamsOwnBoard) {
  auto concern = team_.RaiseConcern(a_peer_, person_.id, "Sounded very low on the phone");
  ASSERT_TRUE(concern);
  TeamDecisionDraft draft{.huddle_on = Today(),
                          .about = {DecisionSubjectKind::kConcern, concern->id},
                          .what = "Ring Rosa today",
                          .who_does_it = a_peer_.user_id,
                          .by_when = Today(),
                          .present = {a_.user_id, a_peer_.user_id}};
  // Team B, with a concern id of team A's and with one that does not exist:
  // the same refusal, naming the field.
  TeamDecisionDraft other = draft;
  other.present = {b_.user_id, b_lead_.user_id};
  other.who_does_it = b_.user_id;
  auto theirs = team_.RecordDecision(b_, other);
  other.about.id = "AAAAAAAAAAAAAAAAAAAAAA";
  auto made_up = team_.RecordDecision(b_, other);
  ASSERT_FALSE(theirs);
  ASSERT_FALSE(made_up);
  EXPECT_EQ(theirs.error().code, ErrorCode::kInvalidArgument);
  ASSERT_EQ(theirs.error().field_errors.size(), 1u);
  EXPECT_EQ(theirs.error().field_errors[0].field, "about");
  EXPECT_EQ(theirs.error().field_errors[0].message, made_up.error().field_errors[0].message);
  // About the concern but naming someone else: refused too.
  TeamDecisionDraft wrong_person = draft;
  wrong_person.person_id = "BBBBBBBBBBBBBBBBBBBBBB";
  EXPECT_FALSE(team_.RecordDecision(a_, wrong_person));
  // The team's own concern: the decision takes the concern's person.
  auto d = team_.RecordDecision(a_, draft);
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->person_id, person_.id);
  auto view = team_.Record(a_, person_.id);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->decisions.size(), 1u);
}

TEST_F(TeamServiceTest, AnotherTeamCorrectingAContactReadsAsNoContact) {
  Episode e = Open(a_, a_.user_id);
  auto c = team_.RecordContact(a_, {.occurred_at = world_.clock.Now() - std::chrono::hours(1),
                                    .duration_minutes = 30,
                                    .people = {{.person_id = person_.id, .episode_id = e.id}},
                                    .mode = ContactMode::kPhone});
  ASSERT_TRUE(c) << c.error().message;
  Contact missing = *c;
  missing.id = "AAAAAAAAAAAAAAAAAAAAAA";
  auto none = team_.CorrectContact(b_, missing);
  auto theirs = team_.CorrectContact(b_, *c);
  ASSERT_FALSE(none);
  ASSERT_FALSE(theirs);
  EXPECT_EQ(theirs.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(theirs.error().message, none.error().message);
}

TEST_F(TeamServiceTest, CaseloadsShowEachWorkersPeopleAndTheTeamsBalance) {
  Open(a_, a_.user_id);
  auto mine = team_.Caseload(a_, "");
  ASSERT_TRUE(mine) << mine.error().message;
  ASSERT_EQ(mine->caseload.lines.size(), 1u);
  ASSERT_EQ(mine->people.size(), 1u);
  EXPECT_EQ(mine->people[0].given_name, "Rosa");
  EXPECT_EQ(AuditCount("person.caseload", person_.id), 1u);
  auto colleague = team_.Caseload(a_peer_, a_.user_id);
  ASSERT_TRUE(colleague);
  EXPECT_EQ(colleague->caseload.count, 1);
  auto other_team = team_.Caseload(b_, a_.user_id);
  ASSERT_FALSE(other_team);
  EXPECT_EQ(other_team.error().code, ErrorCode::kNotFound);
  auto balance = team_.TeamCaseload(a_lead_);
  ASSERT_TRUE(balance);
  EXPECT_EQ(balance->balance.count, 1);
  EXPECT_EQ(balance->workers.size(), 3u);
  EXPECT_FALSE(team_.TeamCaseload(commissioner_));
}

// Boards and caseloads are kept while the store's data stands still (ADR
// 0013): each view is still audited, and any change to the data, made
// through any service or straight into the store, is on the next view.
TEST_F(TeamServiceTest, ViewsKeptBetweenChangesAreAuditedAndNeverStale) {
  Open(a_, a_.user_id);
  ASSERT_TRUE(team_.RaiseConcern(a_, person_.id, "Sounded low"));
  auto first = team_.Huddle(a_);
  ASSERT_TRUE(first) << first.error().message;
  ASSERT_EQ(first->board.concerns.size(), 1u);
  auto again = team_.Huddle(a_peer_);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->board.concerns.size(), first->board.concerns.size());
  EXPECT_EQ(AuditCount("person.huddle", person_.id), 2u) << "the kept board is audited too";

  ASSERT_TRUE(team_.RaiseConcern(a_peer_, person_.id, "Missed two calls"));
  auto after_concern = team_.Huddle(a_);
  ASSERT_TRUE(after_concern);
  EXPECT_EQ(after_concern->board.concerns.size(), first->board.concerns.size() + 1);

  // A rename written by another service shows on the next board.
  Person renamed = person_;
  renamed.given_name = "Rosalind";
  renamed.version = 1;
  ASSERT_TRUE(people_.Update(a_, renamed, "Name corrected"));
  auto renamed_board = team_.Huddle(a_);
  ASSERT_TRUE(renamed_board);
  ASSERT_EQ(renamed_board->board.concerns.size(), 2u);
  EXPECT_EQ(renamed_board->board.concerns[0].person_name, "Rosalind Diaz");

  auto caseload = team_.Caseload(a_, "");
  ASSERT_TRUE(caseload);
  EXPECT_EQ(caseload->people.at(0).given_name, "Rosalind");
  ASSERT_TRUE(team_.Caseload(a_, ""));
  EXPECT_EQ(AuditCount("person.caseload", person_.id), 2u);

  // The next day the board is read again: the person, not seen since the
  // episode began, is "not seen" once the threshold has passed.
  EXPECT_TRUE(renamed_board->board.not_seen.empty());
  world_.clock.Advance(std::chrono::hours(24 * 29));
  auto later = team_.Huddle(a_);
  ASSERT_TRUE(later);
  EXPECT_EQ(later->board.not_seen.size(), 1u);
}

TEST_F(TeamServiceTest, FullerDetailsAreVersionedAndConflictsAreCaught) {
  PersonDetails details;
  details.pronouns = "she/her";
  auto first = team_.UpdateDetails(a_, person_.id, details, 0, "First visit");
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->version, 1);
  auto again = team_.UpdateDetails(a_peer_, person_.id, details, 0, "");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  details.safe_contact_notes = "Text first; do not call after 6pm";
  auto second = team_.UpdateDetails(a_peer_, person_.id, details, 1, "");
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(second->version, 2);
  EXPECT_FALSE(team_.UpdateDetails(b_, person_.id, details, 2, ""));
  auto view = team_.Record(a_, person_.id);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->details.details.safe_contact_notes, "Text first; do not call after 6pm");
  EXPECT_EQ(AuditCount("person.details.update", person_.id), 2u);
}

TEST_F(TeamServiceTest, SomeoneNewInTheirCornerGetsAnIdAndOthersKeepTheirs) {
  PersonDetails details;
  details.people_in_corner = {{.name = "Grace", .relationship = CornerRelationship::kFamily},
                              {.name = "Tom", .relationship = CornerRelationship::kFriend}};
  auto first = team_.UpdateDetails(a_, person_.id, details, 0, "");
  ASSERT_TRUE(first) << first.error().message;
  const auto& people = first->details.people_in_corner;
  ASSERT_EQ(people.size(), 2u);
  EXPECT_TRUE(IsValidId(people[0].id)) << people[0].id;
  EXPECT_TRUE(IsValidId(people[1].id)) << people[1].id;
  EXPECT_NE(people[0].id, people[1].id);

  // Tom's phone changes and someone new joins: Grace and Tom keep their ids.
  PersonDetails edited = first->details;
  edited.people_in_corner[1].phone = "07700 900123";
  edited.people_in_corner.push_back(
      {.name = "Mrs Shah", .relationship = CornerRelationship::kNeighbour});
  auto second = team_.UpdateDetails(a_peer_, person_.id, edited, 1, "");
  ASSERT_TRUE(second) << second.error().message;
  const auto& now = second->details.people_in_corner;
  ASSERT_EQ(now.size(), 3u);
  EXPECT_EQ(now[0].id, people[0].id);
  EXPECT_EQ(now[1].id, people[1].id);
  EXPECT_EQ(now[1].phone, "07700 900123");
  EXPECT_TRUE(IsValidId(now[2].id));
  EXPECT_NE(now[2].id, now[0].id);
  EXPECT_NE(now[2].id, now[1].id);
  auto view = team_.Record(a_, person_.id);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->details.details.people_in_corner, now) << "stored as returned";
}

}  // namespace
}  // namespace team_service_test
}  // namespace lw

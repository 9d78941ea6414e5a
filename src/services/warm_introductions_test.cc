#include "services/warm_introductions.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "services/network_directory.h"
#include "services/people_service.h"
#include "services/service_test_support.h"
#include "services/team_service.h"
#include "storage/records/network_records.h"
#include "storage/records/outbox_records.h"
#include "testing/field_errors.h"

namespace lw {
namespace warm_introductions_test {
namespace {

using directory::DirectoryService;
using ::lw::testing::Fields;
using ::testing::ElementsAre;

class WarmIntroductionsTest : public ::testing::Test {
 protected:
  WarmIntroductionsTest()
      : people_(*world_.store, world_.clock, world_.random),
        team_(*world_.store, world_.clock, world_.random, TeamSettings{}),
        directory_(*world_.store, world_.clock, world_.random, DirectorySettings{}),
        warm_(*world_.store, world_.clock, world_.random, {.land_within_days = 10}) {
    a_ = world_.Add("alice", Role::kPractitioner, "team-a");
    b_ = world_.Add("bob", Role::kPractitioner, "team-b");
    partner_ = world_.Add("partner", Role::kNetworkPartner, "", "org-vcse");
    other_partner_ = world_.Add("other", Role::kNetworkPartner, "", "org-nhs");
    commissioner_ = world_.Add("commissioner", Role::kCommissioner);
    admin_ = world_.Add("admin", Role::kAdministrator);
    Person draft;
    draft.given_name = "Rosa";
    draft.family_name = "Diaz";
    draft.date_of_birth = *Date::FromYmd(1990, 4, 1);
    draft.postcode = "SK14 2QR";
    person_ = *people_.Create(a_, draft, "Introduced");
    episode_id_ = team_
                      .OpenEpisode(a_, {.person_id = person_.id,
                                        .keyworker_user_id = a_.user_id,
                                        .started_on = Today()})
                      ->id;
    auto org = directory_.CreateOrganisation(
        admin_, {.name = "Test Mind", .partner_organisation_id = "org-vcse"});
    service_ = *directory_.CreateService(admin_, Service("Debt advice", org->id));
  }

  static DirectoryService Service(std::string name, std::string organisation_id) {
    return DirectoryService{.organisation_id = std::move(organisation_id),
                            .name = std::move(name),
                            .description = "Free advice",
                            .needs = {directory::Need::kMoneyAndDebt},
                            .checked = {.on = *Date::FromYmd(2026, 5, 1), .by_name = "Feed"}};
  }

  Date Today() const { return Date::InLondon(world_.clock.Now()); }

  MakeWarmIntroductionRequest Request() const {
    return {.person_id = person_.id,
            .episode_id = episode_id_,
            .service_id = service_.id,
            .note = "Rent arrears",
            .parts = {SharedPart::kDateOfBirth}};
  }

  WarmIntroduction Made() {
    auto w = warm_.Make(a_, Request());
    EXPECT_TRUE(w) << w.error().message;
    return *w;
  }

  std::size_t AuditCount(const std::string& action) {
    std::size_t n = 0;
    for (const auto& e : world_.Audit()) {
      if (e.event.action == action && e.event.record_id == person_.id) ++n;
    }
    return n;
  }

  testing::ServiceWorld world_;
  PeopleService people_;
  TeamService team_;
  NetworkDirectory directory_;
  WarmIntroductions warm_;
  Actor a_, b_, partner_, other_partner_, commissioner_, admin_;
  Person person_;
  std::string episode_id_;
  DirectoryService service_;
};

TEST_F(WarmIntroductionsTest, MakingOneRecordsTheConsentAndTheAnsweringOrganisation) {
  WarmIntroduction w = Made();
  EXPECT_EQ(w.team_id, "team-a");
  EXPECT_EQ(w.service_name, "Debt advice");
  EXPECT_EQ(w.partner_organisation_id, "org-vcse");
  EXPECT_EQ(w.consent.recorded_by_user_id, a_.user_id);
  EXPECT_EQ(w.consent.recorded_at, world_.clock.Now());
  EXPECT_EQ(AuditCount("warm_introduction.make"), 1u);
}

TEST_F(WarmIntroductionsTest, EveryProblemWithTheRequestAtOnceAndNothingStored) {
  MakeWarmIntroductionRequest r = Request();
  r.episode_id = "EPISODEXXXXXXXXXXXXXXX";
  r.service_id = "00000000-0000-4000-8000-000000000000";
  r.note = "";
  auto made = warm_.Make(a_, r);
  EXPECT_THAT(Fields(made), ElementsAre("episode_id", "service_id", "note"));
  EXPECT_TRUE(warm_.ForPerson(a_, person_.id)->empty());
}

TEST_F(WarmIntroductionsTest, AClosedServiceIsRefused) {
  DirectoryService closed = service_;
  closed.status = directory::ServiceStatus::kTemporarilyClosed;
  ASSERT_TRUE(directory_.UpdateService(admin_, closed, service_.version));
  auto made = warm_.Make(a_, Request());
  ASSERT_FALSE(made);
  EXPECT_EQ(made.error().field_errors.at(0).message,
            "This service is Temporarily closed: choose another");
}

TEST_F(WarmIntroductionsTest, AnotherTeamCannotMakeOneAndTheAttemptIsAudited) {
  auto made = warm_.Make(b_, Request());
  ASSERT_FALSE(made);
  EXPECT_EQ(made.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(AuditCount("person.access_refused"), 1u);
}

TEST_F(WarmIntroductionsTest, ThePartnerSeesTheNameAndOnlyTheConsentedParts) {
  WarmIntroduction w = Made();
  auto seen = warm_.Get(partner_, w.id);
  ASSERT_TRUE(seen) << seen.error().message;
  EXPECT_EQ(seen->reader, WarmSide::kService);
  ASSERT_TRUE(seen->shared.has_value());
  EXPECT_EQ(seen->shared->name, "Rosa Diaz");
  EXPECT_EQ(seen->shared->date_of_birth, *Date::FromYmd(1990, 4, 1));
  EXPECT_FALSE(seen->shared->contact.has_value());
  EXPECT_FALSE(seen->shared->address.has_value());
  EXPECT_EQ(AuditCount("warm_introduction.shared_read"), 1u);
  // The team sees it whole, and never through `shared`.
  auto team = warm_.Get(a_, w.id);
  ASSERT_TRUE(team);
  EXPECT_EQ(team->reader, WarmSide::kTeam);
  EXPECT_FALSE(team->shared.has_value());
}

TEST_F(WarmIntroductionsTest, EveryoneElseIsToldItDoesNotExist) {
  WarmIntroduction w = Made();
  for (const Actor* who : {&other_partner_, &b_, &commissioner_, &admin_}) {
    auto seen = warm_.Get(*who, w.id);
    ASSERT_FALSE(seen) << who->username;
    EXPECT_EQ(seen.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(seen.error().message, "No introduction found");
    EXPECT_FALSE(warm_.RecordStep(*who, w.id, w.version, {.to = WarmState::kMet}));
  }
  EXPECT_EQ(warm_.Get(partner_, "WARMXXXXXXXXXXXXXXXXXX").error().message, "No introduction found");
  EXPECT_TRUE(warm_.ForPartner(other_partner_)->empty());
  EXPECT_FALSE(warm_.ForPartner(a_));
}

TEST_F(WarmIntroductionsTest, ThePartnerAnswersAsTheServiceAndTheTeamAsTheTeam) {
  WarmIntroduction w = Made();
  auto touched = warm_.RecordStep(partner_, w.id, w.version, {.to = WarmState::kInTouch});
  ASSERT_TRUE(touched) << touched.error().message;
  EXPECT_EQ(touched->steps.back().side, WarmSide::kService);
  auto stale = warm_.RecordStep(a_, w.id, w.version, {.to = WarmState::kMet});
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  auto met = warm_.RecordStep(a_, w.id, touched->version, {.to = WarmState::kMet});
  ASSERT_TRUE(met);
  EXPECT_EQ(met->steps.back().side, WarmSide::kTeam);
  EXPECT_TRUE(met->Landed());
  auto partner_withdraws =
      warm_.RecordStep(partner_, w.id, met->version, {.to = WarmState::kWithdrawn, .note = "No"});
  EXPECT_EQ(partner_withdraws.error().code, ErrorCode::kFailedPrecondition);
}

TEST_F(WarmIntroductionsTest, AWithdrawnIntroductionSharesNothingAndListsNoName) {
  WarmIntroduction w = Made();
  ASSERT_TRUE(warm_.RecordStep(a_, w.id, w.version,
                               {.to = WarmState::kWithdrawn, .note = "She changed her mind"}));
  auto seen = warm_.Get(partner_, w.id);
  ASSERT_TRUE(seen);
  EXPECT_TRUE(seen->shared->withdrawn);
  EXPECT_EQ(seen->person_name, "");
  EXPECT_EQ(seen->introduction.note, "");
  EXPECT_EQ(seen->introduction.steps.back().note, "") << "the team's reason names her";
  auto list = warm_.ForPartner(partner_);
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].person_name, "");
  EXPECT_EQ((*list)[0].introduction.note, "");
  EXPECT_TRUE((*list)[0].shared->withdrawn);
}

TEST_F(WarmIntroductionsTest, ThePartnerNeverSeesTheTeamsNotesOrThePersonsView) {
  WarmIntroduction w = Made();
  auto touched = *warm_.RecordStep(partner_, w.id, w.version,
                                   {.to = WarmState::kInTouch, .note = "Left a message"});
  auto met = *warm_.RecordStep(a_, w.id, touched.version,
                               {.to = WarmState::kMet, .note = "Went with Rosa; her brother too"});
  ASSERT_TRUE(warm_.RecordPersonView(a_, w.id, met.version, PersonFeeling::kMixed, "Nervous"));
  auto seen = warm_.Get(partner_, w.id);
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->introduction.steps[0].note, "Left a message");
  EXPECT_EQ(seen->introduction.steps[1].note, "");
  EXPECT_FALSE(seen->introduction.person_view.has_value());
  EXPECT_EQ(seen->introduction.note, "Rent arrears") << "the note was written for the service";
  auto team = warm_.Get(a_, w.id);
  EXPECT_EQ(team->introduction.steps[1].note, "Went with Rosa; her brother too");
  EXPECT_TRUE(team->introduction.person_view.has_value());
}

TEST_F(WarmIntroductionsTest, ThePersonsViewIsTheTeamsToRecord) {
  WarmIntroduction w = Made();
  auto met = *warm_.RecordStep(partner_, w.id, w.version, {.to = WarmState::kMet});
  EXPECT_FALSE(warm_.RecordPersonView(partner_, w.id, met.version, PersonFeeling::kWentWell, ""));
  auto viewed = warm_.RecordPersonView(a_, w.id, met.version, PersonFeeling::kWentWell, "Kind");
  ASSERT_TRUE(viewed) << viewed.error().message;
  EXPECT_EQ(viewed->person_view->words, "Kind");
}

TEST_F(WarmIntroductionsTest, NotLandedInTimeReturnsToTheHuddle) {
  TeamService team(*world_.store, world_.clock, world_.random,
                   TeamSettings{.warm = {.land_within_days = 10}});
  WarmIntroduction w = Made();
  EXPECT_TRUE(team.Huddle(a_)->board.warm_introductions.empty());
  world_.clock.Advance(std::chrono::duration_cast<Micros>(std::chrono::days(11)));
  auto board = team.Huddle(a_);
  ASSERT_TRUE(board);
  ASSERT_EQ(board->board.warm_introductions.size(), 1u);
  EXPECT_EQ(board->board.warm_introductions[0].about.id, w.id);
  EXPECT_EQ(board->board.warm_introductions[0].person_name, "Rosa Diaz");
  // Once it lands it leaves the board.
  ASSERT_TRUE(warm_.RecordStep(partner_, w.id, w.version, {.to = WarmState::kMet}));
  EXPECT_TRUE(team.Huddle(a_)->board.warm_introductions.empty());
}

TEST_F(WarmIntroductionsTest, RemindersAreRecordedOnceWhenDueThenWeekly) {
  WarmIntroduction w = Made();
  const WarmIntroductionRules rules{.land_within_days = 10, .remind_every_days = 7};
  auto run = [&] {
    int sent = -1;
    auto done = world_.store->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      auto r = RecordDueReminders(tx, world_.clock.Now(), rules, "https://lw.example");
      if (!r) return Fail(r.error());
      sent = *r;
      return Ok();
    });
    EXPECT_TRUE(done);
    return sent;
  };
  world_.clock.Advance(std::chrono::duration_cast<Micros>(std::chrono::days(10)));
  EXPECT_EQ(run(), 0);
  world_.clock.Advance(std::chrono::duration_cast<Micros>(std::chrono::days(1)));
  EXPECT_EQ(run(), 1);
  EXPECT_EQ(run(), 0) << "not twice in a day";
  world_.clock.Advance(std::chrono::duration_cast<Micros>(std::chrono::days(7)));
  EXPECT_EQ(run(), 1);
  auto now = warm_.Get(a_, w.id);
  EXPECT_EQ(now->introduction.reminders_sent, 2);
  EXPECT_TRUE(now->not_landed_in_time);
}

// Reminder emails: queued with the reminder, in its transaction.
class WarmReminderMailTest : public WarmIntroductionsTest {
 protected:
  const WarmIntroductionRules rules_{.land_within_days = 10, .remind_every_days = 7};

  void GiveAliceAnEmail() {
    ASSERT_TRUE(world_.store->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      auto u = tx.GetUser(a_.user_id);
      if (!u) return Fail(u.error());
      User alice = **u;
      alice.email = "alice@millbrook.example";
      return tx.UpdateUser(alice);
    }));
  }

  void GiveTheServiceAnEmail() {
    DirectoryService s = directory_.GetService(admin_, service_.id)->service;
    s.contact.email = "debt-advice@test-mind.example";
    auto updated = directory_.UpdateService(admin_, s, s.version);
    ASSERT_TRUE(updated) << updated.error().message;
  }

  int RunReminders() {
    int recorded = -1;
    EXPECT_TRUE(world_.store->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      auto r = RecordDueReminders(tx, world_.clock.Now(), rules_, "https://lw.example/");
      if (!r) return Fail(r.error());
      recorded = *r;
      return Ok();
    }));
    return recorded;
  }

  std::vector<OutboxMessage> Queued() {
    std::vector<OutboxMessage> out;
    EXPECT_TRUE(world_.store->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto list = records::List<OutboxMessage>(tx, {});
      if (!list) return Fail(list.error());
      out = *list;
      return Ok();
    }));
    return out;
  }

  void AdvanceDays(int days) {
    world_.clock.Advance(std::chrono::duration_cast<Micros>(std::chrono::days(days)));
  }
};

TEST_F(WarmReminderMailTest, QueuesOneToTheServiceAndOneToThePractitionerWithNoPersonalData) {
  GiveAliceAnEmail();
  GiveTheServiceAnEmail();
  WarmIntroduction w = Made();
  const std::string made_on = Today().ToDisplay();
  AdvanceDays(11);
  ASSERT_EQ(RunReminders(), 1);
  std::vector<OutboxMessage> out = Queued();
  ASSERT_EQ(out.size(), 2u);
  std::vector<std::string> to;
  for (const OutboxMessage& m : out) {
    to.push_back(m.to);
    EXPECT_EQ(m.state, OutboxState::kQueued);
    EXPECT_EQ(m.kind, OutboxKind::kWarmReminder);
    EXPECT_EQ(m.about_id, w.id);
    EXPECT_EQ(m.created_at, world_.clock.Now());
    EXPECT_EQ(m.body, "A warm introduction to Debt advice, made on " + made_on +
                          ", has not landed after 11 days.\n\nSign in to see it: "
                          "https://lw.example/warm-introductions/" +
                          w.id +
                          "\n\nThis message holds no personal details: they are kept in "
                          "Living Well.");
    for (std::string_view personal : {"Rosa", "Diaz", "Rent arrears", "alice", "1990"}) {
      EXPECT_EQ(m.body.find(personal), std::string::npos) << personal;
      EXPECT_EQ(m.subject.find(personal), std::string::npos) << personal;
    }
  }
  EXPECT_THAT(to, ::testing::UnorderedElementsAre("debt-advice@test-mind.example",
                                                  "alice@millbrook.example"));
  // Not again the same day; again with the next weekly reminder.
  EXPECT_EQ(RunReminders(), 0);
  EXPECT_EQ(Queued().size(), 2u);
  AdvanceDays(7);
  ASSERT_EQ(RunReminders(), 1);
  EXPECT_EQ(Queued().size(), 4u);
}

TEST_F(WarmReminderMailTest, NothingForAnIntroductionNotDue) {
  GiveAliceAnEmail();
  GiveTheServiceAnEmail();
  Made();
  AdvanceDays(10);
  EXPECT_EQ(RunReminders(), 0);
  EXPECT_TRUE(Queued().empty());
}

TEST_F(WarmReminderMailTest, NoPractitionerMessageWithoutAnEmailAndTheOrganisationsAsFallback) {
  // Alice has no email; the service none either, but its organisation has.
  auto org = directory_.GetOrganisation(admin_, service_.organisation_id);
  ASSERT_TRUE(org);
  directory::DirectoryOrganisation o = *org;
  o.contact.email = "hello@test-mind.example";
  ASSERT_TRUE(directory_.UpdateOrganisation(admin_, o, o.version));
  Made();
  AdvanceDays(11);
  ASSERT_EQ(RunReminders(), 1);
  std::vector<OutboxMessage> out = Queued();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].to, "hello@test-mind.example");
}

TEST_F(WarmReminderMailTest, NoAddressesNoMessagesButTheReminderIsStillRecorded) {
  WarmIntroduction w = Made();
  AdvanceDays(11);
  ASSERT_EQ(RunReminders(), 1);
  EXPECT_TRUE(Queued().empty());
  EXPECT_EQ(warm_.Get(a_, w.id)->introduction.reminders_sent, 1);
}

}  // namespace
}  // namespace warm_introductions_test
}  // namespace lw

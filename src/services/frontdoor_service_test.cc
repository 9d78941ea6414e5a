#include "services/frontdoor_service.h"

#include <gtest/gtest.h>

#include <cstring>
#include <deque>

#include "domain/frontdoor/reference.h"
#include "services/people_service.h"
#include "services/service_test_support.h"

namespace lw {
namespace frontdoor_service_test {
namespace {

using std::chrono::days;
using std::chrono::hours;

// Randomness whose 8-byte draws (references) follow a script, so a test
// can make a reference collide; every other draw counts up (ids stay unique).
class ScriptedRandom final : public Random {
 public:
  void Fill(std::span<std::byte> out) override {
    if (out.size() == 8 && !script_.empty()) {
      std::uint64_t v = script_.front();
      script_.pop_front();
      std::memcpy(out.data(), &v, 8);
      return;
    }
    for (std::byte& b : out) b = static_cast<std::byte>(++counter_ * 131 % 251);
    ++counter_;
  }
  std::deque<std::uint64_t> script_;

 private:
  unsigned counter_ = 0;
};

IntroductionDraft PublicDraft() {
  IntroductionDraft d;
  d.source = "self";
  d.given_name = "Asha";
  d.family_name = "Patel";
  d.date_of_birth_day = "14";
  d.date_of_birth_month = "7";
  d.date_of_birth_year = "1990";
  d.postcode = "sk14 1aa";
  d.contact_methods = {"phone"};
  d.phone = "07700 900982";
  d.in_their_words = "I have not been sleeping <and> I feel alone.";
  d.privacy_agreed = true;
  return d;
}

IntroductionDraft GpDraft(std::string team = "") {
  IntroductionDraft d = PublicDraft();
  d.source = "gp";
  d.introducer_name = "Dr Okafor";
  d.introducer_organisation = "Hyde Medical Centre";
  d.privacy_agreed = false;
  d.team_id = std::move(team);
  return d;
}

class FrontDoorServiceTest : public ::testing::Test {
 protected:
  FrontDoorServiceTest() : service_(MakeService({})) {
    auto seeded = world_.store->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      if (auto s = tx.PutNeighbourhood({"n-south", "loc", "South"}); !s) return s;
      return tx.PutTeam({"team-s", "loc", "n-south", "Team South"});
    });
    EXPECT_TRUE(seeded);
    front_ = world_.Add("fiona", Role::kFrontDoor, "team-a");
    a_ = world_.Add("alice", Role::kPractitioner, "team-a");
    b_ = world_.Add("bob", Role::kPractitioner, "team-b");
    partner_ = world_.Add("pat", Role::kNetworkPartner, "", "org-vcse");
    partner2_ = world_.Add("pam", Role::kNetworkPartner, "", "org-vcse");
    commissioner_ = world_.Add("cora", Role::kCommissioner);
  }

  FrontDoorService MakeService(FrontDoorOptions options) {
    return FrontDoorService(*world_.store, world_.clock, world_.random, std::move(options));
  }

  Introduction Public(FrontDoorService* service = nullptr) {
    auto r = (service != nullptr ? *service : service_).SubmitPublic(PublicDraft(), "", "", "ip1");
    EXPECT_TRUE(r) << r.error().message;
    return r->introduction;
  }

  std::size_t AuditCount(std::string_view action, std::string_view id) {
    std::size_t n = 0;
    for (const auto& e : world_.Audit()) {
      if (e.event.action == action && e.event.record_id == id) ++n;
    }
    return n;
  }

  std::size_t Stored() {
    std::size_t n = 0;
    EXPECT_TRUE(world_.store->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto all = tx.ListIntroductions({.open_only = false, .limit = 1000});
      if (!all) return Fail(all.error());
      n = all->size();
      return Ok();
    }));
    return n;
  }

  Introduction Held(const Introduction& in) {
    auto h = service_.RecordHeld(front_, in.id, in.version, {.what_matters = "My kids"});
    EXPECT_TRUE(h) << h.error().message;
    return *h;
  }

  testing::ServiceWorld world_;
  FrontDoorService service_;
  Actor front_, a_, b_, partner_, partner2_, commissioner_;
};

// --- Receiving introductions ------------------------------------------------

TEST_F(FrontDoorServiceTest, PublicIntroductionIsStoredOpenWithAReferenceAndAudited) {
  auto r = service_.SubmitPublic(PublicDraft(), "", "key-1", "203.0.113.9");
  ASSERT_TRUE(r) << r.error().message;
  const Introduction& in = r->introduction;
  EXPECT_FALSE(r->duplicate);
  EXPECT_TRUE(IsReference(in.reference)) << in.reference;
  EXPECT_EQ(in.version, 1);
  EXPECT_EQ(in.state, IntroductionState::kOpen);
  EXPECT_EQ(in.made_by_user_id, "");
  EXPECT_EQ(in.received_at, world_.clock.Now());
  EXPECT_EQ(in.postcode, "SK14 1AA");
  EXPECT_EQ(in.in_their_words, "I have not been sleeping <and> I feel alone.");
  EXPECT_EQ(in.team_id, "team-a");  // no neighbourhood: the first team by name
  EXPECT_EQ(AuditCount("introduction.create", in.id), 1u);
  EXPECT_EQ(Stored(), 1u);
}

TEST_F(FrontDoorServiceTest, PublicIntroductionGoesToTheNeighbourhoodsTeamElseTheDefault) {
  auto south = service_.SubmitPublic(PublicDraft(), "n-south", "", "ip");
  ASSERT_TRUE(south);
  EXPECT_EQ(south->introduction.team_id, "team-s");
  auto unknown = service_.SubmitPublic(PublicDraft(), "n-nowhere", "", "ip");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->introduction.team_id, "team-a");
  FrontDoorService configured = MakeService({.default_team_id = "Team B"});
  auto by_name = configured.SubmitPublic(PublicDraft(), "", "", "ip");
  ASSERT_TRUE(by_name);
  EXPECT_EQ(by_name->introduction.team_id, "team-b");
}

TEST_F(FrontDoorServiceTest, TheSameSubmissionKeyMakesOneIntroduction) {
  auto first = service_.SubmitPublic(PublicDraft(), "", "double-click", "ip");
  auto second = service_.SubmitPublic(PublicDraft(), "", "double-click", "ip");
  ASSERT_TRUE(first);
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_TRUE(second->duplicate);
  EXPECT_EQ(second->introduction.reference, first->introduction.reference);
  EXPECT_EQ(Stored(), 1u);
  // A staff form's key is not the public form's: it cannot fetch that one.
  auto staff = service_.Record(front_, GpDraft(), "double-click");
  ASSERT_FALSE(staff);
  EXPECT_EQ(staff.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Stored(), 1u);
}

TEST_F(FrontDoorServiceTest, PublicFormIsRateLimitedPerAddress) {
  FrontDoorService limited = MakeService({.public_limit = 2});
  ASSERT_TRUE(limited.SubmitPublic(PublicDraft(), "", "", "198.51.100.1"));
  ASSERT_TRUE(limited.SubmitPublic(PublicDraft(), "", "", "198.51.100.1"));
  auto third = limited.SubmitPublic(PublicDraft(), "", "", "198.51.100.1");
  ASSERT_FALSE(third);
  EXPECT_EQ(third.error().code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(Stored(), 2u);
  EXPECT_TRUE(limited.SubmitPublic(PublicDraft(), "", "", "198.51.100.2"));
  world_.clock.Advance(hours(1));
  EXPECT_TRUE(limited.SubmitPublic(PublicDraft(), "", "", "198.51.100.1"));
  // A repeat of an accepted form is not a new introduction and is not refused.
  FrontDoorService one = MakeService({.public_limit = 1});
  ASSERT_TRUE(one.SubmitPublic(PublicDraft(), "", "k", "198.51.100.3"));
  EXPECT_TRUE(one.SubmitPublic(PublicDraft(), "", "k", "198.51.100.3"));
}

TEST_F(FrontDoorServiceTest, BadPublicInputIsRefusedWithFieldErrorsAndNothingStored) {
  IntroductionDraft d = PublicDraft();
  d.given_name = " ";
  d.date_of_birth_day = "31";
  d.date_of_birth_month = "2";
  d.privacy_agreed = false;
  auto r = service_.SubmitPublic(d, "", "", "ip");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  std::vector<std::string> fields;
  for (const auto& f : r.error().field_errors) fields.push_back(f.field);
  EXPECT_NE(std::find(fields.begin(), fields.end(), "given_name"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "date_of_birth"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "privacy_agreed"), fields.end());
  EXPECT_EQ(Stored(), 0u);
  EXPECT_TRUE(world_.Audit().empty() ||
              world_.Audit().back().event.action != "introduction.create");
  IntroductionDraft police = PublicDraft();
  police.source = "police";  // only someone signed in speaks for a service
  auto claimed = service_.SubmitPublic(police, "", "", "ip");
  ASSERT_FALSE(claimed);
  EXPECT_EQ(claimed.error().field_errors.at(0).field, "source");
  auto long_key = service_.SubmitPublic(PublicDraft(), "", std::string(101, 'k'), "ip");
  ASSERT_FALSE(long_key);
  EXPECT_EQ(long_key.error().field_errors.at(0).field, "submission_key");
}

TEST_F(FrontDoorServiceTest, ACollidingReferenceIsDrawnAgain) {
  ScriptedRandom scripted;
  scripted.script_ = {7, 7, 9};
  FrontDoorService service(*world_.store, world_.clock, scripted, FrontDoorOptions{});
  auto first = service.SubmitPublic(PublicDraft(), "", "", "ip");
  auto second = service.SubmitPublic(PublicDraft(), "", "", "ip");
  ASSERT_TRUE(first);
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(first->introduction.reference, FormatReference(7));
  EXPECT_EQ(second->introduction.reference, FormatReference(9));
  EXPECT_EQ(Stored(), 2u);
}

TEST_F(FrontDoorServiceTest, StaffRecordAnIntroductionFromAnyRouteButSelf) {
  auto r = service_.Record(a_, GpDraft(), "");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->introduction.made_by_user_id, a_.user_id);
  EXPECT_EQ(r->introduction.team_id, "team-a");  // the actor's team by default
  EXPECT_EQ(r->introduction.source, IntroductionSource::kGp);
  auto self = GpDraft();
  self.source = "self";
  auto refused = service_.Record(a_, self, "");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().field_errors.at(0).field, "source");
  auto bogus = GpDraft();
  bogus.source = "bogus";
  EXPECT_EQ(service_.Record(a_, bogus, "").error().code, ErrorCode::kInvalidArgument);
}

TEST_F(FrontDoorServiceTest, WhoMayIntroduceToWhichTeam) {
  // A practitioner works their own team; the front door works every team.
  auto other = service_.Record(a_, GpDraft("team-b"), "");
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code, ErrorCode::kPermissionDenied);
  EXPECT_TRUE(service_.Record(front_, GpDraft("team-b"), ""));
  // A partner has no team: they choose one; a team that does not exist is a field error.
  auto none = service_.Record(partner_, GpDraft(), "");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().field_errors.at(0).field, "team_id");
  auto ghost = service_.Record(front_, GpDraft("team-ghost"), "");
  ASSERT_FALSE(ghost);
  EXPECT_EQ(ghost.error().field_errors.at(0).field, "team_id");
  EXPECT_TRUE(service_.Record(partner_, GpDraft("team-a"), ""));
  EXPECT_EQ(service_.Record(commissioner_, GpDraft("team-a"), "").error().code,
            ErrorCode::kPermissionDenied);
}

// --- Reading ----------------------------------------------------------------

TEST_F(FrontDoorServiceTest, PartnersSeeOnlyTheirOwnAsTheIntroducerSeesThem) {
  auto made = service_.Record(partner_, GpDraft("team-a"), "");
  ASSERT_TRUE(made);
  const std::string id = made->introduction.id;
  auto assigned = service_.Assign(front_, id, 1, a_.user_id);
  ASSERT_TRUE(assigned) << assigned.error().message;

  auto mine = service_.Get(partner_, id);
  ASSERT_TRUE(mine);
  EXPECT_EQ(mine->in_their_words, made->introduction.in_their_words);
  EXPECT_EQ(mine->assigned_user_id, "");  // the team's, not theirs
  auto theirs = service_.Get(partner2_, id);
  ASSERT_FALSE(theirs);
  EXPECT_EQ(theirs.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(AuditCount("introduction.access_refused", id), 1u);
  EXPECT_EQ(service_.History(partner_, id).error().code, ErrorCode::kNotFound);
  // Partners never change an introduction.
  EXPECT_EQ(service_.Assign(partner_, id, 2, "").error().code, ErrorCode::kNotFound);

  auto list = service_.List(partner_, {});
  ASSERT_TRUE(list);
  ASSERT_EQ(list->items.size(), 1u);
  EXPECT_FALSE(list->whole_records);
  EXPECT_EQ(list->items[0].assigned_user_id, "");
  EXPECT_TRUE(service_.List(partner2_, {})->items.empty());
}

TEST_F(FrontDoorServiceTest, EveryReadIsAuditedAndOutsidersSeeNothing) {
  Introduction in = Public();
  ASSERT_TRUE(service_.Get(front_, in.id));
  ASSERT_TRUE(service_.History(a_, in.id));
  EXPECT_EQ(AuditCount("introduction.read", in.id), 1u);
  EXPECT_EQ(AuditCount("introduction.history", in.id), 1u);
  EXPECT_EQ(service_.Get(b_, in.id).error().code, ErrorCode::kNotFound);  // another team
  EXPECT_EQ(service_.Get(commissioner_, in.id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(service_.Get(front_, "not an id").error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(service_.List(commissioner_, {})->items.empty());
}

TEST_F(FrontDoorServiceTest, ListIsScopedPagedCountsPastTargetAndAuditsEachItem) {
  for (int i = 0; i < 3; ++i) Public();
  world_.clock.Advance(days(20));
  auto recent = service_.Record(front_, GpDraft("team-b"), "");
  ASSERT_TRUE(recent);

  auto all = service_.List(front_, {.page_size = 2});
  ASSERT_TRUE(all) << all.error().message;
  EXPECT_EQ(all->total, 4);
  EXPECT_EQ(all->past_target, 3);
  EXPECT_EQ(all->pages, 2);
  EXPECT_EQ(all->items.size(), 2u);
  for (const auto& in : all->items) EXPECT_EQ(AuditCount("introduction.list", in.id), 1u);
  auto page2 = service_.List(front_, {.page = 2, .page_size = 2});
  ASSERT_TRUE(page2);
  ASSERT_EQ(page2->items.size(), 2u);
  EXPECT_EQ(page2->items[1].id, recent->introduction.id);  // oldest first

  auto team_b = service_.List(front_, {.team_id = "team-b"});
  ASSERT_TRUE(team_b);
  EXPECT_EQ(team_b->total, 1);
  EXPECT_EQ(team_b->past_target, 0);
  // A practitioner sees their own team's; a filter cannot widen that.
  EXPECT_EQ(service_.List(a_, {})->total, 3);
  EXPECT_EQ(service_.List(b_, {})->total, 1);
  EXPECT_TRUE(service_.List(a_, {.team_id = "team-b"})->items.empty());
  EXPECT_EQ(service_.List(front_, {.page = 0}).error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(service_.List(front_, {.page_size = 500}).error().code, ErrorCode::kInvalidArgument);
}

// --- The lifecycle through the service ---------------------------------------

TEST_F(FrontDoorServiceTest, ContactAttemptsOnlyByAllowedMethods) {
  Introduction in = Public();  // phone only
  auto text = service_.RecordAttempt(a_, in.id, 1, {.method = "text"});
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().field_errors.at(0).field, "method");
  auto bogus = service_.RecordAttempt(a_, in.id, 1, {.method = "pigeon"});
  ASSERT_FALSE(bogus);
  EXPECT_EQ(bogus.error().field_errors.at(0).field, "method");
  auto phone =
      service_.RecordAttempt(a_, in.id, 1, {.method = "phone", .outcome_note = "No answer"});
  ASSERT_TRUE(phone) << phone.error().message;
  EXPECT_EQ(phone->version, 2);
  ASSERT_EQ(phone->attempts.size(), 1u);
  EXPECT_EQ(phone->attempts[0].by_user_id, a_.user_id);
  EXPECT_EQ(phone->attempts[0].at, world_.clock.Now());
  EXPECT_EQ(AuditCount("introduction.update", in.id), 1u);
}

TEST_F(FrontDoorServiceTest, AChangeBasedOnAnOldVersionIsAConflictAndChangesNothing) {
  Introduction in = Public();
  ASSERT_TRUE(service_.RecordAttempt(a_, in.id, 1, {.method = "phone"}));
  auto stale = service_.RecordAttempt(front_, in.id, 1, {.method = "phone"});
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().current_version, 2);
  auto now = service_.Get(front_, in.id);
  EXPECT_EQ(now->attempts.size(), 1u);
  EXPECT_EQ(now->version, 2);
}

TEST_F(FrontDoorServiceTest, BookingValidatesDateTimePlaceAndWorker) {
  Introduction in = Public();
  BookingInput bad{.day = "31",
                   .month = "2",
                   .year = "2026",
                   .time = "25:00",
                   .place = "moon",
                   .with_user_id = "nobody"};
  auto r = service_.Book(front_, in.id, 1, bad);
  ASSERT_FALSE(r);
  std::vector<std::string> fields;
  for (const auto& f : r.error().field_errors) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"date", "time", "place"}));

  BookingInput good{.day = "2",
                    .month = "6",
                    .year = "2026",
                    .time = "2:30pm",
                    .place = "community-venue",
                    .with_user_id = "nobody",
                    .where_detail = "Library"};
  auto unknown_worker = service_.Book(front_, in.id, 1, good);
  ASSERT_FALSE(unknown_worker);
  EXPECT_EQ(unknown_worker.error().field_errors.at(0).field, "with_user_id");
  good.with_user_id = commissioner_.user_id;  // not someone who holds conversations
  EXPECT_EQ(service_.Book(front_, in.id, 1, good).error().field_errors.at(0).field, "with_user_id");
  good.with_user_id = a_.user_id;
  auto booked = service_.Book(front_, in.id, 1, good);
  ASSERT_TRUE(booked) << booked.error().message;
  EXPECT_EQ(booked->state, IntroductionState::kConversationBooked);
  EXPECT_EQ(FormatLondon(booked->booking->when), "2 June 2026, 2:30pm");
  EXPECT_EQ(booked->booking->place, ConversationPlace::kCommunityVenue);

  BookingInput past = good;
  past.year = "2025";
  EXPECT_EQ(service_.Book(front_, in.id, 2, past).error().field_errors.at(0).field, "date");
}

TEST_F(FrontDoorServiceTest, SupportBeginsMakesAndLinksTheRecordAndAssignsTheKeyworker) {
  Introduction in = Held(Public());
  auto no_keyworker = service_.Close(front_, in.id, in.version, {.ending = "support-begins"});
  ASSERT_FALSE(no_keyworker);
  EXPECT_EQ(no_keyworker.error().field_errors.at(0).field, "keyworker_user_id");
  auto rejected = service_.Close(front_, in.id, in.version, {.ending = "rejected"});
  ASSERT_FALSE(rejected);
  EXPECT_EQ(rejected.error().field_errors.at(0).field, "ending");

  auto closed = service_.Close(front_, in.id, in.version,
                               {.ending = "support-begins", .keyworker_user_id = a_.user_id});
  ASSERT_TRUE(closed) << closed.error().message;
  EXPECT_EQ(closed->version, in.version + 1);  // one change, one version
  EXPECT_EQ(closed->state, IntroductionState::kClosed);
  EXPECT_EQ(closed->ending, Ending::kSupportBegins);
  EXPECT_EQ(closed->assigned_user_id, a_.user_id);
  ASSERT_FALSE(closed->person_id.empty());
  EXPECT_EQ(AuditCount("person.create", closed->person_id), 1u);
  PeopleService people(*world_.store, world_.clock, world_.random);
  auto person = people.Get(a_, closed->person_id);
  ASSERT_TRUE(person) << person.error().message;
  EXPECT_EQ(person->given_name, "Asha");
  EXPECT_EQ(person->team_id, "team-a");
  // Closed is closed: nothing more changes it.
  EXPECT_EQ(
      service_.RecordAttempt(front_, in.id, closed->version, {.method = "phone"}).error().code,
      ErrorCode::kFailedPrecondition);
}

TEST_F(FrontDoorServiceTest, ARefusedEndingStoresNothingAndMakesNoRecord) {
  Introduction in = Public();  // not held
  auto r = service_.Close(front_, in.id, 1,
                          {.ending = "support-begins", .keyworker_user_id = a_.user_id});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kFailedPrecondition);
  auto unreachable = service_.Close(front_, in.id, 1, {.ending = "could-not-be-reached"});
  ASSERT_FALSE(unreachable);
  EXPECT_EQ(unreachable.error().code, ErrorCode::kFailedPrecondition);
  auto now = service_.Get(front_, in.id);
  EXPECT_EQ(now->version, 1);
  EXPECT_TRUE(now->person_id.empty());
  PeopleService people(*world_.store, world_.clock, world_.random);
  EXPECT_TRUE(people.ListForTeam(a_, 10)->empty());
}

TEST_F(FrontDoorServiceTest, CouldNotBeReachedAfterTheLocalitysAttemptsOverItsDays) {
  Introduction in = Public();
  long long v = 1;
  for (int i = 0; i < 3; ++i) {
    auto a = service_.RecordAttempt(front_, in.id, v, {.method = "phone"});
    ASSERT_TRUE(a);
    v = a->version;
    world_.clock.Advance(days(7));
  }
  auto closed = service_.Close(front_, in.id, v, {.ending = "could-not-be-reached"});
  ASSERT_TRUE(closed) << closed.error().message;
  EXPECT_EQ(closed->ending, Ending::kCouldNotBeReached);
  // Easy in, easy out: they can introduce themselves again at any time.
  EXPECT_TRUE(service_.SubmitPublic(PublicDraft(), "", "", "ip1"));
}

// --- Recognising people who come back ----------------------------------------

TEST_F(FrontDoorServiceTest, AReturningPersonIsOfferedLinkedAndTheirStoryFollows) {
  // First time: support begins, a record is made.
  Introduction first = Held(Public());
  auto closed = service_.Close(front_, first.id, first.version,
                               {.ending = "support-begins", .keyworker_user_id = a_.user_id});
  ASSERT_TRUE(closed);
  const std::string person_id = closed->person_id;

  // They come back, with a nickname and a typo in the family name.
  IntroductionDraft again = GpDraft("team-a");
  again.source = "coming-back";
  again.introducer_name.clear();
  again.introducer_organisation.clear();
  again.family_name = "Patle";
  auto back = service_.Record(front_, again, "");
  ASSERT_TRUE(back) << back.error().message;
  auto offers = service_.Matches(front_, back->introduction.id);
  ASSERT_TRUE(offers) << offers.error().message;
  ASSERT_EQ(offers->size(), 1u);
  EXPECT_EQ((*offers)[0].person.id, person_id);
  EXPECT_FALSE((*offers)[0].reasons.empty());
  EXPECT_EQ(AuditCount("introduction.match", person_id), 1u);
  EXPECT_TRUE(back->introduction.person_id.empty());  // offered, never automatic

  auto linked = service_.LinkPerson(front_, back->introduction.id, 1, person_id);
  ASSERT_TRUE(linked) << linked.error().message;
  EXPECT_EQ(linked->person_id, person_id);
  EXPECT_TRUE(service_.Matches(front_, back->introduction.id)->empty());  // already linked

  auto story = service_.ForPerson(a_, person_id);
  ASSERT_TRUE(story);
  ASSERT_EQ(story->size(), 2u);
  EXPECT_EQ((*story)[1].id, first.id);  // newest first
  EXPECT_EQ((*story)[1].conversation->what_matters, "My kids");
  EXPECT_TRUE(service_.ForPerson(b_, person_id)->empty());  // another team's
  EXPECT_TRUE(service_.ForPerson(partner_, person_id)->empty());

  // A practitioner of another team is offered nothing from team A's
  // records, and cannot link one.
  IntroductionDraft to_b = again;
  to_b.team_id = "team-b";
  auto intro_b = service_.Record(b_, to_b, "");
  ASSERT_TRUE(intro_b);
  EXPECT_TRUE(service_.Matches(b_, intro_b->introduction.id)->empty());
  EXPECT_EQ(service_.LinkPerson(b_, intro_b->introduction.id, 1, person_id)
                .error()
                .field_errors.at(0)
                .field,
            "person_id");

  auto ghost = service_.LinkPerson(front_, back->introduction.id, 2, "AAAAAAAAAAAAAAAAAAAAAA");
  ASSERT_FALSE(ghost);
  EXPECT_EQ(ghost.error().field_errors.at(0).field, "person_id");
}

TEST_F(FrontDoorServiceTest, NobodyMatchesSoARecordIsMadeOnce) {
  Introduction in = Public();
  auto made = service_.CreatePerson(front_, in.id, 1);
  ASSERT_TRUE(made) << made.error().message;
  EXPECT_FALSE(made->person_id.empty());
  EXPECT_EQ(AuditCount("person.create", made->person_id), 1u);
  auto again = service_.CreatePerson(front_, in.id, 2);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
}

TEST_F(FrontDoorServiceTest, DirectoryNamesTeamsNeighbourhoodsAndWorkers) {
  auto d = service_.Directory();
  ASSERT_TRUE(d);
  EXPECT_EQ(d->teams.size(), 3u);
  EXPECT_EQ(d->TeamName("team-s"), "Team South");
  EXPECT_EQ(d->WorkerName(a_.user_id), "alice");
  for (const User& u : d->workers) {
    EXPECT_TRUE(kCareRoles.Has(u.role));
    EXPECT_TRUE(u.password_hash.empty());
  }
  auto n = service_.Neighbourhoods();
  ASSERT_TRUE(n);
  ASSERT_EQ(n->size(), 1u);
  EXPECT_EQ((*n)[0].name, "South");
}

}  // namespace
}  // namespace frontdoor_service_test
}  // namespace lw

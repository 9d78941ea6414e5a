#include "services/demo_data.h"

#include "base/ids.h"
#include "services/account_service.h"
#include "services/audit_events.h"
#include "services/auth_service.h"
#include "services/demo_directory.h"
#include "services/demo_gaps.h"
#include "services/demo_peers.h"
#include "services/demo_plans.h"
#include "services/demo_progress.h"
#include "services/demo_staffing.h"
#include "services/demo_team_work.h"
#include "services/demo_warm.h"
#include "services/frontdoor_service.h"
#include "services/people_service.h"

namespace lw {
namespace {

struct DemoPerson {
  const char* given;
  const char* family;
  const char* preferred;
  const char* dob;
  const char* postcode;
  const char* nhs;
  const char* created_reason;
  const char* later_change;  // a second version's reason, or nullptr
};

// Stages of a journey, told through each record's change history until the
// front-door and team features record them directly.
constexpr DemoPerson kPeople[] = {
    {"Amara", "Okafor", "", "1994-05-12", "ML1 4AA", "9990000018",
     "Introduced herself online; waiting for an initial conversation", nullptr},
    {"Daniel", "Hughes", "Dan", "1981-11-03", "SK14 2QR", "9990000026",
     "Introduced by his GP practice", "Preferred name added at the initial conversation"},
    {"Siobhan", "Kelly", "", "1967-02-21", "ML3 9QT", "9990000034",
     "Walked in to the Listening Lounge", "Keyworker agreed; Living Well support began"},
    {"Tomasz", "Nowak", "Tom", "1990-08-30", "ML4 2LP", "9990000042",
     "Introduced by a carer by phone", "Moved on to a peer support group: a planned transition"},
    {"Priya", "Sharma", "", "2001-12-09", "ML1 6JE", "9990000050",
     "Came back: re-introduced herself a year after moving on", nullptr},
    {"George", "Whitfield", "", "1958-03-17", "ML2 3HS", "9990000069",
     "Introduced by the council's housing team", "Postcode corrected after moving house"},
};

struct Account {
  const char* username;
  const char* display;
  std::size_t org;  // index into the organisations LoadDemoData makes
  Role role;
  bool in_team;
  const char* email;  // .example only (RFC 2606): never a real mailbox
};
constexpr Account kAccounts[] = {
    {"admin", "Alex Morgan", 0, Role::kAdministrator, false, "alex.morgan@millbrook.example"},
    {"frontdoor", "Fatima Begum", 2, Role::kFrontDoor, true, "fatima.begum@millbrook.example"},
    {"practitioner", "Priya Desai", 0, Role::kPractitioner, true, "priya.desai@millbrook.example"},
    {"peer", "Sam Carter", 2, Role::kPeerWorker, true, "sam.carter@millbrook.example"},
    {"teamlead", "Jo Whitworth", 1, Role::kTeamLead, true, "jo.whitworth@millbrook.example"},
    {"partner", "Chris Ellis", 4, Role::kNetworkPartner, false, "chris.ellis@millbrook.example"},
    {"commissioner", "Morgan Hale", 6, Role::kCommissioner, false, "morgan.hale@millbrook.example"},
};

// The clock the demo's front door runs on: set back, so introductions have
// waited different lengths of time.
class EarlierClock final : public Clock {
 public:
  explicit EarlierClock(const Clock& base) : base_(base) {}
  Timestamp Now() const override { return base_.Now() - back_; }
  void DaysAgo(int days) { back_ = std::chrono::days(days); }

 private:
  const Clock& base_;
  Micros back_{0};
};

IntroductionDraft DemoDraft(const char* source, const char* given, const char* family,
                            const char* dob, const char* postcode, const char* words) {
  IntroductionDraft d;
  d.source = source;
  d.given_name = given;
  d.family_name = family;
  std::string_view iso(dob);
  d.date_of_birth_year = std::string(iso.substr(0, 4));
  d.date_of_birth_month = std::string(iso.substr(5, 2));
  d.date_of_birth_day = std::string(iso.substr(8, 2));
  d.postcode = postcode;
  d.contact_methods = {"phone", "text"};
  d.phone = "07700 900" + std::string(iso.substr(5, 2)) + std::string(iso.substr(8, 1));
  d.in_their_words = words;
  return d;
}

// Introductions from several sources, in every state, some past the
// target: the front door as a newcomer would find it on a working day.
Status LoadDemoIntroductions(Store& store, const Clock& clock, Random& random,
                             const std::vector<User>& users, const Team& north, const Team& south,
                             const std::string& south_neighbourhood, const std::string& priya_id) {
  EarlierClock earlier(clock);
  FrontDoorService fd(store, earlier, random, FrontDoorOptions{.public_limit = 0});
  const Actor front = ActorFor(users[1], AuthMethod::kSession);
  const Actor practitioner = ActorFor(users[2], AuthMethod::kSession);
  const Actor peer = ActorFor(users[3], AuthMethod::kSession);
  const Actor partner = ActorFor(users[5], AuthMethod::kSession);
  auto check = [](const auto& r) -> Status {
    if (!r) return Fail(r.error());
    return Ok();
  };
  auto held = [&](const Introduction& in, const Actor& by, const ConversationInput& c) {
    return fd.RecordHeld(by, in.id, in.version, c);
  };

  // 1. Introduced themselves online 20 days ago; one attempt; past target.
  earlier.DaysAgo(20);
  IntroductionDraft jordan = DemoDraft("self", "Jordan", "Ellis", "1999-06-04", "ML1 5RT",
                                       "Since I lost my job I can't get out of bed most days. "
                                       "I don't want my family to worry.");
  jordan.help_wanted = "Someone to talk to, and help with what to do about money";
  jordan.contact_methods = {"phone"};
  jordan.may_leave_message = false;
  jordan.safe_times = "Weekday afternoons";
  jordan.privacy_agreed = true;
  auto j = fd.SubmitPublic(jordan, "", "", "demo");
  if (auto s = check(j); !s) return s;
  earlier.DaysAgo(18);
  auto j2 = fd.RecordAttempt(front, j->introduction.id, 1,
                             {.method = "phone",
                              .outcome_note = "No answer; no message left, "
                                              "as they asked"});
  if (auto s = check(j2); !s) return s;

  // 2. Their GP, 9 days ago: assigned and booked for the day after tomorrow.
  earlier.DaysAgo(9);
  IntroductionDraft lena = DemoDraft("gp", "Lena", "Fischer", "1986-09-23", "ML2 8NB",
                                     "Lena has told me she feels overwhelmed caring for her "
                                     "father and is not sleeping.");
  lena.introducer_name = "Dr Helen Ward";
  lena.introducer_organisation = "Millbrook Medical Practice";
  lena.team_id = north.id;
  auto l = fd.Record(front, lena, "");
  if (auto s = check(l); !s) return s;
  auto l2 = fd.Assign(front, l->introduction.id, 1, practitioner.user_id);
  if (auto s = check(l2); !s) return s;
  earlier.DaysAgo(7);
  const Date in_two_days = Date::InLondon(clock.Now() + std::chrono::days(2));
  auto l3 = fd.Book(front, l->introduction.id, 2,
                    {.day = std::to_string(in_two_days.day()),
                     .month = std::to_string(in_two_days.month()),
                     .year = std::to_string(in_two_days.year()),
                     .time = "10:30",
                     .place = "community-venue",
                     .with_user_id = practitioner.user_id,
                     .where_detail = "Millbrook Library, the quiet room"});
  if (auto s = check(l3); !s) return s;

  // 3. A sister, by phone, 5 days ago: nobody has picked it up yet.
  earlier.DaysAgo(5);
  IntroductionDraft kofi = DemoDraft("carer-or-family", "Kofi", "Mensah", "1978-01-15", "ML3 2DF",
                                     "My brother has stopped going out since his wife died. He "
                                     "said it was OK to call you.");
  kofi.introducer_name = "Ama Mensah";
  kofi.introducer_relationship = "Sister";
  kofi.person_knows = true;
  kofi.team_id = north.id;
  if (auto s = check(fd.Record(front, kofi, "")); !s) return s;

  // 4. A network partner, through their own account, 12 days ago; the
  // conversation held 6 days ago, a concern raised to the huddle.
  earlier.DaysAgo(12);
  IntroductionDraft rachel =
      DemoDraft("voluntary-partner", "Rachel", "Byrne", "1992-03-30", "ML1 9GG",
                "Came to us about rent arrears; she said she has been "
                "feeling hopeless and would like to talk to someone.");
  rachel.introducer_name = "Chris Ellis";
  rachel.introducer_organisation = "Millbrook Money Advice";
  rachel.team_id = north.id;
  auto r = fd.Record(partner, rachel, "");
  if (auto s = check(r); !s) return s;
  earlier.DaysAgo(6);
  auto r2 = held(r->introduction, peer,
                 {.what_matters = "Keeping my flat and getting back to my art",
                  .whats_going_on = "Behind on rent since my hours were cut. Some nights I think "
                                    "everyone would be better off without me.",
                  .strengths = "I'm stubborn in a good way. My neighbour checks in on me.",
                  .what_would_help = "Help with the landlord, and someone to talk to weekly",
                  .in_your_corner = "My neighbour Denise; my cousin in Leeds",
                  .safety_concern = "Passing thoughts of not being here; no plan",
                  .raised_to_huddle = true,
                  .safety_agreed = "Safety plan started together; Rachel has the crisis numbers; "
                                   "peer worker to call on Friday"});
  if (auto s = check(r2); !s) return s;

  // 5. Walked in to the Listening Lounge 3 days ago; information was what
  // they wanted.
  earlier.DaysAgo(3);
  IntroductionDraft imran = DemoDraft("walk-in", "Imran", "Shah", "1971-07-11", "ML4 6XA",
                                      "Wanted to find something to do in the week since "
                                      "retiring.");
  imran.team_id = north.id;
  auto i = fd.Record(peer, imran, "");
  if (auto s = check(i); !s) return s;
  auto i2 = held(i->introduction, peer,
                 {.what_matters = "Being useful; meeting people",
                  .what_would_help = "Knowing what's on locally"});
  if (auto s = check(i2); !s) return s;
  if (auto s = check(fd.Close(peer, i->introduction.id, i2->version,
                              {.ending = "information-given",
                               .note = "The walking group on Tuesdays and the community garden; "
                                       "he'll go along with a friend"}));
      !s) {
    return s;
  }

  // 6. The police, 40 days ago: three attempts over two weeks, never reached.
  earlier.DaysAgo(40);
  IntroductionDraft beth = DemoDraft("police", "Beth", "Turner", "1996-11-02", "ML2 1PL",
                                     "Found distressed at the bus station; agreed to us passing "
                                     "on her details.");
  beth.introducer_name = "PC Ian Marsh";
  beth.introducer_organisation = "Millbrook Police, neighbourhood team";
  beth.team_id = north.id;
  auto b = fd.Record(front, beth, "");
  if (auto s = check(b); !s) return s;
  long long version = 1;
  for (int days : {39, 32, 24}) {
    earlier.DaysAgo(days);
    auto a =
        fd.RecordAttempt(front, b->introduction.id, version,
                         {.method = days == 32 ? "text" : "phone", .outcome_note = "No reply"});
    if (auto s = check(a); !s) return s;
    version = a->version;
  }
  earlier.DaysAgo(23);
  if (auto s = check(fd.Close(front, b->introduction.id, version,
                              {.ending = "could-not-be-reached",
                               .note = "Letter sent with our number and the Listening Lounge "
                                       "times: she is welcome any time"}));
      !s) {
    return s;
  }

  // 7. The council, 15 days ago, for the South team: past target.
  earlier.DaysAgo(15);
  IntroductionDraft nadia = DemoDraft("council", "Nadia", "Ali", "1989-04-18", "ML5 3EW",
                                      "Tenant referred by the housing officer after a neighbour "
                                      "dispute; very anxious and not sleeping.");
  nadia.introducer_name = "Mark Bell";
  nadia.introducer_organisation = "Millbrook Council housing team";
  nadia.team_id = south.id;
  if (auto s = check(fd.Record(front, nadia, "")); !s) return s;

  // 8. Online, from the South neighbourhood, yesterday.
  earlier.DaysAgo(1);
  IntroductionDraft ola = DemoDraft("self", "Ola", "Adeyemi", "2004-02-27", "ML5 7AB",
                                    "Uni has been too much and I've stopped going. I'd like to "
                                    "talk to someone who isn't my parents.");
  ola.contact_methods = {"text", "email"};
  ola.email = "ola.demo@example.com";
  ola.privacy_agreed = true;
  if (auto s = check(fd.SubmitPublic(ola, south_neighbourhood, "", "demo")); !s) return s;

  // 9. Coming back: Priya was supported a year ago (linked to her record);
  // she re-introduced herself yesterday and is waiting to be recognised.
  earlier.DaysAgo(400);
  IntroductionDraft priya = DemoDraft("walk-in", "Priya", "Sharma", "2001-12-09", "ML1 6JE",
                                      "Exams and my mum being ill; I keep having panic attacks.");
  priya.team_id = north.id;
  auto p1 = fd.Record(front, priya, "");
  if (auto s = check(p1); !s) return s;
  auto p2 = fd.LinkPerson(front, p1->introduction.id, 1, priya_id);
  if (auto s = check(p2); !s) return s;
  earlier.DaysAgo(395);
  auto p3 = held(*p2, practitioner,
                 {.what_matters = "Finishing my course; looking after Mum",
                  .whats_going_on = "Panic attacks before exams; I stopped seeing friends",
                  .strengths = "Organised; I love running",
                  .what_would_help = "Ways to manage the panic, and someone to check in",
                  .in_your_corner = "My best friend Hana; my tutor"});
  if (auto s = check(p3); !s) return s;
  if (auto s =
          check(fd.Close(practitioner, p1->introduction.id, p3->version,
                         {.ending = "support-begins", .keyworker_user_id = practitioner.user_id}));
      !s) {
    return s;
  }
  earlier.DaysAgo(1);
  IntroductionDraft again = DemoDraft("coming-back", "Priya", "Sharma", "2001-12-09", "ML1 6JE",
                                      "Things were good for a long time but the panic is back "
                                      "since I started my new job.");
  again.team_id = north.id;
  return check(fd.Record(front, again, ""));
}

}  // namespace

std::vector<DemoSignIn> DemoSignIns() {
  std::vector<DemoSignIn> out;
  for (const auto& a : kAccounts) {
    out.push_back({a.username, std::string(RoleDisplayName(a.role)), a.display});
  }
  return out;
}

Result<std::vector<DemoSignIn>> LoadDemoData(Store& store, const Clock& clock, Random& random,
                                             const PasswordHashOptions& hashing,
                                             std::string_view password,
                                             const std::vector<Instrument>* instruments) {
  const Timestamp now = clock.Now();
  Locality locality{NewId(random), "Millbrook (demo locality)", "Living Well"};
  std::vector<Neighbourhood> neighbourhoods = {
      {NewId(random), locality.id, "Millbrook North"},
      {NewId(random), locality.id, "Millbrook Central"},
      {NewId(random), locality.id, "Millbrook South"},
  };
  std::vector<Organisation> orgs = {
      {NewId(random), "Millbrook NHS Foundation Trust", OrganisationKind::kNhsTrust, false},
      {NewId(random), "Millbrook Council", OrganisationKind::kCouncil, false},
      {NewId(random), "Millbrook Mind", OrganisationKind::kVoluntary, false},
      {NewId(random), "Millbrook Primary Care Network", OrganisationKind::kPrimaryCare, false},
      {NewId(random), "Millbrook Money Advice", OrganisationKind::kVoluntary, true},
      {NewId(random), "Millbrook Housing Trust", OrganisationKind::kOther, true},
      {NewId(random), "Millbrook Integrated Care Board", OrganisationKind::kOther, false},
  };
  Team team{NewId(random), locality.id, neighbourhoods[0].id, "Millbrook North Living Well Team"};
  Team south{NewId(random), locality.id, neighbourhoods[2].id, "Millbrook South Living Well Team"};

  const Actor system = SystemActor("demo");
  auto seeded = store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto users = tx.CountUsers();
    if (!users) return Fail(users.error());
    if (*users > 0) {
      return Fail(ErrorCode::kFailedPrecondition,
                  "the store already has accounts: demo data only goes into an empty store");
    }
    if (auto s = tx.PutLocality(locality); !s) return s;
    for (const auto& n : neighbourhoods) {
      if (auto s = tx.PutNeighbourhood(n); !s) return s;
    }
    for (const auto& o : orgs) {
      if (auto s = tx.PutOrganisation(o); !s) return s;
    }
    if (auto s = tx.PutTeam(team); !s) return s;
    if (auto s = tx.PutTeam(south); !s) return s;
    auto a = tx.AppendAudit(MakeAuditEvent(system, now, "demo.load", "locality", locality.id));
    if (!a) return Fail(a.error());
    return Ok();
  });
  if (!seeded) return Fail(seeded.error());

  AccountService accounts_service(store, clock, random, hashing);
  std::vector<User> users;
  for (const auto& a : kAccounts) {
    NewUser request{.username = a.username,
                    .display_name = a.display,
                    .role = std::string(RoleKey(a.role)),
                    .team_id = a.in_team ? team.id : "",
                    .organisation_id = orgs[a.org].id,
                    .email = a.email};
    auto user = accounts_service.AddUser(system, request, password);
    if (!user) return Fail(user.error());
    users.push_back(*user);
  }
  // Staff who hold posts in the demo's teams (demo_staffing.h).
  for (const auto& a : kDemoStaffAccounts) {
    NewUser request{.username = a.username,
                    .display_name = a.display_name,
                    .role = a.role,
                    .team_id = a.team == 0 ? team.id : south.id,
                    .organisation_id = orgs[a.organisation].id};
    auto user = accounts_service.AddUser(system, request, password);
    if (!user) return Fail(user.error());
    users.push_back(*user);
  }

  PeopleService people(store, clock, random);
  const Actor front_door = ActorFor(users[1], AuthMethod::kSession);
  const Actor practitioner = ActorFor(users[2], AuthMethod::kSession);
  std::string priya_id;  // comes back: her earlier introduction is linked to her record
  std::vector<std::string> person_ids;
  for (const auto& d : kPeople) {
    Person p;
    p.given_name = d.given;
    p.family_name = d.family;
    p.date_of_birth = *Date::Parse(d.dob);
    p.postcode = d.postcode;
    p.nhs_number = d.nhs;
    auto created = people.Create(front_door, p, d.created_reason);
    if (!created) return Fail(created.error());
    if (std::string_view(d.given) == "Priya") priya_id = created->id;
    person_ids.push_back(created->id);
    if (d.later_change != nullptr) {
      Person next = *created;
      next.preferred_name = d.preferred;
      if (std::string_view(d.later_change).starts_with("Postcode")) next.postcode = "ML2 5RT";
      auto updated = people.Update(practitioner, next, d.later_change);
      if (!updated) return Fail(updated.error());
    }
  }
  if (auto s = LoadDemoIntroductions(store, clock, random, users, team, south, neighbourhoods[2].id,
                                     priya_id);
      !s) {
    return Fail(s.error());
  }
  if (auto s = LoadDemoTeamWork(store, clock, random, users, person_ids); !s) {
    return Fail(s.error());
  }
  if (auto s = LoadDemoPlans(store, clock, users, person_ids); !s) return Fail(s.error());
  if (auto s = LoadDemoProgress(store, clock, random, users, person_ids[1], instruments); !s) {
    return Fail(s.error());
  }
  if (auto s = LoadDemoStaffing(store, clock, random, users, orgs, team, south); !s) {
    return Fail(s.error());
  }
  if (auto s = LoadDemoPeers(store, clock, users, person_ids); !s) return Fail(s.error());
  // The directory, with the partner's organisation keeping its money advice
  // entries current (demo_directory.h).
  if (auto s = LoadDemoDirectory(store, clock, random, ActorFor(users[0], AuthMethod::kSession),
                                 orgs[4].id);
      !s) {
    return Fail(s.error());
  }
  if (auto s = LoadDemoWarmIntroductions(store, clock, random, users, person_ids); !s) {
    return Fail(s.error());
  }
  if (auto s = LoadDemoGaps(store, clock, random, users, person_ids); !s) return Fail(s.error());
  return DemoSignIns();
}

}  // namespace lw

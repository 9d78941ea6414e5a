#include "services/demo_data.h"

#include "base/ids.h"
#include "services/account_service.h"
#include "services/audit_events.h"
#include "services/auth_service.h"
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
    {"Daniel", "Hughes", "Dan", "1981-11-03", "ML2 7BD", "9990000026",
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
};
constexpr Account kAccounts[] = {
    {"admin", "Alex Morgan", 0, Role::kAdministrator, false},
    {"frontdoor", "Fatima Begum", 2, Role::kFrontDoor, true},
    {"practitioner", "Priya Desai", 0, Role::kPractitioner, true},
    {"peer", "Sam Carter", 2, Role::kPeerWorker, true},
    {"teamlead", "Jo Whitworth", 1, Role::kTeamLead, true},
    {"partner", "Chris Ellis", 4, Role::kNetworkPartner, false},
    {"commissioner", "Morgan Hale", 6, Role::kCommissioner, false},
};

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
                                             std::string_view password) {
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
                    .organisation_id = orgs[a.org].id};
    auto user = accounts_service.AddUser(system, request, password);
    if (!user) return Fail(user.error());
    users.push_back(*user);
  }

  PeopleService people(store, clock, random);
  const Actor front_door = ActorFor(users[1], AuthMethod::kSession);
  const Actor practitioner = ActorFor(users[2], AuthMethod::kSession);
  for (const auto& d : kPeople) {
    Person p;
    p.given_name = d.given;
    p.family_name = d.family;
    p.date_of_birth = *Date::Parse(d.dob);
    p.postcode = d.postcode;
    p.nhs_number = d.nhs;
    auto created = people.Create(front_door, p, d.created_reason);
    if (!created) return Fail(created.error());
    if (d.later_change != nullptr) {
      Person next = *created;
      next.preferred_name = d.preferred;
      if (std::string_view(d.later_change).starts_with("Postcode")) next.postcode = "ML2 5RT";
      auto updated = people.Update(practitioner, next, d.later_change);
      if (!updated) return Fail(updated.error());
    }
  }
  return DemoSignIns();
}

}  // namespace lw

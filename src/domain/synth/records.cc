#include "domain/synth/records.h"

#include <array>
#include <cstdio>
#include <string>
#include <utility>

#include "domain/frontdoor/reference.h"
#include "domain/synth/stream.h"

namespace lw::synth {
namespace {

// "syn-" + what + "-" + two digits of locality + "-" + n with `width` digits.
std::string MakeId(std::string_view what, int locality, std::uint64_t n, int width) {
  std::array<char, 48> buf{};
  const int len =
      std::snprintf(buf.data(), buf.size(), "syn-%.*s-%02d-%0*llu", static_cast<int>(what.size()),
                    what.data(), locality, width, static_cast<unsigned long long>(n));
  return std::string(buf.data(), static_cast<std::size_t>(len));
}

constexpr std::array<std::string_view, 8> kWords = {
    "I can't sleep and I've stopped going out.",
    "Since the divorce everything feels too much.",
    "My anxiety is stopping me working.",
    "I lost my mum last year and I can't seem to get going again.",
    "Money worries are keeping me up at night.",
    "I'm drinking more than I'd like to and feeling low.",
    "Caring for my dad has worn me out.",
    "I feel very alone since I moved here."};

}  // namespace

std::string LocalityId(int locality) {
  std::array<char, 24> buf{};
  std::snprintf(buf.data(), buf.size(), "syn-locality-%02d", locality);
  return buf.data();
}
std::string NeighbourhoodId(int locality, int neighbourhood) {
  return MakeId("neighbourhood", locality, static_cast<std::uint64_t>(neighbourhood), 2);
}
std::string TeamId(int locality, int team) {
  return MakeId("team", locality, static_cast<std::uint64_t>(team), 2);
}
std::string OrganisationId(int locality, OrganisationKind kind) {
  std::array<char, 16> buf{};
  std::snprintf(buf.data(), buf.size(), "syn-org-%02d-", locality);
  return buf.data() + std::string(OrganisationKindKey(kind));
}
std::string UserId(int locality, std::uint32_t staff) { return MakeId("user", locality, staff, 4); }
std::string PersonId(int locality, std::uint32_t person) {
  return MakeId("person", locality, person, 6);
}
std::string IntroductionId(int locality, std::uint32_t introduction) {
  return MakeId("intro", locality, introduction, 6);
}
std::string EpisodeId(int locality, std::uint32_t episode) {
  return MakeId("episode", locality, episode, 6);
}
std::string ContactId(int locality, std::uint32_t episode, std::uint32_t contact) {
  return MakeId("contact", locality, episode * 1000ULL + contact, 9);
}
std::string ResponseId(int locality, std::uint32_t episode, std::string_view instrument,
                       std::uint32_t response) {
  return MakeId("response", locality, episode * 10ULL + response, 7) + "-" +
         std::string(instrument);
}
std::string GoalId(int locality, std::uint32_t episode, int goal) {
  return MakeId("goal", locality, episode * 10ULL + static_cast<std::uint64_t>(goal), 7);
}
std::string WheelId(int locality, std::uint32_t episode, std::uint32_t check_in) {
  return MakeId("wheel", locality, episode * 10ULL + check_in, 7);
}
std::string WarmId(int locality, std::uint32_t introduction, std::uint32_t warm) {
  return MakeId("warm", locality, introduction * 10ULL + warm, 7);
}
namespace {

// A UUID that reads as synthetic: "73796e" is "syn", then what it names,
// the locality and a number; fixed version and variant digits, so it is a
// well-formed version 4 UUID (base/ids.h IsValidUuid).
std::string SynthUuid(std::uint8_t what, int locality, std::uint64_t n) {
  std::array<char, 40> buf{};
  std::snprintf(buf.data(), buf.size(), "73796e%02x-%04x-4000-8000-%012llx", what,
                static_cast<unsigned>(locality) & 0xffffU,
                static_cast<unsigned long long>(n & 0xffffffffffffULL));
  return buf.data();
}
constexpr std::uint8_t kUuidService = 1;
constexpr std::uint8_t kUuidOrganisation = 2;

}  // namespace

std::string ServiceId(int locality, std::uint32_t service) {
  return SynthUuid(kUuidService, locality, service);
}
std::string DirectoryOrganisationId(int locality, std::string_view name) {
  return SynthUuid(kUuidOrganisation, locality, KeyHash(name));
}

Timestamp AtMinute(Date on, int minute) { return LondonToUtc(on, minute / 60, minute % 60); }

Locality ToLocality(const LocalityRow& row) {
  return Locality{LocalityId(row.locality), row.name, "Living Well " + row.name};
}

Neighbourhood ToNeighbourhood(const NeighbourhoodRow& row) {
  return Neighbourhood{NeighbourhoodId(row.locality, row.neighbourhood), LocalityId(row.locality),
                       row.name};
}

Team ToTeam(const TeamRow& row, std::string_view locality_name) {
  (void)locality_name;
  return Team{TeamId(row.locality, row.team), LocalityId(row.locality), "", row.name};
}

std::vector<Organisation> OrganisationsOf(const LocalityRow& row) {
  return {Organisation{OrganisationId(row.locality, OrganisationKind::kNhsTrust),
                       row.name + " Mental Health NHS Trust", OrganisationKind::kNhsTrust, false},
          Organisation{OrganisationId(row.locality, OrganisationKind::kVoluntary),
                       row.name + " Mind", OrganisationKind::kVoluntary, false}};
}

User ToUser(const StaffRow& row, Timestamp created_at) {
  User u;
  u.id = UserId(row.locality, row.staff);
  std::array<char, 32> name{};
  std::snprintf(name.data(), name.size(), "syn.%02d.%04u", row.locality, row.staff);
  u.username = name.data();
  u.display_name = row.name.given + " " + row.name.family;
  u.role = row.profession == Profession::kOperationalManager ? Role::kTeamLead
           : row.profession == Profession::kPeerWorker       ? Role::kPeerWorker
                                                             : Role::kPractitioner;
  u.organisation_id = OrganisationId(row.locality, row.employer == OrganisationKind::kVoluntary
                                                       ? OrganisationKind::kVoluntary
                                                       : OrganisationKind::kNhsTrust);
  u.team_id = TeamId(row.locality, row.team);
  u.password_hash = "!";  // no password verifies against it: cannot sign in
  u.active = true;
  u.created_at = created_at;
  return u;
}

StaffPost ToStaffPost(const StaffRow& row) {
  StaffPost p;
  p.id = MakeId("post", row.locality, row.staff, 4);
  p.version = 1;
  p.user_id = UserId(row.locality, row.staff);
  p.organisation_kind = row.employer == OrganisationKind::kVoluntary ? OrganisationKind::kVoluntary
                                                                     : OrganisationKind::kNhsTrust;
  p.organisation_id = OrganisationId(row.locality, p.organisation_kind);
  p.team_id = TeamId(row.locality, row.team);
  p.neighbourhood_id =
      row.neighbourhood < 0 ? "" : NeighbourhoodId(row.locality, row.neighbourhood);
  p.profession = row.profession;
  p.band = row.band;
  p.hours_per_week = row.hours_per_week;
  p.safeguarding_lead = row.safeguarding_lead;
  p.development_support = row.development_support;
  return p;
}

Person ToPerson(const PersonRow& row, std::string_view team_id) {
  Person p = row.person_record;
  p.id = PersonId(row.locality, row.person);
  p.version = 1;
  p.team_id = std::string(team_id);
  return p;
}

Introduction ToIntroduction(const IntroductionRow& row, const Person& person,
                            std::string_view worker_user_id) {
  Introduction i;
  i.id = IntroductionId(row.locality, row.introduction);
  i.version = 1;
  // A reference from the row's own numbers: unique within the system.
  i.reference =
      FormatReference((static_cast<std::uint64_t>(row.locality) << 32) | row.introduction);
  i.source = row.source;
  switch (IntroducerKindOf(row.source)) {
    case IntroducerKind::kThePerson:
      break;
    case IntroducerKind::kSomeoneClose:
      i.introducer_name = "A relative";
      i.introducer_relationship = "Family";
      i.person_knows = true;
      break;
    case IntroducerKind::kAService:
      i.introducer_name = "Duty worker";
      i.introducer_organisation = std::string(IntroductionSourceDisplayName(row.source));
      break;
  }
  i.received_at = AtMinute(row.received, 9 * 60 + static_cast<int>(row.introduction % 480));
  i.given_name = person.given_name;
  i.family_name = person.family_name;
  i.date_of_birth = person.date_of_birth;
  i.nhs_number = person.nhs_number;
  i.contact.methods = {ContactMethod::kPhone};
  i.contact.phone = "07700 900" + std::to_string(100 + row.introduction % 900);
  i.in_their_words = std::string(kWords[row.introduction % kWords.size()]);
  i.privacy_agreed = true;
  i.team_id = TeamId(row.locality, row.team);
  i.person_id = person.id;
  if (row.conversation) {
    i.assigned_user_id = std::string(worker_user_id);
    InitialConversation c;
    // After the introduction on the same day, or at 11:00 on a later day.
    c.held_at = *row.conversation == row.received ? i.received_at + std::chrono::hours(1)
                                                  : AtMinute(*row.conversation, 11 * 60);
    c.with_user_id = std::string(worker_user_id);
    c.what_matters = "Getting back to seeing friends.";
    c.whats_going_on = i.in_their_words;
    i.conversation = std::move(c);
    i.state = IntroductionState::kConversationHeld;
  }
  if (row.ending) {
    i.ending = row.ending;
    i.state = IntroductionState::kClosed;
    const Timestamp at = i.conversation ? i.conversation->held_at + std::chrono::minutes(30)
                                        : AtMinute(*row.closed, 16 * 60);
    i.closed_at = at;
    if (*row.ending == Ending::kWarmIntroduction) i.ending_note = "A service in the network";
    if (*row.ending == Ending::kInformationGiven) i.ending_note = "Information about local groups";
  }
  return i;
}

Episode ToEpisode(const EpisodeRow& row, int ordinal, const SupportRhythm& rhythm) {
  Episode e{.started_on = row.started};
  e.id = EpisodeId(row.locality, row.episode);
  e.version = 1;
  e.ordinal = ordinal;
  e.person_id = PersonId(row.locality, row.person);
  e.team_id = TeamId(row.locality, row.team);
  e.introduction_id = IntroductionId(row.locality, row.episode);
  e.keyworker_user_id = UserId(row.locality, row.keyworker);
  e.keyworker_history.push_back(KeyworkerSpell{e.keyworker_user_id, row.started, row.ended, ""});
  e.started_on = row.started;
  e.rhythm = rhythm;
  if (row.ended) {
    e.status = EpisodeStatus::kEnded;
    EpisodeEnd end{.ended_on = *row.ended};
    end.reason = *row.ending;
    end.ended_by_user_id = e.keyworker_user_id;
    if (end.reason == EpisodeEnding::kMovingOn) end.moving_on_to = "A service in the network";
    if (end.reason == EpisodeEnding::kOther) end.other_reason = "Moved into other care";
    e.ending = std::move(end);
  }
  return e;
}

Contact ToContact(const ContactRow& row, std::string_view organisation_id) {
  Contact c;
  c.id = ContactId(row.locality, row.episode, row.contact);
  c.version = 1;
  c.occurred_at = AtMinute(row.on, 9 * 60 + 30 * static_cast<int>(row.contact % 16));
  c.duration_minutes =
      row.attendance == Attendance::kAttended ? 30 + 15 * static_cast<int>(row.contact % 3) : 0;
  c.staff.push_back(ContactStaff{UserId(row.locality, row.staff), std::string(organisation_id)});
  c.people.push_back(ContactPerson{PersonId(row.locality, row.person),
                                   EpisodeId(row.locality, row.episode), row.attendance});
  c.mode = row.mode;
  if (row.mode == ContactMode::kFaceToFace) {
    c.place = row.place;
  } else if (row.mode == ContactMode::kVideo) {
    c.place = ContactPlace::kOnline;
  }
  return c;
}

}  // namespace lw::synth

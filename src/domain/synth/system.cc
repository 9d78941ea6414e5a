#include "domain/synth/system.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "base/check.h"
#include "domain/directory/directory.h"
#include "domain/synth/catalogue.h"
#include "domain/synth/stream.h"

namespace lw::synth {
namespace {

// --- The generator ------------------------------------------------------------

class LocalityGenerator {
 public:
  LocalityGenerator(const SystemSpec& spec, int locality, SynthSink& sink)
      : spec_(spec),
        flows_(spec.flows),
        locality_(locality),
        sink_(sink),
        months_((spec.last_day.year() - spec.first_day.year()) * 12 + spec.last_day.month() -
                spec.first_day.month() + 1),
        supported_before_(),
        counted_two_contacts_(kNhsBodiesPerLocality, false) {
    truth_.name = LocalityName(spec.scale, locality);
    truth_.introductions_by_month.assign(static_cast<std::size_t>(months_), 0);
    truth_.days_to_conversation_by_month.resize(static_cast<std::size_t>(months_));
    const Date last = spec.last_day;
    // The twelve calendar months ending with the last day's month.
    int y = last.year();
    int m = last.month() - 11;
    if (m < 1) {
      m += 12;
      --y;
    }
    twelve_months_from_ = *Date::FromYmd(y, m, 1);
  }

  LocalityTruth Run() {
    Organisation();
    Directory();
    Introductions();
    return std::move(truth_);
  }

 private:
  std::string Key(std::string_view what, std::uint64_t n) const {
    return "locality/" + std::to_string(locality_) + "/" + std::string(what) + "/" +
           std::to_string(n);
  }
  int TeamOf(int neighbourhood) const { return spec_.team_per_neighbourhood ? neighbourhood : 0; }
  int MonthIndex(Date d) const {
    return (d.year() - spec_.first_day.year()) * 12 + d.month() - spec_.first_day.month();
  }

  // Teams, neighbourhoods and staff: the GM minimum in each neighbourhood
  // (3 MH practitioners, one at band 7 or band 6 with support, a recovery
  // worker, a peer worker), two wellbeing workers from the voluntary
  // sector, and the locality's own posts; a few neighbourhoods fall short.
  void Organisation() {
    const std::string name = truth_.name;
    sink_.Add(LocalityRow{locality_, name, locality_ % 3 == 2});
    open_ended_ = locality_ % 3 == 2;
    const int n = spec_.neighbourhoods_per_locality;
    const int teams = spec_.team_per_neighbourhood ? n : 1;
    for (int t = 0; t < teams; ++t) {
      sink_.Add(TeamRow{locality_, t,
                        spec_.team_per_neighbourhood
                            ? name + " " + std::string(kQuarters[static_cast<std::size_t>(t)]) +
                                  " Living Well team"
                            : name + " Living Well team"});
    }
    keyworkers_.assign(static_cast<std::size_t>(teams), {});
    SynthStream stream(spec_.seed, Key("staffing", 0));
    for (int h = 0; h < n; ++h) {
      sink_.Add(NeighbourhoodRow{locality_, h,
                                 name + " " + std::string(kQuarters[static_cast<std::size_t>(h)]),
                                 TeamOf(h)});
      ++truth_.neighbourhoods;
      // Which clause a short-staffed neighbourhood misses: 0 practitioners,
      // 1 senior, 2 recovery worker, 3 peer worker.
      const int short_of =
          stream.Chance(flows_.neighbourhood_short_staffed_share) ? stream.Between(0, 3) : -1;
      if (short_of < 0) ++truth_.neighbourhoods_meeting_minimum;
      const std::array<Profession, 3> mh = {Profession::kMentalHealthNurse,
                                            Profession::kOccupationalTherapist,
                                            Profession::kSocialWorker};
      const int practitioners = short_of == 0 ? 2 : 3;
      for (int p = 0; p < practitioners; ++p) {
        StaffRow s = Post(stream, h, mh[stream.Below(mh.size())], OrganisationKind::kNhsTrust);
        s.band = p == 0 && short_of != 1 ? Band::k7 : Band::k6;
        s.keyworker = true;
        Emit(s);
      }
      if (short_of != 2) {
        StaffRow s = Post(stream, h, Profession::kRecoveryWorker, OrganisationKind::kNhsTrust);
        s.band = Band::k4;
        s.keyworker = true;
        Emit(s);
      }
      if (short_of != 3) {
        StaffRow s = Post(stream, h, Profession::kPeerWorker, OrganisationKind::kVoluntary);
        s.keyworker = true;
        Emit(s);
      }
      for (int w = 0; w < 2; ++w) {
        StaffRow s = Post(stream, h, Profession::kWellbeingWorker, OrganisationKind::kVoluntary);
        s.keyworker = true;
        Emit(s);
      }
    }
    for (Profession p : {Profession::kOperationalManager, Profession::kPsychiatrist,
                         Profession::kPsychologist, Profession::kSocialWorker}) {
      StaffRow s = Post(stream, -1, p, OrganisationKind::kNhsTrust);
      s.band = p == Profession::kPsychiatrist ? std::nullopt : std::optional<Band>(Band::k8a);
      s.safeguarding_lead = p == Profession::kSocialWorker;
      Emit(s);
    }
  }

  StaffRow Post(SynthStream& stream, int neighbourhood, Profession profession,
                OrganisationKind employer) {
    StaffRow s;
    s.locality = locality_;
    s.staff = next_staff_++;
    s.team = neighbourhood < 0 ? 0 : TeamOf(neighbourhood);
    s.neighbourhood = neighbourhood;
    s.name = DrawName(stream);
    s.profession = profession;
    s.employer = employer;
    s.hours_per_week = stream.Chance(0.8) ? 38 : stream.Between(15, 30);
    return s;
  }

  void Emit(const StaffRow& s) {
    if (s.keyworker) {
      keyworkers_[static_cast<std::size_t>(s.team)].push_back(s.staff);
      ++truth_.keyworkers;
    }
    ++truth_.staff;
    sink_.Add(s);
  }

  void Directory() {
    SynthStream stream(spec_.seed, Key("directory", 0));
    const auto count = static_cast<std::uint32_t>(spec_.directory_services_per_locality);
    for (std::uint32_t i = 0; i < count; ++i) {
      const NeedNames& need = kNeedNames[stream.Below(kNeedNames.size())];
      ServiceRow s;
      s.locality = locality_;
      s.service = i;
      const std::string place(kQuarters[stream.Below(kQuarters.size())]);
      s.name = truth_.name + " " + place + " " +
               std::string(need.names[stream.Below(need.names.size())]);
      s.organisation = truth_.name + " " +
                       std::string(kOrganisationWords[stream.Below(kOrganisationWords.size())]);
      s.community_asset = need.community_asset ? stream.Chance(0.8) : stream.Chance(0.1);
      s.need = std::string(directory::NeedKey(need.need));
      for (int day = 0; day < 7; ++day) {
        if (stream.Chance(day < 5 ? 0.7 : 0.15))
          s.days = static_cast<std::uint8_t>(s.days | (1U << day));
      }
      if (s.days == 0) s.days = 1;
      s.opens_minute = stream.Between(8, 11) * 60 + (stream.Chance(0.3) ? 30 : 0);
      s.closes_minute = s.opens_minute + stream.Between(2, 8) * 60;
      s.free = stream.Chance(0.9);
      ++truth_.directory_services;
      sink_.Add(s);
    }
  }

  void Introductions() {
    const long long first = spec_.first_day.DayNumber();
    const long long last = spec_.last_day.DayNumber();
    for (long long day = first; day <= last; ++day) {
      const Date on = Date::FromDayNumber(day);
      SynthStream stream(spec_.seed, Key("day", static_cast<std::uint64_t>(day - first)));
      // Binomial over 96 slots: close to Poisson at these rates, with
      // arithmetic alone.
      const double p = DailyRate(flows_, on.month()) / 96.0;
      int arrivals = 0;
      for (int slot = 0; slot < 96; ++slot) arrivals += stream.Chance(p) ? 1 : 0;
      for (int a = 0; a < arrivals; ++a) Introduction(on);
    }
  }

  void Introduction(Date received) {
    const std::uint32_t id = next_introduction_++;
    SynthStream stream(spec_.seed, Key("introduction", id));
    IntroductionRow intro;
    intro.locality = locality_;
    intro.introduction = id;
    intro.received = received;
    received_ = received;
    intro.source = DrawSource(flows_, stream);
    // Someone coming back is someone supported before who is not in
    // support or at the front door now (and has not died).
    const bool room_for_new = next_person_ < kNhsBodiesPerLocality;
    std::optional<std::pair<std::uint32_t, int>> back;
    if (intro.source == IntroductionSource::kComingBack || !room_for_new) {
      for (int tries = 0; tries < 8 && !supported_before_.empty() && !back; ++tries) {
        const auto pick = supported_before_[stream.Below(supported_before_.size())];
        if (busy_until_[pick.first] < received.DayNumber()) back = pick;
      }
    }
    if (back) {
      intro.source = IntroductionSource::kComingBack;
      intro.person = back->first;
      intro.neighbourhood = back->second;
      ++truth_.introductions_returning;
    } else {
      LW_CHECK(room_for_new);
      if (intro.source == IntroductionSource::kComingBack) intro.source = IntroductionSource::kSelf;
      intro.person = next_person_++;
      intro.neighbourhood = stream.Between(0, spec_.neighbourhoods_per_locality - 1);
      NewPerson(intro.person, intro.neighbourhood, received);
    }
    intro.team = TeamOf(intro.neighbourhood);
    ++truth_.introductions;
    ++truth_.introductions_accepted;
    ++truth_.introductions_by_source[static_cast<std::size_t>(intro.source)];
    const auto month = static_cast<std::size_t>(MonthIndex(received));
    ++truth_.introductions_by_month[month];

    const Ending ending = DrawEnding(flows_, stream);
    const bool converses = ending != Ending::kCouldNotBeReached &&
                           (ending != Ending::kChoseNotToGoAhead || stream.Chance(0.5));
    Date closed = received;
    if (converses) {
      const int days = DrawDaysToConversation(flows_, stream);
      const Date held = received.PlusDays(days);
      closed = held;
      if (held <= spec_.last_day) {
        intro.conversation = held;
        truth_.days_to_conversation.Add(days);
        truth_.days_to_conversation_by_month[month].Add(days);
      }
    } else {
      closed = received.PlusDays(ending == Ending::kCouldNotBeReached ? stream.Between(21, 35)
                                                                      : stream.Between(3, 20));
    }
    if (closed <= spec_.last_day) {
      intro.ending = ending;
      intro.closed = closed;
      ++truth_.introductions_by_ending[static_cast<std::size_t>(ending)];
    } else if (!intro.conversation) {
      ++truth_.waiting_at_end;
      truth_.days_waiting_at_end.Add(Date::DaysBetween(received, spec_.last_day));
    }
    sink_.Add(intro);
    busy_until_[intro.person] = intro.closed ? intro.closed->DayNumber() : kForever;

    if (!intro.ending) return;
    if (ending == Ending::kWarmIntroduction) {
      Warm(stream, id, 0, intro.person, *intro.closed);
    } else if (ending == Ending::kSupportBegins) {
      Episode(stream, intro);
    }
  }

  void NewPerson(std::uint32_t index, int neighbourhood, Date received) {
    PersonRow row;
    row.locality = locality_;
    row.person = index;
    row.neighbourhood = neighbourhood;
    row.person_record = GeneratePerson(spec_.seed, locality_, index, received, spec_.people);
    row.first_introduced = received;
    SynthStream stream(spec_.seed, Key("equality", index));
    if (!stream.Chance(flows_.sex_missing_share)) {
      row.sex = stream.Chance(0.58) ? Sex::kFemale : Sex::kMale;
      ++truth_.people_with_sex;
    }
    if (!stream.Chance(flows_.ethnicity_missing_share)) {
      row.ethnicity = kAllEthnicCategories[stream.Weighted(kEthnicityWeights)];
      ++truth_.people_with_ethnicity;
    }
    if (!stream.Chance(flows_.disability_missing_share)) {
      row.disability = stream.Chance(0.3);
      ++truth_.people_with_disability;
    }
    if (!stream.Chance(flows_.deprivation_missing_share)) {
      // Skewed towards the more deprived deciles, as referrals are.
      static constexpr std::array<double, 10> kDeciles = {18, 15, 13, 11, 10, 9, 7, 6, 6, 5};
      row.deprivation_decile = static_cast<int>(stream.Weighted(kDeciles)) + 1;
      ++truth_.people_with_deprivation;
    }
    ages_.resize(std::max<std::size_t>(ages_.size(), index + 1U));
    ages_[index] = row.person_record.date_of_birth->DayNumber();
    busy_until_.resize(ages_.size(), kNever);
    ++truth_.people;
    sink_.Add(row);
  }

  void Warm(SynthStream& stream, std::uint32_t introduction, std::uint32_t n, std::uint32_t person,
            Date made) {
    WarmRow w;
    w.locality = locality_;
    w.introduction = introduction;
    w.warm = n;
    w.person = person;
    w.service = static_cast<std::uint32_t>(
        stream.Below(static_cast<std::uint64_t>(spec_.directory_services_per_locality)));
    w.made = made;
    ++truth_.warm_made;
    if (stream.Chance(flows_.warm_landing_share)) {
      const int days = Whole(flows_.days_to_land.Sample(stream));
      const Date landed = made.PlusDays(days);
      if (landed <= spec_.last_day) {
        w.landed = landed;
        w.closed = landed;
        ++truth_.warm_landed;
        truth_.warm_days_to_land.Add(days);
      }
    } else {
      static constexpr std::array<double, 6> kReasons = {30, 30, 10, 10, 15, 5};
      const NotLandedReason reason = static_cast<NotLandedReason>(stream.Weighted(kReasons));
      const Date closed = made.PlusDays(stream.Between(14, 45));
      if (closed <= spec_.last_day) {
        w.not_landed = reason;
        w.closed = closed;
        ++truth_.warm_not_landed;
      }
    }
    sink_.Add(w);
  }

  void Episode(SynthStream& stream, const IntroductionRow& intro) {
    EpisodeRow e;
    e.locality = locality_;
    e.episode = intro.introduction;
    e.person = intro.person;
    e.team = intro.team;
    const auto& workers = keyworkers_[static_cast<std::size_t>(e.team)];
    e.keyworker = workers[stream.Below(workers.size())];
    e.started = *intro.closed;
    ++truth_.episodes;
    supported_before_.emplace_back(intro.person, intro.neighbourhood);

    const bool planned = stream.Chance(flows_.planned_exit_share);
    const int length =
        Whole(planned ? (open_ended_ ? OpenEndedDays() : TwelveWeekDays()).Sample(stream)
                      : UnplannedDays().Sample(stream));
    const Date would_end = e.started.PlusDays(length);
    if (would_end <= spec_.last_day) {
      e.ended = would_end;
      static constexpr std::array<double, 3> kPlanned = {40, 25, 35};
      static constexpr std::array<double, 4> kUnplanned = {70, 18, 1, 11};
      e.ending = planned ? kAllEpisodeEndings[stream.Weighted(kPlanned)]
                         : kAllEpisodeEndings[3 + stream.Weighted(kUnplanned)];
      ++truth_.episodes_ended;
      if (planned) ++truth_.planned_exits;
      busy_until_[e.person] = e.ending == EpisodeEnding::kDied ? kForever : e.ended->DayNumber();
    } else {
      ++truth_.episodes_open_at_end;
      busy_until_[e.person] = kForever;
    }
    sink_.Add(e);
    const Date until = e.ended.value_or(spec_.last_day);

    Contacts(stream, e, until);
    // Nobody answers questionnaires on the day they died.
    Measures(stream, e, until, planned, e.ending != EpisodeEnding::kDied);
    if (stream.Chance(0.25)) {
      const int span = std::max(0, Date::DaysBetween(e.started, until));
      Warm(stream, e.episode, 1, e.person, e.started.PlusDays(stream.Between(0, span)));
    }
    if (e.ending == EpisodeEnding::kMovingOn) Warm(stream, e.episode, 2, e.person, *e.ended);
    const bool died = e.ending == EpisodeEnding::kDied;
    if (e.ended && !died && stream.Chance(flows_.experience_response_share)) {
      ExperienceRow x{locality_,
                      e.episode,
                      e.person,
                      *e.ended,
                      stream.Chance(flows_.felt_listened_to_share),
                      stream.Chance(flows_.less_lonely_share),
                      stream.Chance(flows_.more_involved_share)};
      ++truth_.experience_responses;
      truth_.felt_listened_to += x.felt_listened_to ? 1 : 0;
      truth_.less_lonely += x.less_lonely ? 1 : 0;
      truth_.more_involved += x.more_involved ? 1 : 0;
      sink_.Add(x);
    }
  }

  void Contacts(SynthStream& stream, const EpisodeRow& e, Date until) {
    static constexpr std::array<double, 6> kModes = {55, 28, 7, 6, 3, 1};
    static constexpr std::array<double, 4> kFaceToFacePlaces = {30, 35, 15, 20};
    static constexpr std::array<double, 4> kAttendance = {84, 8, 5, 3};
    ContactRow c;
    c.locality = locality_;
    c.episode = e.episode;
    c.person = e.person;
    int qualifying_in_twelve_months = 0;
    for (Date on = e.started; on <= until;
         on = on.PlusDays(Whole(DaysBetweenContacts().Sample(stream)))) {
      c.on = on;
      c.staff = stream.Chance(0.9) ? e.keyworker
                                   : keyworkers_[static_cast<std::size_t>(e.team)][stream.Below(
                                         keyworkers_[static_cast<std::size_t>(e.team)].size())];
      // The first meeting is face to face and attended.
      c.mode =
          c.contact == 0 ? ContactMode::kFaceToFace : kAllContactModes[stream.Weighted(kModes)];
      c.place = c.mode == ContactMode::kFaceToFace
                    ? kAllContactPlaces[stream.Weighted(kFaceToFacePlaces)]
                    : ContactPlace::kOnline;
      c.attendance =
          c.contact == 0 ? Attendance::kAttended : kAllAttendances[stream.Weighted(kAttendance)];
      ++truth_.contacts;
      if (c.attendance == Attendance::kAttended) {
        ++truth_.contacts_attended;
        if (c.mode == ContactMode::kFaceToFace || c.mode == ContactMode::kPhone ||
            c.mode == ContactMode::kVideo) {
          ++truth_.contacts_qualifying;
          if (on >= twelve_months_from_) ++qualifying_in_twelve_months;
        }
      }
      sink_.Add(c);
      ++c.contact;
    }
    // MHS108 at the window's end: two qualifying contacts of one episode in
    // the twelve months, by someone 18 or over when introduced; once a person.
    if (qualifying_in_twelve_months >= 2 &&
        Date::FromDayNumber(ages_[e.person]).AgeOn(received_) >= 18 &&
        !counted_two_contacts_[e.person]) {
      counted_two_contacts_[e.person] = true;
      ++truth_.two_contacts_people;
    }
  }

  // ReQoL-10 at the start, perhaps midway and at the end; goals rated at
  // the start and at the last review; Wheel of Life check-ins alike.
  void Measures(SynthStream& stream, const EpisodeRow& e, Date until, bool planned,
                bool at_the_end) {
    const int span = Date::DaysBetween(e.started, until);
    if (!stream.Chance(0.85)) return;  // no baseline: nothing to pair
    std::vector<Date> when = {e.started};
    if (span >= 70 && stream.Chance(0.5)) when.push_back(e.started.PlusDays(span / 2));
    if (e.ended && at_the_end && span >= 28 && stream.Chance(planned ? 0.75 : 0.35)) {
      when.push_back(*e.ended);
    }

    const int baseline = Whole(ReqolBaseline().Sample(stream));
    int latest = baseline;
    if (when.size() >= 2) {
      int d = 0;
      if (stream.Chance(flows_.reqol_reliable_improvement_share)) {
        d = std::min(Whole(ReqolGain().Sample(stream)), 40 - baseline);
      } else {
        d = Whole(ReqolOtherChange().Sample(stream));
      }
      latest = std::clamp(baseline + d, 0, 40);
    }
    for (std::size_t i = 0; i < when.size(); ++i) {
      int total = baseline;
      if (i + 1 == when.size()) {
        total = latest;
      } else if (i > 0) {
        total = std::clamp(baseline + (latest - baseline) / 2 + stream.Between(-2, 2), 0, 40);
      }
      QuestionnaireRow q;
      q.locality = locality_;
      q.episode = e.episode;
      q.response = static_cast<std::uint32_t>(i);
      q.person = e.person;
      q.on = when[i];
      q.total = total;
      q.items = ReqolItemsAddingTo(stream, total);
      ++truth_.reqol_responses;
      sink_.Add(q);
    }
    if (when.size() >= 2) {
      const int d = latest - baseline;
      ++truth_.reqol_pairs;
      if (d >= 5) ++truth_.reqol_improved;
      if (d <= -5) ++truth_.reqol_deteriorated;
      if (baseline < 25) {
        ++truth_.reqol_clinical_at_baseline;
        if (latest >= 25 && d >= 5) ++truth_.reqol_recovered;
      }
    }
    Goals(stream, e, when);
    Wheel(stream, e, when);
  }

  void Goals(SynthStream& stream, const EpisodeRow& e, const std::vector<Date>& when) {
    if (!stream.Chance(0.8)) return;
    static constexpr std::array<double, 3> kHowMany = {10, 35, 55};
    const int goals = static_cast<int>(stream.Weighted(kHowMany)) + 1;
    std::array<int, 3> first{};
    for (int g = 0; g < goals; ++g) {
      first[static_cast<std::size_t>(g)] = stream.Between(0, 4);
      sink_.Add(GoalRatingRow{locality_, e.episode, g + 1, e.person, when.front(),
                              first[static_cast<std::size_t>(g)]});
    }
    if (when.size() < 2) return;
    // How many goals progress, so that across everyone with goals the
    // shares on at least one and at least two come out as aimed: those
    // with two or more goals carry the "two or more" share alone.
    const double with_two_or_more = 1 - kHowMany[0] / (kHowMany[0] + kHowMany[1] + kHowMany[2]);
    const double two = std::min(1.0, flows_.goal_progress_two_share / with_two_or_more);
    int progressing = 0;
    if (goals == 1) {
      progressing = stream.Chance(flows_.goal_progress_one_share) ? 1 : 0;
    } else if (stream.Chance(two)) {
      progressing = stream.Between(2, goals);
    } else if (two < 1 && stream.Chance((flows_.goal_progress_one_share - two) / (1 - two))) {
      progressing = 1;
    }
    int any = 0;
    int reliable = 0;
    for (int g = 0; g < goals; ++g) {
      const int d = g < progressing ? stream.Between(1, 6) : stream.Between(-2, 0);
      const int rating = std::clamp(first[static_cast<std::size_t>(g)] + d, 0, 10);
      const int actual = rating - first[static_cast<std::size_t>(g)];
      if (actual > 0) ++any;
      if (actual >= 3) ++reliable;
      sink_.Add(GoalRatingRow{locality_, e.episode, g + 1, e.person, when.back(), rating});
    }
    ++truth_.goal_episodes;
    truth_.goal_one_any += any >= 1 ? 1 : 0;
    truth_.goal_two_any += any >= 2 ? 1 : 0;
    truth_.goal_one_reliable += reliable >= 1 ? 1 : 0;
    truth_.goal_two_reliable += reliable >= 2 ? 1 : 0;
  }

  void Wheel(SynthStream& stream, const EpisodeRow& e, const std::vector<Date>& when) {
    if (!stream.Chance(0.6)) return;
    std::array<std::uint8_t, kWheelAreas> ratings{};
    for (auto& r : ratings) r = static_cast<std::uint8_t>(stream.Between(2, 7));
    for (std::size_t i = 0; i < when.size(); ++i) {
      if (i > 0) {
        for (auto& r : ratings)
          r = static_cast<std::uint8_t>(std::clamp(r + stream.Between(-1, 2), 1, 10));
      }
      sink_.Add(WheelRow{locality_, e.episode, static_cast<std::uint32_t>(i), e.person, when[i],
                         ratings});
      ++truth_.wheel_check_ins;
    }
  }

  const SystemSpec& spec_;
  const FlowSettings& flows_;
  int locality_;
  SynthSink& sink_;
  int months_;
  bool open_ended_ = false;
  Date twelve_months_from_ = Date::FromDayNumber(0);
  std::uint32_t next_staff_ = 0;
  std::uint32_t next_person_ = 0;
  std::uint32_t next_introduction_ = 0;
  std::vector<std::vector<std::uint32_t>> keyworkers_;  // by team
  // (person, neighbourhood) of each episode so far: who can come back.
  std::vector<std::pair<std::uint32_t, int>> supported_before_;
  // The last day each person is in support or at the front door.
  static constexpr long long kNever = -1'000'000;
  static constexpr long long kForever = 1'000'000'000;
  std::vector<long long> busy_until_;
  std::vector<long long> ages_;  // date of birth by person, as a day number
  std::vector<bool> counted_two_contacts_;
  Date received_ = Date::FromDayNumber(0);  // of the introduction being generated
  LocalityTruth truth_;
};

}  // namespace

SystemTruth GenerateSystem(const SystemSpec& spec, SynthSink& sink) {
  LW_CHECK(ValidateSpec(spec).has_value());
  SystemTruth truth;
  truth.localities.reserve(static_cast<std::size_t>(spec.localities));
  for (int l = 0; l < spec.localities; ++l) {
    truth.localities.push_back(LocalityGenerator(spec, l, sink).Run());
  }
  return truth;
}

}  // namespace lw::synth

#include "services/synth_files.h"

#include <sodium.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include "domain/directory/directory.h"
#include "domain/network/warm_introduction.h"
#include "domain/org/organisation.h"
#include "domain/org/profession.h"
#include "domain/people/ethnicity.h"
#include "domain/team/contact_vocabulary.h"
#include "domain/team/episode_vocabulary.h"

namespace lw {
namespace {

namespace fs = std::filesystem;
using namespace lw::synth;

long long TeamId(int l, int t) { return l * 100LL + t; }
long long StaffId(int l, std::uint32_t s) { return l * 10'000LL + s; }
long long ServiceId(int l, std::uint32_t s) { return l * 100'000LL + s; }
long long PersonId(int l, std::uint32_t p) { return l * 1'000'000LL + p; }
long long IntroductionId(int l, std::uint32_t i) { return l * 10'000'000LL + i; }

void AppendInt(std::string& out, long long v) {
  std::array<char, 24> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  out.append(buf.data(), end);
}

void AppendDate(std::string& out, Date d) {
  std::array<char, 10> b{};
  const int y = d.year();
  const int m = d.month();
  const int day = d.day();
  b[0] = static_cast<char>('0' + y / 1000);
  b[1] = static_cast<char>('0' + y / 100 % 10);
  b[2] = static_cast<char>('0' + y / 10 % 10);
  b[3] = static_cast<char>('0' + y % 10);
  b[4] = '-';
  b[5] = static_cast<char>('0' + m / 10);
  b[6] = static_cast<char>('0' + m % 10);
  b[7] = '-';
  b[8] = static_cast<char>('0' + day / 10);
  b[9] = static_cast<char>('0' + day % 10);
  out.append(b.data(), b.size());
}

// One CSV file: a header, rows built in a buffer, written and hashed a
// megabyte at a time.
class CsvTable {
 public:
  CsvTable(const fs::path& folder, std::string name, std::string_view header)
      : name_(std::move(name)) {
    file_ = std::fopen((folder / name_).c_str(), "wb");
    crypto_hash_sha256_init(&sha_);
    buffer_.reserve(kFlushAt + 4096);
    buffer_.append(header);
    buffer_.push_back('\n');
  }
  CsvTable(const CsvTable&) = delete;
  CsvTable& operator=(const CsvTable&) = delete;
  ~CsvTable() {
    if (file_ != nullptr) std::fclose(file_);
  }

  bool opened() const { return file_ != nullptr; }

  CsvTable& Int(long long v) {
    Sep();
    AppendInt(buffer_, v);
    return *this;
  }
  CsvTable& Day(Date d) {
    Sep();
    AppendDate(buffer_, d);
    return *this;
  }
  CsvTable& Day(const std::optional<Date>& d) {
    Sep();
    if (d) AppendDate(buffer_, *d);
    return *this;
  }
  CsvTable& Bool(bool b) {
    Sep();
    buffer_.append(b ? "true" : "false");
    return *this;
  }
  CsvTable& Empty() {
    Sep();
    return *this;
  }
  // Quoted when it holds a comma, a quote or a line break (RFC 4180).
  CsvTable& Text(std::string_view s) {
    Sep();
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
      buffer_.append(s);
      return *this;
    }
    buffer_.push_back('"');
    for (char c : s) {
      if (c == '"') buffer_.push_back('"');
      buffer_.push_back(c);
    }
    buffer_.push_back('"');
    return *this;
  }
  void End() {
    buffer_.push_back('\n');
    first_ = true;
    ++rows_;
    if (buffer_.size() >= kFlushAt) Flush();
  }

  Result<SynthFileSummary> Close() {
    Flush();
    const bool failed = file_ == nullptr || !ok_ || std::fclose(file_) != 0;
    file_ = nullptr;
    if (failed) return Fail(ErrorCode::kUnavailable, "could not write " + name_);
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&sha_, digest.data());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return SynthFileSummary{name_, rows_, bytes_, std::string(hex.data())};
  }

 private:
  static constexpr std::size_t kFlushAt = 1 << 20;
  void Sep() {
    if (!first_) buffer_.push_back(',');
    first_ = false;
  }
  void Flush() {
    if (buffer_.empty()) return;
    crypto_hash_sha256_update(&sha_, reinterpret_cast<const unsigned char*>(buffer_.data()),
                              buffer_.size());
    if (file_ != nullptr &&
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
      ok_ = false;
    }
    bytes_ += static_cast<long long>(buffer_.size());
    buffer_.clear();
  }

  std::string name_;
  std::FILE* file_ = nullptr;
  crypto_hash_sha256_state sha_{};
  std::string buffer_;
  bool first_ = true;
  bool ok_ = true;
  long long rows_ = 0;
  long long bytes_ = 0;
};

std::string DaysKey(std::uint8_t days) {
  static constexpr std::array<std::string_view, 7> kDays = {"mon", "tue", "wed", "thu",
                                                            "fri", "sat", "sun"};
  std::string out;
  for (std::size_t d = 0; d < kDays.size(); ++d) {
    if ((days & (1U << d)) == 0) continue;
    if (!out.empty()) out.push_back(' ');
    out.append(kDays[d]);
  }
  return out;
}

std::string ClockTime(int minute) {
  std::string out;
  out.push_back(static_cast<char>('0' + minute / 600));
  out.push_back(static_cast<char>('0' + minute / 60 % 10));
  out.push_back(':');
  out.push_back(static_cast<char>('0' + minute % 60 / 10));
  out.push_back(static_cast<char>('0' + minute % 10));
  return out;
}

class CsvSink final : public SynthSink {
 public:
  explicit CsvSink(const fs::path& folder)
      : localities_(folder, "localities.csv", "locality_id,name,open_ended_episodes"),
        neighbourhoods_(folder, "neighbourhoods.csv", "neighbourhood_id,locality_id,name,team_id"),
        teams_(folder, "teams.csv", "team_id,locality_id,name"),
        staff_(folder, "staff.csv",
               "staff_id,locality_id,team_id,neighbourhood_id,given_name,family_name,profession,"
               "band,employer,hours_per_week,safeguarding_lead,development_support,keyworker"),
        services_(folder, "services.csv",
                  "service_id,locality_id,name,organisation,offer,need,days,opens,closes,free"),
        people_(folder, "people.csv",
                "person_id,locality_id,neighbourhood_id,given_name,family_name,date_of_birth,"
                "nhs_number,sex,ethnicity,disability,deprivation_decile,first_introduced"),
        introductions_(folder, "introductions.csv",
                       "introduction_id,locality_id,person_id,neighbourhood_id,team_id,source,"
                       "received,conversation,ending,closed"),
        episodes_(folder, "episodes.csv",
                  "episode_id,locality_id,person_id,team_id,keyworker_id,started,ended,ending,"
                  "planned"),
        contacts_(folder, "contacts.csv",
                  "contact_id,episode_id,locality_id,person_id,staff_id,date,mode,place,"
                  "attendance"),
        reqol_(folder, "reqol.csv",
               "response_id,episode_id,locality_id,person_id,date,item1,item2,item3,item4,item5,"
               "item6,item7,item8,item9,item10,total"),
        goals_(folder, "goal_ratings.csv", "episode_id,locality_id,person_id,goal,date,rating"),
        wheel_(folder, "wheel.csv",
               "episode_id,locality_id,person_id,check_in,date,area1,area2,area3,area4,area5,"
               "area6,area7,area8"),
        warm_(folder, "warm_introductions.csv",
              "warm_id,introduction_id,locality_id,person_id,service_id,made,landed,"
              "not_landed_reason,closed"),
        experience_(folder, "experience.csv",
                    "episode_id,locality_id,person_id,date,felt_listened_to,less_lonely,"
                    "more_involved") {}

  bool opened() const {
    for (const CsvTable* t : Tables()) {
      if (!t->opened()) return false;
    }
    return true;
  }

  std::array<const CsvTable*, 14> Tables() const {
    return {&localities_, &neighbourhoods_, &teams_, &staff_, &services_, &people_, &introductions_,
            &episodes_,   &contacts_,       &reqol_, &goals_, &wheel_,    &warm_,   &experience_};
  }

  Result<std::vector<SynthFileSummary>> Close() {
    std::vector<SynthFileSummary> out;
    for (CsvTable* t :
         {&localities_, &neighbourhoods_, &teams_, &staff_, &services_, &people_, &introductions_,
          &episodes_, &contacts_, &reqol_, &goals_, &wheel_, &warm_, &experience_}) {
      auto s = t->Close();
      if (!s) return std::unexpected(s.error());
      out.push_back(*std::move(s));
    }
    return out;
  }

  void Add(const LocalityRow& r) override {
    localities_.Int(r.locality).Text(r.name).Bool(r.open_ended_episodes).End();
  }
  void Add(const NeighbourhoodRow& r) override {
    neighbourhoods_.Int(TeamId(r.locality, r.neighbourhood))
        .Int(r.locality)
        .Text(r.name)
        .Int(TeamId(r.locality, r.team))
        .End();
  }
  void Add(const TeamRow& r) override {
    teams_.Int(TeamId(r.locality, r.team)).Int(r.locality).Text(r.name).End();
  }
  void Add(const StaffRow& r) override {
    staff_.Int(StaffId(r.locality, r.staff)).Int(r.locality).Int(TeamId(r.locality, r.team));
    if (r.neighbourhood < 0) {
      staff_.Empty();
    } else {
      staff_.Int(TeamId(r.locality, r.neighbourhood));
    }
    staff_.Text(r.name.given).Text(r.name.family).Text(ProfessionKey(r.profession));
    if (r.band) {
      staff_.Text(BandKey(*r.band));
    } else {
      staff_.Empty();
    }
    staff_.Text(OrganisationKindKey(r.employer))
        .Int(r.hours_per_week)
        .Bool(r.safeguarding_lead)
        .Bool(r.development_support)
        .Bool(r.keyworker)
        .End();
  }
  void Add(const ServiceRow& r) override {
    services_.Int(ServiceId(r.locality, r.service))
        .Int(r.locality)
        .Text(r.name)
        .Text(r.organisation)
        .Text(r.community_asset ? "community-asset" : "network")
        .Text(r.need)
        .Text(DaysKey(r.days))
        .Text(ClockTime(r.opens_minute))
        .Text(ClockTime(r.closes_minute))
        .Bool(r.free)
        .End();
  }
  void Add(const PersonRow& r) override {
    people_.Int(PersonId(r.locality, r.person))
        .Int(r.locality)
        .Int(TeamId(r.locality, r.neighbourhood))
        .Text(r.person_record.given_name)
        .Text(r.person_record.family_name)
        .Day(r.person_record.date_of_birth)
        .Text(r.person_record.nhs_number);
    if (r.sex) {
      people_.Text(SexKey(*r.sex));
    } else {
      people_.Empty();
    }
    if (r.ethnicity) {
      people_.Text(EthnicCategoryKey(*r.ethnicity));
    } else {
      people_.Empty();
    }
    if (r.disability) {
      people_.Bool(*r.disability);
    } else {
      people_.Empty();
    }
    if (r.deprivation_decile > 0) {
      people_.Int(r.deprivation_decile);
    } else {
      people_.Empty();
    }
    people_.Day(r.first_introduced).End();
  }
  void Add(const IntroductionRow& r) override {
    introductions_.Int(IntroductionId(r.locality, r.introduction))
        .Int(r.locality)
        .Int(PersonId(r.locality, r.person))
        .Int(TeamId(r.locality, r.neighbourhood))
        .Int(TeamId(r.locality, r.team))
        .Text(IntroductionSourceKey(r.source))
        .Day(r.received)
        .Day(r.conversation);
    if (r.ending) {
      introductions_.Text(EndingKey(*r.ending));
    } else {
      introductions_.Empty();
    }
    introductions_.Day(r.closed).End();
  }
  void Add(const EpisodeRow& r) override {
    episodes_.Int(IntroductionId(r.locality, r.episode))
        .Int(r.locality)
        .Int(PersonId(r.locality, r.person))
        .Int(TeamId(r.locality, r.team))
        .Int(StaffId(r.locality, r.keyworker))
        .Day(r.started)
        .Day(r.ended);
    if (r.ending) {
      episodes_.Text(EpisodeEndingKey(*r.ending)).Bool(IsPlannedTransition(*r.ending));
    } else {
      episodes_.Empty().Empty();
    }
    episodes_.End();
  }
  void Add(const ContactRow& r) override {
    const long long episode = IntroductionId(r.locality, r.episode);
    contacts_.Int(episode * 1000 + r.contact)
        .Int(episode)
        .Int(r.locality)
        .Int(PersonId(r.locality, r.person))
        .Int(StaffId(r.locality, r.staff))
        .Day(r.on)
        .Text(ContactModeKey(r.mode))
        .Text(ContactPlaceKey(r.place))
        .Text(AttendanceKey(r.attendance))
        .End();
  }
  void Add(const QuestionnaireRow& r) override {
    const long long episode = IntroductionId(r.locality, r.episode);
    reqol_.Int(episode * 10 + r.response)
        .Int(episode)
        .Int(r.locality)
        .Int(PersonId(r.locality, r.person))
        .Day(r.on);
    for (std::uint8_t item : r.items) reqol_.Int(item);
    reqol_.Int(r.total).End();
  }
  void Add(const GoalRatingRow& r) override {
    goals_.Int(IntroductionId(r.locality, r.episode))
        .Int(r.locality)
        .Int(PersonId(r.locality, r.person))
        .Int(r.goal)
        .Day(r.on)
        .Int(r.rating)
        .End();
  }
  void Add(const WheelRow& r) override {
    wheel_.Int(IntroductionId(r.locality, r.episode))
        .Int(r.locality)
        .Int(PersonId(r.locality, r.person))
        .Int(r.check_in)
        .Day(r.on);
    for (std::uint8_t rating : r.ratings) wheel_.Int(rating);
    wheel_.End();
  }
  void Add(const WarmRow& r) override {
    const long long introduction = IntroductionId(r.locality, r.introduction);
    warm_.Int(introduction * 10 + r.warm)
        .Int(introduction)
        .Int(r.locality)
        .Int(PersonId(r.locality, r.person))
        .Int(ServiceId(r.locality, r.service))
        .Day(r.made)
        .Day(r.landed);
    if (r.not_landed) {
      warm_.Text(NotLandedReasonKey(*r.not_landed));
    } else {
      warm_.Empty();
    }
    warm_.Day(r.closed).End();
  }
  void Add(const ExperienceRow& r) override {
    experience_.Int(IntroductionId(r.locality, r.episode))
        .Int(r.locality)
        .Int(PersonId(r.locality, r.person))
        .Day(r.on)
        .Bool(r.felt_listened_to)
        .Bool(r.less_lonely)
        .Bool(r.more_involved)
        .End();
  }

 private:
  CsvTable localities_, neighbourhoods_, teams_, staff_, services_, people_, introductions_,
      episodes_, contacts_, reqol_, goals_, wheel_, warm_, experience_;
};

// --- JSON, by hand: integers, fixed-point decimals and plain strings only,
// so it is the same everywhere.

class Json {
 public:
  std::string out;
  void Key(std::string_view k) {
    Comma();
    out.push_back('"');
    out.append(k);
    out.append("\":");
    need_comma_ = false;
  }
  void Str(std::string_view s) {
    Comma();
    out.push_back('"');
    for (char c : s) {
      if (static_cast<unsigned char>(c) < 0x20) {  // control characters as \u00XX
        static constexpr std::string_view kHex = "0123456789abcdef";
        out.append("\\u00");
        out.push_back(kHex[static_cast<unsigned char>(c) >> 4]);
        out.push_back(kHex[static_cast<unsigned char>(c) & 0xF]);
        continue;
      }
      if (c == '"' || c == '\\') out.push_back('\\');
      out.push_back(c);
    }
    out.push_back('"');
    need_comma_ = true;
  }
  void Int(long long v) {
    Comma();
    AppendInt(out, v);
    need_comma_ = true;
  }
  void UInt(std::uint64_t v) {
    Comma();
    std::array<char, 24> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    out.append(buf.data(), end);
    need_comma_ = true;
  }
  void Null() {
    Comma();
    out.append("null");
    need_comma_ = true;
  }
  // A value in hundredths as a decimal: 1450 -> 14.5, 1400 -> 14.
  void Hundredths(std::optional<long long> v) {
    if (!v) return Null();
    Comma();
    AppendInt(out, *v / 100);
    if (const long long rest = *v % 100; rest != 0) {
      out.push_back('.');
      out.push_back(static_cast<char>('0' + rest / 10));
      if (rest % 10 != 0) out.push_back(static_cast<char>('0' + rest % 10));
    }
    need_comma_ = true;
  }
  void Open(char c) {
    Comma();
    out.push_back(c);
    need_comma_ = false;
  }
  void Close(char c) {
    out.push_back(c);
    need_comma_ = true;
  }

 private:
  void Comma() {
    if (need_comma_) out.push_back(',');
  }
  bool need_comma_ = false;
};

void ShareJson(Json& j, std::string_view key, long long numerator, long long denominator) {
  j.Key(key);
  j.Open('{');
  j.Key("numerator");
  j.Int(numerator);
  j.Key("denominator");
  j.Int(denominator);
  j.Key("percent");
  if (auto p = Share{numerator, denominator}.RoundedPercent()) {
    j.Int(*p);
  } else {
    j.Null();
  }
  j.Close('}');
}

void DaysJson(Json& j, const DayCounts& days) {
  j.Key("count");
  j.Int(days.count());
  j.Key("median");
  j.Hundredths(days.PercentileHundredths(50));
  j.Key("p90");
  j.Hundredths(days.PercentileHundredths(90));
}

std::string MonthKey(Date first, std::size_t index) {
  const int months = first.year() * 12 + first.month() - 1 + static_cast<int>(index);
  std::string out;
  AppendInt(out, months / 12);
  out.push_back('-');
  const int m = months % 12 + 1;
  out.push_back(static_cast<char>('0' + m / 10));
  out.push_back(static_cast<char>('0' + m % 10));
  return out;
}

void LocalityJson(Json& j, const SystemSpec& spec, const LocalityTruth& t) {
  j.Open('{');
  j.Key("name");
  j.Str(t.name);
  for (auto [key, value] : std::initializer_list<std::pair<std::string_view, long long>>{
           {"people", t.people},
           {"introductions", t.introductions},
           {"introductions_returning", t.introductions_returning},
           {"waiting_at_end", t.waiting_at_end},
           {"episodes", t.episodes},
           {"episodes_open_at_end", t.episodes_open_at_end},
           {"episodes_ended", t.episodes_ended},
           {"contacts", t.contacts},
           {"contacts_attended", t.contacts_attended},
           {"contacts_qualifying", t.contacts_qualifying},
           {"two_contacts_people", t.two_contacts_people},
           {"keyworkers", t.keyworkers},
           {"staff", t.staff},
           {"reqol_responses", t.reqol_responses},
           {"wheel_check_ins", t.wheel_check_ins},
           {"warm_made", t.warm_made},
           {"warm_not_landed", t.warm_not_landed},
           {"neighbourhoods", t.neighbourhoods},
           {"directory_services", t.directory_services}}) {
    j.Key(key);
    j.Int(value);
  }
  ShareJson(j, "accepted", t.introductions_accepted, t.introductions);
  j.Key("introductions_by_source");
  j.Open('{');
  for (IntroductionSource s : kAllIntroductionSources) {
    j.Key(IntroductionSourceKey(s));
    j.Int(t.introductions_by_source[static_cast<std::size_t>(s)]);
  }
  j.Close('}');
  j.Key("introductions_by_ending");
  j.Open('{');
  for (Ending e : kAllEndings) {
    j.Key(EndingKey(e));
    j.Int(t.introductions_by_ending[static_cast<std::size_t>(e)]);
  }
  j.Close('}');
  j.Key("days_to_conversation");
  j.Open('{');
  DaysJson(j, t.days_to_conversation);
  j.Close('}');
  j.Key("days_waiting_at_end");
  j.Open('{');
  DaysJson(j, t.days_waiting_at_end);
  j.Close('}');
  j.Key("by_month");
  j.Open('[');
  for (std::size_t m = 0; m < t.introductions_by_month.size(); ++m) {
    j.Open('{');
    j.Key("month");
    j.Str(MonthKey(spec.first_day, m));
    j.Key("introductions");
    j.Int(t.introductions_by_month[m]);
    j.Key("days_to_conversation");
    j.Open('{');
    DaysJson(j, t.days_to_conversation_by_month[m]);
    j.Close('}');
    j.Close('}');
  }
  j.Close(']');
  ShareJson(j, "planned_exits", t.planned_exits, t.episodes_ended);
  ShareJson(j, "reqol_reliable_improvement", t.reqol_improved, t.reqol_pairs);
  ShareJson(j, "reqol_reliable_deterioration", t.reqol_deteriorated, t.reqol_pairs);
  ShareJson(j, "reqol_reliable_recovery", t.reqol_recovered, t.reqol_clinical_at_baseline);
  ShareJson(j, "goal_progress_one_any", t.goal_one_any, t.goal_episodes);
  ShareJson(j, "goal_progress_two_any", t.goal_two_any, t.goal_episodes);
  ShareJson(j, "goal_progress_one_reliable", t.goal_one_reliable, t.goal_episodes);
  ShareJson(j, "goal_progress_two_reliable", t.goal_two_reliable, t.goal_episodes);
  ShareJson(j, "warm_landed", t.warm_landed, t.warm_made);
  j.Key("warm_days_to_land");
  j.Open('{');
  DaysJson(j, t.warm_days_to_land);
  j.Close('}');
  ShareJson(j, "felt_listened_to", t.felt_listened_to, t.experience_responses);
  ShareJson(j, "less_lonely", t.less_lonely, t.experience_responses);
  ShareJson(j, "more_involved", t.more_involved, t.experience_responses);
  ShareJson(j, "sex_recorded", t.people_with_sex, t.people);
  ShareJson(j, "ethnicity_recorded", t.people_with_ethnicity, t.people);
  ShareJson(j, "disability_recorded", t.people_with_disability, t.people);
  ShareJson(j, "deprivation_recorded", t.people_with_deprivation, t.people);
  ShareJson(j, "neighbourhoods_meeting_minimum", t.neighbourhoods_meeting_minimum,
            t.neighbourhoods);
  j.Close('}');
}

}  // namespace

std::string TruthJson(const SystemSpec& spec, const SystemTruth& truth) {
  Json j;
  j.Open('{');
  j.Key("scale");
  j.Str(ScaleKey(spec.scale));
  j.Key("seed");
  j.UInt(spec.seed);
  j.Key("first_day");
  j.Str(spec.first_day.ToIso());
  j.Key("last_day");
  j.Str(spec.last_day.ToIso());
  j.Key("definitions");
  j.Str("docs/synthetic-data.md, section Truth files");
  j.Key("aims_percent");
  j.Open('{');
  for (auto [key, share] : std::initializer_list<std::pair<std::string_view, double>>{
           {"reqol_reliable_improvement", spec.flows.reqol_reliable_improvement_share},
           {"goal_progress_one_any", spec.flows.goal_progress_one_share},
           {"goal_progress_two_any", spec.flows.goal_progress_two_share},
           {"planned_exits", spec.flows.planned_exit_share},
           {"ethnicity_missing", spec.flows.ethnicity_missing_share},
           {"felt_listened_to", spec.flows.felt_listened_to_share},
           {"less_lonely", spec.flows.less_lonely_share},
           {"more_involved", spec.flows.more_involved_share},
           {"warm_landed", spec.flows.warm_landing_share}}) {
    j.Key(key);
    j.Hundredths(std::llround(share * 10000));
  }
  j.Close('}');
  j.Key("median_days_to_conversation_aimed");
  j.Hundredths(std::llround(spec.flows.days_to_conversation.Median() * 100));
  j.Key("total");
  LocalityJson(j, spec, truth.Total());
  j.Key("localities");
  j.Open('[');
  for (const LocalityTruth& l : truth.localities) LocalityJson(j, spec, l);
  j.Close(']');
  j.Close('}');
  j.out.push_back('\n');
  return std::move(j.out);
}

namespace {

// The files WriteSynthFiles writes, removed again when it fails part-way
// (and nothing else in the folder).
void RemoveOutputs(const fs::path& folder) {
  static constexpr std::array<std::string_view, 16> kNames = {
      "localities.csv",         "neighbourhoods.csv", "teams.csv",         "staff.csv",
      "services.csv",           "people.csv",         "introductions.csv", "episodes.csv",
      "contacts.csv",           "reqol.csv",          "goal_ratings.csv",  "wheel.csv",
      "warm_introductions.csv", "experience.csv",     "truth.json",        "manifest.json"};
  for (std::string_view name : kNames) {
    std::error_code ignored;
    fs::remove(folder / name, ignored);
  }
}

Result<SynthOutput> WriteSynthFilesOrLeaveThem(const SystemSpec& spec, const fs::path& folder) {
  SynthOutput out;
  {
    auto sink = std::make_unique<CsvSink>(folder);
    if (!sink->opened())
      return Fail(ErrorCode::kUnavailable, "could not write in " + folder.string());
    out.truth = GenerateSystem(spec, *sink);
    auto files = sink->Close();
    if (!files) return std::unexpected(files.error());
    out.files = *std::move(files);
  }
  const std::string truth = TruthJson(spec, out.truth);
  auto write = [&folder](const std::string& name,
                         const std::string& text) -> Result<SynthFileSummary> {
    std::FILE* f = std::fopen((folder / name).c_str(), "wb");
    if (f == nullptr) return Fail(ErrorCode::kUnavailable, "could not write " + name);
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    if (std::fclose(f) != 0 || !ok) return Fail(ErrorCode::kUnavailable, "could not write " + name);
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()),
                       text.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return SynthFileSummary{name, 0, static_cast<long long>(text.size()), std::string(hex.data())};
  };
  auto truth_summary = write("truth.json", truth);
  if (!truth_summary) return std::unexpected(truth_summary.error());
  out.files.push_back(*std::move(truth_summary));

  Json m;
  m.Open('{');
  m.Key("generator");
  m.Str("livingwell generate");
  m.Key("scale");
  m.Str(ScaleKey(spec.scale));
  m.Key("seed");
  m.UInt(spec.seed);
  m.Key("files");
  m.Open('[');
  for (const SynthFileSummary& f : out.files) {
    m.Open('{');
    m.Key("name");
    m.Str(f.name);
    m.Key("rows");
    m.Int(f.rows);
    m.Key("bytes");
    m.Int(f.bytes);
    m.Key("sha256");
    m.Str(f.sha256);
    m.Close('}');
  }
  m.Close(']');
  m.Close('}');
  m.out.push_back('\n');
  if (auto w = write("manifest.json", m.out); !w) return std::unexpected(w.error());
  return out;
}

}  // namespace

Result<SynthOutput> WriteSynthFiles(const SystemSpec& spec, const fs::path& folder) {
  if (auto v = ValidateSpec(spec); !v) return std::unexpected(v.error());
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return Fail(ErrorCode::kUnavailable, "could not create " + folder.string());
  if (fs::exists(folder / "manifest.json")) {
    return Fail(ErrorCode::kAlreadyExists,
                folder.string() + " already holds a generated system (manifest.json)");
  }
  auto out = WriteSynthFilesOrLeaveThem(spec, folder);
  if (!out) RemoveOutputs(folder);
  return out;
}

}  // namespace lw

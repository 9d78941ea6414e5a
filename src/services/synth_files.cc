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
#include "services/synth_json.h"

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

  synth_json::Json m;
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

#include "domain/synth/system.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/measures/two_contacts.h"
#include "domain/people/nhs_number.h"

namespace lw::synth {
namespace system_test {
namespace {

// Recounts, from the rows alone, what the truth claims: an evaluation in
// miniature, written apart from the generator's books.
class RecountingSink final : public SynthSink {
 public:
  explicit RecountingSink(const SystemSpec& spec) : spec_(spec) {}

  void Add(const LocalityRow& r) override { Mix(r.locality, r.name.size()); }
  void Add(const NeighbourhoodRow& r) override { Mix(r.neighbourhood, r.team); }
  void Add(const TeamRow& r) override { Mix(r.team, r.name.size()); }
  void Add(const StaffRow& r) override {
    Mix(r.staff, static_cast<std::uint64_t>(r.profession));
    if (r.keyworker) ++keyworkers;
  }
  void Add(const ServiceRow& r) override {
    Mix(r.service, r.days);
    ++services;
  }
  void Add(const PersonRow& r) override {
    Mix(r.person, static_cast<std::uint64_t>(r.person_record.date_of_birth->DayNumber()));
    born.insert_or_assign(std::pair{r.locality, r.person}, *r.person_record.date_of_birth);
    ++people;
    if (!r.ethnicity) ++ethnicity_missing;
    if (!r.person_record.nhs_number.empty()) {
      nhs_numbers.push_back(r.person_record.nhs_number);
    }
  }
  void Add(const IntroductionRow& r) override {
    Mix(r.introduction, static_cast<std::uint64_t>(r.received.DayNumber()));
    ++introductions;
    if (r.source == IntroductionSource::kComingBack) ++returning;
    EXPECT_GE(r.received, spec_.first_day);
    EXPECT_LE(r.received, spec_.last_day);
    if (r.conversation) {
      EXPECT_LE(*r.conversation, spec_.last_day);
      days.push_back(Date::DaysBetween(r.received, *r.conversation));
    }
    if (r.closed) {
      EXPECT_LE(*r.closed, spec_.last_day);
    }
    if (r.ending) ++endings[*r.ending];
    if (!r.conversation && !r.ending) ++waiting;
    const int month = (r.received.year() - spec_.first_day.year()) * 12 + r.received.month() -
                      spec_.first_day.month();
    ++by_month[month];
    received_on[{r.locality, r.introduction}] = r.received.DayNumber();
  }
  void Add(const EpisodeRow& r) override {
    Mix(r.episode, static_cast<std::uint64_t>(r.started.DayNumber()));
    // One episode at a time for a person, and nobody back after dying.
    const auto who = std::pair{r.locality, r.person};
    if (auto before = last_episode.find(who); before != last_episode.end()) {
      ++overlaps_checked;
      EXPECT_TRUE(before->second.ended.has_value()) << "still open when another began";
      if (before->second.ended) {
        EXPECT_GT(r.started, *before->second.ended);
      }
      EXPECT_NE(before->second.ending, EpisodeEnding::kDied);
    }
    last_episode.insert_or_assign(who, r);
    if (r.ended) {
      EXPECT_LE(*r.ended, spec_.last_day);
      EXPECT_GE(*r.ended, r.started);
      ++ended;
      if (IsPlannedTransition(*r.ending)) ++planned;
      episode_ends.insert_or_assign(std::pair{r.locality, r.episode}, *r.ended);
    }
    episode_starts.insert_or_assign(std::pair{r.locality, r.episode}, r.started);
    const std::string id = std::to_string(r.locality) + "/" + std::to_string(r.episode);
    const std::string person = std::to_string(r.locality) + "/" + std::to_string(r.person);
    const Date received = Date::FromDayNumber(received_on.at({r.locality, r.episode}));
    episode_facts.push_back(
        EpisodeFact{person, id, born.at({r.locality, r.person}).AgeOn(received), "A06", "", {}});
  }
  void Add(const ContactRow& r) override {
    Mix(r.contact, static_cast<std::uint64_t>(r.on.DayNumber()));
    ++contacts;
    contact_facts.push_back(ContactFact{
        std::to_string(r.locality) + "/" + std::to_string(r.episode) + "/" +
            std::to_string(r.contact),
        std::to_string(r.locality) + "/" + std::to_string(r.person),
        std::to_string(r.locality) + "/" + std::to_string(r.episode), r.on, r.mode, r.attendance});
    const auto key = std::pair{r.locality, r.episode};
    EXPECT_GE(r.on, episode_starts.at(key));
    EXPECT_LE(r.on, spec_.last_day);
    if (auto end = episode_ends.find(key); end != episode_ends.end()) {
      EXPECT_LE(r.on, end->second);
    }
  }
  void Add(const QuestionnaireRow& r) override {
    Mix(r.response, static_cast<std::uint64_t>(r.total));
    int sum = 0;
    for (auto item : r.items) {
      EXPECT_LE(item, 4);
      sum += item;
    }
    EXPECT_EQ(sum, r.total);
    auto& [first, latest] = reqol[{r.locality, r.episode}];
    if (r.response == 0) first = r.total;
    latest = r.total;
    ++responses[{r.locality, r.episode}];
  }
  void Add(const GoalRatingRow& r) override {
    Mix(static_cast<std::uint64_t>(r.goal), static_cast<std::uint64_t>(r.rating));
    EXPECT_GE(r.rating, 0);
    EXPECT_LE(r.rating, 10);
    auto& ratings = goals[{r.locality, r.episode}][r.goal];
    ratings.push_back(r.rating);
  }
  void Add(const WheelRow& r) override { Mix(r.check_in, r.ratings[0]); }
  void Add(const WarmRow& r) override {
    Mix(r.warm, r.service);
    ++warm;
    if (r.landed) ++landed;
  }
  void Add(const ExperienceRow& r) override {
    Mix(r.episode, r.felt_listened_to ? 1 : 0);
    ++experience;
    if (r.felt_listened_to) ++listened;
  }

  // ReQoL-10, first against latest: improved (d >= 5), deteriorated
  // (d <= -5), and recovered (baseline < 25, latest >= 25, improved) of
  // those with a baseline below 25.
  struct Reqol {
    long long pairs = 0, improved = 0, deteriorated = 0, clinical = 0, recovered = 0;
  };
  Reqol ReqolChange() const {
    Reqol out;
    for (const auto& [key, scores] : reqol) {
      if (responses.at(key) < 2) continue;
      ++out.pairs;
      const int d = scores.second - scores.first;
      if (d >= 5) ++out.improved;
      if (d <= -5) ++out.deteriorated;
      if (scores.first < 25) {
        ++out.clinical;
        if (scores.second >= 25 && d >= 5) ++out.recovered;
      }
    }
    return out;
  }
  // Episodes with progress on at least `n` goals (d >= `by`), of those with
  // a goal rated twice.
  std::pair<long long, long long> GoalProgress(int n, int by = 1) const {
    long long with = 0;
    long long progressed = 0;
    for (const auto& [key, by_goal] : goals) {
      int rated_twice = 0;
      int up = 0;
      for (const auto& [goal, ratings] : by_goal) {
        if (ratings.size() < 2) continue;
        ++rated_twice;
        if (ratings.back() - ratings.front() >= by) ++up;
      }
      if (rated_twice == 0) continue;
      ++with;
      if (up >= n) ++progressed;
    }
    return {progressed, with};
  }

  std::uint64_t hash = 1469598103934665603ULL;
  long long keyworkers = 0, services = 0, people = 0, ethnicity_missing = 0, introductions = 0,
            returning = 0, ended = 0, planned = 0, contacts = 0, warm = 0, landed = 0,
            experience = 0, listened = 0;
  long long overlaps_checked = 0;
  std::map<std::pair<int, std::uint32_t>, EpisodeRow> last_episode;
  std::vector<std::string> nhs_numbers;
  long long waiting = 0;
  std::map<int, long long> by_month;
  std::map<std::pair<int, std::uint32_t>, long long> received_on;
  std::map<std::pair<int, std::uint32_t>, Date> born;
  std::vector<ContactFact> contact_facts;
  std::vector<EpisodeFact> episode_facts;
  std::vector<int> days;
  std::map<Ending, long long> endings;
  std::map<std::pair<int, std::uint32_t>, Date> episode_starts, episode_ends;
  std::map<std::pair<int, std::uint32_t>, std::pair<int, int>> reqol;
  std::map<std::pair<int, std::uint32_t>, int> responses;
  std::map<std::pair<int, std::uint32_t>, std::map<int, std::vector<int>>> goals;

 private:
  void Mix(std::uint64_t a, std::uint64_t b) {
    hash = (hash ^ a) * 1099511628211ULL;
    hash = (hash ^ b) * 1099511628211ULL;
  }
  const SystemSpec& spec_;
};

double ShareOf(long long n, long long d) { return static_cast<double>(n) / static_cast<double>(d); }

// The locality scale is generated once and shared: 10,000 introductions.
struct Generated {
  SystemSpec spec;
  RecountingSink rows;
  SystemTruth truth;
  explicit Generated(SystemSpec s)
      : spec(std::move(s)), rows(spec), truth(GenerateSystem(spec, rows)) {}
};
const Generated& LocalityScale() {
  static const Generated* g = new Generated(SpecFor(Scale::kLocality, 20261123));
  return *g;
}

TEST(SynthSystemTest, ScalesByName) {
  EXPECT_EQ(ParseScale("gm"), Scale::kGm);
  EXPECT_EQ(ParseScale("national"), Scale::kNational);
  EXPECT_EQ(ParseScale("demo"), Scale::kDemo);
  EXPECT_EQ(ParseScale("locality"), Scale::kLocality);
  EXPECT_FALSE(ParseScale("GM"));
  EXPECT_FALSE(ParseScale(""));
  for (Scale s : {Scale::kDemo, Scale::kLocality, Scale::kGm, Scale::kNational}) {
    EXPECT_EQ(ParseScale(ScaleKey(s)), s);
    EXPECT_TRUE(ValidateSpec(SpecFor(s, 1))) << ScaleKey(s);
  }
  EXPECT_EQ(SpecFor(Scale::kGm, 1).localities, 10);
  EXPECT_EQ(SpecFor(Scale::kNational, 1).localities, 40);
}

// Counts rows only: cheap enough to generate the largest scales in a test.
class CountingSink final : public SynthSink {
 public:
  void Add(const LocalityRow&) override {}
  void Add(const NeighbourhoodRow&) override {}
  void Add(const TeamRow&) override {}
  void Add(const StaffRow&) override {}
  void Add(const ServiceRow&) override { ++services; }
  void Add(const PersonRow&) override { ++people; }
  void Add(const IntroductionRow&) override { ++introductions; }
  void Add(const EpisodeRow&) override {}
  void Add(const ContactRow&) override { ++contacts; }
  void Add(const QuestionnaireRow&) override {}
  void Add(const GoalRatingRow&) override {}
  void Add(const WheelRow&) override {}
  void Add(const WarmRow&) override {}
  void Add(const ExperienceRow&) override {}
  long long services = 0, people = 0, introductions = 0, contacts = 0;
};

// The sizes (and, for the locality, its twelve-week episodes' ~80,000
// contacts): locality ~10,000 introductions; gm ten localities,
// ~100,000 introductions and ~1 million contacts; national forty
// localities, ~1 million introductions and ~10 million contacts.
TEST(SynthSystemTest, EachScaleHasItsSize) {
  struct Case {
    Scale scale;
    int localities;
    double introductions;
    double contacts;
  };
  for (const Case& c :
       {Case{Scale::kLocality, 1, 10'000, 80'000}, Case{Scale::kGm, 10, 100'000, 1'000'000},
        Case{Scale::kNational, 40, 1'000'000, 10'000'000}}) {
    CountingSink rows;
    const SystemTruth truth = GenerateSystem(SpecFor(c.scale, 1), rows);
    const LocalityTruth total = truth.Total();
    EXPECT_EQ(truth.localities.size(), static_cast<std::size_t>(c.localities)) << ScaleKey(c.scale);
    EXPECT_NEAR(static_cast<double>(rows.introductions), c.introductions, c.introductions * 0.05)
        << ScaleKey(c.scale);
    EXPECT_NEAR(static_cast<double>(rows.contacts), c.contacts, c.contacts * 0.10)
        << ScaleKey(c.scale);
    EXPECT_EQ(rows.services, 300LL * c.localities) << ScaleKey(c.scale);
    // The truth counts what was generated.
    EXPECT_EQ(total.introductions, rows.introductions);
    EXPECT_EQ(total.contacts, rows.contacts);
    EXPECT_EQ(total.people, rows.people);
    EXPECT_EQ(total.directory_services, rows.services);
  }
}

TEST(SynthSystemTest, ABadSpecIsRefusedWithTheReason) {
  SystemSpec spec = SpecFor(Scale::kDemo, 1);
  spec.last_day = spec.first_day.PlusDays(-1);
  EXPECT_EQ(ValidateSpec(spec).error().message, "the window ends before it starts");
  spec = SpecFor(Scale::kDemo, 1);
  spec.localities = 41;
  EXPECT_FALSE(ValidateSpec(spec));
  spec = SpecFor(Scale::kDemo, 1);
  spec.directory_services_per_locality = 299;
  EXPECT_FALSE(ValidateSpec(spec));
  spec = SpecFor(Scale::kDemo, 1);
  spec.flows.planned_exit_share = 1.2;
  EXPECT_FALSE(ValidateSpec(spec));
  spec = SpecFor(Scale::kDemo, 1);
  spec.neighbourhoods_per_locality = 0;
  EXPECT_FALSE(ValidateSpec(spec));
  spec = SpecFor(Scale::kDemo, 1);
  spec.last_day = *Date::FromYmd(2026, 3, 30);
  EXPECT_NE(ValidateSpec(spec).error().message.find("last day of a month"), std::string::npos);
  // More new people than a locality has NHS numbers for.
  spec = SpecFor(Scale::kNational, 1);
  spec.flows.returning_share = 0;
  EXPECT_NE(ValidateSpec(spec).error().message.find("too many new people"), std::string::npos);
}

TEST(SynthSystemTest, TheDemoIsOneLocalityOfAboutThreeHundredPeople) {
  const SystemSpec spec = SpecFor(Scale::kDemo, 1);
  RecountingSink rows(spec);
  const SystemTruth truth = GenerateSystem(spec, rows);
  ASSERT_EQ(truth.localities.size(), 1U);
  EXPECT_EQ(truth.localities[0].neighbourhoods, 3);
  EXPECT_GE(rows.people, 250);
  EXPECT_LE(rows.people, 380);
  EXPECT_EQ(rows.services, 300);
  EXPECT_EQ(truth.localities[0].directory_services, 300);
}

TEST(SynthSystemTest, TheSameSpecGivesTheSameRowsAndAnotherSeedOthers) {
  const SystemSpec spec = SpecFor(Scale::kDemo, 42);
  RecountingSink a(spec), b(spec);
  GenerateSystem(spec, a);
  GenerateSystem(spec, b);
  EXPECT_EQ(a.hash, b.hash);
  EXPECT_EQ(a.contacts, b.contacts);
  const SystemSpec other = SpecFor(Scale::kDemo, 43);
  RecountingSink c(other);
  GenerateSystem(other, c);
  EXPECT_NE(a.hash, c.hash);
}

TEST(SynthSystemTest, TheTruthIsWhatTheRowsSay) {
  const Generated& g = LocalityScale();
  const LocalityTruth t = g.truth.Total();
  const RecountingSink& rows = g.rows;
  EXPECT_EQ(t.people, rows.people);
  EXPECT_EQ(t.introductions, rows.introductions);
  EXPECT_EQ(t.introductions_accepted, t.introductions);
  EXPECT_EQ(t.introductions_returning, rows.returning);
  EXPECT_EQ(t.contacts, rows.contacts);
  EXPECT_EQ(t.episodes_ended, rows.ended);
  EXPECT_EQ(t.planned_exits, rows.planned);
  EXPECT_EQ(t.warm_made, rows.warm);
  EXPECT_EQ(t.warm_landed, rows.landed);
  EXPECT_EQ(t.experience_responses, rows.experience);
  EXPECT_EQ(t.felt_listened_to, rows.listened);
  EXPECT_EQ(t.keyworkers, rows.keyworkers);
  EXPECT_EQ(t.people - t.people_with_ethnicity, rows.ethnicity_missing);
  for (Ending e : kAllEndings) {
    const auto found = rows.endings.find(e);
    EXPECT_EQ(t.introductions_by_ending[static_cast<std::size_t>(e)],
              found == rows.endings.end() ? 0 : found->second)
        << EndingKey(e);
  }
  const auto reqol = rows.ReqolChange();
  EXPECT_EQ(t.reqol_pairs, reqol.pairs);
  EXPECT_EQ(t.reqol_improved, reqol.improved);
  EXPECT_EQ(t.reqol_deteriorated, reqol.deteriorated);
  EXPECT_EQ(t.reqol_clinical_at_baseline, reqol.clinical);
  EXPECT_EQ(t.reqol_recovered, reqol.recovered);
  const auto [one, with_goals] = rows.GoalProgress(1);
  EXPECT_EQ(t.goal_episodes, with_goals);
  EXPECT_EQ(t.goal_one_any, one);
  EXPECT_EQ(t.goal_two_any, rows.GoalProgress(2).first);
  EXPECT_EQ(t.goal_one_reliable, rows.GoalProgress(1, 3).first);
  EXPECT_EQ(t.goal_two_reliable, rows.GoalProgress(2, 3).first);
  EXPECT_EQ(t.waiting_at_end, rows.waiting);
  for (std::size_t m = 0; m < t.introductions_by_month.size(); ++m) {
    const auto found = rows.by_month.find(static_cast<int>(m));
    EXPECT_EQ(t.introductions_by_month[m], found == rows.by_month.end() ? 0 : found->second) << m;
  }
  // MHS108 by the measure's own code (domain/measures/two_contacts.h).
  auto mhs108 = CountTwoContacts(rows.contact_facts, rows.episode_facts, g.spec.last_day);
  ASSERT_TRUE(mhs108) << mhs108.error().message;
  EXPECT_EQ(t.two_contacts_people, mhs108->Count());
  // The median and 90th percentile of days to the conversation, by the
  // rule of measures.md section 7, from a sorted copy.
  std::vector<int> days = rows.days;
  std::sort(days.begin(), days.end());
  ASSERT_EQ(static_cast<long long>(days.size()), t.days_to_conversation.count());
  const auto at = [&days](int percent) {
    const long long scaled = static_cast<long long>(days.size() - 1) * percent;
    const auto lower = static_cast<std::size_t>(scaled / 100);
    const long long rest = scaled % 100;
    const long long a = days[lower];
    const long long b = rest == 0 ? a : days[lower + 1];
    return a * 100 + rest * (b - a);
  };
  EXPECT_EQ(t.days_to_conversation.PercentileHundredths(50), at(50));
  EXPECT_EQ(t.days_to_conversation.PercentileHundredths(90), at(90));
}

TEST(SynthSystemTest, TheFlowsLandNearThePublishedFigures) {
  const LocalityTruth t = LocalityScale().truth.Total();
  // About 10,000 introductions over five years.
  EXPECT_NEAR(static_cast<double>(t.introductions), 10'000, 500);
  EXPECT_NEAR(ShareOf(t.introductions_returning, t.introductions), 0.18, 0.02);
  // Median 14 days to the initial conversation, with a tail.
  EXPECT_EQ(t.days_to_conversation.PercentileHundredths(50), 1400);
  EXPECT_GT(*t.days_to_conversation.PercentileHundredths(90), 3000);
  // Mostly Living Well support; never a rejection (there is no such ending).
  EXPECT_NEAR(ShareOf(t.introductions_by_ending[0], t.introductions), 0.70, 0.03);
  EXPECT_NEAR(ShareOf(t.reqol_improved, t.reqol_pairs), 0.58, 0.025);
  EXPECT_NEAR(ShareOf(t.goal_one_any, t.goal_episodes), 0.83, 0.025);
  EXPECT_NEAR(ShareOf(t.goal_two_any, t.goal_episodes), 0.74, 0.025);
  EXPECT_NEAR(ShareOf(t.planned_exits, t.episodes_ended), 0.60, 0.025);
  EXPECT_NEAR(ShareOf(t.people - t.people_with_ethnicity, t.people), 0.35, 0.025);
  EXPECT_NEAR(ShareOf(t.felt_listened_to, t.experience_responses), 0.95, 0.02);
  EXPECT_NEAR(ShareOf(t.less_lonely, t.experience_responses), 0.51, 0.03);
  EXPECT_NEAR(ShareOf(t.more_involved, t.experience_responses), 0.48, 0.03);
  EXPECT_NEAR(ShareOf(t.warm_landed, t.warm_made), 0.72, 0.04);
  // Some reliable deterioration, and reliable recovery below improvement.
  EXPECT_GT(t.reqol_deteriorated, 0);
  EXPECT_LT(t.reqol_recovered, t.reqol_improved);
  // Most neighbourhoods meet the GM minimum staffing, not necessarily all.
  EXPECT_GE(t.neighbourhoods_meeting_minimum, 1);
  EXPECT_LE(t.neighbourhoods_meeting_minimum, t.neighbourhoods);
  // Some still waiting, some episodes still open at the window's end.
  EXPECT_GT(t.waiting_at_end, 0);
  EXPECT_GT(t.episodes_open_at_end, 0);
  EXPECT_GT(t.two_contacts_people, 0);
}

TEST(SynthSystemTest, PeopleComeBackOnlyAfterTheirLastEpisodeEnded) {
  // The checks are in RecountingSink::Add(EpisodeRow); here, that they ran.
  EXPECT_GT(LocalityScale().rows.overlaps_checked, 500);
}

TEST(SynthSystemTest, PeopleHaveTestRangeNhsNumbersOnly) {
  const RecountingSink& rows = LocalityScale().rows;
  ASSERT_GT(rows.nhs_numbers.size(), 1000U);
  std::set<std::string> distinct(rows.nhs_numbers.begin(), rows.nhs_numbers.end());
  EXPECT_EQ(distinct.size(), rows.nhs_numbers.size());
  for (const std::string& n : rows.nhs_numbers) {
    ASSERT_TRUE(n.starts_with("999")) << n;
    ASSERT_TRUE(NhsCheckDigitValid(n)) << n;
  }
}

TEST(SynthTruthTest, PercentilesInterpolateAsMeasuresSection7) {
  const auto median = [](std::initializer_list<int> values) {
    DayCounts d;
    for (int v : values) d.Add(v);
    return d.PercentileHundredths(50);
  };
  EXPECT_EQ(median({7, 14, 14, 21}), 1400);
  EXPECT_EQ(median({3, 10, 18, 30}), 1400);
  EXPECT_EQ(median({1, 2, 3, 4, 100}), 300);
  EXPECT_EQ(median({14}), 1400);
  EXPECT_EQ(median({1, 2}), 150);
  EXPECT_FALSE(DayCounts{}.PercentileHundredths(50));
  DayCounts ten;
  for (int v = 1; v <= 10; ++v) ten.Add(v);
  EXPECT_EQ(ten.PercentileHundredths(90), 910);  // position 8.1: 9 + 0.1
  EXPECT_EQ(ten.PercentileHundredths(0), 100);
  EXPECT_EQ(ten.PercentileHundredths(100), 1000);
  DayCounts merged;
  merged.Merge(ten);
  merged.Merge(ten);
  EXPECT_EQ(merged.count(), 20);
}

TEST(SynthTruthTest, SharesRoundHalfUpAsMeasuresSection7) {
  EXPECT_EQ((Share{190, 318}.RoundedPercent()), 60);
  EXPECT_EQ((Share{191, 318}.RoundedPercent()), 60);
  EXPECT_EQ((Share{189, 318}.RoundedPercent()), 59);
  EXPECT_EQ((Share{193, 318}.RoundedPercent()), 61);
  EXPECT_EQ((Share{222, 385}.RoundedPercent()), 58);
  EXPECT_EQ((Share{226, 385}.RoundedPercent()), 59);
  EXPECT_EQ((Share{1, 8}.RoundedPercent()), 13);  // 12.5 rounds up
  EXPECT_FALSE((Share{0, 0}.RoundedPercent()));
}

TEST(SynthTruthTest, TheTotalAddsEveryLocality) {
  SystemSpec spec = SpecFor(Scale::kDemo, 3);
  spec.localities = 3;
  RecountingSink rows(spec);
  const SystemTruth truth = GenerateSystem(spec, rows);
  ASSERT_EQ(truth.localities.size(), 3U);
  const LocalityTruth total = truth.Total();
  EXPECT_EQ(total.name, "all");
  EXPECT_EQ(total.introductions, rows.introductions);
  EXPECT_EQ(total.contacts, rows.contacts);
  EXPECT_EQ(total.days_to_conversation.count(),
            truth.localities[0].days_to_conversation.count() +
                truth.localities[1].days_to_conversation.count() +
                truth.localities[2].days_to_conversation.count());
  long long by_month = 0;
  for (long long n : total.introductions_by_month) by_month += n;
  EXPECT_EQ(by_month, total.introductions);
  EXPECT_EQ(total.introductions_by_month.size(), 24U);
}

}  // namespace
}  // namespace system_test
}  // namespace lw::synth

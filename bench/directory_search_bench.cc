// Searching the directory (issue 7 point 2: under 10 ms at p99 for a search
// over 10,000 services; domain/directory/search.h).
//
//   BM_BuildIndex       building the SearchIndex over the 10,000 services
//                       (about 20,000 distinct words).
//   BM_Search           a fixed mix of 40 realistic queries, one per
//                       iteration in turn: words with and without typos,
//                       need filters, near a point within 3 km, open now,
//                       and combinations, each asking for the first page of
//                       20 with its reasons.
//   BM_SearchOne/N      query N of the mix alone (its text as the label).
//   BM_LinearScan       the baseline: the same queries' words looked for
//                       with std::string::find in the 10,000 names and
//                       descriptions (lower-cased before timing), every word
//                       required, no typos, no ranking, no filters.
//
// Each iteration's time is taken with steady_clock and the counters report
// mean, p50, p99 and max in milliseconds (Google Benchmark's own mean hides
// the tail). The services come from a fixed seed (SeededRandom), so every
// run searches the same directory; `matches` (the total of the mix's result
// counts) makes the work observable and must not change between runs.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/random.h"
#include "domain/directory/search.h"

namespace lw::directory {
namespace {

constexpr std::size_t kServices = 10'000;

struct Town {
  const char* name;
  double lat;
  double lon;
};

// Greater Manchester's towns; places are spread up to ~3 km around each.
constexpr std::array<Town, 20> kTowns = {{
    {"Manchester", 53.4808, -2.2426}, {"Salford", 53.4875, -2.2901},
    {"Stockport", 53.4106, -2.1575},  {"Oldham", 53.5409, -2.1114},
    {"Rochdale", 53.6097, -2.1561},   {"Bury", 53.5933, -2.2966},
    {"Bolton", 53.5769, -2.4282},     {"Wigan", 53.5450, -2.6325},
    {"Stretford", 53.4466, -2.3087},  {"Ashton", 53.4885, -2.0989},
    {"Hyde", 53.4514, -2.0795},       {"Stalybridge", 53.4846, -2.0597},
    {"Denton", 53.4554, -2.1147},     {"Altrincham", 53.3838, -2.3547},
    {"Leigh", 53.4975, -2.5150},      {"Middleton", 53.5530, -2.2010},
    {"Sale", 53.4260, -2.3220},       {"Eccles", 53.4833, -2.3340},
    {"Heywood", 53.5920, -2.2190},    {"Wythenshawe", 53.3920, -2.2640},
}};

struct NeedWords {
  Need need;
  std::array<const char*, 4> names;
  std::array<const char*, 4> phrases;
};

const std::array<NeedWords, 12> kNeedWords = {{
    {Need::kMoneyAndDebt,
     {"Debt Advice", "Money Matters", "Budgeting Help", "Credit Union"},
     {"free confidential debt advice", "help with budgeting and bills",
      "dealing with creditors and bailiffs", "a money check with a trained adviser"}},
    {Need::kBenefitsAndWelfare,
     {"Benefits Advice", "Welfare Rights", "Universal Credit Help", "Claims Support"},
     {"help to claim Universal Credit and PIP", "appeals and mandatory reconsiderations",
      "a benefits check for your household", "filling in forms together"}},
    {Need::kHousing,
     {"Housing Options", "Tenancy Support", "Homeless Outreach", "Home Matters"},
     {"keeping your tenancy", "support if you are homeless or at risk",
      "help with landlords and repairs", "finding somewhere settled to live"}},
    {Need::kPsychologicalTherapy,
     {"Counselling Service", "Talking Therapies", "Wellbeing Counselling", "Therapy Centre"},
     {"short-term counselling with a qualified counsellor",
      "talking therapy for anxiety and low mood", "cognitive behavioural therapy in groups",
      "bereavement counselling"}},
    {Need::kPeerSupport,
     {"Peer Support Group", "Hearing Voices Group", "Recovery Café", "Mutual Aid Circle"},
     {"people with lived experience supporting each other", "a peer-led recovery group",
      "share what has helped you", "a relaxed group run by peers"}},
    {Need::kLonelinessAndConnection,
     {"Friendship Club", "Coffee Morning", "Community Lunch", "Men's Shed"},
     {"meet people over a cuppa", "a warm welcome and good company", "a shared lunch every week",
      "make friends and try something new"}},
    {Need::kPhysicalActivity,
     {"Walking Group", "Parkrun Buddies", "Community Garden", "Swimming Sessions"},
     {"a gentle walk at your own pace", "gardening and growing food together",
      "low-cost swimming and exercise", "football for all abilities"}},
    {Need::kArtsAndCreativity,
     {"Art Studio", "Community Choir", "Craft Circle", "Writing Group"},
     {"painting and drawing for beginners", "sing together, no auditions",
      "knit, sew and make things", "creative writing and poetry"}},
    {Need::kDrugsAndAlcohol,
     {"Drug and Alcohol Service", "Recovery Hub", "Alcohol Support", "Harm Reduction"},
     {"support to cut down or stop drinking", "needle exchange and harm reduction",
      "recovery groups and one-to-one support", "help with drug use"}},
    {Need::kCarersSupport,
     {"Carers Centre", "Young Carers", "Carers Cafe", "Carers Breaks"},
     {"support for unpaid carers", "a break for carers", "advice for people caring for family",
      "carers' assessments and rights"}},
    {Need::kEmploymentAndLearning,
     {"Employment Support", "Skills Academy", "Volunteering Hub", "Adult Learning"},
     {"help to find work and keep it", "courses in English and maths",
      "volunteering to build confidence", "CV writing and interview practice"}},
    {Need::kCrisis,
     {"Crisis Café", "Safe Haven", "Sanctuary", "Listening Lounge"},
     {"somewhere to go when things feel too much", "open in the evenings and at weekends",
      "a calm space to talk to someone", "out-of-hours support without an appointment"}},
}};

constexpr std::array<const char*, 8> kGeneric = {
    "everyone welcome", "no referral needed",  "step-free access", "run by local volunteers",
    "ring first",       "in a friendly space", "free of charge",   "with interpreters on request"};
constexpr std::array<const char*, 8> kOrgWords = {"Community", "Mind",   "Together",  "Wellbeing",
                                                  "Citizens",  "Action", "Voluntary", "Hope"};
constexpr std::array<const char*, 4> kOrgKinds = {"Trust", "CIC", "Association", "Partnership"};
// Syllables for the made-up names of streets, halls and people that give a
// real directory its long tail of rare words (about 20,000 here).
constexpr std::array<const char*, 30> kSyllables = {
    "ash", "bro", "cal", "den", "ell", "far",  "gor", "hal",  "ing", "kel",
    "lan", "mer", "nor", "oak", "pen", "ral",  "sto", "tor",  "ud",  "ven",
    "wal", "yar", "bur", "ton", "ley", "wick", "ham", "ford", "by",  "dale"};
constexpr std::array<const char*, 6> kLanguages = {"ur", "pa", "bn", "pl", "ar", "so"};

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : random_(seed) {}
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(random_.NextU64() % n); }
  double Unit() { return static_cast<double>(random_.NextU64() >> 11) / 9007199254740992.0; }

 private:
  SeededRandom random_;
};

struct Directory {
  std::vector<DirectoryService> services;
  std::map<std::string, std::string> organisations;
};

Directory Generate() {
  Directory d;
  Rng rng(20261123);
  for (std::size_t o = 0; o < 1500; ++o) {
    const Town& town = kTowns[rng.Below(kTowns.size())];
    d.organisations["org" + std::to_string(o)] = std::string(town.name) + " " +
                                                 kOrgWords[rng.Below(kOrgWords.size())] + " " +
                                                 kOrgKinds[rng.Below(kOrgKinds.size())];
  }
  d.services.reserve(kServices);
  for (std::size_t i = 0; i < kServices; ++i) {
    DirectoryService s;
    s.id = "svc" + std::to_string(i);
    s.organisation_id = "org" + std::to_string(rng.Below(1500));
    const Town& town = kTowns[rng.Below(kTowns.size())];
    const NeedWords& main = kNeedWords[rng.Below(kNeedWords.size())];
    s.name = std::string(town.name) + " " + main.names[rng.Below(4)];
    s.needs.push_back(main.need);
    const std::size_t extra = rng.Below(3);
    for (std::size_t e = 0; e < extra; ++e) {
      const Need need = kNeedWords[rng.Below(kNeedWords.size())].need;
      if (std::find(s.needs.begin(), s.needs.end(), need) == s.needs.end()) s.needs.push_back(need);
    }
    std::string description = std::string("In ") + town.name + ": " + main.phrases[rng.Below(4)];
    for (std::size_t k = 0; k < 2 + rng.Below(3); ++k) {
      const NeedWords& any = kNeedWords[rng.Below(kNeedWords.size())];
      description += rng.Below(2) == 0 ? std::string(", ") + any.phrases[rng.Below(4)]
                                       : std::string(", ") + kGeneric[rng.Below(kGeneric.size())];
    }
    auto made_up = [&rng] {
      std::string w;
      for (int k = 0; k < 3; ++k) w += kSyllables[rng.Below(kSyllables.size())];
      w[0] = static_cast<char>(w[0] - 'a' + 'A');
      return w;
    };
    description +=
        ". Meets at " + made_up() + " Hall, " + made_up() + " Street; ask for " + made_up();
    s.description = description + ".";
    s.offer = rng.Below(3) == 0 ? Offer::kCommunityAsset : Offer::kNetwork;
    s.kind = s.offer == Offer::kCommunityAsset ? ServiceKind::kGroup : ServiceKind::kService;
    if (rng.Below(20) == 0) s.status = ServiceStatus::kInactive;
    if (rng.Below(4) == 0) s.eligibility.minimum_age = 18;
    if (rng.Below(10) == 0) {
      s.eligibility.minimum_age = 16;
      s.eligibility.maximum_age = 25;
    }
    if (rng.Below(12) == 0) s.eligibility.gender = GenderFocus::kWomen;
    if (rng.Below(6) == 0) s.languages = {"en", kLanguages[rng.Below(kLanguages.size())]};
    const std::size_t places = rng.Below(10) == 0 ? 0 : 1 + rng.Below(2);
    for (std::size_t p = 0; p < places; ++p) {
      Place place;
      place.id = s.id + "-place" + std::to_string(p);
      place.name = made_up() + (p == 0 ? " Community Centre" : " Library");
      place.city = town.name;
      // Up to about 3 km from the town centre.
      place.latitude = town.lat + (rng.Unit() - 0.5) * 0.054;
      place.longitude = town.lon + (rng.Unit() - 0.5) * 0.09;
      s.places.push_back(std::move(place));
    }
    if (places == 0) {
      Place online;
      online.id = s.id + "-online";
      online.is_virtual = true;
      online.name = "Online and phone";
      s.places.push_back(std::move(online));
    }
    const int opens = (8 + static_cast<int>(rng.Below(4))) * 60;
    const int closes = opens + (3 + static_cast<int>(rng.Below(7))) * 60;
    for (int day = 0; day < 7; ++day) {
      if (rng.Below(7) < (day < 5 ? 5U : 1U)) s.opening.push_back({day, opens, closes});
    }
    d.services.push_back(std::move(s));
  }
  return d;
}

const Directory& TheDirectory() {
  static const Directory d = Generate();
  return d;
}

const SearchIndex& TheIndex() {
  static const SearchIndex index(TheDirectory().services, TheDirectory().organisations);
  return index;
}

// The mix: what practitioners type and tick. Hyde, Oldham and Manchester
// are the places "near".
std::vector<SearchQuery> Mix() {
  const SearchNear hyde{53.4514, -2.0795, 3000.0};
  const SearchNear oldham{53.5409, -2.1114, 3000.0};
  const SearchNear manchester{53.4808, -2.2426, 3000.0};
  const SearchOpenAt tuesday_11{1, 11 * 60};
  const SearchOpenAt saturday_10{5, 10 * 60};
  std::vector<SearchQuery> q;
  for (const char* text : {"debt", "debt advice", "benefits", "universal credit", "counselling",
                           "walking group", "carers", "housing", "choir", "crisis cafe"}) {
    q.push_back({.text = text});
  }
  for (const char* text : {"benifits", "dept advice", "councelling", "walkng", "housng support",
                           "recovry", "volunteering", "loneliness"}) {
    q.push_back({.text = text});
  }
  q.push_back({.needs = {Need::kMoneyAndDebt}});
  q.push_back({.needs = {Need::kPeerSupport, Need::kLonelinessAndConnection}});
  q.push_back({.needs = {Need::kCrisis}, .open_at = saturday_10});
  q.push_back({.near = hyde});
  q.push_back({.near = oldham, .open_at = tuesday_11});
  q.push_back({.text = "debt", .near = hyde});
  q.push_back({.text = "counselling", .near = manchester});
  q.push_back({.text = "benifits", .near = oldham});
  q.push_back({.needs = {Need::kMoneyAndDebt}, .near = hyde});
  q.push_back({.needs = {Need::kHousing}, .age = 19, .near = manchester});
  q.push_back({.text = "group", .gender = GenderFocus::kWomen, .language = "ur"});
  q.push_back({.text = "support", .age = 17});
  q.push_back({.text = "advice", .open_at = tuesday_11});
  q.push_back({.text = "dept", .near = manchester, .open_at = tuesday_11});
  q.push_back({.offer = Offer::kCommunityAsset, .near = hyde});
  q.push_back({.text = "art", .offer = Offer::kCommunityAsset});
  q.push_back({.text = "swimming", .near = oldham, .open_at = saturday_10});
  q.push_back({.text = "talking therapy anxiety", .age = 30, .near = manchester});
  q.push_back({.text = "harm reduction", .near = hyde});
  q.push_back({});  // everything, by name
  return q;
}

struct Times {
  std::vector<double> ms;
  void Report(benchmark::State& state) {
    if (ms.empty()) return;
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double m : ms) sum += m;
    auto at = [&](double p) {
      const auto i = static_cast<std::size_t>(p * static_cast<double>(ms.size() - 1));
      return ms[i];
    };
    state.counters["mean_ms"] = sum / static_cast<double>(ms.size());
    state.counters["p50_ms"] = at(0.50);
    state.counters["p99_ms"] = at(0.99);
    state.counters["max_ms"] = ms.back();
  }
};

double Ms(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

void BM_BuildIndex(benchmark::State& state) {
  const Directory& d = TheDirectory();
  std::size_t terms = 0;
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop
    const SearchIndex index(d.services, d.organisations);
    terms = index.vocabulary_size();
    benchmark::DoNotOptimize(terms);
  }
  state.counters["services"] = static_cast<double>(d.services.size());
  state.counters["terms"] = static_cast<double>(terms);
}
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Search(benchmark::State& state) {
  const SearchIndex& index = TheIndex();
  const std::vector<SearchQuery> mix = Mix();
  double matches = 0;
  for (const SearchQuery& q : mix) {
    auto r = index.Search(q);
    if (!r) {
      state.SkipWithError(r.error().message.c_str());
      return;
    }
    matches += static_cast<double>(r->total);
  }
  Times times;
  std::size_t next = 0;
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop
    const SearchQuery& q = mix[next];
    const auto start = std::chrono::steady_clock::now();
    auto r = index.Search(q);
    const auto took = std::chrono::steady_clock::now() - start;
    times.ms.push_back(Ms(took));
    benchmark::DoNotOptimize(r);
    next = (next + 1) % mix.size();
  }
  times.Report(state);
  state.counters["queries_in_mix"] = static_cast<double>(mix.size());
  state.counters["matches"] = matches;
}
BENCHMARK(BM_Search)->Unit(benchmark::kMicrosecond)->MinTime(3.0);

// One query of the mix at a time (the argument is its position), to see
// which kinds of query cost most.
void BM_SearchOne(benchmark::State& state) {
  const SearchIndex& index = TheIndex();
  const SearchQuery q = Mix()[static_cast<std::size_t>(state.range(0))];
  std::size_t total = 0;
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop
    auto r = index.Search(q);
    total = r ? r->total : 0;
    benchmark::DoNotOptimize(r);
  }
  state.SetLabel(q.text.empty() ? "(filters only)" : q.text);
  state.counters["matches"] = static_cast<double>(total);
}
BENCHMARK(BM_SearchOne)->DenseRange(0, 37)->Unit(benchmark::kMicrosecond)->MinTime(0.2);

void BM_LinearScan(benchmark::State& state) {
  const Directory& d = TheDirectory();
  std::vector<std::string> haystacks;
  haystacks.reserve(d.services.size());
  for (const DirectoryService& s : d.services) {
    std::string h = s.name + " " + s.description;
    for (char& c : h) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    haystacks.push_back(std::move(h));
  }
  std::vector<std::vector<std::string>> queries;
  for (const SearchQuery& q : Mix()) {
    std::vector<std::string> words;
    std::string word;
    for (char c : q.text + " ") {
      if (c == ' ') {
        if (!word.empty()) words.push_back(word);
        word.clear();
      } else {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
    }
    queries.push_back(std::move(words));
  }
  Times times;
  std::size_t next = 0;
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop
    const auto& words = queries[next];
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::uint32_t> found;
    for (std::uint32_t i = 0; i < haystacks.size(); ++i) {
      bool all = true;
      for (const std::string& w : words) {
        if (haystacks[i].find(w) == std::string::npos) {
          all = false;
          break;
        }
      }
      if (all) found.push_back(i);
    }
    times.ms.push_back(Ms(std::chrono::steady_clock::now() - start));
    benchmark::DoNotOptimize(found);
    next = (next + 1) % queries.size();
  }
  times.Report(state);
}
BENCHMARK(BM_LinearScan)->Unit(benchmark::kMicrosecond)->MinTime(3.0);

}  // namespace
}  // namespace lw::directory

BENCHMARK_MAIN();

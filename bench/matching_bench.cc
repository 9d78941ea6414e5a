// FindLikelyMatches over a locality's people (domain/people/matching.h).
//
//   BM_FindLikelyMatches/N           N people with dates of birth spread over
//                                    66 years: the usual case, where the date
//                                    check turns nearly everyone away cheaply.
//   BM_FindLikelyMatchesSameDob/N    the worst case: all N share the query's
//                                    date of birth, so every name is folded
//                                    and compared.
//
// Names come from pools with nothing like the query, so only the three
// planted records match; the list is the same every run (fixed LCG seed).
#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/people/matching.h"

namespace lw {
namespace {

std::vector<Person> People(int n, bool same_dob) {
  const std::array<const char*, 16> given = {"Asha", "Priya", "Oliver", "George", "Amelia", "Isla",
                                             "Noah", "Freya", "Arthur", "Leo",    "Grace",  "Ava",
                                             "Ewa",  "Kofi",  "Mei",    "Yusuf"};
  const std::array<const char*, 16> family = {
      "Patel",  "Khan",   "Jones",  "Williams", "Brown", "Taylor", "Davies", "Evans",
      "Wilson", "Thomas", "Walker", "Wright",   "Green", "Hughes", "Nowak",  "Okafor"};
  const std::array<const char*, 4> postcodes = {"SK14 1AB", "SK14 2XY", "M1 1AE", "SK13 8DP"};
  std::uint64_t state = 42;
  auto next = [&state](std::uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % n;
  };
  std::vector<Person> people;
  people.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    Person p;
    p.id = "p" + std::to_string(i);
    p.given_name = given[next(given.size())];
    p.family_name = family[next(family.size())];
    p.date_of_birth =
        same_dob ? *Date::FromYmd(1980, 3, 7)
                 : *Date::FromYmd(1940 + static_cast<int>(next(66)), 1 + static_cast<int>(next(12)),
                                  1 + static_cast<int>(next(28)));
    p.postcode = postcodes[next(postcodes.size())];
    people.push_back(std::move(p));
  }
  auto plant = [&](std::size_t at, const char* given_name, const char* family_name, int day,
                   int month, const char* nhs) {
    people[at].given_name = given_name;
    people[at].family_name = family_name;
    people[at].date_of_birth = *Date::FromYmd(1980, month, day);
    people[at].nhs_number = nhs;
  };
  std::size_t size = people.size();
  plant(size / 2, "Bert", "Green", 7, 3, "9434765919");
  plant(size * 3 / 4, "Rob", "Smtih", 3, 7, "");
  plant(size - 1, "Robert", "Smith", 7, 3, "4010232137");
  return people;
}

void Run(benchmark::State& state, bool same_dob) {
  std::vector<Person> people = People(static_cast<int>(state.range(0)), same_dob);
  MatchQuery query{.given_name = "Robert",
                   .family_name = "Smith",
                   .date_of_birth = *Date::FromYmd(1980, 3, 7),
                   .postcode = "SK14 1AB",
                   .nhs_number = "943 476 5919"};
  std::size_t found = 0;
  for (auto _ : state) {
    auto matches = FindLikelyMatches(query, people);
    found = matches.size();
    benchmark::DoNotOptimize(matches);
  }
  if (found != 3)
    state.SkipWithError(
        ("expected the three planted records, found " + std::to_string(found)).c_str());
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_FindLikelyMatches(benchmark::State& state) { Run(state, false); }
void BM_FindLikelyMatchesSameDob(benchmark::State& state) { Run(state, true); }

BENCHMARK(BM_FindLikelyMatches)
    ->Arg(1'000)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_FindLikelyMatchesSameDob)->Arg(10'000)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace lw

BENCHMARK_MAIN();

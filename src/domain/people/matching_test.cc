#include "domain/people/matching.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace lw {
namespace matching_test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Valid NHS numbers (nhs_number_test.cc works their check digits):
constexpr const char* kNhsA = "9434765919";
constexpr const char* kNhsB = "4010232137";
constexpr const char* kNhsC = "9434765870";
// 9434765919 with its check digit changed: fails Modulus 11.
constexpr const char* kNhsBadCheckDigit = "9434765918";

std::optional<Date> Dob(std::string_view iso) {
  if (iso.empty()) return std::nullopt;
  return *Date::Parse(iso);
}

Person MakePerson(std::string id, std::string given, std::string family, std::string_view dob,
                  std::string postcode = "", std::string nhs = "", std::string preferred = "") {
  Person p;
  p.id = std::move(id);
  p.version = 1;
  p.team_id = "team-a";
  p.given_name = std::move(given);
  p.family_name = std::move(family);
  p.preferred_name = std::move(preferred);
  p.date_of_birth = Dob(dob);
  p.postcode = std::move(postcode);
  p.nhs_number = std::move(nhs);
  return p;
}

MatchQuery Query(std::string given, std::string family, std::string_view dob,
                 std::string postcode = "", std::string nhs = "") {
  return MatchQuery{.given_name = std::move(given),
                    .family_name = std::move(family),
                    .date_of_birth = Dob(dob),
                    .postcode = std::move(postcode),
                    .nhs_number = std::move(nhs)};
}

std::vector<std::string> Ids(const std::vector<Match>& matches) {
  std::vector<std::string> ids;
  ids.reserve(matches.size());
  for (const auto& m : matches) ids.push_back(m.person->id);
  return ids;
}

// Robert Smith, born 7 March 1980, of SK14 1AB.
Person Robert(std::string id = "p1") {
  return MakePerson(std::move(id), "Robert", "Smith", "1980-03-07", "SK14 1AB");
}

TEST(MatchingTest, SameNhsNumberMatchesWhateverTheName) {
  std::vector<Person> people = {
      MakePerson("p1", "Asha", "Patel", "1980-03-07", "SK14 1AB", kNhsA),
      MakePerson("p2", "Asha", "Khan", "1990-01-01", "SK14 1AB"),  // the new name, not her
  };
  // Married since: new family name, new address, NHS number typed with spaces.
  auto matches =
      FindLikelyMatches(Query("Asha", "Khan", "1980-03-07", "M1 1AE", "943 476 5919"), people);
  ASSERT_THAT(Ids(matches), ElementsAre("p1"));
  EXPECT_EQ(matches[0].kind, MatchKind::kSameNhsNumber);
  EXPECT_THAT(matches[0].reasons,
              ElementsAre("Same NHS number", "Same date of birth", "Same given name"));

  // Nothing else in common at all: still offered.
  matches = FindLikelyMatches(Query("", "Someone", "", "", kNhsA), people);
  ASSERT_THAT(Ids(matches), ElementsAre("p1"));
  EXPECT_THAT(matches[0].reasons, ElementsAre("Same NHS number"));
}

TEST(MatchingTest, SameNhsNumberComesBeforeAPerfectMatchOnEverythingElse) {
  std::vector<Person> people = {
      MakePerson("a-twin", "Robert", "Smith", "1980-03-07", "SK14 1AB"),
      MakePerson("z-nhs", "Asha", "Jones", "1999-01-01", "", kNhsA),
  };
  auto matches =
      FindLikelyMatches(Query("Robert", "Smith", "1980-03-07", "SK14 1AB", kNhsA), people);
  ASSERT_THAT(Ids(matches), ElementsAre("z-nhs", "a-twin"));
  EXPECT_EQ(matches[0].kind, MatchKind::kSameNhsNumber);
  EXPECT_EQ(matches[1].kind, MatchKind::kLikely);
  EXPECT_GT(matches[1].score, matches[0].score);  // the kind decides, not the score
}

TEST(MatchingTest, NhsNumberFailingTheCheckDigitIsIgnored) {
  std::vector<Person> people = {
      MakePerson("p1", "Asha", "Patel", "1980-03-07", "SK14 1AB", kNhsA),
      MakePerson("p2", "Robert", "Smith", "1980-03-07", "SK14 1AB", kNhsC),
      MakePerson("p3", "Mo", "Ali", "1970-01-01", "", "1234567890"),  // stored invalid
  };
  // One digit away from p1's number, and nothing else alike: not matched.
  EXPECT_THAT(
      FindLikelyMatches(Query("Robert", "Jones", "1990-01-01", "", kNhsBadCheckDigit), people),
      IsEmpty());
  // Not held against p2 either: an ordinary likely match, no NHS reason.
  auto matches =
      FindLikelyMatches(Query("Robert", "Smith", "1980-03-07", "", kNhsBadCheckDigit), people);
  ASSERT_THAT(Ids(matches), ElementsAre("p2"));
  EXPECT_EQ(matches[0].kind, MatchKind::kLikely);
  EXPECT_THAT(matches[0].reasons,
              ElementsAre("Same date of birth", "Same family name", "Same given name"));
  // Equal but invalid on both sides is no match.
  EXPECT_THAT(FindLikelyMatches(Query("", "", "", "", "1234567890"), people), IsEmpty());
}

TEST(MatchingTest, DifferentValidNhsNumbersNeedEverythingElseExactAndComeLast) {
  std::vector<Person> people = {
      MakePerson("a-conflict", "Robert", "Smith", "1980-03-07", "SK14 1AB", kNhsB),
      MakePerson("b-typo", "Rob", "Smtih", "1980-07-03", "M1 1AE"),
  };
  auto matches =
      FindLikelyMatches(Query("Robert", "Smith", "1980-03-07", "SK14 1AB", kNhsA), people);
  ASSERT_THAT(Ids(matches), ElementsAre("b-typo", "a-conflict"));
  EXPECT_EQ(matches[1].kind, MatchKind::kConflictingNhsNumber);
  EXPECT_EQ(matches[1].reasons.front(), "Different NHS number: check before linking");
  EXPECT_LT(matches[1].score, kMinLikelyScore);

  // Any difference besides the NHS number and it is not offered.
  std::vector<Person> conflict = {people[0]};
  EXPECT_THAT(Ids(FindLikelyMatches(Query("Robert", "Smith", "1980-03-07", "", kNhsA), conflict)),
              ElementsAre("a-conflict"));
  EXPECT_THAT(FindLikelyMatches(Query("Robert", "Smyth", "1980-03-07", "", kNhsA), conflict),
              IsEmpty());
  EXPECT_THAT(FindLikelyMatches(Query("Bob", "Smith", "1980-03-07", "", kNhsA), conflict),
              IsEmpty());
  EXPECT_THAT(FindLikelyMatches(Query("Robert", "Smith", "1980-03-08", "", kNhsA), conflict),
              IsEmpty());
}

TEST(MatchingTest, TypoInFamilyName) {
  std::vector<Person> people = {Robert()};
  auto matches = FindLikelyMatches(Query("Robert", "Smtih", "1980-03-07"), people);
  ASSERT_THAT(Ids(matches), ElementsAre("p1"));
  EXPECT_THAT(
      matches[0].reasons,
      ElementsAre("Same date of birth", "Family name similar: Smtih / Smith", "Same given name"));
  // Two edits in a five-letter name is too many.
  EXPECT_THAT(FindLikelyMatches(Query("Robert", "Smaht", "1980-03-07"), people), IsEmpty());
}

TEST(MatchingTest, LongerNamesAllowTwoEdits) {
  std::vector<Person> people = {MakePerson("p1", "Jennifer", "Williamson", "1975-11-30")};
  auto matches = FindLikelyMatches(Query("Jenifer", "Wiliamsen", "1975-11-30"), people);
  ASSERT_THAT(Ids(matches), ElementsAre("p1"));
  EXPECT_THAT(matches[0].reasons,
              ElementsAre("Same date of birth", "Family name similar: Wiliamsen / Williamson",
                          "Given name similar: Jenifer / Jennifer"));
  EXPECT_THAT(FindLikelyMatches(Query("Jennifer", "Wilkinsen", "1975-11-30"), people), IsEmpty());
}

TEST(MatchingTest, NicknamesAndShortForms) {
  std::vector<Person> people = {Robert()};
  auto matches = FindLikelyMatches(Query("Bob", "Smith", "1980-03-07"), people);
  ASSERT_THAT(Ids(matches), ElementsAre("p1"));
  EXPECT_THAT(matches[0].reasons, ElementsAre("Same date of birth", "Same family name",
                                              "Given name variant: Bob / Robert"));
  // A given name that is neither a variant nor close is not enough.
  EXPECT_THAT(FindLikelyMatches(Query("Rupert", "Smith", "1980-03-07"), people), IsEmpty());
}

TEST(MatchingTest, ShortGivenNameTypos) {
  std::vector<Person> people = {MakePerson("p1", "Tom", "Smith", "1980-03-07"),
                                MakePerson("p2", "Jo", "Smith", "1980-03-07")};
  // Three letters allow one edit (reasons show it; twins are for staff to tell).
  EXPECT_THAT(Ids(FindLikelyMatches(Query("Tim", "Smith", "1980-03-07"), people)),
              ElementsAre("p1"));
  // Two letters must be the same: Bo is not Jo.
  EXPECT_THAT(Ids(FindLikelyMatches(Query("Bo", "Smith", "1980-03-07"), people)), ElementsAre());
}

TEST(MatchingTest, PreferredNameCountsAsAGivenName) {
  std::vector<Person> people = {
      MakePerson("p1", "Margaret", "Okafor", "1962-08-14", "", "", "Daisy")};
  auto matches = FindLikelyMatches(Query("Daisy", "Okafor", "1962-08-14"), people);
  ASSERT_THAT(Ids(matches), ElementsAre("p1"));
  EXPECT_THAT(matches[0].reasons, ElementsAre("Same date of birth", "Same family name",
                                              "Same as preferred name Daisy"));
  matches = FindLikelyMatches(Query("Daisey", "Okafor", "1962-08-14"), people);
  ASSERT_THAT(Ids(matches), ElementsAre("p1"));
  EXPECT_EQ(matches[0].reasons.back(), "Given name similar: Daisey / Daisy (preferred name)");
  // The given name still counts too.
  matches = FindLikelyMatches(Query("Peggy", "Okafor", "1962-08-14"), people);
  ASSERT_THAT(Ids(matches), ElementsAre("p1"));
  EXPECT_EQ(matches[0].reasons.back(), "Given name variant: Peggy / Margaret");
}

TEST(MatchingTest, DatesOfBirthNearlyTheSame) {
  std::vector<Person> people = {Robert()};  // 7 March 1980
  auto reason_for = [&](std::string_view dob) -> std::string {
    auto matches = FindLikelyMatches(Query("Robert", "Smith", dob), people);
    return matches.empty() ? "not offered" : matches[0].reasons[0];
  };
  EXPECT_EQ(reason_for("1980-07-03"),
            "Date of birth nearly the same: 3 July 1980 / 7 March 1980 (day and month swapped)");
  EXPECT_EQ(reason_for("1980-03-08"),
            "Date of birth nearly the same: 8 March 1980 / 7 March 1980 (one digit different)");
  EXPECT_EQ(reason_for("1908-03-07"),
            "Date of birth nearly the same: 7 March 1908 / 7 March 1980 (two digits swapped)");
  EXPECT_EQ(reason_for("1981-04-07"), "not offered");  // two digits, not a swap
  EXPECT_EQ(reason_for("1980-03-17"),
            "Date of birth nearly the same: 17 March 1980 / 7 March 1980 (one digit different)");
  EXPECT_EQ(reason_for("1980-03-29"), "not offered");

  // Nearly the same scores below the same.
  std::vector<Person> two = {Robert("exact"), MakePerson("near", "Robert", "Smith", "1980-07-03")};
  auto matches = FindLikelyMatches(Query("Robert", "Smith", "1980-03-07"), two);
  ASSERT_THAT(Ids(matches), ElementsAre("exact", "near"));
  EXPECT_GT(matches[0].score, matches[1].score);
}

TEST(MatchingTest, ChangedPostcodeStillFoundAndDistrictIsAWeakerSignal) {
  std::vector<Person> people = {Robert()};  // SK14 1AB
  auto moved = FindLikelyMatches(Query("Robert", "Smith", "1980-03-07", "M1 1AE"), people);
  ASSERT_THAT(Ids(moved), ElementsAre("p1"));
  EXPECT_THAT(moved[0].reasons,
              ElementsAre("Same date of birth", "Same family name", "Same given name"));

  auto district = FindLikelyMatches(Query("Robert", "Smith", "1980-03-07", "sk14 2xy"), people);
  ASSERT_THAT(Ids(district), ElementsAre("p1"));
  EXPECT_EQ(district[0].reasons.back(), "Same postcode district SK14");

  auto same = FindLikelyMatches(Query("Robert", "Smith", "1980-03-07", "sk141ab"), people);
  ASSERT_THAT(Ids(same), ElementsAre("p1"));
  EXPECT_EQ(same[0].reasons.back(), "Same postcode SK14 1AB");

  EXPECT_LT(moved[0].score, district[0].score);
  EXPECT_LT(district[0].score, same[0].score);
}

TEST(MatchingTest, SameNameDifferentDateOfBirthIsNotOffered) {
  // Father and son at one address: everything but the date of birth agrees.
  std::vector<Person> people = {MakePerson("father", "John", "Smith", "1950-05-01", "SK14 1AB")};
  EXPECT_THAT(FindLikelyMatches(Query("John", "Smith", "1980-06-12", "SK14 1AB"), people),
              IsEmpty());
}

TEST(MatchingTest, StrangersAreNotOffered) {
  std::vector<Person> people = {Robert(), MakePerson("p2", "Asha", "Patel", "1992-12-01")};
  EXPECT_THAT(FindLikelyMatches(Query("Ewa", "Nowak", "1985-06-15", "M1 1AE", kNhsB), people),
              IsEmpty());
  // Same date of birth alone is not enough; nor one name.
  EXPECT_THAT(FindLikelyMatches(Query("Ewa", "Nowak", "1980-03-07", "SK14 1AB"), people),
              IsEmpty());
  EXPECT_THAT(FindLikelyMatches(Query("Ewa", "Smith", "1980-03-07", "SK14 1AB"), people),
              IsEmpty());
  EXPECT_THAT(FindLikelyMatches(Query("Robert", "Nowak", "1980-03-07", "SK14 1AB"), people),
              IsEmpty());
}

TEST(MatchingTest, PunctuationCaseAndAccentsInNames) {
  std::vector<Person> people = {
      MakePerson("obrien", "Zo\u00eb", "O'Brien", "1990-02-02"),
      MakePerson("smith-jones", "Anne-Marie", "Smith-Jones", "1991-03-03"),
  };
  auto m = FindLikelyMatches(Query("ZOE", "obrien", "1990-02-02"), people);
  ASSERT_THAT(Ids(m), ElementsAre("obrien"));
  EXPECT_THAT(m[0].reasons,
              ElementsAre("Same date of birth", "Same family name", "Same given name"));

  m = FindLikelyMatches(Query("Anne Marie", "Smith Jones", "1991-03-03"), people);
  ASSERT_THAT(Ids(m), ElementsAre("smith-jones"));
  EXPECT_THAT(m[0].reasons,
              ElementsAre("Same date of birth", "Same family name", "Same given name"));

  // One part of a double-barrelled name, and of a double given name.
  m = FindLikelyMatches(Query("Anne", "Jones", "1991-03-03"), people);
  ASSERT_THAT(Ids(m), ElementsAre("smith-jones"));
  EXPECT_THAT(m[0].reasons,
              ElementsAre("Same date of birth", "Family name shares a part: Jones / Smith-Jones",
                          "Given name similar: Anne / Anne-Marie"));
}

TEST(MatchingTest, ThresholdTurnsAwayTheWeakestCombinations) {
  std::vector<Person> people = {MakePerson("p1", "Maria", "Smith-Jones", "1991-03-03", "SK14 1AB")};
  // Shares a part (15) + similar given name (12) + nearly the same date (25) = 52.
  EXPECT_THAT(FindLikelyMatches(Query("Marie", "Jones", "1991-03-04"), people), IsEmpty());
  // The same with the date exactly the same: 15 + 12 + 40 = 67.
  auto m = FindLikelyMatches(Query("Marie", "Jones", "1991-03-03"), people);
  ASSERT_THAT(Ids(m), ElementsAre("p1"));
  EXPECT_EQ(m[0].score, 67);
  // ... or with the postcode district: 52 + 5 = 57.
  EXPECT_THAT(Ids(FindLikelyMatches(Query("Marie", "Jones", "1991-03-04", "SK14 9ZZ"), people)),
              ElementsAre("p1"));
}

TEST(MatchingTest, WithoutADateOfBirthTheFullPostcodeAndCloseNamesAreNeeded) {
  std::vector<Person> people = {Robert(), MakePerson("no-dob", "Priya", "Shah", "", "M1 1AE")};
  // Query without a date of birth.
  auto m = FindLikelyMatches(Query("Robert", "Smith", "", "SK14 1AB"), people);
  ASSERT_THAT(Ids(m), ElementsAre("p1"));
  EXPECT_EQ(m[0].score, 65);
  EXPECT_THAT(m[0].reasons, ElementsAre("No date of birth to compare", "Same family name",
                                        "Same given name", "Same postcode SK14 1AB"));
  // Same district only, or no postcode: not offered.
  EXPECT_THAT(FindLikelyMatches(Query("Robert", "Smith", "", "SK14 2XY"), people), IsEmpty());
  EXPECT_THAT(FindLikelyMatches(Query("Robert", "Smith", ""), people), IsEmpty());
  // One name fuzzy: 30 + 12 + 15 = 57, offered; both fuzzy: 20 + 15 + 15 = 50, not.
  EXPECT_THAT(Ids(FindLikelyMatches(Query("Robbert", "Smith", "", "SK14 1AB"), people)),
              ElementsAre("p1"));
  EXPECT_THAT(FindLikelyMatches(Query("Bob", "Smtih", "", "SK14 1AB"), people), IsEmpty());
  // Record without a date of birth, query with one.
  EXPECT_THAT(Ids(FindLikelyMatches(Query("Priya", "Shah", "1999-09-09", "M1 1AE"), people)),
              ElementsAre("no-dob"));
  EXPECT_THAT(FindLikelyMatches(Query("Priya", "Shah", "1999-09-09", "M2 1AE"), people), IsEmpty());
}

TEST(MatchingTest, EmptyQueryFields) {
  std::vector<Person> people = {Robert(), MakePerson("p2", "", "", "1980-03-07", "SK14 1AB")};
  EXPECT_THAT(FindLikelyMatches(MatchQuery{}, people), IsEmpty());
  // Date of birth and postcode with no names: names are always needed.
  EXPECT_THAT(FindLikelyMatches(Query("", "", "1980-03-07", "SK14 1AB"), people), IsEmpty());
  EXPECT_THAT(FindLikelyMatches(Query("Robert", "", "1980-03-07", "SK14 1AB"), people), IsEmpty());
  EXPECT_THAT(FindLikelyMatches(Query("", "Smith", "1980-03-07", "SK14 1AB"), people), IsEmpty());
  // Unparseable postcode and NHS number are ignored, not errors.
  EXPECT_THAT(
      Ids(FindLikelyMatches(
          Query("Robert", "Smith", "1980-03-07", "not a postcode", "not a number"), people)),
      ElementsAre("p1"));
  // No people.
  EXPECT_THAT(FindLikelyMatches(Query("Robert", "Smith", "1980-03-07"), std::span<const Person>()),
              IsEmpty());
}

TEST(MatchingTest, OrderedBestFirstThenByIdAndLimited) {
  std::vector<Person> people = {
      MakePerson("e-near-dob", "Robert", "Smith", "1980-07-03", "SK14 1AB"),  // 25+30+20+15 = 90
      MakePerson("d-typo", "Robert", "Smtih", "1980-03-07", "SK14 1AB"),      // 40+20+20+15 = 95
      MakePerson("c-exact", "Robert", "Smith", "1980-03-07", "SK14 1AB"),     // 40+30+20+15 = 105
      MakePerson("b-moved", "Robert", "Smith", "1980-03-07", "M1 1AE"),       // 40+30+20 = 90
      MakePerson("a-stranger", "Asha", "Patel", "1980-03-07", "SK14 1AB"),
  };
  MatchQuery q = Query("Robert", "Smith", "1980-03-07", "SK14 1AB");
  auto all = FindLikelyMatches(q, people);
  ASSERT_THAT(Ids(all), ElementsAre("c-exact", "d-typo", "b-moved", "e-near-dob"));
  std::vector<int> scores;
  scores.reserve(all.size());
  for (const auto& m : all) scores.push_back(m.score);
  EXPECT_THAT(scores, ElementsAre(105, 95, 90, 90));

  EXPECT_THAT(Ids(FindLikelyMatches(q, people, 2)), ElementsAre("c-exact", "d-typo"));
  EXPECT_THAT(FindLikelyMatches(q, people, 0), IsEmpty());
  EXPECT_THAT(FindLikelyMatches(q, people, -1), IsEmpty());
  // Default limit is five.
  std::vector<Person> many;
  many.reserve(8);
  for (int i = 0; i < 8; ++i) many.push_back(Robert("r" + std::to_string(i)));
  EXPECT_THAT(Ids(FindLikelyMatches(q, many)), ElementsAre("r0", "r1", "r2", "r3", "r4"));
}

TEST(MatchingTest, MatchesPointIntoThePeoplePassedIn) {
  std::vector<Person> people = {MakePerson("x", "Ann", "Lee", "1970-01-01"), Robert()};
  auto m = FindLikelyMatches(Query("Robert", "Smith", "1980-03-07"), people);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].person, &people[1]);
}

// Ten thousand people from name pools that hold nothing like Robert Smith,
// with three planted records: only they may come back, in order.
TEST(MatchingTest, FindsThePlantedRecordsAmongTenThousand) {
  const std::array<const char*, 16> given = {"Asha", "Priya", "Oliver", "George", "Amelia", "Isla",
                                             "Noah", "Freya", "Arthur", "Leo",    "Grace",  "Ava",
                                             "Ewa",  "Kofi",  "Mei",    "Yusuf"};
  const std::array<const char*, 16> family = {
      "Patel",  "Khan",   "Jones",  "Williams", "Brown", "Taylor", "Davies", "Evans",
      "Wilson", "Thomas", "Walker", "Wright",   "Green", "Hughes", "Nowak",  "Okafor"};
  const std::array<const char*, 4> postcodes = {"SK14 1AB", "SK14 2XY", "M1 1AE", "SK13 8DP"};
  std::uint64_t state = 42;  // a fixed LCG: the same list every run
  auto next = [&state](std::uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % n;
  };
  std::vector<Person> people;
  people.reserve(10'000);
  for (int i = 0; i < 10'000; ++i) {
    auto dob = *Date::FromYmd(1940 + static_cast<int>(next(66)), 1 + static_cast<int>(next(12)),
                              1 + static_cast<int>(next(28)));
    Person p =
        MakePerson("p" + std::to_string(10'000 + i), given[next(given.size())],
                   family[next(family.size())], dob.ToIso(), postcodes[next(postcodes.size())]);
    if (i == 1234) p.date_of_birth = *Date::FromYmd(1980, 3, 7);  // same DOB, other name
    people.push_back(std::move(p));
  }
  people[5000] = MakePerson("planted-nhs", "Bert", "Green", "1980-03-07", "SK14 1AB", kNhsA);
  people[7321] = MakePerson("planted-typo", "Rob", "Smtih", "1980-07-03", "M1 1AE");
  people[9999] = MakePerson("planted-conflict", "Robert", "Smith", "1980-03-07", "", kNhsB);

  auto with_nhs =
      FindLikelyMatches(Query("Robert", "Smith", "1980-03-07", "SK14 1AB", kNhsA), people, 10);
  EXPECT_THAT(Ids(with_nhs), ElementsAre("planted-nhs", "planted-typo", "planted-conflict"));

  auto without_nhs = FindLikelyMatches(Query("Robert", "Smith", "1980-03-07", "SK14 1AB"), people);
  EXPECT_THAT(Ids(without_nhs), ElementsAre("planted-conflict", "planted-typo"));
}

}  // namespace
}  // namespace matching_test
}  // namespace lw

#include "domain/directory/search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

namespace lw::directory {
namespace search_test {
namespace {

constexpr double kHydeLat = 53.4514, kHydeLon = -2.0795;

int At(int hour, int minute = 0) { return hour * 60 + minute; }

Place AtPlace(std::string name, double lat, double lon) {
  Place p;
  p.id = "place-" + name;
  p.name = std::move(name);
  p.latitude = lat;
  p.longitude = lon;
  return p;
}

Place Online() {
  Place p;
  p.id = "place-online";
  p.is_virtual = true;
  p.name = "Online and phone";
  return p;
}

DirectoryService Service(std::string id, std::string name, std::vector<Need> needs,
                         std::string description) {
  DirectoryService s;
  s.id = std::move(id);
  s.organisation_id = "org-council";
  s.name = std::move(name);
  s.needs = std::move(needs);
  s.description = std::move(description);
  return s;
}

// A small Tameside directory; the index of each service is its id's number.
std::vector<DirectoryService> Directory() {
  std::vector<DirectoryService> d;
  auto debt =
      Service("s0", "Tameside Debt Advice", {Need::kMoneyAndDebt, Need::kBenefitsAndWelfare},
              "Free, confidential advice on budgeting and benefits. We deal with "
              "creditors and help you claim what you are entitled to.");
  debt.organisation_id = "org-cab";
  debt.eligibility.minimum_age = 18;
  debt.languages = {"en", "ur"};
  debt.places = {AtPlace("Hyde Library", kHydeLat, kHydeLon)};
  for (int day = 0; day < 5; ++day) debt.opening.push_back({day, At(9, 30), At(16)});
  d.push_back(debt);

  auto counselling = Service("s1", "Hyde Counselling Service", {Need::kPsychologicalTherapy},
                             "Short-term talking support for adults, up to twelve sessions.");
  counselling.eligibility.minimum_age = 18;
  counselling.places = {AtPlace("Hyde Health Centre", 53.4540, -2.0850)};
  counselling.opening = {{1, At(10), At(16)}};
  d.push_back(counselling);

  auto walk = Service("s2", "Ashton Walking Group",
                      {Need::kPhysicalActivity, Need::kLonelinessAndConnection},
                      "A friendly walk around Ashton every Saturday morning, then a cuppa.");
  walk.kind = ServiceKind::kGroup;
  walk.offer = Offer::kCommunityAsset;
  walk.places = {AtPlace("Ashton Market Square", 53.4885, -2.0989)};
  walk.opening = {{5, At(10), At(12)}};
  d.push_back(walk);

  auto circle = Service("s3", "South Asian Women's Wellbeing Circle",
                        {Need::kPeerSupport, Need::kLonelinessAndConnection},
                        "A space to meet, talk and support each other.");
  circle.eligibility.gender = GenderFocus::kWomen;
  circle.eligibility.cultural_focus = "South Asian women";
  circle.languages = {"ur", "pa", "en"};
  circle.places = {AtPlace("Stalybridge Civic Hall", 53.4846, -2.0597)};
  d.push_back(circle);

  auto youth = Service("s4", "Youth Benefits Drop-in", {Need::kBenefitsAndWelfare},
                       "Universal Credit and benefit claims for young people.");
  youth.eligibility.minimum_age = 16;
  youth.eligibility.maximum_age = 25;
  youth.places = {AtPlace("Denton Youth Centre", 53.4554, -2.1147)};
  d.push_back(youth);

  auto closed = Service("s5", "Closed Debt Clinic", {Need::kMoneyAndDebt}, "A debt clinic.");
  closed.status = ServiceStatus::kTemporarilyClosed;
  closed.places = {AtPlace("Hyde Town Hall", 53.4510, -2.0800)};
  d.push_back(closed);

  auto awaiting = Service("s6", "Awaiting Debt Line", {Need::kMoneyAndDebt}, "New debt line.");
  awaiting.publication = Publication::kAwaitingReview;
  d.push_back(awaiting);

  auto phone = Service("s7", "National Debtline Phone Service", {Need::kMoneyAndDebt},
                       "Phone advice from anywhere.");
  phone.places = {Online()};
  d.push_back(phone);

  auto library =
      Service("s8", "Hyde Library", {Need::kArtsAndCreativity, Need::kLonelinessAndConnection},
              "Books, computers, a warm space and a knit and natter group.");
  library.kind = ServiceKind::kLibrary;
  library.offer = Offer::kCommunityAsset;
  library.places = {AtPlace("Hyde Library", kHydeLat, kHydeLon)};
  d.push_back(library);

  auto lounge = Service("s9", "Late Night Listening Lounge", {Need::kCrisis},
                        "A calm place to talk when things feel too much, open late.");
  lounge.kind = ServiceKind::kListeningLounge;
  lounge.places = {AtPlace("Ashton Old Baths", 53.4880, -2.0950)};
  lounge.opening = {{4, At(18), kMinutesPerDay}, {5, 0, At(2)}};
  d.push_back(lounge);
  return d;
}

const SearchIndex& Index() {
  static const SearchIndex index(
      Directory(), {{"org-cab", "Citizens Advice Tameside"}, {"org-council", "Tameside Council"}});
  return index;
}

SearchResults Find(const SearchQuery& q) {
  auto r = Index().Search(q);
  EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message);
  return r ? *r : SearchResults{};
}

SearchResults FindText(std::string text) { return Find(SearchQuery{.text = std::move(text)}); }

std::vector<std::string> Ids(const SearchResults& r) {
  std::vector<std::string> ids;
  ids.reserve(r.hits.size());
  for (const SearchHit& h : r.hits) ids.push_back(h.id);
  return ids;
}

using Ids_ = std::vector<std::string>;

bool HasReason(const SearchHit& hit, std::string_view reason) {
  return std::find(hit.reasons.begin(), hit.reasons.end(), reason) != hit.reasons.end();
}

// ---- Words

TEST(SearchTest, NameMatchesRankAboveNeedMatches) {
  const SearchResults r = FindText("debt");
  // s5 is closed and s6 awaits review: not listed.
  EXPECT_EQ(Ids(r), (Ids_{"s0", "s7"}));
  EXPECT_EQ(r.total, 2u);
  EXPECT_TRUE(HasReason(r.hits[0], "Name matches “debt”"));
  // The word itself counts for more than a longer word it starts.
  EXPECT_EQ(r.hits[1].reasons, (std::vector<std::string>{"Offers Money and debt"}))
      << r.hits[1].reasons[0];
}

TEST(SearchTest, NeedNamesMatch) {
  const SearchResults r = FindText("money");
  ASSERT_EQ(r.total, 2u);
  for (const SearchHit& h : r.hits) {
    EXPECT_EQ(h.reasons, (std::vector<std::string>{"Offers Money and debt"})) << h.id;
  }
}

TEST(SearchTest, TyposAreForgiven) {
  SearchResults r = FindText("benifits");
  EXPECT_EQ(Ids(r), (Ids_{"s4", "s0"}));
  EXPECT_TRUE(HasReason(r.hits[0], "Name matches “benefits” (you typed “benifits”)"));
  r = FindText("benifit");
  ASSERT_EQ(r.total, 2u);
  for (const SearchHit& h : r.hits) {
    if (h.id == "s0") {
      EXPECT_EQ(h.reasons[0], "Offers Benefits and welfare (you typed “benifit”)");
    }
  }
  r = FindText("dept advice");
  EXPECT_EQ(Ids(r), (Ids_{"s0", "s7"}));
  EXPECT_TRUE(HasReason(r.hits[0], "Name matches “debt” (you typed “dept”)"));
  EXPECT_TRUE(HasReason(r.hits[0], "Name matches “advice”"));
  r = FindText("councelling");
  EXPECT_EQ(Ids(r), (Ids_{"s1"}));
  EXPECT_TRUE(HasReason(r.hits[0], "Name matches “counselling” (you typed “councelling”)"));
}

TEST(SearchTest, ShortWordsNeedToBeExact) {
  EXPECT_EQ(FindText("dbt").total, 0u);  // under 4 characters: no typo allowed
  EXPECT_EQ(FindText("dbt").unknown_words, (std::vector<std::string>{"dbt"}));
}

TEST(SearchTest, StartsOfWordsMatch) {
  const SearchResults r = FindText("counsel");
  EXPECT_EQ(Ids(r), (Ids_{"s1"}));
}

TEST(SearchTest, NeedDescriptionsMatchTheirServices) {
  // "Talking therapies and counselling" describes psychological therapy.
  const SearchResults r = FindText("therapies");
  EXPECT_EQ(Ids(r), (Ids_{"s1"}));
  EXPECT_EQ(r.hits[0].reasons,
            (std::vector<std::string>{"Offers Psychological therapy (“therapies”)"}));
}

TEST(SearchTest, OrganisationNamesMatch) {
  const SearchResults r = FindText("citizens");
  EXPECT_EQ(Ids(r), (Ids_{"s0"}));
  EXPECT_EQ(r.hits[0].reasons, (std::vector<std::string>{"Run by Citizens Advice Tameside"}));
}

TEST(SearchTest, EveryKnownWordMustMatchAndUnknownWordsAreReported) {
  SearchResults r = FindText("debt hyde");
  EXPECT_EQ(Ids(r), (Ids_{"s0"}));  // held at Hyde Library
  EXPECT_EQ(r.hits[0].reasons,
            (std::vector<std::string>{"Name matches “debt”", "At Hyde Library"}));
  r = FindText("debt qqqzzzx");
  EXPECT_EQ(Ids(r), (Ids_{"s0", "s7"}));
  EXPECT_EQ(r.unknown_words, (std::vector<std::string>{"qqqzzzx"}));
  r = FindText("qqqzzzx");
  EXPECT_EQ(r.total, 0u);
  EXPECT_EQ(r.words, (std::vector<std::string>{"qqqzzzx"}));
}

TEST(SearchTest, FieldWeightsRankNameThenNeedThenOrganisationThenDescription) {
  auto a = Service("a", "Community Garden", {}, "Growing food together.");
  auto b = Service("b", "Allotment Friends", {}, "Meet in the garden every week.");
  auto c = Service("c", "Friday Space", {}, "A quiet room.");
  c.organisation_id = "org-garden";
  auto d = Service("d", "Green Fingers", {}, "Plants.");
  d.other_terms = {"Garden"};
  const SearchIndex index({b, c, a, d}, {{"org-garden", "Garden Trust"}});
  auto r = index.Search({.text = "garden"});
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(Ids(*r), (Ids_{"a", "d", "c", "b"}));
  EXPECT_EQ(r->hits[1].reasons, (std::vector<std::string>{"Listed under “Garden”"}));
  EXPECT_EQ(r->hits[3].reasons, (std::vector<std::string>{"Description mentions “garden”"}));
}

TEST(SearchTest, ExactBeatsTypo) {
  auto a = Service("a", "Dept Store Volunteers", {}, "");
  auto b = Service("b", "Debt Help", {}, "");
  const SearchIndex index({b, a}, {});
  auto r = index.Search({.text = "dept"});
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(Ids(*r), (Ids_{"a", "b"}));
}

// ---- Filters

TEST(SearchTest, NoWordsListsEveryListedServiceByName) {
  const SearchResults r = FindText("");
  EXPECT_EQ(Ids(r), (Ids_{"s2", "s1", "s8", "s9", "s7", "s3", "s0", "s4"}));
  EXPECT_EQ(r.total, 8u);
}

TEST(SearchTest, NeedsAreAnyOf) {
  SearchResults r = Find({.needs = {Need::kLonelinessAndConnection}});
  EXPECT_EQ(Ids(r), (Ids_{"s2", "s8", "s3"}));
  EXPECT_TRUE(HasReason(r.hits[0], "Offers Loneliness and connection"));
  r = Find({.needs = {Need::kCrisis, Need::kPsychologicalTherapy}});
  EXPECT_EQ(Ids(r), (Ids_{"s1", "s9"}));
}

TEST(SearchTest, AgeIsEligibility) {
  SearchResults r = Find({.needs = {Need::kBenefitsAndWelfare}, .age = 17});
  EXPECT_EQ(Ids(r), (Ids_{"s4"}));
  EXPECT_TRUE(HasReason(r.hits[0], "For ages 16 to 25"));
  r = Find({.needs = {Need::kBenefitsAndWelfare}, .age = 30});
  EXPECT_EQ(Ids(r), (Ids_{"s0"}));
  EXPECT_TRUE(HasReason(r.hits[0], "For ages 18 and over"));
  r = Find({.needs = {Need::kBenefitsAndWelfare}, .age = 18});
  EXPECT_EQ(Ids(r), (Ids_{"s0", "s4"}));
}

TEST(SearchTest, GenderLanguageAndCulturalFocus) {
  SearchResults r = Find({.needs = {Need::kPeerSupport}, .gender = GenderFocus::kMen});
  EXPECT_EQ(r.total, 0u);
  r = Find({.needs = {Need::kPeerSupport}, .gender = GenderFocus::kWomen});
  EXPECT_EQ(Ids(r), (Ids_{"s3"}));
  EXPECT_TRUE(HasReason(r.hits[0], "For women"));
  r = Find({.language = "ur"});
  EXPECT_EQ(Ids(r), (Ids_{"s3", "s0"}));
  EXPECT_TRUE(HasReason(r.hits[0], "In Urdu"));
  r = Find({.language = "en"});
  EXPECT_EQ(r.total, 8u);  // no languages listed: English
  r = Find({.language = "pl"});
  EXPECT_EQ(r.total, 0u);
  r = Find({.cultural_focus = "south asian"});
  EXPECT_EQ(Ids(r), (Ids_{"s3"}));
  EXPECT_TRUE(HasReason(r.hits[0], "Cultural focus: South Asian women"));
  EXPECT_EQ(Find({.cultural_focus = "caribbean"}).total, 0u);
}

TEST(SearchTest, OfferAndKind) {
  SearchResults r = Find({.offer = Offer::kCommunityAsset});
  EXPECT_EQ(Ids(r), (Ids_{"s2", "s8"}));
  EXPECT_TRUE(HasReason(r.hits[0], "Community asset"));
  r = Find({.kind = ServiceKind::kLibrary});
  EXPECT_EQ(Ids(r), (Ids_{"s8"}));
  EXPECT_TRUE(HasReason(r.hits[0], "A library"));
  r = Find({.kind = ServiceKind::kListeningLounge});
  EXPECT_TRUE(HasReason(r.hits[0], "A Listening Lounge"));
}

TEST(SearchTest, NearOrdersByDistanceAndWithinFilters) {
  const SearchResults r = Find({.near = SearchNear{kHydeLat, kHydeLon, 3000.0}});
  // The two at Hyde Library (tie: by name), then Hyde Health Centre, then Denton;
  // Ashton (4.3 km), Stalybridge and the phone line are left out.
  EXPECT_EQ(Ids(r), (Ids_{"s8", "s0", "s1", "s4"}));
  EXPECT_TRUE(HasReason(r.hits[0], "less than 100 m away (Hyde Library)"));
  ASSERT_TRUE(r.hits[2].distance_metres.has_value());
  EXPECT_NEAR(*r.hits[2].distance_metres, 465, 1);
  EXPECT_EQ(r.hits[2].nearest_place, "Hyde Health Centre");
  EXPECT_TRUE(HasReason(r.hits[2], "460 m away (Hyde Health Centre)"));
  // Without a limit every listed service comes back, the ones with no place last.
  const SearchResults all = Find({.near = SearchNear{kHydeLat, kHydeLon, std::nullopt}});
  EXPECT_EQ(all.total, 8u);
  EXPECT_EQ(all.hits.back().id, "s7");
  EXPECT_FALSE(all.hits.back().distance_metres.has_value());
}

TEST(SearchTest, WordsRankFirstThenDistance) {
  auto a = Service("a", "Debt Help North", {}, "");
  a.places = {AtPlace("Far", 53.60, -2.10)};
  auto b = Service("b", "Debt Help South", {}, "");
  b.places = {AtPlace("Near", 53.452, -2.08)};
  const SearchIndex index({a, b}, {});
  auto r = index.Search({.text = "debt help", .near = SearchNear{kHydeLat, kHydeLon, {}}});
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(Ids(*r), (Ids_{"b", "a"}));
}

TEST(SearchTest, OpenNow) {
  // Saturday 11am: the walk.
  SearchResults r = Find({.open_at = SearchOpenAt{5, At(11)}});
  EXPECT_EQ(Ids(r), (Ids_{"s2"}));
  EXPECT_TRUE(HasReason(r.hits[0], "Open now until midday"));
  // Friday 11pm: the lounge, open past midnight into Saturday.
  r = Find({.open_at = SearchOpenAt{4, At(23)}});
  EXPECT_EQ(Ids(r), (Ids_{"s9"}));
  EXPECT_TRUE(HasReason(r.hits[0], "Open now until 2am tomorrow"));
  r = Find({.open_at = SearchOpenAt{5, At(1, 30)}});
  EXPECT_EQ(Ids(r), (Ids_{"s9"}));
  r = Find({.open_at = SearchOpenAt{0, At(10), false}});
  EXPECT_EQ(Ids(r), (Ids_{"s0"}));
  EXPECT_TRUE(HasReason(r.hits[0], "Open then, until 4pm"));
  EXPECT_EQ(Find({.open_at = SearchOpenAt{6, At(3)}}).total, 0u);
}

TEST(SearchTest, InactiveAndUnpublishedOnlyWhenAskedFor) {
  const SearchResults r = Find({.text = "debt", .include_inactive = true});
  EXPECT_EQ(r.total, 4u);
  for (const SearchHit& h : r.hits) {
    if (h.id == "s5") {
      EXPECT_TRUE(HasReason(h, "Temporarily closed"));
    }
    if (h.id == "s6") {
      EXPECT_TRUE(HasReason(h, "Awaiting review"));
    }
  }
}

TEST(SearchTest, FiltersCombine) {
  SearchQuery q{.text = "debt",
                .age = 30,
                .language = "ur",
                .near = SearchNear{kHydeLat, kHydeLon, 3000.0},
                .open_at = SearchOpenAt{0, At(10)}};
  SearchResults r = Find(q);
  EXPECT_EQ(Ids(r), (Ids_{"s0"}));
  EXPECT_EQ(r.hits[0].reasons,
            (std::vector<std::string>{"Name matches “debt”", "less than 100 m away (Hyde Library)",
                                      "Open now until 4pm", "For ages 18 and over", "In Urdu"}));
  q.age = 17;
  EXPECT_EQ(Find(q).total, 0u);
  q.age = 30;
  q.open_at = SearchOpenAt{5, At(10)};
  EXPECT_EQ(Find(q).total, 0u);
}

TEST(SearchTest, Pages) {
  SearchResults r = Find({.limit = 3});
  EXPECT_EQ(Ids(r), (Ids_{"s2", "s1", "s8"}));
  EXPECT_EQ(r.total, 8u);
  r = Find({.limit = 3, .offset = 6});
  EXPECT_EQ(Ids(r), (Ids_{"s0", "s4"}));
  r = Find({.limit = 3, .offset = 50});
  EXPECT_TRUE(r.hits.empty());
  EXPECT_EQ(r.total, 8u);
  EXPECT_TRUE(Find({.limit = 0}).hits.empty());
}

// ---- Bad input

TEST(SearchTest, TooLongTextIsRefusedWithAMessage) {
  EXPECT_TRUE(Index().Search({.text = std::string(200, 'a')}).has_value());
  auto r = Index().Search({.text = std::string(201, 'a')});
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().message, "Search for 200 characters or fewer");
  ASSERT_EQ(r.error().field_errors.size(), 1u);
  EXPECT_EQ(r.error().field_errors[0].field, "text");
  // Characters, not bytes: 200 accented letters are fine.
  std::string accented;
  for (int i = 0; i < 200; ++i) accented += "é";
  EXPECT_TRUE(Index().Search({.text = accented}).has_value());
}

TEST(SearchTest, OddTextMeansFiltersOnly) {
  for (std::string text : {"!!!", "   ", "\u00BF?\u2014", "\x01\x02\x1F", "\U0001F600",
                           "\xFF\xFE\xC3", "the and of"}) {
    const SearchResults r = Find(SearchQuery{.text = text, .offer = Offer::kCommunityAsset});
    EXPECT_EQ(Ids(r), (Ids_{"s2", "s8"})) << text;
    EXPECT_TRUE(r.words.empty());
  }
  EXPECT_EQ(Ids(FindText(std::string("\x01"
                                     "debt\x1B",
                                     6))),
            (Ids_{"s0", "s7"}));
  // A long run of words is cut at kMaxSearchWords and still answers.
  std::string many;
  for (int i = 0; i < 40; ++i) many += "d" + std::to_string(i) + " ";
  const SearchResults r = FindText(many);
  EXPECT_EQ(r.words.size(), kMaxSearchWords);
}

TEST(SearchTest, OutOfRangeFiltersAreRefused) {
  auto refused = [](const SearchQuery& q) {
    auto r = Index().Search(q);
    return !r.has_value() && r.error().code == ErrorCode::kInvalidArgument;
  };
  EXPECT_TRUE(refused({.age = -1}));
  EXPECT_TRUE(refused({.age = 131}));
  EXPECT_TRUE(refused({.near = SearchNear{91, 0, {}}}));
  EXPECT_TRUE(refused({.near = SearchNear{53, -2, 0.0}}));
  EXPECT_TRUE(refused({.open_at = SearchOpenAt{7, 0}}));
  EXPECT_TRUE(refused({.open_at = SearchOpenAt{0, kMinutesPerDay}}));
  EXPECT_TRUE(refused({.limit = 101}));
  EXPECT_FALSE(refused({.limit = 100}));
}

TEST(SearchTest, EmptyIndexAnswers) {
  const SearchIndex empty({}, {});
  auto r = empty.Search({.text = "debt", .near = SearchNear{kHydeLat, kHydeLon, 1000.0}});
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->total, 0u);
}

TEST(SearchTest, ManyThreadsShareOneIndex) {
  const SearchQuery q{.text = "dept advice", .near = SearchNear{kHydeLat, kHydeLon, {}}};
  const auto expected = Ids(Find(q));
  std::vector<std::thread> threads;
  threads.reserve(4);
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        auto r = Index().Search(q);
        if (r && Ids(*r) == expected) ++same[static_cast<std::size_t>(t)];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int s : same) EXPECT_EQ(s, 200);
}

}  // namespace
}  // namespace search_test
}  // namespace lw::directory

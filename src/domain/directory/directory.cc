#include "domain/directory/directory.h"

#include "domain/vocabulary_table.h"

namespace lw::directory {
namespace {

using vocabulary::Names;
using vocabulary::Parse;
using vocabulary::Row;

struct NeedRow {
  Need value;
  std::string_view key;
  std::string_view display;
  std::string_view description;
  std::string_view term_id;  // fixed: UUID v5 of "livingwell-needs/<key>"
};

// The single table of needs, in enum order.
constexpr std::array<NeedRow, kNeedCount> kNeeds = {{
    {Need::kHousing, "housing", "Housing", "Somewhere safe and settled to live, and keeping it.",
     "edfcf6d8-a3d1-55c5-9c26-51a04bd0b599"},
    {Need::kMoneyAndDebt, "money-and-debt", "Money and debt",
     "Advice on debt, budgeting and dealing with creditors.",
     "2dadf650-59b4-5036-b245-b9b5c9b148ee"},
    {Need::kBenefitsAndWelfare, "benefits-and-welfare", "Benefits and welfare",
     "Help to claim, keep or appeal benefits.", "ddf94958-ac4b-5209-aa03-793273c73172"},
    {Need::kEmploymentAndLearning, "employment-and-learning", "Employment and learning",
     "Work, volunteering, courses and skills.", "d4608be5-a6f6-5b14-b5ce-b470bb2be2d7"},
    {Need::kPhysicalHealth, "physical-health", "Physical health",
     "Looking after the body: health checks, long-term conditions, healthy living.",
     "0faf8fc4-dc33-5515-85c6-496aa99eb4d1"},
    {Need::kPsychologicalTherapy, "psychological-therapy", "Psychological therapy",
     "Talking therapies and counselling.", "6f3dd738-4afa-5067-8116-f7db4d649332"},
    {Need::kPeerSupport, "peer-support", "Peer support",
     "Support from people who have been through something similar.",
     "87f91350-04d0-5e37-8ed0-1ee3fcf50b67"},
    {Need::kCarersSupport, "carers-support", "Carers' support",
     "Support for people caring for someone else.", "7926ce65-cfbd-50b3-8677-f2f138931e01"},
    {Need::kDrugsAndAlcohol, "drugs-and-alcohol", "Drugs and alcohol",
     "Help with drug or alcohol use.", "761bda08-d755-503c-b5fc-1353cf8d331c"},
    {Need::kDomesticAbuse, "domestic-abuse", "Domestic abuse",
     "Safety and support for people affected by domestic abuse.",
     "c1ee1d55-5320-55c8-96da-16948a84916a"},
    {Need::kLonelinessAndConnection, "loneliness-and-connection", "Loneliness and connection",
     "Meeting people, belonging and feeling less alone.", "d1124304-331d-51c6-bc6a-31058fbc9f1f"},
    {Need::kArtsAndCreativity, "arts-and-creativity", "Arts and creativity",
     "Art, music, writing, crafts and making things.", "fc88e4bc-e04d-52f4-aa4f-956d8f1340f2"},
    {Need::kPhysicalActivity, "physical-activity", "Physical activity",
     "Walking, sport, dance, gardening and moving more.", "f82d5fa0-1d53-5b1e-a8e7-7b77cf94182a"},
    {Need::kFaithAndCulture, "faith-and-culture", "Faith and culture",
     "Faith groups and cultural communities.", "e329f48c-fd5b-55bd-b47e-60244d4621f7"},
    {Need::kAdvocacy, "advocacy", "Advocacy", "Someone to speak up with you or for you.",
     "f0f940ac-2c0d-5b56-accf-c4c9f9aa8e01"},
    {Need::kCrisis, "crisis", "Crisis",
     "Help now, when things feel unbearable: crisis lines, sanctuaries, safe havens.",
     "7ea99419-c728-581f-97b2-355a10fc9db7"},
    {Need::kFoodAndEssentials, "food-and-essentials", "Food and essentials",
     "Food banks, pantries, clothing and household essentials.",
     "bc7baf9d-bad5-5b00-8c9d-aef9c9bddd16"},
    {Need::kFamilyAndParenting, "family-and-parenting", "Family and parenting",
     "Support for parents and families.", "11972ce3-6df2-55a1-8262-1a43b71b72b9"},
    {Need::kBereavement, "bereavement", "Bereavement", "Support after someone has died.",
     "5ed3d2f2-ff24-5bf5-a64b-ca32919110b2"},
    {Need::kLegalAdvice, "legal-advice", "Legal advice",
     "Advice on rights, immigration, employment and other law.",
     "b12bbb81-8f91-5841-85b1-f4b43ea56662"},
}};

constexpr std::array<Names<Offer>, 2> kOffers = {{
    {Offer::kNetwork, "network", "Living Well Network"},
    {Offer::kCommunityAsset, "community-asset", "Community asset"},
}};

constexpr std::array<Names<ServiceKind>, 8> kKinds = {{
    {ServiceKind::kService, "service", "Service"},
    {ServiceKind::kGroup, "group", "Group"},
    {ServiceKind::kSpace, "space", "Space"},
    {ServiceKind::kFaithGroup, "faith-group", "Faith group"},
    {ServiceKind::kSportsClub, "sports-club", "Sports club"},
    {ServiceKind::kLibrary, "library", "Library"},
    {ServiceKind::kListeningLounge, "listening-lounge", "Listening Lounge"},
    {ServiceKind::kOther, "other", "Other"},
}};

constexpr std::array<Names<ServiceStatus>, 4> kStatuses = {{
    {ServiceStatus::kActive, "active", "Active"},
    {ServiceStatus::kInactive, "inactive", "Inactive"},
    {ServiceStatus::kDefunct, "defunct", "Closed for good"},
    {ServiceStatus::kTemporarilyClosed, "temporarily closed", "Temporarily closed"},
}};

constexpr std::array<Names<GenderFocus>, 4> kGenders = {{
    {GenderFocus::kAnyone, "anyone", "Anyone"},
    {GenderFocus::kWomen, "women", "Women"},
    {GenderFocus::kMen, "men", "Men"},
    {GenderFocus::kTransAndNonBinary, "trans-and-non-binary", "Trans and non-binary people"},
}};

constexpr std::array<Names<IntroductionRoute>, 4> kRoutes = {{
    {IntroductionRoute::kWarmHandover, "warm-handover", "Warm introduction by the team"},
    {IntroductionRoute::kSelfReferral, "self-referral", "The person gets in touch"},
    {IntroductionRoute::kDropIn, "drop-in", "Drop in"},
    {IntroductionRoute::kOnlineForm, "online-form", "Online form"},
}};

constexpr std::array<Names<Publication>, 2> kPublications = {{
    {Publication::kPublished, "published", "Published"},
    {Publication::kAwaitingReview, "awaiting-review", "Awaiting review"},
}};

constexpr std::array<Need, kNeedCount> MakeAllNeeds() {
  std::array<Need, kNeedCount> all{};
  for (std::size_t i = 0; i < kNeedCount; ++i) all[i] = kNeeds[i].value;
  return all;
}

const NeedRow* NeedRowFor(Need need) {
  auto i = static_cast<std::size_t>(need);
  return i < kNeedCount ? &kNeeds[i] : nullptr;
}

}  // namespace

const std::array<Need, kNeedCount> kAllNeeds = MakeAllNeeds();

std::string_view NeedKey(Need need) {
  const NeedRow* row = NeedRowFor(need);
  return row ? row->key : std::string_view();
}
std::string_view NeedDisplayName(Need need) {
  const NeedRow* row = NeedRowFor(need);
  return row ? row->display : std::string_view();
}
std::string_view NeedDescription(Need need) {
  const NeedRow* row = NeedRowFor(need);
  return row ? row->description : std::string_view();
}
std::string_view NeedTermId(Need need) {
  const NeedRow* row = NeedRowFor(need);
  return row ? row->term_id : std::string_view();
}
std::optional<Need> ParseNeed(std::string_view key) {
  for (const auto& row : kNeeds) {
    if (row.key == key) return row.value;
  }
  return std::nullopt;
}
std::optional<Need> NeedForTermId(std::string_view term_id) {
  for (const auto& row : kNeeds) {
    if (row.term_id == term_id) return row.value;
  }
  return std::nullopt;
}

std::string_view OfferKey(Offer o) { return Row(kOffers, o).key; }
std::string_view OfferDisplayName(Offer o) { return Row(kOffers, o).display; }
std::optional<Offer> ParseOffer(std::string_view key) { return Parse(kOffers, key); }

std::string_view ServiceKindKey(ServiceKind k) { return Row(kKinds, k).key; }
std::string_view ServiceKindDisplayName(ServiceKind k) { return Row(kKinds, k).display; }
std::optional<ServiceKind> ParseServiceKind(std::string_view key) { return Parse(kKinds, key); }

std::string_view ServiceStatusKey(ServiceStatus s) { return Row(kStatuses, s).key; }
std::string_view ServiceStatusDisplayName(ServiceStatus s) { return Row(kStatuses, s).display; }
std::optional<ServiceStatus> ParseServiceStatus(std::string_view key) {
  return Parse(kStatuses, key);
}

std::string_view GenderFocusKey(GenderFocus g) { return Row(kGenders, g).key; }
std::string_view GenderFocusDisplayName(GenderFocus g) { return Row(kGenders, g).display; }
std::optional<GenderFocus> ParseGenderFocus(std::string_view key) { return Parse(kGenders, key); }

std::string_view IntroductionRouteKey(IntroductionRoute r) { return Row(kRoutes, r).key; }
std::string_view IntroductionRouteDisplayName(IntroductionRoute r) {
  return Row(kRoutes, r).display;
}
std::optional<IntroductionRoute> ParseIntroductionRoute(std::string_view key) {
  return Parse(kRoutes, key);
}

std::string_view PublicationKey(Publication p) { return Row(kPublications, p).key; }
std::optional<Publication> ParsePublication(std::string_view key) {
  return Parse(kPublications, key);
}

bool IsStale(const Checked& checked, Date today, int max_age_days) {
  if (!checked.on.has_value()) return true;
  return Date::DaysBetween(*checked.on, today) > max_age_days;
}

}  // namespace lw::directory

// The demo's directory: the Living Well Network's services from a table,
// and the community's assets from templates placed in each town.
#include "services/demo_directory.h"

#include <iterator>
#include <map>
#include <sstream>
#include <string_view>
#include <utility>

#include "base/ids.h"
#include "domain/directory/postcode_file.h"
#include "services/network_directory.h"
#include "services/postcode_import.h"

namespace lw {

using directory::DirectoryOrganisation;
using directory::DirectoryService;
using directory::GenderFocus;
using directory::IntroductionRoute;
using directory::Need;
using directory::Offer;
using directory::Place;
using directory::ServiceKind;

namespace {

struct Town {
  const char* name;
  const char* districts;  // postcode districts, space separated: "OL6 OL7"
  const char* street;     // a main street, for addresses
};

constexpr Town kTowns[] = {
    {"Ashton-under-Lyne", "OL6 OL7", "Stamford Street"},
    {"Hyde", "SK14", "Market Street"},
    {"Stalybridge", "SK15", "Market Street"},
    {"Denton", "M34", "Manchester Road"},
    {"Droylsden", "M43", "Market Street"},
    {"Dukinfield", "SK16", "King Street"},
    {"Mossley", "OL5", "Stamford Road"},
    {"Glossop", "SK13", "High Street West"},
    {"Hadfield", "SK13", "Station Road"},
};

// ---- The Living Well Network ----------------------------------------------

struct NetworkOrganisation {
  const char* name;
  const char* description;
  bool partner;  // kept current by the demo's network partner account
};

constexpr NetworkOrganisation kNetworkOrganisations[] = {
    {"Tameside Citizens Advice", "Free, independent advice on money, benefits, work and rights.",
     false},
    {"Millbrook Money Advice", "Debt and money advice, with appointments across the borough.",
     true},
    {"Tameside Council Housing Options", "The council's housing advice and homelessness service.",
     false},
    {"Tameside and Glossop Talking Therapies", "NHS talking therapies for anxiety and depression.",
     false},
    {"Tameside Carers Centre", "Information, breaks and support for unpaid carers.", false},
    {"Tameside Recovery College", "Free courses about mental health and wellbeing, co-produced.",
     false},
    {"Tameside Mind", "Peer support, groups and wellbeing activities.", false},
    {"Tameside Drug and Alcohol Service", "Support to cut down or stop, for anyone who wants it.",
     false},
    {"Bridges Domestic Abuse Service", "Safety, support and advocacy for anyone affected.", false},
    {"Tameside Advocacy Hub", "Independent advocacy, statutory and community.", false},
    {"Tameside Employment and Skills", "Work, volunteering and learning, at your own pace.", false},
    {"Glossop Family Support", "Parenting support and family groups.", false},
};

struct NetworkService {
  std::size_t organisation;
  const char* name;
  const char* description;
  std::vector<Need> needs;
  ServiceKind kind;
  IntroductionRoute route;
  std::size_t town;  // index into kTowns; kTowns size for online or phone only
  int wait_days;     // -1 unknown
  int weekday;       // first opening day; -1 none listed
  int opens_at;
  int closes_at;
};

constexpr std::size_t kOnline = std::size(kTowns);

const std::vector<NetworkService>& NetworkServices() {
  using enum Need;
  using K = ServiceKind;
  using R = IntroductionRoute;
  static const std::vector<NetworkService> kAll = {
      {0,
       "Debt advice",
       "Help with debts, priority bills and talking to creditors.",
       {kMoneyAndDebt},
       K::kService,
       R::kWarmHandover,
       0,
       12,
       0,
       570,
       990},
      {0,
       "Benefits and welfare advice",
       "Claims, reviews, appeals and Universal Credit.",
       {kBenefitsAndWelfare, kMoneyAndDebt},
       K::kService,
       R::kWarmHandover,
       1,
       10,
       1,
       570,
       990},
      {0,
       "Citizens Advice drop-in",
       "Turn up and talk to an adviser about anything.",
       {kMoneyAndDebt, kBenefitsAndWelfare, kLegalAdvice},
       K::kService,
       R::kDropIn,
       3,
       0,
       2,
       600,
       780},
      {0,
       "Employment rights advice",
       "Problems at work, pay, sickness and dismissal.",
       {kEmploymentAndLearning, kLegalAdvice},
       K::kService,
       R::kSelfReferral,
       kOnline,
       7,
       3,
       540,
       1020},
      {0,
       "Adviceline",
       "Advice by phone for anyone in Tameside and Glossop.",
       {kMoneyAndDebt, kBenefitsAndWelfare, kHousing},
       K::kService,
       R::kSelfReferral,
       kOnline,
       0,
       0,
       540,
       1020},
      {1,
       "Debt advice appointments",
       "An adviser works through your debts with you.",
       {kMoneyAndDebt},
       K::kService,
       R::kWarmHandover,
       1,
       14,
       1,
       540,
       1020},
      {1,
       "Money advice drop-in",
       "Bring your letters; we will help you make sense of them.",
       {kMoneyAndDebt, kFoodAndEssentials},
       K::kService,
       R::kDropIn,
       2,
       0,
       3,
       600,
       840},
      {1,
       "Energy bills help",
       "Help with energy debt, grants and switching.",
       {kMoneyAndDebt, kHousing},
       K::kService,
       R::kWarmHandover,
       5,
       10,
       4,
       600,
       900},
      {2,
       "Housing options",
       "Advice if you are homeless or might lose your home.",
       {kHousing},
       K::kService,
       R::kWarmHandover,
       0,
       49,
       0,
       540,
       1020},
      {2,
       "Tenancy sustainment",
       "Support to keep your tenancy when things get hard.",
       {kHousing, kMoneyAndDebt},
       K::kService,
       R::kWarmHandover,
       1,
       28,
       2,
       540,
       1020},
      {2,
       "Homelessness prevention",
       "Act early: we can often stop an eviction.",
       {kHousing},
       K::kService,
       R::kWarmHandover,
       0,
       5,
       1,
       540,
       1020},
      {3,
       "Talking therapies (CBT)",
       "Cognitive behavioural therapy, one to one.",
       {kPsychologicalTherapy},
       K::kService,
       R::kSelfReferral,
       0,
       56,
       0,
       540,
       1020},
      {3,
       "Counselling",
       "Time to talk things through with a counsellor.",
       {kPsychologicalTherapy},
       K::kService,
       R::kSelfReferral,
       1,
       70,
       2,
       540,
       1020},
      {3,
       "Online CBT",
       "Guided self-help online, at your own pace.",
       {kPsychologicalTherapy},
       K::kService,
       R::kOnlineForm,
       kOnline,
       7,
       -1,
       0,
       0},
      {3,
       "Talking therapies for long-term conditions",
       "For people living with a condition.",
       {kPsychologicalTherapy, kPhysicalHealth},
       K::kService,
       R::kWarmHandover,
       3,
       63,
       3,
       540,
       1020},
      {4,
       "Carers' support",
       "Someone to talk to, and help to look after yourself too.",
       {kCarersSupport},
       K::kService,
       R::kWarmHandover,
       0,
       7,
       0,
       540,
       990},
      {4,
       "Carers' breaks",
       "Time off for carers, with support for the person cared for.",
       {kCarersSupport},
       K::kService,
       R::kWarmHandover,
       0,
       30,
       2,
       540,
       990},
      {4,
       "Young adult carers group",
       "For carers aged 16 to 25.",
       {kCarersSupport, kPeerSupport},
       K::kGroup,
       R::kSelfReferral,
       1,
       0,
       3,
       1020,
       1140},
      {5,
       "Recovery college courses",
       "Free courses on living well with mental health.",
       {kEmploymentAndLearning, kPeerSupport},
       K::kService,
       R::kOnlineForm,
       0,
       14,
       1,
       600,
       900},
      {5,
       "Wellbeing courses online",
       "The recovery college's courses, online.",
       {kEmploymentAndLearning},
       K::kService,
       R::kOnlineForm,
       kOnline,
       14,
       2,
       1080,
       1200},
      {6,
       "Peer support groups",
       "Meet people who have been through something similar.",
       {kPeerSupport, kLonelinessAndConnection},
       K::kGroup,
       R::kSelfReferral,
       0,
       0,
       1,
       630,
       750},
      {6,
       "Men's peer support",
       "A group for men to talk, or just to listen.",
       {kPeerSupport, kLonelinessAndConnection},
       K::kGroup,
       R::kDropIn,
       1,
       0,
       3,
       1110,
       1230},
      {6,
       "Hearing voices group",
       "A safe space to share experiences of hearing voices.",
       {kPeerSupport},
       K::kGroup,
       R::kWarmHandover,
       0,
       0,
       4,
       780,
       900},
      {6,
       "Wellbeing café",
       "Drop in for a cuppa and a chat.",
       {kLonelinessAndConnection},
       K::kSpace,
       R::kDropIn,
       2,
       0,
       5,
       600,
       780},
      {6,
       "One-to-one peer support",
       "A peer worker alongside you for up to twelve weeks.",
       {kPeerSupport},
       K::kService,
       R::kWarmHandover,
       3,
       45,
       0,
       540,
       1020},
      {7,
       "Drug and alcohol support",
       "Support to cut down or stop, at your pace.",
       {kDrugsAndAlcohol},
       K::kService,
       R::kSelfReferral,
       0,
       5,
       0,
       540,
       1020},
      {7,
       "Alcohol recovery group",
       "Weekly group for people in recovery.",
       {kDrugsAndAlcohol, kPeerSupport},
       K::kGroup,
       R::kDropIn,
       1,
       0,
       2,
       1080,
       1200},
      {7,
       "Family and friends support",
       "For people affected by someone else's drinking or drug use.",
       {kDrugsAndAlcohol, kFamilyAndParenting},
       K::kGroup,
       R::kSelfReferral,
       0,
       0,
       3,
       1080,
       1200},
      {8,
       "Domestic abuse support",
       "Safety planning and support, confidential.",
       {kDomesticAbuse},
       K::kService,
       R::kWarmHandover,
       0,
       2,
       0,
       540,
       1020},
      {8,
       "Independent domestic violence advisers",
       "For people at high risk of harm.",
       {kDomesticAbuse, kLegalAdvice},
       K::kService,
       R::kWarmHandover,
       0,
       1,
       0,
       540,
       1020},
      {8,
       "Freedom Programme",
       "A 12-week course for women who have experienced abuse.",
       {kDomesticAbuse},
       K::kGroup,
       R::kWarmHandover,
       1,
       21,
       2,
       600,
       720},
      {9,
       "Independent mental health advocacy",
       "For people detained or on a community order.",
       {kAdvocacy},
       K::kService,
       R::kWarmHandover,
       0,
       5,
       0,
       540,
       1020},
      {9,
       "Care Act advocacy",
       "Support to be heard in care assessments and reviews.",
       {kAdvocacy},
       K::kService,
       R::kWarmHandover,
       0,
       45,
       0,
       540,
       1020},
      {9,
       "Community advocacy",
       "Help to speak up with services, benefits and housing.",
       {kAdvocacy, kBenefitsAndWelfare},
       K::kService,
       R::kWarmHandover,
       3,
       50,
       1,
       540,
       1020},
      {10,
       "Employment support",
       "Find and keep work, with a specialist alongside you.",
       {kEmploymentAndLearning},
       K::kService,
       R::kWarmHandover,
       0,
       14,
       1,
       540,
       1020},
      {10,
       "Volunteering hub",
       "Find volunteering that suits you.",
       {kEmploymentAndLearning, kLonelinessAndConnection},
       K::kService,
       R::kSelfReferral,
       1,
       0,
       2,
       600,
       960},
      {10,
       "Adult learning",
       "Free courses in English, maths and digital skills.",
       {kEmploymentAndLearning},
       K::kService,
       R::kOnlineForm,
       2,
       21,
       0,
       540,
       1200},
      {11,
       "Family support",
       "Parenting support and family groups.",
       {kFamilyAndParenting},
       K::kService,
       R::kWarmHandover,
       7,
       21,
       1,
       540,
       1020},
      {11,
       "Bereavement support",
       "Support after someone has died, for any age.",
       {kBereavement},
       K::kService,
       R::kSelfReferral,
       7,
       35,
       2,
       600,
       960},
      {6,
       "Safe Haven crisis café",
       "An evening alternative to A&E when things are hard.",
       {kCrisis, kPeerSupport},
       K::kSpace,
       R::kDropIn,
       0,
       0,
       0,
       1080,
       1380},
      {6,
       "Safe Haven crisis café (Glossop)",
       "Weekend evenings, for anyone in distress.",
       {kCrisis},
       K::kSpace,
       R::kDropIn,
       7,
       0,
       5,
       1080,
       1380},
  };
  return kAll;
}

// ---- The community's assets ------------------------------------------------

struct AssetTemplate {
  const char* name;  // "{town}" is replaced by the town's name
  const char* venue;
  const char* description;
  std::vector<Need> needs;
  ServiceKind kind;
  int opens_at;
  int closes_at;
  GenderFocus gender = GenderFocus::kAnyone;
  const char* cultural_focus = "";
  std::vector<std::string> languages = {};
  const char* cost = "";
  int minimum_age = -1;
  int maximum_age = -1;
};

const std::vector<AssetTemplate>& AssetTemplates() {
  using enum Need;
  using K = ServiceKind;
  static const std::vector<AssetTemplate> kAll = {
      {"{town} Walking for Health",
       "{town} Park",
       "Friendly short walks, at everyone's pace.",
       {kPhysicalActivity, kLonelinessAndConnection},
       K::kGroup,
       600,
       690},
      {"{town} Community Allotment",
       "{town} Allotments",
       "Grow food, learn, and share a brew.",
       {kPhysicalActivity, kLonelinessAndConnection},
       K::kSpace,
       600,
       900},
      {"{town} Community Choir",
       "{town} Community Centre",
       "No auditions. Just sing.",
       {kArtsAndCreativity, kLonelinessAndConnection},
       K::kGroup,
       1140,
       1260},
      {"{town} Men's Shed",
       "{town} Men's Shed",
       "Make, mend and chat, shoulder to shoulder.",
       {kLonelinessAndConnection},
       K::kGroup,
       600,
       900,
       GenderFocus::kMen},
      {"St Michael's coffee morning ({town})",
       "St Michael's Church Hall",
       "Coffee, cake and company; everyone welcome.",
       {kFaithAndCulture, kLonelinessAndConnection},
       K::kFaithGroup,
       600,
       720},
      {"{town} Mosque community lunch",
       "{town} Mosque",
       "A free hot lunch for anyone.",
       {kFaithAndCulture, kFoodAndEssentials},
       K::kFaithGroup,
       750,
       870,
       GenderFocus::kAnyone,
       "",
       {"en", "ur", "bn"}},
      {"{town} Parkrun",
       "{town} Park",
       "A free, timed 5k every Saturday: walk, jog or run.",
       {kPhysicalActivity},
       K::kSportsClub,
       540,
       600},
      {"{town} Walking Football",
       "{town} Leisure Centre",
       "Football at walking pace, over-50s.",
       {kPhysicalActivity, kLonelinessAndConnection},
       K::kSportsClub,
       600,
       660,
       GenderFocus::kAnyone,
       "",
       {},
       "\u00a32 a session",
       50,
       -1},
      {"{town} Boxing Club fitness",
       "{town} Boxing Club",
       "Non-contact boxing fitness.",
       {kPhysicalActivity},
       K::kSportsClub,
       1080,
       1170,
       GenderFocus::kAnyone,
       "",
       {},
       "\u00a33 a session",
       16,
       -1},
      {"{town} Library",
       "{town} Library",
       "Books, computers, help with forms, a warm space.",
       {kEmploymentAndLearning, kLonelinessAndConnection},
       K::kLibrary,
       570,
       1020},
      {"{town} Listening Lounge",
       "{town} Community Centre",
       "Someone to listen, without judgement, with a cup of tea.",
       {kPeerSupport, kLonelinessAndConnection},
       K::kListeningLounge,
       600,
       900},
      {"{town} Food Bank",
       "{town} Community Centre",
       "Emergency food, and help to get back on track.",
       {kFoodAndEssentials, kMoneyAndDebt},
       K::kService,
       600,
       780},
      {"{town} Knit and Natter",
       "{town} Library",
       "Bring your knitting, or learn.",
       {kArtsAndCreativity, kLonelinessAndConnection},
       K::kGroup,
       840,
       960},
      {"{town} Craft Club",
       "{town} Community Centre",
       "Crafts for all abilities; materials free.",
       {kArtsAndCreativity},
       K::kGroup,
       600,
       720},
      {"{town} English conversation café",
       "{town} Library",
       "Practise English and make friends.",
       {kEmploymentAndLearning, kLonelinessAndConnection},
       K::kGroup,
       600,
       720,
       GenderFocus::kAnyone,
       "People learning English",
       {"en", "ar", "fa", "ku", "pl"}},
      {"South Asian Women's Wellbeing Group ({town})",
       "{town} Community Centre",
       "A women-only space to talk, cook and move together.",
       {kLonelinessAndConnection, kFaithAndCulture},
       K::kGroup,
       600,
       720,
       GenderFocus::kWomen,
       "South Asian women",
       {"en", "ur", "pa", "bn"}},
      {"African and Caribbean Elders Lunch Club ({town})",
       "{town} Community Centre",
       "Lunch, dominoes and good company.",
       {kFaithAndCulture, kLonelinessAndConnection},
       K::kGroup,
       720,
       900,
       GenderFocus::kAnyone,
       "African and Caribbean communities",
       {"en"},
       "",
       55,
       -1},
      {"{town} Polish Community Club",
       "{town} Community Centre",
       "Meet, talk and celebrate.",
       {kFaithAndCulture, kLonelinessAndConnection},
       K::kGroup,
       1080,
       1260,
       GenderFocus::kAnyone,
       "Polish community",
       {"pl", "en"}},
      {"{town} Parent and Toddler Group",
       "St Michael's Church Hall",
       "Play, songs and a cuppa.",
       {kFamilyAndParenting, kLonelinessAndConnection},
       K::kGroup,
       570,
       690},
      {"{town} Dementia Café",
       "{town} Community Centre",
       "For people living with dementia and those who care for them.",
       {kCarersSupport, kLonelinessAndConnection},
       K::kSpace,
       840,
       960},
      {"{town} Repair Café",
       "{town} Community Centre",
       "Bring something broken; fix it together.",
       {kLonelinessAndConnection, kMoneyAndDebt},
       K::kSpace,
       600,
       780},
      {"{town} Community Garden",
       "{town} Park",
       "Gardening for wellbeing, tools provided.",
       {kPhysicalActivity, kLonelinessAndConnection},
       K::kSpace,
       600,
       840},
      {"{town} Art Group",
       "{town} Library",
       "Painting and drawing for beginners and beyond.",
       {kArtsAndCreativity},
       K::kGroup,
       780,
       900,
       GenderFocus::kAnyone,
       "",
       {},
       "\u00a32 a session"},
      {"{town} Reading Group",
       "{town} Library",
       "One book a month, and a good talk about it.",
       {kArtsAndCreativity, kLonelinessAndConnection},
       K::kGroup,
       1080,
       1170},
      {"{town} Bereavement Café",
       "St Michael's Church Hall",
       "A gentle space after a loss.",
       {kBereavement, kPeerSupport},
       K::kSpace,
       840,
       960},
      {"{town} LGBTQ+ social",
       "{town} Community Centre",
       "A friendly monthly meet-up.",
       {kLonelinessAndConnection},
       K::kGroup,
       1110,
       1260,
       GenderFocus::kAnyone,
       "LGBTQ+ people"},
      {"{town} Youth Club",
       "{town} Community Centre",
       "Games, trips and someone to talk to.",
       {kLonelinessAndConnection, kPhysicalActivity},
       K::kGroup,
       1080,
       1260,
       GenderFocus::kAnyone,
       "",
       {},
       "",
       11,
       18},
      {"{town} Over-50s Social",
       "{town} Community Centre",
       "Bingo, quizzes and trips out.",
       {kLonelinessAndConnection},
       K::kGroup,
       780,
       960,
       GenderFocus::kAnyone,
       "",
       {},
       "",
       50,
       -1},
      {"{town} Cycling Club (social rides)",
       "{town} Leisure Centre",
       "Easy rides, no one left behind.",
       {kPhysicalActivity},
       K::kSportsClub,
       570,
       720},
      {"{town} Chair Yoga",
       "{town} Community Centre",
       "Gentle yoga, seated or standing.",
       {kPhysicalActivity, kPhysicalHealth},
       K::kGroup,
       600,
       660,
       GenderFocus::kAnyone,
       "",
       {},
       "\u00a33 a session"},
      {"{town} Warm Space",
       "{town} Library",
       "Somewhere warm, free, with a hot drink.",
       {kFoodAndEssentials, kLonelinessAndConnection},
       K::kSpace,
       600,
       960},
      {"{town} Community Pantry",
       "St Michael's Church Hall",
       "Low-cost food shop, \u00a35 a week.",
       {kFoodAndEssentials},
       K::kService,
       780,
       960,
       GenderFocus::kAnyone,
       "",
       {},
       "\u00a35 a week membership"},
  };
  return kAll;
}

constexpr const char* kAccessibility[] = {"Step-free access", "Accessible toilet", "Hearing loop",
                                          "Quiet room available", "Parking nearby"};

std::string Replaced(std::string_view pattern, std::string_view town) {
  std::string out(pattern);
  for (std::size_t at = out.find("{town}"); at != std::string::npos; at = out.find("{town}")) {
    out.replace(at, 6, town);
  }
  return out;
}

std::string Slug(std::string_view name) {
  std::string out;
  for (char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

class Builder {
 public:
  Builder(Date today, std::uint64_t seed) : today_(today), random_(seed) {
    std::istringstream in{std::string(DemoPostcodesCsv())};
    std::string line;
    std::getline(in, line);
    const directory::PostcodeLayout layout = *directory::DetectPostcodeLayout(line);
    while (std::getline(in, line)) {
      auto parsed = directory::ParsePostcodeLine(layout, line);
      if (parsed.outcome != directory::LineOutcome::kPoint) continue;
      const std::string district = parsed.point.postcode.substr(0, parsed.point.postcode.find(' '));
      postcodes_[district].push_back(std::move(parsed.point));
    }
  }

  std::string Uuid() { return NewUuid(random_); }
  int Below(int n) { return static_cast<int>(random_.NextU64() % static_cast<std::uint64_t>(n)); }

  // The same venue in the same town is one place (one location id).
  Place PlaceFor(std::size_t town_index, const std::string& venue) {
    const Town& town = kTowns[town_index];
    const std::string key = std::string(town.name) + "|" + venue;
    if (auto it = places_.find(key); it != places_.end()) return it->second;
    std::istringstream districts(town.districts);
    std::vector<std::string> choices;
    for (std::string d; districts >> d;) choices.push_back(d);
    const std::vector<PostcodePoint>& points =
        postcodes_[choices[static_cast<std::size_t>(Below(static_cast<int>(choices.size())))]];
    const PostcodePoint& point =
        points[static_cast<std::size_t>(Below(static_cast<int>(points.size())))];
    Place place{.id = Uuid(),
                .is_virtual = false,
                .name = venue,
                .address_1 = std::to_string(1 + Below(180)) + " " + town.street,
                .city = town.name,
                .postcode = point.postcode,
                .latitude = point.latitude,
                .longitude = point.longitude};
    for (const char* feature : kAccessibility) {
      if (Below(3) != 0) place.accessibility.emplace_back(feature);
    }
    places_.emplace(key, place);
    return place;
  }

  // Mostly checked in the last ten months; one in eight over a year ago;
  // one in thirty never.
  directory::Checked Checked(const std::string& by) {
    const int roll = Below(120);
    if (roll < 4) return {};
    const int days_ago = roll < 19 ? 380 + Below(600) : Below(300);
    return {.on = today_.PlusDays(-days_ago), .by_user_id = "", .by_name = by};
  }

  std::string Phone() {
    std::string digits = std::to_string(Below(1000));
    while (digits.size() < 3) digits.insert(digits.begin(), '0');
    return "0161 496 0" + digits;
  }

 private:
  Date today_;
  SeededRandom random_;
  std::map<std::string, std::vector<PostcodePoint>> postcodes_;
  std::map<std::string, Place> places_;
};

}  // namespace

DemoDirectoryEntries DemoDirectory(Date today, const std::string& partner_organisation_id,
                                   std::uint64_t seed) {
  Builder b(today, seed);
  DemoDirectoryEntries out;
  for (const NetworkOrganisation& o : kNetworkOrganisations) {
    const std::string slug = Slug(o.name);
    out.organisations.push_back(DirectoryOrganisation{
        .id = b.Uuid(),
        .version = 1,
        .name = o.name,
        .description = o.description,
        .contact = {.phone = b.Phone(),
                    .email = "hello@" + slug + ".example.org",
                    .website = "https://" + slug + ".example.org/"},
        .partner_organisation_id = o.partner ? partner_organisation_id : "",
        .checked = b.Checked("Tameside & Glossop Living Well"),
    });
  }
  for (const NetworkService& n : NetworkServices()) {
    const DirectoryOrganisation& o = out.organisations[n.organisation];
    DirectoryService s{.id = b.Uuid(),
                       .version = 1,
                       .organisation_id = o.id,
                       .name = n.name,
                       .description = n.description,
                       .kind = n.kind,
                       .offer = Offer::kNetwork,
                       .needs = n.needs,
                       .eligibility = {.minimum_age = 18,
                                       .description = "Lives or is registered with a GP in "
                                                      "Tameside and Glossop"},
                       .languages = {"en"},
                       .contact = o.contact,
                       .introduction_route = n.route,
                       .how_to_introduce = n.route == IntroductionRoute::kWarmHandover
                                               ? "Call us with the person's consent; we will "
                                                 "ring them within two working days."
                                               : ""};
    if (n.weekday >= 5) {  // weekends
      for (int day : {5, 6}) {
        s.opening.push_back({.weekday = day, .opens_at = n.opens_at, .closes_at = n.closes_at});
      }
    } else if (n.weekday >= 0) {  // alternate weekdays from the first
      for (int day = n.weekday; day < 5; day += 2) {
        s.opening.push_back({.weekday = day, .opens_at = n.opens_at, .closes_at = n.closes_at});
      }
    }
    if (n.wait_days >= 0) s.typical_wait_days = n.wait_days;
    if (n.town == kOnline) {
      s.places.push_back({.id = b.Uuid(), .is_virtual = true, .name = "Online and by phone"});
    } else {
      s.places.push_back(b.PlaceFor(
          n.town, std::string(kTowns[n.town].name) + " " +
                      (n.kind == ServiceKind::kSpace ? "Wellbeing Hub" : "Resource Centre")));
    }
    s.checked = b.Checked("Tameside & Glossop Living Well");
    out.services.push_back(std::move(s));
  }

  // One organisation per town holds its community assets: the town's
  // community network (as a council's community directory would list them).
  for (std::size_t t = 0; t < std::size(kTowns); ++t) {
    const Town& town = kTowns[t];
    const std::string name = std::string(town.name) + " Community Network";
    const std::string slug = Slug(name);
    DirectoryOrganisation o{.id = b.Uuid(),
                            .version = 1,
                            .name = name,
                            .description = "Groups, clubs and spaces in " + std::string(town.name),
                            .contact = {.email = "hello@" + slug + ".example.org",
                                        .website = "https://" + slug + ".example.org/"},
                            .checked = b.Checked("Community connector")};
    for (const AssetTemplate& a : AssetTemplates()) {
      DirectoryService s{
          .id = b.Uuid(),
          .version = 1,
          .organisation_id = o.id,
          .name = Replaced(a.name, town.name),
          .description = a.description,
          .kind = a.kind,
          .offer = Offer::kCommunityAsset,
          .needs = a.needs,
          .languages = a.languages.empty() ? std::vector<std::string>{"en"} : a.languages,
          .contact = {.phone = b.Below(2) == 0 ? b.Phone() : "",
                      .email = "",
                      .website = o.contact.website + Slug(Replaced(a.name, ""))},
          .introduction_route = IntroductionRoute::kDropIn,
          .how_to_introduce =
              "Just come along; first visit free where there is a "
              "charge."};
      s.eligibility.gender = a.gender;
      s.eligibility.cultural_focus = a.cultural_focus;
      if (a.minimum_age >= 0) s.eligibility.minimum_age = a.minimum_age;
      if (a.maximum_age >= 0) s.eligibility.maximum_age = a.maximum_age;
      s.free = a.cost[0] == '\0';
      s.cost = a.cost;
      s.opening.push_back(
          {.weekday = b.Below(7), .opens_at = a.opens_at, .closes_at = a.closes_at});
      if (a.kind == ServiceKind::kLibrary || a.kind == ServiceKind::kSpace) {
        s.opening.push_back({.weekday = (s.opening[0].weekday + 2) % 7,
                             .opens_at = a.opens_at,
                             .closes_at = a.closes_at});
      }
      s.places.push_back(b.PlaceFor(t, Replaced(a.venue, town.name)));
      s.checked = b.Checked("Community connector");
      out.services.push_back(std::move(s));
    }
    out.organisations.push_back(std::move(o));
  }
  return out;
}

Status LoadDemoDirectory(Store& store, const Clock& clock, Random& random, const Actor& admin,
                         const std::string& partner_organisation_id) {
  if (auto loaded = LoadPostcodesIfEmpty(store, DemoPostcodesCsv()); !loaded) {
    return Fail(loaded.error());
  }
  DemoDirectoryEntries entries =
      DemoDirectory(Date::InLondon(clock.Now()), partner_organisation_id);
  NetworkDirectory directory(store, clock, random);
  auto imported = directory.ImportEntries(admin, std::move(entries.organisations),
                                          std::move(entries.services), "Demo directory");
  if (!imported) return Fail(imported.error());
  return Ok();
}

}  // namespace lw

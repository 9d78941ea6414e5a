// The fixed lists and shapes the synthetic generator draws from
// (system.h): place names, directory service names by need, the ethnicity
// mix, and the quantile tables of support in whole days. Sources and
// defaults: docs/synthetic-data.md.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/directory/directory.h"
#include "domain/people/ethnicity.h"
#include "domain/synth/quantile_table.h"
#include "domain/synth/stream.h"
#include "domain/synth/system.h"

namespace lw::synth {

// The neighbourhoods' names within a locality, in order.
inline constexpr std::array<std::string_view, 10> kQuarters = {
    "North",      "South",      "East",       "West",       "Central",
    "North East", "North West", "South East", "South West", "Valley"};

// The locality numbered `locality` (from 0) at `scale`: Millbrook alone at
// the demo and locality scales; the ten GM boroughs, then thirty more towns.
std::string LocalityName(Scale scale, int locality);

// Service names by need: what a directory in a Greater Manchester borough
// holds.
struct NeedNames {
  directory::Need need;
  std::array<std::string_view, 3> names;
  bool community_asset;  // mostly groups anyone can join
};
inline constexpr std::array<NeedNames, 14> kNeedNames = {{
    {directory::Need::kMoneyAndDebt, {"Debt Advice", "Money Matters", "Credit Union"}, false},
    {directory::Need::kBenefitsAndWelfare,
     {"Welfare Rights", "Benefits Advice", "Claims Support"},
     false},
    {directory::Need::kHousing, {"Tenancy Support", "Housing Options", "Home Matters"}, false},
    {directory::Need::kPsychologicalTherapy,
     {"Talking Therapies", "Counselling Service", "Therapy Centre"},
     false},
    {directory::Need::kPeerSupport,
     {"Peer Support Group", "Recovery Cafe", "Hearing Voices Group"},
     true},
    {directory::Need::kLonelinessAndConnection,
     {"Friendship Club", "Community Lunch", "Men's Shed"},
     true},
    {directory::Need::kPhysicalActivity,
     {"Walking Group", "Community Garden", "Swimming Sessions"},
     true},
    {directory::Need::kArtsAndCreativity, {"Community Choir", "Art Studio", "Writing Group"}, true},
    {directory::Need::kDrugsAndAlcohol,
     {"Recovery Hub", "Alcohol Support", "Harm Reduction"},
     false},
    {directory::Need::kCarersSupport, {"Carers Centre", "Carers Cafe", "Carers Breaks"}, false},
    {directory::Need::kEmploymentAndLearning,
     {"Employment Support", "Adult Learning", "Volunteering Hub"},
     false},
    {directory::Need::kFoodAndEssentials, {"Food Bank", "Community Pantry", "Warm Space"}, true},
    {directory::Need::kBereavement,
     {"Bereavement Support", "Cruse Group", "Loss and Grief Cafe"},
     true},
    {directory::Need::kDomesticAbuse,
     {"Domestic Abuse Service", "Freedom Programme", "Safe Space"},
     false},
}};
inline constexpr std::array<std::string_view, 8> kOrganisationWords = {
    "Community Trust", "Mind",           "Council",      "Citizens Advice", "CVS",
    "Housing Group",   "Carers Network", "Leisure Trust"};

// GM 2021 census, roughly, in the order of kAllEthnicCategories.
inline constexpr std::array<double, kAllEthnicCategories.size()> kEthnicityWeights = {
    1.8, 0.8, 1.6, 6.5, 1.2, 2.6, 0.8, 0.6, 0.6, 0.3, 1.0, 0.6, 74.0, 0.7, 0.2, 0.2, 4.0, 0.8, 1.7};

// --- Shapes of support, in whole days ---------------------------------------

const QuantileTable& TwelveWeekDays();
const QuantileTable& OpenEndedDays();
const QuantileTable& UnplannedDays();
const QuantileTable& DaysBetweenContacts();
const QuantileTable& ReqolBaseline();
const QuantileTable& ReqolGain();         // when it improves reliably
const QuantileTable& ReqolOtherChange();  // when it does not

// Ten ReQoL item answers of 0..4 that add up to `total` (0..40), spread a
// little at random.
std::array<std::uint8_t, kReqolItems> ReqolItemsAddingTo(SynthStream& stream, int total);

// `x` rounded to the nearest whole number, halves away from zero.
int Whole(double x);

}  // namespace lw::synth

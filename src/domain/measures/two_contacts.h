// The NHS England community mental health access measure, MHS108: people
// with two or more qualifying contacts in a rolling 12-month period, as a
// pure function over contact and episode facts.
//
// Definition (docs/measures.md section 8.1, from NHS Digital's
// `measure_metadata.py` MHS108 and `cmh_prep.py`, and NHS England's CMH
// dashboard code):
//
//   "Number of people accessing community mental health services for adults
//   and older adults with 2 or more care contacts within the RP"; frequency
//   rolling 12 months; `COUNT(DISTINCT Person_ID)`.
//   Referrals: age at referral >= 18; England residents (`LADistrictAuth`
//   starting 'E' or blank); team type (`ServTeamTypeRefToMH`) in A05, A06,
//   A08, A09, A12, A13, A16, C03, C10; from April 2023 also A14 (early
//   intervention in psychosis) and D05 (IPS). Referrals with an inpatient
//   spell in the same financial year are excluded.
//   Qualifying contact: direct care contact (`MHS201CareContact`),
//   `AttendStatus` in 5, 6 (attended / arrived late but seen), and
//   consultation mechanism `ConsMechanismMH` in 01 face to face, 02
//   telephone, 04 talk type for a person unable to speak, 11 video (MHSDS
//   v5+; before Oct 2021 anything except 05/06).
//   Contacts are ordered within person + referral; the person counts when
//   the 2nd qualifying contact falls in the 12-month reporting period.
//
// How Living Well's records map onto it (where the definition leaves a
// choice, the choice is marked CHOICE):
//  - A referral is an episode of support: contacts are counted per person
//    and episode, so one contact on each of two episodes does not count.
//    CHOICE: a contact not linked to an episode never qualifies (in MHSDS
//    every care contact belongs to a referral).
//  - Qualifying contact: attendance `attended` (which covers both 5 and 6)
//    and mode face-to-face (01), phone (02, including relay calls for
//    someone who cannot speak: 04) or video (11). Did-not-attend and
//    cancellations never count. Text (09) and email (05) never count.
//    CHOICE: a letter is not a care contact (it is MHSDS indirect activity),
//    so it never counts; with that, the pre-October-2021 rule ("anything
//    except 05/06") gives the same answer for every Living Well mode, so
//    the rule does not depend on the contact's date.
//  - Group sessions count, once for each person who attended: they are
//    care contacts in MHSDS and the measure does not exclude them.
//  - The period: `period_end` must be the last day of a month; the window
//    is the 12 calendar months ending with it, first day to last day, both
//    included ("2024-03-31" -> 2023-04-01..2024-03-31). Contacts after
//    `period_end` are not counted.
//    CHOICE: "the 2nd qualifying contact" is the second within the window.
//    NHS Digital's code renumbers contacts after keeping only those linked
//    to referral records of the window's months, so a contact before the
//    window is not counted: a first contact before the window and a second
//    inside it is one contact, not two.
//  - Age: completed years on the day the episode's introduction was
//    received. CHOICE: unknown age does not qualify (as SQL's NULL >= 18).
//  - Team type: an MHSDS code the caller gives per episode (which code a
//    Living Well team submits under is a local decision, UNCONFIRMED).
//    A14 and D05 count when the period ends in April 2023 or later.
//  - Inpatient spell: a contact does not count if its episode had an
//    inpatient spell in the contact's financial year (NHS Digital drops the
//    referral's records for that financial year only).
//  - One person counts once however many episodes qualify.
//
// Facts are plain values, so the measure can run over the store, a golden
// file or the simulator alike.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "base/error.h"
#include "domain/team/contact.h"

namespace lw {

// One person's part in one contact.
struct ContactFact {
  // Identifies the contact: facts with the same id for the same person and
  // episode are counted once (pass the latest version of each contact).
  std::string contact_id;
  std::string person_id;
  std::string episode_id;  // "" when not linked to an episode: never qualifies
  Date on;                 // the contact's date in Europe/London
  ContactMode mode = ContactMode::kFaceToFace;
  Attendance attendance = Attendance::kAttended;
};

// One fact per person in `contact` (whatever their attendance), dated on
// the Europe/London day of occurred_at.
std::vector<ContactFact> FactsOf(const Contact& contact);

// What the measure needs to know about an episode (the MHSDS referral).
struct EpisodeFact {
  std::string person_id;
  std::string episode_id;
  std::optional<int> age_at_referral;  // completed years when introduced; nullopt unknown
  std::string team_type;               // MHSDS ServTeamTypeRefToMH code, "A06"
  std::string local_authority;         // of residence, "E08000008"; "" unknown
  // Each financial year in which this episode had an inpatient spell, by
  // the year it starts in (2023 = 1 April 2023 to 31 March 2024).
  std::vector<int> inpatient_financial_years;
};

// Team types that count (section 8.1), and those added from April 2023.
inline constexpr std::array<std::string_view, 9> kCmhTeamTypes = {"A05", "A06", "A08", "A09", "A12",
                                                                  "A13", "A16", "C03", "C10"};
inline constexpr std::array<std::string_view, 2> kCmhTeamTypesFromApril2023 = {"A14", "D05"};

// The financial year `on` falls in, by the year it starts in.
int FinancialYearOf(Date on);

// Attended, and face-to-face, phone or video.
bool IsQualifyingContact(const ContactFact& contact);

// Age at referral 18 or over, resident in England (or not known), and a
// counted team type for a period ending on `period_end`.
bool IsQualifyingEpisode(const EpisodeFact& episode, Date period_end);

// A counted person, and why.
struct TwoContactsPerson {
  std::string person_id;
  std::string episode_id;       // the episode that reached two contacts first
  int qualifying_contacts = 0;  // on that episode, in the window
  Date second_contact_on;       // the day it reached two
};

struct TwoContactsResult {
  Date window_start;                      // first day counted
  Date window_end;                        // last day counted: the period end
  std::vector<TwoContactsPerson> people;  // one per counted person, by person_id

  int Count() const { return static_cast<int>(people.size()); }
};

// The people with two or more qualifying contacts on one qualifying episode
// within the 12 months ending on `period_end`. When a person has several
// such episodes, the one whose second contact came first explains them
// (ties: the lower episode id). A contact whose episode has no fact does
// not count.
// Fails with kInvalidArgument when `period_end` is not the last day of a
// month (field "period_end"), or when two episode facts share a person and
// episode id.
Result<TwoContactsResult> CountTwoContacts(std::span<const ContactFact> contacts,
                                           std::span<const EpisodeFact> episodes, Date period_end);

}  // namespace lw

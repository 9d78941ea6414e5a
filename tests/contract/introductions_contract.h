// The fixture for the introductions part of the store contract
// (store_contract_introductions_test.cc, store_contract_front_door_test.cc):
// the StoreContract fixture with a seeded system, one account, a full
// introduction to store, and a front-door list to sort, page and count.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "contract/store_contract.h"

namespace lw::contract {

class IntroductionsContract : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    Seed();
    LW_ASSERT_OK(Write([&](StoreTx& tx) { return tx.CreateUser(MakeUser("u-asha", "asha")); }));
  }

  Introduction MakeIntroduction(const std::string& id, const std::string& reference,
                                Timestamp received, const std::string& team = "team-hyde") {
    Introduction in;
    in.id = id;
    in.version = 1;
    in.reference = reference;
    in.source = IntroductionSource::kSelf;
    in.received_at = received;
    in.given_name = "Nia";
    in.family_name = "Jones <script>alert(1)</script>";
    in.date_of_birth = *Date::FromYmd(1988, 7, 14);
    in.postcode = "SK14 1AA";
    in.contact = ContactPreferences{.methods = {ContactMethod::kPhone, ContactMethod::kText},
                                    .phone = "07700 900123",
                                    .may_leave_message = true,
                                    .safe_times = "after 6pm"};
    in.in_their_words = "Since the job went I can't sleep.\nI'd like to talk to someone.";
    in.help_wanted = "Someone to talk to";
    in.equality.answers = {{"ethnicity", "prefer-not-to-say"}};
    in.privacy_agreed = true;
    in.team_id = team;
    return in;
  }

  // Ids of the introductions ListIntroductions(filter) returns, in order.
  std::vector<std::string> ListedIds(const IntroductionFilter& filter) {
    std::vector<std::string> out;
    auto list = Read([&](StoreTx& tx) { return tx.ListIntroductions(filter); });
    EXPECT_TRUE(list) << Describe(list);
    if (list) {
      for (const Introduction& in : *list) out.push_back(in.id);
    }
    return out;
  }

  // The introduction a submission key names; "" when none, "error: ..."
  // when the store fails.
  std::string SubmissionFor(const std::string& key) {
    auto found = Read([&](StoreTx& tx) { return tx.FindSubmission(key); });
    if (!found) return "error: " + Describe(found);
    return found->value_or("");
  }

  // A front-door list to sort, page and count: three more accounts (names
  // "Asha Patel", "Ben Quinn", "de Souza" - a lower-case letter sorts after
  // every capital, byte by byte), a person, and six introductions (hours
  // after kStart):
  //
  //   id   team         source  state                received  assigned   person
  //   i-1  team-hyde    gp      open                 3h        Ben Quinn  p-sam
  //   i-2  team-hyde    self    open                 1h        -          -
  //   i-3  team-ashton  police  conversation-booked  2h        Asha Patel p-sam
  //   i-4  team-tg      self    open                 1h        de Souza   -
  //   i-5  team-hyde    gp      conversation-held    0h        -          -
  //   i-6  team-hyde    phone   closed               4h        -          -
  //
  // i-2 and i-4 tie on time (so id decides); they are stored i-4 first.
  void SeedFrontDoorList() {
    const auto h = [](int hours) { return kStart + std::chrono::hours(hours); };
    LW_ASSERT_OK(Write([&](StoreTx& tx) -> Status {
      User ben = MakeUser("u-ben", "ben");
      ben.display_name = "Ben Quinn";
      User dee = MakeUser("u-dee", "dee");
      dee.display_name = "de Souza";
      for (Status s : {tx.CreateUser(ben), tx.CreateUser(dee),
                       tx.CreatePerson(MakePerson("p-sam", "Sam", "Okafor"), Change("Created"))}) {
        if (!s) return s;
      }
      Introduction i1 = MakeIntroduction("i-1", "LW-1111-1111", h(3));
      i1.source = IntroductionSource::kGp;
      i1.assigned_user_id = "u-ben";
      i1.person_id = "p-sam";
      Introduction i2 = MakeIntroduction("i-2", "LW-2222-2222", h(1));
      Introduction i3 = MakeIntroduction("i-3", "LW-3333-3333", h(2), "team-ashton");
      i3.source = IntroductionSource::kPolice;
      i3.state = IntroductionState::kConversationBooked;
      i3.booking = ConversationBooking{
          .when = h(50), .place = ConversationPlace::kPhone, .with_user_id = "u-asha"};
      i3.assigned_user_id = "u-asha";
      i3.person_id = "p-sam";
      Introduction i4 = MakeIntroduction("i-4", "LW-4444-4444", h(1), "team-tg");
      i4.assigned_user_id = "u-dee";
      Introduction i5 = MakeIntroduction("i-5", "LW-5555-5555", h(0));
      i5.source = IntroductionSource::kGp;
      i5.state = IntroductionState::kConversationHeld;
      i5.conversation = InitialConversation{.held_at = h(5), .with_user_id = "u-asha"};
      Introduction i6 = MakeIntroduction("i-6", "LW-6666-6666", h(4));
      i6.source = IntroductionSource::kPhone;
      i6.state = IntroductionState::kClosed;
      i6.ending = Ending::kChoseNotToGoAhead;
      i6.closed_at = h(5);
      for (const Introduction* in : {&i4, &i1, &i2, &i3, &i5, &i6}) {
        if (auto s = tx.CreateIntroduction(*in, Change("Introduced")); !s) return s;
      }
      return Ok();
    }));
  }
};

}  // namespace lw::contract

// The fixture for the introductions part of the store contract
// (store_contract_introductions_test.cc): the StoreContract fixture with a
// seeded system, one account, and a full introduction to store.
#pragma once

#include <string>

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
};

}  // namespace lw::contract

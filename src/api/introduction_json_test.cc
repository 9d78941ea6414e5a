#include "api/introduction_json.h"

#include <gtest/gtest.h>

#include "domain/frontdoor/test_support.h"

namespace lw::api {
namespace introduction_json_test {
namespace {

namespace json = boost::json;
using frontdoor_test::Day;
using frontdoor_test::Utc;

std::vector<std::string> FieldsOf(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

json::object Parse(std::string_view text) { return json::parse(text).as_object(); }

// Received 1 March; booked; held 9 March (8 days); closed 10 March.
Introduction Closed() {
  Introduction in;
  in.id = "AAAAAAAAAAAAAAAAAAAAAA";
  in.version = 5;
  in.reference = "LW-7K3M-Q9TP";
  in.source = IntroductionSource::kCarerOrFamily;
  in.made_by_user_id = "maker";
  in.introducer_name = "<b>Mum</b>";
  in.introducer_relationship = "Mum";
  in.person_knows = true;
  in.received_at = Utc(2026, 3, 1, 9);
  in.given_name = "Asha";
  in.family_name = "Patel";
  in.date_of_birth = Day(1990, 7, 14);
  in.postcode = "SK14 1AA";
  in.nhs_number = "9434765919";
  in.contact = {.methods = {ContactMethod::kPhone, ContactMethod::kText},
                .phone = "07700 900982",
                .may_leave_message = true,
                .safe_times = "after 6pm"};
  in.in_their_words = "<script>alert(1)</script>";
  in.equality.answers = {{"sexual_orientation", "prefer-not-to-say"}};
  in.team_id = "team";
  in.assigned_user_id = "worker";
  in.person_id = "person";
  in.state = IntroductionState::kClosed;
  in.attempts = {{.at = Utc(2026, 3, 2, 10),
                  .method = ContactMethod::kText,
                  .by_user_id = "worker",
                  .outcome_note = "Texted"}};
  in.conversation = InitialConversation{.held_at = Utc(2026, 3, 9, 14),
                                        .with_user_id = "worker",
                                        .what_matters = "My kids",
                                        .raised_to_huddle = false};
  in.ending = Ending::kSupportBegins;
  in.closed_at = Utc(2026, 3, 10, 11);
  return in;
}

IntroductionView ViewAt(Timestamp now, bool whole = true) {
  return {.now = now, .policy = FrontDoorPolicy{}, .whole = whole};
}

TEST(IntroductionJsonTest, WritesEveryFieldWithKeysDatesAndUtcInstants) {
  json::object o = IntroductionJson(Closed(), ViewAt(Utc(2026, 5, 1)));
  EXPECT_EQ(o.at("id").as_string(), "AAAAAAAAAAAAAAAAAAAAAA");
  EXPECT_EQ(o.at("version").as_int64(), 5);
  EXPECT_EQ(o.at("source").as_string(), "carer-or-family");
  EXPECT_EQ(o.at("introducer_name").as_string(), "<b>Mum</b>");
  EXPECT_EQ(o.at("received_at").as_string(), "2026-03-01T09:00:00.000000Z");
  EXPECT_EQ(o.at("date_of_birth").as_string(), "1990-07-14");
  EXPECT_EQ(o.at("contact_methods"), (json::array{"phone", "text"}));
  EXPECT_TRUE(o.at("may_leave_message").as_bool());
  EXPECT_EQ(o.at("in_their_words").as_string(), "<script>alert(1)</script>");
  EXPECT_EQ(o.at("equality").at("sexual_orientation").as_string(), "prefer-not-to-say");
  EXPECT_EQ(o.at("state").as_string(), "closed");
  EXPECT_EQ(o.at("attempts").as_array().at(0).at("method").as_string(), "text");
  EXPECT_TRUE(o.at("booking").is_null());
  EXPECT_EQ(o.at("conversation").at("what_matters").as_string(), "My kids");
  EXPECT_EQ(o.at("conversation").at("held_at").as_string(), "2026-03-09T14:00:00.000000Z");
  EXPECT_EQ(o.at("ending").as_string(), "support-begins");
  EXPECT_EQ(o.at("closed_at").as_string(), "2026-03-10T11:00:00.000000Z");
  EXPECT_EQ(o.at("view").as_string(), "whole");
  // Waiting stops when the conversation is held, whatever `now` is.
  EXPECT_EQ(o.at("days_waiting").as_int64(), 8);
  EXPECT_EQ(o.at("waiting_days").as_int64(), 8);
  EXPECT_FALSE(o.at("past_target").as_bool());
  EXPECT_TRUE(o.at("next_step").is_null());
}

TEST(IntroductionJsonTest, AnOpenIntroductionWaitsUntilNowAndPassesTheTarget) {
  Introduction in = Closed();
  in.state = IntroductionState::kOpen;
  in.attempts.clear();
  in.conversation.reset();
  in.ending.reset();
  in.closed_at.reset();
  in.date_of_birth.reset();
  json::object at_14 = IntroductionJson(in, ViewAt(Utc(2026, 3, 15, 9)));
  EXPECT_EQ(at_14.at("days_waiting").as_int64(), 14);
  EXPECT_TRUE(at_14.at("waiting_days").is_null());
  EXPECT_FALSE(at_14.at("past_target").as_bool());
  EXPECT_EQ(at_14.at("next_step").as_string(), "Make contact");
  EXPECT_TRUE(at_14.at("date_of_birth").is_null());
  EXPECT_TRUE(at_14.at("closed_at").is_null());
  json::object at_15 = IntroductionJson(in, ViewAt(Utc(2026, 3, 16, 9)));
  EXPECT_EQ(at_15.at("days_waiting").as_int64(), 15);
  EXPECT_TRUE(at_15.at("past_target").as_bool());
}

TEST(IntroductionJsonTest, TheIntroducersViewSaysNothingItCannotKnow) {
  Introduction held = ForIntroducer(Closed());
  held.state = IntroductionState::kConversationHeld;
  held.ending.reset();
  held.closed_at.reset();
  json::object o = IntroductionJson(held, ViewAt(Utc(2026, 5, 1), /*whole=*/false));
  EXPECT_EQ(o.at("view").as_string(), "introducer");
  EXPECT_TRUE(o.at("days_waiting").is_null());
  EXPECT_TRUE(o.at("waiting_days").is_null());
  EXPECT_FALSE(o.at("past_target").as_bool());
  EXPECT_TRUE(o.at("next_step").is_null());
  EXPECT_TRUE(o.at("conversation").is_null());

  Introduction open = held;
  open.state = IntroductionState::kOpen;
  json::object waiting = IntroductionJson(open, ViewAt(Utc(2026, 3, 20, 9), false));
  EXPECT_EQ(waiting.at("days_waiting").as_int64(), 19);
  EXPECT_TRUE(waiting.at("past_target").as_bool());
  EXPECT_TRUE(waiting.at("next_step").is_null());
}

TEST(IntroductionJsonTest, OldVersionsLeaveOutTheWaitingFields) {
  IntroductionView view = ViewAt(Utc(2026, 5, 1));
  view.with_waiting = false;
  json::object o = IntroductionJson(Closed(), view);
  for (const char* key : {"days_waiting", "waiting_days", "past_target", "next_step"}) {
    EXPECT_FALSE(o.contains(key)) << key;
  }
}

TEST(IntroductionJsonTest, MatchesCarryTheRecordKindScoreAndReasons) {
  MatchOffer m;
  m.person.id = "p1";
  m.person.given_name = "Robert";
  m.person.date_of_birth = Day(1980, 1, 2);
  m.kind = MatchKind::kSameNhsNumber;
  m.score = 95;
  m.reasons = {"Same NHS number"};
  json::object o = MatchJson(m);
  EXPECT_EQ(o.at("person_id").as_string(), "p1");
  EXPECT_EQ(o.at("date_of_birth").as_string(), "1980-01-02");
  EXPECT_EQ(o.at("kind").as_string(), "same-nhs-number");
  EXPECT_EQ(o.at("score").as_int64(), 95);
  EXPECT_EQ(o.at("reasons"), (json::array{"Same NHS number"}));
  EXPECT_EQ(MatchKindKey(MatchKind::kLikely), "likely");
  EXPECT_EQ(MatchKindKey(MatchKind::kConflictingNhsNumber), "conflicting-nhs-number");
}

TEST(IntroductionJsonTest, ReadsADraftWithTheDateInParts) {
  IntroductionDraft d;
  std::string key;
  auto errors = ReadIntroductionDraft(
      Parse(R"({"source":"gp","introducer_name":"Dr Ali","introducer_organisation":"Hyde MC",
                "person_knows":true,"given_name":"Asha","family_name":"Patel",
                "preferred_name":null,"date_of_birth":"1990-07-04","postcode":"sk14 1aa",
                "nhs_number":"943 476 5919","contact_methods":["phone","email"],
                "phone":"07700 900982","email":"a@example.com","may_leave_message":false,
                "safe_times":"evenings","in_their_words":"<i>words</i>","help_wanted":"talk",
                "equality":{"sexual_orientation":"bisexual","disability":null},
                "team_id":"T","submission_key":"k1"})"),
      d, key);
  EXPECT_TRUE(errors.empty()) << errors.front().field;
  EXPECT_EQ(d.source, "gp");
  EXPECT_TRUE(d.person_knows);
  EXPECT_EQ(d.preferred_name, "");
  EXPECT_EQ(d.date_of_birth_year, "1990");
  EXPECT_EQ(d.date_of_birth_month, "07");
  EXPECT_EQ(d.date_of_birth_day, "04");
  EXPECT_EQ(d.contact_methods, (std::vector<std::string>{"phone", "email"}));
  EXPECT_EQ(d.in_their_words, "<i>words</i>");
  EXPECT_EQ(d.equality.at("sexual_orientation"), "bisexual");
  EXPECT_EQ(d.equality.at("disability"), "");
  EXPECT_EQ(d.team_id, "T");
  EXPECT_EQ(key, "k1");
  EXPECT_TRUE(d.made_by_user_id.empty());
}

TEST(IntroductionJsonTest, NamesEveryUnknownMemberAndEveryWrongType) {
  IntroductionDraft d;
  std::string key;
  auto errors = ReadIntroductionDraft(
      Parse(R"({"given_name":42,"person_knows":"yes","contact_methods":["phone",1],
                "equality":{"ethnicity":3},"date_of_birth":"14/07/1990",
                "privacy_agreed":true,"made_by_user_id":"someone","favourite":"x"})"),
      d, key);
  EXPECT_EQ(FieldsOf(errors),
            (std::vector<std::string>{"person_knows", "given_name", "date_of_birth",
                                      "contact_methods", "equality.ethnicity", "privacy_agreed",
                                      "made_by_user_id", "favourite"}));
  EXPECT_EQ(errors.back().message, "Unknown field");
  EXPECT_EQ(errors[1].message, "Must be text (a JSON string)");
}

TEST(IntroductionJsonTest, DatesMustBeShapedButTheirMeaningIsLeftToTheDomain) {
  for (const char* bad :
       {"1990-7-14", "19900714", "1990-07-14T00:00", "１９９０-07-14", "abcd-ef-gh"}) {
    IntroductionDraft d;
    std::string key;
    auto errors = ReadIntroductionDraft(json::object{{"date_of_birth", bad}}, d, key);
    EXPECT_EQ(FieldsOf(errors), std::vector<std::string>{"date_of_birth"}) << bad;
  }
  IntroductionDraft d;
  std::string key;
  EXPECT_TRUE(ReadIntroductionDraft(Parse(R"({"date_of_birth":"2026-02-31"})"), d, key).empty());
  EXPECT_EQ(d.date_of_birth_day, "31");
  BookingInput b;
  EXPECT_TRUE(ReadBooking(Parse(R"({"date":"","time":"14:30","place":"phone"})"), b).empty());
  EXPECT_EQ(b.day + b.month + b.year, "");
  EXPECT_EQ(FieldsOf(ReadBooking(Parse(R"({"date":"9 March"})"), b)),
            std::vector<std::string>{"date"});
}

TEST(IntroductionJsonTest, ReadsEachChange) {
  AttemptInput a;
  EXPECT_TRUE(ReadAttempt(Parse(R"({"method":"phone","outcome_note":"No answer"})"), a).empty());
  EXPECT_EQ(a.method, "phone");
  BookingInput b;
  EXPECT_TRUE(ReadBooking(Parse(R"({"date":"2026-06-01","time":"14:30","place":"home",
                                   "with_user_id":"w","where_detail":"Flat 2"})"),
                          b)
                  .empty());
  EXPECT_EQ(b.year + "/" + b.month + "/" + b.day + " " + b.time, "2026/06/01 14:30");
  ConversationInput c;
  EXPECT_TRUE(
      ReadConversation(Parse(R"({"what_matters":"x","raised_to_huddle":true})"), c).empty());
  EXPECT_TRUE(c.raised_to_huddle);
  EXPECT_EQ(FieldsOf(ReadConversation(Parse(R"({"raised_to_huddle":1})"), c)),
            std::vector<std::string>{"raised_to_huddle"});
  ClosingInput cl;
  EXPECT_TRUE(
      ReadClosing(Parse(R"({"ending":"support-begins","ending_note":"n","keyworker_user_id":"k"})"),
                  cl)
          .empty());
  EXPECT_EQ(cl.note, "n");
  EXPECT_EQ(FieldsOf(ReadClosing(Parse(R"({"note":"n"})"), cl)), std::vector<std::string>{"note"});
  std::string v;
  EXPECT_TRUE(ReadOneText(Parse(R"({"person_id":"p"})"), "person_id", v).empty());
  EXPECT_EQ(v, "p");
  EXPECT_EQ(FieldsOf(ReadOneText(Parse(R"({"person_id":"p"})"), "", v)),
            std::vector<std::string>{"person_id"});
  EXPECT_TRUE(ReadOneText(json::object(), "", v).empty());
}

http::Form Query(std::string_view text) { return *http::ParseUrlEncoded(text); }

TEST(IntroductionJsonTest, ReadsTheListQuery) {
  FrontDoorQuery q;
  EXPECT_TRUE(ReadListQuery(Query(""), q).empty());
  EXPECT_EQ(q.page, 1);
  EXPECT_EQ(q.page_size, 50);
  EXPECT_FALSE(q.include_closed);
  EXPECT_TRUE(ReadListQuery(Query("team=AAAAAAAAAAAAAAAAAAAAAA&neighbourhood=BBBBBBBBBBBBBBBBBBBBBB"
                                  "&include_closed=true&sort=assigned&page=3&page_size=10"),
                            q)
                  .empty());
  EXPECT_EQ(q.team_id, "AAAAAAAAAAAAAAAAAAAAAA");
  EXPECT_EQ(q.neighbourhood_id, "BBBBBBBBBBBBBBBBBBBBBB");
  EXPECT_TRUE(q.include_closed);
  EXPECT_EQ(q.order, IntroductionOrder::kAssigned);
  EXPECT_EQ(q.page, 3);
  EXPECT_EQ(q.page_size, 10);
  for (auto [key, order] : {std::pair{"oldest", IntroductionOrder::kOldestFirst},
                            {"newest", IntroductionOrder::kNewestFirst},
                            {"source", IntroductionOrder::kSource},
                            {"state", IntroductionOrder::kState}}) {
    EXPECT_TRUE(ReadListQuery(Query(std::string("sort=") + key), q).empty());
    EXPECT_EQ(q.order, order) << key;
  }
}

TEST(IntroductionJsonTest, NamesEachBadQueryParameter) {
  FrontDoorQuery q;
  EXPECT_EQ(
      FieldsOf(ReadListQuery(
          Query("team=x&include_closed=yes&sort=name&page=two&page_size=1.5&colour=red"), q)),
      (std::vector<std::string>{"team", "include_closed", "sort", "page", "page_size", "colour"}));
  EXPECT_EQ(FieldsOf(ReadListQuery(Query("page=1&page=2"), q)), std::vector<std::string>{"page"});
  // Ranges are the service's to judge.
  EXPECT_TRUE(ReadListQuery(Query("page=0&page_size=1000"), q).empty());
  EXPECT_EQ(q.page, 0);
}

TEST(IntroductionJsonTest, RenamesEqualityFieldsForTheApi) {
  EXPECT_EQ(ApiFieldName("equality_ethnicity"), "equality.ethnicity");
  EXPECT_EQ(ApiFieldName("equality"), "equality");
  EXPECT_EQ(ApiFieldName("given_name"), "given_name");
  Error e = ForApi(Error::Invalid("x", {{"equality_sexual_orientation", "m"}, {"postcode", "m"}}));
  EXPECT_EQ(e.field_errors[0].field, "equality.sexual_orientation");
  EXPECT_EQ(e.field_errors[1].field, "postcode");
}

}  // namespace
}  // namespace introduction_json_test
}  // namespace lw::api

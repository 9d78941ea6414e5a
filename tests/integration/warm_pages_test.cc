// The warm-introduction pages over real HTTP with the demo data (issue 7
// point 5): a practitioner introduces someone with their consent, the
// partner sees exactly what was consented to and records how it is going
// (a stale version is a 409, nothing lost), nobody else sees anything, a
// withdrawal hides the person, the huddle shows one not landed, and the
// partner's reads are audited.
//
// The demo: Siobhan Kelly introduced by the peer worker 12 days ago to "Debt
// advice appointments" (Millbrook Money Advice, linked to the partner's
// organisation), sharing how to contact her and what matters to her; Dan
// Hughes introduced to "Hyde Walking for Health" (no partner), met.
#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <chrono>
#include <thread>

#include "frontdoor_pages_fixture.h"
#include "services/account_service.h"
#include "services/audit_events.h"
#include "services/password.h"
#include "storage/records/network_records.h"

namespace lw::testing {
namespace warm_pages_test {
namespace {

constexpr const char* kSiobhanPhone = "07700 900555";
constexpr const char* kSiobhanStreet = "4 Canal Street";

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++n;
  }
  return n;
}

class WarmPagesTest : public FrontDoorPagesTest {
 protected:
  void SetUp() override {
    FrontDoorPagesTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto people = tx.ListPeople({.limit = 1000});
      if (!people) return Fail(people.error());
      for (const Person& p : *people) {
        if (p.given_name == "Siobhan" && p.family_name == "Kelly") siobhan_ = p.id;
        if (p.given_name == "Daniel" && p.family_name == "Hughes") dan_ = p.id;
      }
      return Ok();
    }));
    ASSERT_FALSE(siobhan_.empty());
    ASSERT_FALSE(dan_.empty());
    const std::vector<WarmIntroduction> hers = Of(siobhan_);
    const std::vector<WarmIntroduction> his = Of(dan_);
    ASSERT_EQ(hers.size(), 1u);
    ASSERT_EQ(his.size(), 1u);
    siobhan_warm_ = hers[0].id;
    debt_service_ = hers[0].service_id;
    ASSERT_EQ(hers[0].service_name, "Debt advice appointments");
    dan_warm_ = his[0].id;
    ASSERT_EQ(his[0].service_name, "Hyde Walking for Health");
    // The reminder job runs once when the server starts, and records a
    // reminder on Siobhan's (12 days, not landed): wait for it, so that the
    // versions the tests read do not move under them.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (Stored(siobhan_warm_).reminders_sent == 0 &&
           std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_EQ(Stored(siobhan_warm_).reminders_sent, 1);
  }

  // A person's warm introductions as stored.
  std::vector<WarmIntroduction> Of(const std::string& person_id) {
    std::vector<WarmIntroduction> out;
    EXPECT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto list = records::List<WarmIntroduction>(tx, {.person_id = person_id});
      if (!list) return Fail(list.error());
      out = std::move(*list);
      return Ok();
    }));
    return out;
  }

  WarmIntroduction Stored(const std::string& id) {
    WarmIntroduction out;
    EXPECT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto w = records::Get<WarmIntroduction>(tx, id);
      if (!w) return Fail(w.error());
      if (!*w) return Fail(ErrorCode::kNotFound, "no warm introduction " + id);
      out = **w;
      return Ok();
    })) << id;
    return out;
  }

  // Records Siobhan's fuller details (through the team's API), so that
  // there is something behind each part she did and did not consent to.
  void RecordSiobhansDetails() {
    AccountService accounts(app().store(), clock_, random_, MinimalPasswordHashOptions());
    auto token = accounts.CreateApiToken(SystemActor("test"), "peer", "test");
    ASSERT_TRUE(token);
    HttpClient client(port());
    const boost::json::object body{
        {"pronouns", "she/her"},          {"address_line_1", kSiobhanStreet},
        {"address_town", "Millbrook"},    {"contact_methods", boost::json::array{"phone"}},
        {"phone", kSiobhanPhone},         {"safe_times", "Mornings"},
        {"reason", "Agreed with Siobhan"}};
    HttpResponse r =
        client.Send("PUT", "/api/v1/people/" + siobhan_ + "/details", boost::json::serialize(body),
                    {{"authorization", "Bearer " + *token},
                     {"content-type", "application/json"},
                     {"if-match", "\"0\""}});
    ASSERT_EQ(r.status, 200) << r.body;
  }

  // Posts a step on the introduction's page as `b`, with `version`.
  HttpResponse Step(Browser& b, const std::string& id, const std::string& to, long long version,
                    const std::string& note = "") {
    EXPECT_EQ(b.Get("/warm-introductions/" + id).status, 200);
    return b.Post(
        "/warm-introductions/" + id + "/step",
        {{"version", std::to_string(version)}, {"to", to}, {"reason", ""}, {"note", note}});
  }

  std::string siobhan_, dan_, siobhan_warm_, dan_warm_, debt_service_;
};

// 1. From the person's list through the directory to the consent form, and
// back to the list with the new introduction waiting for the service.
TEST_F(WarmPagesTest, APractitionerIntroducesDanWithConsentToShareContactDetailsOnly) {
  const std::size_t made_before = Audits("person", dan_, "warm_introduction.make");
  Browser priya = As("practitioner");
  const std::string list_url = "/people/" + dan_ + "/warm-introductions";
  HttpResponse list = priya.Get(list_url);
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_TRUE(Has(list.body, "Warm introductions for Dan Hughes"));
  EXPECT_TRUE(Has(list.body, "Hyde Walking for Health"));
  EXPECT_EQ(Count(list.body, "href=\"/warm-introductions/"), 1u);

  // "Find a service and introduce them": the directory, searching for them.
  std::string find = Find(list.body, R"re(href="(/directory\?for=[^"]+)")re");
  ASSERT_FALSE(find.empty());
  EXPECT_TRUE(Has(find, "for=" + dan_));
  for (std::size_t at = find.find("&amp;"); at != std::string::npos; at = find.find("&amp;")) {
    find.replace(at, 5, "&");
  }
  for (char& c : find) c = c == ' ' ? '+' : c;
  HttpResponse search =
      priya.Get(find + "&q=debt+advice+appointments&need=money-and-debt&within=25000");
  ASSERT_EQ(search.status, 200) << search.body;
  const std::string form_url =
      "/people/" + dan_ + "/warm-introductions/new?service=" + debt_service_;
  ASSERT_TRUE(Has(search.body, "href=\"" + form_url + "\"")) << search.body;

  HttpResponse form = priya.Get(form_url);
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(Has(form.body, "Introduce Dan Hughes to Debt advice appointments"));
  EXPECT_TRUE(Has(form.body, "The service will see Dan Hughes&#39;s name") ||
              Has(form.body, "The service will see Dan Hughes's name"));
  const std::string episode = Find(form.body, R"re(name="episode_id" value="([^"]+)")re");
  ASSERT_FALSE(episode.empty()) << "one open episode: a hidden field";
  EXPECT_EQ(Find(form.body, R"re(name="service_id" value="([^"]+)")re"), debt_service_);

  HttpResponse made = priya.Post("/people/" + dan_ + "/warm-introductions",
                                 {{"episode_id", episode},
                                  {"service_id", debt_service_},
                                  {"way", "service-gets-in-touch"},
                                  {"joint_on_day", ""},
                                  {"joint_on_month", ""},
                                  {"joint_on_year", ""},
                                  {"note", "Dan has rent arrears and would like help with them."},
                                  {"parts", "contact-details"},
                                  {"consent_given", "in-person"},
                                  {"consent_words", ""},
                                  {"confirm", "yes"}});
  ASSERT_EQ(made.status, 303) << made.body;
  EXPECT_EQ(made.Header("location"), list_url + "?done=made");
  HttpResponse after = priya.Get(made.Header("location"));
  ASSERT_EQ(after.status, 200);
  EXPECT_TRUE(Has(after.body, "Introduction made"));
  EXPECT_EQ(Count(after.body, "href=\"/warm-introductions/"), 2u);
  EXPECT_TRUE(Has(after.body, "Debt advice appointments"));
  EXPECT_TRUE(Has(after.body, "Waiting for the service"));

  // As stored: contact details only, consent in person, by Priya.
  std::vector<WarmIntroduction> his = Of(dan_);
  ASSERT_EQ(his.size(), 2u);
  const WarmIntroduction& w = his[0].id == dan_warm_ ? his[1] : his[0];
  EXPECT_EQ(w.state, WarmState::kMade);
  EXPECT_EQ(w.version, 1);
  EXPECT_EQ(w.service_id, debt_service_);
  EXPECT_EQ(w.episode_id, episode);
  EXPECT_EQ(w.consent.parts, std::vector<SharedPart>{SharedPart::kContactDetails});
  EXPECT_EQ(w.consent.given, ConsentGiven::kInPerson);
  EXPECT_FALSE(w.partner_organisation_id.empty());
  EXPECT_EQ(Audits("person", dan_, "warm_introduction.make"), made_before + 1);

  // Its own page, on the team's side.
  HttpResponse one = priya.Get("/warm-introductions/" + w.id);
  ASSERT_EQ(one.status, 200);
  EXPECT_TRUE(Has(one.body, "Introducing Dan Hughes to Debt advice appointments"));
  EXPECT_TRUE(Has(one.body, "Waiting for the service"));
  EXPECT_TRUE(Has(one.body, "How to contact them"));
  EXPECT_FALSE(Has(one.body, "Their date of birth"));
}

// 2. The consent form sent as it first appears: every problem listed,
// nothing stored.
TEST_F(WarmPagesTest, AnEmptyConsentFormIsRefusedNamingEachProblemAndNothingIsStored) {
  const std::size_t made_before = Audits("person", dan_, "warm_introduction.make");
  Browser priya = As("practitioner");
  const std::string list_url = "/people/" + dan_ + "/warm-introductions";
  const std::string before = priya.Get(list_url).body;
  HttpResponse form =
      priya.Get("/people/" + dan_ + "/warm-introductions/new?service=" + debt_service_);
  ASSERT_EQ(form.status, 200);
  const std::string episode = Find(form.body, R"re(name="episode_id" value="([^"]+)")re");
  // What a browser sends: the hidden fields and the way checked by default.
  HttpResponse refused =
      priya.Post("/people/" + dan_ + "/warm-introductions", {{"episode_id", episode},
                                                             {"service_id", debt_service_},
                                                             {"way", "service-gets-in-touch"},
                                                             {"joint_on_day", ""},
                                                             {"joint_on_month", ""},
                                                             {"joint_on_year", ""},
                                                             {"note", ""},
                                                             {"consent_words", ""}});
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_TRUE(Has(refused.body, "nhsuk-error-summary"));
  EXPECT_TRUE(Has(refused.body, "<a href=\"#note\">Write a note for the service"));
  EXPECT_TRUE(Has(refused.body, "<a href=\"#consent_given\">Say how they gave their consent"));
  EXPECT_TRUE(Has(refused.body, "<a href=\"#confirm\">Confirm they have agreed"));
  EXPECT_FALSE(Has(refused.body, "href=\"#way\""));
  EXPECT_FALSE(Has(refused.body, "href=\"#parts\""));  // sharing nothing is allowed
  EXPECT_TRUE(Has(refused.body, "Introduce Dan Hughes to Debt advice appointments"));

  EXPECT_EQ(Of(dan_).size(), 1u);
  EXPECT_EQ(Audits("person", dan_, "warm_introduction.make"), made_before);
  const std::string after = priya.Get(list_url).body;
  EXPECT_EQ(Count(after, "href=\"/warm-introductions/"),
            Count(before, "href=\"/warm-introductions/"));
  EXPECT_FALSE(Has(after, "Debt advice appointments"));
}

// 3. The partner's side: the list, exactly the consented parts, and the
// steps, a stale one refused with nothing changed.
TEST_F(WarmPagesTest, ThePartnerSeesOnlyWhatSiobhanAgreedToShareAndRecordsInTouchThenMet) {
  RecordSiobhansDetails();
  if (HasFatalFailure()) return;
  Browser chris = As("partner");
  HttpResponse list = chris.Get("/warm-introductions");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_TRUE(Has(list.body, "Warm introductions to your services"));
  EXPECT_TRUE(Has(list.body, "href=\"/warm-introductions/" + siobhan_warm_ + "\">Siobhan Kelly"));
  EXPECT_FALSE(Has(list.body, dan_warm_));
  EXPECT_FALSE(Has(list.body, "Hughes"));

  const std::string url = "/warm-introductions/" + siobhan_warm_;
  HttpResponse page = chris.Get(url);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Has(page.body, "Introducing Siobhan Kelly to Debt advice appointments"));
  EXPECT_TRUE(Has(page.body, "council tax arrears"));  // the team's note
  EXPECT_TRUE(Has(page.body, "How to contact them"));
  EXPECT_TRUE(Has(page.body, kSiobhanPhone));
  EXPECT_TRUE(Has(page.body, "What matters to me"));
  EXPECT_TRUE(Has(page.body, "My mum. Painting."));
  EXPECT_TRUE(Has(page.body, "Not landed after 12 days"));
  // Not consented to: her story, her date of birth, her address, pronouns.
  for (const char* secret : {"My story so far", "I moved here last year", "Date of birth</dt>",
                             "1967-02-21", "21 February 1967", "Address</dt>", kSiobhanStreet,
                             "ML3 9QT", "Pronouns</dt>", "she/her", "Not my story"}) {
    EXPECT_FALSE(Has(page.body, secret)) << secret;
  }
  EXPECT_FALSE(Has(page.body, "Withdraw the introduction"));  // the team's only

  const long long v = Stored(siobhan_warm_).version;
  HttpResponse in_touch = chris.Post(url + "/step", {{"version", std::to_string(v)},
                                                     {"to", "in-touch"},
                                                     {"reason", ""},
                                                     {"note", "Called her this morning."}});
  ASSERT_EQ(in_touch.status, 303) << in_touch.body;
  EXPECT_EQ(in_touch.Header("location"), url + "?done=step");
  HttpResponse saved = chris.Get(url + "?done=step");
  EXPECT_TRUE(Has(saved.body, "Saved. The other side can see it."));
  EXPECT_TRUE(Has(saved.body, "Called her this morning."));
  EXPECT_TRUE(Has(saved.body, "(the service)"));
  EXPECT_EQ(Stored(siobhan_warm_).state, WarmState::kInTouch);
  EXPECT_EQ(Stored(siobhan_warm_).version, v + 1);

  // Met, based on the version before "in touch": someone changed it first.
  HttpResponse stale = chris.Post(
      url + "/step",
      {{"version", std::to_string(v)}, {"to", "met"}, {"reason", ""}, {"note", "She came in."}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_TRUE(Has(stale.body, "Someone changed this introduction while you were reading it"));
  EXPECT_TRUE(Has(stale.body, "She came in."));  // what was typed is kept
  EXPECT_EQ(Stored(siobhan_warm_).state, WarmState::kInTouch);
  EXPECT_EQ(Stored(siobhan_warm_).version, v + 1);

  HttpResponse met = chris.Post(url + "/step", {{"version", std::to_string(v + 1)},
                                                {"to", "met"},
                                                {"reason", ""},
                                                {"note", "She came in."}});
  ASSERT_EQ(met.status, 303) << met.body;
  const WarmIntroduction now = Stored(siobhan_warm_);
  EXPECT_EQ(now.state, WarmState::kMet);
  EXPECT_EQ(now.version, v + 2);
  ASSERT_EQ(now.steps.size(), 2u);
  EXPECT_EQ(now.steps[1].side, WarmSide::kService);
  HttpResponse landed = chris.Get(url);
  EXPECT_TRUE(Has(landed.body, "Met: connected"));
  EXPECT_FALSE(Has(landed.body, "Let the team know how it is going"));  // no form once ended
  EXPECT_EQ(Audits("person", siobhan_, "warm_introduction.step"), 2u);

  // And a step on one that has ended is refused, nothing changed.
  EXPECT_EQ(Step(chris, siobhan_warm_, "in-touch", v + 2).status, 409);
  EXPECT_EQ(Stored(siobhan_warm_).version, v + 2);
}

// 4. Nobody else's: the partner, for Daniel's or a made-up one, and a
// commissioner for any warm page.
TEST_F(WarmPagesTest, OthersGetNotFoundAndNothingOfThePerson) {
  Browser chris = As("partner");
  HttpResponse his = chris.Get("/warm-introductions/" + dan_warm_);
  EXPECT_EQ(his.status, 404);
  for (const char* name : {"Dan", "Daniel", "Hughes", "Hyde Walking"}) {
    EXPECT_FALSE(Has(his.body, name)) << name;
  }
  HttpResponse step = chris.Post("/warm-introductions/" + dan_warm_ + "/step",
                                 {{"version", std::to_string(Stored(dan_warm_).version)},
                                  {"to", "did-not-work-out"},
                                  {"reason", "other"},
                                  {"note", "x"}});
  EXPECT_EQ(step.status, 404);
  EXPECT_FALSE(Has(step.body, "Hughes"));
  EXPECT_EQ(chris.Get("/warm-introductions/0b5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d").status, 404);
  EXPECT_EQ(chris.Get("/warm-introductions/not-an-id").status, 404);
  EXPECT_EQ(chris.Get("/people/" + siobhan_ + "/warm-introductions").status, 404);
  EXPECT_EQ(Audits("person", dan_, "person.access_refused"), 2u);

  Browser morgan = As("commissioner");
  for (const std::string& target :
       {std::string("/warm-introductions"), "/warm-introductions/" + siobhan_warm_,
        "/warm-introductions/" + dan_warm_, "/people/" + siobhan_ + "/warm-introductions",
        "/people/" + dan_ + "/warm-introductions/new?service=" + debt_service_}) {
    HttpResponse r = morgan.Get(target);
    EXPECT_TRUE(r.status == 404 || r.status == 403) << target << ": " << r.status;
    EXPECT_FALSE(Has(r.body, "Siobhan")) << target;
    EXPECT_FALSE(Has(r.body, "Hughes")) << target;
  }
  HttpResponse post = morgan.Post("/warm-introductions/" + siobhan_warm_ + "/step",
                                  {{"version", std::to_string(Stored(siobhan_warm_).version)},
                                   {"to", "met"},
                                   {"reason", ""},
                                   {"note", ""}});
  EXPECT_TRUE(post.status == 404 || post.status == 403) << post.status;
  EXPECT_EQ(Stored(siobhan_warm_).state, WarmState::kMade);
}

// 5. A withdrawal needs a note; then the partner sees nothing of her.
TEST_F(WarmPagesTest, AWithdrawnIntroductionShowsThePartnerNothingOfThePerson) {
  RecordSiobhansDetails();
  if (HasFatalFailure()) return;
  Browser sam = As("peer");
  const std::string url = "/warm-introductions/" + siobhan_warm_;
  HttpResponse page = sam.Get(url);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "Withdraw the introduction"));
  const long long v = Stored(siobhan_warm_).version;

  HttpResponse no_note = Step(sam, siobhan_warm_, "withdrawn", v);
  EXPECT_EQ(no_note.status, 422) << no_note.body;
  EXPECT_TRUE(Has(no_note.body, "href=\"#step_note\""));
  EXPECT_EQ(Stored(siobhan_warm_).state, WarmState::kMade);

  HttpResponse withdrawn = Step(sam, siobhan_warm_, "withdrawn", v, "Withdrawn at the huddle.");
  ASSERT_EQ(withdrawn.status, 303) << withdrawn.body;
  EXPECT_EQ(Stored(siobhan_warm_).state, WarmState::kWithdrawn);
  EXPECT_TRUE(Has(sam.Get(url).body, "Withdrawn"));

  Browser chris = As("partner");
  HttpResponse seen = chris.Get(url);
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_TRUE(Has(seen.body, "Warm introduction to Debt advice appointments"));
  EXPECT_TRUE(Has(seen.body, "Nothing about the person is shared"));
  for (const char* secret :
       {"Siobhan", "Kelly", "council tax", "bailiff", "How to contact them", kSiobhanPhone,
        "What matters to me", "My mum. Painting.", "What they agreed to share with you"}) {
    EXPECT_FALSE(Has(seen.body, secret)) << secret;
  }
  EXPECT_FALSE(Has(seen.body, "Let the team know how it is going"));
  HttpResponse list = chris.Get("/warm-introductions");
  EXPECT_TRUE(Has(list.body, "href=\"/warm-introductions/" + siobhan_warm_ + "\">Withdrawn"));
  EXPECT_FALSE(Has(list.body, "Siobhan"));
}

// 5b. What the team wrote when withdrawing it (or on earlier steps) is
// about the person too, and is not the service's to read once withdrawn.
TEST_F(WarmPagesTest, TheTeamsStepNotesAreNotShownToThePartnerOnceWithdrawn) {
  Browser sam = As("peer");
  HttpResponse in_touch = Step(sam, siobhan_warm_, "in-touch", Stored(siobhan_warm_).version,
                               "Siobhan's bailiff visit is on Friday.");
  ASSERT_EQ(in_touch.status, 303) << in_touch.body;
  HttpResponse withdrawn = Step(sam, siobhan_warm_, "withdrawn", Stored(siobhan_warm_).version,
                                "Siobhan changed her mind: her sister is helping with the debts.");
  ASSERT_EQ(withdrawn.status, 303) << withdrawn.body;
  HttpResponse seen = As("partner").Get("/warm-introductions/" + siobhan_warm_);
  ASSERT_EQ(seen.status, 200);
  for (const char* secret : {"Siobhan", "bailiff visit", "her sister"}) {
    EXPECT_FALSE(Has(seen.body, secret)) << secret;
  }
}

// 6. One not landed in time is on the team's huddle board, linked; once it
// lands it is not.
TEST_F(WarmPagesTest, TheHuddleListsSiobhansIntroductionAsNotLanded) {
  Browser priya = As("practitioner");
  HttpResponse board = priya.Get("/huddle");
  ASSERT_EQ(board.status, 200) << board.body;
  EXPECT_TRUE(Has(board.body, "Warm introductions not yet landed"));
  EXPECT_TRUE(Has(board.body, "Warm introduction to Debt advice appointments made 12 days ago"));
  EXPECT_TRUE(Has(board.body, "href=\"/warm-introductions/" + siobhan_warm_ + "\""));
  EXPECT_FALSE(Has(board.body, "href=\"/warm-introductions/" + dan_warm_ + "\""));  // met
  HttpResponse page = priya.Get("/warm-introductions/" + siobhan_warm_);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "It is on the team&#39;s huddle board") ||
              Has(page.body, "It is on the team's huddle board"));

  Browser chris = As("partner");
  ASSERT_EQ(Step(chris, siobhan_warm_, "met", Stored(siobhan_warm_).version).status, 303);
  EXPECT_FALSE(Has(priya.Get("/huddle").body, "href=\"/warm-introductions/" + siobhan_warm_));
}

// 7. The partner's read of her introduction is on her record's audit.
TEST_F(WarmPagesTest, ThePartnersReadIsAuditedOnHerRecord) {
  EXPECT_EQ(Audits("person", siobhan_, "warm_introduction.shared_read"), 0u);
  Browser chris = As("partner");
  ASSERT_EQ(chris.Get("/warm-introductions").status, 200);
  EXPECT_EQ(Audits("person", siobhan_, "warm_introduction.partner_list"), 1u);
  EXPECT_EQ(Audits("person", siobhan_, "warm_introduction.shared_read"), 0u);
  ASSERT_EQ(chris.Get("/warm-introductions/" + siobhan_warm_).status, 200);
  EXPECT_EQ(Audits("person", siobhan_, "warm_introduction.shared_read"), 1u);
  EXPECT_EQ(Audits("person", dan_, "warm_introduction.shared_read"), 0u);
  // Who read it: the partner, as a network partner.
  bool found = false;
  ASSERT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto entries = tx.AuditForRecord("person", siobhan_);
    if (!entries) return Fail(entries.error());
    for (const auto& e : *entries) {
      if (e.event.action != "warm_introduction.shared_read") continue;
      found = true;
      EXPECT_EQ(e.event.actor_role, "network-partner");
      EXPECT_FALSE(e.event.actor_user_id.empty());
    }
    return Ok();
  }));
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace warm_pages_test
}  // namespace lw::testing

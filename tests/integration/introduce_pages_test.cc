// The public "Introduce yourself" journey over real HTTP: every step to a
// reference, the stored introduction and its audit entry, double
// submission, the honeypot, the per-address limit, every kind of bad
// input, CSRF, and that nothing about existing records is revealed.
#include <gtest/gtest.h>

#include <cctype>
#include <chrono>
#include <optional>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "app_fixture.h"
#include "domain/frontdoor/introduction.h"
#include "domain/ports/store.h"

namespace lw::testing {
namespace introduce_pages_test {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string Encode(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string Body(const Fields& fields) {
  std::string body;
  for (const auto& [name, value] : fields) {
    if (!body.empty()) body += '&';
    body += Encode(name) + "=" + Encode(value);
  }
  return body;
}

std::string Unescape(std::string s) {
  for (auto [from, to] :
       {std::pair{"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) {
      s.replace(at, std::string_view(from).size(), to);
    }
  }
  return s;
}

// The hidden inputs of the form with id `form_id`, as a browser sends them.
Fields HiddenFieldsOf(const std::string& html, const std::string& form_id) {
  std::size_t start = html.find("<form id=\"" + form_id + "\"");
  if (start == std::string::npos) return {};
  std::size_t end = html.find("</form>", start);
  std::string form = html.substr(start, end - start);
  static const std::regex kHidden(R"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re");
  Fields out;
  for (auto it = std::sregex_iterator(form.begin(), form.end(), kHidden);
       it != std::sregex_iterator(); ++it) {
    out.emplace_back(Unescape((*it)[1]), Unescape((*it)[2]));
  }
  return out;
}

std::string ReferenceIn(const std::string& html) {
  static const std::regex kReference(R"(LW-[0-9A-Z]{4}-[0-9A-Z]{4})");
  std::smatch m;
  return std::regex_search(html, m, kReference) ? m.str() : "";
}

// The first neighbourhood radio's value on the about page.
std::string FirstNeighbourhood(const std::string& html) {
  static const std::regex kRadio(R"re(name="neighbourhood" type="radio" value="([^"]+)")re");
  std::smatch m;
  return std::regex_search(html, m, kRadio) ? m[1].str() : "";
}

// The value of the neighbourhood radio labelled `name`.
std::string NeighbourhoodNamed(const std::string& html, const std::string& name) {
  const std::regex radio(
      "value=\"([^\"]+)\">\n<label class=\"nhsuk-label nhsuk-radios__label\" "
      "for=\"neighbourhood[-0-9]*\">" +
      name + "</label>");
  std::smatch m;
  return std::regex_search(html, m, radio) ? m[1].str() : "";
}

class IntroducePagesTest : public AppFixture {
 protected:
  // A visitor with a browser's cookie jar.
  struct Visitor {
    explicit Visitor(int port) : client(port) { client.UseCookieJar(&jar); }
    HttpClient client;
    CookieJar jar;
    std::string csrf;
  };

  HttpResponse Start(Visitor& v) {
    HttpResponse r = v.client.Get("/introduce");
    v.csrf = CsrfFrom(r.body);
    return r;
  }

  // Submits the step form on `page` (its hidden fields plus `answers`) to
  // /introduce/<to>.
  HttpResponse Continue(Visitor& v, const std::string& page, const Fields& answers,
                        const std::string& to) {
    Fields fields = HiddenFieldsOf(page, "introduce");
    if (fields.empty()) fields.emplace_back("csrf_token", v.csrf);
    fields.insert(fields.end(), answers.begin(), answers.end());
    return v.client.Post("/introduce/" + to, Body(fields));
  }

  // Every answer for someone introducing themselves, as one form.
  Fields Complete(const std::string& neighbourhood) {
    return {{"source", "self"},
            {"given_name", "Robin"},
            {"family_name", "Castellano"},
            {"date_of_birth_day", "9"},
            {"date_of_birth_month", "11"},
            {"date_of_birth_year", "1991"},
            {"postcode", "ml1 5rt"},
            {"neighbourhood", neighbourhood},
            {"in_their_words", "Work has been too much lately."},
            {"contact_methods", "phone"},
            {"phone", "07700 900123"},
            {"may_leave_message", "no"},
            {"privacy_agreed", "yes"}};
  }

  // Sends a whole introduction straight to /introduce/send with a fresh
  // key, as the last step's form would.
  HttpResponse SendDirect(Visitor& v, Fields fields, const std::string& key = "") {
    fields.emplace_back("csrf_token", v.csrf);
    fields.emplace_back("step", "check");
    fields.emplace_back("submission_key", key.empty() ? "key-" + std::to_string(++keys_) : key);
    return v.client.Post("/introduce/send", Body(fields));
  }

  std::string Neighbourhood(Visitor& v) {
    HttpResponse about =
        v.client.Post("/introduce/about", Body({{"csrf_token", v.csrf}, {"source", "self"}}));
    return FirstNeighbourhood(about.body);
  }

  std::optional<Introduction> Stored(const std::string& reference) {
    std::optional<Introduction> found;
    auto done = app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto in = tx.FindIntroductionByReference(reference);
      if (!in) return Fail(in.error());
      found = std::move(*in);
      return Ok();
    });
    EXPECT_TRUE(done) << done.error().message;
    return found;
  }

  std::int64_t IntroductionCount() {
    std::int64_t total = -1;
    auto done = app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto counts = tx.CountIntroductions(IntroductionFilter{.open_only = false}, clock_.Now());
      if (!counts) return Fail(counts.error());
      total = counts->total;
      return Ok();
    });
    EXPECT_TRUE(done) << done.error().message;
    return total;
  }

  std::vector<AuditEntry> Audit() {
    std::vector<AuditEntry> all;
    auto done = app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto entries = tx.ReadAudit(0, 100'000);
      if (!entries) return Fail(entries.error());
      all = std::move(*entries);
      return Ok();
    });
    EXPECT_TRUE(done) << done.error().message;
    return all;
  }

  int keys_ = 0;
};

TEST_F(IntroducePagesTest, EveryStepToAReferenceAndTheStoredIntroduction) {
  Visitor v(port());
  HttpResponse start = Start(v);
  ASSERT_EQ(start.status, 200);
  EXPECT_TRUE(v.jar.Get("lw_csrf").has_value()) << "the start page sets the pre-session cookie";
  EXPECT_FALSE(v.csrf.empty());
  EXPECT_NE(start.body.find("Samaritans free on 116 123"), std::string::npos);
  EXPECT_NE(start.body.find("within 14 days"), std::string::npos);

  HttpResponse about = Continue(v, start.body, {{"source", "self"}}, "about");
  ASSERT_EQ(about.status, 200) << about.body;
  EXPECT_NE(about.body.find("About you</h1>"), std::string::npos);
  EXPECT_NE(about.body.find("Samaritans free on 116 123"), std::string::npos);
  const std::string north = NeighbourhoodNamed(about.body, "Millbrook North");
  ASSERT_FALSE(north.empty());

  HttpResponse story = Continue(v, about.body,
                                {{"given_name", "Robin"},
                                 {"family_name", "Castellano"},
                                 {"date_of_birth_day", "9"},
                                 {"date_of_birth_month", "11"},
                                 {"date_of_birth_year", "1991"},
                                 {"postcode", "ml1 5rt"},
                                 {"neighbourhood", north}},
                                "story");
  ASSERT_EQ(story.status, 200) << story.body;
  EXPECT_NE(story.body.find("What is going on for you</h1>"), std::string::npos);

  const std::string words = "I <b>can't</b> sleep <script>alert(1)</script>";
  HttpResponse contact = Continue(
      v, story.body, {{"in_their_words", words}, {"help_wanted", "Someone to talk to"}}, "contact");
  ASSERT_EQ(contact.status, 200) << contact.body;

  HttpResponse equality = Continue(v, contact.body,
                                   {{"contact_methods", "phone"},
                                    {"contact_methods", "email"},
                                    {"phone", "07700 900123"},
                                    {"email", "robin@example.com"},
                                    {"may_leave_message", "yes"},
                                    {"safe_times", "Evenings"}},
                                   "equality");
  ASSERT_EQ(equality.status, 200) << equality.body;
  EXPECT_NE(equality.body.find("Equality questions</h1>"), std::string::npos);

  HttpResponse check = Continue(
      v, equality.body,
      {{"equality_gender", "non-binary"}, {"equality_caring", "prefer-not-to-say"}}, "check");
  ASSERT_EQ(check.status, 200) << check.body;
  EXPECT_NE(check.body.find("Check your answers</h1>"), std::string::npos);
  EXPECT_NE(check.body.find("I &lt;b&gt;can&#39;t&lt;/b&gt; sleep "
                            "&lt;script&gt;alert(1)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_EQ(check.body.find("<script>alert(1)"), std::string::npos);
  EXPECT_NE(check.body.find("ML1 5RT"), std::string::npos);
  EXPECT_NE(check.body.find("9 November 1991"), std::string::npos);
  EXPECT_NE(check.body.find("Millbrook North"), std::string::npos);

  HttpResponse sent = Continue(v, check.body, {{"privacy_agreed", "yes"}}, "send");
  ASSERT_EQ(sent.status, 200) << sent.body;
  EXPECT_NE(sent.body.find("Introduction sent"), std::string::npos);
  EXPECT_NE(sent.body.find("Samaritans free on 116 123"), std::string::npos);
  const std::string reference = ReferenceIn(sent.body);
  ASSERT_FALSE(reference.empty()) << sent.body;

  std::optional<Introduction> in = Stored(reference);
  ASSERT_TRUE(in.has_value());
  EXPECT_EQ(in->source, IntroductionSource::kSelf);
  EXPECT_TRUE(in->made_by_user_id.empty());
  EXPECT_EQ(in->given_name, "Robin");
  EXPECT_EQ(in->family_name, "Castellano");
  EXPECT_EQ(in->date_of_birth, *Date::FromYmd(1991, 11, 9));
  EXPECT_EQ(in->postcode, "ML1 5RT");
  EXPECT_EQ(in->in_their_words, words) << "stored as written, escaped only when shown";
  EXPECT_EQ(in->help_wanted, "Someone to talk to");
  EXPECT_EQ(in->contact.methods, (std::vector{ContactMethod::kPhone, ContactMethod::kEmail}));
  EXPECT_EQ(in->contact.email, "robin@example.com");
  EXPECT_TRUE(in->contact.may_leave_message);
  EXPECT_EQ(in->contact.safe_times, "Evenings");
  EXPECT_EQ(in->equality.AnswerTo("gender"), "non-binary");
  EXPECT_EQ(in->equality.AnswerTo("caring"), "prefer-not-to-say");
  EXPECT_TRUE(in->privacy_agreed);
  EXPECT_EQ(in->state, IntroductionState::kOpen);

  // The North neighbourhood's team has it.
  std::string north_team;
  auto teams = app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto list = tx.ListTeams();
    if (!list) return Fail(list.error());
    for (const Team& t : *list) {
      if (t.neighbourhood_id == north) north_team = t.id;
    }
    return Ok();
  });
  ASSERT_TRUE(teams);
  EXPECT_EQ(in->team_id, north_team);

  int creates = 0;
  for (const AuditEntry& e : Audit()) {
    if (e.event.action == "introduction.create" && e.event.record_id == in->id) ++creates;
  }
  EXPECT_EQ(creates, 1);
}

TEST_F(IntroducePagesTest, SomeoneIntroducingSomeoneTheyCareAbout) {
  Visitor v(port());
  HttpResponse start = Start(v);
  HttpResponse about = Continue(v, start.body, {{"source", "carer-or-family"}}, "about");
  ASSERT_EQ(about.status, 200);
  EXPECT_NE(about.body.find("id=\"introducer_name\""), std::string::npos);
  const std::string hood = FirstNeighbourhood(about.body);
  Fields them = {{"given_name", "Alex"},           {"family_name", "Moreno"},
                 {"date_of_birth_day", "1"},       {"date_of_birth_month", "2"},
                 {"date_of_birth_year", "1980"},   {"neighbourhood", "not-sure"},
                 {"introducer_name", "Jo Moreno"}, {"introducer_relationship", "Sister"}};
  HttpResponse missing = Continue(v, about.body, them, "story");
  EXPECT_EQ(missing.status, 422);
  EXPECT_NE(missing.body.find("<a href=\"#person_knows\">Confirm that they know about this "
                              "introduction</a>"),
            std::string::npos);
  EXPECT_NE(missing.body.find("<title>Error: "), std::string::npos);
  them.emplace_back("person_knows", "yes");
  HttpResponse story = Continue(v, missing.body, them, "story");
  ASSERT_EQ(story.status, 200) << story.body;
  HttpResponse contact =
      Continue(v, story.body, {{"in_their_words", "She has stopped going out."}}, "contact");
  HttpResponse equality = Continue(
      v, contact.body, {{"contact_methods", "text"}, {"phone", "07700 900456"}}, "equality");
  HttpResponse check = Continue(v, equality.body, {}, "check");
  ASSERT_EQ(check.status, 200) << check.body;
  EXPECT_NE(check.body.find("Jo Moreno"), std::string::npos);
  HttpResponse sent = Continue(v, check.body, {{"privacy_agreed", "yes"}}, "send");
  ASSERT_EQ(sent.status, 200) << sent.body;
  EXPECT_NE(sent.body.find("the person you introduced"), std::string::npos);
  auto in = Stored(ReferenceIn(sent.body));
  ASSERT_TRUE(in.has_value());
  EXPECT_EQ(in->source, IntroductionSource::kCarerOrFamily);
  EXPECT_EQ(in->introducer_name, "Jo Moreno");
  EXPECT_EQ(in->introducer_relationship, "Sister");
  EXPECT_TRUE(in->person_knows);
  EXPECT_TRUE(in->postcode.empty()) << "no fixed address is fine";
}

TEST_F(IntroducePagesTest, ChangeFromTheCheckPageKeepsTheAnswersAndReturns) {
  Visitor v(port());
  Start(v);
  const std::string hood = Neighbourhood(v);
  Fields answers = Complete(hood);
  answers.emplace_back("csrf_token", v.csrf);
  HttpResponse check = v.client.Post("/introduce/check", Body(answers));
  ASSERT_EQ(check.status, 200) << check.body;
  // "Change" on the name: the journey form with changing=yes, to about.
  Fields change = HiddenFieldsOf(check.body, "journey");
  change.emplace_back("changing", "yes");
  HttpResponse about = v.client.Post("/introduce/about", Body(change));
  ASSERT_EQ(about.status, 200);
  EXPECT_NE(about.body.find("value=\"Robin\""), std::string::npos);
  EXPECT_NE(about.body.find("action=\"/introduce/check\""), std::string::npos);
  Fields edited = HiddenFieldsOf(about.body, "introduce");
  for (const auto& [name, value] : Complete(hood)) {
    if (name == "given_name") {
      edited.emplace_back(name, "Robyn");
    } else if (name != "privacy_agreed" && name != "source" && name != "in_their_words" &&
               name != "contact_methods" && name != "phone" && name != "may_leave_message") {
      edited.emplace_back(name, value);
    }
  }
  HttpResponse back = v.client.Post("/introduce/check", Body(edited));
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_NE(back.body.find("Robyn Castellano"), std::string::npos);
  EXPECT_NE(back.body.find("Work has been too much lately."), std::string::npos)
      << "the other answers came along";
}

TEST_F(IntroducePagesTest, ADoubleSubmissionMakesOneIntroduction) {
  Visitor v(port());
  Start(v);
  Fields answers = Complete(Neighbourhood(v));
  const std::int64_t before = IntroductionCount();
  HttpResponse first = SendDirect(v, answers, "double-click-key");
  HttpResponse second = SendDirect(v, answers, "double-click-key");
  ASSERT_EQ(first.status, 200) << first.body;
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_FALSE(ReferenceIn(first.body).empty());
  EXPECT_EQ(ReferenceIn(first.body), ReferenceIn(second.body));
  EXPECT_EQ(IntroductionCount(), before + 1);
}

TEST_F(IntroducePagesTest, AFilledHoneypotIsAnErrorAndStoresNothing) {
  Visitor v(port());
  Start(v);
  Fields answers = Complete(Neighbourhood(v));
  answers.emplace_back("website", "http://cheap-pills.example");
  const std::int64_t before = IntroductionCount();
  HttpResponse r = SendDirect(v, answers);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("<a href=\"#website\">Delete what is in the box"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"http://cheap-pills.example\""), std::string::npos)
      << "shown, so a person whose browser filled it can empty it";
  EXPECT_EQ(IntroductionCount(), before);
  // Emptied, it goes through.
  std::erase_if(answers, [](const auto& f) { return f.first == "website"; });
  EXPECT_EQ(SendDirect(v, answers).status, 200);
  EXPECT_EQ(IntroductionCount(), before + 1);
}

TEST_F(IntroducePagesTest, EveryBadInputIsA422WithItsOwnMessageAndNothingIsStored) {
  Visitor v(port());
  Start(v);
  const std::string hood = Neighbourhood(v);
  struct Case {
    const char* field;
    std::string value;
    const char* anchor;
    const char* message;
  };
  const Case cases[] = {
      {"given_name", "", "given_name", "Enter your first name"},
      {"family_name", "   ", "family_name", "Enter your last name"},
      {"date_of_birth_day", "31", "date_of_birth_day", ""},  // with month 2, below
      {"date_of_birth_year", "2030", "date_of_birth_day", "Date of birth must be in the past"},
      {"date_of_birth_year", "2015", "date_of_birth_day",
       "Living Well is for people aged 16 or over"},
      {"date_of_birth_month", "", "date_of_birth_day", "Date of birth must include a month"},
      {"postcode", "NOT A POSTCODE", "postcode", "Enter a real postcode, like SK14 1AA"},
      {"in_their_words", "", "in_their_words", "Tell us what is going on, in your own words"},
      {"in_their_words", std::string(5001, 'x'), "in_their_words",
       "What is going on must be 5000 characters or fewer"},
      {"preferred_name", std::string(101, 'y'), "preferred_name",
       "Preferred name must be 100 characters or fewer"},
      {"source", "gp", "source", "Select who this introduction is for"},
      {"neighbourhood", "nowhere", "neighbourhood", "Select an area from the list"},
      {"neighbourhood", "", "neighbourhood", "Select the area where you live"},
      {"contact_methods", "fax", "contact_methods", "Select ways to contact from the list"},
      {"phone", "", "phone", "Enter a phone number, so we can call or text you"},
      {"phone", "call me", "phone", "Enter a phone number, like 07700 900 982"},
      {"may_leave_message", "maybe", "may_leave_message", "Select yes or no"},
      {"equality_gender", "martian", "equality_gender",
       "Select an answer from the list, or prefer not to say"},
      {"privacy_agreed", "", "privacy_agreed", "Confirm that you have read the privacy notice"},
  };
  const std::int64_t before = IntroductionCount();
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.field) + "=" + c.value.substr(0, 20));
    Fields answers = Complete(hood);
    bool replaced = false;
    for (auto& [name, value] : answers) {
      if (name == c.field) {
        value = c.value;
        replaced = true;
      }
    }
    if (!replaced) answers.emplace_back(c.field, c.value);
    std::string message = c.message;
    if (std::string_view(c.field) == "date_of_birth_day") {
      for (auto& [name, value] : answers) {
        if (name == "date_of_birth_month") value = "2";
      }
      message = "Enter a real date of birth";
    }
    HttpResponse r = SendDirect(v, answers);
    EXPECT_EQ(r.status, 422) << r.body.substr(0, 200);
    EXPECT_NE(r.body.find("<a href=\"#" + std::string(c.anchor) + "\">" + message),
              std::string::npos)
        << "no summary link to #" << c.anchor << " saying " << message;
    EXPECT_NE(r.body.find("<title>Error: "), std::string::npos);
    EXPECT_NE(r.body.find("<span class=\"nhsuk-u-visually-hidden\">Error: </span>" + message),
              std::string::npos)
        << "the message is beside the field too";
  }
  // An answer to a question the form does not ask is named, without a link.
  Fields extra = Complete(hood);
  extra.emplace_back("equality_shoe_size", "9");
  HttpResponse r = SendDirect(v, extra);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("<li>Answer only the questions on the form</li>"), std::string::npos);
  EXPECT_EQ(IntroductionCount(), before);
}

TEST_F(IntroducePagesTest, WithoutTheCsrfTokenNothingIsAccepted) {
  Visitor v(port());
  Start(v);
  Fields answers = Complete(Neighbourhood(v));
  const std::int64_t before = IntroductionCount();
  answers.emplace_back("submission_key", "csrf-test");
  HttpResponse no_token = v.client.Post("/introduce/send", Body(answers));
  EXPECT_EQ(no_token.status, 403);
  answers.emplace_back("csrf_token", "guessed");
  EXPECT_EQ(v.client.Post("/introduce/send", Body(answers)).status, 403);
  // Another browser with the right form but not the cookie.
  HttpClient stranger(port());
  answers.back().second = v.csrf;
  EXPECT_EQ(stranger.Post("/introduce/send", Body(answers)).status, 403);
  EXPECT_EQ(stranger.Post("/introduce/about", Body(answers)).status, 403);
  EXPECT_EQ(IntroductionCount(), before);
}

TEST_F(IntroducePagesTest, NothingAboutExistingRecordsIsRevealed) {
  Visitor v(port());
  Start(v);
  const std::string hood = Neighbourhood(v);
  // Jordan Ellis introduced themselves in the demo data; Robin is new.
  Fields jordan = Complete(hood);
  for (auto& [name, value] : jordan) {
    if (name == "given_name") value = "Jordan";
    if (name == "family_name") value = "Ellis";
    if (name == "date_of_birth_day") value = "4";
    if (name == "date_of_birth_month") value = "6";
    if (name == "date_of_birth_year") value = "1999";
  }
  HttpResponse known = SendDirect(v, jordan);
  HttpResponse fresh = SendDirect(v, Complete(hood));
  ASSERT_EQ(known.status, 200);
  ASSERT_EQ(fresh.status, 200);
  std::string a = known.body, b = fresh.body;
  a.replace(a.find(ReferenceIn(a)), 12, "LW-XXXX-XXXX");
  b.replace(b.find(ReferenceIn(b)), 12, "LW-XXXX-XXXX");
  EXPECT_EQ(a, b) << "the same page whether or not we know them";
  for (const char* name : {"Jordan", "Ellis", "Priya", "Lena", "Ola"}) {
    EXPECT_EQ(known.body.find(name), std::string::npos) << name;
  }
}

TEST_F(IntroducePagesTest, StepsAreFormsNotAddressesAndThePrivacyNoticeIsPublic) {
  HttpClient client(port());
  HttpResponse step = client.Get("/introduce/check");
  EXPECT_EQ(step.status, 303);
  EXPECT_EQ(step.Header("location"), "/introduce");
  HttpResponse privacy = client.Get("/privacy");
  EXPECT_EQ(privacy.status, 200);
  EXPECT_NE(privacy.body.find("Privacy notice</h1>"), std::string::npos);
  EXPECT_NE(privacy.body.find("Samaritans free on 116 123"), std::string::npos);
}

// A locality's own settings: a small per-address limit, its crisis text,
// an older minimum age, a longer target.
class IntroduceSettingsTest : public IntroducePagesTest {
 protected:
  void Configure(Config& config) override {
    config.introduce_limit = 2;
    config.crisis_text = "Millbrook crisis line: 0800 000 0000, any time.";
    config.minimum_age = 18;
    config.target_days = 21;
  }
};

TEST_F(IntroduceSettingsTest, TheLocalitysWordsAndRules) {
  Visitor v(port());
  HttpResponse start = Start(v);
  EXPECT_NE(start.body.find("Millbrook crisis line: 0800 000 0000, any time."), std::string::npos);
  EXPECT_NE(start.body.find("within 21 days"), std::string::npos);
  Fields young = Complete(Neighbourhood(v));
  for (auto& [name, value] : young) {
    if (name == "date_of_birth_year") value = "2009";  // 16 on 28 May 2026
  }
  HttpResponse r = SendDirect(v, young);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Living Well is for people aged 18 or over"), std::string::npos);
}

TEST_F(IntroduceSettingsTest, TooManyFromOneAddressIsA429WithOtherWaysIn) {
  Visitor v(port());
  Start(v);
  const std::string hood = Neighbourhood(v);
  const std::int64_t before = IntroductionCount();
  EXPECT_EQ(SendDirect(v, Complete(hood)).status, 200);
  EXPECT_EQ(SendDirect(v, Complete(hood)).status, 200);
  HttpResponse third = SendDirect(v, Complete(hood));
  EXPECT_EQ(third.status, 429);
  EXPECT_NE(third.body.find("Your introduction has not been sent"), std::string::npos);
  EXPECT_NE(third.body.find("Millbrook crisis line"), std::string::npos);
  EXPECT_NE(third.body.find("ask your GP"), std::string::npos);
  EXPECT_NE(third.body.find("value=\"Robin\""), std::string::npos) << "answers kept";
  EXPECT_EQ(IntroductionCount(), before + 2);
  // An hour later it is accepted again.
  clock_.Advance(std::chrono::minutes(61));
  EXPECT_EQ(SendDirect(v, Complete(hood)).status, 200);
}

}  // namespace
}  // namespace introduce_pages_test
}  // namespace lw::testing

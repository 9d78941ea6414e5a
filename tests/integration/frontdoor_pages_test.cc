// The front door for staff and partners over real HTTP: recording
// introductions, the list, every action on one introduction, bad input of
// every kind, access, audit, and a person who comes back.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "app_fixture.h"

namespace lw::testing {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string Encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
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

// The first capture of `pattern` in `text`, "" if none.
std::string Find(const std::string& text, const std::string& pattern) {
  std::smatch m;
  if (std::regex_search(text, m, std::regex(pattern))) return m[1];
  return "";
}

std::string CsrfOf(const std::string& html) {
  return Find(html, R"re(name="csrf_token" value="([^"]+)")re");
}

bool Has(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// A signed-in browser. Both parts live on the heap: the client points at
// the jar, and a Browser is moved around.
struct Browser {
  std::unique_ptr<HttpClient> client;
  std::unique_ptr<CookieJar> jar;
  std::string csrf;

  HttpResponse Get(const std::string& target) {
    HttpResponse r = client->Get(target);
    if (std::string c = CsrfOf(r.body); !c.empty()) csrf = c;
    return r;
  }
  HttpResponse Post(const std::string& target, Fields fields) {
    fields.emplace_back("csrf_token", csrf);
    return client->Post(target, Body(fields));
  }
};

// A GP introduction of someone new, as the form sends it.
Fields GpIntroduction(const std::string& given = "Nia", const std::string& family = "Jones") {
  return {{"source", "gp"},
          {"introducer_name", "Dr Ahmed"},
          {"introducer_organisation", "Millbrook Medical Centre"},
          {"given_name", given},
          {"family_name", family},
          {"date_of_birth_day", "14"},
          {"date_of_birth_month", "7"},
          {"date_of_birth_year", "1988"},
          {"postcode", "ML1 2AB"},
          {"contact_methods", "phone"},
          {"contact_methods", "text"},
          {"phone", "07700 900982"},
          {"may_leave_message", "no"},
          {"in_their_words", "I have not been sleeping and I feel alone."},
          {"help_wanted", "Someone to talk to"}};
}

class FrontDoorPagesTest : public AppFixture {
 protected:
  Browser As(const std::string& username) {
    Browser b;
    b.client = std::make_unique<HttpClient>(port());
    b.jar = std::make_unique<CookieJar>();
    HttpResponse r = SignIn(*b.client, *b.jar, username);
    EXPECT_EQ(r.status, 303) << username << "\n" << r.body.substr(r.body.find("<main"), 600);
    return b;
  }

  // Records an introduction through the form; returns its id ("" on failure).
  std::string Record(Browser& b, Fields fields, std::string* location = nullptr) {
    HttpResponse form = b.Get("/front-door/new");
    EXPECT_EQ(form.status, 200);
    fields.emplace_back("submission_key",
                        Find(form.body, R"re(name="submission_key" value="([^"]+)")re"));
    if (std::none_of(fields.begin(), fields.end(),
                     [](const auto& f) { return f.first == "team_id"; })) {
      fields.emplace_back("team_id", TeamId(form.body));
    }
    HttpResponse r = b.Post("/front-door/new", fields);
    EXPECT_EQ(r.status, 303) << r.body;
    const std::string where = r.Header("location");
    if (location != nullptr) *location = where;
    return Find(where, R"(^/front-door/([A-Za-z0-9_-]+)\?done=created$)");
  }

  static std::string TeamId(const std::string& html) {
    return Find(html,
                R"re(<option value="([^"]+)"[^>]*>Millbrook North Living Well Team</option>)re");
  }
  static std::string WorkerId(const std::string& html, const std::string& name) {
    return Find(html, "<option value=\"([^\"]+)\"[^>]*>" + name + "</option>");
  }
  static std::string Version(const std::string& html) {
    return Find(html, R"re(name="version" value="(\d+)")re");
  }

  std::size_t Audits(const std::string& type, const std::string& id, const std::string& action) {
    std::size_t n = 0;
    auto read = app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto entries = tx.AuditForRecord(type, id);
      if (!entries) return Fail(entries.error());
      for (const auto& e : *entries) n += e.event.action == action ? 1 : 0;
      return Ok();
    });
    EXPECT_TRUE(read);
    return n;
  }

  // The introduction as stored (for "nothing changed" checks).
  Introduction Stored(const std::string& id) {
    Introduction out;
    auto read = app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto in = tx.GetIntroduction(id);
      if (!in) return Fail(in.error());
      if (!*in) return Fail(ErrorCode::kNotFound, "missing");
      out = **in;
      return Ok();
    });
    EXPECT_TRUE(read) << id;
    return out;
  }

  // Posts an action carrying the stored version, as from a fresh page.
  HttpResponse Act(Browser& b, const std::string& id, const std::string& action, Fields fields) {
    EXPECT_EQ(b.Get("/front-door/" + id).status, 200);
    fields.emplace_back("version", std::to_string(Stored(id).version));
    return b.Post("/front-door/" + id + "/" + action, fields);
  }

  // How many introductions the store holds, open or closed.
  std::int64_t StoredCount() {
    std::int64_t n = -1;
    auto read = app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto counts = tx.CountIntroductions({.open_only = false}, clock_.Now());
      if (!counts) return Fail(counts.error());
      n = counts->total;
      return Ok();
    });
    EXPECT_TRUE(read);
    return n;
  }

  // Moves the clock on; sessions idle out, so `b` signs in again.
  void Advance(std::chrono::days days, Browser& b, const std::string& username) {
    clock_.Advance(days);
    b = As(username);
  }
};

TEST_F(FrontDoorPagesTest, StaffRecordAnIntroductionAndFindItOnTheList) {
  Browser fd = As("frontdoor");
  std::string location;
  const std::string id = Record(fd, GpIntroduction(), &location);
  ASSERT_FALSE(id.empty()) << location;
  EXPECT_EQ(Audits("introduction", id, "introduction.create"), 1u);

  HttpResponse page = fd.Get(location);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "Introduction recorded"));
  EXPECT_TRUE(Has(page.body, "Nia Jones"));
  EXPECT_TRUE(Has(page.body, "Dr Ahmed, Millbrook Medical Centre"));
  EXPECT_TRUE(Has(page.body, "I have not been sleeping and I feel alone."));
  EXPECT_EQ(Audits("introduction", id, "introduction.read"), 1u);
  const std::string reference = Find(page.body, R"(Introduction (LW-[A-Z0-9-]+))");
  ASSERT_FALSE(reference.empty());

  HttpResponse list = fd.Get("/front-door");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, "href=\"/front-door/" + id + "\">" + reference + "</a>"));
  EXPECT_TRUE(std::regex_search(
      list.body,
      std::regex(
          R"(\d+ of \d+ (is|are) past the 14-day target|\d+ introductions?, none past the 14-day target)")));
  EXPECT_EQ(Audits("introduction", id, "introduction.list"), 1u);

  HttpResponse history = fd.Get("/front-door/" + id + "/history");
  ASSERT_EQ(history.status, 200);
  EXPECT_TRUE(Has(history.body, "Introduction received (GP)"));
  EXPECT_TRUE(Has(history.body, "Fatima Begum"));
  EXPECT_EQ(Audits("introduction", id, "introduction.history"), 1u);
}

TEST_F(FrontDoorPagesTest, ADoubleSubmissionMakesOneIntroduction) {
  Browser fd = As("frontdoor");
  HttpResponse form = fd.Get("/front-door/new");
  Fields fields = GpIntroduction("Double", "Click");
  fields.emplace_back("submission_key",
                      Find(form.body, R"re(name="submission_key" value="([^"]+)")re"));
  fields.emplace_back("team_id", TeamId(form.body));
  HttpResponse first = fd.Post("/front-door/new", fields);
  HttpResponse second = fd.Post("/front-door/new", fields);
  ASSERT_EQ(first.status, 303);
  ASSERT_EQ(second.status, 303);
  EXPECT_EQ(first.Header("location"), second.Header("location"));
  HttpResponse list = fd.Get("/front-door?sort=newest");
  std::size_t rows = 0;
  for (std::size_t at = list.body.find("Double Click"); at != std::string::npos;
       at = list.body.find("Double Click", at + 1)) {
    ++rows;
  }
  EXPECT_EQ(rows, 1u);
}

TEST_F(FrontDoorPagesTest, EveryBadInputOnTheFormIsNamedAndNothingIsStored) {
  Browser fd = As("frontdoor");
  const std::int64_t count_before = StoredCount();

  struct Case {
    const char* what;
    Fields change;
    const char* message;
    const char* anchor;
  };
  const std::string too_long(5001, 'x');
  const Case cases[] = {
      {"empty names",
       {{"given_name", ""}, {"family_name", " "}},
       "Enter their first name",
       "#given_name"},
      {"empty story", {{"in_their_words", ""}}, "Tell us what is going on", "#in_their_words"},
      {"over-long story", {{"in_their_words", too_long}}, "5000 characters", "#in_their_words"},
      {"31 February",
       {{"date_of_birth_day", "31"}, {"date_of_birth_month", "2"}},
       "real date",
       "#date_of_birth-day"},
      {"future birth",
       {{"date_of_birth_year", "2030"}},
       "must be in the past",
       "#date_of_birth-day"},
      {"unknown source",
       {{"source", "bogus"}},
       "Select where this introduction came from",
       "#source"},
      {"the public form's source",
       {{"source", "self"}},
       "Choose how the introduction reached you",
       "#source"},
      {"unknown contact method",
       {{"contact_methods", "pigeon"}},
       "Select ways to contact",
       "#contact_methods"},
      {"bad NHS number", {{"nhs_number", "1234567890"}}, "valid NHS number", "#nhs_number"},
      {"bad postcode", {{"postcode", "NOT A POSTCODE"}}, "real postcode", "#postcode"},
      {"unknown team", {{"team_id", "AAAAAAAAAAAAAAAAAAAAAA"}}, "Choose a team", "#team_id"},
      {"carer without consent",
       {{"source", "carer-or-family"}, {"introducer_relationship", "Mum"}},
       "Confirm that they know",
       "#person_knows"},
      {"message neither yes nor no",
       {{"may_leave_message", "maybe"}},
       "Select yes or no",
       "#may_leave_message"},
  };
  for (const Case& c : cases) {
    HttpResponse form = fd.Get("/front-door/new");
    Fields fields;
    std::map<std::string, std::string> changed(c.change.begin(), c.change.end());
    for (const auto& [name, value] : GpIntroduction("<script>alert(1)</script>")) {
      if (!changed.contains(name)) fields.emplace_back(name, value);
    }
    for (const auto& f : c.change) fields.push_back(f);
    fields.emplace_back("submission_key",
                        Find(form.body, R"re(name="submission_key" value="([^"]+)")re"));
    if (!changed.contains("team_id")) fields.emplace_back("team_id", TeamId(form.body));
    HttpResponse r = fd.Post("/front-door/new", fields);
    EXPECT_EQ(r.status, 422) << c.what;
    EXPECT_TRUE(Has(r.body, c.message)) << c.what;
    EXPECT_TRUE(Has(r.body, std::string("<a href=\"") + c.anchor + "\"")) << c.what;
    EXPECT_TRUE(Has(r.body, "<title>Error: ")) << c.what;
    EXPECT_FALSE(Has(r.body, "<script>alert(1)")) << c.what;
    if (!changed.contains("given_name")) {
      EXPECT_TRUE(Has(r.body, "value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")) << c.what;
    }
  }
  EXPECT_EQ(StoredCount(), count_before);
  EXPECT_FALSE(Has(fd.Get("/front-door?closed=yes").body, "&lt;script&gt;"));
}

TEST_F(FrontDoorPagesTest, TheListRefusesUnknownQueryValues) {
  Browser fd = As("frontdoor");
  for (const char* target : {"/front-door?sort=bogus", "/front-door?page=abc", "/front-door?page=0",
                             "/front-door?closed=maybe", "/front-door?team=AAAAAAAAAAAAAAAAAAAAAA",
                             "/front-door?neighbourhood=%3Cscript%3E"}) {
    HttpResponse r = fd.Get(target);
    EXPECT_EQ(r.status, 400) << target;
    EXPECT_FALSE(Has(r.body, "<script>")) << target;
  }
  for (const char* target : {"/front-door?sort=newest", "/front-door?sort=source&page=1",
                             "/front-door?sort=state&closed=yes", "/front-door?sort=assigned"}) {
    EXPECT_EQ(fd.Get(target).status, 200) << target;
  }
}

TEST_F(FrontDoorPagesTest, IntroductionsPastTheTargetStandOut) {
  Browser fd = As("frontdoor");
  const std::string id = Record(fd, GpIntroduction("Late", "Waiter"));
  Advance(std::chrono::days(15), fd, "frontdoor");
  HttpResponse list = fd.Get("/front-door");
  std::size_t row = list.body.find("href=\"/front-door/" + id + "\"");
  ASSERT_NE(row, std::string::npos) << id << " " << list.status << "\n"
                                    << list.body.substr(list.body.find("<main"));
  std::string tr = list.body.substr(row, list.body.find("</tr>", row) - row);
  EXPECT_TRUE(Has(tr, "15 <strong class=\"nhsuk-tag nhsuk-tag--red\">Past target</strong>")) << tr;
  EXPECT_TRUE(std::regex_search(
      list.body, std::regex(R"(<strong>\d+ of \d+ (is|are) past the 14-day target</strong>)")));
  EXPECT_TRUE(Has(fd.Get("/front-door/" + id).body, "Past target"));
}

TEST_F(FrontDoorPagesTest, EveryActionFromFirstContactToSupportBeginning) {
  Browser fd = As("frontdoor");
  const std::string id = Record(fd, GpIntroduction("Journey", "Person"));
  const std::string page = fd.Get("/front-door/" + id).body;
  const std::string priya = WorkerId(page, "Priya Desai");
  ASSERT_FALSE(priya.empty());

  HttpResponse r = Act(fd, id, "assign", {{"assigned_user_id", priya}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.Header("location"), "/front-door/" + id + "?done=assign");
  EXPECT_TRUE(Has(fd.Get(r.Header("location")).body, "Worker assigned"));

  r = Act(fd, id, "attempt", {{"method", "text"}, {"outcome_note", "Sent a text"}});
  ASSERT_EQ(r.status, 303) << r.body;
  r = Act(fd, id, "book",
          {{"date_day", "2"},
           {"date_month", "6"},
           {"date_year", "2026"},
           {"time", "2:30pm"},
           {"place", "community-venue"},
           {"with_user_id", priya},
           {"where_detail", "Hyde Library"}});
  ASSERT_EQ(r.status, 303) << r.body;
  HttpResponse booked = fd.Get(r.Header("location"));
  EXPECT_TRUE(Has(booked.body, "Initial conversation booked"));
  EXPECT_TRUE(Has(booked.body, "2 June 2026, 2:30pm"));

  r = Act(fd, id, "not-held", {{"method", "phone"}, {"outcome_note", "Did not come"}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(Stored(id).state, IntroductionState::kOpen);
  r = Act(fd, id, "book",
          {{"date_day", "3"},
           {"date_month", "6"},
           {"date_year", "2026"},
           {"time", "10:00"},
           {"place", "phone"},
           {"with_user_id", priya}});
  ASSERT_EQ(r.status, 303) << r.body;

  r = Act(fd, id, "held",
          {{"what_matters", "My <b>daughter</b>"},
           {"whats_going_on", "Work is hard"},
           {"strengths", "I cook"},
           {"what_would_help", "Company"},
           {"in_your_corner", "My sister"},
           {"safety_concern", "Said they feel hopeless at night"},
           {"raised_to_huddle", "yes"},
           {"safety_agreed", "Call tomorrow"}});
  ASSERT_EQ(r.status, 303) << r.body;
  Introduction held = Stored(id);
  ASSERT_TRUE(held.conversation);
  EXPECT_TRUE(held.conversation->raised_to_huddle);
  EXPECT_EQ(held.conversation->what_matters, "My <b>daughter</b>");
  HttpResponse held_page = fd.Get("/front-door/" + id);
  EXPECT_TRUE(Has(held_page.body, "My &lt;b&gt;daughter&lt;/b&gt;"));
  EXPECT_TRUE(Has(held_page.body, "value=\"support-begins\""));

  r = Act(fd, id, "close", {{"ending", "support-begins"}, {"keyworker_user_id", priya}});
  ASSERT_EQ(r.status, 303) << r.body;
  Introduction closed = Stored(id);
  EXPECT_EQ(closed.state, IntroductionState::kClosed);
  EXPECT_EQ(closed.ending, Ending::kSupportBegins);
  EXPECT_EQ(closed.assigned_user_id, priya);
  ASSERT_FALSE(closed.person_id.empty()) << "support begins makes their record";
  HttpResponse closed_page = fd.Get(r.Header("location"));
  EXPECT_TRUE(Has(closed_page.body, "Introduction closed"));
  EXPECT_FALSE(Has(closed_page.body, "<form action=\"/front-door/" + id + "/"));
  EXPECT_TRUE(Has(closed_page.body, "href=\"/people/" + closed.person_id + "\""));
  // Every change is audited with why.
  EXPECT_EQ(Audits("introduction", id, "introduction.update"), 7u);
  EXPECT_EQ(Audits("person", closed.person_id, "person.create"), 1u);
  // A closed introduction changes no more.
  r = Act(fd, id, "assign", {{"assigned_user_id", ""}});
  EXPECT_EQ(r.status, 409);
  EXPECT_TRUE(Has(r.body, "This introduction is closed"));
}

TEST_F(FrontDoorPagesTest, CouldNotBeReachedOnlyAfterRealEffort) {
  Browser fd = As("frontdoor");
  const std::string id = Record(fd, GpIntroduction("Hard", "Toreach"));
  HttpResponse early = Act(fd, id, "close", {{"ending", "could-not-be-reached"}});
  EXPECT_EQ(early.status, 409);
  EXPECT_TRUE(Has(early.body, "Make 3 more contact attempts"));
  EXPECT_TRUE(Has(early.body, "nhsuk-error-summary"));
  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(Act(fd, id, "attempt", {{"method", "phone"}}).status, 303);
    Advance(std::chrono::days(7), fd, "frontdoor");
  }
  HttpResponse r = Act(fd, id, "close", {{"ending", "could-not-be-reached"}, {"ending_note", ""}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(Stored(id).ending, Ending::kCouldNotBeReached);
}

TEST_F(FrontDoorPagesTest, BadActionInputIsNamedAndChangesNothing) {
  Browser fd = As("frontdoor");
  const std::string id = Record(fd, GpIntroduction("Careful", "Person"));
  const std::string priya = WorkerId(fd.Get("/front-door/" + id).body, "Priya Desai");
  const Introduction before = Stored(id);
  struct Case {
    const char* what;
    const char* action;
    Fields fields;
    int status;
    const char* message;
    const char* anchor;  // "" when the message has no field
  };
  const std::string too_long(1001, 'x');
  const Case cases[] = {
      {"a method they did not allow",
       "attempt",
       {{"method", "email"}},
       422,
       "They did not agree to be contacted by Email",
       "#attempt-method"},
      {"an unknown method",
       "attempt",
       {{"method", "pigeon"}},
       422,
       "Choose how you tried to contact them",
       "#attempt-method"},
      {"an over-long note",
       "attempt",
       {{"method", "phone"}, {"outcome_note", too_long}},
       422,
       "1000 characters",
       "#attempt-outcome_note"},
      {"31 February",
       "book",
       {{"date_day", "31"},
        {"date_month", "2"},
        {"date_year", "2027"},
        {"time", "10:00"},
        {"place", "home"},
        {"with_user_id", priya}},
       422,
       "real date",
       "#book-date-day"},
      {"a place on the moon",
       "book",
       {{"date_day", "2"},
        {"date_month", "6"},
        {"date_year", "2026"},
        {"time", "10:00"},
        {"place", "moon"},
        {"with_user_id", priya}},
       422,
       "Choose where the conversation will be",
       "#book-place"},
      {"no time",
       "book",
       {{"date_day", "2"},
        {"date_month", "6"},
        {"date_year", "2026"},
        {"time", "25:99"},
        {"place", "home"},
        {"with_user_id", priya}},
       422,
       "Time",
       "#book-time"},
      {"nobody to hold it",
       "book",
       {{"date_day", "2"},
        {"date_month", "6"},
        {"date_year", "2026"},
        {"time", "10:00"},
        {"place", "home"},
        {"with_user_id", ""}},
       422,
       "Choose who will have the conversation",
       "#book-with_user_id"},
      {"a rejected ending",
       "close",
       {{"ending", "rejected"}},
       422,
       "Choose how this introduction ends",
       "#close-ending"},
      {"support before a conversation",
       "close",
       {{"ending", "support-begins"}, {"keyworker_user_id", priya}},
       409,
       "Record the initial conversation before closing",
       ""},
      {"a conversation with no words",
       "held",
       {{"strengths", "   "}},
       422,
       "Write at least one answer in the person",
       "#held-what_matters"},
      {"a concern raised but not described",
       "held",
       {{"what_matters", "Family"}, {"raised_to_huddle", "yes"}},
       422,
       "Describe the concern",
       "#held-safety_concern"},
      {"an unknown worker",
       "assign",
       {{"assigned_user_id", "AAAAAAAAAAAAAAAAAAAAAA"}},
       422,
       "Choose a worker from the list",
       "#assign-assigned_user_id"},
      {"an unknown person",
       "link",
       {{"person_id", "AAAAAAAAAAAAAAAAAAAAAA"}},
       422,
       "Choose the person record to link",
       ""},
  };
  for (const Case& c : cases) {
    HttpResponse r = Act(fd, id, c.action, c.fields);
    EXPECT_EQ(r.status, c.status) << c.what << "\n" << r.body.substr(0, 200);
    EXPECT_TRUE(Has(r.body, c.message)) << c.what;
    EXPECT_TRUE(Has(r.body, "nhsuk-error-summary")) << c.what;
    if (*c.anchor != '\0') {
      EXPECT_TRUE(Has(r.body, std::string("<a href=\"") + c.anchor + "\"")) << c.what;
    }
  }
  EXPECT_EQ(Stored(id), before) << "nothing refused was stored";
  EXPECT_EQ(Audits("introduction", id, "introduction.update"), 0u);

  // What was typed comes back, as text.
  HttpResponse typed = Act(fd, id, "attempt", {{"method", "email"}, {"outcome_note", "<i>hi</i>"}});
  EXPECT_TRUE(Has(typed.body, "&lt;i&gt;hi&lt;/i&gt;</textarea>"));
  EXPECT_FALSE(Has(typed.body, "<i>hi</i>"));

  // A form without a version is not ours: 400, nothing done.
  fd.Get("/front-door/" + id);
  EXPECT_EQ(fd.Post("/front-door/" + id + "/attempt", {{"method", "phone"}}).status, 400);
  EXPECT_EQ(
      fd.Post("/front-door/" + id + "/attempt", {{"method", "phone"}, {"version", "x"}}).status,
      400);
  EXPECT_EQ(Stored(id), before);
}

TEST_F(FrontDoorPagesTest, AStaleVersionIsAConflictAndOverwritesNothing) {
  Browser fd = As("frontdoor");
  Browser lead = As("teamlead");
  const std::string id = Record(fd, GpIntroduction("Two", "Workers"));
  const std::string old_version = Version(fd.Get("/front-door/" + id).body);
  ASSERT_EQ(Act(lead, id, "attempt", {{"method", "phone"}, {"outcome_note", "Lead called"}}).status,
            303);
  const Introduction after_lead = Stored(id);
  HttpResponse stale =
      fd.Post("/front-door/" + id + "/attempt",
              {{"method", "text"}, {"outcome_note", "Me too"}, {"version", old_version}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale.body, "Someone else has changed this introduction"));
  EXPECT_TRUE(Has(stale.body, "href=\"/front-door/" + id + "\">Reload the introduction</a>"));
  EXPECT_EQ(Stored(id), after_lead);
}

TEST_F(FrontDoorPagesTest, PartnersSeeOnlyTheIntroductionsTheyMade) {
  Browser fd = As("frontdoor");
  const std::string staff_made = Record(fd, GpIntroduction("Staff", "Made"));

  Browser partner = As("partner");
  HttpResponse form = partner.Get("/front-door/new");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form.body, "<option value=\"\" selected>Choose a team</option>"));
  // With no team chosen the form says so.
  Fields no_team = GpIntroduction("Partner", "Made");
  no_team[0] = {"source", "voluntary-partner"};
  no_team.emplace_back("team_id", "");
  no_team.emplace_back("submission_key",
                       Find(form.body, R"re(name="submission_key" value="([^"]+)")re"));
  HttpResponse refused = partner.Post("/front-door/new", no_team);
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused.body, "<a href=\"#team_id\">"));

  Fields fields = GpIntroduction("Partner", "Made");
  fields[0] = {"source", "voluntary-partner"};
  std::string location;
  const std::string mine = Record(partner, fields, &location);
  ASSERT_FALSE(mine.empty());
  HttpResponse view = partner.Get(location);
  ASSERT_EQ(view.status, 200);
  EXPECT_TRUE(Has(view.body, "Partner Made"));
  EXPECT_FALSE(Has(view.body, "<form action=\"/front-door/" + mine));
  EXPECT_FALSE(Has(view.body, "Is this someone we know?"));
  EXPECT_FALSE(Has(view.body, "07700 900982"));

  HttpResponse list = partner.Get("/front-door");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, "Introductions you have made"));
  EXPECT_TRUE(Has(list.body, "Partner Made"));
  EXPECT_FALSE(Has(list.body, "Staff Made"));

  EXPECT_EQ(partner.Get("/front-door/" + staff_made).status, 404);
  EXPECT_EQ(Audits("introduction", staff_made, "introduction.access_refused"), 1u);
  EXPECT_EQ(partner.Get("/front-door/" + mine + "/history").status, 404);
  const std::string version = Version(fd.Get("/front-door/" + mine).body);
  EXPECT_EQ(
      partner.Post("/front-door/" + mine + "/attempt", {{"method", "phone"}, {"version", version}})
          .status,
      404);
  EXPECT_EQ(Stored(mine).attempts.size(), 0u);

  // The front door works it like any other.
  EXPECT_EQ(fd.Get("/front-door/" + mine).status, 200);
}

TEST_F(FrontDoorPagesTest, CommissionersAndAdministratorsDoNotSeeTheFrontDoor) {
  Browser fd = As("frontdoor");
  const std::string id = Record(fd, GpIntroduction());
  for (const char* username : {"commissioner", "admin"}) {
    Browser b = As(username);
    EXPECT_EQ(b.Get("/front-door").status, 404) << username;
    EXPECT_EQ(b.Get("/front-door/new").status, 404) << username;
    EXPECT_EQ(b.Get("/front-door/" + id).status, 404) << username;
  }
}

TEST_F(FrontDoorPagesTest, SomeoneComingBackIsOfferedAsAMatchAndTheirStoryFollows) {
  Browser fd = As("frontdoor");
  // Amara Okafor is in the demo data; her first introduction is made,
  // linked to her record and closed, then she comes back.
  Fields first = GpIntroduction("Amara", "Okafor");
  for (auto& [name, value] : first) {
    if (name == "date_of_birth_day") value = "12";
    if (name == "date_of_birth_month") value = "5";
    if (name == "date_of_birth_year") value = "1994";
    if (name == "postcode") value = "ML1 4AA";
    if (name == "in_their_words") value = "Panic attacks on the bus to work <b>every day</b>";
  }
  const std::string earlier = Record(fd, first);
  HttpResponse page = fd.Get("/front-door/" + earlier);
  EXPECT_TRUE(Has(page.body, "Is this someone we know?"));
  const std::string amara = Find(page.body, R"re(name="person_id" value="([^"]+)")re");
  ASSERT_FALSE(amara.empty()) << "the demo record is offered";
  EXPECT_GE(Audits("person", amara, "introduction.match"), 1u);
  ASSERT_EQ(Act(fd, earlier, "link", {{"person_id", amara}}).status, 303);
  EXPECT_EQ(Stored(earlier).person_id, amara);
  ASSERT_EQ(Act(fd, earlier, "close", {{"ending", "chose-not-to-go-ahead"}}).status, 303);

  Fields again = first;
  again[0] = {"source", "coming-back"};
  again.erase(std::remove_if(again.begin(), again.end(),
                             [](const auto& f) { return f.first.starts_with("introducer_"); }),
              again.end());
  for (auto& [name, value] : again) {
    if (name == "in_their_words") value = "It is back again";
  }
  Advance(std::chrono::days(1), fd, "frontdoor");  // so "newest first" has a newest
  const std::string now = Record(fd, again);
  page = fd.Get("/front-door/" + now);
  EXPECT_TRUE(Has(page.body, "name=\"person_id\" value=\"" + amara + "\""));
  HttpResponse linked = Act(fd, now, "link", {{"person_id", amara}});
  ASSERT_EQ(linked.status, 303);
  page = fd.Get(linked.Header("location"));
  EXPECT_TRUE(Has(page.body, "Linked to their existing record"));
  EXPECT_TRUE(Has(page.body, "href=\"/people/" + amara + "\""));

  HttpResponse person = fd.Get("/people/" + amara);
  ASSERT_EQ(person.status, 200);
  EXPECT_TRUE(Has(person.body, "Their story so far"));
  EXPECT_TRUE(Has(person.body, "Panic attacks on the bus to work &lt;b&gt;every day&lt;/b&gt;"));
  EXPECT_TRUE(Has(person.body, "It is back again"));
  EXPECT_TRUE(Has(person.body, "Chose not to go ahead"));
  EXPECT_LT(person.body.find("It is back again"), person.body.find("Panic attacks"))
      << "newest first";
  EXPECT_GE(Audits("introduction", earlier, "introduction.read"), 1u);
}

TEST_F(FrontDoorPagesTest, NobodyMatchesSoANewRecordIsMade) {
  Browser fd = As("frontdoor");
  const std::string id = Record(fd, GpIntroduction("Zebedee", "Quartermaine"));
  HttpResponse page = fd.Get("/front-door/" + id);
  EXPECT_TRUE(Has(page.body, "No existing record looks like them."));
  HttpResponse r = Act(fd, id, "create-person", {});
  ASSERT_EQ(r.status, 303) << r.body;
  const std::string person = Stored(id).person_id;
  ASSERT_FALSE(person.empty());
  EXPECT_EQ(Audits("person", person, "person.create"), 1u);
  EXPECT_TRUE(Has(fd.Get("/people/" + person).body, "I have not been sleeping"));
  EXPECT_EQ(Act(fd, id, "create-person", {}).status, 409) << "already linked";
}

TEST_F(FrontDoorPagesTest, PractitionersWorkTheirOwnTeamsIntroductions) {
  Browser fd = As("frontdoor");
  const std::string id = Record(fd, GpIntroduction("Team", "Member"));
  Browser practitioner = As("practitioner");
  HttpResponse page = practitioner.Get("/front-door/" + id);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "action=\"/front-door/" + id + "/attempt\""));
  EXPECT_EQ(Act(practitioner, id, "attempt", {{"method", "phone"}}).status, 303);
}

}  // namespace
}  // namespace lw::testing

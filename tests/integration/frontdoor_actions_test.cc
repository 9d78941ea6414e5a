// the front door's actions over real HTTP: every step from first contact to how it ends, bad action
// input, conflicts, and a person who comes back.
#include <gtest/gtest.h>

#include "frontdoor_pages_fixture.h"

namespace lw::testing {
namespace frontdoor_actions_test {
namespace {

// Its own test suite: the fixture class is per file (anonymous namespace).
class FrontDoorActionsTest : public FrontDoorPagesTest {};

TEST_F(FrontDoorActionsTest, EveryActionFromFirstContactToSupportBeginning) {
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

TEST_F(FrontDoorActionsTest, CouldNotBeReachedOnlyAfterRealEffort) {
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

TEST_F(FrontDoorActionsTest, BadActionInputIsNamedAndChangesNothing) {
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

TEST_F(FrontDoorActionsTest, AStaleVersionIsAConflictAndOverwritesNothing) {
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

TEST_F(FrontDoorActionsTest, SomeoneComingBackIsOfferedAsAMatchAndTheirStoryFollows) {
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

TEST_F(FrontDoorActionsTest, NobodyMatchesSoANewRecordIsMade) {
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

}  // namespace
}  // namespace frontdoor_actions_test
}  // namespace lw::testing

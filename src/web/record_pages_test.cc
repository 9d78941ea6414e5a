// The record page through its routes, over a TeamService on the
// in-memory store: what it shows, and each form's success and refusal
// (checked through the service).
#include "web/record_test_world.h"

namespace lw::web::record_test {
namespace record_pages_test {
namespace {

TEST_F(RecordPagesTest, TheRecordShowsEverySection) {
  const std::string id = Seeded();
  const std::string html = Show(sam_, "/people/" + id + "/record");
  EXPECT_THAT(html, HasSubstr("<h1 class=\"nhsuk-heading-l\">Amara Okafor&#39;s record</h1>"));
  // About them and contacting them.
  EXPECT_THAT(html, HasSubstr(">she/her</dd>"));
  EXPECT_THAT(html, HasSubstr(">12 May 1994</dd>"));
  EXPECT_THAT(html, HasSubstr(">943 476 5919</dd>"));
  EXPECT_THAT(html, HasSubstr("4 Mill Lane<br>Hyde<br>SK14 1AA"));
  EXPECT_THAT(html, HasSubstr(">Hyde Medical Centre (P84012)</dd>"));
  EXPECT_THAT(html, HasSubstr("<p>Do not call when her partner is home</p>"));
  EXPECT_THAT(html, HasSubstr(">After 6pm</dd>"));
  // Their corner: a carer we may contact.
  EXPECT_THAT(html, HasSubstr("<td class=\"nhsuk-table__cell\">Grace Okafor</td>\n"
                              "<td class=\"nhsuk-table__cell\">Family: Sister</td>\n"
                              "<td class=\"nhsuk-table__cell\">Yes</td>\n"
                              "<td class=\"nhsuk-table__cell\">Yes</td>"));
  EXPECT_THAT(html, HasSubstr(">Igbo (main), English</dd>"));
  EXPECT_THAT(html, HasSubstr("<p>Easy Read letters</p>"));
  // Equality: an answer, prefer not to say, and not asked are three things.
  EXPECT_THAT(html, HasSubstr("sexual orientation?</dt>\n<dd class=\"nhsuk-summary-list__value\">"
                              "Bisexual</dd>"));
  EXPECT_THAT(html, HasSubstr("religion or belief?</dt>\n<dd class=\"nhsuk-summary-list__value\">"
                              "Prefer not to say</dd>"));
  EXPECT_THAT(html, HasSubstr("What is your sex?</dt>\n<dd class=\"nhsuk-summary-list__value\">"
                              "Not asked</dd>"));
  // Episodes, newest first, with the keyworker's name and the ending.
  const std::size_t two = html.find("Episode 2 <strong");
  const std::size_t one = html.find("Episode 1 <strong");
  ASSERT_NE(two, std::string::npos);
  ASSERT_NE(one, std::string::npos);
  EXPECT_LT(two, one);
  EXPECT_NE(After(html, "Episode 2 <strong", ">Priya Desai</dd>"), std::string::npos);
  EXPECT_THAT(html, HasSubstr(">Intensive</dd>"));
  auto due = NextReviewDue(EpisodeNow(active_));
  ASSERT_TRUE(due.has_value());
  EXPECT_THAT(html, HasSubstr("Next review due</dt>\n<dd class=\"nhsuk-summary-list__value\">" +
                              due->ToDisplay() + "</dd>"));
  EXPECT_THAT(html, HasSubstr(">Moving on to other support (a planned transition)</dd>"));
  EXPECT_THAT(html, HasSubstr(">Tameside Carers Centre</dd>"));
  EXPECT_THAT(html, HasSubstr("<p>I feel ready to try the carers centre</p>"));
  // Open concerns, with who raised them and nothing about their role.
  EXPECT_THAT(html, HasSubstr("<p>She said she has stopped eating</p>"));
  EXPECT_THAT(html, HasSubstr("Raised by Pat Peer, "));
  EXPECT_THAT(html, Not(HasSubstr("Peer worker")));
  // The forms for the active episode, not the one to open another.
  EXPECT_THAT(html, HasSubstr("action=\"/episodes/" + active_ + "/keyworker\""));
  EXPECT_THAT(html, HasSubstr("action=\"/episodes/" + active_ + "/ending\""));
  EXPECT_THAT(html, HasSubstr("action=\"/people/" + id + "/contacts\""));
  EXPECT_THAT(html, HasSubstr("<input type=\"hidden\" name=\"episode_id\" value=\"" + active_));
  EXPECT_THAT(html, Not(HasSubstr("action=\"/people/" + id + "/episodes\"")));
  // The ending's reasons, grouped, with "where to" revealed under moving on.
  const std::size_t planned = html.find(">Planned transition</legend>");
  const std::size_t unplanned = html.find(">Unplanned</legend>");
  ASSERT_NE(planned, std::string::npos);
  EXPECT_LT(planned, html.find("value=\"moving-on\" data-aria-controls=\"conditional-"));
  EXPECT_LT(unplanned, html.find("value=\"stopped-engaging\""));
  EXPECT_LT(html.find("value=\"completed\""), unplanned);
  EXPECT_THAT(html, HasSubstr("id=\"ending-moving_on_to\" name=\"moving_on_to\""));
}

TEST_F(RecordPagesTest, TheTimelineIsNewestFirst) {
  const std::string id = Seeded();
  const std::string html = Show(sam_, "/people/" + id + "/record");
  const std::vector<std::string> newest_first = {"Concern raised",
                                                 "Text message \xE2\x80\x94 Attended",
                                                 "Phone call \xE2\x80\x94 Attended",
                                                 "Episode 2 opened",
                                                 "Episode 1 ended: Moving on to other support",
                                                 "Episode 1 opened"};
  std::size_t at = html.find("id=\"timeline\"");
  ASSERT_NE(at, std::string::npos);
  for (const std::string& title : newest_first) {
    std::size_t next = html.find(">" + title, at);
    ASSERT_NE(next, std::string::npos) << title << " missing or out of order";
    at = next;
  }
  EXPECT_THAT(html, HasSubstr("<time datetime=\"2026-05-01\">1 May 2026</time>"));
  EXPECT_THAT(html, HasSubstr("<time datetime=\"2026-05-20T09:00:00.000000Z\">20 May 2026, "
                              "10:00am</time>"));
  EXPECT_THAT(html, HasSubstr("<p>30 minutes. Talked about sleep</p>"));
  EXPECT_THAT(html, HasSubstr(">Episode 2 opened</h3>\n<p class=\"nhsuk-body-s\">Keyworker: "
                              "Priya Desai</p>"));
  EXPECT_THAT(html, HasSubstr(">Concern raised</h3>\n<p>She said she has stopped eating</p>\n"
                              "<p class=\"nhsuk-body-s\">By Pat Peer</p>"));
}

TEST_F(RecordPagesTest, AHostileNameIsText) {
  const std::string id = NewPerson("<script>alert(1)</script>", "\"O'Hara\"");
  const std::string html = Show(sam_, "/people/" + id + "/record");
  EXPECT_THAT(html, Not(HasSubstr("<script>alert(1)")));
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; &quot;O&#39;Hara&quot;&#39;s "
                              "record"));
  EXPECT_THAT(html, HasSubstr("Open an episode of support"));
}

TEST_F(RecordPagesTest, ThePersonPageLinksToTheRecord) {
  const std::string id = NewPerson();
  EXPECT_THAT(Show(sam_, "/people/" + id),
              HasSubstr("<a class=\"nhsuk-link\" href=\"/people/" + id + "/record\">"));
}

TEST_F(RecordPagesTest, ReassignReviewAndPlanTheEnding) {
  const std::string id = Seeded();
  http::Form reassign = EpisodeForm(id, EpisodeNow(active_));
  reassign.Add("keyworker_user_id", sam_.user_id);
  AddDate(reassign, "from", Day(2026, 5, 25));
  reassign.Add("reason", "Priya is on leave");
  ExpectBackTo(Call(sam_, "POST", "/episodes/" + active_ + "/keyworker", reassign), id,
               "keyworker#episodes");
  Episode e = EpisodeNow(active_);
  EXPECT_EQ(e.keyworker_user_id, sam_.user_id);
  EXPECT_EQ(e.keyworker_history.back().reason, "Priya is on leave");

  http::Form review = EpisodeForm(id, e);
  AddDate(review, "on", Day(2026, 5, 26));
  review.Add("note", "Sleeping better; keep weekly calls");
  ExpectBackTo(Call(sam_, "POST", "/episodes/" + active_ + "/review", review), id,
               "review#episodes");
  e = EpisodeNow(active_);
  ASSERT_EQ(e.reviews.size(), 1u);
  EXPECT_EQ(e.reviews[0].note, "Sleeping better; keep weekly calls");

  http::Form plan = EpisodeForm(id, e);
  AddDate(plan, "planned_end_on", Day(2026, 7, 31));
  ExpectBackTo(Call(sam_, "POST", "/episodes/" + active_ + "/planned-ending", plan), id,
               "planned-ending#episodes");
  EXPECT_EQ(EpisodeNow(active_).planned_end_on, Day(2026, 7, 31));

  const std::string html = Show(sam_, "/people/" + id + "/record?done=planned-ending");
  EXPECT_THAT(html, HasSubstr("Planned ending saved"));
  EXPECT_THAT(html, HasSubstr("Change the planned ending"));
  EXPECT_THAT(html, HasSubstr("name=\"planned_end_on_day\" type=\"text\" value=\"31\""));
  EXPECT_THAT(html, HasSubstr("Earlier keyworkers"));
}

TEST_F(RecordPagesTest, RecordAContactAndRaiseAConcern) {
  const std::string id = Seeded();
  http::Form contact;
  contact.Add("episode_id", active_);
  AddDate(contact, "occurred_on", Day(2026, 5, 27));
  contact.Add("occurred_time", "2:30pm");
  contact.Add("duration_minutes", "45");
  contact.Add("mode", "face-to-face");
  contact.Add("place", "home");
  contact.Add("attendance", "attended");
  contact.Add("note", "Walked to the park");
  ExpectBackTo(Call(pat_, "POST", "/people/" + id + "/contacts", contact), id, "contact#timeline");
  PersonRecordView r = RecordNow(id);
  ASSERT_EQ(r.contacts.size(), 3u);
  const Contact& c = r.contacts.front();
  EXPECT_EQ(c.note, "Walked to the park");
  EXPECT_EQ(c.duration_minutes, 45);
  EXPECT_EQ(c.place, ContactPlace::kHome);
  EXPECT_EQ(c.occurred_at, LondonToUtc(Day(2026, 5, 27), 14, 30));
  EXPECT_EQ(c.people.at(0).episode_id, active_);
  EXPECT_EQ(c.staff.at(0).user_id, pat_.user_id) << "the actor is added to the staff";

  // A peer worker raises a concern as anyone in the team does.
  const std::string as_peer = Show(pat_, "/people/" + id + "/record");
  EXPECT_THAT(as_peer, HasSubstr("action=\"/people/" + id + "/concerns\""));
  http::Form concern;
  concern.Add("text", "Mentioned money worries twice this week");
  ExpectBackTo(Call(pat_, "POST", "/people/" + id + "/concerns", concern), id, "concern#concerns");
  r = RecordNow(id);
  ASSERT_EQ(r.concerns.size(), 2u);
  EXPECT_EQ(r.concerns.front().text, "Mentioned money worries twice this week");
  EXPECT_THAT(Show(sam_, "/people/" + id + "/record?done=concern"),
              HasSubstr("Concern raised: the team will see it at the huddle"));
}

TEST_F(RecordPagesTest, OthersFromTheTeamCanShareAContact) {
  const std::string id = Seeded();
  const std::string page = Show(pat_, "/people/" + id + "/record");
  EXPECT_THAT(page, HasSubstr("Others from the team who took part (optional)"));
  EXPECT_THAT(page, HasSubstr("name=\"staff\" type=\"checkbox\" value=\"" + sam_.user_id));
  EXPECT_THAT(page, Not(HasSubstr("type=\"checkbox\" value=\"" + pat_.user_id)))
      << "not the viewer";
  EXPECT_THAT(page, Not(HasSubstr("type=\"checkbox\" value=\"" + bea_.user_id)))
      << "not another team";

  http::Form contact;
  contact.Add("episode_id", active_);
  AddDate(contact, "occurred_on", Day(2026, 5, 27));
  contact.Add("occurred_time", "11:00");
  contact.Add("duration_minutes", "60");
  contact.Add("mode", "face-to-face");
  contact.Add("place", "community-venue");
  contact.Add("attendance", "attended");
  contact.Add("staff", sam_.user_id);
  contact.Add("staff", priya_.user_id);
  ExpectBackTo(Call(pat_, "POST", "/people/" + id + "/contacts", contact), id, "contact#timeline");
  const Contact c = RecordNow(id).contacts.front();
  ASSERT_EQ(c.staff.size(), 3u);
  EXPECT_EQ(c.staff[0].user_id, pat_.user_id);
  EXPECT_EQ(c.staff[1].user_id, sam_.user_id);
  EXPECT_EQ(c.staff[2].user_id, priya_.user_id);
  EXPECT_EQ(c.staff[1].organisation_id, sam_.organisation_id);
  EXPECT_THAT(Show(pat_, "/people/" + id + "/record"),
              HasSubstr("By Pat Peer, with Sam Keyworker and Priya Desai</p>"));

  // Someone who is not on the list: the error summary, the rest kept, nothing stored.
  http::Form bad = contact;
  bad.Add("staff", NewId(w_.random));
  http::Response r = Call(pat_, "POST", "/people/" + id + "/contacts", bad);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body,
              HasSubstr("href=\"#contact-staff\">Choose the others who took part from the list"));
  EXPECT_THAT(r.body, HasSubstr("value=\"" + sam_.user_id + "\" checked"));
  testing::ExpectPageRules(r.body);
  EXPECT_EQ(RecordNow(id).contacts.size(), 3u);
}

TEST_F(RecordPagesTest, InvalidFormsShowTheirErrorsAndStoreNothing) {
  const std::string id = Seeded();
  const Episode before = EpisodeNow(active_);

  http::Form reassign = EpisodeForm(id, before);
  reassign.Add("keyworker_user_id", sam_.user_id);
  reassign.Add("reason", "<b>typed</b>");
  http::Response r = Call(sam_, "POST", "/episodes/" + active_ + "/keyworker", reassign);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body,
              HasSubstr("<a href=\"#keyworker-from-day\">Enter the date of the change</a>"));
  EXPECT_THAT(r.body, HasSubstr("value=\"&lt;b&gt;typed&lt;/b&gt;\""));
  testing::ExpectPageRules(r.body);
  ExpectUniqueIds(r.body);

  http::Form review = EpisodeForm(id, before);
  AddDate(review, "on", Day(2026, 6, 30));
  r = Call(sam_, "POST", "/episodes/" + active_ + "/review", review);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("href=\"#review-on-day\">The review date cannot be in the future"));
  EXPECT_THAT(r.body, HasSubstr("name=\"on_day\" type=\"text\" value=\"30\""));

  http::Form plan = EpisodeForm(id, before);
  AddDate(plan, "planned_end_on", Day(2026, 1, 1));
  EXPECT_EQ(Call(sam_, "POST", "/episodes/" + active_ + "/planned-ending", plan).status, 422);

  http::Form end = EpisodeForm(id, before);
  end.Add("reason", "moving-on");
  AddDate(end, "ended_on", Day(2026, 5, 27));
  end.Add("persons_words", "Thank you all");
  r = Call(sam_, "POST", "/episodes/" + active_ + "/ending", end);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("href=\"#ending-moving_on_to\">Say where they are moving on to"));
  EXPECT_THAT(r.body, HasSubstr(">Thank you all</textarea>"));
  EXPECT_THAT(r.body, HasSubstr("value=\"moving-on\" checked"));
  EXPECT_THAT(r.body, HasSubstr("<div class=\"nhsuk-radios__conditional\" id=\"conditional-"))
      << "the chosen reason's follow-up is shown";
  EXPECT_EQ(EpisodeNow(active_), before) << "nothing stored";

  http::Form contact;
  contact.Add("episode_id", active_);
  contact.Add("note", "Kept note");
  r = Call(sam_, "POST", "/people/" + id + "/contacts", contact);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("href=\"#contact-occurred_on-day\">Enter the date of the contact"));
  EXPECT_THAT(r.body, HasSubstr("href=\"#contact-mode\">Select how the contact happened"));
  EXPECT_THAT(r.body, HasSubstr(">Kept note</textarea>"));

  // The service's own check, named for the form: a phone call has no place.
  AddDate(contact, "occurred_on", Day(2026, 5, 27));
  contact.Add("occurred_time", "09:15");
  contact.Add("duration_minutes", "20");
  contact.Add("mode", "phone");
  contact.Add("place", "home");
  contact.Add("attendance", "attended");
  r = Call(sam_, "POST", "/people/" + id + "/contacts", contact);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("href=\"#contact-place\">"));

  http::Form concern;
  concern.Add("text", "   ");
  r = Call(sam_, "POST", "/people/" + id + "/concerns", concern);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("href=\"#concern-text\">"));

  const PersonRecordView after = RecordNow(id);
  EXPECT_EQ(after.contacts.size(), 2u);
  EXPECT_EQ(after.concerns.size(), 1u);
  EXPECT_EQ(after.episodes.size(), 2u);
}

}  // namespace
}  // namespace record_pages_test
}  // namespace lw::web::record_test

// The record page's flows through its routes: conflicts and refusals
// explained, coming back for a new episode on the same record, another
// team's 404, and break-glass.
#include "web/record_test_world.h"

namespace lw::web::record_test {
namespace record_flows_test {
namespace {

TEST_F(RecordPagesTest, ConflictsAndRefusalsAreExplained) {
  const std::string id = Seeded();
  const Episode first_seen = EpisodeNow(active_);
  http::Form reassign = EpisodeForm(id, first_seen);
  reassign.Add("keyworker_user_id", sam_.user_id);
  AddDate(reassign, "from", Day(2026, 5, 25));
  ExpectBackTo(Call(sam_, "POST", "/episodes/" + active_ + "/keyworker", reassign), id,
               "keyworker#episodes");

  // A review based on the version before that change.
  http::Form review = EpisodeForm(id, first_seen);
  AddDate(review, "on", Day(2026, 5, 26));
  review.Add("note", "Agreed to try the walking group");
  http::Response r = Call(priya_, "POST", "/episodes/" + active_ + "/review", review);
  EXPECT_EQ(r.status, 409);
  EXPECT_THAT(r.body, HasSubstr("Someone else changed this episode after you opened the page"));
  EXPECT_THAT(r.body, HasSubstr(">Agreed to try the walking group</textarea>"));
  EXPECT_THAT(r.body, HasSubstr("<input type=\"hidden\" name=\"version\" value=\"2\">"))
      << "the form now carries the latest version";
  EXPECT_TRUE(EpisodeNow(active_).reviews.empty());

  // Opening another episode while one is active: the service says why.
  http::Form open;
  open.Add("keyworker_user_id", sam_.user_id);
  AddDate(open, "started_on", Day(2026, 5, 27));
  open.Add("intensity", "regular");
  r = Call(sam_, "POST", "/people/" + id + "/episodes", open);
  EXPECT_EQ(r.status, 409);
  EXPECT_THAT(r.body, HasSubstr("They already have an active episode with this team"));
  EXPECT_EQ(RecordNow(id).episodes.size(), 2u);

  // A form that was not ours.
  http::Form bad;
  bad.Add("version", "two");
  bad.Add("person_id", id);
  EXPECT_EQ(Call(sam_, "POST", "/episodes/" + active_ + "/review", bad).status, 400);
  const std::string other = NewPerson("Ruth", "Jones");
  http::Form elsewhere = EpisodeForm(other, first_seen);
  AddDate(elsewhere, "on", Day(2026, 5, 26));
  EXPECT_EQ(Call(sam_, "POST", "/episodes/" + active_ + "/review", elsewhere).status, 400)
      << "a refused change is shown on the record that holds the episode, or not at all";
}

TEST_F(RecordPagesTest, TheyComeBack) {
  const std::string id = NewPerson();
  std::string html = Show(sam_, "/people/" + id + "/record");
  EXPECT_THAT(html, HasSubstr("Open an episode of support"));
  EXPECT_THAT(html, HasSubstr(">Open episode 1</button>"));
  EXPECT_THAT(html, HasSubstr("<option value=\"" + priya_.user_id + "\">Priya Desai</option>"));
  EXPECT_THAT(html, Not(HasSubstr("Bea Elsewhere"))) << "keyworkers come from the team";

  http::Form bad;
  bad.Add("intensity", "light");
  http::Response r = Call(sam_, "POST", "/people/" + id + "/episodes", bad);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("href=\"#open-episode-started_on-day\">Enter the date support "
                                "started"));
  AddDate(bad, "started_on", Day(2026, 4, 1));
  r = Call(sam_, "POST", "/people/" + id + "/episodes", bad);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("href=\"#open-episode-keyworker_user_id\">"));
  EXPECT_THAT(r.body, HasSubstr("value=\"light\" checked"));
  EXPECT_TRUE(RecordNow(id).episodes.empty());

  http::Form open = bad;
  open.Add("keyworker_user_id", sam_.user_id);
  ExpectBackTo(Call(sam_, "POST", "/people/" + id + "/episodes", open), id,
               "open-episode#episodes");
  PersonRecordView record = RecordNow(id);
  ASSERT_EQ(record.episodes.size(), 1u);
  const Episode first = record.episodes.front();
  EXPECT_EQ(first.intensity, Intensity::kLight);
  EXPECT_EQ(first.started_on, Day(2026, 4, 1));

  http::Form end = EpisodeForm(id, first);
  end.Add("reason", "goals-met");
  AddDate(end, "ended_on", Day(2026, 5, 10));
  end.Add("persons_words", "I can manage now");
  ExpectBackTo(Call(sam_, "POST", "/episodes/" + first.id + "/ending", end), id, "ending#episodes");
  const Episode ended = EpisodeNow(first.id);
  ASSERT_TRUE(ended.ending.has_value());
  EXPECT_EQ(ended.ending->reason, EpisodeEnding::kGoalsMet);
  EXPECT_EQ(ended.ending->persons_words, "I can manage now");

  // The old story is in view above the form to open the next episode.
  html = Show(sam_, "/people/" + id + "/record?done=ending");
  EXPECT_THAT(html, HasSubstr("Episode ended"));
  const std::size_t title = html.find("They have come back: open episode 2");
  const std::size_t form = html.find("action=\"/people/" + id + "/episodes\"");
  ASSERT_NE(title, std::string::npos);
  ASSERT_NE(form, std::string::npos);
  const std::size_t story = html.find("Episode 1 ended</dt>", title);
  EXPECT_LT(story, form);
  EXPECT_LT(html.find("10 May 2026: Goals met", title), form);
  EXPECT_LT(html.find("<p>I can manage now</p>", title), form);

  http::Form again;
  again.Add("keyworker_user_id", priya_.user_id);
  AddDate(again, "started_on", Day(2026, 5, 20));
  again.Add("intensity", "regular");
  ExpectBackTo(Call(sam_, "POST", "/people/" + id + "/episodes", again), id,
               "open-episode#episodes");
  record = RecordNow(id);
  ASSERT_EQ(record.episodes.size(), 2u);
  EXPECT_EQ(record.episodes.front().ordinal, 2);
  EXPECT_FALSE(record.episodes.front().IsEnded());
  EXPECT_EQ(record.person.id, id) << "the same record";
  html = Show(sam_, "/people/" + id + "/record");
  EXPECT_THAT(html, Not(HasSubstr("They have come back")));
  EXPECT_THAT(html, HasSubstr(">Episode 2 opened</h3>"));
  EXPECT_THAT(html, HasSubstr("End episode 2"));
}

TEST_F(RecordPagesTest, AnotherTeamSeesTheSameNotFoundAsForNobody) {
  const std::string id = Seeded();
  http::Response theirs = Call(bea_, "GET", "/people/" + id + "/record");
  http::Response nobody = Call(bea_, "GET", "/people/" + NewId(w_.random) + "/record");
  EXPECT_EQ(theirs.status, 404);
  EXPECT_EQ(nobody.status, 404);
  EXPECT_EQ(theirs.body, nobody.body);
  EXPECT_THAT(theirs.body, Not(HasSubstr("Okafor")));
  EXPECT_THAT(theirs.body, Not(HasSubstr("break-glass"))) << "the 404 page does not change";
  http::Form concern;
  concern.Add("text", "Worried");
  EXPECT_EQ(Call(bea_, "POST", "/people/" + id + "/concerns", concern).status, 404);
  EXPECT_EQ(RecordNow(id).concerns.size(), 1u);
}

TEST_F(RecordPagesTest, BreakTheGlass) {
  const std::string id = Seeded();
  const std::string form_page = Show(bea_, "/people/" + id + "/break-glass");
  EXPECT_THAT(form_page, HasSubstr("Only in an emergency"));
  EXPECT_THAT(form_page, HasSubstr("action=\"/people/" + id + "/break-glass\""));
  EXPECT_THAT(form_page, HasSubstr("name=\"csrf_token\" value=\"csrf-1\""));
  EXPECT_THAT(form_page, Not(HasSubstr("Okafor"))) << "nothing about the record before";
  EXPECT_EQ(Call(bea_, "GET", "/people/not-an-id/break-glass").status, 404);
  EXPECT_EQ(Call(bea_, "GET", "/people/" + NewId(w_.random) + "/break-glass").status, 404)
      << "no glass to break for nobody";
  http::Response own = Call(sam_, "GET", "/people/" + id + "/break-glass");
  EXPECT_EQ(own.status, 303) << "their own team goes straight to the record";
  EXPECT_EQ(own.GetHeader("Location"), "/people/" + id + "/record");

  http::Form short_reason;
  short_reason.Add("reason", "urgent");
  http::Response r = Call(bea_, "POST", "/people/" + id + "/break-glass", short_reason);
  EXPECT_EQ(r.status, 422);
  EXPECT_THAT(r.body, HasSubstr("<a href=\"#reason\">"));
  EXPECT_THAT(r.body, HasSubstr(">urgent</textarea>"));
  testing::ExpectPageRules(r.body);

  http::Form reason;
  reason.Add("reason", "Crisis call out of hours: checking who is in her corner");
  r = Call(bea_, "POST", "/people/" + id + "/break-glass", reason);
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.GetHeader("Location"), "/people/" + id + "/record");

  const std::string html = Show(bea_, "/people/" + id + "/record");
  const std::string until = FormatLondon(w_.clock.Now() + kBreakGlassLasts);
  EXPECT_THAT(html, HasSubstr("You are viewing this record under break-glass until " + until +
                              "; this is recorded and will be reviewed"));
  EXPECT_THAT(html, HasSubstr("Amara Okafor&#39;s record"));
  EXPECT_THAT(html, HasSubstr("She said she has stopped eating"));
  EXPECT_THAT(html, Not(HasSubstr("<form action=\"/episodes/")));
  EXPECT_THAT(html, Not(HasSubstr("<form action=\"/people/" + id)));
  EXPECT_THAT(html, Not(HasSubstr("href=\"#contact\"")));

  // Still no changes under break-glass.
  http::Form concern;
  concern.Add("text", "Worried");
  EXPECT_EQ(Call(bea_, "POST", "/people/" + id + "/concerns", concern).status, 404);

  // Someone who can already see it is told so.
  r = Call(sam_, "POST", "/people/" + id + "/break-glass", reason);
  EXPECT_EQ(r.status, 409);
  EXPECT_THAT(r.body, HasSubstr("You can already see this record"));
}

}  // namespace
}  // namespace record_flows_test
}  // namespace lw::web::record_test

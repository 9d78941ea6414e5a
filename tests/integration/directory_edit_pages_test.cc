// Partners keeping their own directory entries current, over real HTTP with
// the demo directory (issue 7, point 4): a partner changes their own
// service through the form and the new version shows; another
// organisation's service is "Page not found" to them and nothing changes;
// bad input is a 400 with the error summary and nothing stored; a stale
// version is a 409 that keeps what was typed; with review_partner_changes a
// partner's change is not seen by a practitioner until an administrator
// publishes it from /directory/review; the history lists every version; a
// practitioner gets 404 on the form. The demo's partner (Chris Ellis) looks
// after Millbrook Money Advice's entries.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frontdoor_pages_fixture.h"
#include "web/record_form_reader.h"

namespace lw::testing {
namespace directory_edit_pages_test {
namespace {

using web::testing::SubmittedForm;

Fields FieldsOf(const http::Form& form) {
  Fields out;
  for (const auto& [name, value] : form.fields()) {
    if (name != "csrf_token") out.emplace_back(name, value);
  }
  return out;
}

// `fields` with the first `name` set to `value` (added when absent).
Fields Set(Fields fields, const std::string& name, const std::string& value) {
  for (auto& [n, v] : fields) {
    if (n == name) {
      v = value;
      return fields;
    }
  }
  fields.emplace_back(name, value);
  return fields;
}

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++n;
  }
  return n;
}

class DirectoryEditPagesTest : public FrontDoorPagesTest {
 protected:
  // The demo's entries as a practitioner reads them.
  directory::DirectoryService Named(const std::string& name, const std::string& organisation) {
    Actor reader;
    reader.user_id = "test";
    reader.role = Role::kPractitioner;
    auto listed = app().directory().ListServices(reader);
    EXPECT_TRUE(listed) << listed.error().message;
    if (listed) {
      for (const DirectoryEntry& e : *listed) {
        if (e.service.name == name && e.organisation_name == organisation) return e.service;
      }
    }
    ADD_FAILURE() << "no " << name << " in the demo directory";
    return {};
  }

  directory::DirectoryService Debt() {
    return Named("Debt advice appointments", "Millbrook Money Advice");
  }

  // The current version as stored, whoever may see it.
  directory::DirectoryService Current(const std::string& id) {
    Actor admin;
    admin.user_id = "test-admin";
    admin.role = Role::kAdministrator;
    auto view = app().directory().GetService(admin, id);
    EXPECT_TRUE(view) << view.error().message;
    return view ? view->service : directory::DirectoryService{};
  }

  // The edit form as the browser would post it back, unchanged.
  Fields EditForm(Browser& b, const std::string& id) {
    HttpResponse page = b.Get("/directory/services/" + id + "/edit");
    EXPECT_EQ(page.status, 200) << page.body.substr(0, 400);
    return FieldsOf(SubmittedForm(page.body, "/directory/services/" + id + "/edit"));
  }
};

TEST_F(DirectoryEditPagesTest, APartnerChangesTheirOwnServiceAndTheNewVersionShows) {
  const auto debt = Debt();
  Browser chris = As("partner");
  HttpResponse mine = chris.Get("/directory/mine");
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_TRUE(Has(mine.body, "href=\"/directory/mine\" aria-current=\"page\""));  // nav: current
  EXPECT_TRUE(Has(mine.body, "Debt advice appointments"));
  EXPECT_TRUE(Has(mine.body, "Money advice drop-in"));
  EXPECT_FALSE(Has(mine.body, "Housing options"));  // another organisation's
  EXPECT_TRUE(Has(mine.body, "href=\"/directory/services/" + debt.id + "/edit\""));
  EXPECT_TRUE(Has(mine.body, "href=\"/directory/services/new?organisation="));
  EXPECT_TRUE(Has(chris.Get("/home").body, "href=\"/directory/mine\""));

  const std::string url = "/directory/services/" + debt.id;
  HttpResponse entry = chris.Get(url);
  EXPECT_TRUE(Has(entry.body, "href=\"" + url + "/edit\">Edit this entry</a>"));

  Fields form = EditForm(chris, debt.id);
  // What is stored fills the form: Tuesday 9am to 5pm (the demo's).
  auto value = [&](const std::string& name) {
    for (const auto& [n, v] : form) {
      if (n == name) return v;
    }
    return std::string("(absent)");
  };
  EXPECT_EQ(value("opening_1_0_opens"), "9:00");
  EXPECT_EQ(value("opening_1_0_closes"), "17:00");
  EXPECT_EQ(value("opening_0_0_opens"), "");  // Monday: closed
  EXPECT_EQ(value("name"), "Debt advice appointments");
  form = Set(form, "opening_1_0_opens", "10:00");
  form = Set(form, "opening_1_0_closes", "4pm");
  form = Set(form, "description", "An adviser works through your debts with you, in private.");
  form = Set(form, "typical_wait_days", "7");
  HttpResponse saved = chris.Post(url + "/edit", form);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.Header("location"), url + "?done=saved");

  const auto now = Current(debt.id);
  EXPECT_EQ(now.version, debt.version + 1);
  EXPECT_EQ(now.publication, directory::Publication::kPublished);
  ASSERT_FALSE(now.opening.empty());
  EXPECT_EQ(now.opening[0],
            (directory::WeeklyOpening{.weekday = 1, .opens_at = 600, .closes_at = 960}));
  EXPECT_EQ(now.places, debt.places);  // untouched places keep their coordinates
  EXPECT_EQ(now.other_terms, debt.other_terms);

  HttpResponse after = chris.Get(url + "?done=saved");
  EXPECT_TRUE(Has(after.body, "Your changes are saved"));
  EXPECT_TRUE(Has(after.body, "10am to 4pm"));
  EXPECT_TRUE(Has(after.body, "in private."));
  HttpResponse read = As("practitioner").Get(url);
  EXPECT_TRUE(Has(read.body, "10am to 4pm"));
  EXPECT_TRUE(Has(read.body, "About 7 days to a first meeting"));
}

TEST_F(DirectoryEditPagesTest, AnotherOrganisationsServiceIsNotFoundAndNothingChanges) {
  const auto housing = Named("Housing options", "Tameside Council Housing Options");
  const auto debt = Debt();
  Browser chris = As("partner");
  const std::string url = "/directory/services/" + housing.id;
  EXPECT_FALSE(Has(chris.Get(url).body, "Edit this entry"));
  EXPECT_EQ(chris.Get(url + "/edit").status, 404);
  // Even posting a form that names it.
  Fields form = EditForm(chris, debt.id);
  form = Set(form, "version", std::to_string(housing.version));
  form = Set(form, "name", "Taken over");
  EXPECT_EQ(chris.Post(url + "/edit", form).status, 404);
  EXPECT_EQ(Current(housing.id), housing);
  EXPECT_EQ(Audits("directory-service", housing.id, "directory.access_refused"), 1u);

  // Adding a service to another organisation is refused too.
  HttpResponse mine = chris.Get("/directory/mine");
  const std::string ours =
      Find(mine.body, R"re(href="/directory/services/new\?organisation=([0-9a-f-]+)")re");
  ASSERT_FALSE(ours.empty());
  EXPECT_EQ(chris.Get("/directory/services/new?organisation=" + housing.organisation_id).status,
            404);
  HttpResponse blank = chris.Get("/directory/services/new?organisation=" + ours);
  ASSERT_EQ(blank.status, 200);
  Fields fresh = FieldsOf(SubmittedForm(blank.body, "/directory/services/new"));
  fresh = Set(fresh, "name", "Someone else's service");
  fresh = Set(fresh, "organisation_id", housing.organisation_id);
  EXPECT_EQ(chris.Post("/directory/services/new", fresh).status, 404);

  fresh = Set(fresh, "name", "Pension advice");
  fresh = Set(fresh, "organisation_id", ours);
  HttpResponse added = chris.Post("/directory/services/new", fresh);
  ASSERT_EQ(added.status, 303) << added.body;
  EXPECT_TRUE(added.Header("location").ends_with("?done=created"));
  EXPECT_TRUE(Has(chris.Get("/directory/mine").body, "Pension advice"));
}

TEST_F(DirectoryEditPagesTest, BadInputIsA400WithTheErrorSummaryAndNothingStored) {
  const auto debt = Debt();
  Browser chris = As("partner");
  const std::string url = "/directory/services/" + debt.id;
  Fields form = EditForm(chris, debt.id);
  form = Set(form, "name", "");
  form = Set(form, "opening_1_0_opens", "half nine");
  form = Set(form, "minimum_age", "eighteen");
  form = Set(form, "website", "javascript:alert(1)");
  form = Set(form, "cultural_focus", "Typed <and> kept");
  HttpResponse refused = chris.Post(url + "/edit", form);
  ASSERT_EQ(refused.status, 400) << refused.body.substr(0, 300);
  EXPECT_TRUE(Has(refused.body, "nhsuk-error-summary"));
  EXPECT_TRUE(Has(refused.body, "<title>Error: "));
  for (std::string_view link : {"href=\"#name\"", "href=\"#opening_1_0_opens\"",
                                "href=\"#minimum_age\"", "href=\"#website\""}) {
    EXPECT_TRUE(Has(refused.body, link)) << link;
  }
  EXPECT_TRUE(Has(refused.body, "Enter the opening time like 9:30 or 17:00"));
  // The summary reads in the order of the form.
  EXPECT_LT(refused.body.find("href=\"#name\""), refused.body.find("href=\"#minimum_age\""));
  EXPECT_LT(refused.body.find("href=\"#website\""),
            refused.body.find("href=\"#opening_1_0_opens\""));
  EXPECT_TRUE(Has(refused.body, "value=\"half nine\""));
  EXPECT_TRUE(Has(refused.body, "value=\"eighteen\""));
  EXPECT_TRUE(Has(refused.body, "value=\"Typed &lt;and&gt; kept\""));
  EXPECT_TRUE(Has(refused.body, "name=\"version\" value=\"" + std::to_string(debt.version) + "\""));
  EXPECT_EQ(Current(debt.id), debt);

  // The domain's own checks alone are a 400 too.
  form = Set(EditForm(chris, debt.id), "email", "not an email");
  HttpResponse domain = chris.Post(url + "/edit", form);
  EXPECT_EQ(domain.status, 400);
  EXPECT_TRUE(Has(domain.body, "href=\"#email\""));
  EXPECT_EQ(Current(debt.id), debt);
  EXPECT_EQ(chris.Post(url + "/edit", Set(form, "version", "x")).status, 400);
}

TEST_F(DirectoryEditPagesTest, AStaleVersionIsA409ThatKeepsWhatWasTyped) {
  const auto debt = Debt();
  Browser chris = As("partner");
  const std::string url = "/directory/services/" + debt.id;
  Fields seen = EditForm(chris, debt.id);
  // Someone else marks it checked meanwhile.
  Browser admin = As("admin");
  ASSERT_EQ(admin.Get(url).status, 200);
  ASSERT_EQ(admin.Post(url + "/checked", {{"version", std::to_string(debt.version)}}).status, 303);

  Fields typed = Set(seen, "opening_notes", "Closed on the first Monday of the month");
  HttpResponse crossed = chris.Post(url + "/edit", typed);
  ASSERT_EQ(crossed.status, 409) << crossed.body.substr(0, 300);
  EXPECT_TRUE(Has(crossed.body, "Someone else changed this entry"));
  EXPECT_TRUE(Has(crossed.body, "The entry as it is now"));
  EXPECT_TRUE(Has(crossed.body, "Closed on the first Monday of the month</textarea>"));
  EXPECT_TRUE(
      Has(crossed.body, "name=\"version\" value=\"" + std::to_string(debt.version + 1) + "\""));
  EXPECT_EQ(Current(debt.id).opening_notes, debt.opening_notes);

  // Saving again from that page loses nothing.
  Fields again = FieldsOf(SubmittedForm(crossed.body, url + "/edit"));
  HttpResponse saved = chris.Post(url + "/edit", again);
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 300);
  const auto now = Current(debt.id);
  EXPECT_EQ(now.version, debt.version + 2);
  EXPECT_EQ(now.opening_notes, "Closed on the first Monday of the month");
}

TEST_F(DirectoryEditPagesTest, HistoryListsEveryVersionAndAPractitionerMayNotEdit) {
  const auto debt = Debt();
  Browser chris = As("partner");
  const std::string url = "/directory/services/" + debt.id;
  Fields form = Set(EditForm(chris, debt.id), "cost", "");
  ASSERT_EQ(chris.Post(url + "/edit", form).status, 303);
  HttpResponse history = chris.Get(url + "/history");
  ASSERT_EQ(history.status, 200);
  EXPECT_TRUE(Has(history.body, "Every version of Debt advice appointments"));
  EXPECT_TRUE(Has(history.body, "Chris Ellis"));
  EXPECT_TRUE(Has(history.body, "Service changed"));
  EXPECT_EQ(Count(history.body, "<tr class=\"nhsuk-table__row\"><td"),
            static_cast<std::size_t>(debt.version + 1));

  Browser priya = As("practitioner");
  EXPECT_FALSE(Has(priya.Get(url).body, "Edit this entry"));
  EXPECT_EQ(priya.Get(url + "/edit").status, 404);
  EXPECT_EQ(priya.Post(url + "/edit", form).status, 404);
  HttpResponse add = priya.Get("/directory/services/new");  // no form for them
  EXPECT_EQ(add.status, 200);
  EXPECT_TRUE(Has(add.body, "You cannot add services to the directory"));
  EXPECT_FALSE(Has(add.body, "<form action=\"/directory/services/new\""));
  EXPECT_EQ(priya.Post("/directory/services/new", {{"name", "Mine now"}}).status, 404);
  EXPECT_EQ(Current(debt.id).version, debt.version + 1);
  EXPECT_FALSE(Has(priya.Get("/home").body, "href=\"/directory/mine\""));
}

// With the locality's review_partner_changes on.
class DirectoryReviewPagesTest : public DirectoryEditPagesTest {
 protected:
  void Configure(Config& config) override {
    LocalityConfig locality;
    locality.directory.review_partner_changes = true;
    config.locality_config = locality;
  }
};

TEST_F(DirectoryReviewPagesTest, APartnersChangeWaitsUntilAnAdministratorPublishesIt) {
  const auto debt = Debt();
  Browser chris = As("partner");
  const std::string url = "/directory/services/" + debt.id;
  Fields form = Set(EditForm(chris, debt.id), "phone", "0161 496 0000");
  HttpResponse saved = chris.Post(url + "/edit", form);
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 300);
  EXPECT_EQ(saved.Header("location"), url + "?done=awaiting-review");
  EXPECT_TRUE(
      Has(chris.Get(url + "?done=awaiting-review").body, "An administrator will review them"));
  EXPECT_TRUE(Has(chris.Get("/directory/mine").body, "Awaiting review"));

  Browser priya = As("practitioner");
  EXPECT_FALSE(Has(priya.Get(url).body, "0161 496 0000"));

  Browser alex = As("admin");
  HttpResponse queue = alex.Get("/directory/review");
  ASSERT_EQ(queue.status, 200);
  EXPECT_TRUE(Has(queue.body, "href=\"/directory/review\" aria-current=\"page\""));
  EXPECT_TRUE(Has(queue.body, "href=\"#review-" + debt.id + "\""));
  EXPECT_TRUE(Has(queue.body, "What changed in Debt advice appointments"));
  EXPECT_TRUE(Has(queue.body, "0161 496 0000"));     // now
  EXPECT_TRUE(Has(queue.body, debt.contact.phone));  // was
  EXPECT_TRUE(Has(queue.body, "Changed by Chris Ellis"));
  const std::string waiting = std::to_string(debt.version + 1);

  // A stale publish is a 409, nothing published.
  HttpResponse stale = alex.Post(url + "/publish", {{"version", std::to_string(debt.version)}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale.body, "href=\"#publish-" + debt.id + "\""));
  EXPECT_FALSE(Has(priya.Get(url).body, "0161 496 0000"));
  // Nobody but an administrator publishes.
  EXPECT_EQ(chris.Post(url + "/publish", {{"version", waiting}}).status, 404);

  HttpResponse published = alex.Post(url + "/publish", {{"version", waiting}});
  ASSERT_EQ(published.status, 303) << published.body.substr(0, 300);
  EXPECT_EQ(published.Header("location"), "/directory/review?done=published");
  HttpResponse empty = alex.Get("/directory/review?done=published");
  EXPECT_TRUE(Has(empty.body, "Published."));
  EXPECT_TRUE(Has(empty.body, "Nothing is waiting for review."));
  EXPECT_TRUE(Has(priya.Get(url).body, "0161 496 0000"));

  HttpResponse history = alex.Get(url + "/history");
  EXPECT_TRUE(Has(history.body, "Published"));
  EXPECT_TRUE(Has(history.body, "Not published"));  // the version that waited
}

}  // namespace
}  // namespace directory_edit_pages_test
}  // namespace lw::testing

// Rendering of peer matching's pages (peer_pages.h).
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/directory/languages.h"
#include "web/components.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"
#include "web/peer_pages.h"

namespace lw::web {

namespace {

using frontdoor::Choice;

// Reads a refused form (`refusal.form == form`) or the stored values.
class Typed {
 public:
  Typed(const PeerRefusal& refusal, std::string_view form) : r_(refusal), form_(form) {}
  bool failed() const { return r_.form == form_; }
  std::string_view Value(std::string_view name, std::string_view stored = {}) const {
    return failed() ? r_.typed.Value(name) : stored;
  }
  std::vector<std::string_view> Values(std::string_view name,
                                       std::vector<std::string_view> stored) const {
    return failed() ? r_.typed.GetAll(name) : std::move(stored);
  }
  std::string_view Error(std::string_view field) const {
    return failed() ? ErrorFor(r_.errors, field) : std::string_view();
  }

 private:
  const PeerRefusal& r_;
  std::string_view form_;
};

// `text`, or `fallback` when it is empty (a view of one of the two).
std::string_view Or(const std::string& text, std::string_view fallback) {
  return text.empty() ? fallback : std::string_view(text);
}

std::string FullName(const Person& p) {
  std::string name = p.given_name + " " + p.family_name;
  if (!p.preferred_name.empty() && p.preferred_name != p.given_name) {
    name += " (" + p.preferred_name + ")";
  }
  return name;
}

std::vector<Choice> AreaChoices() {
  std::vector<Choice> out;
  for (LivedExperience a : kAllLivedExperiences) {
    std::string name(LivedExperienceName(a));
    if (!name.empty())
      name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    out.push_back({std::string(LivedExperienceKey(a)), name, ""});
  }
  return out;
}

std::vector<std::string_view> AreaKeys(const std::vector<LivedExperience>& areas) {
  std::vector<std::string_view> out;
  out.reserve(areas.size());
  for (LivedExperience a : areas) out.push_back(LivedExperienceKey(a));
  return out;
}

std::string AreaList(const std::vector<LivedExperience>& areas) {
  std::string out;
  for (LivedExperience a : areas) {
    if (!out.empty()) out += "\n";
    out += LivedExperienceName(a);
  }
  return out;
}

std::string LanguageList(const std::vector<std::string>& codes) {
  std::string out;
  for (const std::string& c : codes) {
    if (!out.empty()) out += ", ";
    out += directory::LanguageName(c);
  }
  return out;
}

void Top(Html& h, std::string_view title, std::string_view done, const PeerRefusal& refusal) {
  if (!refusal.errors.empty() || !refusal.problem.empty()) {
    frontdoor::ErrorSummaryWith(h, refusal.problem, refusal.errors);
  } else if (!done.empty()) {
    SuccessBanner(h, done);
  }
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(title) << "</h1>\n";
}

void FormStart(Html& h, std::string_view action, std::string_view csrf, long long version) {
  h << "<form method=\"post\" action=\"" << Attr(action) << "\" novalidate>\n";
  CsrfField(h, csrf);
  frontdoor::Hidden(h, "version", std::to_string(version));
}

// --- My lived experience.

void ProfileSummary(Html& h, const SharingProfile& p) {
  const std::string consent = "Given on " + frontdoor::DayOf(p.consent_given_at);
  const std::string areas = AreaList(p.areas);
  const std::string languages =
      p.languages.empty() ? "English" : "English, " + LanguageList(p.languages);
  const SummaryItem items[] = {
      {.key = "Experiences you are willing to share", .value = areas},
      {.key = "Languages", .value = languages},
      {.key = "How you describe your gender", .value = Or(p.gender, "Not given")},
      {.key = "In your own words", .value = Or(p.own_words, "Not given")},
      {.key = "Your consent", .value = consent},
  };
  SummaryList(h, items);
}

void ProfileForm(Html& h, const MyLivedExperiencePageView& v) {
  const Typed form(v.refusal, "profile");
  const std::optional<SharingProfile>& p = v.view.profile;
  const bool consented = p && ConsentStands(*p);
  h << "<h2 class=\"nhsuk-heading-m\" id=\"record\">"
    << (consented ? Markup("Change what you share")
                  : Markup("Record what you are willing to share"))
    << "</h2>\n";
  FormStart(h, "/my/lived-experience", v.csrf_token, p ? p->version : 0);
  const std::vector<Choice> areas = AreaChoices();
  const std::vector<std::string_view> areas_checked =
      form.Values("areas", consented ? AreaKeys(p->areas) : std::vector<std::string_view>{});
  frontdoor::Checkboxes(h, {.id = "areas",
                            .name = "areas",
                            .legend = "Which experiences are you willing to share?",
                            .hint = "Only what you are happy for the team to know and to talk "
                                    "about with someone you mentor. Select all that apply.",
                            .error = form.Error("areas"),
                            .choices = areas,
                            .checked = areas_checked,
                            .legend_m = true,
                            .small = true});
  std::vector<Choice> languages;
  for (std::string_view code : PeerLanguageCodes()) {
    languages.push_back({std::string(code), std::string(directory::LanguageName(code)), ""});
  }
  std::vector<std::string_view> stored_languages;
  if (consented) stored_languages.assign(p->languages.begin(), p->languages.end());
  const std::vector<std::string_view> languages_checked =
      form.Values("languages", stored_languages);
  frontdoor::Checkboxes(h, {.id = "languages",
                            .name = "languages",
                            .legend = "Could you mentor someone in a language other than English?",
                            .hint = "Select all that apply (optional)",
                            .error = form.Error("languages"),
                            .choices = languages,
                            .checked = languages_checked,
                            .legend_m = true,
                            .small = true});
  frontdoor::Input(h, {.id = "gender",
                       .name = "gender",
                       .label = "How you describe your gender (optional)",
                       .value = form.Value("gender", consented ? p->gender : ""),
                       .hint = "Some people would like a mentor of a particular gender",
                       .error = form.Error("gender"),
                       .width = 20,
                       .bold_label = true});
  frontdoor::Textarea(h, {.id = "own_words",
                          .name = "own_words",
                          .label = "In your own words (optional)",
                          .value = form.Value("own_words", consented ? p->own_words : ""),
                          .hint = "A few words someone choosing a peer mentor would see",
                          .error = form.Error("own_words"),
                          .rows = 3,
                          .bold_label = true});
  frontdoor::SingleCheckbox(
      h, {.id = "consent",
          .name = "consent",
          .label = "I agree that the team may see these experiences and suggest me as a peer "
                   "mentor to people who have been through something similar. I can withdraw "
                   "at any time.",
          .checked = form.failed() && form.Value("consent") == "yes",
          .error = form.Error("consent")});
  SubmitButton(h, "Save and give consent");
  h << "</form>\n";
}

void WithdrawForm(Html& h, const MyLivedExperiencePageView& v) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"withdraw\">Withdraw your consent</h2>\n"
       "<p>You will no longer be suggested as a peer mentor, and what you shared is taken off "
       "your profile. People who already chose you keep their choice.</p>\n";
  FormStart(h, "/my/lived-experience/withdraw", v.csrf_token, v.view.profile->version);
  h << "<button class=\"nhsuk-button nhsuk-button--secondary\" data-module=\"nhsuk-button\" "
       "type=\"submit\">Withdraw my consent</button>\n</form>\n";
}

void Requests(Html& h, const std::vector<PeerRequest>& requests) {
  if (requests.empty()) return;
  h << "<h2 class=\"nhsuk-heading-m\">People who would like you as their peer mentor</h2>\n"
       "<ul class=\"nhsuk-list nhsuk-list--bullet\">\n";
  for (const PeerRequest& r : requests) {
    h << "<li><a class=\"nhsuk-link\" href=\"/people/" << Attr(r.person.id) << "/peer-mentor\">"
      << Text(FullName(r.person)) << "</a>: chosen together with "
      << Text(r.chosen_by_name.empty() ? std::string("their practitioner") : r.chosen_by_name)
      << " on " << Text(frontdoor::DayOf(r.wish.choice->chosen_at))
      << ". Accept or decline on their page.</li>\n";
  }
  h << "</ul>\n";
}

// --- A person's peer mentor.

std::string_view ResponseText(ChoiceResponse r) {
  switch (r) {
    case ChoiceResponse::kAwaiting:
      return "Waiting for their answer";
    case ChoiceResponse::kAccepted:
      return "Accepted";
    case ChoiceResponse::kDeclined:
      return "Declined";
  }
  return "";
}

void ChoiceSummary(Html& h, const PeerMentorPageView& v) {
  const PeerMentorWish& w = *v.view.wish;
  const PeerChoice& c = *w.choice;
  h << "<h2 class=\"nhsuk-heading-m\">The peer mentor chosen</h2>\n";
  const std::string who =
      v.view.chosen_name.empty() ? "A former member of staff" : v.view.chosen_name;
  const std::string how =
      "Chosen together with the person on " + frontdoor::DayOf(c.chosen_at) +
      (v.view.chosen_by_name.empty() ? "" : ", recorded by " + v.view.chosen_by_name);
  std::string answer(ResponseText(c.response));
  if (c.responded_at) answer += " on " + frontdoor::DayOf(*c.responded_at);
  if (!c.response_note.empty()) answer += "\n" + c.response_note;
  const SummaryItem items[] = {{.key = "Peer mentor", .value = who},
                               {.key = "How", .value = how},
                               {.key = "Their answer", .value = answer}};
  SummaryList(h, items);
  if (!v.view.may_respond) return;
  const Typed form(v.refusal, "answer");
  h << "<h2 class=\"nhsuk-heading-m\" id=\"answer-form\">Your answer</h2>\n";
  FormStart(h, "/people/" + v.view.person.id + "/peer-mentor/answer", v.csrf_token, w.version);
  const Choice answers[] = {{"accept", "I accept", ""}, {"decline", "I decline", ""}};
  const std::string_view checked[] = {form.Value("answer")};
  frontdoor::Radios(h, {.id = "answer",
                        .name = "answer",
                        .legend = "Will you be their peer mentor?",
                        .error = form.Error("answer"),
                        .choices = answers,
                        .checked = checked,
                        .legend_m = false,
                        .small = true,
                        .inline_items = true});
  frontdoor::Textarea(h, {.id = "note",
                          .name = "note",
                          .label = "A note (optional)",
                          .value = form.Value("note"),
                          .error = form.Error("note"),
                          .rows = 2,
                          .bold_label = true});
  SubmitButton(h, "Send your answer");
  h << "</form>\n";
}

void WishSummary(Html& h, const PeerMentorWish& w, std::string_view recorded_by) {
  const std::string language =
      w.language.empty() ? "No preference" : std::string(directory::LanguageName(w.language));
  const std::string recorded = frontdoor::DayOf(w.recorded_at) +
                               (recorded_by.empty() ? "" : ", by " + std::string(recorded_by));
  const std::string areas = AreaList(w.areas);
  const SummaryItem items[] = {
      {.key = "What matters to them", .value = areas},
      {.key = "Language", .value = language},
      {.key = "Preferences", .value = Or(w.preferences, "None given")},
      {.key = "In their words", .value = Or(w.in_their_words, "Not given")},
      {.key = "Recorded", .value = recorded},
  };
  SummaryList(h, items);
}

void WishForm(Html& h, const PeerMentorPageView& v) {
  const Typed form(v.refusal, "wish");
  const std::optional<PeerMentorWish>& w = v.view.wish;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"wish\">"
    << (w ? Markup("Change what they would like") : Markup("What would they like?")) << "</h2>\n";
  FormStart(h, "/people/" + v.view.person.id + "/peer-mentor/wish", v.csrf_token,
            w ? w->version : 0);
  const std::vector<Choice> areas = AreaChoices();
  const std::vector<std::string_view> checked =
      form.Values("areas", w ? AreaKeys(w->areas) : std::vector<std::string_view>{});
  frontdoor::Checkboxes(h, {.id = "areas",
                            .name = "areas",
                            .legend = "Someone who has been through something similar: what "
                                      "matters to them?",
                            .hint = "Select all that apply, as they put it",
                            .error = form.Error("areas"),
                            .choices = areas,
                            .checked = checked,
                            .legend_m = true,
                            .small = true});
  std::vector<Choice> languages = {{"", "No preference", ""}};
  for (std::string_view code : PeerLanguageCodes()) {
    languages.push_back({std::string(code), std::string(directory::LanguageName(code)), ""});
  }
  frontdoor::Select(h, {.id = "language",
                        .name = "language",
                        .label = "A mentor who speaks",
                        .options = languages,
                        .selected = form.Value("language", w ? w->language : ""),
                        .hint = "Besides English",
                        .error = form.Error("language")});
  frontdoor::Textarea(h, {.id = "preferences",
                          .name = "preferences",
                          .label = "Any preferences, in their words (optional)",
                          .value = form.Value("preferences", w ? w->preferences : ""),
                          .hint = "For example, about the mentor's gender or age",
                          .error = form.Error("preferences"),
                          .rows = 2,
                          .bold_label = true});
  frontdoor::Textarea(h, {.id = "in_their_words",
                          .name = "in_their_words",
                          .label = "What they would like from a peer mentor, in their words "
                                   "(optional)",
                          .value = form.Value("in_their_words", w ? w->in_their_words : ""),
                          .error = form.Error("in_their_words"),
                          .rows = 3,
                          .bold_label = true});
  SubmitButton(h, "Save what they would like");
  h << "</form>\n";
}

void Suggestions(Html& h, const PeerMentorPageView& v) {
  const PeerMentorWish& w = *v.view.wish;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"suggestions\">Suggestions from your team</h2>\n"
       "<p>These are people in your team who have agreed to share their lived experience. They "
       "are suggestions, not a decision: talk them through with the person, who chooses.</p>\n";
  if (v.view.suggestions.empty()) {
    h << "<p>Nobody in your team has shared an experience that matches yet.</p>\n";
    return;
  }
  for (const PeerSuggestion& s : v.view.suggestions) {
    h << "<div class=\"nhsuk-card\">\n<div class=\"nhsuk-card__content\">\n"
         "<h3 class=\"nhsuk-card__heading nhsuk-heading-s\">"
      << Text(s.name) << "</h3>\n<ul class=\"nhsuk-list nhsuk-list--bullet\">\n";
    for (const std::string& r : s.reasons) h << "<li>" << Text(r) << "</li>\n";
    if (!s.gender.empty()) h << "<li>Describes their gender as: " << Text(s.gender) << "</li>\n";
    h << "</ul>\n";
    if (!s.own_words.empty()) {
      h << "<p class=\"nhsuk-body-s\">In their words: " << Text(s.own_words) << "</p>\n";
    }
    h << "</div>\n</div>\n";
  }
  const Typed form(v.refusal, "choice");
  h << "<h2 class=\"nhsuk-heading-m\" id=\"choose\">Record the choice</h2>\n";
  FormStart(h, "/people/" + v.view.person.id + "/peer-mentor/choice", v.csrf_token, w.version);
  std::vector<Choice> people;
  people.reserve(v.view.suggestions.size());
  for (const PeerSuggestion& s : v.view.suggestions) people.push_back({s.user_id, s.name, ""});
  const std::string_view checked[] = {form.Value("peer")};
  frontdoor::Radios(h, {.id = "peer",
                        .name = "peer",
                        .legend = "Who did the person choose?",
                        .error = form.Error("peer"),
                        .choices = people,
                        .checked = checked,
                        .small = true});
  frontdoor::SingleCheckbox(h, {.id = "together",
                                .name = "together",
                                .label = "The person made this choice with me",
                                .checked = form.failed() && form.Value("together") == "yes",
                                .error = form.Error("together")});
  SubmitButton(h, "Record the choice");
  h << "</form>\n";
}

}  // namespace

Page MyLivedExperiencePage(const MyLivedExperiencePageView& v) {
  Page page;
  page.title = "My lived experience";
  page.status = v.refusal.status;
  page.has_errors = !v.refusal.errors.empty() || !v.refusal.problem.empty();
  page.section = NavSection::kHome;
  Html& h = page.content;
  std::string done;
  if (v.done == "saved") done = "Saved. Thank you for sharing.";
  if (v.done == "withdrawn") done = "Your consent is withdrawn. You will not be suggested.";
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  Top(h, page.title, done, v.refusal);
  h << "<p>Someone supported by the team may want a peer mentor who has been through "
       "something similar. If you are willing, record here the experiences you would share. "
       "Only you can record or change this, and you can withdraw at any time.</p>\n";
  const std::optional<SharingProfile>& p = v.view.profile;
  if (p && ConsentStands(*p)) {
    ProfileSummary(h, *p);
  } else if (p && p->withdrawn_at) {
    h << "<div class=\"nhsuk-inset-text\">\n<span class=\"nhsuk-u-visually-hidden\">Information: "
         "</span>\n<p>You withdrew your consent on "
      << Text(frontdoor::DayOf(*p->withdrawn_at))
      << ". You are not suggested as a peer mentor.</p>\n</div>\n";
  }
  Requests(h, v.view.requests);
  ProfileForm(h, v);
  if (p && ConsentStands(*p)) WithdrawForm(h, v);
  h << "</div>\n</div>\n";
  return page;
}

Page PeerMentorPage(const PeerMentorPageView& v) {
  Page page;
  page.title = "Peer mentor for " + FullName(v.view.person);
  page.status = v.refusal.status;
  page.has_errors = !v.refusal.errors.empty() || !v.refusal.problem.empty();
  page.section = NavSection::kPeople;
  Html& h = page.content;
  std::string done;
  if (v.done == "wish") done = "What they would like is saved";
  if (v.done == "choice") done = "The choice is recorded";
  if (v.done == "accepted") done = "You accepted";
  if (v.done == "declined") done = "You declined";
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  BackLink(h, "/people/" + v.view.person.id + "/record");
  Top(h, page.title, done, v.refusal);
  if (v.view.wish && v.view.wish->choice) ChoiceSummary(h, v);
  if (v.view.wish) {
    h << "<h2 class=\"nhsuk-heading-m\">What they would like</h2>\n";
    WishSummary(h, *v.view.wish, v.view.recorded_by_name);
    Suggestions(h, v);
  } else {
    h << "<p>Would they like a peer mentor who has been through something similar? Record "
         "what matters to them, and the team's peer mentors who share it are suggested.</p>\n";
  }
  WishForm(h, v);
  h << "</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

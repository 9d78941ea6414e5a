// GET /staffing/posts/new and /staffing/posts/{id} (staffing_pages.h): a
// post's form, the form to end it, and its history.
#include <string>
#include <vector>

#include "web/components.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"
#include "web/staffing_pages.h"

namespace lw::web {

namespace {

using frontdoor::Choice;

constexpr std::string_view kEndConfirmId = "end-confirm";

// The value a field shows: what was typed when the form was refused, else
// the stored post's (or a new post's default).
class Values {
 public:
  explicit Values(const StaffPostPageView& v) : v_(v) {}

  std::string Value(std::string_view field) const {
    if (v_.typed_form) return std::string(v_.typed.Value(field));
    if (!v_.post) return field == "hours_per_week" ? "37.5" : "";
    const StaffPost& p = v_.post->post;
    if (field == "user_id") return p.user_id;
    if (field == "organisation_id") return p.organisation_id;
    if (field == "team_id") return p.team_id;
    if (field == "neighbourhood_id") return std::string(NeighbourhoodChoiceOf(p));
    if (field == "profession") return std::string(ProfessionKey(p.profession));
    if (field == "band") return p.band ? std::string(BandKey(*p.band)) : "";
    if (field == "hours_per_week") return ShortNumber(p.hours_per_week);
    return "";
  }

  bool Ticked(std::string_view field) const {
    if (v_.typed_form) return v_.typed.Value(field) == "yes";
    if (!v_.post) return false;
    return field == "safeguarding_lead" ? v_.post->post.safeguarding_lead
                                        : v_.post->post.development_support;
  }

  std::string_view Error(std::string_view field) const {
    if (v_.end_failed != (field == "confirm")) return "";
    return ErrorFor(v_.errors, field);
  }

 private:
  const StaffPostPageView& v_;
};

std::vector<Choice> UserOptions(const StaffingChoices& c) {
  std::vector<Choice> out = {{"", "Choose a member of staff", ""}};
  for (const User& u : c.users) out.push_back({u.id, u.display_name, ""});
  return out;
}

std::vector<Choice> OrganisationOptions(const StaffingChoices& c) {
  std::vector<Choice> out = {{"", "Choose the employer", ""}};
  for (const Organisation& o : c.organisations) {
    out.push_back({o.id, o.name + " (" + std::string(OrganisationKindName(o.kind)) + ")", ""});
  }
  return out;
}

std::vector<Choice> TeamOptions(const StaffingChoices& c) {
  std::vector<Choice> out = {{"", "Choose a team", ""}};
  for (const Team& t : c.teams) out.push_back({t.id, t.name, ""});
  return out;
}

std::vector<Choice> NeighbourhoodOptions(const StaffingChoices& c) {
  std::vector<Choice> out = {{"", "The team's neighbourhood", ""}};
  for (const Neighbourhood& n : c.neighbourhoods) out.push_back({n.id, n.name, ""});
  out.push_back({std::string(kLocalityWide), "Across the locality", ""});
  return out;
}

std::vector<Choice> ProfessionOptions(const RoleNames& names) {
  std::vector<Choice> out = {{"", "Choose a role", ""}};
  for (Profession p : kAllProfessions) {
    out.push_back({std::string(ProfessionKey(p)), ProfessionTitle(names, p), ""});
  }
  return out;
}

std::vector<Choice> BandOptions() {
  std::vector<Choice> out = {{"", "No Agenda for Change band", ""}};
  for (Band b : kAllBands) {
    out.push_back({std::string(BandKey(b)), std::string(BandDisplayName(b)), ""});
  }
  return out;
}

void PostForm(Html& h, const StaffPostPageView& v, const Values& values) {
  if (v.post) {
    h << "<form action=\"/staffing/posts/" << Attr(v.post->post.id)
      << "\" method=\"post\" novalidate>\n";
    frontdoor::Hidden(h, "version", std::to_string(v.post->post.version));
  } else {
    h << "<form action=\"/staffing/posts/new\" method=\"post\" novalidate>\n";
  }
  CsrfField(h, v.csrf_token);
  auto select = [&](std::string_view field, std::string_view label, std::string_view hint,
                    const std::vector<Choice>& options) {
    const std::string selected = values.Value(field);
    frontdoor::Select(h, {.id = field,
                          .name = field,
                          .label = label,
                          .options = options,
                          .selected = selected,
                          .hint = hint,
                          .error = values.Error(field)});
  };
  select("user_id", "Who holds the post", "", UserOptions(v.choices));
  select("organisation_id", "Employer", "", OrganisationOptions(v.choices));
  select("team_id", "Team", "", TeamOptions(v.choices));
  select("neighbourhood_id", "Neighbourhood",
         "A post across the locality counts towards the locality's minimum, not a "
         "neighbourhood's.",
         NeighbourhoodOptions(v.choices));
  select("profession", "Role", "", ProfessionOptions(v.role_names));
  select("band", "Agenda for Change band", "Most voluntary sector posts have no band.",
         BandOptions());
  const std::string hours = values.Value("hours_per_week");
  frontdoor::Input(h, {.id = "hours_per_week",
                       .name = "hours_per_week",
                       .label = "Hours a week",
                       .value = hours,
                       .hint = "A full-time week is 37.5 hours",
                       .error = values.Error("hours_per_week"),
                       .width = 4,
                       .inputmode = "decimal",
                       .spellcheck = false});
  frontdoor::SingleCheckbox(h, {.id = "development_support",
                                .name = "development_support",
                                .label = "Supported to develop to the next band",
                                .checked = values.Ticked("development_support")});
  frontdoor::SingleCheckbox(h, {.id = "safeguarding_lead",
                                .name = "safeguarding_lead",
                                .label = "The locality's safeguarding lead (a social worker)",
                                .checked = values.Ticked("safeguarding_lead")});
  SubmitButton(h, v.post ? "Save changes" : "Add post");
  h << "</form>\n";
}

void EndForm(Html& h, const StaffPostPageView& v, const Values& values) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"end\">End this post</h2>\n"
       "<p>When someone leaves or the post closes, end it. It is kept in the history and no "
       "longer counts towards the minimum.</p>\n"
       "<form action=\"/staffing/posts/"
    << Attr(v.post->post.id) << "/end\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  frontdoor::Hidden(h, "version", std::to_string(v.post->post.version));
  frontdoor::SingleCheckbox(h, {.id = kEndConfirmId,
                                .name = "confirm",
                                .label = "This post has ended",
                                .error = values.Error("confirm")});
  h << "<button class=\"nhsuk-button nhsuk-button--warning\" data-module=\"nhsuk-button\" "
       "type=\"submit\">End post</button>\n</form>\n";
}

void EndedSummary(Html& h, const StaffPostView& v) {
  const StaffPost& p = v.post;
  Html ended;
  ended << "<p>This post has ended. It no longer counts towards the minimum and can no longer be "
           "changed.</p>\n";
  InsetText(h, ended);
  const std::string band = p.band ? std::string(BandDisplayName(*p.band)) : "No band";
  const std::string hours = ShortNumber(p.hours_per_week);
  const std::string where =
      v.neighbourhood_name.empty() ? "Across the locality" : v.neighbourhood_name;
  const SummaryItem items[] = {
      {"Role", v.profession_title},      {"Band", band},        {"Hours a week", hours},
      {"Employer", v.organisation_name}, {"Team", v.team_name}, {"Neighbourhood", where},
  };
  SummaryList(h, items);
}

void History(Html& h, const std::vector<StaffPostVersion>& history) {
  if (history.empty()) return;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"history\">History</h2>\n"
       "<table class=\"nhsuk-table\">\n<caption class=\"nhsuk-table__caption "
       "nhsuk-u-visually-hidden\">Every version of the post, oldest first</caption>\n"
       "<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Version</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">When</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Who</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">What</th>\n"
       "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const StaffPostVersion& v : history) {
    const StaffPost& p = v.post.post;
    std::string what = v.change.reason + ": " + v.post.profession_title;
    if (p.band) what += ", " + std::string(BandDisplayName(*p.band));
    what += ", " + ShortNumber(p.hours_per_week) + " hours";
    h << "<tr class=\"nhsuk-table__row\">\n<td class=\"nhsuk-table__cell\">" << p.version
      << "</td>\n<td class=\"nhsuk-table__cell\">" << Text(frontdoor::DayOf(v.change.changed_at))
      << "</td>\n<td class=\"nhsuk-table__cell\">"
      << Text(v.changed_by_name.empty() ? "Another account" : v.changed_by_name)
      << "</td>\n<td class=\"nhsuk-table__cell\">" << Text(what) << "</td>\n</tr>\n";
  }
  h << "</tbody>\n</table>\n";
}

}  // namespace

Page StaffPostPage(const StaffPostPageView& view) {
  const Values values(view);
  Page page;
  page.section = NavSection::kStaffing;
  page.status = view.status;
  page.has_errors = !view.errors.empty() || !view.problem.empty();
  const std::string holder =
      view.post ? (view.post->user_name.empty() ? "Another account" : view.post->user_name) : "";
  if (!view.post) {
    page.title = "Add a post";
  } else if (view.post->post.current) {
    page.title = "Change " + holder + "'s post";
  } else {
    page.title = holder + "'s post (ended)";
  }
  Html& h = page.content;
  BackLink(h, "/staffing");
  // The end form's box has an id of its own.
  std::vector<FieldError> linked = view.errors;
  for (FieldError& e : linked) {
    if (e.field == "confirm") e.field = std::string(kEndConfirmId);
  }
  frontdoor::ErrorSummaryWith(h, view.problem, linked);
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n";
  if (view.post && !view.post->post.current) {
    EndedSummary(h, *view.post);
  } else {
    PostForm(h, view, values);
    if (view.post) EndForm(h, view, values);
  }
  History(h, view.history);
  return page;
}

}  // namespace lw::web

// GET /people/{id}/wheel: the Wheel of Life (progress_pages.h).
#include <string>
#include <vector>

#include "web/charts.h"
#include "web/components.h"
#include "web/progress_parts.h"

namespace lw::web {

using progress::Cell;
using progress::FormView;

namespace {

constexpr std::size_t kChartCheckIns = 4;

std::string Label(const WheelCheckIn& c) { return "Check-in " + c.on.ToDisplay(); }

void Chart(Html& h, const WheelView& w, const std::vector<LifeArea>& areas) {
  const std::size_t first =
      w.check_ins.size() > kChartCheckIns ? w.check_ins.size() - kChartCheckIns : 0;
  RadarChart chart{.id = "wheel-chart",
                   .title = "Wheel of Life",
                   .lowest = kLowestWheelRating - 1,
                   .highest = kHighestWheelRating};
  std::vector<std::string> labels;
  for (const LifeArea& a : areas) chart.axes.push_back(a.name);
  for (std::size_t i = first; i < w.check_ins.size(); ++i) {
    RadarSeries s{.label = Label(w.check_ins[i])};
    for (const LifeArea& a : areas) s.values.push_back(RatingFor(w.check_ins[i], a.key));
    labels.push_back(s.label);
    chart.series.push_back(std::move(s));
  }
  chart.desc = "A radar chart of each life area rated from 1 to 10, comparing " +
               std::to_string(chart.series.size()) +
               (chart.series.size() == 1 ? " check-in" : " check-ins") +
               ". Areas not rated are drawn at the centre. The numbers are in the table below.";
  h << "<figure class=\"lw-figure\">\n";
  Radar(h, chart);
  h << "<figcaption>\n";
  Legend(h, labels);
  h << "</figcaption>\n</figure>\n";
}

void Numbers(Html& h, const WheelView& w, const std::vector<LifeArea>& areas) {
  std::vector<std::string> headers = {"Life area"};
  for (const WheelCheckIn& c : w.check_ins) headers.push_back(c.on.ToDisplay());
  std::vector<std::string_view> views(headers.begin(), headers.end());
  progress::TableStart(h, "Ratings at each check-in (1 to 10)", views);
  for (const LifeArea& a : areas) {
    h << "<tr class=\"nhsuk-table__row\">\n";
    Cell(h, a.name, true);
    for (const WheelCheckIn& c : w.check_ins) {
      auto r = RatingFor(c, a.key);
      Cell(h, r ? std::to_string(*r) : "Not rated");
    }
    h << "</tr>\n";
  }
  h << "<tr class=\"nhsuk-table__row\">\n";
  Cell(h, "Whose answers", true);
  for (const WheelCheckIn& c : w.check_ins) Cell(h, EnteredByDisplayName(c.entered_by));
  h << "</tr>\n";
  progress::TableEnd(h);
}

void CheckInForm(Html& h, const WheelPageView& v, const std::vector<LifeArea>& areas) {
  const FormView form(v.refusal, "check-in");
  h << "<h2 class=\"nhsuk-heading-m\" id=\"new-check-in\">New check-in</h2>\n"
       "<p>Rate each part of life from 1 (as bad as it could be) to 10 (as good as it could "
       "be). Leave out any they would rather not rate.</p>\n";
  progress::FormStart(h, "/people/" + v.wheel.person.id + "/wheel", v.csrf_token);
  std::vector<frontdoor::Choice> choices;
  for (int r = kLowestWheelRating; r <= kHighestWheelRating; ++r) {
    choices.push_back({std::to_string(r), std::to_string(r), ""});
  }
  for (const LifeArea& a : areas) {
    const std::string name = "area_" + a.key;
    const std::string_view checked[] = {form.Value(name)};
    frontdoor::Radios(h, {.id = name,
                          .name = name,
                          .legend = a.name,
                          .error = form.Error(name),
                          .choices = choices,
                          .checked = checked,
                          .small = true,
                          .inline_items = true});
  }
  progress::OnDate(h, form, "Date of the check-in");
  progress::EnteredByRadios(h, form, "Whose answers are these?");
  frontdoor::Textarea(h, {.id = "note",
                          .name = "note",
                          .label = "Note (optional)",
                          .value = form.Value("note"),
                          .error = form.Error("note"),
                          .rows = 2,
                          .bold_label = true});
  SubmitButton(h, "Save the check-in");
  h << "</form>\n";
}

}  // namespace

Page WheelPage(const WheelPageView& v) {
  static const std::vector<LifeArea> kNone;
  const std::vector<LifeArea>& areas = v.life_areas != nullptr ? *v.life_areas : kNone;
  Page page;
  page.title = progress::FullName(v.wheel.person) + "'s Wheel of Life";
  page.status = v.refusal.status;
  page.has_errors = !v.refusal.errors.empty() || !v.refusal.problem.empty();
  page.section = NavSection::kPeople;
  Html& h = page.content;
  const std::string first_area = areas.empty() ? "" : "area_" + areas.front().key;
  const std::pair<std::string_view, std::string_view> renames[] = {{"ratings", first_area}};
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-full\">\n";
  progress::Top(h, page.title, v.done == "check-in" ? "Check-in saved" : "", v.refusal, renames);
  progress::PersonNav(h, v.wheel.person.id, "wheel");
  if (v.wheel.check_ins.empty()) {
    h << "<p>No check-ins yet.</p>\n";
  } else {
    Chart(h, v.wheel, areas);
    Numbers(h, v.wheel, areas);
    h << "<p><a class=\"nhsuk-link\" href=\"" << Attr(ProgressCsvPath(v.wheel.person.id))
      << "\" download>Download these numbers (CSV)</a></p>\n";
  }
  CheckInForm(h, v, areas);
  h << "</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

// GET /people/{id}/progress: the change over time (progress_pages.h).
#include <string>
#include <vector>

#include "web/charts.h"
#include "web/components.h"
#include "web/csv.h"
#include "web/progress_parts.h"

namespace lw::web {

using progress::Cell;

namespace {

std::string Signed(Points p) { return (p.hundredths > 0 ? "+" : "") + p.ToString(); }

std::string Thresholds(const ChangeRule& rule) {
  std::string out =
      rule.polarity == Polarity::kHigherIsBetter ? "Higher is better. " : "Lower is better. ";
  if (rule.reliable_change) {
    out += "A change of " + rule.reliable_change->ToString() + " or more is reliable. ";
  } else {
    out += "No published reliable-change threshold: only the direction is shown. ";
  }
  if (rule.cut_off) {
    std::string side;
    switch (rule.cut_off->clinical) {
      case ClinicalSide::kBelow:
        side = "below ";
        break;
      case ClinicalSide::kAtOrBelow:
        side = "at or below ";
        break;
      case ClinicalSide::kAbove:
        side = "above ";
        break;
      case ClinicalSide::kAtOrAbove:
        side = "at or above ";
        break;
    }
    out += "Clinical range: " + side + rule.cut_off->value.ToString() + ".";
  }
  return out;
}

void Measure(Html& h, const MeasureProgress& m, std::size_t index) {
  h << "<h3 class=\"nhsuk-heading-s\">" << Text(m.name) << "</h3>\n";
  if (m.change) {
    h << "<dl class=\"nhsuk-summary-list\">\n";
    SummaryRow(h, "First score",
               m.change->baseline.ToString() + " (" + m.pair->baseline.on.ToDisplay() + ")");
    SummaryRow(h, "Latest score",
               m.change->latest.ToString() + " (" + m.pair->follow_up.on.ToDisplay() + ")");
    SummaryRow(h, "Change", Signed(m.change->change));
    SummaryRow(h, "What the change means", ChangeInWords(*m.change));
    SummaryRow(h, "Thresholds used", Thresholds(m.rule));
    h << "</dl>\n";
  } else {
    h << "<p>"
      << (m.series.empty() ? Markup("No scored answers yet.")
                           : Markup("One score so far: the change shows once there is "
                                    "a later one on another day."))
      << " " << Text(Thresholds(m.rule)) << "</p>\n";
  }
  if (m.not_scored > 0) {
    h << "<p>" << m.not_scored
      << (m.not_scored == 1 ? Markup(" response was") : Markup(" responses were"))
      << " partial and could not be scored.</p>\n";
  }
  if (m.series.empty()) return;
  LineChart chart{.id = "measure-" + std::to_string(index),
                  .title = m.name + " over time",
                  .lowest = m.lowest.ToDouble(),
                  .highest = m.highest.ToDouble()};
  if (m.rule.cut_off) {
    chart.reference = m.rule.cut_off->value.ToDouble();
    chart.reference_label = "Clinical cut-off " + m.rule.cut_off->value.ToString();
  }
  for (const ScorePoint& p : m.series) {
    chart.points.push_back({p.on.ToDisplay(), p.score.ToDouble()});
  }
  chart.desc = "A line chart of " + std::to_string(m.series.size()) +
               (m.series.size() == 1 ? " score" : " scores") + " from " + m.lowest.ToString() +
               " to " + m.highest.ToString() +
               ", oldest on the left. The numbers are in the "
               "table below.";
  h << "<figure class=\"lw-figure\">\n";
  Line(h, chart);
  h << "</figure>\n";
  static constexpr std::string_view kHeaders[] = {"Date", "Occasion", "Score"};
  progress::TableStart(h, m.name + ": every score", kHeaders);
  for (const ScorePoint& p : m.series) {
    h << "<tr class=\"nhsuk-table__row\">\n";
    Cell(h, p.on.ToDisplay(), true);
    Cell(h, OccasionDisplayName(p.occasion));
    Cell(h, p.score.ToString());
    h << "</tr>\n";
  }
  progress::TableEnd(h);
}

void Goals(Html& h, const ProgressView& p) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"goals\">Goals</h2>\n";
  if (p.goals.empty()) {
    h << "<p>No goals yet.</p>\n";
    return;
  }
  h << "<p>" << Text(Thresholds(p.goals_progress.rule)) << "</p>\n";
  static constexpr std::string_view kHeaders[] = {"Goal", "First rating", "Latest rating", "Change",
                                                  "What the change means"};
  progress::TableStart(h, "Goal Based Outcomes: first and latest ratings (0 to 10)", kHeaders);
  for (std::size_t i = 0; i < p.goals.size() && i < p.goals_progress.goals.size(); ++i) {
    const Goal& g = p.goals[i];
    const GoalProgress& gp = p.goals_progress.goals[i];
    h << "<tr class=\"nhsuk-table__row\">\n";
    Cell(h, g.text, true);
    Cell(h, gp.first ? std::to_string(gp.first->rating) + " (" + gp.first->on.ToDisplay() + ")"
                     : "Not rated");
    Cell(h, gp.latest ? std::to_string(gp.latest->rating) + " (" + gp.latest->on.ToDisplay() + ")"
                      : "Not rated");
    Cell(h, gp.change ? Signed(gp.change->change) : "");
    Cell(h, gp.change ? ChangeInWords(*gp.change) : "Needs a later rating on another day");
    h << "</tr>\n";
  }
  progress::TableEnd(h);
}

}  // namespace

Page ProgressPage(const ProgressPageView& v) {
  const ProgressView& p = v.progress;
  Page page;
  page.title = progress::FullName(p.person) + "'s progress";
  page.section = NavSection::kPeople;
  Html& h = page.content;
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-full\">\n";
  progress::Top(h, page.title, "", Refusal{});
  progress::PersonNav(h, p.person.id, "progress");
  h << "<h2 class=\"nhsuk-heading-m\" id=\"measures\">Questionnaires</h2>\n";
  if (p.measures.empty()) h << "<p>No questionnaires given yet.</p>\n";
  for (std::size_t i = 0; i < p.measures.size(); ++i) Measure(h, p.measures[i], i);
  Goals(h, p);
  h << "<h2 class=\"nhsuk-heading-m\" id=\"wheel\">Wheel of Life</h2>\n<p>"
    << static_cast<long long>(p.check_ins.size())
    << (p.check_ins.size() == 1 ? Markup(" check-in. ") : Markup(" check-ins. "))
    << "<a class=\"nhsuk-link\" href=\"/people/" << Attr(p.person.id)
    << "/wheel\">See the Wheel of Life</a></p>\n";
  if (!p.measures.empty() || !p.goals.empty() || !p.check_ins.empty()) {
    h << "<p><a class=\"nhsuk-link\" href=\"" << Attr(ProgressCsvPath(p.person.id))
      << "\" download>Download these numbers (CSV)</a></p>\n";
  }
  h << "</div>\n</div>\n";
  return page;
}

std::string ProgressCsvPath(std::string_view person_id) {
  return "/people/" + std::string(person_id) + "/progress/csv";
}

std::string ProgressCsv(const ProgressView& view, const std::vector<LifeArea>& life_areas) {
  auto area_name = [&](const std::string& key) {
    const LifeArea* area = FindLifeArea(life_areas, key);
    return area != nullptr ? area->name : key;
  };
  std::string out;
  csv::Row(out, {"kind", "measure", "part", "date", "value", "occasion"});
  for (const MeasureProgress& m : view.measures) {
    for (const ScorePoint& point : m.series) {
      csv::Row(out,
               {"questionnaire", csv::TextCell(m.name), csv::TextCell(m.item_id), point.on.ToIso(),
                point.score.ToString(), std::string(OccasionKey(point.occasion))});
    }
  }
  for (const Goal& goal : view.goals) {
    for (const GoalRating& rating : goal.ratings) {
      csv::Row(out, {"goal", csv::TextCell(goal.text), csv::TextCell(area_name(goal.life_area)),
                     rating.on.ToIso(), std::to_string(rating.rating), ""});
    }
  }
  for (const WheelCheckIn& check_in : view.check_ins) {
    for (const AreaRating& rating : check_in.ratings) {
      csv::Row(out, {"wheel", "Wheel of Life", csv::TextCell(area_name(rating.area)),
                     check_in.on.ToIso(), std::to_string(rating.rating), ""});
    }
  }
  return out;
}

}  // namespace lw::web

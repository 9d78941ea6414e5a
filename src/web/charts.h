// Charts: accessible SVG drawn on the server (issue 6: the Wheel of Life as
// a radar chart comparing check-ins, and a measure's scores over time as a
// line chart). Written with the escaping builder (html.h): every label is
// text, every coordinate a whole number of SVG units.
//
// Contract, for every chart:
//  - <svg role="img" aria-labelledby="<id>-title <id>-desc"> with a <title>
//    and a <desc> saying in words what it shows; the numbers themselves
//    are always in a table beside it (the page's job), so the chart is
//    never the only way to read them.
//  - Series are told apart by line style AND colour (and the legend says
//    both in words), never by colour alone; every colour has at least 3:1
//    contrast with the white background (WCAG 2.2 1.4.11).
//  - No inline style (the pages' CSP forbids it): SVG presentation
//    attributes only.
// Thread-safety: pure functions appending to the caller's Html.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "web/html.h"

namespace lw::web {

// A series' look: the i-th series (wrapping round).
struct SeriesStyle {
  const char* colour;     // "#005eb8"
  const char* dasharray;  // "" solid, "8 4" dashed ...
  const char* in_words;   // "solid blue line"
};
const SeriesStyle& StyleFor(std::size_t index);

struct RadarSeries {
  std::string label;                       // "3 May 2026"
  std::vector<std::optional<int>> values;  // one per axis; nullopt: not rated (drawn at 0)
};

struct RadarChart {
  std::string id;                 // element id prefix, unique on the page
  std::string title;              // "Wheel of Life"
  std::string desc;               // what it compares, in words
  std::vector<std::string> axes;  // the life areas' names
  int lowest = 0;
  int highest = 10;
  std::vector<RadarSeries> series;  // oldest first
};
void Radar(Html& h, const RadarChart& chart);

struct LinePoint {
  std::string label;  // "3 May 2026": the x axis's tick ("" for none)
  double value = 0;
  bool missing = false;  // no value here (suppressed): a gap in the line
};

struct LineChart {
  std::string id;
  std::string title;
  std::string desc;
  double lowest = 0;  // the y axis's range
  double highest = 10;
  std::optional<double> reference;  // a dashed horizontal line (a cut-off)
  std::string reference_label;      // "Clinical cut-off 25"
  std::vector<LinePoint> points;    // in time order, evenly spaced
};
void Line(Html& h, const LineChart& chart);

// A bar chart, one horizontal bar a row: a figure compared across
// places. A row with no value (suppressed) has no bar, and its text says
// why.
struct Bar {
  std::string label;            // "Salford"
  std::optional<double> value;  // nullopt: no bar
  std::string value_text;       // written at the bar's end: "60%", "* (fewer than 5)"
};

struct BarChart {
  std::string id;
  std::string title;
  std::string desc;
  double highest = 100;  // the x axis's range, from 0
  std::vector<Bar> bars;
};
void Bars(Html& h, const BarChart& chart);

// The legend: one item per series, a sample of its line (hidden from
// assistive technology) and "<label> (<in words>)".
void Legend(Html& h, std::span<const std::string> labels);

}  // namespace lw::web

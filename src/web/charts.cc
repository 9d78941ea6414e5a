#include "web/charts.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace lw::web {
namespace {

// NHS colours, each at least 3:1 against white.
constexpr std::array<SeriesStyle, 4> kStyles = {{
    {"#005eb8", "", "solid blue line"},
    {"#d5281b", "8 4", "dashed red line"},
    {"#007f3b", "2 3", "dotted green line"},
    {"#330072", "10 3 2 3", "dash-dot purple line"},
}};

int Round(double v) { return static_cast<int>(std::lround(v)); }

void Stroke(Html& h, const SeriesStyle& s) {
  h << " stroke=\"" << Attr(s.colour) << "\" stroke-width=\"3\"";
  if (s.dasharray[0] != '\0') h << " stroke-dasharray=\"" << Attr(s.dasharray) << "\"";
}

void Heading(Html& h, const std::string& id, const std::string& title, const std::string& desc,
             int width, int height) {
  h << "<svg class=\"lw-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << width << " "
    << height << "\" width=\"100%\" role=\"img\" aria-labelledby=\"" << Attr(id) << "-title "
    << Attr(id) << "-desc\" focusable=\"false\">\n<title id=\"" << Attr(id) << "-title\">"
    << Text(title) << "</title>\n<desc id=\"" << Attr(id) << "-desc\">" << Text(desc)
    << "</desc>\n";
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s(buf);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

const SeriesStyle& StyleFor(std::size_t index) { return kStyles[index % kStyles.size()]; }

void Radar(Html& h, const RadarChart& c) {
  // Wide enough for the longest area names beside the axes.
  constexpr int kWidth = 760;
  constexpr int kHeight = 520;
  constexpr int kCentreX = kWidth / 2;
  constexpr int kCentreY = kHeight / 2;
  constexpr double kRadius = 170;
  const std::size_t n = c.axes.size();
  Heading(h, c.id, c.title, c.desc, kWidth, kHeight);
  if (n == 0 || c.highest <= c.lowest) {
    h << "</svg>\n";
    return;
  }
  auto at = [&](std::size_t axis, double fraction) {
    const double angle = -std::numbers::pi / 2 +
                         2 * std::numbers::pi * static_cast<double>(axis) / static_cast<double>(n);
    return std::pair<int, int>{Round(kCentreX + kRadius * fraction * std::cos(angle)),
                               Round(kCentreY + kRadius * fraction * std::sin(angle))};
  };
  // Rings at every other step, and the axes with their names.
  h << "<g fill=\"none\" stroke=\"#aeb7bd\" stroke-width=\"1\">\n";
  for (int ring = c.lowest; ring <= c.highest; ring += 2) {
    const double f = static_cast<double>(ring) / c.highest;
    h << "<polygon points=\"";
    for (std::size_t i = 0; i < n; ++i) {
      auto [x, y] = at(i, f);
      h << x << "," << y << (i + 1 < n ? Markup(" ") : Markup(""));
    }
    h << "\"/>\n";
  }
  for (std::size_t i = 0; i < n; ++i) {
    auto [x, y] = at(i, 1);
    h << "<line x1=\"" << kCentreX << "\" y1=\"" << kCentreY << "\" x2=\"" << x << "\" y2=\"" << y
      << "\"/>\n";
  }
  h << "</g>\n<g font-size=\"15\" fill=\"#212b32\">\n";
  for (std::size_t i = 0; i < n; ++i) {
    auto [x, y] = at(i, 1.2);
    const char* anchor = x < kCentreX - 5 ? "end" : (x > kCentreX + 5 ? "start" : "middle");
    h << "<text x=\"" << x << "\" y=\"" << y + 5 << "\" text-anchor=\"" << Attr(anchor) << "\">"
      << Text(c.axes[i]) << "</text>\n";
  }
  for (int ring = c.lowest + 1; ring <= c.highest; ring += 2) {
    auto [x, y] = at(0, static_cast<double>(ring + 1) / c.highest);
    h << "<text x=\"" << x + 4 << "\" y=\"" << y + 4 << "\" font-size=\"11\">" << ring + 1
      << "</text>\n";
  }
  h << "</g>\n";
  for (std::size_t s = 0; s < c.series.size(); ++s) {
    const RadarSeries& series = c.series[s];
    h << "<polygon fill=\"none\"";
    Stroke(h, StyleFor(s));
    h << " points=\"";
    for (std::size_t i = 0; i < n; ++i) {
      const int v = i < series.values.size() && series.values[i] ? *series.values[i] : 0;
      auto [x, y] = at(i, static_cast<double>(v) / c.highest);
      h << x << "," << y << (i + 1 < n ? Markup(" ") : Markup(""));
    }
    h << "\"/>\n";
  }
  h << "</svg>\n";
}

void Line(Html& h, const LineChart& c) {
  constexpr int kWidth = 640;
  constexpr int kHeight = 320;
  constexpr int kLeft = 56, kRight = 24, kTop = 20, kBottom = 56;
  Heading(h, c.id, c.title, c.desc, kWidth, kHeight);
  if (c.highest <= c.lowest) {
    h << "</svg>\n";
    return;
  }
  const double plot_w = kWidth - kLeft - kRight;
  const double plot_h = kHeight - kTop - kBottom;
  auto y_of = [&](double v) {
    return Round(kTop + plot_h * (c.highest - v) / (c.highest - c.lowest));
  };
  const std::size_t n = c.points.size();
  auto x_of = [&](std::size_t i) {
    return n <= 1 ? Round(kLeft + plot_w / 2)
                  : Round(kLeft + plot_w * static_cast<double>(i) / static_cast<double>(n - 1));
  };
  // Axes with the range's ends and middle.
  h << "<g stroke=\"#768692\" stroke-width=\"1\">\n<line x1=\"" << kLeft << "\" y1=\"" << kTop
    << "\" x2=\"" << kLeft << "\" y2=\"" << kHeight - kBottom << "\"/>\n<line x1=\"" << kLeft
    << "\" y1=\"" << kHeight - kBottom << "\" x2=\"" << kWidth - kRight << "\" y2=\""
    << kHeight - kBottom << "\"/>\n</g>\n<g font-size=\"13\" fill=\"#212b32\">\n";
  for (double v : {c.lowest, (c.lowest + c.highest) / 2, c.highest}) {
    h << "<text x=\"" << kLeft - 8 << "\" y=\"" << y_of(v) + 4 << "\" text-anchor=\"end\">"
      << Text(Number(v)) << "</text>\n";
  }
  for (std::size_t i = 0; i < n; ++i) {
    // The first and last labels run inwards, so they stay inside the chart.
    const char* anchor = n < 2 ? "middle" : (i == 0 ? "start" : (i + 1 == n ? "end" : "middle"));
    h << "<text x=\"" << x_of(i) << "\" y=\"" << kHeight - kBottom + 20 << "\" text-anchor=\""
      << Attr(anchor) << "\">" << Text(c.points[i].label) << "</text>\n";
  }
  h << "</g>\n";
  if (c.reference && *c.reference >= c.lowest && *c.reference <= c.highest) {
    const int y = y_of(*c.reference);
    h << "<line x1=\"" << kLeft << "\" y1=\"" << y << "\" x2=\"" << kWidth - kRight << "\" y2=\""
      << y << "\" stroke=\"#425563\" stroke-width=\"1\" stroke-dasharray=\"4 4\"/>\n<text x=\""
      << kWidth - kRight << "\" y=\"" << y - 6
      << "\" font-size=\"12\" text-anchor=\"end\" fill=\"#212b32\">" << Text(c.reference_label)
      << "</text>\n";
  }
  const SeriesStyle& s = StyleFor(0);
  // One polyline for each run of points with values: a missing one is a gap.
  for (std::size_t i = 0; i < n;) {
    std::size_t end = i;
    while (end < n && !c.points[end].missing) ++end;
    if (end - i > 1) {
      h << "<polyline fill=\"none\"";
      Stroke(h, s);
      h << " points=\"";
      for (std::size_t j = i; j < end; ++j) {
        h << x_of(j) << "," << y_of(c.points[j].value) << (j + 1 < end ? Markup(" ") : Markup(""));
      }
      h << "\"/>\n";
    }
    i = end == i ? i + 1 : end;
  }
  h << "<g fill=\"" << Attr(s.colour) << "\" font-size=\"13\">\n";
  for (std::size_t i = 0; i < n; ++i) {
    if (c.points[i].missing) continue;
    const int x = x_of(i);
    const int y = y_of(c.points[i].value);
    h << "<circle cx=\"" << x << "\" cy=\"" << y << "\" r=\"5\"/>\n<text x=\"" << x << "\" y=\""
      << y - 10 << "\" text-anchor=\"middle\" fill=\"#212b32\">" << Text(Number(c.points[i].value))
      << "</text>\n";
  }
  h << "</g>\n</svg>\n";
}

void Bars(Html& h, const BarChart& c) {
  constexpr int kWidth = 640;
  constexpr int kRow = 30;
  constexpr int kLeft = 180, kRight = 140, kTop = 10, kBottom = 10;
  const int height = kTop + kBottom + kRow * static_cast<int>(c.bars.size());
  Heading(h, c.id, c.title, c.desc, kWidth, height);
  const double plot_w = kWidth - kLeft - kRight;
  h << "<line x1=\"" << kLeft << "\" y1=\"" << kTop << "\" x2=\"" << kLeft << "\" y2=\""
    << height - kBottom << "\" stroke=\"#768692\" stroke-width=\"1\"/>\n"
    << "<g font-size=\"13\" fill=\"#212b32\">\n";
  const SeriesStyle& s = StyleFor(0);
  for (std::size_t i = 0; i < c.bars.size(); ++i) {
    const Bar& b = c.bars[i];
    const int top = kTop + kRow * static_cast<int>(i);
    const int middle = top + kRow / 2 + 4;
    h << "<text x=\"" << kLeft - 8 << "\" y=\"" << middle << "\" text-anchor=\"end\">"
      << Text(b.label) << "</text>\n";
    int end = kLeft;
    if (b.value && c.highest > 0) {
      const double share = std::clamp(*b.value / c.highest, 0.0, 1.0);
      const int w = Round(plot_w * share);
      h << "<rect x=\"" << kLeft << "\" y=\"" << top + 5 << "\" width=\"" << w << "\" height=\""
        << kRow - 10 << "\" fill=\"" << Attr(s.colour) << "\"/>\n";
      end += w;
    }
    h << "<text x=\"" << end + 6 << "\" y=\"" << middle << "\">" << Text(b.value_text)
      << "</text>\n";
  }
  h << "</g>\n</svg>\n";
}

void Legend(Html& h, std::span<const std::string> labels) {
  h << "<ul class=\"nhsuk-list lw-chart-legend\">\n";
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const SeriesStyle& s = StyleFor(i);
    h << "<li><svg aria-hidden=\"true\" focusable=\"false\" width=\"40\" height=\"12\" "
         "viewBox=\"0 0 40 12\"><line x1=\"0\" y1=\"6\" x2=\"40\" y2=\"6\"";
    Stroke(h, s);
    h << "/></svg> " << Text(labels[i]) << " (" << Text(s.in_words) << ")</li>\n";
  }
  h << "</ul>\n";
}

}  // namespace lw::web

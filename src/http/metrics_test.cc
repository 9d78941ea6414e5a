#include "http/metrics.h"

#include <gtest/gtest.h>

namespace lw::http {
namespace metrics_test {
namespace {

using std::chrono::microseconds;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(MetricsTest, EmptyRenderHasTypesAndGauge) {
  Metrics metrics;
  std::string text = metrics.Render();
  EXPECT_TRUE(Contains(text, "# TYPE livingwell_http_requests_total counter\n"));
  EXPECT_TRUE(Contains(text, "# TYPE livingwell_http_request_duration_seconds histogram\n"));
  EXPECT_TRUE(Contains(text, "# TYPE livingwell_http_open_connections gauge\n"));
  EXPECT_TRUE(Contains(text, "\nlivingwell_http_open_connections 0\n"));
}

TEST(MetricsTest, CountsByRouteMethodAndStatus) {
  Metrics metrics;
  metrics.RecordRequest("/people/{id}", "GET", 200, microseconds(300));
  metrics.RecordRequest("/people/{id}", "GET", 200, microseconds(700));
  metrics.RecordRequest("/people/{id}", "GET", 404, microseconds(100));
  metrics.RecordRequest("/healthz", "HEAD", 200, microseconds(3'000'000));
  std::string text = metrics.Render();
  EXPECT_TRUE(Contains(
      text,
      "livingwell_http_requests_total{route=\"/people/{id}\",method=\"GET\",status=\"200\"} 2\n"));
  EXPECT_TRUE(Contains(
      text,
      "livingwell_http_requests_total{route=\"/people/{id}\",method=\"GET\",status=\"404\"} 1\n"));
  EXPECT_TRUE(Contains(
      text,
      "livingwell_http_requests_total{route=\"/healthz\",method=\"HEAD\",status=\"200\"} 1\n"));
}

TEST(MetricsTest, HistogramBucketsAreCumulative) {
  Metrics metrics;
  metrics.RecordRequest("r", "GET", 200, microseconds(300));        // <= 0.0005
  metrics.RecordRequest("r", "GET", 200, microseconds(500));        // <= 0.0005 (inclusive)
  metrics.RecordRequest("r", "GET", 200, microseconds(700));        // <= 0.001
  metrics.RecordRequest("r", "GET", 200, microseconds(30'000));     // <= 0.05
  metrics.RecordRequest("r", "GET", 200, microseconds(9'000'000));  // +Inf only
  std::string text = metrics.Render();
  const std::string b = "livingwell_http_request_duration_seconds_bucket{route=\"r\",le=";
  EXPECT_TRUE(Contains(text, b + "\"0.0005\"} 2\n"));
  EXPECT_TRUE(Contains(text, b + "\"0.001\"} 3\n"));
  EXPECT_TRUE(Contains(text, b + "\"0.025\"} 3\n"));
  EXPECT_TRUE(Contains(text, b + "\"0.05\"} 4\n"));
  EXPECT_TRUE(Contains(text, b + "\"2.5\"} 4\n"));
  EXPECT_TRUE(Contains(text, b + "\"+Inf\"} 5\n"));
  EXPECT_TRUE(Contains(text, "livingwell_http_request_duration_seconds_count{route=\"r\"} 5\n"));
  EXPECT_TRUE(Contains(text, "livingwell_http_request_duration_seconds_sum{route=\"r\"} 9.0315\n"));
  // Twelve finite buckets plus +Inf.
  std::size_t buckets = 0;
  for (std::size_t at = text.find(b); at != std::string::npos; at = text.find(b, at + 1)) ++buckets;
  EXPECT_EQ(buckets, 13u);
}

TEST(MetricsTest, EscapesLabelValues) {
  Metrics metrics;
  metrics.RecordRequest("a\"b\\c\nd", "GET", 200, microseconds(1));
  std::string text = metrics.Render();
  EXPECT_TRUE(Contains(text, "route=\"a\\\"b\\\\c\\nd\""));
}

TEST(MetricsTest, TracksOpenConnections) {
  Metrics metrics;
  metrics.ConnectionOpened();
  metrics.ConnectionOpened();
  metrics.ConnectionClosed();
  EXPECT_EQ(metrics.open_connections(), 1);
  EXPECT_TRUE(Contains(metrics.Render(), "\nlivingwell_http_open_connections 1\n"));
}

TEST(MetricsTest, EveryLineIsCommentOrSample) {
  Metrics metrics;
  metrics.RecordRequest("/x", "POST", 303, microseconds(1200));
  std::string text = metrics.Render();
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    std::string line = text.substr(start, end - start);
    EXPECT_TRUE(line.starts_with("# HELP ") || line.starts_with("# TYPE ") ||
                line.starts_with("livingwell_"))
        << line;
    start = end + 1;
  }
}

}  // namespace
}  // namespace metrics_test
}  // namespace lw::http

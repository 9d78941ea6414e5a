#include "http/metrics.h"

#include <array>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <unordered_map>

namespace lw::http {

namespace {

// Histogram bucket upper bounds, in microseconds and as Prometheus `le`.
constexpr std::array<long long, 12> kBucketMicros = {
    500, 1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000, 1000000, 2500000};
constexpr std::array<std::string_view, 12> kBucketLabels = {"0.0005", "0.001", "0.0025", "0.005",
                                                            "0.01",   "0.025", "0.05",   "0.1",
                                                            "0.25",   "0.5",   "1",      "2.5"};

struct Histogram {
  std::array<std::uint64_t, 12> buckets{};  // not cumulative; summed on render
  std::uint64_t count = 0;
  std::int64_t sum_micros = 0;
};

// Transparent hashing so lookups by string_view do not allocate.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// Prometheus label value escaping: backslash, double quote, newline.
void AppendLabelValue(std::string& out, std::string_view value) {
  for (char c : value) {
    switch (c) {
      case '\\':
        out.append("\\\\");
        break;
      case '"':
        out.append("\\\"");
        break;
      case '\n':
        out.append("\\n");
        break;
      default:
        out.push_back(c);
    }
  }
}

void AppendNumber(std::string& out, double value) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, ec == std::errc() ? end : buf);
}

void AppendNumber(std::string& out, std::uint64_t value) { out.append(std::to_string(value)); }

// Counter keys are "route\0method\0status": one string, no allocation to look up.
void MakeKey(std::string& key, std::string_view route, std::string_view method, int status) {
  key.clear();
  key.append(route).push_back('\0');
  key.append(method).push_back('\0');
  key.append(std::to_string(status));
}

}  // namespace

class Metrics::Impl {
 public:
  void Record(std::string_view route, std::string_view method, int status, long long micros) {
    thread_local std::string key;
    MakeKey(key, route, method, status);
    std::size_t bucket = 0;
    while (bucket < kBucketMicros.size() && micros > kBucketMicros[bucket]) ++bucket;
    std::lock_guard lock(mu_);
    auto c = counters_.find(std::string_view(key));
    if (c == counters_.end()) c = counters_.emplace(key, 0).first;
    ++c->second;
    auto h = histograms_.find(route);
    if (h == histograms_.end()) h = histograms_.emplace(std::string(route), Histogram{}).first;
    if (bucket < kBucketMicros.size()) ++h->second.buckets[bucket];
    ++h->second.count;
    h->second.sum_micros += micros;
  }

  std::string Render() const {
    // Copy under the lock, sort and format outside it.
    std::map<std::string, std::uint64_t> counters;
    std::map<std::string, Histogram> histograms;
    {
      std::lock_guard lock(mu_);
      counters.insert(counters_.begin(), counters_.end());
      histograms.insert(histograms_.begin(), histograms_.end());
    }
    std::string out;
    out.append(
        "# HELP livingwell_http_requests_total HTTP requests answered, by route, method and "
        "status.\n# TYPE livingwell_http_requests_total counter\n");
    for (const auto& [key, value] : counters) {
      std::string_view k = key;
      std::size_t a = k.find('\0');
      std::size_t b = k.find('\0', a + 1);
      out.append("livingwell_http_requests_total{route=\"");
      AppendLabelValue(out, k.substr(0, a));
      out.append("\",method=\"");
      AppendLabelValue(out, k.substr(a + 1, b - a - 1));
      out.append("\",status=\"");
      AppendLabelValue(out, k.substr(b + 1));
      out.append("\"} ");
      AppendNumber(out, value);
      out.push_back('\n');
    }
    out.append(
        "# HELP livingwell_http_request_duration_seconds Time from a complete request to its "
        "response, by route.\n# TYPE livingwell_http_request_duration_seconds histogram\n");
    for (const auto& [route, h] : histograms) {
      std::uint64_t cumulative = 0;
      for (std::size_t i = 0; i <= kBucketMicros.size(); ++i) {
        cumulative += i < kBucketMicros.size() ? h.buckets[i] : 0;
        out.append("livingwell_http_request_duration_seconds_bucket{route=\"");
        AppendLabelValue(out, route);
        out.append("\",le=\"");
        out.append(i < kBucketMicros.size() ? kBucketLabels[i] : std::string_view("+Inf"));
        out.append("\"} ");
        AppendNumber(out, i < kBucketMicros.size() ? cumulative : h.count);
        out.push_back('\n');
      }
      out.append("livingwell_http_request_duration_seconds_sum{route=\"");
      AppendLabelValue(out, route);
      out.append("\"} ");
      AppendNumber(out, static_cast<double>(h.sum_micros) / 1e6);
      out.append("\nlivingwell_http_request_duration_seconds_count{route=\"");
      AppendLabelValue(out, route);
      out.append("\"} ");
      AppendNumber(out, h.count);
      out.push_back('\n');
    }
    out.append(
        "# HELP livingwell_http_open_connections Client connections open now.\n"
        "# TYPE livingwell_http_open_connections gauge\nlivingwell_http_open_connections ");
    out.append(std::to_string(open_connections_.load(std::memory_order_relaxed)));
    out.push_back('\n');
    return out;
  }

  std::atomic<long long> open_connections_{0};

 private:
  mutable std::mutex mu_;
  StringMap<std::uint64_t> counters_;
  StringMap<Histogram> histograms_;
};

Metrics::Metrics() : impl_(std::make_unique<Impl>()) {}
Metrics::~Metrics() = default;

void Metrics::RecordRequest(std::string_view route, std::string_view method, int status,
                            std::chrono::microseconds latency) {
  impl_->Record(route, method, status, latency.count() < 0 ? 0 : latency.count());
}

void Metrics::ConnectionOpened() {
  impl_->open_connections_.fetch_add(1, std::memory_order_relaxed);
}
void Metrics::ConnectionClosed() {
  impl_->open_connections_.fetch_sub(1, std::memory_order_relaxed);
}
long long Metrics::open_connections() const {
  return impl_->open_connections_.load(std::memory_order_relaxed);
}

std::string Metrics::Render() const { return impl_->Render(); }

}  // namespace lw::http

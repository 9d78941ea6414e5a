// Metrics in Prometheus text exposition format, for /metrics.
//
// Contract: counters of requests by route name, method and status; a
// latency histogram by route name; a gauge of open connections. Recording
// is cheap (a short critical section); `Render()` produces the text format
// (version 0.0.4).
//
// Thread-safety: all methods may be called from any thread.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

namespace lw::http {

class Metrics {
 public:
  Metrics();
  ~Metrics();
  Metrics(const Metrics&) = delete;
  Metrics& operator=(const Metrics&) = delete;

  void RecordRequest(std::string_view route, std::string_view method, int status,
                     std::chrono::microseconds latency);
  void ConnectionOpened();
  void ConnectionClosed();
  long long open_connections() const;
  std::string Render() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lw::http

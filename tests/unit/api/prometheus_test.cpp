// The Prometheus text exposition format (0.0.4) written by
// projections/api/prometheus.h: the exact text of each kind of family,
// escaping, value formatting, and the latency histogram's buckets.
#include "projections/api/prometheus.h"

#include <catch2/catch.hpp>
#include <limits>
#include <thread>
#include <vector>

namespace relance::api {
namespace {

TEST_CASE("prometheus: counters, gauges and labels, exact text", "[api][prometheus]") {
  ExpositionWriter out;
  out.Counter("relance_applied_total", "Events applied.", 42);
  out.Family("relance_lag_messages", "Lag per partition.", MetricType::kGauge);
  out.Sample("relance_lag_messages", {{"partition", "0"}}, std::int64_t{-1});
  out.Sample("relance_lag_messages", {{"partition", "1"}, {"topic", "relance.events"}}, std::int64_t{17});
  out.Gauge("relance_ratio", "A fraction.", 0.25);
  CHECK(out.text() ==
        "# HELP relance_applied_total Events applied.\n"
        "# TYPE relance_applied_total counter\n"
        "relance_applied_total 42\n"
        "# HELP relance_lag_messages Lag per partition.\n"
        "# TYPE relance_lag_messages gauge\n"
        "relance_lag_messages{partition=\"0\"} -1\n"
        "relance_lag_messages{partition=\"1\",topic=\"relance.events\"} 17\n"
        "# HELP relance_ratio A fraction.\n"
        "# TYPE relance_ratio gauge\n"
        "relance_ratio 0.25\n");
}

TEST_CASE("prometheus: label values and help text are escaped", "[api][prometheus]") {
  ExpositionWriter out;
  out.Family("m", "back\\slash and\nnewline", MetricType::kCounter);
  out.Sample("m", {{"l", "quote\" back\\ nl\n"}}, std::uint64_t{1});
  CHECK(out.text() ==
        "# HELP m back\\\\slash and\\nnewline\n"
        "# TYPE m counter\n"
        "m{l=\"quote\\\" back\\\\ nl\\n\"} 1\n");
}

TEST_CASE("prometheus: values", "[api][prometheus]") {
  CHECK(FormatValue(0) == "0");
  CHECK(FormatValue(3) == "3");
  CHECK(FormatValue(-2) == "-2");
  CHECK(FormatValue(0.5) == "0.5");
  CHECK(FormatValue(1e-6) == "1e-06");
  CHECK(FormatValue(std::numeric_limits<double>::infinity()) == "+Inf");
  CHECK(FormatValue(-std::numeric_limits<double>::infinity()) == "-Inf");
  CHECK(FormatValue(std::numeric_limits<double>::quiet_NaN()) == "NaN");
  CHECK(IsValidMetricName("relance_http_requests_total"));
  CHECK(IsValidMetricName("a:b_1"));
  CHECK_FALSE(IsValidMetricName("1abc"));
  CHECK_FALSE(IsValidMetricName("a-b"));
  CHECK_FALSE(IsValidMetricName(""));
}

TEST_CASE("prometheus: a histogram is cumulative, ends with +Inf, and has sum and count", "[api][prometheus]") {
  LatencyHistogram histogram({1'000, 10'000});
  histogram.ObserveMicros(500);     // <= 1 ms
  histogram.ObserveMicros(1'000);   // <= 1 ms (bounds are inclusive)
  histogram.ObserveMicros(2'000);   // <= 10 ms
  histogram.ObserveMicros(50'000);  // +Inf only
  ExpositionWriter out;
  out.Family("req_seconds", "Latency.", MetricType::kHistogram);
  out.Histogram("req_seconds", {{"route", "debt"}}, histogram.Snapshot());
  CHECK(out.text() ==
        "# HELP req_seconds Latency.\n"
        "# TYPE req_seconds histogram\n"
        "req_seconds_bucket{route=\"debt\",le=\"0.001\"} 2\n"
        "req_seconds_bucket{route=\"debt\",le=\"0.01\"} 3\n"
        "req_seconds_bucket{route=\"debt\",le=\"+Inf\"} 4\n"
        "req_seconds_sum{route=\"debt\"} 0.0535\n"
        "req_seconds_count{route=\"debt\"} 4\n");
}

TEST_CASE("prometheus: concurrent observations are all counted", "[api][prometheus]") {
  LatencyHistogram histogram(DefaultLatencyBoundsMicros());
  constexpr int kThreads = 4;
  constexpr int kEach = 10'000;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&histogram, t] {
      for (int i = 0; i < kEach; ++i) histogram.ObserveMicros(static_cast<std::uint64_t>((i * 37 + t) % 6'000'000));
    });
  }
  for (auto& thread : threads) thread.join();
  const HistogramSnapshot snapshot = histogram.Snapshot();
  CHECK(snapshot.count == kThreads * kEach);
  for (std::size_t i = 1; i < snapshot.counts.size(); ++i) CHECK(snapshot.counts[i - 1] <= snapshot.counts[i]);
  CHECK(snapshot.counts.back() <= snapshot.count);
}

}  // namespace
}  // namespace relance::api

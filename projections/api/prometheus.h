// The Prometheus text exposition format, version 0.0.4 (what /metrics
// answers): a writer of metric families (counter, gauge, histogram) and a
// thread-safe latency histogram. prometheus-cpp is not packaged in Debian 12;
// the format is small enough to write here.
//
// Format, per family:
//   # HELP name text          (text escapes \ and newline)
//   # TYPE name counter|gauge|histogram
//   name{label="value",...} 42   (label values escape \, " and newline)
// A histogram writes name_bucket{le="..."} (cumulative, ending with +Inf),
// name_sum and name_count.
//
// Thread safety: ExpositionWriter none (one per scrape); LatencyHistogram
// Observe and Snapshot from any thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace relance::api {

using Labels = std::vector<std::pair<std::string, std::string>>;

enum class MetricType { kCounter, kGauge, kHistogram };

// Cumulative bucket counts, as exposed: counts[i] is the number of
// observations <= upper_bounds[i]; count is the +Inf bucket.
struct HistogramSnapshot {
  std::vector<double> upper_bounds;
  std::vector<std::uint64_t> counts;
  double sum = 0;
  std::uint64_t count = 0;
};

class ExpositionWriter {
 public:
  // Starts a family: its HELP and TYPE lines. Samples of the family follow.
  // REQUIRES: `name` matches [a-zA-Z_:][a-zA-Z0-9_:]*, each family once.
  void Family(std::string_view name, std::string_view help, MetricType type);
  void Sample(std::string_view name, const Labels& labels, std::uint64_t value);
  void Sample(std::string_view name, const Labels& labels, std::int64_t value);
  void Sample(std::string_view name, const Labels& labels, double value);
  void Histogram(std::string_view name, const Labels& labels, const HistogramSnapshot& histogram);

  // Shortcuts for a family of one unlabelled sample.
  void Counter(std::string_view name, std::string_view help, std::uint64_t value);
  void Gauge(std::string_view name, std::string_view help, double value);

  const std::string& text() const { return text_; }

 private:
  void Line(std::string_view name, const Labels& labels, std::string_view value);
  std::string text_;
};

// Values as the format writes them: integers without a fraction, +Inf, -Inf, NaN.
std::string FormatValue(double value);
std::string EscapeLabelValue(std::string_view value);
std::string EscapeHelp(std::string_view help);
bool IsValidMetricName(std::string_view name);

// Observations in microseconds (integers, so buckets are plain atomics),
// exposed in seconds.
class LatencyHistogram {
 public:
  // REQUIRES: bounds strictly increasing.
  explicit LatencyHistogram(std::vector<std::uint64_t> upper_bounds_micros);
  void ObserveMicros(std::uint64_t micros);
  HistogramSnapshot Snapshot() const;

 private:
  std::vector<std::uint64_t> bounds_micros_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> buckets_;  // bounds + 1 (overflow), not cumulative.
  std::atomic<std::uint64_t> sum_micros_{0};
};

// The request latency buckets: 100 µs to 5 s.
std::vector<std::uint64_t> DefaultLatencyBoundsMicros();

// Cumulative snapshot of per-bucket counts (bounds.size() + 1 slots, the last
// one the overflow) observed in microseconds.
HistogramSnapshot HistogramFromMicros(const std::vector<std::uint64_t>& bounds_micros,
                                      const std::vector<std::uint64_t>& bucket_counts, std::uint64_t sum_micros);

}  // namespace relance::api

#include "projections/api/prometheus.h"

#include <fmt/format.h>

#include <cassert>
#include <cmath>
#include <limits>

namespace relance::api {
namespace {

std::string_view TypeName(MetricType type) {
  switch (type) {
    case MetricType::kCounter:
      return "counter";
    case MetricType::kGauge:
      return "gauge";
    case MetricType::kHistogram:
      return "histogram";
  }
  return "untyped";
}

bool IsNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'; }

}  // namespace

bool IsValidMetricName(std::string_view name) {
  if (name.empty() || !IsNameStart(name[0])) return false;
  for (char c : name) {
    if (!IsNameStart(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

std::string FormatValue(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  // Whole numbers below 2^53 print without a fraction ("3", not "3.0").
  if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0) {
    return fmt::format("{}", static_cast<std::int64_t>(value));
  }
  return fmt::format("{}", value);  // Shortest text that reads back the same double.
}

std::string EscapeLabelValue(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string EscapeHelp(std::string_view help) {
  std::string out;
  out.reserve(help.size());
  for (char c : help) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

void ExpositionWriter::Family(std::string_view name, std::string_view help, MetricType type) {
  assert(IsValidMetricName(name));
  fmt::format_to(std::back_inserter(text_), "# HELP {} {}\n# TYPE {} {}\n", name, EscapeHelp(help), name,
                 TypeName(type));
}

void ExpositionWriter::Line(std::string_view name, const Labels& labels, std::string_view value) {
  text_ += name;
  if (!labels.empty()) {
    text_ += '{';
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (i > 0) text_ += ',';
      fmt::format_to(std::back_inserter(text_), "{}=\"{}\"", labels[i].first, EscapeLabelValue(labels[i].second));
    }
    text_ += '}';
  }
  text_ += ' ';
  text_ += value;
  text_ += '\n';
}

void ExpositionWriter::Sample(std::string_view name, const Labels& labels, std::uint64_t value) {
  Line(name, labels, fmt::format("{}", value));
}

void ExpositionWriter::Sample(std::string_view name, const Labels& labels, std::int64_t value) {
  Line(name, labels, fmt::format("{}", value));
}

void ExpositionWriter::Sample(std::string_view name, const Labels& labels, double value) {
  Line(name, labels, FormatValue(value));
}

void ExpositionWriter::Histogram(std::string_view name, const Labels& labels, const HistogramSnapshot& histogram) {
  const std::string bucket = fmt::format("{}_bucket", name);
  Labels with_le = labels;
  with_le.emplace_back("le", "");
  for (std::size_t i = 0; i < histogram.upper_bounds.size(); ++i) {
    with_le.back().second = FormatValue(histogram.upper_bounds[i]);
    Sample(bucket, with_le, histogram.counts[i]);
  }
  with_le.back().second = "+Inf";
  Sample(bucket, with_le, histogram.count);
  Sample(fmt::format("{}_sum", name), labels, histogram.sum);
  Sample(fmt::format("{}_count", name), labels, histogram.count);
}

void ExpositionWriter::Counter(std::string_view name, std::string_view help, std::uint64_t value) {
  Family(name, help, MetricType::kCounter);
  Sample(name, {}, value);
}

void ExpositionWriter::Gauge(std::string_view name, std::string_view help, double value) {
  Family(name, help, MetricType::kGauge);
  Sample(name, {}, value);
}

LatencyHistogram::LatencyHistogram(std::vector<std::uint64_t> upper_bounds_micros)
    : bounds_micros_(std::move(upper_bounds_micros)),
      buckets_(std::make_unique<std::atomic<std::uint64_t>[]>(bounds_micros_.size() + 1)) {
  for (std::size_t i = 1; i < bounds_micros_.size(); ++i) assert(bounds_micros_[i - 1] < bounds_micros_[i]);
}

void LatencyHistogram::ObserveMicros(std::uint64_t micros) {
  std::size_t i = 0;
  while (i < bounds_micros_.size() && micros > bounds_micros_[i]) ++i;
  buckets_[i].fetch_add(1, std::memory_order_relaxed);
  sum_micros_.fetch_add(micros, std::memory_order_relaxed);
}

HistogramSnapshot LatencyHistogram::Snapshot() const {
  std::vector<std::uint64_t> counts(bounds_micros_.size() + 1);
  for (std::size_t i = 0; i < counts.size(); ++i) counts[i] = buckets_[i].load(std::memory_order_relaxed);
  return HistogramFromMicros(bounds_micros_, counts, sum_micros_.load(std::memory_order_relaxed));
}

std::vector<std::uint64_t> DefaultLatencyBoundsMicros() {
  return {100, 250, 500, 1'000, 2'500, 5'000, 10'000, 25'000, 50'000, 100'000, 250'000, 500'000, 1'000'000, 5'000'000};
}

HistogramSnapshot HistogramFromMicros(const std::vector<std::uint64_t>& bounds_micros,
                                      const std::vector<std::uint64_t>& bucket_counts, std::uint64_t sum_micros) {
  assert(bucket_counts.size() == bounds_micros.size() + 1);
  HistogramSnapshot out;
  std::uint64_t running = 0;
  for (std::size_t i = 0; i < bounds_micros.size(); ++i) {
    running += bucket_counts[i];
    out.upper_bounds.push_back(static_cast<double>(bounds_micros[i]) / 1e6);
    out.counts.push_back(running);
  }
  running += bucket_counts.back();
  out.count = running;
  out.sum = static_cast<double>(sum_micros) / 1e6;
  return out;
}

}  // namespace relance::api

#include "projections/api/engine_metrics.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace relance::api {
namespace {

constexpr std::int64_t kSecondsPerDay = 86'400;

}  // namespace

void AppendEngineMetrics(const kafka::EngineSnapshot& snapshot, ExpositionWriter* out) {
  const kafka::EngineStats& s = snapshot.stats;
  out->Counter("relance_engine_messages_total", "Messages consumed and processed.", s.messages);
  out->Counter("relance_engine_applied_total", "Events applied to the state.", s.applied);
  out->Family("relance_engine_rejected_total", "Messages dead-lettered, by rejection reason.", MetricType::kCounter);
  for (int reason = 1; reason < kafka::kRejectionReasonSlots; ++reason) {
    const std::uint64_t count = s.rejected_by_reason[static_cast<std::size_t>(reason)];
    // Every reason is written, zero or not: a rate over a series that appears
    // only at its first rejection would miss that first one.
    if (!v1::RejectionReason_IsValid(reason)) continue;
    out->Sample("relance_engine_rejected_total",
                {{"reason", v1::RejectionReason_Name(static_cast<v1::RejectionReason>(reason))}}, count);
  }
  out->Counter("relance_engine_undecodable_total", "Messages that did not decode (also rejected MALFORMED).",
               s.undecodable);
  out->Counter("relance_engine_transitions_total", "Debt status transitions produced.", s.transitions);
  out->Counter("relance_engine_batches_total", "Batches committed to RocksDB.", s.batches);
  out->Family("relance_engine_commit_duration_seconds", "Time of one RocksDB batch commit.", MetricType::kHistogram);
  const std::vector<std::uint64_t> bounds(kafka::kCommitMicrosBounds.begin(), kafka::kCommitMicrosBounds.end());
  const std::vector<std::uint64_t> buckets(s.commit_micros_buckets.begin(), s.commit_micros_buckets.end());
  out->Histogram("relance_engine_commit_duration_seconds", {},
                 HistogramFromMicros(bounds, buckets, s.commit_micros_total));
  out->Counter("relance_engine_outbox_produced_total", "Outbox records handed to the producer.", s.outbox_produced);
  out->Counter("relance_engine_outbox_delivered_total", "Outbox records acknowledged by the brokers.",
               s.outbox_delivered);
  out->Gauge("relance_engine_outbox_depth", "Outbox records not yet acknowledged (pending and in flight).",
             static_cast<double>(snapshot.outbox_pending + snapshot.outbox_in_flight));
  out->Counter("relance_engine_outbox_parked_total",
               "Outbox records the producer or a broker refused for good, parked in RocksDB by this run.",
               s.outbox_parked);
  out->Gauge("relance_engine_outbox_parked_records",
             "Parked outbox records in RocksDB now, waiting for an operator (relance outbox parked|redrive).",
             static_cast<double>(snapshot.outbox_parked));
  out->Counter("relance_engine_offset_gaps_total", "Offsets missing between two messages (log truncated).",
               s.offset_gaps);
  out->Counter("relance_engine_rewound_skipped_total", "Messages skipped because RocksDB had them applied already.",
               s.rewound_skipped);
  out->Gauge("relance_engine_assigned_partitions", "Partitions assigned to this instance.",
             static_cast<double>(snapshot.lag.size()));
  out->Family("relance_engine_lag_messages", "Messages behind the end of each assigned partition (-1: not known yet).",
              MetricType::kGauge);
  for (const kafka::PartitionLag& lag : snapshot.lag) {
    out->Sample("relance_engine_lag_messages", {{"partition", std::to_string(lag.partition)}}, lag.lag);
  }
  out->Family("relance_engine_business_date_seconds",
              "The last closed business day of each assigned partition, as the Unix time of its midnight UTC "
              "(no sample before the partition's first DayClosed).",
              MetricType::kGauge);
  for (const kafka::PartitionLag& lag : snapshot.lag) {
    if (lag.business_date == kNoDay) continue;
    out->Sample("relance_engine_business_date_seconds", {{"partition", std::to_string(lag.partition)}},
                static_cast<std::int64_t>(lag.business_date) * kSecondsPerDay);
  }
  out->Gauge("relance_engine_caught_up", "1 when every assigned partition is within the readiness lag.",
             snapshot.caught_up ? 1 : 0);
  out->Gauge("relance_engine_brokers_up", "Brokers up at the client's last statistics (-1: none yet).",
             static_cast<double>(snapshot.brokers_up));
  out->Family("relance_engine_partition_stalled",
              "1 when an assigned partition has had no leader, or has been behind without progress, past the grace "
              "period.",
              MetricType::kGauge);
  for (const kafka::PartitionLag& lag : snapshot.lag) {
    const bool stalled = std::find(snapshot.stalled_partitions.begin(), snapshot.stalled_partitions.end(),
                                   lag.partition) != snapshot.stalled_partitions.end();
    out->Sample("relance_engine_partition_stalled", {{"partition", std::to_string(lag.partition)}},
                stalled ? 1.0 : 0.0);
  }
  out->Gauge("relance_engine_healthy", "1 when the brokers are reachable and no assigned partition is stalled.",
             snapshot.unhealthy.empty() ? 1 : 0);
  out->Gauge("relance_engine_uptime_seconds", "Seconds since the engine started.", s.seconds);
}

bool EngineReady(const kafka::EngineSnapshot& snapshot, std::string* reason) {
  if (!snapshot.running) {
    *reason = "the engine is not running";
    return false;
  }
  if (snapshot.lag.empty()) {
    *reason = "no partition assigned";
    return false;
  }
  if (!snapshot.unhealthy.empty()) {
    *reason = snapshot.unhealthy;
    return false;
  }
  if (!snapshot.caught_up) {
    *reason = fmt::format("not caught up: more than {} messages behind on a partition, or its end not known yet",
                          kafka::kReadyLagMessagesMax);
    return false;
  }
  return true;
}

}  // namespace relance::api

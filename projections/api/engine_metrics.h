// The engine's counters, lag and readiness as the embedded query API shows
// them (`relance run --http`): /metrics families named relance_engine_*, and
// /readyz's "assigned and caught up".
#pragma once

#include <string>

#include "engine/kafka/monitor.h"
#include "projections/api/prometheus.h"

namespace relance::api {

void AppendEngineMetrics(const kafka::EngineSnapshot& snapshot, ExpositionWriter* out);

// Ready: the engine runs, has partitions, and each is within
// kafka::kReadyLagMessagesMax messages of its end at the last look.
bool EngineReady(const kafka::EngineSnapshot& snapshot, std::string* reason);

}  // namespace relance::api

// What every /metrics shows about the process itself, whichever command
// serves it (`relance run --http`, `relance serve`): relance_build_info and
// the process_* families of Prometheus' client libraries (CPU, memory, file
// descriptors, start time), read from /proc, so that the usual dashboards
// and alerts work unchanged.
#pragma once

#include <cstdint>
#include <string>

#include "projections/api/prometheus.h"

namespace relance::api {

struct ProcessSample {
  double cpu_seconds = 0;         // User plus system time.
  double resident_bytes = 0;      // RSS.
  double virtual_bytes = 0;       // VSZ.
  double start_time_seconds = 0;  // Unix time the process started.
  std::int64_t open_fds = 0;
  std::int64_t max_fds = 0;  // The soft RLIMIT_NOFILE.
};

// Reads the sample of this process from /proc/self; false when /proc is not
// there (then nothing of it is exposed, rather than zeros that would lie).
bool ReadProcessSample(ProcessSample* sample);

// Parses the text of /proc/<pid>/stat. `ticks_per_second` and `page_bytes`
// (sysconf) and `boot_time_seconds` (btime of /proc/stat) convert it.
bool ParseProcStat(const std::string& stat, double ticks_per_second, double page_bytes, double boot_time_seconds,
                   ProcessSample* sample);

void AppendProcessMetrics(const ProcessSample& sample, ExpositionWriter* out);

// relance_build_info{version="..."} 1: which binary runs where.
void AppendBuildInfo(ExpositionWriter* out);

}  // namespace relance::api

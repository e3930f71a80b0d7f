// The /metrics families every deployment dashboard leans on: the process_*
// families read from /proc, relance_build_info, and the engine's last closed
// business day per partition (what the "day not closed" alert reads).
#include "projections/api/process_metrics.h"

#include <catch2/catch.hpp>
#include <string>

#include "engine/core/civil_date.h"
#include "projections/api/engine_metrics.h"

namespace relance::api {
namespace {

TEST_CASE("process metrics: /proc/<pid>/stat is parsed past a command name with spaces and parentheses",
          "[api][metrics]") {
  // Fields 14, 15 (user, system ticks), 22 (start ticks), 23 (vsize bytes),
  // 24 (rss pages); the name holds ") (" to trip a naive split.
  const std::string stat =
      "4242 (relance) (x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 9 0 1000 81920000 2000 "
      "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
  ProcessSample sample;
  REQUIRE(ParseProcStat(stat, 100, 4096, 1'700'000'000, &sample));
  CHECK(sample.cpu_seconds == 3.0);
  CHECK(sample.start_time_seconds == 1'700'000'010.0);
  CHECK(sample.virtual_bytes == 81'920'000.0);
  CHECK(sample.resident_bytes == 2000.0 * 4096);
  CHECK_FALSE(ParseProcStat("4242 (relance) S 1 2 3", 100, 4096, 0, &sample));
  CHECK_FALSE(ParseProcStat("no name here", 100, 4096, 0, &sample));
}

TEST_CASE("process metrics: this process has CPU time, memory and open descriptors", "[api][metrics]") {
  ProcessSample sample;
  REQUIRE(ReadProcessSample(&sample));
  CHECK(sample.resident_bytes > 0);
  CHECK(sample.open_fds >= 3);  // stdin, stdout, stderr at least.
  CHECK(sample.start_time_seconds > 1'500'000'000);
  ExpositionWriter out;
  AppendProcessMetrics(sample, &out);
  for (const char* family : {"process_cpu_seconds_total ", "process_resident_memory_bytes ", "process_open_fds ",
                             "process_virtual_memory_bytes ", "process_start_time_seconds "}) {
    CHECK(out.text().find(std::string("\n") + family) != std::string::npos);
  }
}

TEST_CASE("process metrics: relance_build_info names the version", "[api][metrics]") {
  ExpositionWriter out;
  AppendBuildInfo(&out);
  CHECK(out.text().find("# TYPE relance_build_info gauge\nrelance_build_info{version=\"") != std::string::npos);
  CHECK(out.text().find("\"} 1\n") != std::string::npos);
}

TEST_CASE("engine metrics: the last closed business day per partition, none before the first DayClosed",
          "[api][metrics]") {
  kafka::EngineSnapshot snapshot;
  snapshot.lag = {{0, 5, DaysFromCivil(2026, 12, 4)}, {1, -1, kNoDay}};
  ExpositionWriter out;
  AppendEngineMetrics(snapshot, &out);
  CHECK(out.text().find("relance_engine_business_date_seconds{partition=\"0\"} 1796342400\n") != std::string::npos);
  CHECK(out.text().find("relance_engine_business_date_seconds{partition=\"1\"}") == std::string::npos);
}

}  // namespace
}  // namespace relance::api

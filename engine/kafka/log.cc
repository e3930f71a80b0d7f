#include "engine/kafka/log.h"

#include <chrono>
#include <cstdio>

namespace relance::kafka {

void LogLine(LogLevel level, std::string_view message, std::string_view fields) {
  const auto now = std::chrono::system_clock::now();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  const char* name = level == LogLevel::kInfo ? "info" : level == LogLevel::kWarn ? "warn" : "error";
  const std::string line = fields.empty() ? fmt::format("ts={} level={} msg=\"{}\"\n", ms, name, message)
                                          : fmt::format("ts={} level={} msg=\"{}\" {}\n", ms, name, message, fields);
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace relance::kafka

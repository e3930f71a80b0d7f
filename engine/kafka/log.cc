#include "engine/kafka/log.h"

#include <chrono>
#include <cstdio>

namespace relance::kafka {

std::string Quoted(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void LogLine(LogLevel level, std::string_view message, std::string_view fields) {
  const auto now = std::chrono::system_clock::now();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  const char* name = level == LogLevel::kInfo ? "info" : level == LogLevel::kWarn ? "warn" : "error";
  const std::string line = fields.empty() ? fmt::format("ts={} level={} msg=\"{}\"\n", ms, name, message)
                                          : fmt::format("ts={} level={} msg=\"{}\" {}\n", ms, name, message, fields);
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace relance::kafka

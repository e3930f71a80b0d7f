// Structured log lines on stderr: `ts=... level=... msg="..." key=value ...`.
// Wall-clock time appears here and only here: logs describe, never decide.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace relance::kafka {

enum class LogLevel { kInfo, kWarn, kError };

void LogLine(LogLevel level, std::string_view message, std::string_view fields);

// Escapes a free-text value for a quoted field: backslash, quote, newline, CR.
// One event, one line, whatever the input said.
std::string Quoted(std::string_view text);

// Log(LogLevel::kInfo, "partition assigned", "partition={} offset={}", p, o);
template <typename... Args>
void Log(LogLevel level, std::string_view message, fmt::format_string<Args...> fields, Args&&... args) {
  LogLine(level, message, fmt::format(fields, std::forward<Args>(args)...));
}

inline void Log(LogLevel level, std::string_view message) { LogLine(level, message, {}); }

}  // namespace relance::kafka

// Structured log lines on stderr (or a file: SetLogFile), one entry per line,
// in one of two formats:
//   text  ts=2026-12-05T22:30:53.123Z level=info msg="..." key=value ...
//   json  {"ts":"2026-12-05T22:30:53.123Z","level":"info","msg":"...","key":value}
// Timestamps are ISO-8601 in UTC with milliseconds. Entries below the
// minimum level are dropped. Format and level are set once at start
// (`relance --log-format --log-level`), before any thread logs.
// Wall-clock time appears here and only here: logs describe, never decide.
#pragma once

#include <fmt/format.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace relance::kafka {

enum class LogLevel { kInfo, kWarn, kError };
enum class LogFormat { kText, kJson };

// "info", "warn", "error"; nullopt for anything else.
std::optional<LogLevel> ParseLogLevel(std::string_view name);
// "text", "json"; nullopt for anything else.
std::optional<LogFormat> ParseLogFormat(std::string_view name);

// Default: text, info.
void SetLogFormat(LogFormat format);
void SetLogLevelMin(LogLevel level);

// From now on, entries are appended to `path` (created if absent, 0600
// under the process umask) instead of stderr; false and `error` when it
// cannot be opened. For a command whose own output is what a person reads
// (`relance demo`). The file stays open until the process exits: a thread
// of the client library may still log after the command is done.
bool SetLogFile(const std::string& path, std::string* error);
// The entries written since the process started, wherever they went.
std::uint64_t LogLinesWritten();

void LogLine(LogLevel level, std::string_view message, std::string_view fields);

// One entry as LogLine writes it (newline included). `fields` is the
// `key=value key="quoted value"` text the Log calls format; in JSON an
// unquoted integer stays a number and every other value becomes a string.
std::string FormatLogLine(LogFormat format, LogLevel level, std::chrono::system_clock::time_point when,
                          std::string_view message, std::string_view fields);

// Escapes a free-text value for a quoted field: backslash, quote, newline,
// CR, and every other control byte and DEL as \xNN. One event, one line, no
// terminal escape, whatever the input said.
std::string Quoted(std::string_view text);

// Log(LogLevel::kInfo, "partition assigned", "partition={} offset={}", p, o);
template <typename... Args>
void Log(LogLevel level, std::string_view message, fmt::format_string<Args...> fields, Args&&... args) {
  LogLine(level, message, fmt::format(fields, std::forward<Args>(args)...));
}

inline void Log(LogLevel level, std::string_view message) { LogLine(level, message, {}); }

}  // namespace relance::kafka

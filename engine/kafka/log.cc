#include "engine/kafka/log.h"

#include <time.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "engine/core/text.h"

namespace relance::kafka {
namespace {

std::atomic<LogFormat> g_format{LogFormat::kText};
std::atomic<LogLevel> g_level_min{LogLevel::kInfo};
std::atomic<std::FILE*> g_file{nullptr};  // nullptr: stderr.
std::atomic<std::uint64_t> g_lines{0};

const char* LevelName(LogLevel level) {
  switch (level) {
    case LogLevel::kInfo:
      return "info";
    case LogLevel::kWarn:
      return "warn";
    case LogLevel::kError:
      return "error";
  }
  return "error";
}

std::string Timestamp(std::chrono::system_clock::time_point when) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(when.time_since_epoch()).count();
  const time_t seconds = static_cast<time_t>(ms / 1000);
  tm utc{};
  gmtime_r(&seconds, &utc);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                     utc.tm_hour, utc.tm_min, utc.tm_sec, ms % 1000);
}

bool IsInteger(std::string_view text) {
  std::size_t i = !text.empty() && text[0] == '-' ? 1 : 0;
  if (i == text.size()) return false;
  for (; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

struct Field {
  std::string key;
  std::string value;
  bool quoted = false;
};

// Splits `key=value key="quoted \"value\""`, undoing Quoted(); false when
// the text is not of that shape (it is then logged whole).
bool SplitFields(std::string_view text, std::vector<Field>* fields) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    const std::size_t equals = text.find('=', i);
    if (equals == std::string_view::npos || equals == i) return false;
    Field field;
    field.key = std::string(text.substr(i, equals - i));
    if (field.key.find(' ') != std::string::npos) return false;
    i = equals + 1;
    if (i < text.size() && text[i] == '"') {
      field.quoted = true;
      for (++i;; ++i) {
        if (i >= text.size()) return false;
        if (text[i] == '"') break;
        if (text[i] == '\\' && i + 1 < text.size()) {
          const char next = text[++i];
          field.value += next == 'n' ? '\n' : next == 'r' ? '\r' : next;
        } else {
          field.value += text[i];
        }
      }
      ++i;  // The closing quote.
    } else {
      const std::size_t end = std::min(text.find(' ', i), text.size());
      field.value = std::string(text.substr(i, end - i));
      i = end;
    }
    fields->push_back(std::move(field));
  }
  return true;
}

std::string JsonLine(LogLevel level, std::chrono::system_clock::time_point when, std::string_view message,
                     std::string_view fields) {
  std::string out = "{\"ts\":";
  AppendJsonString(Timestamp(when), &out);
  out += ",\"level\":";
  AppendJsonString(LevelName(level), &out);
  out += ",\"msg\":";
  AppendJsonString(message, &out);
  std::vector<Field> split;
  if (!SplitFields(fields, &split)) {
    split = {{"fields", std::string(fields), true}};
  }
  for (const Field& field : split) {
    out += ',';
    AppendJsonString(field.key, &out);
    out += ':';
    if (!field.quoted && IsInteger(field.value)) {
      out += field.value;
    } else {
      AppendJsonString(field.value, &out);
    }
  }
  out += "}\n";
  return out;
}

}  // namespace

std::optional<LogLevel> ParseLogLevel(std::string_view name) {
  if (name == "info") return LogLevel::kInfo;
  if (name == "warn") return LogLevel::kWarn;
  if (name == "error") return LogLevel::kError;
  return std::nullopt;
}

std::optional<LogFormat> ParseLogFormat(std::string_view name) {
  if (name == "text") return LogFormat::kText;
  if (name == "json") return LogFormat::kJson;
  return std::nullopt;
}

void SetLogFormat(LogFormat format) { g_format.store(format); }
void SetLogLevelMin(LogLevel level) { g_level_min.store(level); }

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
        // Other control bytes (ESC, BEL, ...) and DEL from untrusted input
        // never reach a terminal or a log shipper raw.
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string FormatLogLine(LogFormat format, LogLevel level, std::chrono::system_clock::time_point when,
                          std::string_view message, std::string_view fields) {
  if (format == LogFormat::kJson) return JsonLine(level, when, message, fields);
  const std::string ts = Timestamp(when);
  return fields.empty() ? fmt::format("ts={} level={} msg=\"{}\"\n", ts, LevelName(level), message)
                        : fmt::format("ts={} level={} msg=\"{}\" {}\n", ts, LevelName(level), message, fields);
}

bool SetLogFile(const std::string& path, std::string* error) {
  std::FILE* file = std::fopen(path.c_str(), "a");
  if (file == nullptr) {
    *error = fmt::format("cannot open log file {}: {}", path, std::strerror(errno));
    return false;
  }
  std::setvbuf(file, nullptr, _IOLBF, 0);  // Whole lines, at once: `tail -f` works.
  g_file.store(file);
  return true;
}

std::uint64_t LogLinesWritten() { return g_lines.load(); }

void LogLine(LogLevel level, std::string_view message, std::string_view fields) {
  if (static_cast<int>(level) < static_cast<int>(g_level_min.load())) return;
  const std::string line = FormatLogLine(g_format.load(), level, std::chrono::system_clock::now(), message, fields);
  std::FILE* file = g_file.load();
  std::fwrite(line.data(), 1, line.size(), file != nullptr ? file : stderr);
  g_lines.fetch_add(1);
}

}  // namespace relance::kafka

// The engine's log lines (engine/kafka/log.h): ISO-8601 UTC timestamps, the
// text and JSON formats with the exact same content, and the level names.
#include "engine/kafka/log.h"

#include <catch2/catch.hpp>
#include <chrono>

namespace relance::kafka {
namespace {

// 2026-12-05T22:30:53.045Z
const std::chrono::system_clock::time_point kWhen{std::chrono::milliseconds(1'796'509'853'045)};

TEST_CASE("log: a text line has an ISO-8601 UTC timestamp with milliseconds", "[kafka][log]") {
  CHECK(FormatLogLine(LogFormat::kText, LogLevel::kWarn, kWhen, "partition assigned", "partition=3 offset=-1") ==
        "ts=2026-12-05T22:30:53.045Z level=warn msg=\"partition assigned\" partition=3 offset=-1\n");
  CHECK(FormatLogLine(LogFormat::kText, LogLevel::kInfo, kWhen, "caught up", "") ==
        "ts=2026-12-05T22:30:53.045Z level=info msg=\"caught up\"\n");
}

TEST_CASE("log: a JSON line keeps integers as numbers and every other value as a string", "[kafka][log]") {
  const std::string fields = "partition=3 offset=-1 address=0.0.0.0:8080 error=\"bad \\\"x\\\"\\nnext\" ratio=0.5";
  CHECK(FormatLogLine(LogFormat::kJson, LogLevel::kError, kWhen, "store \"failed\"", fields) ==
        "{\"ts\":\"2026-12-05T22:30:53.045Z\",\"level\":\"error\",\"msg\":\"store \\\"failed\\\"\","
        "\"partition\":3,\"offset\":-1,\"address\":\"0.0.0.0:8080\",\"error\":\"bad \\\"x\\\"\\nnext\","
        "\"ratio\":\"0.5\"}\n");
  // A quoted integer stays a string: it was written as text on purpose.
  CHECK(FormatLogLine(LogFormat::kJson, LogLevel::kInfo, kWhen, "m", "id=\"42\"") ==
        "{\"ts\":\"2026-12-05T22:30:53.045Z\",\"level\":\"info\",\"msg\":\"m\",\"id\":\"42\"}\n");
}

TEST_CASE("log: JSON keeps fields that are not key=value whole, and escapes control characters", "[kafka][log]") {
  CHECK(FormatLogLine(LogFormat::kJson, LogLevel::kInfo, kWhen, "m\x01", "not fields") ==
        "{\"ts\":\"2026-12-05T22:30:53.045Z\",\"level\":\"info\",\"msg\":\"m\\u0001\",\"fields\":\"not fields\"}\n");
  CHECK(FormatLogLine(LogFormat::kJson, LogLevel::kInfo, kWhen, "m", "open=\"never closed") ==
        "{\"ts\":\"2026-12-05T22:30:53.045Z\",\"level\":\"info\",\"msg\":\"m\",\"fields\":\"open=\\\"never "
        "closed\"}\n");
}

TEST_CASE("log: a quoted value from untrusted input has no raw control byte", "[kafka][log]") {
  CHECK(Quoted("a\x1b[31mb\x07"
               "c\x7f\"\\\n\r") == "a\\x1b[31mb\\x07c\\x7f\\\"\\\\\\n\\r");
  CHECK(Quoted("plain d\xc3\xa9"
               "bit") ==
        "plain d\xc3\xa9"
        "bit");  // UTF-8 is kept.
  const std::string line = FormatLogLine(LogFormat::kText, LogLevel::kWarn, kWhen, "rejected",
                                         "event_id=\"" + Quoted("x\x1b]0;owned\x07") + "\"");
  for (char c : line.substr(0, line.size() - 1)) CHECK((static_cast<unsigned char>(c) >= 0x20 && c != 0x7f));
}

TEST_CASE("log: level and format names", "[kafka][log]") {
  CHECK(ParseLogLevel("info") == LogLevel::kInfo);
  CHECK(ParseLogLevel("warn") == LogLevel::kWarn);
  CHECK(ParseLogLevel("error") == LogLevel::kError);
  CHECK_FALSE(ParseLogLevel("debug").has_value());
  CHECK(ParseLogFormat("text") == LogFormat::kText);
  CHECK(ParseLogFormat("json") == LogFormat::kJson);
  CHECK_FALSE(ParseLogFormat("JSON").has_value());
}

}  // namespace
}  // namespace relance::kafka

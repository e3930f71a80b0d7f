// Text that reaches a log line, a Kafka header or a terminal: rejection
// details and ids come, in part, from untrusted input (a JSON parser's
// message quotes the bytes it choked on; an event id can hold anything
// before it is validated). Line-based log shipping breaks on a newline, a
// terminal obeys ESC, and a detail must never carry a payload's content
// (a debtor's e-mail address was once seen in one). Pure.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace relance {

// Bytes of a rejection detail, at most, before the "..." that says it was cut.
inline constexpr std::size_t kDetailBytesMax = 240;

// `text` on one line: control bytes, DEL, bytes that are not valid UTF-8,
// backslash and double quote are written \xNN (\\ and \" for the last two);
// valid UTF-8 is kept. At most `bytes_max` bytes of output (never cutting an
// escape or a character), then "..." when something was left out.
std::string OneLine(std::string_view text, std::size_t bytes_max = kDetailBytesMax);

// `text` as a JSON string, quotes included: the one escaper of every JSON
// this program writes (API bodies, exports, log lines). Double quote,
// backslash and control bytes are escaped (\n, \r, \t by name, the others
// and DEL as \u00XX); valid UTF-8 is kept as it is, so that "Société" reads
// "Société" once parsed; a byte that is not valid UTF-8 becomes U+FFFD, so
// that the output is valid JSON (which is UTF-8) whatever the input.
void AppendJsonString(std::string_view text, std::string* out);
std::string JsonString(std::string_view text);

// A parser's error message without the input it quotes: every "..." span
// becomes "<value>" and the message stops at its first line break, then
// OneLine. What stays names the field and the problem, never the content.
std::string ParserMessage(std::string_view message);

}  // namespace relance

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

// A parser's error message without the input it quotes: every "..." span
// becomes "<value>" and the message stops at its first line break, then
// OneLine. What stays names the field and the problem, never the content.
std::string ParserMessage(std::string_view message);

}  // namespace relance

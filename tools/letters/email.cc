#include "tools/letters/email.h"

#include <fmt/format.h>

#include <array>
#include <cassert>

namespace relance::letters {
namespace {

// Base64 lines of MIME bodies (RFC 2045: at most 76 characters).
constexpr std::size_t kBodyLineChars = 76;
// Bytes of UTF-8 per encoded word: "=?UTF-8?B?" + 60 base64 characters + "?="
// is 72, under the 75 of RFC 2047.
constexpr std::size_t kEncodedWordBytes = 45;
// ASCII text longer than this is encoded too, so that the folded header lines
// stay under 78 characters.
constexpr std::size_t kPlainHeaderChars = 66;
// Fixed: base64 bodies never contain "=_", so it cannot clash with a body line.
constexpr std::string_view kBoundary = "=_relance_alternative";

bool IsPrintableAscii(std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c >= 0x7f) return false;
  }
  return true;
}

// Header values are one line: a control character in data must not start
// a new header (header injection).
std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) out.push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c);
  return out;
}

// Where the UTF-8 sequence starting before `end` ends: a cut at `end` must
// not fall inside a multi-byte character.
std::size_t Utf8Cut(std::string_view text, std::size_t begin, std::size_t end) {
  if (end >= text.size()) return text.size();
  std::size_t cut = end;
  while (cut > begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut == begin ? end : cut;
}

// A display name with an address: "Name <a@b>", the name quoted or encoded.
std::string Mailbox(std::string_view name, std::string_view address) {
  const std::string line = OneLine(name);
  if (line.empty()) return fmt::format("<{}>", address);
  if (IsPrintableAscii(line) && line.size() <= kPlainHeaderChars) {
    std::string quoted;
    for (char c : line) {
      if (c == '"' || c == '\\') quoted.push_back('\\');
      quoted.push_back(c);
    }
    return fmt::format("\"{}\" <{}>", quoted, address);
  }
  return fmt::format("{} <{}>", EncodeHeaderText(line), address);
}

std::string CrlfLines(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 32);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) out.push_back('\r');
    out.push_back(text[i]);
  }
  return out;
}

void AppendBodyPart(std::string* out, std::string_view content_type, std::string_view body) {
  *out += fmt::format("--{}\r\nContent-Type: {}; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n", kBoundary,
                      content_type);
  // MIME text is canonical with CRLF line ends before it is encoded.
  const std::string encoded = Base64(CrlfLines(body));
  for (std::size_t i = 0; i < encoded.size(); i += kBodyLineChars) {
    out->append(encoded, i, kBodyLineChars);
    out->append("\r\n");
  }
}

}  // namespace

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    const std::uint32_t n = (static_cast<unsigned char>(bytes[i]) << 16) |
                            (static_cast<unsigned char>(bytes[i + 1]) << 8) | static_cast<unsigned char>(bytes[i + 2]);
    out += {kAlphabet[(n >> 18) & 63], kAlphabet[(n >> 12) & 63], kAlphabet[(n >> 6) & 63], kAlphabet[n & 63]};
  }
  const std::size_t rest = bytes.size() - i;
  if (rest > 0) {
    std::uint32_t n = static_cast<unsigned char>(bytes[i]) << 16;
    if (rest == 2) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += {kAlphabet[(n >> 18) & 63], kAlphabet[(n >> 12) & 63], rest == 2 ? kAlphabet[(n >> 6) & 63] : '=', '='};
  }
  return out;
}

std::string EncodeHeaderText(std::string_view text) {
  const std::string line = OneLine(text);
  if (IsPrintableAscii(line) && line.size() <= kPlainHeaderChars) return line;
  std::string out;
  for (std::size_t begin = 0; begin < line.size();) {
    const std::size_t end = Utf8Cut(line, begin, begin + kEncodedWordBytes);
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + Base64(std::string_view(line).substr(begin, end - begin)) + "?=";
    begin = end;
  }
  return out;
}

std::string Rfc5322Date(Day day) {
  static constexpr std::array<std::string_view, 7> kWeekdays = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
  static constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  assert(day != kNoDay);
  int year = 0, month = 0, dom = 0;
  CivilFromDays(day, &year, &month, &dom);
  // 1970-01-01, day 0, was a Thursday; days before it count backwards.
  const int weekday = ((day % 7) + 7) % 7;
  return fmt::format("{}, {:02} {} {:04} 00:00:00 +0000", kWeekdays[weekday], dom, kMonths[month - 1], year);
}

std::string BuildEml(const EmailMessage& message) {
  std::string out;
  out += "Date: " + Rfc5322Date(message.date) + "\r\n";
  out += "From: " + Mailbox(message.from_name, message.from_address) + "\r\n";
  out += "To: " + Mailbox(message.to_name, message.to_address) + "\r\n";
  out += "Subject: " + EncodeHeaderText(message.subject) + "\r\n";
  if (!message.action_id.empty() && IsPrintableAscii(message.action_id)) {
    out += "X-Relance-Action-Id: " + message.action_id + "\r\n";
  }
  out += "MIME-Version: 1.0\r\n";
  out += fmt::format("Content-Type: multipart/alternative; boundary=\"{}\"\r\n\r\n", kBoundary);
  AppendBodyPart(&out, "text/plain", message.text);
  AppendBodyPart(&out, "text/html", message.html);
  out += fmt::format("--{}--\r\n", kBoundary);
  return out;
}

}  // namespace relance::letters

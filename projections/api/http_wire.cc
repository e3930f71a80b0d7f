#include "projections/api/http_wire.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>

#include "projections/api/api_limits.h"

namespace relance::api {
namespace {

constexpr std::string_view kLineEnd = "\r\n";
constexpr std::string_view kHeadEnd = "\r\n\r\n";

ParseResult Reject(int status, std::string_view code, std::string_view message) {
  return {ParseState::kRejected, JsonError(status, code, message)};
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// True when the comma-separated `list` holds `token` (Connection: a, b).
bool HasToken(std::string_view list, std::string_view token) {
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    if (EqualsIgnoreCase(Trim(list.substr(0, comma)), token)) return true;
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return false;
}

bool IsTokenChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
         std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

// "METHOD SP TARGET SP HTTP/1.x"; sets `head`'s method, target and the
// version's default keep-alive.
bool ParseRequestLine(std::string_view line, RequestHead* head, bool* http10) {
  const std::size_t first = line.find(' ');
  const std::size_t last = line.rfind(' ');
  if (first == std::string_view::npos || first == last) return false;
  head->method = line.substr(0, first);
  head->target = line.substr(first + 1, last - first - 1);
  const std::string_view version = line.substr(last + 1);
  if (head->method.empty() || !std::all_of(head->method.begin(), head->method.end(), IsTokenChar)) return false;
  if (head->target.empty() || head->target.find(' ') != std::string_view::npos) return false;
  if (version != "HTTP/1.1" && version != "HTTP/1.0") return false;
  *http10 = version == "HTTP/1.0";
  return true;
}

}  // namespace

ParseResult ParseRequestHead(std::string_view buffer, RequestHead* head) {
  const std::size_t line_end = buffer.find(kLineEnd);
  if (line_end == std::string_view::npos) {
    if (buffer.size() >= kRequestLineBytesMax) return Reject(414, "uri_too_long", "request line too long");
    return {};
  }
  if (line_end > kRequestLineBytesMax) return Reject(414, "uri_too_long", "request line too long");
  const std::size_t head_end = buffer.find(kHeadEnd);
  if (head_end == std::string_view::npos || head_end + kHeadEnd.size() > kRequestHeadBytesMax) {
    if (buffer.size() >= kRequestHeadBytesMax) {
      return Reject(431, "header_too_large", "request header fields too large");
    }
    return {};
  }
  *head = RequestHead{};
  bool http10 = false;
  if (!ParseRequestLine(buffer.substr(0, line_end), head, &http10)) {
    return Reject(400, "bad_request", "malformed request line");
  }
  head->head_bytes = head_end + kHeadEnd.size();
  bool close = false;
  bool keep_alive = false;
  bool length_seen = false;
  std::size_t fields = 0;
  std::string_view rest = buffer.substr(line_end + kLineEnd.size(), head_end - line_end);
  while (!rest.empty()) {
    const std::size_t end = rest.find(kLineEnd);
    const std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end + kLineEnd.size());
    if (line.empty()) break;
    if (++fields > kHeaderFieldsMax) return Reject(431, "header_too_large", "too many header fields");
    const std::size_t colon = line.find(':');
    if (colon == 0 || colon == std::string_view::npos ||
        !std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(colon), IsTokenChar)) {
      return Reject(400, "bad_request", "malformed header field");
    }
    const std::string_view name = line.substr(0, colon);
    const std::string_view value = Trim(line.substr(colon + 1));
    if (EqualsIgnoreCase(name, "Connection")) {
      close = close || HasToken(value, "close");
      keep_alive = keep_alive || HasToken(value, "keep-alive");
    } else if (EqualsIgnoreCase(name, "Transfer-Encoding")) {
      return Reject(400, "bad_request", "request bodies are not accepted chunked");
    } else if (EqualsIgnoreCase(name, "Content-Length")) {
      std::size_t length = 0;
      const auto [ptr, error] = std::from_chars(value.data(), value.data() + value.size(), length);
      if (error == std::errc::result_out_of_range) {
        return Reject(413, "payload_too_large", "request body too large");
      }
      if (error != std::errc() || ptr != value.data() + value.size() || value.empty() ||
          (length_seen && length != head->content_length)) {
        return Reject(400, "bad_request", "malformed Content-Length");
      }
      if (length > kRequestBodyBytesMax) return Reject(413, "payload_too_large", "request body too large");
      head->content_length = length;
      length_seen = true;
    }
  }
  head->keep_alive = !close && (!http10 || keep_alive);
  return {ParseState::kComplete, {}};
}

std::string_view ReasonPhrase(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 400:
      return "Bad Request";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 408:
      return "Request Timeout";
    case 413:
      return "Payload Too Large";
    case 414:
      return "URI Too Long";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 503:
      return "Service Unavailable";
    default:
      return "Unknown";
  }
}

std::string SerializeResponse(const ApiResponse& response, bool head_only, bool keep_alive) {
  std::string out =
      fmt::format("HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n",
                  response.status, ReasonPhrase(response.status), response.content_type, response.body.size());
  if (response.status == 405) out += "Allow: GET, HEAD\r\n";
  if (response.status == 503) out += "Retry-After: 1\r\n";
  out += keep_alive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
  if (!head_only) out += response.body;
  return out;
}

}  // namespace relance::api

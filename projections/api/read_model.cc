#include "projections/api/read_model.h"

#include <fmt/format.h>

namespace relance::api {

std::string JsonString(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        // Control bytes, and bytes outside ASCII (the text may come from a
        // request and need not be UTF-8): escaped, so the body stays valid JSON.
        if (byte < 0x20 || byte >= 0x7f) {
          fmt::format_to(std::back_inserter(out), "\\u{:04x}", byte);
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

ApiResponse JsonError(int status, std::string_view code, std::string_view message) {
  return {status, fmt::format(R"({{"error":{{"code":{},"message":{}}}}})", JsonString(code), JsonString(message))};
}

}  // namespace relance::api

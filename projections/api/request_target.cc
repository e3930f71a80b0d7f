#include "projections/api/request_target.h"

#include <fmt/format.h>

namespace relance::api {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool PercentDecode(std::string_view text, bool query, std::string* out) {
  out->clear();
  out->reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return false;  // Two hex digits must follow.
      const int high = HexValue(text[i + 1]);
      const int low = HexValue(text[i + 2]);
      if (high < 0 || low < 0) return false;
      out->push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else if (c == '+' && query) {
      out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
  return true;
}

bool ParseTarget(std::string_view target, std::size_t params_max, RequestTarget* out, std::string* error) {
  out->segments.clear();
  out->params.clear();
  if (target.empty() || target[0] != '/') {
    *error = "the request target must start with '/'";
    return false;
  }
  const std::size_t question = target.find('?');
  std::string_view path = target.substr(0, question);
  std::string_view query = question == std::string_view::npos ? std::string_view() : target.substr(question + 1);
  // A fragment is never sent by clients; drop it if one is.
  if (const std::size_t hash = query.find('#'); hash != std::string_view::npos) query = query.substr(0, hash);
  path.remove_prefix(1);
  if (!path.empty()) {
    for (;;) {
      const std::size_t slash = path.find('/');
      std::string decoded;
      if (!PercentDecode(path.substr(0, slash), false, &decoded)) {
        *error = "malformed percent-encoding in the path";
        return false;
      }
      out->segments.push_back(std::move(decoded));
      if (slash == std::string_view::npos) break;
      path.remove_prefix(slash + 1);
    }
  }
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    if (out->params.size() == params_max) {
      *error = fmt::format("more than {} query parameters", params_max);
      return false;
    }
    const std::size_t equals = pair.find('=');
    std::string name, value;
    if (!PercentDecode(pair.substr(0, equals), true, &name) ||
        (equals != std::string_view::npos && !PercentDecode(pair.substr(equals + 1), true, &value))) {
      *error = "malformed percent-encoding in the query";
      return false;
    }
    out->params.emplace_back(std::move(name), std::move(value));
  }
  return true;
}

}  // namespace relance::api

// Parsing of a raw HTTP request target ("/v1/debts/D%2F1?debtor=K"): path
// segments and query parameters, each percent-decoded. Ids may hold any
// printable ASCII, '/' included, so segments are split before decoding.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace relance::api {

struct RequestTarget {
  std::vector<std::string> segments;  // "/a/b" -> {"a", "b"}; "/" -> {}; "/a/" -> {"a", ""}.
  std::vector<std::pair<std::string, std::string>> params;
};

// Percent-decodes `text` into *out; in a query, '+' is a space. False on a
// malformed escape ('%' not followed by two hex digits).
bool PercentDecode(std::string_view text, bool query, std::string* out);

// False with *error set when the target is not origin-form ("/..."), holds a
// malformed escape, or has more than `params_max` parameters.
bool ParseTarget(std::string_view target, std::size_t params_max, RequestTarget* out, std::string* error);

}  // namespace relance::api

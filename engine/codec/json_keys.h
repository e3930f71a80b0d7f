// Duplicate keys in a JSON object. The JSON grammar allows them and
// protobuf's JSON parser keeps the last one, so an event with two
// "amount_minor" (or "amount_minor" and "amountMinor", the same field under
// its two protobuf-JSON names) would silently book the second: for money, an
// ambiguous record is a malformed one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace relance::codec {

struct DuplicateKey {
  std::string key;         // As protobuf-JSON names the field (lowerCamelCase), escaped, bounded.
  std::size_t offset = 0;  // Byte offset of the second occurrence in the text.
};

// The first key that occurs twice in one object of `json`, comparing field
// names as protobuf does (snake_case and lowerCamelCase are one name, \u
// escapes decoded). REQUIRES: `json` is well-formed JSON (checked by the
// caller's parser first); on anything else the answer is nullopt.
std::optional<DuplicateKey> FindDuplicateKey(std::string_view json);

}  // namespace relance::codec

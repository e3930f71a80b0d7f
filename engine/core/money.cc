#include "engine/core/money.h"

#include <fmt/format.h>

#include <array>
#include <utility>

namespace relance {

bool IsCurrencyCode(std::string_view code) {
  if (code.size() != 3) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

int MinorUnitExponent(std::string_view code) {
  // ISO 4217 currencies whose minor unit is not 2 digits.
  static constexpr std::array<std::pair<std::string_view, int>, 22> kExceptions = {{
      {"BHD", 3}, {"BIF", 0}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"IQD", 3}, {"ISK", 0}, {"JOD", 3},
      {"JPY", 0}, {"KMF", 0}, {"KRW", 0}, {"KWD", 3}, {"LYD", 3}, {"OMR", 3}, {"PYG", 0}, {"RWF", 0},
      {"TND", 3}, {"UGX", 0}, {"VND", 0}, {"VUV", 0}, {"XAF", 0}, {"XOF", 0},
  }};
  for (const auto& [c, e] : kExceptions) {
    if (c == code) return e;
  }
  return 2;
}

std::string FormatDecimal(std::int64_t amount_minor, std::string_view currency) {
  const int exponent = MinorUnitExponent(currency);
  const bool negative = amount_minor < 0;
  // Work on the unsigned magnitude so INT64_MIN formats too.
  std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(amount_minor) : static_cast<std::uint64_t>(amount_minor);
  if (exponent == 0) return fmt::format("{}{}", negative ? "-" : "", magnitude);
  std::uint64_t scale = 1;
  for (int i = 0; i < exponent; ++i) scale *= 10;
  return fmt::format("{}{}.{:0{}}", negative ? "-" : "", magnitude / scale, magnitude % scale, exponent);
}

}  // namespace relance

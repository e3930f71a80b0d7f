// Money helpers: ISO 4217 code checks, minor-unit exponents and decimal
// formatting. Amounts are int64 minor units everywhere; never floating point.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace relance {

// Three upper-case ASCII letters.
bool IsCurrencyCode(std::string_view code);
// Digits after the decimal point (2 for EUR, 0 for JPY, 3 for TND...);
// 2 for codes not in the built-in table.
int MinorUnitExponent(std::string_view code);
// "1234.56" for 123456 EUR; "-0.05" for -5 EUR; "1234" for 1234 JPY.
std::string FormatDecimal(std::int64_t amount_minor, std::string_view currency);

}  // namespace relance

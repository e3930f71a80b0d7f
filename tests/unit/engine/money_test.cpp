// Money helpers (engine/core/money.h): currency codes, minor units, decimals.
#include "engine/core/money.h"

#include <catch2/catch.hpp>
#include <cstdint>

namespace relance {
namespace {

TEST_CASE("currency codes are three upper-case letters", "[money]") {
  CHECK(IsCurrencyCode("EUR"));
  CHECK(IsCurrencyCode("JPY"));
  CHECK(IsCurrencyCode("XXX"));
  CHECK_FALSE(IsCurrencyCode(""));
  CHECK_FALSE(IsCurrencyCode("EU"));
  CHECK_FALSE(IsCurrencyCode("EURO"));
  CHECK_FALSE(IsCurrencyCode("eur"));
  CHECK_FALSE(IsCurrencyCode("Eur"));
  CHECK_FALSE(IsCurrencyCode("E1R"));
  CHECK_FALSE(IsCurrencyCode("E R"));
  CHECK_FALSE(IsCurrencyCode(std::string_view("EU\0", 3)));
}

TEST_CASE("minor-unit exponents", "[money]") {
  CHECK(MinorUnitExponent("EUR") == 2);
  CHECK(MinorUnitExponent("USD") == 2);
  CHECK(MinorUnitExponent("JPY") == 0);
  CHECK(MinorUnitExponent("KRW") == 0);
  CHECK(MinorUnitExponent("XOF") == 0);
  CHECK(MinorUnitExponent("TND") == 3);
  CHECK(MinorUnitExponent("KWD") == 3);
  CHECK(MinorUnitExponent("BHD") == 3);
  CHECK(MinorUnitExponent("ZZZ") == 2);  // Unknown: 2.
}

TEST_CASE("FormatDecimal for EUR", "[money]") {
  CHECK(FormatDecimal(123456, "EUR") == "1234.56");
  CHECK(FormatDecimal(0, "EUR") == "0.00");
  CHECK(FormatDecimal(5, "EUR") == "0.05");
  CHECK(FormatDecimal(50, "EUR") == "0.50");
  CHECK(FormatDecimal(100, "EUR") == "1.00");
  CHECK(FormatDecimal(-5, "EUR") == "-0.05");
  CHECK(FormatDecimal(-123456, "EUR") == "-1234.56");
  CHECK(FormatDecimal(1'000'000'000'000'000, "EUR") == "10000000000000.00");
}

TEST_CASE("FormatDecimal for JPY (no minor unit)", "[money]") {
  CHECK(FormatDecimal(1234, "JPY") == "1234");
  CHECK(FormatDecimal(0, "JPY") == "0");
  CHECK(FormatDecimal(-1234, "JPY") == "-1234");
}

TEST_CASE("FormatDecimal for TND (three decimals)", "[money]") {
  CHECK(FormatDecimal(1234567, "TND") == "1234.567");
  CHECK(FormatDecimal(5, "TND") == "0.005");
  CHECK(FormatDecimal(1000, "TND") == "1.000");
  CHECK(FormatDecimal(-42, "TND") == "-0.042");
}

TEST_CASE("FormatDecimal at the int64 limits", "[money]") {
  CHECK(FormatDecimal(INT64_MIN, "EUR") == "-92233720368547758.08");
  CHECK(FormatDecimal(INT64_MAX, "EUR") == "92233720368547758.07");
  CHECK(FormatDecimal(INT64_MIN, "JPY") == "-9223372036854775808");
  CHECK(FormatDecimal(INT64_MAX, "JPY") == "9223372036854775807");
  CHECK(FormatDecimal(INT64_MIN, "TND") == "-9223372036854775.808");
  CHECK(FormatDecimal(INT64_MIN + 1, "EUR") == "-92233720368547758.07");
}

}  // namespace
}  // namespace relance

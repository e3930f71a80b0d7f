// Civil dates (engine/core/civil_date.h): leap years, day numbers, ISO text.
#include "engine/core/civil_date.h"

#include <catch2/catch.hpp>

namespace relance {
namespace {

v1::CivilDate Civil(int year, int month, int day) {
  v1::CivilDate date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

TEST_CASE("leap years follow the Gregorian rules", "[date]") {
  CHECK(IsLeapYear(2024));
  CHECK(IsLeapYear(2000));
  CHECK(IsLeapYear(1972));
  CHECK(IsLeapYear(2196));
  CHECK_FALSE(IsLeapYear(2023));
  CHECK_FALSE(IsLeapYear(2026));
  CHECK_FALSE(IsLeapYear(1900));
  CHECK_FALSE(IsLeapYear(2100));
  CHECK_FALSE(IsLeapYear(2199));
  CHECK(DaysInMonth(2024, 2) == 29);
  CHECK(DaysInMonth(2026, 2) == 28);
  CHECK(DaysInMonth(2100, 2) == 28);
  CHECK(DaysInMonth(2000, 2) == 29);
  CHECK(DaysInMonth(2026, 1) == 31);
  CHECK(DaysInMonth(2026, 4) == 30);
  CHECK(DaysInMonth(2026, 12) == 31);
}

TEST_CASE("day numbers of known dates", "[date]") {
  CHECK(DaysFromCivil(1970, 1, 1) == 0);
  CHECK(DaysFromCivil(1970, 1, 2) == 1);
  CHECK(DaysFromCivil(1969, 12, 31) == -1);
  CHECK(DaysFromCivil(2000, 3, 1) == 11017);
  CHECK(DaysFromCivil(2026, 1, 31) == 20484);
  CHECK(DaysFromCivil(2199, 12, 31) == 84005);
  CHECK(DaysFromCivil(2024, 3, 1) - DaysFromCivil(2024, 2, 28) == 2);
  CHECK(DaysFromCivil(2100, 3, 1) - DaysFromCivil(2100, 2, 28) == 1);
}

TEST_CASE("every day from 1970 to 2199 round-trips", "[date]") {
  int year = 1970, month = 1, day = 1;
  const Day last = DaysFromCivil(kYearMax, 12, 31);
  int failures = 0;
  for (Day n = 0; n <= last; ++n) {
    int y = 0, m = 0, d = 0;
    CivilFromDays(n, &y, &m, &d);
    const bool ok = y == year && m == month && d == day && DaysFromCivil(year, month, day) == n &&
                    IsValidCivil(year, month, day) && ToDay(Civil(year, month, day)) == n &&
                    ParseDay(FormatDay(n)) == n;
    if (!ok && ++failures <= 5) {
      FAIL_CHECK("day " << n << ": expected " << year << "-" << month << "-" << day << ", got " << y << "-" << m << "-"
                        << d);
    }
    // The next calendar day, counted by hand.
    if (++day > DaysInMonth(year, month)) {
      day = 1;
      if (++month > 12) {
        month = 1;
        ++year;
      }
    }
  }
  CHECK(failures == 0);
  CHECK(year == kYearMax + 1);
  CHECK(last + 1 == DaysFromCivil(2200, 1, 1));
}

TEST_CASE("IsValidCivil accepts real dates within 1970..2199 only", "[date]") {
  CHECK(IsValidCivil(1970, 1, 1));
  CHECK(IsValidCivil(2199, 12, 31));
  CHECK(IsValidCivil(2024, 2, 29));
  CHECK(IsValidCivil(2000, 2, 29));
  CHECK_FALSE(IsValidCivil(1969, 12, 31));
  CHECK_FALSE(IsValidCivil(2200, 1, 1));
  CHECK_FALSE(IsValidCivil(2026, 2, 29));
  CHECK_FALSE(IsValidCivil(2100, 2, 29));
  CHECK_FALSE(IsValidCivil(2026, 2, 30));
  CHECK_FALSE(IsValidCivil(2026, 4, 31));
  CHECK_FALSE(IsValidCivil(2026, 0, 1));
  CHECK_FALSE(IsValidCivil(2026, 13, 1));
  CHECK_FALSE(IsValidCivil(2026, 1, 0));
  CHECK_FALSE(IsValidCivil(2026, 1, 32));
  CHECK_FALSE(IsValidCivil(2026, -1, 1));
  CHECK_FALSE(IsValidCivil(0, 0, 0));
}

TEST_CASE("CivilDate messages: unset, valid, invalid", "[date]") {
  CHECK(IsUnset(v1::CivilDate{}));
  CHECK_FALSE(IsUnset(Civil(2026, 0, 0)));
  CHECK(ToDay(v1::CivilDate{}) == kNoDay);
  CHECK(ToDay(Civil(2026, 1, 31)) == 20484);
  CHECK_FALSE(ToDay(Civil(2026, 2, 30)).has_value());
  CHECK_FALSE(ToDay(Civil(1969, 12, 31)).has_value());
  CHECK_FALSE(ToDay(Civil(2026, 0, 0)).has_value());
  CHECK_FALSE(ToDay(Civil(0, 1, 1)).has_value());

  const v1::CivilDate c = ToCivil(20484);
  CHECK(c.year() == 2026);
  CHECK(c.month() == 1);
  CHECK(c.day() == 31);
  v1::CivilDate out = Civil(2026, 5, 5);
  SetCivil(kNoDay, &out);
  CHECK(IsUnset(out));
  SetCivil(0, &out);
  CHECK(out.year() == 1970);
  CHECK(out.month() == 1);
  CHECK(out.day() == 1);
}

TEST_CASE("FormatDay and ParseDay", "[date]") {
  CHECK(FormatDay(0) == "1970-01-01");
  CHECK(FormatDay(20484) == "2026-01-31");
  CHECK(FormatDay(84005) == "2199-12-31");
  CHECK(FormatDay(kNoDay) == "-");
  CHECK(ParseDay("1970-01-01") == 0);
  CHECK(ParseDay("2026-01-31") == 20484);
  CHECK(ParseDay("2024-02-29") == DaysFromCivil(2024, 2, 29));
  CHECK(ParseDay("2199-12-31") == 84005);
}

TEST_CASE("ParseDay refuses what is not a valid ISO date in range", "[date]") {
  for (const char* text : {"",           "2026-02-29", "2026-02-30",    "2026-13-01",  "2026-00-10",
                           "2026-01-00", "1969-12-31", "2200-01-01",    "2026-1-31",   "2026-01-1",
                           "26-01-31",   "2026/01/31", "2026-01-31T00", " 2026-01-31", "2026-01-31 ",
                           "+026-01-31", "-001-01-01", "2026-+1-31",    "2026-01-3x",  "abcd-ef-gh",
                           "2026--1-31", "20260131"}) {
    INFO("'" << text << "'");
    CHECK_FALSE(ParseDay(text).has_value());
  }
}

}  // namespace
}  // namespace relance

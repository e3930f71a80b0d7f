// French public holidays (tools/policy/fr_holidays.h): Easter and the days
// that follow it, the fixed days, and the calendar built from them.
#include "tools/policy/fr_holidays.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "engine/core/policy_check.h"

namespace relance::policy {
namespace {

std::vector<std::string> Formatted(const std::vector<Day>& days) {
  std::vector<std::string> out;
  for (Day day : days) out.push_back(FormatDay(day));
  return out;
}

TEST_CASE("Easter Sunday matches the published dates", "[calendar]") {
  CHECK(FormatDay(EasterSunday(2024)) == "2024-03-31");
  CHECK(FormatDay(EasterSunday(2025)) == "2025-04-20");
  CHECK(FormatDay(EasterSunday(2026)) == "2026-04-05");
  CHECK(FormatDay(EasterSunday(2027)) == "2027-03-28");
  CHECK(FormatDay(EasterSunday(2030)) == "2030-04-21");
  CHECK(FormatDay(EasterSunday(2038)) == "2038-04-25");  // The latest possible date.
  CHECK(FormatDay(EasterSunday(1985)) == "1985-04-07");
}

TEST_CASE("the French public holidays of 2025", "[calendar]") {
  CHECK(Formatted(FrenchPublicHolidays(2025)) ==
        std::vector<std::string>{"2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09",
                                 "2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25"});
}

TEST_CASE("Ascension on 1 May is listed once", "[calendar]") {
  // Easter 2008 was on 23 March: Ascension on 1 May, Whit Monday on 12 May.
  const std::vector<std::string> days = Formatted(FrenchPublicHolidays(2008));
  CHECK(days.size() == 10);
  CHECK(days[1] == "2008-03-24");
  CHECK(days[2] == "2008-05-01");
  CHECK(days[4] == "2008-05-12");
}

TEST_CASE("the FR calendar lists eleven days a year and passes CheckCalendar", "[calendar]") {
  const v1::CalendarPublished calendar = FrenchCalendar(2024, 2030);
  CHECK(calendar.calendar_id() == "FR");
  CHECK(calendar.holidays_size() == 7 * 11);
  CHECK(core::CheckCalendar(calendar).empty());
}

}  // namespace
}  // namespace relance::policy

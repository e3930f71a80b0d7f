#include "engine/core/civil_date.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace relance {

void CivilFromDays(Day days, int* year, int* month, int* day) {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  *year = static_cast<int>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
  *month = static_cast<int>(m);
  *day = static_cast<int>(d);
}

v1::CivilDate ToCivil(Day day) {
  v1::CivilDate out;
  SetCivil(day, &out);
  return out;
}

void SetCivil(Day day, v1::CivilDate* out) {
  if (day == kNoDay) {
    out->Clear();
    return;
  }
  int y = 0, m = 0, d = 0;
  CivilFromDays(day, &y, &m, &d);
  out->set_year(y);
  out->set_month(m);
  out->set_day(d);
}

std::string FormatDay(Day day) {
  if (day == kNoDay) return "-";
  int y = 0, m = 0, d = 0;
  CivilFromDays(day, &y, &m, &d);
  return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d);
}

std::optional<Day> ParseDay(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  auto parse = [&](std::size_t pos, std::size_t len, int* v) {
    auto r = std::from_chars(iso.data() + pos, iso.data() + pos + len, *v);
    return r.ec == std::errc() && r.ptr == iso.data() + pos + len;
  };
  if (!parse(0, 4, &y) || !parse(5, 2, &m) || !parse(8, 2, &d)) return std::nullopt;
  if (!IsValidCivil(y, m, d)) return std::nullopt;
  return DaysFromCivil(y, m, d);
}

Day AddMonths(Day day, int months) {
  int y = 0, m = 0, d = 0;
  CivilFromDays(day, &y, &m, &d);
  const int index = y * 12 + (m - 1) + months;
  y = index / 12;
  m = index % 12 + 1;
  return DaysFromCivil(y, m, std::min(d, DaysInMonth(y, m)));
}

int IsoWeekday(Day day) {
  // 1970-01-01 was a Thursday (4).
  const int offset = static_cast<int>((static_cast<std::int64_t>(day) % 7 + 7) % 7);
  return (offset + 3) % 7 + 1;
}

}  // namespace relance

#include "tools/letters/format.h"

#include <fmt/format.h>

#include <array>

#include "engine/core/money.h"

namespace relance::letters {
namespace {

constexpr std::array<std::string_view, 12> kMonthsFrench = {"janvier",   "février", "mars",     "avril",
                                                            "mai",       "juin",    "juillet",  "août",
                                                            "septembre", "octobre", "novembre", "décembre"};
constexpr std::array<std::string_view, 12> kMonthsEnglish = {"January",   "February", "March",    "April",
                                                             "May",       "June",     "July",     "August",
                                                             "September", "October",  "November", "December"};

// "1234567" -> "1 234 567" with `separator` between groups of three.
std::string GroupThousands(std::uint64_t value, char separator) {
  const std::string digits = std::to_string(value);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(separator);
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

std::string_view LanguageCode(Language language) { return language == Language::kFrench ? "fr" : "en"; }

std::optional<Language> ParseLanguage(std::string_view code) {
  if (code == "fr") return Language::kFrench;
  if (code == "en") return Language::kEnglish;
  return std::nullopt;
}

std::string FormatAmount(std::int64_t amount_minor, std::string_view currency, Language language) {
  const bool french = language == Language::kFrench;
  const int exponent = MinorUnitExponent(currency);
  const bool negative = amount_minor < 0;
  // The unsigned magnitude, so that INT64_MIN formats too.
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(amount_minor) : static_cast<std::uint64_t>(amount_minor);
  std::uint64_t scale = 1;
  for (int i = 0; i < exponent; ++i) scale *= 10;
  std::string number = GroupThousands(magnitude / scale, french ? ' ' : ',');
  if (exponent > 0) {
    number += fmt::format("{}{:0{}}", french ? ',' : '.', magnitude % scale, exponent);
  }
  const std::string_view sign = negative ? "-" : "";
  if (french) {
    const std::string_view symbol = currency == "EUR" ? std::string_view("€") : currency;
    if (symbol.empty()) return fmt::format("{}{}", sign, number);
    return fmt::format("{}{} {}", sign, number, symbol);
  }
  if (currency.empty()) return fmt::format("{}{}", sign, number);
  return fmt::format("{} {}{}", currency, sign, number);
}

std::string FormatDateLong(Day day, Language language) {
  if (day == kNoDay) return "-";
  int year = 0, month = 0, dom = 0;
  CivilFromDays(day, &year, &month, &dom);
  if (language == Language::kFrench) {
    // French writes the first of the month as an ordinal: "1er mars".
    return fmt::format("{}{} {} {}", dom, dom == 1 ? "er" : "", kMonthsFrench[month - 1], year);
  }
  return fmt::format("{} {} {}", dom, kMonthsEnglish[month - 1], year);
}

std::string FormatDateShort(Day day, Language language) {
  if (day == kNoDay) return "-";
  if (language == Language::kEnglish) return FormatDateLong(day, language);
  int year = 0, month = 0, dom = 0;
  CivilFromDays(day, &year, &month, &dom);
  return fmt::format("{:02}/{:02}/{:04}", dom, month, year);
}

std::string_view ChannelName(v1::Channel channel, Language language) {
  const bool french = language == Language::kFrench;
  switch (channel) {
    case v1::CHANNEL_EMAIL:
      return "e-mail";
    case v1::CHANNEL_PHONE:
      return french ? "appel téléphonique" : "telephone call";
    case v1::CHANNEL_SMS:
      return "SMS";
    case v1::CHANNEL_LETTER:
      return french ? "courrier" : "letter";
    case v1::CHANNEL_REGISTERED_LETTER:
      return french ? "courrier recommandé" : "registered letter";
    case v1::CHANNEL_FORMAL_NOTICE:
      return french ? "mise en demeure (recommandé avec accusé de réception)"
                    : "formal notice (registered letter with acknowledgement of receipt)";
    case v1::CHANNEL_AGENCY:
      return french ? "transmission à un organisme de recouvrement" : "hand-over to a collection agency";
    case v1::CHANNEL_LEGAL:
      return french ? "procédure judiciaire" : "legal proceedings";
    default:
      return french ? "relance" : "reminder";
  }
}

std::string FormatRate(std::int32_t rate_bp, Language language) {
  const bool french = language == Language::kFrench;
  const std::string_view sign = rate_bp < 0 ? "-" : "";
  const std::int64_t magnitude = rate_bp < 0 ? -static_cast<std::int64_t>(rate_bp) : rate_bp;
  std::string number = fmt::format("{}{}", sign, magnitude / 100);
  if (const std::int64_t hundredths = magnitude % 100; hundredths != 0) {
    number += fmt::format("{}{:02}", french ? ',' : '.', hundredths);
    if (hundredths % 10 == 0) number.pop_back();  // "12,5 %", not "12,50 %".
  }
  return french ? number + " %" : number + "%";
}

std::string LevelName(std::uint32_t level, Language language) {
  if (language == Language::kFrench) return fmt::format("{}{} relance", level, level == 1 ? "re" : "e");
  std::string_view suffix = "th";
  if (level % 100 < 11 || level % 100 > 13) {
    if (level % 10 == 1) suffix = "st";
    if (level % 10 == 2) suffix = "nd";
    if (level % 10 == 3) suffix = "rd";
  }
  return fmt::format("{}{} reminder", level, suffix);
}

}  // namespace relance::letters

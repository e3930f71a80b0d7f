// CSV fields for the files people open in a spreadsheet: the exports and the
// letters' batch index. Pure.
//
// Formula injection: a spreadsheet runs a cell that starts with '=', '+',
// '-' or '@' (and, in some, after a leading tab or carriage return) as a
// formula, so `=HYPERLINK("http://...","Pay here")` in a debtor's name or an
// invoice number would become a live link in a clerk's sheet. Text cells that
// start so get a leading apostrophe, which spreadsheets show as text and
// hide (the OWASP advice); numbers, which the writer knows to be numbers, are
// never touched, so a negative amount stays a number.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace relance {

// How a CSV file is laid out.
struct CsvDialect {
  char separator = ',';
  char decimal_mark = '.';       // In decimal amounts ("1234.56" or "1234,56").
  bool byte_order_mark = false;  // A UTF-8 BOM first: Excel then reads UTF-8.

  // RFC 4180: comma, decimal point, no BOM.
  static CsvDialect Rfc4180() { return {}; }
  // What French Excel opens in columns with a double click: semicolon,
  // decimal comma, UTF-8 with a BOM.
  static CsvDialect ExcelFr() { return {';', ',', true}; }
};

// "rfc4180" or "excel-fr"; nullopt for any other name.
std::optional<CsvDialect> CsvDialectNamed(std::string_view name);

// True when a spreadsheet would read `text` as a formula.
bool LooksLikeFormula(std::string_view text);

// A text cell: an apostrophe first when it looks like a formula, then
// quoted when it holds the separator, a quote, CR or LF (quotes doubled).
std::string CsvText(std::string_view text, char separator = ',');

// A decimal amount ("-1234.56"), written with the dialect's decimal mark;
// quoted when the mark is the separator. Never neutralised: it is a number.
std::string CsvDecimal(std::string_view decimal, const CsvDialect& dialect);

}  // namespace relance

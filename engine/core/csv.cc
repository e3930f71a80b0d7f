#include "engine/core/csv.h"

namespace relance {

std::optional<CsvDialect> CsvDialectNamed(std::string_view name) {
  if (name == "rfc4180") return CsvDialect::Rfc4180();
  if (name == "excel-fr") return CsvDialect::ExcelFr();
  return std::nullopt;
}

bool LooksLikeFormula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

std::string CsvText(std::string_view text, char separator) {
  std::string cell;
  if (LooksLikeFormula(text)) cell.push_back('\'');
  cell.append(text);
  bool quote = false;
  for (char c : cell) quote = quote || c == separator || c == '"' || c == '\r' || c == '\n';
  if (!quote) return cell;
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string CsvDecimal(std::string_view decimal, const CsvDialect& dialect) {
  std::string out(decimal);
  for (char& c : out) {
    if (c == '.') c = dialect.decimal_mark;
  }
  if (out.find(dialect.separator) != std::string::npos) return "\"" + out + "\"";
  return out;
}

}  // namespace relance

#include "tools/policy/source_location.h"

#include <fmt/format.h>

#include "engine/core/text.h"

namespace relance::policy {

SourceLocation FieldLocations::Find(std::string_view path) const {
  while (!path.empty()) {
    if (auto it = locations_.find(path); it != locations_.end()) return it->second;
    const std::size_t cut = path.find_last_of(".[");
    if (cut == std::string_view::npos) break;
    path = path.substr(0, cut);
  }
  return {};
}

std::string Printable(std::string_view text, std::size_t bytes_max) {
  std::string out;
  for (;;) {
    const std::size_t quote = text.find('"');
    out += OneLine(text.substr(0, quote), bytes_max);
    if (quote == std::string_view::npos) return out;
    out += '"';
    text.remove_prefix(quote + 1);
  }
}

std::string FormatDiagnostic(std::string_view file_name, const Diagnostic& diagnostic) {
  std::string out(file_name);
  if (diagnostic.location.known()) {
    out += fmt::format(":{}:{}", diagnostic.location.line, diagnostic.location.column);
  }
  out += ": ";
  if (!diagnostic.field_path.empty()) out += fmt::format("field \"{}\": ", diagnostic.field_path);
  out += diagnostic.message;
  return out;
}

}  // namespace relance::policy

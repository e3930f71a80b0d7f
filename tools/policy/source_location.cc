#include "tools/policy/source_location.h"

#include <fmt/format.h>

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

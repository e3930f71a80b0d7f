#include "tools/letters/output.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "engine/core/hash.h"

namespace relance::letters {

std::string SafeFileName(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_' || (c == '.' && i > 0);
    if (safe) {
      out.push_back(c);
    } else {
      out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    }
  }
  // An empty id still needs a name, one that no id encodes to.
  if (out.empty()) out = "%";
  if (out.size() > kFileNameBytesMax) {
    // '~' is never produced by the encoding above: a cut name is distinct
    // from every whole one.
    out = fmt::format("{}~{:016x}", out.substr(0, kFileNameBytesMax - 17), Fnv1a64(id));
  }
  return out;
}

Status WriteFileAtomic(const std::string& path, std::string_view content) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError("cannot create " + temporary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) return Status::IoError("cannot write " + temporary);
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) return Status::IoError("cannot rename " + temporary + ": " + error.message());
  return Status::Ok();
}

}  // namespace relance::letters

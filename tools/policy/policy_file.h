// Reading policy and calendar files written by people: protobuf text format
// (.textproto, .txtpb, .pbtxt) or protobuf-JSON (.json), with every error
// placed at its line and column, and the positions of the fields kept so
// that the semantic errors found later (CheckPolicy) can be placed too.
//
// Used by `relance policy validate|publish` and `relance calendar publish`;
// the core never reads files.
#pragma once

#include <google/protobuf/message.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/policy_check.h"
#include "engine/core/status.h"
#include "tools/policy/source_location.h"

namespace relance::policy {

// Policy files are small; a larger file is a mistake (a log given instead).
inline constexpr std::size_t kPolicyFileBytesMax = 4 << 20;

enum class FileFormat { kText, kJson };

// From the extension; nullopt for any other.
std::optional<FileFormat> FileFormatForPath(std::string_view path);

// Parses `text` into *message. On success fills *locations and returns true;
// else false with the syntax and type errors in *diagnostics.
bool ParseMessage(std::string_view text, FileFormat format, google::protobuf::Message* message,
                  FieldLocations* locations, std::vector<Diagnostic>* diagnostics);

// Reads `path` and parses it as above. IoError if it cannot be read,
// InvalidArgument for an unknown extension, a file above the size limit, or
// a file that does not parse (the details in *diagnostics).
Status LoadMessageFile(const std::string& path, google::protobuf::Message* message, FieldLocations* locations,
                       std::vector<Diagnostic>* diagnostics);

// CheckPolicy's errors, placed where the file writes their fields.
std::vector<Diagnostic> Locate(const std::vector<core::PolicyError>& errors, const FieldLocations& locations);

}  // namespace relance::policy

// A minimal JSON reader that only checks syntax and remembers where each
// field is written. protobuf's JsonStringToMessage reports neither line nor
// column, so policy files are read twice: this pass first, for syntax errors
// with their position and a map of field paths to positions, then protobuf
// for the message itself, whose errors name a field path this map locates.
//
// Strict JSON (RFC 8259): no comments, no trailing commas, nesting at most
// kJsonDepthMax deep. Keys in lowerCamelCase (protobuf-JSON's own spelling)
// are recorded under their snake_case proto names.
#pragma once

#include <string_view>

#include "tools/policy/source_location.h"

namespace relance::policy {

inline constexpr int kJsonDepthMax = 64;

// True when `text` is one well-formed JSON value; fills *locations with
// every object key and array element. Else false with the first syntax
// error in *error (location and message, no field path).
bool LocateJsonFields(std::string_view text, FieldLocations* locations, Diagnostic* error);

// "dayOffset" -> "day_offset"; snake_case names are returned unchanged.
std::string SnakeCase(std::string_view json_name);

}  // namespace relance::policy

// The files `relance letters` writes: safe names from ids, CSV fields, and
// writes that never leave a half-written letter behind.
#pragma once

#include <string>
#include <string_view>

#include "engine/core/status.h"

namespace relance::letters {

// A file or directory name for an id (printable ASCII, possibly with '/'):
// letters, digits, '-', '_' and '.' stay, any other byte and a leading '.'
// become %XX, so that two ids never share a name ("a/b" is "a%2Fb", "a%2Fb"
// is "a%252Fb"). A name that would be longer than the limit is cut and
// ends with '~' and a hash of the whole id.
std::string SafeFileName(std::string_view id);
inline constexpr std::size_t kFileNameBytesMax = 160;

// Writes `content` to `path` through a temporary file renamed into place.
Status WriteFileAtomic(const std::string& path, std::string_view content);

}  // namespace relance::letters

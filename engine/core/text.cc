#include "engine/core/text.h"

namespace relance {
namespace {

constexpr char kHex[] = "0123456789abcdef";

// Length of the valid UTF-8 sequence starting at text[i], 0 if none.
std::size_t Utf8Length(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  unsigned min = 0;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
    min = 0x80;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    min = 0x800;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  unsigned code = lead & (0x7f >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto c = static_cast<unsigned char>(text[i + k]);
    if ((c & 0xc0) != 0x80) return 0;
    code = (code << 6) | (c & 0x3f);
  }
  // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
  if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return 0;
  return length;
}

// A field name as a schema would spell it: ASCII letters, digits and '_',
// not starting with a digit, at most 64 bytes.
bool IsIdentifier(std::string_view name) {
  if (name.empty() || name.size() > 64 || (name.front() >= '0' && name.front() <= '9')) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string OneLine(std::string_view text, std::size_t bytes_max) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::string piece;
    std::size_t consumed = 1;
    if (c == '\\' || c == '"') {
      piece = {'\\', static_cast<char>(c)};
    } else if (c >= 0x20 && c < 0x7f) {
      piece.assign(1, static_cast<char>(c));
    } else if (const std::size_t length = c >= 0x80 ? Utf8Length(text, i) : 0; length > 0) {
      piece.assign(text.substr(i, length));
      consumed = length;
    } else {
      piece = {'\\', 'x', kHex[c >> 4], kHex[c & 0xf]};
    }
    if (out.size() + piece.size() > bytes_max) {
      out += "...";
      return out;
    }
    out += piece;
    i += consumed;
  }
  return out;
}

void AppendJsonString(std::string_view text, std::string* out) {
  out->reserve(out->size() + text.size() + 2);
  *out += '"';
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t length = Utf8Length(text, i);
      if (length == 0) {
        *out += "\\ufffd";
        ++i;
      } else {
        out->append(text.substr(i, length));
        i += length;
      }
      continue;
    }
    switch (c) {
      case '"':
        *out += "\\\"";
        break;
      case '\\':
        *out += "\\\\";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      case '\t':
        *out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          *out += {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
        } else {
          *out += static_cast<char>(c);
        }
    }
    ++i;
  }
  *out += '"';
}

std::string JsonString(std::string_view text) {
  std::string out;
  AppendJsonString(text, &out);
  return out;
}

std::string ParserMessage(std::string_view message) {
  std::string kept;
  bool quoted = false;
  for (char c : message) {
    if ((c == '\n' || c == '\r') && !quoted) break;
    if (c == '"') {
      if (!quoted) kept += "<value>";
      quoted = !quoted;
      continue;
    }
    if (!quoted) kept.push_back(c);
  }
  // "(path) NAME: Cannot find field.": NAME is a key of the input. Kept when
  // it looks like a field name (a typo one wants to see), dropped when it
  // could be anything else (an e-mail address used as a key was seen).
  constexpr std::string_view kUnknownField = ": Cannot find field.";
  if (const std::size_t end = kept.rfind(kUnknownField); end != std::string::npos) {
    // The path, "(a.b) ", is made of the schema's own names.
    const std::size_t path_end = kept.front() == '(' ? kept.find(") ") : std::string::npos;
    const std::size_t start = path_end == std::string::npos || path_end > end ? 0 : path_end + 2;
    if (!IsIdentifier(std::string_view(kept).substr(start, end - start))) {
      kept.replace(start, end - start, "<unknown field>");
    }
  }
  return OneLine(kept);
}

}  // namespace relance

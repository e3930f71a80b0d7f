#include "engine/codec/json_keys.h"

#include <vector>

namespace relance::codec {
namespace {

// Keys longer than this are compared whole but reported cut.
constexpr std::size_t kReportedKeyBytesMax = 64;
// Objects nested deeper than this are not looked into (protobuf's parser
// refuses such depth before we get here).
constexpr std::size_t kDepthMax = 100;

// protobuf's JSON name of a field name: underscores dropped, the letter
// after each one upper-cased ("amount_minor" -> "amountMinor").
std::string JsonName(std::string_view name) {
  std::string out;
  bool upper = false;
  for (char c : name) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    upper = false;
  }
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads the string starting at json[*pos] == '"', leaves *pos after its
// closing quote. Escapes of ASCII characters are decoded (the ones a field
// name can hold); any other escape is kept as written.
bool ReadString(std::string_view json, std::size_t* pos, std::string* out) {
  out->clear();
  std::size_t i = *pos + 1;
  while (i < json.size()) {
    const char c = json[i];
    if (c == '"') {
      *pos = i + 1;
      return true;
    }
    if (c != '\\') {
      out->push_back(c);
      ++i;
      continue;
    }
    if (i + 1 >= json.size()) return false;
    const char e = json[i + 1];
    if (e == 'u' && i + 5 < json.size()) {
      int value = 0;
      bool ok = true;
      for (std::size_t k = i + 2; k < i + 6; ++k) {
        const int h = HexValue(json[k]);
        ok = ok && h >= 0;
        value = value * 16 + (h < 0 ? 0 : h);
      }
      if (ok && value > 0 && value < 0x80) {
        out->push_back(static_cast<char>(value));
      } else {
        out->append(json.substr(i, 6));
      }
      i += 6;
      continue;
    }
    switch (e) {
      case '"':
        out->push_back('"');
        break;
      case '\\':
        out->push_back('\\');
        break;
      case '/':
        out->push_back('/');
        break;
      default:
        out->append(json.substr(i, 2));
        break;
    }
    i += 2;
  }
  return false;
}

std::string Printable(std::string_view key) {
  std::string out;
  for (char c : key.substr(0, kReportedKeyBytesMax)) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f || c == '"' || c == '\\') {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 0xf]);
    } else {
      out.push_back(c);
    }
  }
  if (key.size() > kReportedKeyBytesMax) out += "...";
  return out;
}

}  // namespace

std::optional<DuplicateKey> FindDuplicateKey(std::string_view json) {
  // One frame per open container: for objects, the keys seen so far and
  // whether the next string is a key.
  struct Frame {
    bool object = false;
    bool expect_key = false;
    std::vector<std::string> keys;
  };
  std::vector<Frame> stack;
  std::string text;
  std::size_t i = 0;
  while (i < json.size()) {
    const char c = json[i];
    switch (c) {
      case '{':
      case '[':
        if (stack.size() == kDepthMax) return std::nullopt;
        stack.push_back(Frame{c == '{', c == '{', {}});
        ++i;
        break;
      case '}':
      case ']':
        if (stack.empty()) return std::nullopt;
        stack.pop_back();
        ++i;
        break;
      case ',':
        if (!stack.empty() && stack.back().object) stack.back().expect_key = true;
        ++i;
        break;
      case '"': {
        const std::size_t start = i;
        if (!ReadString(json, &i, &text)) return std::nullopt;
        if (stack.empty() || !stack.back().object || !stack.back().expect_key) break;
        Frame& frame = stack.back();
        frame.expect_key = false;
        std::string name = JsonName(text);
        for (const std::string& seen : frame.keys) {
          if (seen == name) return DuplicateKey{Printable(name), start};
        }
        frame.keys.push_back(std::move(name));
        break;
      }
      default:
        ++i;
        break;
    }
  }
  return std::nullopt;
}

}  // namespace relance::codec

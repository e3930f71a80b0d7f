#include "tools/policy/json_locator.h"

#include <fmt/format.h>

#include <cctype>
#include <string>

namespace relance::policy {
namespace {

// Bytes of the file's own text quoted in an error, at most, before "...".
constexpr std::size_t kQuotedBytesMax = 64;

// Recursive descent over the text, one byte at a time, keeping the line and
// column of the next byte. The first error stops the scan.
class JsonScanner {
 public:
  JsonScanner(std::string_view text, FieldLocations* locations) : text_(text), locations_(locations) {}

  bool Scan(Diagnostic* error) {
    SkipSpace();
    bool ok = Value("", 0);
    if (ok) {
      SkipSpace();
      if (pos_ < text_.size()) ok = Fail("unexpected text after the JSON value");
    }
    if (!ok) *error = error_;
    return ok;
  }

 private:
  bool Value(const std::string& path, int depth) {
    if (depth > kJsonDepthMax) return Fail(fmt::format("nested more than {} deep", kJsonDepthMax));
    if (pos_ >= text_.size()) return Fail("unexpected end of the file, a value was expected");
    const char c = text_[pos_];
    if (c == '{') return Object(path, depth);
    if (c == '[') return Array(path, depth);
    if (c == '"') return String(nullptr);
    if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) return Number();
    for (std::string_view literal : {"true", "false", "null"}) {
      if (text_.substr(pos_, literal.size()) == literal) return Advance(literal.size());
    }
    return Fail(fmt::format("unexpected character '{}', a value was expected",
                            Printable(std::string_view(&c, 1), kQuotedBytesMax)));
  }

  bool Object(const std::string& path, int depth) {
    Advance(1);
    SkipSpace();
    if (Peek('}')) return Advance(1);
    while (true) {
      if (!Peek('"')) return Fail("expected a key in double quotes");
      const SourceLocation at = Here();
      std::string key;
      if (!String(&key)) return false;
      const std::string child = path.empty() ? SnakeCase(key) : path + "." + SnakeCase(key);
      locations_->Set(child, at);
      SkipSpace();
      if (!Peek(':')) return Fail(fmt::format("expected ':' after the key \"{}\"", Printable(key, kQuotedBytesMax)));
      Advance(1);
      SkipSpace();
      if (!Value(child, depth + 1)) return false;
      SkipSpace();
      if (Peek('}')) return Advance(1);
      if (!Peek(',')) return Fail("expected ',' or '}' after a value in an object");
      Advance(1);
      SkipSpace();
    }
  }

  bool Array(const std::string& path, int depth) {
    Advance(1);
    SkipSpace();
    if (Peek(']')) return Advance(1);
    for (int index = 0;; ++index) {
      const std::string child = fmt::format("{}[{}]", path, index);
      locations_->Set(child, Here());
      if (!Value(child, depth + 1)) return false;
      SkipSpace();
      if (Peek(']')) return Advance(1);
      if (!Peek(',')) return Fail("expected ',' or ']' after a value in an array");
      Advance(1);
      SkipSpace();
    }
  }

  // A string from its opening quote; escapes are checked, and kept as
  // written in *out (keys of a protobuf message never need them).
  bool String(std::string* out) {
    Advance(1);
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == '"') return Advance(1);
      if (static_cast<unsigned char>(c) < 0x20) return Fail("control character in a string (a missing '\"'?)");
      if (c == '\\') {
        if (!Escape(out)) return false;
        continue;
      }
      if (out != nullptr) out->push_back(c);
      Advance(1);
    }
    return Fail("unterminated string");
  }

  bool Escape(std::string* out) {
    const std::string_view escape = text_.substr(pos_, 2);
    if (escape.size() < 2 || std::string_view("\"\\/bfnrtu").find(escape[1]) == std::string_view::npos) {
      return Fail("invalid escape in a string");
    }
    std::size_t length = 2;
    if (escape[1] == 'u') {
      const std::string_view hex = text_.substr(pos_ + 2, 4);
      for (char h : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(h))) return Fail("invalid \\u escape in a string");
      }
      if (hex.size() < 4) return Fail("invalid \\u escape in a string");
      length = 6;
    }
    if (out != nullptr) out->append(text_.substr(pos_, length));
    return Advance(length);
  }

  bool Number() {
    if (Peek('-')) Advance(1);
    if (!Digits()) return Fail("invalid number");
    if (Peek('.')) {
      Advance(1);
      if (!Digits()) return Fail("invalid number: digits expected after '.'");
    }
    if (Peek('e') || Peek('E')) {
      Advance(1);
      if (Peek('+') || Peek('-')) Advance(1);
      if (!Digits()) return Fail("invalid number: digits expected in the exponent");
    }
    return true;
  }

  bool Digits() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) Advance(1);
    return pos_ > start;
  }

  void SkipSpace() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) {
      Advance(1);
    }
  }

  bool Peek(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

  bool Advance(std::size_t count) {
    for (std::size_t i = 0; i < count && pos_ < text_.size(); ++i, ++pos_) {
      if (text_[pos_] == '\n') {
        ++line_;
        column_ = 1;
      } else {
        ++column_;
      }
    }
    return true;
  }

  SourceLocation Here() const { return SourceLocation{line_, column_}; }

  bool Fail(std::string message) {
    error_ = Diagnostic{Here(), "", std::move(message)};
    return false;
  }

  std::string_view text_;
  FieldLocations* locations_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
  Diagnostic error_;
};

}  // namespace

bool LocateJsonFields(std::string_view text, FieldLocations* locations, Diagnostic* error) {
  return JsonScanner(text, locations).Scan(error);
}

std::string SnakeCase(std::string_view json_name) {
  std::string name;
  name.reserve(json_name.size() + 4);
  for (char c : json_name) {
    if (std::isupper(static_cast<unsigned char>(c))) {
      name.push_back('_');
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else {
      name.push_back(c);
    }
  }
  return name;
}

}  // namespace relance::policy

// The checks of the fuzz targets: a property that does not hold prints what
// broke and aborts, which libFuzzer reports as a crash, saving the input
// (tests/README.md says how it becomes a regression input). Not assert():
// these hold in any build type, and the message says which property broke.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace relance::fuzz {

[[noreturn]] inline void Fail(const char* file, int line, const char* condition, const std::string& detail) {
  std::fprintf(stderr, "%s:%d: property broken: %s\n", file, line, condition);
  if (!detail.empty()) std::fprintf(stderr, "  %s\n", detail.c_str());
  std::abort();
}

// Text that may reach a log line, a Kafka header or a terminal: at least one
// byte, none of them a control byte or DEL (text.h OneLine's promise).
inline bool IsOneLine(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) return false;
  }
  return true;
}

// `text` with its control bytes made visible, for the message of a failed check.
inline std::string Visible(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f || c == '\\') {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 0xf]);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace relance::fuzz

// FUZZ_CHECK(condition) or FUZZ_CHECK(condition, detail): aborts when the
// condition is false; `detail` (a std::string) is evaluated only then.
#define FUZZ_CHECK(condition, ...)                                                                     \
  do {                                                                                                 \
    if (!(condition)) ::relance::fuzz::Fail(__FILE__, __LINE__, #condition, std::string(__VA_ARGS__)); \
  } while (false)

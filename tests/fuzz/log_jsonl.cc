// Fuzz target: codec::LogReader on a JSON lines log (one protobuf-JSON event a
// line), the input of `relance replay` and `relance publish`. Any
// file reads to its end or to a broken frame, the same through any buffer
// size, and its events are checked and applied in order (log_checks.h).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tests/fuzz/event_checks.h"
#include "tests/fuzz/log_checks.h"

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  relance::fuzz::SilenceProtobufLog();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  relance::fuzz::CheckLog(std::string_view(reinterpret_cast<const char*>(data), size),
                          relance::codec::Format::kJsonLines);
  return 0;
}

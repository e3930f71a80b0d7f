// Fuzz target: the binary event decoder (codec::DecodeBinary), which reads
// every Kafka message without a JSON content-type and every record of a pb
// log. Any bytes: refused with a one-line reason, or accepted and then
// round-tripped and applied to empty states (event_checks.h).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/codec/event_codec.h"
#include "tests/fuzz/event_checks.h"

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  relance::fuzz::SilenceProtobufLog();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace relance;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  v1::Event event;
  const std::string error = codec::DecodeBinary(bytes, &event);
  fuzz::CheckDecoded(error, event);
  return 0;
}

#include "engine/store/history.h"

namespace relance::store {

void AppendHistoryRecord(std::string* chunk, std::string_view event_bytes) {
  std::uint64_t length = event_bytes.size();
  do {
    std::uint8_t byte = length & 0x7f;
    length >>= 7;
    if (length != 0) byte |= 0x80;
    chunk->push_back(static_cast<char>(byte));
  } while (length != 0);
  chunk->append(event_bytes);
}

bool ForEachHistoryRecord(std::string_view chunk, std::uint64_t first_seq,
                          const std::function<void(std::uint64_t, std::string_view)>& fn) {
  std::size_t pos = 0;
  std::uint64_t seq = first_seq;
  while (pos < chunk.size()) {
    std::uint64_t length = 0;
    int shift = 0;
    for (;;) {
      if (pos >= chunk.size() || shift > 28) return false;
      const auto byte = static_cast<std::uint8_t>(chunk[pos++]);
      length |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) break;
      shift += 7;
    }
    if (length > chunk.size() - pos) return false;
    fn(seq++, chunk.substr(pos, length));
    pos += length;
  }
  return true;
}

std::uint64_t HistoryKeySeq(std::string_view key) {
  std::uint64_t seq = 0;
  for (std::size_t i = key.size() - 8; i < key.size(); ++i) seq = (seq << 8) | static_cast<unsigned char>(key[i]);
  return seq;
}

}  // namespace relance::store

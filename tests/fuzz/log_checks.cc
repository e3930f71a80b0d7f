#include "tests/fuzz/log_checks.h"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/limits.h"
#include "tests/fuzz/event_checks.h"
#include "tests/fuzz/fuzz_check.h"

namespace relance::fuzz {
namespace {

constexpr std::string_view kLogName = "fuzz.log";

struct Read {
  std::unique_ptr<codec::LogReader> reader;
  std::vector<codec::LogRecord> records;
  Status end;  // Ok at the clean end of the file, else the broken frame.
};

Read ReadAll(std::string_view bytes, codec::Format format, std::size_t read_bytes) {
  Read read;
  read.reader = codec::LogReader::FromMemory(std::string(bytes), std::string(kLogName), format, read_bytes);
  codec::LogReader* reader = read.reader.get();
  // Every record takes at least a byte of the file (a pb length prefix, a
  // jsonl line's content): one more turn than that is a reader that loops.
  for (std::size_t turn = 0;; ++turn) {
    FUZZ_CHECK(turn <= bytes.size(), "more records than bytes");
    codec::LogRecord record;
    bool end = false;
    const Status status = reader->Next(&record, &end);
    if (!status.ok()) {
      FUZZ_CHECK(status.code() == Status::Code::kCorruption, status.ToString());
      FUZZ_CHECK(IsOneLine(status.message()), Visible(status.message()));
      FUZZ_CHECK(status.message().rfind(kLogName, 0) == 0, status.message());  // It names the file.
      const Status again = reader->Next(&record, &end);
      FUZZ_CHECK(again.code() == status.code() && again.message() == status.message(), again.ToString());
      read.end = status;
      return read;
    }
    if (end) {
      FUZZ_CHECK(reader->bytes_read() == bytes.size(),
                 std::to_string(reader->bytes_read()) + " of " + std::to_string(bytes.size()) + " bytes read");
      return read;
    }
    FUZZ_CHECK(reader->bytes_read() <= bytes.size());
    read.records.push_back(std::move(record));
  }
}

// The length prefix at `offset`: its value and size. REQUIRES: a prefix the
// reader accepted there.
std::pair<std::uint64_t, std::size_t> Varint(std::string_view bytes, std::size_t offset) {
  std::uint64_t value = 0;
  std::size_t size = 0;
  for (;;) {
    const auto byte = static_cast<std::uint8_t>(bytes.at(offset + size));
    value |= static_cast<std::uint64_t>(byte & 0x7f) << (7 * size);
    ++size;
    if ((byte & 0x80) == 0) return {value, size};
  }
}

// The records are the file's bytes, in order (see log_checks.h).
void CheckRecords(std::string_view bytes, codec::Format format, const Read& read) {
  std::uint64_t next_offset = 0;  // pb: where the next frame must start; jsonl: where the next line may.
  for (std::size_t i = 0; i < read.records.size(); ++i) {
    const codec::LogRecord& record = read.records[i];
    const std::string where = "record " + std::to_string(i) + " at byte " + std::to_string(record.byte_offset);
    FUZZ_CHECK(record.index == i, where);
    FUZZ_CHECK(record.oversize == (record.length_bytes > kEventBytesMax), where);
    FUZZ_CHECK(record.oversize ? record.bytes.empty() : record.bytes.size() == record.length_bytes, where);
    if (format == codec::Format::kBinary) {
      FUZZ_CHECK(record.byte_offset == next_offset, where + ", expected at " + std::to_string(next_offset));
      const auto [length, prefix_bytes] = Varint(bytes, record.byte_offset);
      FUZZ_CHECK(length == record.length_bytes, where);
      const std::size_t start = record.byte_offset + prefix_bytes;
      FUZZ_CHECK(start + length <= bytes.size(), where);
      if (!record.oversize) FUZZ_CHECK(bytes.substr(start, length) == record.bytes, where);
      next_offset = start + length;
    } else {
      FUZZ_CHECK(record.byte_offset >= next_offset, where);
      // A line's start is the file's or follows a '\n'.
      FUZZ_CHECK(record.byte_offset == 0 || bytes.at(record.byte_offset - 1) == '\n', where);
      const std::string_view line = bytes.substr(record.byte_offset, record.length_bytes);
      FUZZ_CHECK(line.size() == record.length_bytes, where);
      FUZZ_CHECK(line.find('\n') == std::string_view::npos, where);
      FUZZ_CHECK(line.find_first_not_of(" \t") != std::string_view::npos, where + ": a blank line");
      if (!record.oversize) FUZZ_CHECK(line == record.bytes, where);
      // What follows is the line's end: "\n", "\r\n", "\r" at the end of the file, or the end.
      const std::string_view rest = bytes.substr(record.byte_offset + record.length_bytes, 2);
      FUZZ_CHECK(rest.empty() || rest[0] == '\n' || rest == "\r\n" || rest == "\r", where);
      next_offset = record.byte_offset + record.length_bytes + 1;
    }
  }
  if (format == codec::Format::kBinary && read.end.ok()) {
    FUZZ_CHECK(next_offset == bytes.size(), "the frames end at byte " + std::to_string(next_offset));
  }
}

bool SameRecords(const Read& a, const Read& b) {
  if (a.records.size() != b.records.size() || a.end.code() != b.end.code() || a.end.message() != b.end.message()) {
    return false;
  }
  for (std::size_t i = 0; i < a.records.size(); ++i) {
    const codec::LogRecord& x = a.records[i];
    const codec::LogRecord& y = b.records[i];
    if (x.bytes != y.bytes || x.index != y.index || x.byte_offset != y.byte_offset ||
        x.length_bytes != y.length_bytes || x.oversize != y.oversize) {
      return false;
    }
  }
  return true;
}

std::string Summary(const Read& read) {
  return std::to_string(read.records.size()) + " records, then " + read.end.ToString();
}

}  // namespace

void CheckLog(std::string_view bytes, codec::Format format) {
  // The whole input in one read, as the default buffer reads any file below
  // its 1 MiB; allocating that much for every input would slow the run
  // tenfold.
  const Read read = ReadAll(bytes, format, std::max<std::size_t>(bytes.size(), 1));
  CheckRecords(bytes, format, read);
  // 1 to 16 bytes a read, from the input so that a crash replays.
  const std::size_t small_read_bytes = 1 + bytes.size() % 16;
  const Read small = ReadAll(bytes, format, small_read_bytes);
  FUZZ_CHECK(SameRecords(read, small),
             Summary(read) + "; read " + std::to_string(small_read_bytes) + " bytes at a time: " + Summary(small));

  testing::MiniEngine engine;
  engine.fill_skipped_days = false;
  for (const codec::LogRecord& record : read.records) {
    v1::Event event;
    const std::string error = read.reader->Decode(record, &event);
    if (!error.empty()) {
      CheckRefusal(error);
      continue;
    }
    CheckApplied(&engine, event);
  }
}

}  // namespace relance::fuzz

// Event encodings: binary protobuf and protobuf-JSON, one event at a time,
// and the two log file formats built on them:
//   - jsonl: one protobuf-JSON event per line;
//   - pb:    a sequence of records, each a varint length then the binary event
//            (protobuf's delimited format, readable by any protobuf library).
// Decoding never throws; a failure comes back as a message.
#pragma once

#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "engine/core/status.h"
#include "relance/v1/events.pb.h"

namespace relance::codec {

enum class Format { kJsonLines, kBinary };

std::optional<Format> ParseFormat(std::string_view name);
// Guesses from the file name: ".jsonl"/".json" -> JSON lines, anything else binary.
Format FormatForPath(std::string_view path);

// Decoding returns an empty string on success, else what is wrong. Both
// refuse a field the schema does not know (in binary, at any depth: the
// detail names its path and number).
std::string DecodeBinary(std::string_view bytes, v1::Event* event);
std::string DecodeJson(std::string_view json, v1::Event* event);
// Deterministic binary encoding (stable across runs of the same binary).
std::string EncodeBinary(const v1::Event& event);
// The same for any message (states, transitions).
std::string DeterministicBytes(const google::protobuf::MessageLite& message);
// One line of protobuf-JSON without the newline; field names as in the .proto.
std::string EncodeJson(const v1::Event& event);

// One record of a log file, as LogReader::Next found it.
struct LogRecord {
  // The record as it is in the file (no length prefix, no line end); empty
  // when oversize.
  std::string bytes;
  // Records before this one in the file (blank jsonl lines are not records):
  // the unit of the replay cursor and of every message about a record.
  std::uint64_t index = 0;
  // Where the record starts in the file: its length prefix (pb) or its line
  // (jsonl).
  std::uint64_t byte_offset = 0;
  // The record's length, prefix and line end excluded.
  std::uint64_t length_bytes = 0;
  // length_bytes is above kEventBytesMax: the bytes were skipped, not read
  // into memory, and Decode says so.
  bool oversize = false;
};

// Reads a log file record by record, through a buffer of about 1 MiB
// whatever the file holds. Records come back raw, with their index and byte
// offset, so that a bad one is reported, counted and skipped by the caller,
// never fatal:
//   - a record that does not decode (Decode says why);
//   - an oversize record, longer than kEventBytesMax but whole in the file
//     (pb: its length prefix is readable and the file holds that many bytes;
//     jsonl: a line that long, even a blank one). Its bytes are skipped in chunks and
//     `oversize` set. A replay rejects it MALFORMED and goes on, as the JSON
//     decoder always did; a publish does not send it (brokers refuse such
//     messages), names it on stderr, goes on, and fails at the end.
// A broken frame is not a record but an error, since where the next record
// starts depends on the frame: Next returns Corruption naming the file, the
// byte offset of the frame and its record index, and so again on every later
// call. Broken frames (pb only; a line has no frame to break) are a length
// prefix that does not end within 10 bytes or overflows 64 bits, a length
// above kLogRecordBytesMax (far more likely a damaged prefix than a record),
// and a length that runs past the end of the file (a cut inside a prefix or
// a record included). Callers keep what precedes it and fail loudly.
//
// Thread safety: a LogReader belongs to one thread.
class LogReader {
 public:
  // Bytes read from the file at a time (the buffer holds about this much).
  static constexpr std::size_t kReadBytesDefault = 1 << 20;

  static std::unique_ptr<LogReader> Open(const std::string& path, Format format, std::string* error);
  // A log held in memory, named `name` in messages, read `read_bytes` at a
  // time: with a few bytes, records cross buffer refills at every position
  // (the fuzz targets read each input both ways and compare).
  // REQUIRES: read_bytes > 0.
  static std::unique_ptr<LogReader> FromMemory(std::string bytes, std::string name, Format format,
                                               std::size_t read_bytes = kReadBytesDefault);

  // The next record into *record, or *end set at the clean end of the file.
  // Corruption at a broken frame (above); IoError if reading fails.
  Status Next(LogRecord* record, bool* end);
  // Bytes of the file consumed so far, and its size (for progress; 0 if the
  // size is unknown, as for a pipe).
  std::uint64_t bytes_read() const { return buffer_file_offset_ + buffer_pos_; }
  std::uint64_t file_bytes() const { return file_bytes_; }
  Format format() const { return format_; }
  // Decodes a record read by Next: "" on success, else what is wrong (for
  // an oversize record, its size against the limit).
  std::string Decode(const LogRecord& record, v1::Event* event) const;

 private:
  LogReader(std::unique_ptr<std::istream> in, std::string path, Format format, std::size_t read_bytes)
      : in_(std::move(in)), path_(std::move(path)), format_(format), read_bytes_(read_bytes) {}
  Status NextFrame(LogRecord* record, bool* end);
  Status NextLine(LogRecord* record, bool* end);
  // Consumes up to `length_bytes` without keeping them; returns how many
  // there were before the end of the file.
  std::uint64_t Skip(std::uint64_t length_bytes);
  // Consumes the rest of a line and its '\n' without keeping them; returns
  // its length without a final '\r'.
  std::uint64_t SkipLine();
  // Sets *end at the end of the file, unless reading failed (IoError).
  Status AtEnd(bool* end);
  // Remembers and returns the error of a broken frame at `byte_offset`.
  Status BrokenFrame(std::uint64_t byte_offset, std::string_view why);
  // Files are read through our own buffer: istream::get per varint byte
  // showed in replay profiles, and getline would hold a line of any length.
  bool Fill(std::size_t wanted);
  std::unique_ptr<std::istream> in_;
  std::string path_;
  Format format_;
  std::size_t read_bytes_;
  std::string buffer_;
  std::size_t buffer_pos_ = 0;
  std::uint64_t buffer_file_offset_ = 0;  // Of buffer_[0] in the file.
  std::uint64_t next_index_ = 0;
  std::uint64_t file_bytes_ = 0;
  Status broken_;
};

class LogWriter {
 public:
  // kTruncate starts a new log; kAppend adds records after those of an
  // existing log (created if absent), e.g. a policy published into a log.
  enum class OpenMode { kTruncate, kAppend };
  static std::unique_ptr<LogWriter> Open(const std::string& path, Format format, std::string* error,
                                         OpenMode mode = OpenMode::kTruncate);
  void Write(const v1::Event& event);
  // Writes bytes as one record as they are (for tests of bad input).
  void WriteRaw(std::string_view record);
  // Flushes and closes; false on an I/O error.
  bool Close();

 private:
  LogWriter(std::ofstream out, Format format) : out_(std::move(out)), format_(format) {}
  std::ofstream out_;
  Format format_;
};

}  // namespace relance::codec

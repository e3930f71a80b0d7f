// Event encodings: binary protobuf and protobuf-JSON, one event at a time,
// and the two log file formats built on them:
//   - jsonl: one protobuf-JSON event per line;
//   - pb:    a sequence of records, each a varint length then the binary event
//            (protobuf's delimited format, readable by any protobuf library).
// Decoding never throws; a failure comes back as a message.
#pragma once

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "relance/v1/events.pb.h"

namespace relance::codec {

enum class Format { kJsonLines, kBinary };

std::optional<Format> ParseFormat(std::string_view name);
// Guesses from the file name: ".jsonl"/".json" -> JSON lines, anything else binary.
Format FormatForPath(std::string_view path);

// Decoding returns an empty string on success, else what is wrong.
std::string DecodeBinary(std::string_view bytes, v1::Event* event);
std::string DecodeJson(std::string_view json, v1::Event* event);
// Deterministic binary encoding (stable across runs of the same binary).
std::string EncodeBinary(const v1::Event& event);
// The same for any message (states, transitions).
std::string DeterministicBytes(const google::protobuf::MessageLite& message);
// One line of protobuf-JSON without the newline; field names as in the .proto.
std::string EncodeJson(const v1::Event& event);

// Reads a log file record by record. Each record is raw bytes plus its format,
// so that a bad record is reported, counted and skipped, never fatal.
class LogReader {
 public:
  static std::unique_ptr<LogReader> Open(const std::string& path, Format format, std::string* error);

  // Next raw record; false at end of file. `*offset` is the record's index.
  // A framing error in a binary file (truncated record) ends the file and
  // sets truncated().
  bool Next(std::string* record, std::uint64_t* offset);
  bool truncated() const { return truncated_; }
  // Bytes of the file consumed so far, and its size (for progress).
  std::uint64_t bytes_read() const;
  std::uint64_t file_bytes() const { return file_bytes_; }
  Format format() const { return format_; }
  // Decodes a record read by Next.
  std::string Decode(std::string_view record, v1::Event* event) const;

 private:
  LogReader(std::ifstream in, Format format) : in_(std::move(in)), format_(format) {}
  // Binary files are read through our own buffer: istream::get per varint
  // byte showed in replay profiles.
  bool Fill(std::size_t wanted);
  std::ifstream in_;
  Format format_;
  std::string buffer_;
  std::size_t buffer_pos_ = 0;
  std::uint64_t next_offset_ = 0;
  std::uint64_t file_bytes_ = 0;
  bool truncated_ = false;
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

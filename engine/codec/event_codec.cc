#include "engine/codec/event_codec.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <filesystem>

#include "engine/codec/json_keys.h"
#include "engine/core/limits.h"
#include "engine/core/text.h"

namespace relance::codec {

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "jsonl" || name == "json") return Format::kJsonLines;
  if (name == "pb" || name == "binary") return Format::kBinary;
  return std::nullopt;
}

Format FormatForPath(std::string_view path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
  };
  return ends_with(".jsonl") || ends_with(".json") ? Format::kJsonLines : Format::kBinary;
}

std::string DecodeBinary(std::string_view bytes, v1::Event* event) {
  if (bytes.size() > kEventBytesMax) return "event larger than the limit";
  if (!event->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) return "not a valid protobuf Event";
  return {};
}

std::string DecodeJson(std::string_view json, v1::Event* event) {
  if (json.size() > kEventBytesMax) return "event larger than the limit";
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;  // An unknown field is an unknown event type: say so.
  const auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(json.data(), json.size()), event, options);
  // The parser's message quotes the bytes it choked on: keep what names the
  // field and the problem, never the content.
  if (!status.ok()) return "invalid protobuf-JSON: " + ParserMessage(std::string(status.message()));
  // The parser keeps the last of two equal keys; a record that says two
  // things is refused instead.
  if (const auto duplicate = FindDuplicateKey(json); duplicate.has_value()) {
    event->Clear();
    return "invalid protobuf-JSON: duplicate key \"" + duplicate->key + "\" at byte " +
           std::to_string(duplicate->offset);
  }
  return {};
}

std::string EncodeBinary(const v1::Event& event) { return DeterministicBytes(event); }

std::string DeterministicBytes(const google::protobuf::MessageLite& message) {
  std::string out;
  {
    google::protobuf::io::StringOutputStream stream(&out);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  return out;
}

std::string EncodeJson(const v1::Event& event) {
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  std::string out;
  // Cannot fail for a message this binary built: all fields are known.
  (void)google::protobuf::util::MessageToJsonString(event, &out, options);
  return out;
}

std::unique_ptr<LogReader> LogReader::Open(const std::string& path, Format format, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot open " + path;
    return nullptr;
  }
  std::unique_ptr<LogReader> reader(new LogReader(std::move(in), format));
  std::error_code ignored;
  reader->file_bytes_ = std::filesystem::file_size(path, ignored);
  return reader;
}

bool LogReader::Next(std::string* record, std::uint64_t* offset) {
  if (format_ == Format::kJsonLines) {
    while (std::getline(in_, *record)) {
      if (!record->empty() && record->back() == '\r') record->pop_back();
      if (record->find_first_not_of(" \t") == std::string::npos) continue;  // Blank lines are not records.
      *offset = next_offset_++;
      return true;
    }
    return false;
  }
  // Varint length prefix, then that many bytes.
  constexpr std::size_t kVarintBytesMax = 5;
  if (!Fill(kVarintBytesMax) && buffer_pos_ == buffer_.size()) return false;  // Clean end of file.
  std::uint64_t length = 0;
  int shift = 0;
  for (;;) {
    if (buffer_pos_ == buffer_.size() || shift > 28) {
      truncated_ = true;
      return false;
    }
    const auto c = static_cast<std::uint8_t>(buffer_[buffer_pos_++]);
    length |= static_cast<std::uint64_t>(c & 0x7f) << shift;
    if ((c & 0x80) == 0) break;
    shift += 7;
  }
  if (length > kEventBytesMax || (!Fill(length) && buffer_.size() - buffer_pos_ < length)) {
    truncated_ = true;
    return false;
  }
  record->assign(buffer_, buffer_pos_, length);
  buffer_pos_ += length;
  *offset = next_offset_++;
  return true;
}

// Makes at least `wanted` unread bytes available; false if the file ends first.
bool LogReader::Fill(std::size_t wanted) {
  constexpr std::size_t kReadBytes = 1 << 20;
  if (buffer_.size() - buffer_pos_ >= wanted) return true;
  buffer_.erase(0, buffer_pos_);
  buffer_pos_ = 0;
  while (buffer_.size() < wanted && in_) {
    const std::size_t old_size = buffer_.size();
    buffer_.resize(old_size + std::max(kReadBytes, wanted));
    in_.read(buffer_.data() + old_size, static_cast<std::streamsize>(buffer_.size() - old_size));
    buffer_.resize(old_size + static_cast<std::size_t>(in_.gcount()));
  }
  return buffer_.size() >= wanted;
}

std::uint64_t LogReader::bytes_read() const {
  // tellg on a stream that hit end of file is -1: then everything was read.
  const auto position = const_cast<std::ifstream&>(in_).tellg();
  if (position < 0) return file_bytes_;
  return static_cast<std::uint64_t>(position) - (buffer_.size() - buffer_pos_);
}

std::string LogReader::Decode(std::string_view record, v1::Event* event) const {
  return format_ == Format::kJsonLines ? DecodeJson(record, event) : DecodeBinary(record, event);
}

std::unique_ptr<LogWriter> LogWriter::Open(const std::string& path, Format format, std::string* error, OpenMode mode) {
  const std::ios::openmode where = mode == OpenMode::kAppend ? std::ios::app : std::ios::trunc;
  std::ofstream out(path, std::ios::binary | where);
  if (!out) {
    *error = (mode == OpenMode::kAppend ? "cannot open for appending " : "cannot create ") + path;
    return nullptr;
  }
  return std::unique_ptr<LogWriter>(new LogWriter(std::move(out), format));
}

void LogWriter::Write(const v1::Event& event) {
  WriteRaw(format_ == Format::kJsonLines ? EncodeJson(event) : EncodeBinary(event));
}

void LogWriter::WriteRaw(std::string_view record) {
  if (format_ == Format::kJsonLines) {
    out_.write(record.data(), static_cast<std::streamsize>(record.size()));
    out_.put('\n');
    return;
  }
  std::uint64_t length = record.size();
  char prefix[10];
  int n = 0;
  do {
    std::uint8_t byte = length & 0x7f;
    length >>= 7;
    if (length != 0) byte |= 0x80;
    prefix[n++] = static_cast<char>(byte);
  } while (length != 0);
  out_.write(prefix, n);
  out_.write(record.data(), static_cast<std::streamsize>(record.size()));
}

bool LogWriter::Close() {
  out_.flush();
  const bool ok = out_.good();
  out_.close();
  return ok;
}

}  // namespace relance::codec

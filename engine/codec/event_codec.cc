#include "engine/codec/event_codec.h"

#include <fmt/format.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/unknown_field_set.h>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/wire_format_lite.h>

#include <algorithm>
#include <cassert>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <vector>

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

namespace {

using google::protobuf::internal::WireFormatLite;

// Where the first field this schema does not know lies in `message`: "" when
// none. Only the set fields are walked, and an event holds a few.
std::string UnknownFieldPath(const google::protobuf::Message& message) {
  const google::protobuf::Reflection* reflection = message.GetReflection();
  const google::protobuf::UnknownFieldSet& unknown = reflection->GetUnknownFields(message);
  if (!unknown.empty()) return fmt::format("field number {}", unknown.field(0).number());
  std::vector<const google::protobuf::FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const google::protobuf::FieldDescriptor* field : fields) {
    if (field->cpp_type() != google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (field->is_repeated()) {
      for (int i = 0; i < reflection->FieldSize(message, field); ++i) {
        std::string inner = UnknownFieldPath(reflection->GetRepeatedMessage(message, field, i));
        if (!inner.empty()) return fmt::format("{}[{}]: {}", field->name(), i, inner);
      }
    } else {
      std::string inner = UnknownFieldPath(reflection->GetMessage(message, field));
      if (!inner.empty()) return field->name() + ": " + inner;
    }
  }
  return {};
}

// The wire type a field of this schema is written with; packable repeated
// scalars may also come length-delimited (packed).
bool WireTypeFits(const google::protobuf::FieldDescriptor& field, WireFormatLite::WireType wire_type) {
  const auto expected = WireFormatLite::WireTypeForFieldType(static_cast<WireFormatLite::FieldType>(field.type()));
  if (wire_type == expected) return true;
  return field.is_packable() && wire_type == WireFormatLite::WIRETYPE_LENGTH_DELIMITED;
}

// Whether the bytes of a `descriptor` message are certainly free of fields
// this schema does not know: every field number is the schema's, with its
// wire type, and so are the fields of every nested message. A walk over the
// bytes, without the reflection of UnknownFieldPath (which, for every event,
// was a twentieth of a replay); anything it cannot vouch for goes to
// UnknownFieldPath, which decides and says where.
constexpr int kDepthMax = 100;  // The parser's own limit: deeper bytes never parse.

bool KnownFieldsOnly(const char* data, std::size_t size, const google::protobuf::Descriptor& descriptor, int depth) {
  if (depth > kDepthMax) return false;
  google::protobuf::io::CodedInputStream input(reinterpret_cast<const std::uint8_t*>(data), static_cast<int>(size));
  for (;;) {
    const std::uint32_t tag = input.ReadTag();
    if (tag == 0) return input.CurrentPosition() == static_cast<int>(size);
    const google::protobuf::FieldDescriptor* field =
        descriptor.FindFieldByNumber(static_cast<int>(WireFormatLite::GetTagFieldNumber(tag)));
    const WireFormatLite::WireType wire_type = WireFormatLite::GetTagWireType(tag);
    if (field == nullptr || !WireTypeFits(*field, wire_type)) return false;
    if (field->type() == google::protobuf::FieldDescriptor::TYPE_MESSAGE) {
      std::uint32_t length = 0;
      const void* inner = nullptr;
      int available = 0;
      if (!input.ReadVarint32(&length) || !input.GetDirectBufferPointer(&inner, &available) ||
          static_cast<std::uint32_t>(available) < length) {
        return false;
      }
      if (!KnownFieldsOnly(static_cast<const char*>(inner), length, *field->message_type(), depth + 1)) return false;
      input.Skip(static_cast<int>(length));
    } else if (!WireFormatLite::SkipField(&input, tag)) {
      return false;
    }
  }
}

}  // namespace

std::string DecodeBinary(std::string_view bytes, v1::Event* event) {
  if (bytes.size() > kEventBytesMax) return "event larger than the limit";
  if (!event->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) return "not a valid protobuf Event";
  // One rule for both encodings (the JSON parser refuses them too): a field
  // this engine does not know could change what the event means (a newer
  // producer's currency or allocation), and applying the event without it
  // would be a silent guess in a ledger.
  if (KnownFieldsOnly(bytes.data(), bytes.size(), *v1::Event::descriptor(), 0)) return {};
  if (std::string path = UnknownFieldPath(*event); !path.empty()) {
    event->Clear();
    return "unknown field in protobuf Event (" + path + ")";
  }
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
  // A directory opens as a stream that fails at the first read: say what it is.
  std::error_code kind_error;
  if (std::filesystem::is_directory(path, kind_error)) {
    *error = path + " is a directory, not an event log";
    return nullptr;
  }
  auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*in) {
    *error = "cannot open " + path;
    return nullptr;
  }
  std::unique_ptr<LogReader> reader(new LogReader(std::move(in), path, format, kReadBytesDefault));
  std::error_code size_error;
  const std::uintmax_t size = std::filesystem::file_size(path, size_error);
  reader->file_bytes_ = size_error ? 0 : size;
  return reader;
}

std::unique_ptr<LogReader> LogReader::FromMemory(std::string bytes, std::string name, Format format,
                                                 std::size_t read_bytes) {
  assert(read_bytes > 0);
  const std::uint64_t size = bytes.size();
  std::unique_ptr<LogReader> reader(
      new LogReader(std::make_unique<std::istringstream>(std::move(bytes)), std::move(name), format, read_bytes));
  reader->file_bytes_ = size;
  return reader;
}

Status LogReader::Next(LogRecord* record, bool* end) {
  *end = false;
  if (!broken_.ok()) return broken_;
  return format_ == Format::kJsonLines ? NextLine(record, end) : NextFrame(record, end);
}

Status LogReader::NextFrame(LogRecord* record, bool* end) {
  // A varint of 64 bits takes at most 10 bytes, the 10th holding the top bit.
  constexpr std::size_t kVarintBytesMax = 10;
  const std::uint64_t frame_offset = bytes_read();
  if (!Fill(kVarintBytesMax) && buffer_pos_ == buffer_.size()) return AtEnd(end);  // Between two records.
  const std::size_t available = buffer_.size() - buffer_pos_;
  std::uint64_t length = 0;
  std::size_t prefix_bytes = 0;
  for (;;) {
    if (prefix_bytes == available) return BrokenFrame(frame_offset, "the file ends inside the length prefix");
    const auto byte = static_cast<std::uint8_t>(buffer_[buffer_pos_ + prefix_bytes]);
    if (prefix_bytes == kVarintBytesMax - 1 && (byte & 0x80) != 0) {
      return BrokenFrame(frame_offset, "the length prefix does not end within 10 bytes");
    }
    if (prefix_bytes == kVarintBytesMax - 1 && byte > 1) {
      return BrokenFrame(frame_offset, "the length prefix overflows 64 bits");
    }
    length |= static_cast<std::uint64_t>(byte & 0x7f) << (7 * prefix_bytes);
    ++prefix_bytes;
    if ((byte & 0x80) == 0) break;
  }
  if (length > kLogRecordBytesMax) {
    return BrokenFrame(frame_offset, fmt::format("the length prefix says {} bytes, above the {} a record may have",
                                                 length, kLogRecordBytesMax));
  }
  buffer_pos_ += prefix_bytes;
  if (length > kEventBytesMax) {
    // Not kept: the caller only needs to know it was there, and how long.
    if (const std::uint64_t skipped = Skip(length); skipped < length) {
      return BrokenFrame(frame_offset, fmt::format("the length prefix says {} bytes, the file ends {} bytes after it",
                                                   length, skipped));
    }
    record->bytes.clear();
  } else {
    if (!Fill(length)) {
      return BrokenFrame(frame_offset, fmt::format("the length prefix says {} bytes, the file ends {} bytes after it",
                                                   length, buffer_.size() - buffer_pos_));
    }
    record->bytes.assign(buffer_, buffer_pos_, length);
    buffer_pos_ += length;
  }
  record->index = next_index_++;
  record->byte_offset = frame_offset;
  record->length_bytes = length;
  record->oversize = length > kEventBytesMax;
  return Status::Ok();
}

Status LogReader::NextLine(LogRecord* record, bool* end) {
  // The end of a line within the limit is at most this far (the event, '\r'
  // and '\n'): looking further would hold an oversize line whole.
  constexpr std::size_t kLineScanBytesMax = kEventBytesMax + 2;
  for (;;) {  // Until a record or the end of the file: each turn consumes a line.
    const std::uint64_t line_offset = bytes_read();
    std::size_t scanned = 0;  // Unread bytes known to hold no '\n'.
    std::size_t line_bytes = 0;
    bool newline = false;
    for (;;) {
      const std::size_t available = buffer_.size() - buffer_pos_;
      const char* start = buffer_.data() + buffer_pos_;
      if (const void* found = std::memchr(start + scanned, '\n', available - scanned)) {
        line_bytes = static_cast<std::size_t>(static_cast<const char*>(found) - start);
        newline = true;
        break;
      }
      scanned = available;
      if (available >= kLineScanBytesMax || !Fill(available + 1)) {
        line_bytes = available;
        break;
      }
    }
    if (line_bytes == 0 && !newline) return AtEnd(end);
    if (line_bytes >= kLineScanBytesMax) {  // Too long to be an event, wherever it ends.
      record->bytes.clear();
      record->index = next_index_++;
      record->byte_offset = line_offset;
      record->length_bytes = SkipLine();
      record->oversize = true;
      return Status::Ok();
    }
    const std::string_view line(buffer_.data() + buffer_pos_, line_bytes);
    buffer_pos_ += line_bytes + (newline ? 1 : 0);
    const std::string_view content = !line.empty() && line.back() == '\r' ? line.substr(0, line.size() - 1) : line;
    if (content.size() <= kEventBytesMax && content.find_first_not_of(" \t") == std::string_view::npos) {
      continue;  // Blank lines are not records.
    }
    record->index = next_index_++;
    record->byte_offset = line_offset;
    record->length_bytes = content.size();
    record->oversize = content.size() > kEventBytesMax;
    if (record->oversize) {
      record->bytes.clear();
    } else {
      record->bytes.assign(content);
    }
    return Status::Ok();
  }
}

std::uint64_t LogReader::SkipLine() {
  std::uint64_t length_bytes = 0;
  char last = '\0';
  for (;;) {
    if (buffer_pos_ == buffer_.size() && !Fill(1)) break;  // The last line, without '\n'.
    const char* start = buffer_.data() + buffer_pos_;
    const std::size_t available = buffer_.size() - buffer_pos_;
    const void* found = std::memchr(start, '\n', available);
    const std::size_t taken = found ? static_cast<std::size_t>(static_cast<const char*>(found) - start) : available;
    if (taken > 0) last = start[taken - 1];
    length_bytes += taken;
    buffer_pos_ += taken;
    if (found) {
      ++buffer_pos_;
      break;
    }
  }
  return length_bytes - (last == '\r' ? 1 : 0);
}

std::uint64_t LogReader::Skip(std::uint64_t length_bytes) {
  std::uint64_t skipped = 0;
  while (skipped < length_bytes) {
    if (buffer_pos_ == buffer_.size() && !Fill(1)) break;
    const std::uint64_t step = std::min<std::uint64_t>(buffer_.size() - buffer_pos_, length_bytes - skipped);
    buffer_pos_ += static_cast<std::size_t>(step);
    skipped += step;
  }
  return skipped;
}

Status LogReader::AtEnd(bool* end) {
  // A failed read looks like the end of the file to Fill: tell them apart,
  // or a disk error would cut the log silently.
  if (in_->bad()) return Status::IoError(fmt::format("{}: read error after byte {}", path_, bytes_read()));
  *end = true;
  return Status::Ok();
}

Status LogReader::BrokenFrame(std::uint64_t byte_offset, std::string_view why) {
  broken_ = Status::Corruption(
      fmt::format("{}: broken frame at byte {} (record {}): {}", path_, byte_offset, next_index_, why));
  return broken_;
}

// Makes at least `wanted` unread bytes available; false if the file ends first.
bool LogReader::Fill(std::size_t wanted) {
  if (buffer_.size() - buffer_pos_ >= wanted) return true;
  buffer_.erase(0, buffer_pos_);
  buffer_file_offset_ += buffer_pos_;
  buffer_pos_ = 0;
  while (buffer_.size() < wanted && *in_) {
    const std::size_t old_size = buffer_.size();
    buffer_.resize(old_size + std::max(read_bytes_, wanted - old_size));
    in_->read(buffer_.data() + old_size, static_cast<std::streamsize>(buffer_.size() - old_size));
    buffer_.resize(old_size + static_cast<std::size_t>(in_->gcount()));
  }
  return buffer_.size() >= wanted;
}

std::string LogReader::Decode(const LogRecord& record, v1::Event* event) const {
  if (record.oversize) {
    return fmt::format("record of {} bytes at byte {}, above the event limit of {} bytes", record.length_bytes,
                       record.byte_offset, kEventBytesMax);
  }
  return format_ == Format::kJsonLines ? DecodeJson(record.bytes, event) : DecodeBinary(record.bytes, event);
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

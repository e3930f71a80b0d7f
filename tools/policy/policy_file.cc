#include "tools/policy/policy_file.h"

#include <fmt/format.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>

#include <cctype>
#include <fstream>
#include <sstream>

#include "tools/policy/json_locator.h"

namespace relance::policy {
namespace {

namespace pb = google::protobuf;

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Bytes of each quoted or unquoted run of a parser's message, at most.
constexpr std::size_t kQuotedBytesMax = 240;

// protobuf counts lines and columns from 0; people count from 1.
SourceLocation FromZeroBased(int line, int column) { return SourceLocation{line + 1, column + 1}; }

class CollectErrors : public pb::io::ErrorCollector {
 public:
  explicit CollectErrors(std::vector<Diagnostic>* diagnostics) : diagnostics_(diagnostics) {}
  void AddError(int line, pb::io::ColumnNumber column, const std::string& message) override {
    // The tokenizer's messages quote the text they stopped at.
    diagnostics_->push_back(Diagnostic{FromZeroBased(line, column), "", Printable(message, kQuotedBytesMax)});
  }

 private:
  std::vector<Diagnostic>* diagnostics_;
};

// Records where the text format wrote each field of `message`, walking the
// parser's tree of locations alongside the message's fields.
void CollectTextLocations(const pb::Message& message, const pb::TextFormat::ParseInfoTree* tree,
                          const std::string& prefix, FieldLocations* locations) {
  const pb::Descriptor* descriptor = message.GetDescriptor();
  const pb::Reflection* reflection = message.GetReflection();
  for (int f = 0; f < descriptor->field_count(); ++f) {
    const pb::FieldDescriptor* field = descriptor->field(f);
    const bool nested = field->cpp_type() == pb::FieldDescriptor::CPPTYPE_MESSAGE;
    const int count = field->is_repeated() ? reflection->FieldSize(message, field) : 1;
    for (int i = 0; i < count; ++i) {
      const int index = field->is_repeated() ? i : -1;
      const pb::TextFormat::ParseLocation at = tree->GetLocation(field, index);
      if (at.line < 0) continue;
      std::string path = prefix + field->name();
      if (field->is_repeated()) path += "[" + std::to_string(i) + "]";
      locations->Set(path, FromZeroBased(at.line, at.column));
      const pb::TextFormat::ParseInfoTree* child = nested ? tree->GetTreeForNested(field, index) : nullptr;
      if (child == nullptr) continue;
      const pb::Message& value = field->is_repeated() ? reflection->GetRepeatedMessage(message, field, i)
                                                      : reflection->GetMessage(message, field);
      CollectTextLocations(value, child, path + ".", locations);
    }
  }
}

bool ParseText(std::string_view text, pb::Message* message, FieldLocations* locations,
               std::vector<Diagnostic>* diagnostics) {
  CollectErrors collector(diagnostics);
  pb::TextFormat::ParseInfoTree tree;
  pb::TextFormat::Parser parser;
  parser.RecordErrorsTo(&collector);
  parser.WriteLocationsTo(&tree);
  const bool ok = parser.ParseFromString(std::string(text), message);
  if (ok) CollectTextLocations(*message, &tree, "", locations);
  if (!ok && diagnostics->empty()) diagnostics->push_back(Diagnostic{{}, "", "does not parse"});
  return ok;
}

bool IsIdentifier(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

// "ladders[0].steps[1]": names, indices and dots, nothing else.
bool IsFieldPath(std::string_view path) {
  if (path.empty()) return false;
  for (char c : path) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' && c != '[' && c != ']') return false;
  }
  return true;
}

// protobuf's JSON errors name the field, in parentheses, before the problem:
// "(ladders[0].steps[1].level): invalid value ..." or, for a field the
// message does not have, "(ladders[0].steps[1]) levle: Cannot find field."
// (without parentheses at the top level). A key is quoted decoded, so an
// unknown key "\n" makes a message that starts with a newline: the message is
// read whole, and its control bytes escaped.
Diagnostic FromJsonError(std::string_view message, const FieldLocations& locations) {
  Diagnostic diagnostic;
  std::string_view rest = message;
  if (!rest.empty() && rest.front() == '(') {
    const std::size_t close = rest.find(')');
    // A top-level key of the file can itself start with "(": what is in the
    // parentheses is a path only when it reads as one.
    if (close != std::string_view::npos && IsFieldPath(rest.substr(1, close - 1))) {
      diagnostic.field_path = std::string(rest.substr(1, close - 1));
      rest = rest.substr(close + 1);
      if (rest.substr(0, 2) == ": ") rest = rest.substr(2);
      if (!rest.empty() && rest.front() == ' ') rest = rest.substr(1);
    }
  }
  constexpr std::string_view kUnknownField = ": Cannot find field.";
  const bool unknown = EndsWith(rest, kUnknownField);
  const std::size_t colon = unknown ? rest.size() - kUnknownField.size() : rest.find(": ");
  if (colon != std::string_view::npos && IsIdentifier(rest.substr(0, colon))) {
    const std::string_view name = rest.substr(0, colon);
    diagnostic.field_path += (diagnostic.field_path.empty() ? "" : ".") + SnakeCase(name);
    diagnostic.message = unknown ? "unknown field" : Printable(rest.substr(colon + 2), kQuotedBytesMax);
  } else if (unknown) {
    diagnostic.message = fmt::format("unknown field \"{}\"", Printable(rest.substr(0, colon), kQuotedBytesMax));
  } else {
    // The message quotes the value it refused, decoded: a "\u001b" in the
    // file is a raw ESC here.
    diagnostic.message = Printable(rest, kQuotedBytesMax);
  }
  if (diagnostic.message.empty()) diagnostic.message = "does not parse";
  diagnostic.location = locations.Find(diagnostic.field_path);
  return diagnostic;
}

bool ParseJson(std::string_view text, pb::Message* message, FieldLocations* locations,
               std::vector<Diagnostic>* diagnostics) {
  Diagnostic syntax_error;
  if (!LocateJsonFields(text, locations, &syntax_error)) {
    diagnostics->push_back(std::move(syntax_error));
    return false;
  }
  const pb::util::Status status = pb::util::JsonStringToMessage(pb::StringPiece(text.data(), text.size()), message);
  if (status.ok()) return true;
  diagnostics->push_back(FromJsonError(status.message().as_string(), *locations));
  return false;
}

}  // namespace

std::optional<FileFormat> FileFormatForPath(std::string_view path) {
  if (EndsWith(path, ".json")) return FileFormat::kJson;
  for (std::string_view suffix : {".textproto", ".txtpb", ".pbtxt"}) {
    if (EndsWith(path, suffix)) return FileFormat::kText;
  }
  return std::nullopt;
}

bool ParseMessage(std::string_view text, FileFormat format, pb::Message* message, FieldLocations* locations,
                  std::vector<Diagnostic>* diagnostics) {
  message->Clear();
  return format == FileFormat::kJson ? ParseJson(text, message, locations, diagnostics)
                                     : ParseText(text, message, locations, diagnostics);
}

Status LoadMessageFile(const std::string& path, pb::Message* message, FieldLocations* locations,
                       std::vector<Diagnostic>* diagnostics) {
  const std::optional<FileFormat> format = FileFormatForPath(path);
  if (!format) {
    return Status::InvalidArgument(path + ": unknown extension (.json, or .textproto/.txtpb/.pbtxt for text format)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path);
  const std::string text = buffer.str();
  if (text.size() > kPolicyFileBytesMax) {
    return Status::InvalidArgument(path + ": larger than " + std::to_string(kPolicyFileBytesMax) + " bytes");
  }
  if (!ParseMessage(text, *format, message, locations, diagnostics)) {
    return Status::InvalidArgument(path + ": does not parse");
  }
  return Status::Ok();
}

std::vector<Diagnostic> Locate(const std::vector<core::PolicyError>& errors, const FieldLocations& locations) {
  std::vector<Diagnostic> diagnostics;
  diagnostics.reserve(errors.size());
  for (const core::PolicyError& error : errors) {
    diagnostics.push_back(Diagnostic{locations.Find(error.field_path), error.field_path, error.message});
  }
  return diagnostics;
}

}  // namespace relance::policy

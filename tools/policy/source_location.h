// Where a field of a policy or calendar file is written: line and column,
// and the messages that point there. Shared by the text-format and JSON
// readers (policy_file.h, json_locator.h).
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace relance::policy {

// 1-based, as editors count; line 0 means unknown. Columns count bytes.
struct SourceLocation {
  int line = 0;
  int column = 0;
  bool known() const { return line > 0; }
};

// A problem in a file: a syntax error (a location, maybe no field) or a
// field the protobuf parser or CheckPolicy rejects (a field path, and the
// location of the field when the file names it).
struct Diagnostic {
  SourceLocation location;
  std::string field_path;  // Proto field names, e.g. "ladders[0].steps[1].level".
  std::string message;
};

// Field path -> where the file writes it. Paths use proto field names
// (snake_case) and [index] for repeated fields, as CheckPolicy reports them.
class FieldLocations {
 public:
  void Set(std::string path, SourceLocation location) { locations_[std::move(path)] = location; }
  // The location of `path`, else of its nearest enclosing field the file
  // writes (an empty or absent field is reported where its parent is).
  SourceLocation Find(std::string_view path) const;
  std::size_t size() const { return locations_.size(); }

 private:
  std::map<std::string, SourceLocation, std::less<>> locations_;
};

// Text of a policy file, or a parser's message quoting it, made fit for a
// terminal: control bytes, DEL and bytes that are not UTF-8 are written \xNN
// and a backslash \\ (text.h OneLine), double quotes are kept; each run of
// text between two quotes is cut after `bytes_max` bytes ("...").
std::string Printable(std::string_view text, std::size_t bytes_max);

// "file:line:col: field "path": message", leaving out what is unknown.
std::string FormatDiagnostic(std::string_view file_name, const Diagnostic& diagnostic);

}  // namespace relance::policy

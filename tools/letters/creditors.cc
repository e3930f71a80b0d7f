#include "tools/letters/creditors.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <fstream>
#include <sstream>

#include "engine/core/limits.h"

namespace relance::letters {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

// Printable text of bounded length: a control character (a newline from a
// JSON "\n") would break a header line or the layout of a letter.
Status CheckText(std::string_view text, const std::string& where) {
  if (text.size() > kTextLengthMax) return Status::InvalidArgument(where + ": longer than the limit");
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7f) return Status::InvalidArgument(where + ": control character");
  }
  return Status::Ok();
}

Status ReadString(const Value& value, const std::string& where, std::string* out) {
  if (value.kind_case() != Value::kStringValue) return Status::InvalidArgument(where + ": expected a string");
  if (Status s = CheckText(value.string_value(), where); !s.ok()) return s;
  *out = value.string_value();
  return Status::Ok();
}

Status ReadPayment(const Value& value, const std::string& where, Creditor* creditor) {
  if (value.kind_case() != Value::kStructValue) return Status::InvalidArgument(where + ": expected an object");
  // Sorted, so that the first error reported does not depend on map order.
  const std::map<std::string, Value> fields(value.struct_value().fields().begin(), value.struct_value().fields().end());
  for (const auto& [name, field] : fields) {
    const std::string at = where + "." + name;
    Status s = Status::Ok();
    if (name == "iban") {
      s = ReadString(field, at, &creditor->iban);
    } else if (name == "bic") {
      s = ReadString(field, at, &creditor->bic);
    } else if (name == "reference") {
      s = ReadString(field, at, &creditor->payment_reference);
    } else {
      s = Status::InvalidArgument(at + ": unknown field");
    }
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status ReadAddress(const Value& value, const std::string& where, Creditor* creditor) {
  if (value.kind_case() != Value::kListValue) return Status::InvalidArgument(where + ": expected a list of lines");
  const auto& lines = value.list_value().values();
  if (static_cast<std::size_t>(lines.size()) > kAddressLinesMax) {
    return Status::InvalidArgument(where + ": more lines than the limit");
  }
  for (int i = 0; i < lines.size(); ++i) {
    std::string line;
    if (Status s = ReadString(lines[i], where + "[" + std::to_string(i) + "]", &line); !s.ok()) return s;
    creditor->address.push_back(std::move(line));
  }
  return Status::Ok();
}

Status ReadCreditor(const std::string& id, const Value& value, Creditor* creditor) {
  if (value.kind_case() != Value::kStructValue) return Status::InvalidArgument(id + ": expected an object");
  const std::map<std::string, Value> fields(value.struct_value().fields().begin(), value.struct_value().fields().end());
  const std::map<std::string_view, std::string Creditor::*> strings = {
      {"name", &Creditor::name},   {"legal_id", &Creditor::legal_id},   {"contact", &Creditor::contact},
      {"email", &Creditor::email}, {"signatory", &Creditor::signatory}, {"city", &Creditor::city},
  };
  for (const auto& [name, field] : fields) {
    const std::string at = id + "." + name;
    Status s = Status::Ok();
    if (auto it = strings.find(name); it != strings.end()) {
      s = ReadString(field, at, &(creditor->*(it->second)));
    } else if (name == "address") {
      s = ReadAddress(field, at, creditor);
    } else if (name == "payment") {
      s = ReadPayment(field, at, creditor);
    } else {
      s = Status::InvalidArgument(at + ": unknown field");
    }
    if (!s.ok()) return s;
  }
  if (!creditor->email.empty() && !IsPlainEmailAddress(creditor->email)) {
    return Status::InvalidArgument(id + ".email: not a plain e-mail address");
  }
  return Status::Ok();
}

}  // namespace

const Creditor* CreditorDirectory::Find(std::string_view creditor_id) const {
  auto it = creditors_.find(creditor_id);
  return it == creditors_.end() ? nullptr : &it->second;
}

Status CreditorDirectory::Parse(std::string_view json, CreditorDirectory* out) {
  // protobuf's Struct is a JSON object model already linked in: no second
  // JSON library for one small file.
  Struct root;
  const auto parsed =
      google::protobuf::util::JsonStringToMessage(google::protobuf::StringPiece(json.data(), json.size()), &root);
  if (!parsed.ok()) return Status::InvalidArgument("creditors file: " + parsed.ToString());
  const std::map<std::string, Value> entries(root.fields().begin(), root.fields().end());
  CreditorDirectory directory;
  for (const auto& [id, value] : entries) {
    if (Status s = CheckText(id, "creditor id"); !s.ok()) return s;
    Creditor creditor;
    if (Status s = ReadCreditor(id, value, &creditor); !s.ok())
      return Status::InvalidArgument("creditors file: " + s.message());
    directory.creditors_.emplace(id, std::move(creditor));
  }
  *out = std::move(directory);
  return Status::Ok();
}

Status CreditorDirectory::Load(const std::string& path, CreditorDirectory* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path);
  return Parse(buffer.str(), out);
}

bool IsPlainEmailAddress(std::string_view address) {
  if (address.empty() || address.size() > 254) return false;
  const auto at = address.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == address.size()) return false;
  if (address.find('@', at + 1) != std::string_view::npos) return false;
  for (unsigned char c : address) {
    if (c <= 0x20 || c >= 0x7f) return false;
    if (std::string_view("<>()[]\\,;:\"").find(static_cast<char>(c)) != std::string_view::npos) return false;
  }
  return true;
}

}  // namespace relance::letters

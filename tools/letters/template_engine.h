// Mustache rendering behind a small interface, so that nothing else in
// Relance sees the template library (kainjow mustache, header-only, which
// reports errors through its own state and may throw on allocation): this
// module turns both into a Status.
//
// Data is a tree of strings, booleans, lists and objects. Values are always
// escaped with the given escaper: templates use {{name}} for data, never
// triple braces, and a test checks that the embedded templates keep to it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/core/status.h"

namespace relance::letters {

class TemplateData {
 public:
  enum class Kind { kString, kBool, kList, kObject };

  static TemplateData Object() { return TemplateData(Kind::kObject); }
  static TemplateData List() { return TemplateData(Kind::kList); }
  static TemplateData String(std::string text);
  static TemplateData Bool(bool flag);

  // On an object. A later Set of the same key replaces the value.
  TemplateData& Set(std::string key, TemplateData value);
  TemplateData& Set(std::string key, std::string text) { return Set(std::move(key), String(std::move(text))); }
  TemplateData& Set(std::string key, const char* text) { return Set(std::move(key), String(text)); }
  TemplateData& Set(std::string key, bool flag) { return Set(std::move(key), Bool(flag)); }
  // On a list.
  TemplateData& Push(TemplateData item);

  Kind kind() const { return kind_; }
  const std::string& text() const { return text_; }
  bool flag() const { return flag_; }
  const std::vector<TemplateData>& items() const { return items_; }
  const std::vector<std::pair<std::string, TemplateData>>& fields() const { return fields_; }
  // nullptr when absent (objects only).
  const TemplateData* Find(std::string_view key) const;

 private:
  explicit TemplateData(Kind kind) : kind_(kind) {}
  Kind kind_;
  std::string text_;
  bool flag_ = false;
  std::vector<TemplateData> items_;
  std::vector<std::pair<std::string, TemplateData>> fields_;
};

enum class Escape {
  kHtml,  // & < > " ' become entities.
  kNone,  // Plain text and subject lines.
};

// The text of a partial ({{> name}}) by name, nullopt when unknown.
using PartialLookup = std::function<std::optional<std::string_view>(std::string_view name)>;

// Renders `source` with `data`. `partials` names every partial the template
// may use. InvalidArgument when the template does not parse or render.
Status RenderMustache(std::string_view source, const TemplateData& data, const std::vector<std::string>& partials,
                      const PartialLookup& lookup, Escape escape, std::string* out);

}  // namespace relance::letters

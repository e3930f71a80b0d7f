#include "tools/letters/template_engine.h"

#include <exception>
#include <kainjow/mustache.hpp>

namespace relance::letters {
namespace {

namespace mustache = kainjow::mustache;

mustache::data ToMustache(const TemplateData& value) {
  switch (value.kind()) {
    case TemplateData::Kind::kString:
      return mustache::data(value.text());
    case TemplateData::Kind::kBool:
      return mustache::data(value.flag() ? mustache::data::type::bool_true : mustache::data::type::bool_false);
    case TemplateData::Kind::kList: {
      mustache::data list(mustache::data::type::list);
      for (const auto& item : value.items()) list.push_back(ToMustache(item));
      return list;
    }
    case TemplateData::Kind::kObject: {
      mustache::data object(mustache::data::type::object);
      for (const auto& [key, field] : value.fields()) object.set(key, ToMustache(field));
      return object;
    }
  }
  return mustache::data();
}

// Marks the start of every template line; removed after rendering.
constexpr char kLineMark = '\x01';

// Mustache drops a line that holds nothing but a section, partial or comment
// tag ("standalone"). kainjow 4.1 gets this wrong: it leaves an empty line
// behind when such a section is skipped or a partial is included, and drops
// any rendered line that is blank and had a section tag, which would
// scatter or swallow blank lines in the plain-text letters. So the
// standalone lines are removed here, each tag joined to the start of the
// next line, and every line starts with a mark that keeps the library from
// judging any line blank. What it renders, marks removed, is what the
// specification asks for.
std::string PrepareTemplate(std::string_view source) {
  std::string out;
  out.reserve(source.size() + source.size() / 16);
  bool line_start = true;
  std::size_t begin = 0;
  while (begin < source.size()) {
    std::size_t end = source.find('\n', begin);
    const bool has_newline = end != std::string_view::npos;
    if (!has_newline) end = source.size();
    const std::string_view line = source.substr(begin, end - begin);
    const std::size_t first = line.find_first_not_of(" \t");
    const std::size_t last = line.find_last_not_of(" \t\r");
    if (line_start) out.push_back(kLineMark);
    line_start = false;
    std::string_view tag;
    if (first != std::string_view::npos) tag = line.substr(first, last - first + 1);
    const bool standalone = tag.size() > 5 && tag.starts_with("{{") && tag.ends_with("}}") &&
                            std::string_view("#^/>!").find(tag[2]) != std::string_view::npos &&
                            tag.find("{{", 2) == std::string_view::npos;
    if (standalone) {
      out.append(tag);
    } else {
      out.append(line);
      if (has_newline) {
        out.push_back('\n');
        line_start = true;
      }
    }
    begin = end + 1;
  }
  return out;
}

// Data never carries the mark: it would vanish from the letter.
std::string WithoutMarks(const std::string& text) {
  if (text.find(kLineMark) == std::string::npos) return text;
  std::string out;
  for (char c : text) {
    if (c != kLineMark) out.push_back(c);
  }
  return out;
}

}  // namespace

TemplateData TemplateData::String(std::string text) {
  TemplateData value(Kind::kString);
  value.text_ = std::move(text);
  return value;
}

TemplateData TemplateData::Bool(bool flag) {
  TemplateData value(Kind::kBool);
  value.flag_ = flag;
  return value;
}

TemplateData& TemplateData::Set(std::string key, TemplateData value) {
  for (auto& [existing, field] : fields_) {
    if (existing == key) {
      field = std::move(value);
      return *this;
    }
  }
  fields_.emplace_back(std::move(key), std::move(value));
  return *this;
}

TemplateData& TemplateData::Push(TemplateData item) {
  items_.push_back(std::move(item));
  return *this;
}

const TemplateData* TemplateData::Find(std::string_view key) const {
  for (const auto& [existing, field] : fields_) {
    if (existing == key) return &field;
  }
  return nullptr;
}

Status RenderMustache(std::string_view source, const TemplateData& data, const std::vector<std::string>& partials,
                      const PartialLookup& lookup, Escape escape, std::string* out) {
  try {
    mustache::mustache tmpl{PrepareTemplate(source)};
    if (!tmpl.is_valid()) return Status::InvalidArgument("template: " + tmpl.error_message());
    if (escape == Escape::kNone) {
      tmpl.set_custom_escape([](const std::string& s) { return WithoutMarks(s); });
    } else {
      tmpl.set_custom_escape([](const std::string& s) { return mustache::html_escape(WithoutMarks(s)); });
    }
    mustache::data root = ToMustache(data);
    for (const auto& name : partials) {
      const std::optional<std::string_view> text = lookup(name);
      if (!text) return Status::InvalidArgument("template: no partial '" + name + "'");
      const std::string copy = PrepareTemplate(*text);
      root.set(name, mustache::partial([copy] { return copy; }));
    }
    const std::string rendered = tmpl.render(root);
    if (!tmpl.is_valid()) return Status::InvalidArgument("template: " + tmpl.error_message());
    *out = WithoutMarks(rendered);
    return Status::Ok();
  } catch (const std::exception& e) {
    // The library's own errors and std::bad_alloc: an edge, not a crash.
    return Status::InvalidArgument(std::string("template: ") + e.what());
  }
}

}  // namespace relance::letters

// The letter templates, embedded in the binary at build time from
// tools/letters/templates/ (embed_templates.cmake), so that `relance letters`
// works from any directory and a letter is reproducible from the binary
// that wrote it.
//
// Names are "<lang>/<file name without .mustache>": "fr/formal_notice.html",
// "en/reminder.firm.subject"; partials start with '_': "fr/_parties.html".
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace relance::letters {

struct EmbeddedTemplate {
  std::string_view name;
  std::string_view text;
};

// Every embedded template, sorted by name.
std::span<const EmbeddedTemplate> EmbeddedTemplates();
std::optional<std::string_view> FindTemplate(std::string_view name);

}  // namespace relance::letters

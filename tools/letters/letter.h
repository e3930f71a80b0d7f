// One action rendered as a letter in one language: subject line, HTML and
// plain text, from the embedded templates. Pure: the same action, creditor
// and language give the same bytes.
//
// The template is the action's template_id; an id with no template falls
// back to the default of its ActionKind (and tone), and says so, so that a
// policy naming a template this binary does not have still produces a letter.
#pragma once

#include <string>
#include <string_view>

#include "engine/core/status.h"
#include "relance/v1/actions.pb.h"
#include "tools/letters/creditors.h"
#include "tools/letters/format.h"
#include "tools/letters/template_engine.h"

namespace relance::letters {

struct RenderedLetter {
  std::string template_id;  // The template used, after any fallback.
  bool fell_back = false;   // The action's template_id had no template.
  // False for the notes meant for the creditor's own staff (phone script,
  // limitation and order-for-payment deadlines): never e-mailed to a debtor.
  bool to_debtor = true;
  std::string subject;  // One line, UTF-8, no escaping.
  std::string html;
  std::string text;
};

// The template for `action` in `language`: its template_id when a template
// has it, else the default for its kind (*fell_back set).
std::string ResolveTemplateId(const v1::Action& action, Language language, bool* fell_back);
// The default template of an action's kind, channel and tone.
std::string_view DefaultTemplateId(const v1::Action& action);

// The data every template sees (listed in tools/letters/templates/README.md).
// `creditor` may be null: the letter then shows the creditor id and
// placeholders. Corruption when the action's amounts do not add up.
Status BuildLetterData(const v1::Action& action, const Creditor* creditor, Language language, TemplateData* out);

Status RenderLetter(const v1::Action& action, const Creditor* creditor, Language language, RenderedLetter* out);

}  // namespace relance::letters

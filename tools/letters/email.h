// E-mails as RFC 5322 / MIME messages (.eml): a multipart/alternative body
// with the plain-text and the HTML rendering of one letter, ready for a mail
// system to send and for the archive to keep. Deterministic: the date comes
// from the action and the boundary is fixed.
#pragma once

#include <string>
#include <string_view>

#include "engine/core/civil_date.h"

namespace relance::letters {

struct EmailMessage {
  std::string from_name;
  std::string from_address;  // A plain address (IsPlainEmailAddress).
  std::string to_name;
  std::string to_address;  // A plain address (IsPlainEmailAddress).
  Day date = kNoDay;       // The Date: header, at 00:00 UTC.
  std::string subject;     // UTF-8, one line.
  std::string action_id;   // X-Relance-Action-Id, for tracking replies and bounces.
  std::string text;        // UTF-8, LF line ends.
  std::string html;        // UTF-8.
};

// The whole message, CRLF line ends.
// REQUIRES: from_address and to_address are plain addresses.
std::string BuildEml(const EmailMessage& message);

// RFC 2047: `text` as is when it is short printable ASCII, else as
// "=?UTF-8?B?...?=" encoded words (each at most 75 characters, never
// splitting a UTF-8 sequence) separated by a folding CRLF + space.
std::string EncodeHeaderText(std::string_view text);

// "Mon, 23 Nov 2026 00:00:00 +0000".
std::string Rfc5322Date(Day day);

std::string Base64(std::string_view bytes);

}  // namespace relance::letters

// One-line, escaped, bounded text for logs and headers (engine/core/text.h),
// and the rejection details built with it (issue 14 defect 3, issue 15 item
// 9): a detail never spans lines, never carries a control byte or invalid
// UTF-8, and a parser's message loses the input it quoted.
#include "engine/core/text.h"

#include <catch2/catch.hpp>
#include <string>

#include "engine/codec/event_codec.h"

namespace relance::testing {
namespace {

TEST_CASE("OneLine escapes line breaks, control bytes, quotes and invalid UTF-8, and keeps valid UTF-8", "[text]") {
  CHECK(OneLine("plain text 123") == "plain text 123");
  CHECK(OneLine("a\nb\r\tc") == "a\\x0ab\\x0d\\x09c");
  CHECK(OneLine("\x1b[31mred\x07") == "\\x1b[31mred\\x07");
  CHECK(OneLine("say \"hi\" \\ bye") == "say \\\"hi\\\" \\\\ bye");
  CHECK(OneLine("Société Générale") == "Société Générale");
  CHECK(OneLine("\xff\xfe ok") == "\\xff\\xfe ok");
  // Overlong encodings and surrogates are not UTF-8.
  CHECK(OneLine("\xc0\xaf") == "\\xc0\\xaf");
  CHECK(OneLine("\xed\xa0\x80") == "\\xed\\xa0\\x80");
  // A truncated multi-byte character at the end.
  CHECK(OneLine("\xe2\x82") == "\\xe2\\x82");
}

// The API, the exports and the JSON log lines share this escaper. The API's
// own once wrote each byte of a multi-byte character as \u00XX, so that
// "Société" came back "SociÃ©tÃ©" to every JSON client.
TEST_CASE("JsonString keeps UTF-8 as it is, escapes what JSON requires, and replaces invalid bytes", "[text][json]") {
  CHECK(JsonString("plain") == "\"plain\"");
  CHECK(JsonString("") == "\"\"");
  CHECK(JsonString("Société Générale ₂ 😀") == "\"Société Générale ₂ 😀\"");
  CHECK(JsonString("say \"hi\" \\ bye") == "\"say \\\"hi\\\" \\\\ bye\"");
  CHECK(JsonString("a\nb\r\tc") == "\"a\\nb\\r\\tc\"");
  CHECK(JsonString(std::string("\x00\x1b\x7f", 3)) == "\"\\u0000\\u001b\\u007f\"");
  // Not UTF-8: a lone continuation byte, an overlong form, a surrogate, a
  // truncated character at the end. Each byte becomes U+FFFD, escaped.
  CHECK(JsonString("\xa9x") == "\"\\ufffdx\"");
  CHECK(JsonString("\xc0\xaf") == "\"\\ufffd\\ufffd\"");
  CHECK(JsonString("\xed\xa0\x80") == "\"\\ufffd\\ufffd\\ufffd\"");
  CHECK(JsonString("ok\xe2\x82") == "\"ok\\ufffd\\ufffd\"");
  std::string appended = "[";
  AppendJsonString("é", &appended);
  CHECK(appended == "[\"é\"");
}

TEST_CASE("OneLine bounds its output without cutting an escape or a character", "[text]") {
  const std::string long_text(1000, 'a');
  const std::string cut = OneLine(long_text);
  CHECK(cut.size() == kDetailBytesMax + 3);
  CHECK(cut.substr(cut.size() - 3) == "...");
  CHECK(OneLine("ab\ncd", 4) == "ab...");
  CHECK(OneLine("abé", 3) == "ab...");
  CHECK(OneLine("abc", 3) == "abc");
}

TEST_CASE("ParserMessage keeps the field and the problem, drops the quoted input and what follows a line break",
          "[text]") {
  CHECK(ParserMessage("(day_closed.business_date.day): invalid value \"ab\ncd\" for type TYPE_INT32") ==
        "(day_closed.business_date.day): invalid value <value> for type TYPE_INT32");
  CHECK(ParserMessage("Encountered non UTF-8 code points.\n\xff\xfe\",\"payment_received\"") ==
        "Encountered non UTF-8 code points.");
  // An unknown key: named when it looks like a field name, never otherwise.
  CHECK(ParserMessage("(invoice_issued) amount_minr: Cannot find field.") ==
        "(invoice_issued) amount_minr: Cannot find field.");
  CHECK(ParserMessage("(invoice_issued) jean.dupont@example.org: Cannot find field.") ==
        "(invoice_issued) <unknown field>: Cannot find field.");
  CHECK(ParserMessage("jean dupont: Cannot find field.") == "<unknown field>: Cannot find field.");
  CHECK(ParserMessage("(a) b) c: Cannot find field.") == "(a) <unknown field>: Cannot find field.");
  CHECK(ParserMessage("x\x1b[31m: Cannot find field.") == "<unknown field>: Cannot find field.");
  CHECK(ParserMessage(std::string(65, 'a') + ": Cannot find field.") == "<unknown field>: Cannot find field.");
}

TEST_CASE("a JSON decode error is one escaped line without the payload's content", "[text][codec]") {
  v1::Event event;
  const std::string secret = "jean.dupont@example.org";
  const std::string error = codec::DecodeJson(
      "{\"event_id\":\"e1\",\"schema_version\":1,\"day_closed\":{\"business_date\":{\"year\":2026,\"month\":1,"
      "\"day\":\"" +
          secret + "\\n\x1b\"}}}",
      &event);
  CAPTURE(error);
  REQUIRE_FALSE(error.empty());
  CHECK(error.find(secret) == std::string::npos);
  CHECK(error.find('\n') == std::string::npos);
  CHECK(error.find('\x1b') == std::string::npos);
  CHECK(error.find("day_closed.business_date.day") != std::string::npos);
  const std::string non_utf8 =
      codec::DecodeJson("{\"event_id\":\"a\",\"debtor_key\":\"X\xff\xfe" + secret + "\"}", &event);
  CAPTURE(non_utf8);
  REQUIRE_FALSE(non_utf8.empty());
  CHECK(non_utf8.find(secret) == std::string::npos);
  CHECK(non_utf8.find('\n') == std::string::npos);
  CHECK(non_utf8.find('\xff') == std::string::npos);
}

}  // namespace
}  // namespace relance::testing

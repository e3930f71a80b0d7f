// Duplicate JSON keys (engine/codec/json_keys.h): protobuf's JSON parser
// keeps the last of two equal keys, so {"amount_minor": "100", ...,
// "amount_minor": "900"} booked 900 without a word. Such a record is now
// malformed, whatever the spelling of the second key; equal keys in
// different objects (every date has a "year") are not duplicates.
#include "engine/codec/json_keys.h"

#include <catch2/catch.hpp>
#include <string>

#include "engine/codec/event_codec.h"
#include "tests/support/builders.h"

namespace relance::testing {
namespace {

std::string PaymentJson() {
  v1::Event e = Payment("e-pay", "DR1", "D1", "P1", 10000, "2026-02-01", "EUR");
  return codec::EncodeJson(e);
}

// Inserts `member` (`"key": value`) as the last member of the object that
// holds `anchor_key`.
std::string InsertAfter(std::string json, const std::string& anchor_key, const std::string& member) {
  const std::size_t at = json.find("\"" + anchor_key + "\"");
  REQUIRE(at != std::string::npos);
  const std::size_t close = json.find('}', at);
  REQUIRE(close != std::string::npos);
  json.insert(close, "," + member);
  return json;
}

TEST_CASE("a JSON event with two event ids is malformed", "[codec][json]") {
  std::string json = PaymentJson();
  REQUIRE(json.find("\"event_id\":\"e-pay\"") != std::string::npos);
  json.insert(1, "\"event_id\":\"e-other\",");
  v1::Event event;
  const std::string error = codec::DecodeJson(json, &event);
  CHECK(error.find("duplicate key \"eventId\"") != std::string::npos);
  // What the parser had read is not left behind for a careless caller.
  CHECK(event.event_id().empty());
}

TEST_CASE("a JSON payment with two amounts is malformed, whichever the spelling of the second", "[codec][json]") {
  const std::string base = PaymentJson();
  REQUIRE(base.find("\"amount_minor\":\"10000\"") != std::string::npos);
  for (const std::string& second : {std::string("\"amount_minor\":\"90000\""), std::string("\"amountMinor\":\"90000\""),
                                    std::string("\"amount\\u005fminor\":\"90000\"")}) {
    CAPTURE(second);
    const std::string json = InsertAfter(base, "amount_minor", second);
    v1::Event event;
    const std::string error = codec::DecodeJson(json, &event);
    CHECK(error.find("duplicate key \"amountMinor\" at byte ") != std::string::npos);
    CHECK(event.payment_received().amount().amount_minor() == 0);
  }
}

TEST_CASE("equal keys in different objects, arrays of objects and key-like string values are not duplicates",
          "[codec][json]") {
  // An invoice has two dates with "year", "month" and "day" each.
  v1::Event invoice = Invoice("e-inv", "DR1", "D1", 5000, "2026-01-01", "2026-01-31", "EUR", v1::DEBTOR_TYPE_B2B);
  invoice.mutable_invoice_issued()->set_debtor_name("\"amount_minor\": \"1\", \"event_id\"");
  v1::Event decoded;
  CHECK(codec::DecodeJson(codec::EncodeJson(invoice), &decoded).empty());
  CHECK(decoded.SerializeAsString() == invoice.SerializeAsString());
  // A plan's instalments: one "amount_minor" per array element.
  v1::Event plan;
  plan.set_event_id("e-plan");
  plan.set_debtor_key("DR1");
  plan.set_debt_id("D1");
  auto* agreed = plan.mutable_payment_plan_agreed();
  agreed->set_plan_id("PLAN-1");
  for (int i = 1; i <= 3; ++i) {
    auto* instalment = agreed->add_instalments();
    instalment->mutable_amount()->set_amount_minor(1000 * i);
    instalment->mutable_amount()->set_currency("EUR");
    *instalment->mutable_due_date() = D(("2026-0" + std::to_string(i + 2) + "-01").c_str());
  }
  CHECK(codec::DecodeJson(codec::EncodeJson(plan), &decoded).empty());
  CHECK(decoded.payment_plan_agreed().instalments_size() == 3);
}

TEST_CASE("FindDuplicateKey reports the second occurrence, escaped and bounded", "[codec][json]") {
  const auto none = codec::FindDuplicateKey(R"({"a": {"b": 1}, "b": [{"a": 1}, {"a": 2}], "c": "a"})");
  CHECK_FALSE(none.has_value());
  const auto twice = codec::FindDuplicateKey(R"({"x_y": 1, "z": {"q": 2}, "xY": 3})");
  REQUIRE(twice.has_value());
  CHECK(twice->key == "xY");
  CHECK(twice->offset == 26);
  const std::string long_key(200, 'k');
  const auto bounded = codec::FindDuplicateKey("{\"" + long_key + "\": 1, \"" + long_key + "\": 2}");
  REQUIRE(bounded.has_value());
  CHECK(bounded->key == std::string(64, 'k') + "...");
  const auto control = codec::FindDuplicateKey("{\"\\u0007\": 1, \"\\u0007\": 2}");
  REQUIRE(control.has_value());
  CHECK(control->key == "\\x07");
}

}  // namespace
}  // namespace relance::testing

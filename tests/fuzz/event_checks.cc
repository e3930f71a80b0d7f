#include "tests/fuzz/event_checks.h"

#include <google/protobuf/stubs/logging.h>

#include <string>

#include "engine/codec/event_codec.h"
#include "engine/core/ledger.h"
#include "engine/core/limits.h"
#include "tests/fuzz/fuzz_check.h"

namespace relance::fuzz {
namespace {

// Every state of `engine` as bytes, in key order (no state has a map
// field, so plain serialisation is deterministic). An empty debtor is left
// out: looking a debtor up creates one (MapAccess), as the shell's cache
// does, and neither is ever written.
std::string Snapshot(const testing::MiniEngine& engine) {
  std::string out;
  engine.meta.AppendToString(&out);
  for (const auto& [id, debt] : engine.access.debts) {
    out += "\ndebt " + id + " ";
    out += debt.SerializeAsString();
  }
  for (const auto& [key, debtor] : engine.access.debtors) {
    if (debtor.ByteSizeLong() == 0) continue;
    out += "\ndebtor " + key + " ";
    out += debtor.SerializeAsString();
  }
  return out;
}

}  // namespace

void SilenceProtobufLog() { google::protobuf::SetLogHandler(nullptr); }

void CheckRefusal(std::string_view error) {
  FUZZ_CHECK(IsOneLine(error), Visible(error));
  FUZZ_CHECK(error.size() <= kDeadLetterDetailBytesMax, std::to_string(error.size()) + " bytes");
}

void CheckEncodings(const v1::Event& event) {
  const std::string binary = codec::EncodeBinary(event);
  FUZZ_CHECK(codec::EncodeBinary(event) == binary);  // Deterministic.
  v1::Event from_binary;
  const std::string binary_error = codec::DecodeBinary(binary, &from_binary);
  FUZZ_CHECK(binary_error.empty(), binary_error);
  FUZZ_CHECK(codec::EncodeBinary(from_binary) == binary, event.ShortDebugString());

  // A JSON line, as `relance gen --format jsonl` and `publish --as-json`
  // write it. JSON spells more than binary: near the size limit an event
  // that fits in binary may not fit in JSON, which the decoder refuses.
  const std::string json = codec::EncodeJson(event);
  FUZZ_CHECK(!json.empty(), event.ShortDebugString());
  FUZZ_CHECK(json.find('\n') == std::string::npos, json);
  if (json.size() > kEventBytesMax) return;
  v1::Event from_json;
  const std::string json_error = codec::DecodeJson(json, &from_json);
  FUZZ_CHECK(json_error.empty(), json_error + " in " + json);
  FUZZ_CHECK(codec::EncodeBinary(from_json) == binary, json);
}

void CheckApplied(testing::MiniEngine* engine, const v1::Event& event) {
  const std::string before = Snapshot(*engine);
  const core::Outcome& outcome = engine->Apply(event);
  if (!outcome.accepted) {
    const v1::Rejection& rejection = outcome.rejection;
    FUZZ_CHECK(rejection.reason() != v1::REJECTION_REASON_UNSPECIFIED, event.ShortDebugString());
    FUZZ_CHECK(IsOneLine(rejection.detail()), Visible(rejection.detail()));
    FUZZ_CHECK(rejection.detail().size() <= kDeadLetterDetailBytesMax, rejection.detail());
    FUZZ_CHECK(Snapshot(*engine) == before, "rejected " + v1::RejectionReason_Name(rejection.reason()) + " (" +
                                                rejection.detail() + ") but the state changed");
    return;
  }
  for (const auto& [id, debt] : engine->access.debts) {
    const std::string broken = core::CheckDebtInvariants(debt);
    FUZZ_CHECK(broken.empty(), broken + " after " + event.ShortDebugString());
  }
}

void CheckDecoded(std::string_view error, const v1::Event& event) {
  if (!error.empty()) {
    CheckRefusal(error);
    return;
  }
  CheckEncodings(event);
  testing::MiniEngine engine;
  engine.fill_skipped_days = false;
  CheckApplied(&engine, event);
}

}  // namespace relance::fuzz

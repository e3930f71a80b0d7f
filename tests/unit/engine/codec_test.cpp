// Event codecs (engine/codec/event_codec.h): binary and protobuf-JSON round
// trips for every payload kind, decode errors that never crash, and the two
// log file formats.
#include <fmt/format.h>
#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/util/message_differencer.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/limits.h"
#include "engine/core/transition_table.h"
#include "engine/core/validate.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

using google::protobuf::util::MessageDifferencer;

// One event of every payload kind, with every field of the payload set.
std::vector<v1::Event> OneOfEachKind() {
  std::vector<v1::Event> events;
  {
    v1::Event e = Invoice("e-inv", "DR1", "D1", 123456, "2026-01-01", "2026-01-31", "EUR", v1::DEBTOR_TYPE_B2C);
    auto* discount = e.mutable_invoice_issued()->mutable_early_payment_discount();
    *discount->mutable_pay_by() = D("2026-01-10");
    discount->set_discount_minor(2000);
    e.mutable_invoice_issued()->set_debtor_name("Société Générale d'Électricité");
    e.set_event_time_ms(1767225600123);
    events.push_back(e);
  }
  {
    v1::Event e = Payment("e-pay", "DR1", "", "P1", 5000, "2026-02-01", "JPY");
    e.mutable_payment_received()->set_method(v1::PAYMENT_METHOD_CHEQUE);
    e.mutable_payment_received()->set_invoice_reference("D1");
    events.push_back(e);
  }
  {
    v1::Event e = Reversal("e-rev", "DR1", "P1", "2026-02-03");
    e.mutable_payment_reversed()->set_reason(v1::REVERSAL_REASON_CHARGEBACK);
    events.push_back(e);
  }
  events.push_back(CreditNote("e-cn", "DR1", "D1", 700, "2026-02-04"));
  {
    v1::Event e = Reminder("e-rem", "DR1", "D1", 6, v1::CHANNEL_FORMAL_NOTICE, "2026-02-05");
    e.mutable_reminder_sent()->set_template_id("fr/mise-en-demeure");
    events.push_back(e);
  }
  events.push_back(Promise("e-prm", "DR1", "D1", 4000, "2026-02-06", "2026-02-15"));
  {
    v1::Event e = Envelope("e-plan", "DR1", "D1");
    auto* p = e.mutable_payment_plan_agreed();
    p->set_plan_id("PLAN-1");
    *p->mutable_agreed_on() = D("2026-02-07");
    for (const char* due : {"2026-02-28", "2026-03-31", "2026-04-30"}) {
      auto* inst = p->add_instalments();
      *inst->mutable_due_date() = D(due);
      *inst->mutable_amount() = M(3000);
    }
    events.push_back(e);
  }
  events.push_back(Dispute("e-dsp", "DR1", "D1", "2026-02-08", 2500));
  events.push_back(Resolve("e-res", "DR1", "D1", v1::DISPUTE_OUTCOME_SETTLED, "2026-02-09", 1000));
  {
    v1::Event e = Envelope("e-agy", "DR1", "D1");
    e.mutable_handed_to_agency()->set_agency_id("AGENCY-7");
    *e.mutable_handed_to_agency()->mutable_date() = D("2026-03-01");
    events.push_back(e);
  }
  {
    v1::Event e = Envelope("e-lgl", "DR1", "D1");
    e.mutable_legal_action_filed()->set_kind(v1::LEGAL_ACTION_KIND_SUMMARY_PROCEEDINGS);
    *e.mutable_legal_action_filed()->mutable_date() = D("2026-04-01");
    e.mutable_legal_action_filed()->set_court_reference("RG 26/00042");
    events.push_back(e);
  }
  {
    v1::Event e = Envelope("e-wo", "DR1", "D1");
    *e.mutable_written_off()->mutable_date() = D("2026-06-30");
    e.mutable_written_off()->set_reason("liquidation");
    events.push_back(e);
  }
  events.push_back(DayClosedEvent("e-day", "2026-02-10"));
  {
    v1::Event e;
    e.set_event_id("e-pol");
    e.set_schema_version(1);
    auto* policy = e.mutable_policy_published()->mutable_policy();
    policy->set_policy_id("default");
    policy->set_version(3);
    *policy->mutable_effective_from() = D("2026-01-01");
    policy->set_promise_grace_days(3);
    policy->set_instalment_grace_days(5);
    *policy->add_minimum_balance() = M(1500);
    *policy->add_minimum_balance() = M(200, "JPY");
    auto* ladder = policy->add_ladders();
    ladder->set_segment("chronic");
    ladder->set_debtor_type(v1::DEBTOR_TYPE_B2B);
    auto* step = ladder->add_steps();
    step->set_day_offset(-3);
    step->set_channel(v1::CHANNEL_EMAIL);
    step->set_template_id("courtesy");
    step->set_level(0);
    step = ladder->add_steps();
    step->set_day_offset(30);
    step->set_channel(v1::CHANNEL_REGISTERED_LETTER);
    step->set_template_id("warning");
    step->set_level(4);
    step->set_tone(v1::TONE_WARNING);
    step->set_deadline_days(10);
    auto* rules = policy->add_debtor_rules();
    rules->set_debtor_type(v1::DEBTOR_TYPE_B2B);
    rules->mutable_interest()->set_kind(v1::INTEREST_KIND_REFERENCE_PLUS_MARGIN);
    auto* rate = rules->mutable_interest()->add_reference_rates();
    *rate->mutable_from() = D("2026-01-01");
    rate->set_rate_bp(215);
    rules->mutable_interest()->set_margin_bp(1000);
    *rules->mutable_recovery_indemnity() = M(4000);
    rules->set_limitation_years(5);
    policy->mutable_contact()->set_max_contacts_per_week(2);
    policy->mutable_contact()->set_calendar_id("FR");
    policy->set_credit_application(v1::CREDIT_APPLICATION_OLDEST_OPEN_DEBT);
    events.push_back(e);
  }
  events.push_back(Calendar("e-cal", "FR", {"2026-01-01", "2026-05-01"}));
  events.push_back(Insolvency("e-ins", "DR1", "2026-03-01", false));
  events.push_back(OrderStage("e-ord", "DR1", "D1", v1::ORDER_STAGE_GRANTED, "2026-03-02"));
  events.push_back(CreditApplied("e-cra", "DR1", "D1", 2500, "2026-03-03"));
  return events;
}

bool Same(const v1::Event& a, const v1::Event& b) { return MessageDifferencer::Equals(a, b); }

// Protobuf logs every string field with invalid UTF-8 it meets while parsing;
// the fuzzing below meets thousands. Silenced for the scope of a test.
class QuietProtobufLog {
 public:
  QuietProtobufLog() : previous_(google::protobuf::SetLogHandler(nullptr)) {}
  ~QuietProtobufLog() { google::protobuf::SetLogHandler(previous_); }
  QuietProtobufLog(const QuietProtobufLog&) = delete;
  QuietProtobufLog& operator=(const QuietProtobufLog&) = delete;

 private:
  google::protobuf::LogHandler* previous_;
};

TEST_CASE("the sample has one event of every payload kind", "[codec]") {
  const auto events = OneOfEachKind();
  REQUIRE(events.size() == static_cast<std::size_t>(core::kEventKindCount - 1));  // All but kUnknown.
  for (std::size_t i = 0; i < events.size(); ++i) {
    CHECK(core::KindOf(events[i]) == static_cast<core::EventKind>(i));
  }
}

TEST_CASE("binary round trip of every payload kind", "[codec]") {
  for (const v1::Event& e : OneOfEachKind()) {
    INFO(e.ShortDebugString());
    const std::string bytes = codec::EncodeBinary(e);
    CHECK(bytes == e.SerializeAsString());
    CHECK(codec::EncodeBinary(e) == bytes);  // Deterministic.
    v1::Event back;
    REQUIRE(codec::DecodeBinary(bytes, &back) == "");
    CHECK(Same(back, e));
    CHECK(back.SerializeAsString() == e.SerializeAsString());
  }
}

TEST_CASE("protobuf-JSON round trip of every payload kind", "[codec]") {
  for (const v1::Event& e : OneOfEachKind()) {
    const std::string json = codec::EncodeJson(e);
    INFO(json);
    CHECK(json.find('\n') == std::string::npos);
    v1::Event back;
    REQUIRE(codec::DecodeJson(json, &back) == "");
    CHECK(Same(back, e));
    CHECK(back.SerializeAsString() == e.SerializeAsString());
  }
}

TEST_CASE("JSON uses the field names of the .proto", "[codec]") {
  const auto events = OneOfEachKind();
  const std::string invoice = codec::EncodeJson(events[0]);
  INFO(invoice);
  CHECK(invoice.find("\"event_id\":\"e-inv\"") != std::string::npos);
  CHECK(invoice.find("\"debtor_key\":\"DR1\"") != std::string::npos);
  CHECK(invoice.find("\"schema_version\":1") != std::string::npos);
  CHECK(invoice.find("\"invoice_issued\":{") != std::string::npos);
  CHECK(invoice.find("\"amount_minor\":\"123456\"") != std::string::npos);  // int64 as a string.
  CHECK(invoice.find("\"early_payment_discount\"") != std::string::npos);
  CHECK(invoice.find("\"debtor_type\":\"DEBTOR_TYPE_B2C\"") != std::string::npos);
  CHECK(invoice.find("eventId") == std::string::npos);
  CHECK(invoice.find("invoiceIssued") == std::string::npos);
  const std::string plan = codec::EncodeJson(events[6]);
  CHECK(plan.find("\"payment_plan_agreed\"") != std::string::npos);
  CHECK(plan.find("\"instalments\":[") != std::string::npos);
  // The JSON a person would write, with proto names, decodes.
  v1::Event e;
  REQUIRE(codec::DecodeJson(R"({"event_id":"x","debtor_key":"DR1","debt_id":"D1","schema_version":1,
      "reminder_sent":{"level":2,"channel":"CHANNEL_LETTER","date":{"year":2026,"month":2,"day":7}}})",
                            &e) == "");
  CHECK(e.reminder_sent().channel() == v1::CHANNEL_LETTER);
  CHECK(e.reminder_sent().date().day() == 7);
}

TEST_CASE("decoding into a used event leaves nothing of the previous one", "[codec]") {
  const auto events = OneOfEachKind();
  v1::Event reused = events[13];  // The policy: the biggest.
  REQUIRE(codec::DecodeBinary(codec::EncodeBinary(events[4]), &reused) == "");
  CHECK(Same(reused, events[4]));
  reused = events[13];
  REQUIRE(codec::DecodeJson(codec::EncodeJson(events[4]), &reused) == "");
  CHECK(Same(reused, events[4]));
}

TEST_CASE("garbage bytes are a decode error, never a crash", "[codec]") {
  const std::vector<std::string> garbage = {
      std::string("\x0a\x05"
                  "ab",
                  4),                   // Length beyond the end.
      std::string("\x0f", 1),           // Wire type 7.
      std::string("\x00", 1),           // Field number 0.
      std::string(11, '\xff'),          // Endless varint.
      std::string("\x52\x80", 2),       // invoice_issued, cut length.
      std::string("\x0b\x0a\x01x", 4),  // Start group never ended.
  };
  for (const std::string& bytes : garbage) {
    INFO("bytes of size " << bytes.size());
    v1::Event e;
    CHECK_FALSE(codec::DecodeBinary(bytes, &e).empty());
  }
  v1::Event e;
  CHECK_FALSE(codec::DecodeBinary(std::string(kEventBytesMax + 1, '\0'), &e).empty());
}

TEST_CASE("a field the schema does not know is refused in binary as in JSON, at any depth", "[codec]") {
  const v1::Event known = Invoice("e-inv", "DR1", "D1", 123456, "2026-01-01", "2026-01-31", "EUR", v1::DEBTOR_TYPE_B2B);
  v1::Event back;
  REQUIRE(codec::DecodeBinary(codec::EncodeBinary(known), &back).empty());
  // Top level, in the payload, in a date of the payload: a newer producer's field.
  v1::Event top = known;
  top.GetReflection()->MutableUnknownFields(&top)->AddVarint(900, 1);
  v1::Event in_payload = known;
  in_payload.mutable_invoice_issued()
      ->GetReflection()
      ->MutableUnknownFields(in_payload.mutable_invoice_issued())
      ->AddLengthDelimited(901, "XPF");
  v1::Event in_date = known;
  v1::CivilDate* due = in_date.mutable_invoice_issued()->mutable_due_date();
  due->GetReflection()->MutableUnknownFields(due)->AddFixed32(902, 7);
  const std::vector<std::pair<v1::Event, std::string>> cases = {
      {top, "unknown field in protobuf Event (field number 900)"},
      {in_payload, "unknown field in protobuf Event (invoice_issued: field number 901)"},
      {in_date, "unknown field in protobuf Event (invoice_issued: due_date: field number 902)"},
  };
  for (const auto& [event, expected] : cases) {
    std::string bytes;
    REQUIRE(event.SerializeToString(&bytes));
    v1::Event decoded;
    CHECK(codec::DecodeBinary(bytes, &decoded) == expected);
    CHECK(decoded.event_id().empty());  // Nothing half-decoded is handed on.
  }
  // A known field number with another wire type (debt_id, a string, as a
  // varint): the parser keeps it as unknown, and so it is refused too.
  const int debt_id_number = v1::Event::descriptor()->FindFieldByName("debt_id")->number();
  v1::Event wrong_type = known;
  wrong_type.GetReflection()->MutableUnknownFields(&wrong_type)->AddVarint(debt_id_number, 7);
  std::string wrong_bytes;
  REQUIRE(wrong_type.SerializeToString(&wrong_bytes));
  v1::Event wrong_decoded;
  CHECK(codec::DecodeBinary(wrong_bytes, &wrong_decoded) ==
        fmt::format("unknown field in protobuf Event (field number {})", debt_id_number));
  // The JSON rule, for comparison: the same kind of record is refused.
  v1::Event from_json;
  CHECK_FALSE(
      codec::DecodeJson(R"({"event_id":"e","schema_version":1,"invoice_issued":{"xpf":"1"}})", &from_json).empty());
}

TEST_CASE("a string field with invalid UTF-8 is a binary decode error", "[codec]") {
  const QuietProtobufLog quiet;
  v1::Event e;
  e.set_event_id("e1");
  std::string bytes = e.SerializeAsString();  // 0a 02 'e' '1'
  REQUIRE(bytes.size() == 4);
  bytes[2] = '\xff';
  v1::Event back;
  CHECK_FALSE(codec::DecodeBinary(bytes, &back).empty());
}

TEST_CASE("empty bytes decode to an empty event, which the core refuses", "[codec]") {
  v1::Event e;
  REQUIRE(codec::DecodeBinary("", &e) == "");
  CHECK(e.ByteSizeLong() == 0);
  CHECK(core::ValidateEvent(e).reason == v1::REJECTION_REASON_MALFORMED);
}

TEST_CASE("random and mutated bytes never crash the binary decoder", "[codec]") {
  const QuietProtobufLog quiet;
  const unsigned long long seed = TestSeed();
  INFO("RELANCE_SEED=" << seed);
  std::mt19937_64 random(seed);
  const auto events = OneOfEachKind();
  int decoded = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string bytes;
    if (round % 2 == 0) {
      bytes.resize(random() % 64);
      for (char& c : bytes) c = static_cast<char>(random());
    } else {
      bytes = codec::EncodeBinary(events[random() % events.size()]);
      const int flips = 1 + static_cast<int>(random() % 4);
      for (int f = 0; f < flips; ++f) bytes[random() % bytes.size()] = static_cast<char>(random());
      if (random() % 3 == 0) bytes.resize(random() % bytes.size());
    }
    v1::Event e;
    if (codec::DecodeBinary(bytes, &e).empty()) {
      ++decoded;
      // Whatever decodes re-encodes and decodes to the same event.
      v1::Event again;
      REQUIRE(codec::DecodeBinary(codec::EncodeBinary(e), &again) == "");
      REQUIRE(Same(again, e));
      // And the core's validation copes with it.
      (void)core::ValidateEvent(e);
    }
  }
  CHECK(decoded >= 0);
}

TEST_CASE("broken JSON is a decode error, never a crash", "[codec]") {
  const std::vector<std::string> broken = {
      "",
      "   ",
      "{",
      "{\"event_id\": ",
      "{\"event_id\":\"e1\"",
      "not json",
      "[1,2,3]",
      "null",
      "{\"event_id\":1e400}",
      "{\"schema_version\":\"abc\"}",
      "{\"schema_version\":-1}",
      "{\"event_time_ms\":\"12x\"}",
      "{\"reminder_sent\":{\"channel\":\"CHANNEL_PIGEON\"}}",
      "{\"reminder_sent\":{\"level\":[1]}}",
      "{\"event_id\":\"e1\"} trailing",
      std::string("{\"event_id\":\"\xff\xfe\"}"),
  };
  for (const std::string& json : broken) {
    INFO("json: " << json);
    v1::Event e;
    CHECK_FALSE(codec::DecodeJson(json, &e).empty());
  }
}

TEST_CASE("JSON with an unknown field is a decode error", "[codec]") {
  for (const std::string json : {
           R"({"event_id":"e1","bogus":1})",
           R"({"event_id":"e1","invoice_issued":{"invoice_number":"7","nope":true}})",
           R"({"event_id":"e1","invoice_paid":{}})",
       }) {
    INFO("json: " << json);
    v1::Event e;
    const std::string error = codec::DecodeJson(json, &e);
    CHECK_FALSE(error.empty());
  }
}

TEST_CASE("an event above the size limit is refused by both decoders", "[codec]") {
  v1::Event e;
  const std::string big(kEventBytesMax + 1, ' ');
  CHECK_FALSE(codec::DecodeJson(big, &e).empty());
  CHECK_FALSE(codec::DecodeBinary(big, &e).empty());
}

TEST_CASE("formats by name and by path", "[codec]") {
  CHECK(codec::ParseFormat("jsonl") == codec::Format::kJsonLines);
  CHECK(codec::ParseFormat("json") == codec::Format::kJsonLines);
  CHECK(codec::ParseFormat("pb") == codec::Format::kBinary);
  CHECK(codec::ParseFormat("binary") == codec::Format::kBinary);
  CHECK_FALSE(codec::ParseFormat("xml").has_value());
  CHECK_FALSE(codec::ParseFormat("").has_value());
  CHECK(codec::FormatForPath("events.jsonl") == codec::Format::kJsonLines);
  CHECK(codec::FormatForPath("/a/b/events.json") == codec::Format::kJsonLines);
  CHECK(codec::FormatForPath("events.pb") == codec::Format::kBinary);
  CHECK(codec::FormatForPath("events") == codec::Format::kBinary);
  CHECK(codec::FormatForPath("jsonl") == codec::Format::kBinary);
}

// ------------------------------------------------------------------ log files

// 1,000 events cycling through the kinds, each with its own id.
std::vector<v1::Event> ThousandEvents() {
  const auto kinds = OneOfEachKind();
  std::vector<v1::Event> events;
  for (int i = 0; i < 1000; ++i) {
    v1::Event e = kinds[static_cast<std::size_t>(i) % kinds.size()];
    e.set_event_id("evt-" + std::to_string(i));
    e.set_event_time_ms(1767225600000 + i);
    events.push_back(std::move(e));
  }
  return events;
}

void WriteLog(const std::string& path, codec::Format format, const std::vector<v1::Event>& events) {
  std::string error;
  auto writer = codec::LogWriter::Open(path, format, &error);
  REQUIRE(writer != nullptr);
  for (const auto& e : events) writer->Write(e);
  REQUIRE(writer->Close());
}

// Every record of a log up to its end or a broken frame, decoded; fails the
// test on a decode error. *broken: the broken frame's error, "" at a clean end.
std::vector<v1::Event> ReadLog(const std::string& path, codec::Format format, std::string* broken) {
  std::string error;
  auto reader = codec::LogReader::Open(path, format, &error);
  REQUIRE(reader != nullptr);
  CHECK(reader->format() == format);
  std::vector<v1::Event> events;
  codec::LogRecord record;
  bool end = false;
  for (;;) {
    const Status read = reader->Next(&record, &end);
    if (!read.ok()) {
      CHECK(read.code() == Status::Code::kCorruption);
      *broken = read.message();
      return events;
    }
    if (end) break;
    REQUIRE(record.index == events.size());
    v1::Event e;
    INFO("record " << record.index);
    REQUIRE(reader->Decode(record, &e) == "");
    events.push_back(std::move(e));
  }
  broken->clear();
  return events;
}

// Reads the next record, which must be there.
codec::LogRecord NextRecord(codec::LogReader& reader) {
  codec::LogRecord record;
  bool end = false;
  const Status read = reader.Next(&record, &end);
  INFO(read.ToString());
  REQUIRE(read.ok());
  REQUIRE_FALSE(end);
  return record;
}

// True at the clean end of the file.
bool AtEnd(codec::LogReader& reader) {
  codec::LogRecord record;
  bool end = false;
  const Status read = reader.Next(&record, &end);
  INFO(read.ToString());
  REQUIRE(read.ok());
  return end;
}

TEST_CASE("a log of 1,000 events round-trips in both formats", "[codec]") {
  const auto events = ThousandEvents();
  TempDir dir;
  for (const codec::Format format : {codec::Format::kJsonLines, codec::Format::kBinary}) {
    const std::string path = dir.Sub(format == codec::Format::kJsonLines ? "log.jsonl" : "log.pb");
    INFO(path);
    WriteLog(path, format, events);
    std::string broken = "not read";
    const auto back = ReadLog(path, format, &broken);
    CHECK(broken.empty());
    REQUIRE(back.size() == events.size());
    int different = 0;
    for (std::size_t i = 0; i < events.size(); ++i) different += Same(back[i], events[i]) ? 0 : 1;
    CHECK(different == 0);
  }
}

// Every record of `reader` until its end or a broken frame, as "index offset
// length bytes" lines, then the way it ended.
std::string Records(codec::LogReader& reader) {
  std::string out;
  for (;;) {
    codec::LogRecord record;
    bool end = false;
    const Status read = reader.Next(&record, &end);
    if (!read.ok()) return out + read.ToString();
    if (end) return out + "end at byte " + std::to_string(reader.bytes_read());
    out += fmt::format("{} {} {} {}\n", record.index, record.byte_offset, record.length_bytes, record.bytes);
  }
}

TEST_CASE("a log in memory reads the same through a buffer of any size", "[codec]") {
  const auto events = ThousandEvents();
  TempDir dir;
  for (const codec::Format format : {codec::Format::kJsonLines, codec::Format::kBinary}) {
    const std::string path = dir.Sub(format == codec::Format::kJsonLines ? "log.jsonl" : "log.pb");
    INFO(path);
    WriteLog(path, format, events);
    std::ifstream in(path, std::ios::binary);
    const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Whole, and cut inside its last record (a broken frame in pb).
    for (const std::string& bytes : {file, file.substr(0, file.size() - 5)}) {
      const std::string expected = Records(*codec::LogReader::FromMemory(bytes, "log", format));
      CHECK(expected.find(format == codec::Format::kJsonLines || bytes.size() == file.size()
                              ? "end at byte " + std::to_string(bytes.size())
                              : "log: broken frame at byte") != std::string::npos);
      for (const std::size_t read_bytes : {1, 2, 3, 7, 64, 4096}) {
        INFO(bytes.size() << " bytes read " << read_bytes << " at a time");
        CHECK(Records(*codec::LogReader::FromMemory(bytes, "log", format, read_bytes)) == expected);
      }
    }
  }
}

TEST_CASE("the binary log is protobuf's delimited format", "[codec]") {
  const auto events = OneOfEachKind();
  TempDir dir;
  const std::string path = dir.Sub("log.pb");
  WriteLog(path, codec::Format::kBinary, {events[0], events[1]});
  std::ifstream in(path, std::ios::binary);
  const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string first = events[0].SerializeAsString();
  const std::string second = events[1].SerializeAsString();
  REQUIRE(first.size() < 128);
  REQUIRE(second.size() < 128);
  CHECK(file == std::string(1, static_cast<char>(first.size())) + first +
                    std::string(1, static_cast<char>(second.size())) + second);
}

TEST_CASE("blank lines in a jsonl log are skipped", "[codec]") {
  const auto events = OneOfEachKind();
  TempDir dir;
  const std::string path = dir.Sub("blank.jsonl");
  {
    std::ofstream out(path, std::ios::binary);
    out << "\n\n"
        << codec::EncodeJson(events[0]) << "\n\n\r\n"
        << codec::EncodeJson(events[1]) << "\r\n\n"
        << codec::EncodeJson(events[2]);  // No final newline.
  }
  std::string broken = "not read";
  const auto back = ReadLog(path, codec::Format::kJsonLines, &broken);
  CHECK(broken.empty());
  REQUIRE(back.size() == 3);
  CHECK(Same(back[0], events[0]));
  CHECK(Same(back[1], events[1]));
  CHECK(Same(back[2], events[2]));
}

TEST_CASE("a bad record is reported and the next one still read", "[codec]") {
  const auto events = OneOfEachKind();
  TempDir dir;
  for (const codec::Format format : {codec::Format::kJsonLines, codec::Format::kBinary}) {
    const std::string path = dir.Sub(format == codec::Format::kJsonLines ? "bad.jsonl" : "bad.pb");
    std::string error;
    {
      auto writer = codec::LogWriter::Open(path, format, &error);
      REQUIRE(writer != nullptr);
      writer->Write(events[0]);
      writer->WriteRaw(format == codec::Format::kJsonLines ? "{broken"
                                                           : std::string("\x0a\x05"
                                                                         "ab",
                                                                         4));
      writer->Write(events[1]);
      REQUIRE(writer->Close());
    }
    auto reader = codec::LogReader::Open(path, format, &error);
    REQUIRE(reader != nullptr);
    v1::Event e;
    CHECK(reader->Decode(NextRecord(*reader), &e) == "");
    const codec::LogRecord bad = NextRecord(*reader);
    CHECK(bad.index == 1);
    CHECK_FALSE(reader->Decode(bad, &e).empty());
    const codec::LogRecord good = NextRecord(*reader);
    CHECK(good.index == 2);
    REQUIRE(reader->Decode(good, &e) == "");
    CHECK(Same(e, events[1]));
    CHECK(AtEnd(*reader));
  }
}

// The bytes of a log file.
std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void AppendBytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::app) << bytes;
}

// An event whose encoding is above kEventBytesMax, yet a valid protobuf.
v1::Event OversizeEvent(const std::string& event_id) {
  v1::Event e = Invoice(event_id, "DR1", "D-big", 1000, "2026-01-01", "2026-01-31");
  e.mutable_invoice_issued()->set_debtor_name(std::string(kEventBytesMax, 'N'));
  return e;
}

TEST_CASE("an oversize record in a binary log is reported with its index, and the next records are read", "[codec]") {
  const auto events = OneOfEachKind();
  TempDir dir;
  const std::string path = dir.Sub("big.pb");
  const std::string huge(3 * kEventBytesMax + 7, 'y');  // Longer than the reader's buffer.
  {
    std::string error;
    auto writer = codec::LogWriter::Open(path, codec::Format::kBinary, &error);
    REQUIRE(writer != nullptr);
    writer->Write(events[0]);
    writer->Write(OversizeEvent("e-big"));
    writer->Write(events[1]);
    writer->WriteRaw(huge);
    writer->WriteRaw(std::string(kEventBytesMax, 'z'));  // At the limit: read, then refused by the decoder.
    writer->Write(events[2]);
    REQUIRE(writer->Close());
  }
  const std::uint64_t first_bytes = 1 + events[0].ByteSizeLong();
  const std::uint64_t big_bytes = OversizeEvent("e-big").ByteSizeLong();
  REQUIRE(big_bytes > kEventBytesMax);
  std::string error;
  auto reader = codec::LogReader::Open(path, codec::Format::kBinary, &error);
  REQUIRE(reader != nullptr);
  v1::Event e;
  REQUIRE(reader->Decode(NextRecord(*reader), &e) == "");
  CHECK(Same(e, events[0]));

  const codec::LogRecord big = NextRecord(*reader);
  CHECK(big.index == 1);
  CHECK(big.byte_offset == first_bytes);
  CHECK(big.length_bytes == big_bytes);
  CHECK(big.oversize);
  CHECK(big.bytes.empty());
  CHECK_THAT(reader->Decode(big, &e),
             Catch::Contains("above the event limit") &&
                 Catch::Contains(std::to_string(big_bytes) + " bytes at byte " + std::to_string(first_bytes)));

  const codec::LogRecord after = NextRecord(*reader);
  CHECK(after.index == 2);
  CHECK(after.byte_offset == first_bytes + 3 + big_bytes);  // A 3-byte varint for about 1 MiB.
  REQUIRE(reader->Decode(after, &e) == "");
  CHECK(Same(e, events[1]));

  const codec::LogRecord skipped = NextRecord(*reader);
  CHECK(skipped.index == 3);
  CHECK(skipped.oversize);
  CHECK(skipped.length_bytes == huge.size());

  const codec::LogRecord at_limit = NextRecord(*reader);
  CHECK(at_limit.index == 4);
  CHECK_FALSE(at_limit.oversize);
  CHECK(at_limit.bytes == std::string(kEventBytesMax, 'z'));

  REQUIRE(reader->Decode(NextRecord(*reader), &e) == "");
  CHECK(Same(e, events[2]));
  CHECK(AtEnd(*reader));
  CHECK(reader->bytes_read() == std::filesystem::file_size(path));
}

TEST_CASE("an oversize line in a jsonl log is reported with its index, and the next lines are read", "[codec]") {
  const auto events = OneOfEachKind();
  TempDir dir;
  const std::string path = dir.Sub("big.jsonl");
  const std::string first = codec::EncodeJson(events[0]);
  const std::string big = codec::EncodeJson(OversizeEvent("e-big"));
  const std::string huge(3 * kEventBytesMax, ' ');  // Blank, but too long to look at: a record.
  {
    std::ofstream out(path, std::ios::binary);
    out << first << "\n\n"
        << big << "\r\n"
        << codec::EncodeJson(events[1]) << "\n"
        << huge << "\n"
        << std::string(kEventBytesMax, 'z') << "\r\n"  // At the limit: read, then refused by the decoder.
        << codec::EncodeJson(events[2]) << "\n"
        << big;  // The last line, without a newline.
  }
  std::string error;
  auto reader = codec::LogReader::Open(path, codec::Format::kJsonLines, &error);
  REQUIRE(reader != nullptr);
  v1::Event e;
  REQUIRE(reader->Decode(NextRecord(*reader), &e) == "");

  const codec::LogRecord oversize = NextRecord(*reader);
  CHECK(oversize.index == 1);
  CHECK(oversize.byte_offset == first.size() + 2);
  CHECK(oversize.length_bytes == big.size());
  CHECK(oversize.oversize);
  CHECK(oversize.bytes.empty());
  CHECK_THAT(reader->Decode(oversize, &e), Catch::Contains("above the event limit"));

  const codec::LogRecord after = NextRecord(*reader);
  CHECK(after.index == 2);
  CHECK(after.byte_offset == first.size() + 2 + big.size() + 2);
  REQUIRE(reader->Decode(after, &e) == "");
  CHECK(Same(e, events[1]));

  const codec::LogRecord blank = NextRecord(*reader);
  CHECK(blank.index == 3);
  CHECK(blank.oversize);
  CHECK(blank.length_bytes == huge.size());

  const codec::LogRecord at_limit = NextRecord(*reader);
  CHECK_FALSE(at_limit.oversize);
  CHECK(at_limit.bytes.size() == kEventBytesMax);

  REQUIRE(reader->Decode(NextRecord(*reader), &e) == "");
  CHECK(Same(e, events[2]));
  const codec::LogRecord last = NextRecord(*reader);
  CHECK(last.index == 6);
  CHECK(last.oversize);
  CHECK(last.length_bytes == big.size());
  CHECK(AtEnd(*reader));
}

TEST_CASE("a broken frame in a binary log is an error naming its byte offset and record index", "[codec]") {
  const auto events = OneOfEachKind();
  TempDir dir;
  const std::string path = dir.Sub("cut.pb");
  WriteLog(path, codec::Format::kBinary, {events[0], events[1], events[2]});
  const auto size = std::filesystem::file_size(path);
  REQUIRE(events[2].ByteSizeLong() < 128);  // A one-byte length prefix.
  const std::uint64_t last_offset = size - 1 - events[2].ByteSizeLong();
  const std::string at_last = "cut.pb: broken frame at byte " + std::to_string(last_offset) + " (record 2): ";
  const std::string at_end = "cut.pb: broken frame at byte " + std::to_string(size) + " (record 3): ";
  std::string broken;

  SECTION("cut inside the last record") {
    std::filesystem::resize_file(path, size - 3);
    const auto back = ReadLog(path, codec::Format::kBinary, &broken);
    CHECK_THAT(broken, Catch::Contains(at_last) && Catch::Contains("the file ends"));
    REQUIRE(back.size() == 2);
    CHECK(Same(back[1], events[1]));
  }
  SECTION("cut right after the last length prefix") {
    std::filesystem::resize_file(path, size - events[2].ByteSizeLong());
    CHECK(ReadLog(path, codec::Format::kBinary, &broken).size() == 2);
    CHECK_THAT(broken, Catch::Contains(at_last) && Catch::Contains("the file ends 0 bytes after it"));
  }
  SECTION("cut inside a length prefix") {
    AppendBytes(path, "\x80");
    CHECK(ReadLog(path, codec::Format::kBinary, &broken).size() == 3);
    CHECK_THAT(broken, Catch::Contains(at_end) && Catch::Contains("inside the length prefix"));
  }
  SECTION("an oversize length that runs past the end of the file") {
    AppendBytes(path, std::string("\x80\x80\x80\x01", 4) + std::string(100, 'x'));  // 2 MiB declared.
    CHECK(ReadLog(path, codec::Format::kBinary, &broken).size() == 3);
    CHECK_THAT(broken, Catch::Contains(at_end) && Catch::Contains("says 2097152 bytes, the file ends 100 bytes"));
  }
  SECTION("a length prefix above the hard cap on a record") {
    AppendBytes(path, std::string("\xff\xff\xff\x7f", 4) + std::string(100, 'x'));
    CHECK(ReadLog(path, codec::Format::kBinary, &broken).size() == 3);
    CHECK_THAT(broken, Catch::Contains(at_end) && Catch::Contains("above the " + std::to_string(kLogRecordBytesMax)));
  }
  SECTION("a length prefix that does not end within 10 bytes") {
    AppendBytes(path, std::string(11, '\x80') + "\x01");
    CHECK(ReadLog(path, codec::Format::kBinary, &broken).size() == 3);
    CHECK_THAT(broken, Catch::Contains(at_end) && Catch::Contains("does not end within 10 bytes"));
  }
  SECTION("a length prefix that overflows 64 bits") {
    AppendBytes(path, std::string(9, '\x80') + "\x02");
    CHECK(ReadLog(path, codec::Format::kBinary, &broken).size() == 3);
    CHECK_THAT(broken, Catch::Contains(at_end) && Catch::Contains("overflows 64 bits"));
  }
  SECTION("a broken frame in the middle: the records after it are not read, every call says so") {
    const std::string bytes = FileBytes(path);
    const std::uint64_t second_offset = 1 + events[0].ByteSizeLong();
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        << bytes.substr(0, second_offset) << std::string(10, '\xff') << bytes.substr(second_offset);
    std::string error;
    auto reader = codec::LogReader::Open(path, codec::Format::kBinary, &error);
    REQUIRE(reader != nullptr);
    CHECK(NextRecord(*reader).index == 0);
    codec::LogRecord record;
    bool end = false;
    for (int call = 0; call < 2; ++call) {
      const Status read = reader->Next(&record, &end);
      CHECK(read.code() == Status::Code::kCorruption);
      CHECK_THAT(read.message(),
                 Catch::Contains("broken frame at byte " + std::to_string(second_offset) + " (record 1)"));
      CHECK_FALSE(end);
    }
  }
  SECTION("not cut: a clean end") {
    CHECK(ReadLog(path, codec::Format::kBinary, &broken).size() == 3);
    CHECK(broken.empty());
  }
}

TEST_CASE("empty logs and missing files", "[codec]") {
  TempDir dir;
  for (const codec::Format format : {codec::Format::kJsonLines, codec::Format::kBinary}) {
    const std::string path = dir.Sub("empty");
    WriteLog(path, format, {});
    std::string broken = "not read";
    CHECK(ReadLog(path, format, &broken).empty());
    CHECK(broken.empty());
  }
  std::string error;
  CHECK(codec::LogReader::Open(dir.Sub("missing.pb"), codec::Format::kBinary, &error) == nullptr);
  CHECK_FALSE(error.empty());
  error.clear();
  CHECK(codec::LogWriter::Open(dir.Sub("no/such/dir/log.pb"), codec::Format::kBinary, &error) == nullptr);
  CHECK_FALSE(error.empty());
}

}  // namespace
}  // namespace relance::testing

// Dead letters that always fit (engine/kafka/dead_letter.h) and the limits
// they are cut to (engine/kafka/produce_limits.h): whatever the original's
// size, a dead letter weighs at most the bound it is given, keeps the
// original's beginning, key and origin, and says in headers how big the
// original was and what its SHA-256 is.
#include "engine/kafka/dead_letter.h"

#include <librdkafka/rdkafkacpp.h>

#include <catch2/catch.hpp>
#include <memory>
#include <optional>
#include <string>

#include "engine/core/limits.h"
#include "engine/kafka/produce_limits.h"
#include "engine/kafka/topics.h"
#include "engine/store/sha256.h"
#include "tests/support/prng.h"
#include "tests/support/temp_dir.h"

namespace relance::kafka {
namespace {

using testing::Prng;

// The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
constexpr char kAbcSha256[] = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

std::optional<std::string> HeaderOf(const v1::OutboxRecord& record, std::string_view name) {
  std::optional<std::string> found;
  for (const auto& h : record.headers()) {
    if (h.name() == name) found = h.value();
  }
  return found;
}

std::string RandomBytes(std::uint64_t seed, std::size_t size) {
  Prng rng(seed);
  std::string bytes(size, '\0');
  for (char& c : bytes) c = static_cast<char>(rng.Below(256));
  return bytes;
}

// Whether `text` is valid UTF-8 (no cut sequence, no stray continuation byte).
bool ValidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xE  ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

DeadLetterSource Source(std::string_view value, std::optional<std::string_view> key = "DR-1") {
  DeadLetterSource source;
  source.topic = kEventsTopic;
  source.partition = 3;
  source.offset = 12'345;
  source.key = key;
  source.value = value;
  source.content_type = kContentTypeJson;
  return source;
}

TEST_CASE("Sha256Hex matches the FIPS test vector", "[kafka][dead-letter]") {
  CHECK(store::Sha256Hex("abc") == kAbcSha256);
}

TEST_CASE("a dead letter that fits keeps the original key and bytes whole, with their size and hash",
          "[kafka][dead-letter]") {
  const v1::OutboxRecord record =
      MakeDeadLetter(Source("abc"), v1::REJECTION_REASON_MALFORMED, "not an event", kProducerMessageBytesDefault);
  CHECK(record.topic() == kRejectedTopic);
  CHECK(record.id() == "relance.events/3/12345/rejected");
  CHECK(record.key() == "DR-1");
  CHECK(record.value() == "abc");
  CHECK(HeaderOf(record, kReasonHeader) == "REJECTION_REASON_MALFORMED");
  CHECK(HeaderOf(record, kDetailHeader) == "not an event");
  CHECK(HeaderOf(record, kSourceTopicHeader) == kEventsTopic);
  CHECK(HeaderOf(record, kSourcePartitionHeader) == "3");
  CHECK(HeaderOf(record, kSourceOffsetHeader) == "12345");
  CHECK(HeaderOf(record, kContentTypeHeader) == kContentTypeJson);
  CHECK(HeaderOf(record, kOriginalSizeHeader) == "3");
  CHECK(HeaderOf(record, kOriginalSha256Header) == kAbcSha256);
  CHECK_FALSE(HeaderOf(record, kTruncatedHeader));
  CHECK_FALSE(HeaderOf(record, kOriginalKeySizeHeader));
}

TEST_CASE("a dead letter of a megabyte is cut to its bound, key and headers counted", "[kafka][dead-letter]") {
  const std::uint64_t seed = testing::TestSeed();
  INFO("seed " << seed << " (RELANCE_SEED=" << seed << " replays this run)");
  const std::string original = RandomBytes(seed, 1'000'000);
  const std::string hash = store::Sha256Hex(original);
  for (const std::size_t bound :
       {std::size_t{4'096}, std::size_t{65'536}, std::size_t{524'288}, std::size_t{999'999}, std::size_t{1'000'000}}) {
    INFO("bound " << bound);
    const v1::OutboxRecord record =
        MakeDeadLetter(Source(original), v1::REJECTION_REASON_MALFORMED, "bad wire type", bound);
    CHECK(RecordWireBytes(record) <= bound);
    // Nearly all the room goes to the value: only the truncation flag's
    // reserve can be left over.
    CHECK(RecordWireBytes(record) + HeaderWireBytes(kTruncatedHeader, "true") >= bound);
    CHECK(record.value().size() < original.size());
    CHECK(record.value() == original.substr(0, record.value().size()));
    CHECK(record.key() == "DR-1");
    CHECK(HeaderOf(record, kTruncatedHeader) == "true");
    CHECK(HeaderOf(record, kOriginalSizeHeader) == "1000000");
    CHECK(HeaderOf(record, kOriginalSha256Header) == hash);
  }
}

TEST_CASE("a bound smaller than a dead letter's headers leaves its value empty", "[kafka][dead-letter]") {
  const v1::OutboxRecord record = MakeDeadLetter(Source("some bytes"), v1::REJECTION_REASON_MALFORMED, "x", 100);
  CHECK(record.value().empty());
  CHECK(HeaderOf(record, kTruncatedHeader) == "true");
  CHECK(HeaderOf(record, kOriginalSizeHeader) == "10");
}

TEST_CASE("a key beyond its bound is cut, its size and hash in headers, no key stays no key", "[kafka][dead-letter]") {
  const std::string key(kDeadLetterKeyBytesMax + 1, 'k');
  const v1::OutboxRecord cut = MakeDeadLetter(Source("abc", key), v1::REJECTION_REASON_MALFORMED, "x", 1'000'000);
  CHECK(cut.key() == key.substr(0, kDeadLetterKeyBytesMax));
  CHECK(cut.value() == "abc");
  CHECK(HeaderOf(cut, kTruncatedHeader) == "true");
  CHECK(HeaderOf(cut, kOriginalKeySizeHeader) == std::to_string(key.size()));
  CHECK(HeaderOf(cut, kOriginalKeySha256Header) == store::Sha256Hex(key));
  // A valid debtor key is never cut.
  const std::string longest_id(kIdLengthMax, 'd');
  CHECK(MakeDeadLetter(Source("abc", longest_id), v1::REJECTION_REASON_MALFORMED, "x", 1'000'000).key() == longest_id);
  const v1::OutboxRecord keyless =
      MakeDeadLetter(Source("abc", std::nullopt), v1::REJECTION_REASON_MALFORMED, "x", 1'000'000);
  CHECK(keyless.key().empty());
  CHECK_FALSE(HeaderOf(keyless, kTruncatedHeader));
}

TEST_CASE("a long detail is cut on a UTF-8 boundary, saying how long it was", "[kafka][dead-letter]") {
  // "é" is two bytes: a cut at any byte count lands between characters or inside one.
  std::string detail;
  while (detail.size() < 3 * kDeadLetterDetailBytesMax) detail += "é";
  for (std::size_t bytes_max = kCutMarkerBytesMax; bytes_max < kCutMarkerBytesMax + 4; ++bytes_max) {
    const std::string bounded = BoundedText("x" + detail, bytes_max + 100);
    CHECK(bounded.size() <= bytes_max + 100);
    CHECK(ValidUtf8(bounded));
    CHECK_THAT(bounded, Catch::EndsWith(" [cut: " + std::to_string(detail.size() + 1) + " bytes]"));
  }
  const v1::OutboxRecord record = MakeDeadLetter(Source("abc"), v1::REJECTION_REASON_MALFORMED, detail, 1'000'000);
  const std::string header = HeaderOf(record, kDetailHeader).value_or("");
  CHECK(header.size() <= kDeadLetterDetailBytesMax);
  CHECK(ValidUtf8(header));
  CHECK(BoundedText("short", kCutMarkerBytesMax) == "short");
}

TEST_CASE("produce limits: the producer's and the topics', and batches kept under what was described",
          "[kafka][dead-letter]") {
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  ProduceLimits defaults;
  REQUIRE(ReadProducerLimits(*conf, &defaults).ok());
  CHECK(defaults.producer_message_bytes == kProducerMessageBytesDefault);
  CHECK(defaults.producer_batch_bytes == kProducerBatchBytesDefault);

  std::string error;
  REQUIRE(conf->set("message.max.bytes", "2000000", error) == RdKafka::Conf::CONF_OK);
  REQUIRE(conf->set("batch.size", "900000", error) == RdKafka::Conf::CONF_OK);
  ProduceLimits limits;
  REQUIRE(ReadProducerLimits(*conf, &limits).ok());
  CHECK(limits.producer_message_bytes == 2'000'000);
  CHECK(limits.producer_batch_bytes == 900'000);
  CHECK(limits.RecordBytesMax("never.asked") == 2'000'000);
  limits.topic_message_bytes[kRejectedTopic] = kTopicMessageBytesFallback;
  limits.topic_message_bytes[kActionsTopic] = 1'048'588;
  CHECK(limits.RecordBytesMax(kRejectedTopic) == kTopicMessageBytesFallback);
  CHECK(limits.RecordBytesMax(kActionsTopic) == 1'048'588);
  // A fallback is a guess: it does not shrink batches.
  CHECK(limits.BatchBytesMax() == 900'000);
  limits.topic_message_bytes[kTransitionsTopic] = 100'000;
  limits.described.insert(kTransitionsTopic);
  CHECK(limits.BatchBytesMax() == 100'000 - static_cast<std::int64_t>(kRecordFramingBytes));
}

}  // namespace
}  // namespace relance::kafka

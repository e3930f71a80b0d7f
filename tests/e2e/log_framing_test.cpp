// `relance replay` of logs with an oversize record or a broken frame, as a
// user runs it (the LogReader rules, engine/codec/event_codec.h): an oversize
// record is a MALFORMED rejection and the replay goes on, in both formats; a
// broken frame fails the replay loudly with its byte offset and record index,
// after committing what precedes it, and again on every rerun until the log
// is repaired, when the replay resumes right after what it committed.
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/limits.h"
#include "tests/e2e/cli_process.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;
constexpr int kDebtors = 200;
constexpr int kDays = 30;

// The records of a generated portfolio, raw.
std::vector<std::string> GeneratedRecords(const TempDir& dir, codec::Format format) {
  const bool json = format == codec::Format::kJsonLines;
  const std::string path = dir.Sub(json ? "generated.jsonl" : "generated.pb");
  const CliResult gen = RunCli({kCli, "gen", "--debtors", std::to_string(kDebtors), "--days", std::to_string(kDays),
                                "--format", json ? "jsonl" : "pb", "--out", path},
                               dir.Sub(json ? "gen-json" : "gen-pb"));
  INFO(gen.out << gen.err);
  REQUIRE(gen.exit_code == 0);
  std::string error;
  auto reader = codec::LogReader::Open(path, format, &error);
  INFO(error);
  REQUIRE(reader);
  std::vector<std::string> records;
  codec::LogRecord record;
  bool end = false;
  for (;;) {
    const Status read = reader->Next(&record, &end);
    INFO(read.ToString());
    REQUIRE(read.ok());
    if (end) break;
    records.push_back(record.bytes);
  }
  REQUIRE(records.size() > 100);
  return records;
}

// Writes `records` as a log; returns the byte offset of each record.
std::vector<std::uint64_t> WriteRecords(const std::string& path, codec::Format format,
                                        const std::vector<std::string>& records) {
  std::string error;
  auto writer = codec::LogWriter::Open(path, format, &error);
  INFO(error);
  REQUIRE(writer);
  for (const std::string& record : records) writer->WriteRaw(record);
  REQUIRE(writer->Close());
  // Read back to learn where each record starts, as the reader reports it.
  auto reader = codec::LogReader::Open(path, format, &error);
  REQUIRE(reader);
  std::vector<std::uint64_t> offsets;
  codec::LogRecord record;
  bool end = false;
  while (reader->Next(&record, &end).ok() && !end) offsets.push_back(record.byte_offset);
  REQUIRE(offsets.size() == records.size());
  return offsets;
}

// A valid event whose encoding is above kEventBytesMax.
std::string OversizeRecord(codec::Format format, const std::string& event_id) {
  v1::Event e = Invoice(event_id, "DR-000001", "D-" + event_id, 10'000, "2025-01-02", "2025-02-01");
  e.mutable_invoice_issued()->set_debtor_name(std::string(kEventBytesMax, 'N'));
  return format == codec::Format::kBinary ? codec::EncodeBinary(e) : codec::EncodeJson(e);
}

CliResult Replay(const std::string& log, const std::string& db, const std::string& scratch) {
  return RunCli({kCli, "replay", "--input", log, "--db", db}, scratch);
}

std::uint64_t Malformed(const CliResult& result) {
  return CountOf(result.out, "rejected REJECTION_REASON_MALFORMED\\s+(\\d+)");
}

TEST_CASE("relance replay rejects oversize records as malformed and applies every record after them", "[e2e]") {
  TempDir dir;
  for (const auto format : {codec::Format::kBinary, codec::Format::kJsonLines}) {
    const std::string tag = format == codec::Format::kBinary ? "pb" : "jsonl";
    CAPTURE(tag);
    const std::vector<std::string> records = GeneratedRecords(dir, format);
    // One oversize record early (the first rejection, so it is logged) and
    // one in the middle.
    const std::size_t middle = records.size() / 2;
    std::vector<std::string> with_oversize = records;
    with_oversize.insert(with_oversize.begin() + static_cast<long>(middle), OversizeRecord(format, "big-2"));
    with_oversize.insert(with_oversize.begin() + 1, OversizeRecord(format, "big-1"));
    const std::string clean = dir.Sub("clean." + tag), dirty = dir.Sub("dirty." + tag);
    WriteRecords(clean, format, records);
    const std::vector<std::uint64_t> offsets = WriteRecords(dirty, format, with_oversize);

    const CliResult expected = Replay(clean, dir.Sub(tag + "-clean-db"), dir.Sub(tag + "-clean"));
    const CliResult got = Replay(dirty, dir.Sub(tag + "-dirty-db"), dir.Sub(tag + "-dirty"));
    INFO(got.out << got.err);
    REQUIRE(expected.exit_code == 0);
    REQUIRE(got.exit_code == 0);
    CHECK(CountOf(got.out, "records: (\\d+) read") == records.size() + 2);
    CHECK(CountOf(got.out, "applied: (\\d+)") == CountOf(expected.out, "applied: (\\d+)"));
    CHECK(Malformed(got) == Malformed(expected) + 2);
    CHECK(DigestOf(got.out) == DigestOf(expected.out));
    CHECK(DigestOf(got.out).size() == 64);
    CHECK_THAT(got.err, Catch::Contains("rejected offset=1 event_id=\"\" reason=REJECTION_REASON_MALFORMED") &&
                            Catch::Contains("bytes at byte " + std::to_string(offsets[1]) +
                                            ", above the event limit of " + std::to_string(kEventBytesMax)));

    // The cursor remembers an oversize record like any other: a rerun skips all.
    const CliResult rerun = Replay(dirty, dir.Sub(tag + "-dirty-db"), dir.Sub(tag + "-rerun"));
    INFO(rerun.out << rerun.err);
    CHECK(rerun.exit_code == 0);
    CHECK_THAT(rerun.out, Catch::Contains("records: 0 read, " + std::to_string(records.size() + 2) + " skipped"));
    CHECK(DigestOf(rerun.out) == DigestOf(expected.out));
  }
}

TEST_CASE(
    "relance replay fails at a corrupt length prefix naming its byte offset, commits what precedes it, and "
    "resumes once the log is repaired",
    "[e2e]") {
  TempDir dir;
  const std::vector<std::string> records = GeneratedRecords(dir, codec::Format::kBinary);
  const std::string clean = dir.Sub("clean.pb");
  const std::vector<std::uint64_t> offsets = WriteRecords(clean, codec::Format::kBinary, records);
  const CliResult expected = Replay(clean, dir.Sub("clean-db"), dir.Sub("clean"));
  REQUIRE(expected.exit_code == 0);

  // Ten bytes that all say "more to come": no length prefix ends there.
  const std::size_t middle = records.size() / 2;
  const std::string bytes = ReadFile(clean);
  const std::string broken = dir.Sub("broken.pb");
  std::ofstream(broken, std::ios::binary)
      << bytes.substr(0, offsets[middle]) << std::string(10, '\xff') << bytes.substr(offsets[middle]);
  const std::string where = "broken frame at byte " + std::to_string(offsets[middle]) + " (record " +
                            std::to_string(middle) + "): the length prefix does not end within 10 bytes";

  const std::string db = dir.Sub("db");
  const CliResult first = Replay(broken, db, dir.Sub("first"));
  INFO(first.out << first.err);
  CHECK(first.exit_code == 1);
  CHECK_THAT(first.err,
             Catch::Contains("relance: replay: corruption: " + broken + ": " + where) &&
                 Catch::Contains("the " + std::to_string(middle) + " records before it are replayed and committed"));
  CHECK(CountOf(first.out, "records: (\\d+) read") == middle);
  CHECK(DigestOf(first.out).empty());  // No digest of a replay that did not finish.

  // Not repaired: the same failure, nothing new applied.
  const CliResult again = Replay(broken, db, dir.Sub("again"));
  INFO(again.out << again.err);
  CHECK(again.exit_code == 1);
  CHECK_THAT(again.err, Catch::Contains(where));
  CHECK_THAT(again.out, Catch::Contains("records: 0 read, " + std::to_string(middle) + " skipped"));

  // Repaired (the ten bytes removed): resumes after the committed records,
  // to the state of an uninterrupted replay.
  const CliResult repaired = Replay(clean, db, dir.Sub("repaired"));
  INFO(repaired.out << repaired.err);
  CHECK(repaired.exit_code == 0);
  CHECK_THAT(repaired.out, Catch::Contains("records: " + std::to_string(records.size() - middle) + " read, " +
                                           std::to_string(middle) + " skipped"));
  CHECK(DigestOf(repaired.out) == DigestOf(expected.out));
}

TEST_CASE("relance replay of a binary log cut inside its last record fails naming the record, every time", "[e2e]") {
  TempDir dir;
  const std::vector<std::string> records = GeneratedRecords(dir, codec::Format::kBinary);
  const std::string log = dir.Sub("cut.pb");
  const std::vector<std::uint64_t> offsets = WriteRecords(log, codec::Format::kBinary, records);
  std::filesystem::resize_file(log, std::filesystem::file_size(log) - 3);
  const std::size_t last = records.size() - 1;
  const std::string where = "broken frame at byte " + std::to_string(offsets[last]) + " (record " +
                            std::to_string(last) + "): the length prefix says " + std::to_string(records[last].size()) +
                            " bytes, the file ends " + std::to_string(records[last].size() - 3) + " bytes after it";
  const std::string db = dir.Sub("db");
  for (const char* run : {"first", "again"}) {
    const CliResult result = Replay(log, db, dir.Sub(run));
    INFO(run << ": " << result.out << result.err);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains(where));
  }
}

}  // namespace
}  // namespace relance::testing

// The Kafka subcommands of the `relance` binary as a user runs them:
// `relance mock-kafka` in the background printing its bootstrap line,
// `relance publish` and `relance tick` against it, and SIGTERM ending it with
// exit code 0; bad settings give clear errors and exit code 2; a log with an
// oversize record or a broken frame gives a non-zero exit naming where.
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/limits.h"
#include "engine/kafka/mock_cluster.h"
#include "engine/kafka/topics.h"
#include "tests/integration/child_process.h"
#include "tests/integration/kafka_reader.h"
#include "tests/support/builders.h"
#include "tests/support/temp_dir.h"

namespace relance::testing {
namespace {

constexpr const char* kCli = RELANCE_BINARY;
constexpr int kPartitions = 4;
constexpr auto kStartDeadline = std::chrono::seconds(10);
constexpr auto kStopDeadline = std::chrono::seconds(10);

// `relance mock-kafka` as a child process; SIGKILLed if a test fails early.
class MockKafkaProcess {
 public:
  MockKafkaProcess(const TempDir& dir, int partitions)
      : out_path_(dir.Sub("mock-kafka.out")), err_path_(dir.Sub("mock-kafka.err")) {
    pid_ = SpawnWithInput({kCli, "mock-kafka", "--brokers", "2", "--partitions", std::to_string(partitions)},
                          "/dev/null", out_path_, err_path_);
    const auto end = std::chrono::steady_clock::now() + kStartDeadline;
    while (bootstraps_.empty()) {
      bootstraps_ = Find(ReadFile(out_path_), "bootstrap: (\\S+)\n");
      if (!bootstraps_.empty()) break;
      if (const auto code = PollChild(pid_)) {
        pid_ = -1;
        FAIL("mock-kafka exited with " << *code << ": " << ReadFile(err_path_));
      }
      if (std::chrono::steady_clock::now() > end) FAIL("mock-kafka printed no bootstrap line: " << ReadFile(err_path_));
      std::this_thread::sleep_for(kChildPollInterval);
    }
  }
  ~MockKafkaProcess() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
  }

  const std::string& bootstraps() const { return bootstraps_; }
  // SIGTERM, then the exit code.
  int Stop() {
    REQUIRE(kill(pid_, SIGTERM) == 0);
    const int code = WaitWithDeadline(pid_, "mock-kafka after SIGTERM", kStopDeadline);
    pid_ = -1;
    return code;
  }
  std::string err() const { return ReadFile(err_path_); }

 private:
  std::string out_path_, err_path_;
  pid_t pid_ = -1;
  std::string bootstraps_;
};

TEST_CASE("relance mock-kafka, publish and tick work together as processes", "[integration][kafka]") {
  TempDir dir;
  MockKafkaProcess mock(dir, kPartitions);
  const std::string log = dir.Sub("portfolio.pb");
  const CliResult gen = RunChild({kCli, "gen", "--debtors", "100", "--days", "20", "--out", log}, dir.Sub("gen"));
  INFO(gen.out << gen.err);
  REQUIRE(gen.exit_code == 0);

  const CliResult publish =
      RunChild({kCli, "publish", "--brokers", mock.bootstraps(), "--input", log, "--progress"}, dir.Sub("publish"));
  INFO(publish.out << publish.err);
  REQUIRE(publish.exit_code == 0);
  CHECK_THAT(publish.out, Catch::Contains("to relance.events (4 partitions)"));
  CHECK_THAT(publish.err, Catch::Contains("publish: done"));

  const CliResult tick =
      RunChild({kCli, "tick", "--brokers", mock.bootstraps(), "--date", "2025-01-21"}, dir.Sub("tick"));
  INFO(tick.out << tick.err);
  REQUIRE(tick.exit_code == 0);
  CHECK_THAT(tick.out, Catch::Contains("closed 2025-01-21 on 4 partitions of relance.events"));

  ExpectedContents expected = ExpectedRouting(log, codec::Format::kBinary, kPartitions);
  const TopicContents actual = ReadTopic(mock.bootstraps(), kafka::kEventsTopic, kPartitions);
  for (int p = 0; p < kPartitions; ++p) {
    INFO("partition " << p);
    REQUIRE(actual[p].size() == expected[p].size() + 1);
    std::vector<ConsumedMessage> published(actual[p].begin(), actual[p].end() - 1);
    CHECK(FirstDifference(expected[p], published, kafka::kContentTypeProtobuf).empty());
    v1::Event last;
    REQUIRE(codec::DecodeBinary(actual[p].back().value, &last).empty());
    CHECK(last.event_id() == "day-2025-01-21");
    CHECK(last.has_day_closed());
  }
  // The other relance topics exist with the same partition count, empty.
  for (const char* topic : {kafka::kActionsTopic, kafka::kTransitionsTopic, kafka::kRejectedTopic}) {
    for (const auto& partition : ReadTopic(mock.bootstraps(), topic, kPartitions)) CHECK(partition.empty());
  }

  CHECK(mock.Stop() == 0);
  CHECK_THAT(mock.err(), Catch::Contains("stopping"));
}

TEST_CASE("relance publish and tick explain bad Kafka settings", "[integration][kafka]") {
  TempDir dir;
  std::unique_ptr<kafka::MockCluster> cluster;
  REQUIRE(kafka::MockCluster::Start(1, &cluster).ok());
  REQUIRE(cluster->CreateRelanceTopics(2).ok());
  const std::string brokers = cluster->bootstraps();
  // What a real cluster without topic auto-creation answers (the mock would
  // create the topic).
  rd_kafka_mock_topic_set_error(cluster->raw(), "relance.missing", RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART);
  const std::string bad_config = dir.Sub("bad.properties");
  std::ofstream(bad_config) << "# client settings\nlinger.ms=1\nsecurity.protocol\n";
  const std::string good_config = dir.Sub("good.properties");
  std::ofstream(good_config) << "# client settings\n\nlinger.ms = 1\nclient.id=relance-test\n";

  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"tick", "--brokers", brokers, "--date", "2025-01-01", "-X", "nonsense"}, 2, "no '='"},
      {{"tick", "--brokers", brokers, "--date", "2025-01-01", "-X", "no.such.property=1"}, 2, "no.such.property"},
      {{"tick", "--brokers", brokers, "--date", "2025-01-01", "--config", bad_config}, 2, "bad.properties:3"},
      {{"tick", "--brokers", brokers, "--date", "2025-01-01", "--topic", "relance.missing"}, 1, "does not exist"},
      {{"tick", "--brokers", brokers, "--date", "2025-02-30"}, 2, "YYYY-MM-DD"},
      {{"tick", "--date", "2025-01-01"}, 2, "no Kafka brokers"},
      {{"tick", "--brokers", brokers, "--date", "2025-01-01", "-X", "partitioner=random"}, 2, "murmur2_random"},
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    std::vector<std::string> args = {kCli};
    args.insert(args.end(), cases[i].args.begin(), cases[i].args.end());
    const CliResult result = RunChild(args, dir.Sub("case" + std::to_string(i)));
    INFO("case " << i << ": " << result.out << result.err);
    CHECK(result.exit_code == cases[i].exit_code);
    CHECK_THAT(result.err, Catch::Contains(cases[i].message));
  }

  // Repeated -X and a properties file together: the good path still works.
  const CliResult ok = RunChild({kCli, "tick", "--config", good_config, "-X", "linger.ms=2", "-X",
                                 "bootstrap.servers=" + brokers, "--date", "2025-01-01"},
                                dir.Sub("good"));
  INFO(ok.out << ok.err);
  CHECK(ok.exit_code == 0);
  CHECK_THAT(ok.out, Catch::Contains("on 2 partitions"));
}

TEST_CASE("relance publish names an oversize record or a broken frame by byte offset and exits non-zero",
          "[integration][kafka]") {
  TempDir dir;
  std::unique_ptr<kafka::MockCluster> cluster;
  REQUIRE(kafka::MockCluster::Start(1, &cluster).ok());
  REQUIRE(cluster->CreateRelanceTopics(2).ok());
  // Three records, then the damage (record 3), then one more.
  const auto write = [&](const std::string& name, const std::string& damage) {
    const std::string path = dir.Sub(name);
    std::string error;
    auto writer = codec::LogWriter::Open(path, codec::Format::kBinary, &error);
    REQUIRE(writer);
    for (int i = 0; i < 3; ++i) {
      writer->Write(
          Invoice("inv-" + std::to_string(i), "DR-1", "D-" + std::to_string(i), 1'000, "2025-01-02", "2025-02-01"));
    }
    REQUIRE(writer->Close());
    const std::uint64_t damage_offset = std::filesystem::file_size(path);
    std::ofstream(path, std::ios::binary | std::ios::app) << damage;
    writer = codec::LogWriter::Open(path, codec::Format::kBinary, &error, codec::LogWriter::OpenMode::kAppend);
    REQUIRE(writer);
    writer->Write(Invoice("inv-3", "DR-1", "D-3", 1'000, "2025-01-02", "2025-02-01"));
    REQUIRE(writer->Close());
    return std::make_pair(path, damage_offset);
  };
  v1::Event big = Invoice("inv-big", "DR-1", "D-big", 1'000, "2025-01-02", "2025-02-01");
  big.mutable_invoice_issued()->set_debtor_name(std::string(kEventBytesMax, 'N'));
  const std::string big_only = dir.Sub("big-only.pb");
  {
    std::string error;
    auto writer = codec::LogWriter::Open(big_only, codec::Format::kBinary, &error);
    REQUIRE(writer);
    writer->Write(big);
    REQUIRE(writer->Close());
  }
  const std::string framed_big = ReadFile(big_only);

  const auto [oversize, oversize_at] = write("oversize.pb", framed_big);
  const CliResult left_out =
      RunChild({kCli, "publish", "--brokers", cluster->bootstraps(), "--input", oversize}, dir.Sub("oversize"));
  INFO(left_out.out << left_out.err);
  CHECK(left_out.exit_code == 2);
  CHECK_THAT(left_out.err, Catch::Contains("publish: record 3 at byte " + std::to_string(oversize_at) + ": " +
                                           std::to_string(big.ByteSizeLong()) + " bytes, above the event limit") &&
                               Catch::Contains("5 records read, 1 not published"));

  const auto [broken, broken_at] = write("broken.pb", std::string(10, '\xff'));
  const CliResult stopped =
      RunChild({kCli, "publish", "--brokers", cluster->bootstraps(), "--input", broken}, dir.Sub("broken"));
  INFO(stopped.out << stopped.err);
  CHECK(stopped.exit_code == 1);
  CHECK_THAT(stopped.err, Catch::Contains("broken frame at byte " + std::to_string(broken_at) + " (record 3)") &&
                              Catch::Contains("the 3 records before it were published"));
}

TEST_CASE("the Kafka subcommands answer --help", "[integration][kafka]") {
  TempDir dir;
  for (const char* command : {"mock-kafka", "publish", "tick"}) {
    const CliResult help = RunChild({kCli, command, "--help"}, dir.Sub(command));
    INFO(command << ": " << help.out << help.err);
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.out, Catch::Contains("--"));
  }
}

}  // namespace
}  // namespace relance::testing

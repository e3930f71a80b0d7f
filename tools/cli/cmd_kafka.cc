// relance mock-kafka, publish and tick: the Kafka side of the CLI.
//   mock-kafka  runs librdkafka's mock cluster with the relance topics until
//               SIGTERM/SIGINT (tests, demos, laptops: DESIGN §8);
//   publish     puts an event log on relance.events, partitioned as the
//               engine reads it;
//   tick        closes a business day: one DayClosed on every partition.
#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/core/limits.h"
#include "engine/kafka/kafka_config.h"
#include "engine/kafka/mock_cluster.h"
#include "engine/kafka/publisher.h"
#include "engine/kafka/topics.h"
#include "tools/cli/commands.h"
#include "tools/cli/kafka_args.h"

namespace relance::cli {
namespace {

constexpr int kDefaultMockBrokers = 3;
constexpr int kDefaultPartitions = 64;
constexpr double kBytesPerMegabyte = 1e6;

}  // namespace

void AddKafkaOptions(CLI::App* cmd, KafkaArgs* args) {
  cmd->add_option("--brokers,-b", args->brokers,
                  "Bootstrap servers, host:port[,host:port...] (or bootstrap.servers in --config / -X)");
  cmd->add_option(
         "-X", args->properties,
         "A librdkafka property key=value (repeatable; overrides --config), e.g. -X security.protocol=SASL_SSL")
      ->allow_extra_args(false);
  cmd->add_option("--config", args->config_file,
                  "A librdkafka properties file: key=value lines, '#' comments (applied before -X)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--topic", args->topic, "Topic of the input facts")->capture_default_str();
}

// The properties file first, then every -X in order: the last word wins.
Status BuildSettings(const KafkaArgs& args, kafka::KafkaSettings* settings) {
  settings->brokers = args.brokers;
  if (!args.config_file.empty()) {
    if (Status s = kafka::LoadConfigFile(args.config_file, settings); !s.ok()) return s;
  }
  for (const std::string& property : args.properties) {
    if (Status s = kafka::ParseProperty(property, settings); !s.ok()) return s;
  }
  return Status::Ok();
}

namespace {

// ------------------------------------------------------------ mock-kafka

struct MockArgs {
  int brokers = kDefaultMockBrokers;
  int partitions = kDefaultPartitions;
};

int RunMockKafka(const MockArgs& args) {
  // Block the stop signals before librdkafka starts its threads, so that they
  // inherit the mask and only sigwait below ever sees the signals.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  if (pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr) != 0) {
    return Fail("mock-kafka", Status::IoError("cannot block SIGTERM/SIGINT"));
  }
  std::unique_ptr<kafka::MockCluster> cluster;
  if (Status s = kafka::MockCluster::Start(args.brokers, &cluster); !s.ok()) return Fail("mock-kafka", s);
  if (Status s = cluster->CreateRelanceTopics(args.partitions); !s.ok()) return Fail("mock-kafka", s);
  std::printf("bootstrap: %s\n", cluster->bootstraps().c_str());
  std::fflush(stdout);
  std::fprintf(stderr,
               "mock-kafka: %d brokers, topics %s, %s, %s, %s with %d partitions each; "
               "keeps only the newest ~5 MiB per partition; SIGTERM or SIGINT stops it\n",
               args.brokers, kafka::kEventsTopic, kafka::kActionsTopic, kafka::kTransitionsTopic, kafka::kRejectedTopic,
               args.partitions);
  int signal_number = 0;
  if (sigwait(&stop_signals, &signal_number) != 0) {
    return Fail("mock-kafka", Status::IoError("sigwait failed"));
  }
  std::fprintf(stderr, "mock-kafka: %s, stopping\n", strsignal(signal_number));
  cluster.reset();
  return 0;
}

void AddMockKafkaCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<MockArgs>();
  CLI::App* cmd = app.add_subcommand(
      "mock-kafka",
      "Run an in-process Kafka cluster (librdkafka's mock) with the relance topics until SIGTERM/SIGINT.\n"
      "Prints 'bootstrap: <host:port,...>' on stdout once it listens. For tests and laptops only: it keeps\n"
      "just the newest ~5 MiB of each partition and nothing on disk, and creates any other topic a client\n"
      "names (4 partitions).");
  cmd->add_option("--brokers", args->brokers, "Number of brokers")
      ->check(CLI::Range(1, kafka::kMockBrokersMax))
      ->capture_default_str();
  cmd->add_option("--partitions", args->partitions, "Partitions of each relance topic")
      ->check(CLI::Range(1, static_cast<int>(kPartitionsMax)))
      ->capture_default_str();
  cmd->callback([args, exit_code] { *exit_code = RunMockKafka(*args); });
}

// ------------------------------------------------------------ publish

struct PublishArgs {
  KafkaArgs kafka;
  std::string input;
  std::string format;  // Empty: from the file name.
  bool as_json = false;
  bool progress = false;
};

int RunPublish(const PublishArgs& args) {
  kafka::KafkaSettings settings;
  if (Status s = BuildSettings(args.kafka, &settings); !s.ok()) return Fail("publish", s);
  const codec::Format format =
      args.format.empty() ? codec::FormatForPath(args.input) : *codec::ParseFormat(args.format);
  kafka::PublishStats stats;
  const Status status =
      kafka::PublishLog(settings, args.kafka.topic, args.input, format, args.as_json, &stats, args.progress);
  if (!status.ok()) return Fail("publish", status);
  std::printf("published %llu records as %llu messages (%.1f MB) to %s (%u partitions) in %.2f s, %.0f messages/s\n",
              static_cast<unsigned long long>(stats.records), static_cast<unsigned long long>(stats.messages),
              static_cast<double>(stats.bytes) / kBytesPerMegabyte, args.kafka.topic.c_str(), stats.partitions,
              stats.seconds, stats.seconds > 0 ? static_cast<double>(stats.messages) / stats.seconds : 0.0);
  if (stats.undecodable > 0) {
    std::printf("undecodable: %llu records sent as they were to partition 0 (the engine dead-letters them)\n",
                static_cast<unsigned long long>(stats.undecodable));
  }
  return 0;
}

void AddPublishCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<PublishArgs>();
  CLI::App* cmd = app.add_subcommand(
      "publish",
      "Publish an event log to Kafka in log order: keyed by debtor (murmur2, as the engine partitions),\n"
      "DayClosed and PolicyPublished copied to every partition, undecodable records to partition 0.");
  AddKafkaOptions(cmd, &args->kafka);
  cmd->add_option("--input", args->input, "Event log file")->required()->check(CLI::ExistingFile);
  cmd->add_option("--format", args->format, "jsonl or pb (default: from the file name, .jsonl/.json or pb)")
      ->check(CLI::IsMember({"jsonl", "pb"}));
  cmd->add_flag("--as-json", args->as_json, "Send binary input as protobuf-JSON (content-type application/json)");
  cmd->add_flag("--progress", args->progress, "Print progress on stderr every second");
  cmd->callback([args, exit_code] { *exit_code = RunPublish(*args); });
}

// ------------------------------------------------------------ tick

// How far ahead of today's date (UTC) tick closes a day unless told
// otherwise: the engine's default bound on one close's step (PolicyView), so
// that a typo is stopped here before it reaches the log. The engine cannot
// check the first close of a partition; tick can.
constexpr std::uint32_t kTickDaysAheadDefault = 7;

struct TickArgs {
  KafkaArgs kafka;
  std::string date;
  std::uint32_t max_days_ahead = kTickDaysAheadDefault;
};

// Today's date (UTC). The scheduler may read the wall clock: the engine never does.
Day TodayUtc() {
  const auto now = std::chrono::system_clock::now();
  return static_cast<Day>(std::chrono::floor<std::chrono::days>(now).time_since_epoch().count());
}

int RunTick(const TickArgs& args) {
  const auto day = ParseDay(args.date);
  if (!day) return Fail("tick", Status::InvalidArgument("--date is YYYY-MM-DD, a real date in 1970..2199"));
  if (const Day today = TodayUtc(); *day - today > static_cast<int>(args.max_days_ahead)) {
    return Fail("tick", Status::InvalidArgument(fmt::format(
                            "--date {} is {} days after today ({}, UTC); a close moves the calendar for good, so "
                            "tick refuses more than {} days ahead (--max-days-ahead N to allow it)",
                            FormatDay(*day), *day - today, FormatDay(today), args.max_days_ahead)));
  }
  kafka::KafkaSettings settings;
  if (Status s = BuildSettings(args.kafka, &settings); !s.ok()) return Fail("tick", s);
  kafka::PublishStats stats;
  if (Status s = kafka::PublishDayClosed(settings, args.kafka.topic, *day, &stats); !s.ok()) return Fail("tick", s);
  std::printf("closed %s on %u partitions of %s\n", FormatDay(*day).c_str(), stats.partitions,
              args.kafka.topic.c_str());
  return 0;
}

void AddTickCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TickArgs>();
  CLI::App* cmd =
      app.add_subcommand("tick",
                         "Close a business day: publish DayClosed(date) (event id day-YYYY-MM-DD) to every partition.\n"
                         "Idempotent: the engine rejects a second close of the same day as a duplicate.");
  AddKafkaOptions(cmd, &args->kafka);
  cmd->add_option("--date", args->date, "The business day that is over (YYYY-MM-DD)")->required();
  cmd->add_option("--max-days-ahead", args->max_days_ahead,
                  "Refuse a --date more than this many days after today (UTC): a guard against typos")
      ->default_val(kTickDaysAheadDefault)
      ->check(CLI::Range(0u, 36600u));
  cmd->callback([args, exit_code] { *exit_code = RunTick(*args); });
}

}  // namespace

void AddKafkaCommands(CLI::App& app, int* exit_code) {
  AddMockKafkaCommand(app, exit_code);
  AddPublishCommand(app, exit_code);
  AddTickCommand(app, exit_code);
}

}  // namespace relance::cli

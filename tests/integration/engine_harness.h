// Helpers of the engine integration tests (tests/integration/engine_*_test.cpp):
// the `relance` CLI as child processes with deadlines (a hung engine fails
// its test, it never hangs it), a mock Kafka cluster in this process or as
// `relance mock-kafka`, log files cut into pieces, reference digests from a
// file replay, a plain consumer that reads a whole topic back with every
// header, a producer of hand-made records, and parsers for the engine's
// stdout counters and stderr logs.
//
// Header-only test code: REQUIREs on failures. Names live in their own
// namespace so that they never clash with the other integration helpers
// linked into the same binary.
#pragma once

#include <fcntl.h>
#include <fmt/format.h>
#include <librdkafka/rdkafkacpp.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "engine/codec/event_codec.h"
#include "engine/kafka/mock_cluster.h"
#include "engine/kafka/topics.h"
#include "tests/e2e/cli_process.h"
#include "tests/support/temp_dir.h"

namespace relance::testing::engine_it {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;
using std::chrono::seconds;

inline constexpr const char* kCli = RELANCE_BINARY;
inline constexpr int kPartitions = 8;
inline constexpr int kMockBrokers = 3;
// A CLI command that is not the engine (gen, replay, publish, digest, show).
inline constexpr auto kToolDeadline = seconds(30);
inline constexpr auto kPollInterval = milliseconds(20);
// The outbox header every produced record carries (stable id, for dedup).
inline constexpr char kIdHeader[] = "relance.id";

// The last `bytes` of a text, for failure messages.
inline std::string Tail(const std::string& text, std::size_t bytes = 4000) {
  return text.size() <= bytes ? text : "..." + text.substr(text.size() - bytes);
}

// Polls `done` every `interval` until it holds (true) or `deadline` passes (false).
inline bool WaitUntil(const std::function<bool()>& done, Clock::duration deadline,
                      Clock::duration interval = kPollInterval) {
  const auto end = Clock::now() + deadline;
  for (;;) {
    if (done()) return true;
    if (Clock::now() > end) return false;
    std::this_thread::sleep_for(interval);
  }
}

// ------------------------------------------------------------ child processes

// One child process with stdout/stderr in files. Killed (SIGKILL) and reaped
// by the destructor if still running, so that a failed REQUIRE never leaves
// an engine behind.
class Child {
 public:
  // `stdin_path`: what the child reads on stdin.
  Child(std::vector<std::string> args, const std::string& scratch, const std::string& stdin_path = "/dev/null")
      : args_(std::move(args)), out_path_(scratch + ".out"), err_path_(scratch + ".err") {
    posix_spawn_file_actions_t actions;
    REQUIRE(posix_spawn_file_actions_init(&actions) == 0);
    REQUIRE(posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, stdin_path.c_str(), O_RDONLY, 0) == 0);
    REQUIRE(posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                             0644) == 0);
    REQUIRE(posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                             0644) == 0);
    std::vector<char*> argv;
    for (const auto& arg : args_) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    ChildEnvironment env;
    const int rc = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), env.envp());
    posix_spawn_file_actions_destroy(&actions);
    INFO("posix_spawn " << args_[0] << ": " << rc);
    REQUIRE(rc == 0);
    REQUIRE(pid_ > 0);
  }
  ~Child() {
    if (exit_code_ || pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  pid_t pid() const { return pid_; }
  std::string Out() const { return ReadFile(out_path_); }
  std::string Err() const { return ReadFile(err_path_); }
  std::string Name() const { return args_.size() > 1 ? args_[0] + " " + args_[1] : args_[0]; }

  bool Running() {
    if (exit_code_) return false;
    int status = 0;
    const pid_t done = waitpid(pid_, &status, WNOHANG);
    if (done == 0 || (done < 0 && errno == EINTR)) return true;
    if (done != pid_) FAIL("waitpid " << pid_ << ": " << done << ", errno " << errno);
    exit_code_ = DecodeWaitStatus(status);
    return false;
  }

  void Signal(int signal_number) {
    if (Running()) REQUIRE(::kill(pid_, signal_number) == 0);
  }

  // The exit code (128 + signal when killed). Past the deadline: SIGKILL and
  // a failure that shows the child's output.
  int Wait(Clock::duration deadline) {
    if (WaitUntil([this] { return !Running(); }, deadline)) return *exit_code_;
    ::kill(pid_, SIGKILL);
    exit_code_ = WaitChild(pid_);
    FAIL(Name() << " did not finish within " << std::chrono::duration_cast<seconds>(deadline).count()
                << " s and was killed\nstdout:\n"
                << Tail(Out()) << "\nstderr:\n"
                << Tail(Err()));
    return -1;
  }

  // SIGKILL now (a crash), and reap.
  void Kill() {
    Signal(SIGKILL);
    Wait(seconds(10));
  }

  // Waits until stderr matches `pattern`; fails (with the logs) if the
  // child exits or the deadline passes first.
  void WaitForStderr(const std::string& pattern, Clock::duration deadline) {
    const std::regex re(pattern);
    bool exited = false;
    const bool found = WaitUntil(
        [&] {
          if (std::regex_search(Err(), re)) return true;
          exited = !Running();
          return exited;
        },
        deadline);
    INFO(Name() << (exited ? " exited" : " still running") << "; stderr:\n"
                << Tail(Err()) << "\nstdout:\n"
                << Tail(Out()));
    REQUIRE(found);
    REQUIRE_FALSE(exited);
  }

 private:
  std::vector<std::string> args_;
  std::string out_path_, err_path_;
  pid_t pid_ = -1;
  std::optional<int> exit_code_;
};

// Runs a CLI command to completion; `scratch` is a path prefix for its output.
inline CliResult Tool(const std::vector<std::string>& args, const std::string& scratch,
                      Clock::duration deadline = kToolDeadline, const std::string& stdin_path = "/dev/null") {
  Child child(args, scratch, stdin_path);
  CliResult result;
  result.exit_code = child.Wait(deadline);
  result.out = child.Out();
  result.err = child.Err();
  return result;
}

// The same, REQUIRing exit code 0.
inline CliResult ToolOk(const std::vector<std::string>& args, const std::string& scratch,
                        Clock::duration deadline = kToolDeadline, const std::string& stdin_path = "/dev/null") {
  CliResult result = Tool(args, scratch, deadline, stdin_path);
  INFO(args[0] << " " << (args.size() > 1 ? args[1] : "") << " exited " << result.exit_code << "\nstdout:\n"
               << Tail(result.out) << "\nstderr:\n"
               << Tail(result.err));
  REQUIRE(result.exit_code == 0);
  return result;
}

// kcat, the outside client (Debian package kcat): missing, the test fails.
inline std::string Kcat() {
  std::stringstream dirs(std::getenv("PATH") != nullptr ? std::getenv("PATH") : "");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    const std::string candidate = dir + "/kcat";
    if (!dir.empty() && access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  FAIL("kcat not found on PATH (Debian package kcat): the engine tests use it as an outside producer");
  return {};
}

// ------------------------------------------------------------ clusters

// librdkafka's mock cluster in this process, with the four relance topics.
struct InProcessCluster {
  std::unique_ptr<kafka::MockCluster> mock;
  std::string bootstraps;

  explicit InProcessCluster(int partitions = kPartitions, int brokers = kMockBrokers) {
    const Status started = kafka::MockCluster::Start(brokers, &mock);
    INFO(started.ToString());
    REQUIRE(started.ok());
    const Status created = mock->CreateRelanceTopics(partitions);
    INFO(created.ToString());
    REQUIRE(created.ok());
    bootstraps = mock->bootstraps();
  }
};

// `relance mock-kafka` as a child process, stopped with SIGTERM by Stop().
struct MockKafkaProcess {
  Child child;
  std::string bootstraps;

  MockKafkaProcess(const TempDir& dir, int partitions)
      : child(
            {kCli, "mock-kafka", "--partitions", std::to_string(partitions), "--brokers", std::to_string(kMockBrokers)},
            dir.Sub("mock-kafka")) {
    child.WaitForStderr("mock-kafka: ", seconds(20));
    REQUIRE(WaitUntil([&] { return !Find(child.Out(), "bootstrap: (\\S+)\n").empty(); }, seconds(5)));
    bootstraps = Find(child.Out(), "bootstrap: (\\S+)\n");
  }

  // SIGTERM; the cluster stops cleanly (exit 0).
  int Stop() {
    child.Signal(SIGTERM);
    return child.Wait(seconds(20));
  }
};

// ------------------------------------------------------------ logs and digests

struct GenSpec {
  int debtors = 1000;
  int days = 90;
  std::uint64_t seed = 1;
  int duplicates_per_mille = -1;  // -1: the generator's default.
};

// `relance gen` into dir/name (binary log).
inline std::string GenLog(const TempDir& dir, const std::string& name, const GenSpec& spec) {
  const std::string path = dir.Sub(name);
  std::vector<std::string> args = {kCli,        "gen",
                                   "--debtors", std::to_string(spec.debtors),
                                   "--seed",    std::to_string(spec.seed),
                                   "--days",    std::to_string(spec.days),
                                   "--out",     path};
  if (spec.duplicates_per_mille >= 0) {
    args.push_back("--duplicates");
    args.push_back(std::to_string(spec.duplicates_per_mille));
  }
  ToolOk(args, dir.Sub("gen-" + name));
  return path;
}

// The records of a log file, raw.
inline std::vector<std::string> ReadRecords(const std::string& path, codec::Format format = codec::Format::kBinary) {
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
    REQUIRE_FALSE(record.oversize);
    records.push_back(record.bytes);
  }
  return records;
}

// Writes raw records (already encoded in `format`) as a log file.
inline void WriteRecords(const std::string& path, const std::vector<std::string>& records,
                         codec::Format format = codec::Format::kBinary) {
  std::string error;
  auto writer = codec::LogWriter::Open(path, format, &error);
  INFO(error);
  REQUIRE(writer);
  for (const auto& record : records) writer->WriteRaw(record);
  REQUIRE(writer->Close());
}

// Cuts a binary log into `pieces` consecutive files of about equal size
// (record boundaries); publishing them in order is publishing the log.
inline std::vector<std::string> SplitLog(const std::string& path, int pieces) {
  const std::vector<std::string> records = ReadRecords(path);
  std::vector<std::string> paths;
  for (int i = 0; i < pieces; ++i) {
    const std::size_t begin = records.size() * static_cast<std::size_t>(i) / static_cast<std::size_t>(pieces);
    const std::size_t end = records.size() * static_cast<std::size_t>(i + 1) / static_cast<std::size_t>(pieces);
    paths.push_back(fmt::format("{}.part{}", path, i));
    WriteRecords(paths.back(), std::vector<std::string>(records.begin() + static_cast<std::ptrdiff_t>(begin),
                                                        records.begin() + static_cast<std::ptrdiff_t>(end)));
  }
  return paths;
}

struct Reference {
  std::string digest;
  std::uint64_t applied = 0;
  std::uint64_t rejected = 0;
  std::uint64_t transitions = 0;
  std::uint64_t actions = 0;  // Dunning actions (one record each on relance.actions).
  std::uint64_t debts = 0;
};

// `relance replay --partitions N` of a log into a fresh database: what the
// engine must end with after consuming the same log from N partitions.
inline Reference ReplayReference(const TempDir& dir, const std::string& log, const std::string& name,
                                 int partitions = kPartitions) {
  const CliResult r = ToolOk(
      {kCli, "replay", "--input", log, "--db", dir.Sub(name), "--partitions", std::to_string(partitions), "--verify"},
      dir.Sub(name));
  Reference ref;
  ref.digest = DigestOf(r.out);
  ref.applied = CountOf(r.out, "applied: (\\d+)");
  ref.rejected = CountOf(r.out, "rejected: (\\d+)");
  ref.transitions = CountOf(r.out, "transitions: (\\d+)");
  ref.actions = CountOf(r.out, "actions: (\\d+)");
  ref.debts = CountOf(r.out, "state: (\\d+) debts");
  INFO(r.out);
  REQUIRE(ref.digest.size() == 64);
  REQUIRE(ref.applied > 0);
  return ref;
}

// `relance digest --db` (read-only: works while an engine runs on the
// database). "" if the database cannot be opened at this instant.
inline std::string TryDbDigest(const TempDir& dir, const std::string& db) {
  if (!std::filesystem::exists(db)) return {};
  const CliResult r = Tool({kCli, "digest", "--db", db}, dir.Sub("digest-poll"));
  return r.exit_code == 0 ? DigestOf(r.out) : std::string();
}

// `relance digest --db --verify` of a stopped engine's database: the digest,
// REQUIRing that every invariant holds.
inline std::string VerifiedDigest(const TempDir& dir, const std::string& db) {
  const CliResult r = ToolOk({kCli, "digest", "--db", db, "--verify"}, dir.Sub("digest-verify"));
  INFO(r.out);
  REQUIRE(r.out.find("verify: ") != std::string::npos);
  REQUIRE(r.out.find(", 0 problems") != std::string::npos);
  return DigestOf(r.out);
}

// Debts in a database (the `state: N debts` line of `relance digest`), or
// -1 when it cannot be read right now.
inline long long TryDebtCount(const TempDir& dir, const std::string& db) {
  if (!std::filesystem::exists(db)) return -1;
  const CliResult r = Tool({kCli, "digest", "--db", db}, dir.Sub("debts-poll"));
  if (r.exit_code != 0) return -1;
  const std::string n = Find(r.out, "state: (\\d+) debts");
  return n.empty() ? -1 : std::stoll(n);
}

// `relance publish` of a log file.
inline void Publish(const TempDir& dir, const std::string& brokers, const std::string& log, bool as_json = false) {
  std::vector<std::string> args = {kCli, "publish", "--brokers", brokers, "--input", log};
  if (as_json) args.push_back("--as-json");
  ToolOk(args, dir.Sub("publish"));
}

// ------------------------------------------------------------ the engine

struct EngineSpec {
  std::string brokers;
  std::string db;
  std::string group = "relance";
  std::string instance_id;              // --instance-id; empty: dynamic membership.
  int batch = 0;                        // 0: the engine's default.
  int batch_mib = -1;                   // --batch-mib; -1: the engine's default.
  int threads = 0;                      // Writer threads; 0: the engine's default.
  int exit_when_idle_ms = 0;            // 0: runs until SIGTERM.
  std::vector<std::string> properties;  // -X key=value
  bool json_output = false;             // --json-output
};

inline std::vector<std::string> EngineArgs(const EngineSpec& spec) {
  std::vector<std::string> args = {kCli, "run", "--brokers", spec.brokers, "--db", spec.db, "--group", spec.group};
  if (!spec.instance_id.empty()) {
    args.push_back("--instance-id");
    args.push_back(spec.instance_id);
  }
  if (spec.batch > 0) {
    args.push_back("--batch");
    args.push_back(std::to_string(spec.batch));
  }
  if (spec.batch_mib >= 0) {
    args.push_back("--batch-mib");
    args.push_back(std::to_string(spec.batch_mib));
  }
  if (spec.threads > 0) {
    args.push_back("--threads");
    args.push_back(std::to_string(spec.threads));
  }
  if (spec.exit_when_idle_ms > 0) {
    args.push_back("--exit-when-idle");
    args.push_back(std::to_string(spec.exit_when_idle_ms));
  }
  for (const auto& property : spec.properties) {
    args.push_back("-X");
    args.push_back(property);
  }
  if (spec.json_output) args.push_back("--json-output");
  return args;
}

// The engine's counters at exit (stdout of `relance run`).
struct EngineCounters {
  std::uint64_t messages = 0, applied = 0, rejected = 0, undecodable = 0, offset_gaps = 0;
  std::uint64_t batches = 0, batch_bytes_largest = 0;
  std::int64_t lag = -1;
};

inline EngineCounters ParseCounters(const std::string& out) {
  EngineCounters c;
  c.messages = CountOf(out, "messages: (\\d+)");
  c.applied = CountOf(out, "applied: (\\d+)");
  c.rejected = CountOf(out, "rejected: (\\d+)");
  c.undecodable = CountOf(out, "undecodable (\\d+)");
  c.offset_gaps = CountOf(out, "offset gaps: (\\d+)");
  c.batches = CountOf(out, "batches: (\\d+)");
  c.batch_bytes_largest = CountOf(out, "batches: \\d+ \\(largest: \\d+ messages, (\\d+) bytes\\)");
  const std::string lag = Find(out, "lag at exit: (-?\\d+)");
  if (!lag.empty()) c.lag = std::stoll(lag);
  return c;
}

// Runs `relance run --exit-when-idle` to completion, REQUIRing exit 0, no
// offset gap and no lag.
// `stderr_out`, if given, receives the engine's logs.
inline EngineCounters RunEngineUntilIdle(const TempDir& dir, EngineSpec spec, const std::string& scratch,
                                         Clock::duration deadline = seconds(45), std::string* stderr_out = nullptr) {
  if (spec.exit_when_idle_ms == 0) spec.exit_when_idle_ms = 1500;
  const CliResult r = Tool(EngineArgs(spec), dir.Sub(scratch), deadline);
  if (stderr_out != nullptr) *stderr_out = r.err;
  INFO("relance run exited " << r.exit_code << "\nstdout:\n" << Tail(r.out) << "\nstderr:\n" << Tail(r.err));
  REQUIRE(r.exit_code == 0);
  const EngineCounters c = ParseCounters(r.out);
  CHECK(c.offset_gaps == 0);
  CHECK(c.lag == 0);
  return c;
}

// Lines of an engine's stderr that are not a structured log entry
// (`ts=... level=... msg="..." ...`, one entry per line): a value with a
// newline in it splits its entry.
inline std::vector<std::string> UnstructuredLogLines(const std::string& err) {
  std::vector<std::string> bad;
  std::stringstream lines(err);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("ts=", 0) != 0) bad.push_back(line);
  }
  return bad;
}

// Partitions held at the end of an engine's stderr: "partition assigned"
// and "partition revoked" lines replayed in order.
inline std::set<int> HeldPartitions(const std::string& err) {
  static const std::regex line("msg=\"partition (assigned|revoked)\" partition=(\\d+)");
  std::set<int> held;
  for (auto it = std::sregex_iterator(err.begin(), err.end(), line); it != std::sregex_iterator(); ++it) {
    const int p = std::stoi((*it)[2].str());
    if ((*it)[1].str() == "assigned") {
      held.insert(p);
    } else {
      held.erase(p);
    }
  }
  return held;
}

// Partitions an engine was assigned without local state (rebuilt from offset 0).
inline std::set<int> RebuiltPartitions(const std::string& err) {
  static const std::regex line("msg=\"partition assigned\" partition=(\\d+) resume=beginning");
  std::set<int> rebuilt;
  for (auto it = std::sregex_iterator(err.begin(), err.end(), line); it != std::sregex_iterator(); ++it) {
    rebuilt.insert(std::stoi((*it)[1].str()));
  }
  return rebuilt;
}

inline std::string Describe(const std::set<int>& partitions) {
  std::string out = "{";
  for (int p : partitions) out += (out.size() > 1 ? "," : "") + std::to_string(p);
  return out + "}";
}

// ------------------------------------------------------------ reading topics

struct Record {
  std::int32_t partition = -1;
  std::int64_t offset = -1;
  bool has_key = false;
  std::string key;
  std::string value;
  std::vector<std::pair<std::string, std::string>> headers;

  // The last header of that name, if any.
  std::optional<std::string> Header(const std::string& name) const {
    std::optional<std::string> found;
    for (const auto& [n, v] : headers) {
      if (n == name) found = v;
    }
    return found;
  }
};

inline void SetConf(RdKafka::Conf* conf, const std::string& key, const std::string& value) {
  std::string error;
  INFO(key << "=" << value << ": " << error);
  REQUIRE(conf->set(key, value, error) == RdKafka::Conf::CONF_OK);
}

// Every record of `topic` (partitions [0, partitions)), read from offset 0
// to the high watermark seen at the start, with all headers, as any outside
// consumer would. A partition the mock truncated (DESIGN §8) fails.
inline std::vector<Record> ReadWholeTopic(const std::string& bootstraps, const std::string& topic,
                                          int partitions = kPartitions) {
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  SetConf(conf.get(), "bootstrap.servers", bootstraps);
  SetConf(conf.get(), "group.id", "relance-engine-it-reader");
  SetConf(conf.get(), "enable.auto.commit", "false");
  SetConf(conf.get(), "fetch.wait.max.ms", "10");
  std::string error;
  std::unique_ptr<RdKafka::KafkaConsumer> consumer(RdKafka::KafkaConsumer::create(conf.get(), error));
  INFO("consumer: " << error);
  REQUIRE(consumer);

  std::vector<std::int64_t> high(static_cast<std::size_t>(partitions), 0);
  std::vector<RdKafka::TopicPartition*> assignment;
  std::int64_t remaining = 0;
  for (int p = 0; p < partitions; ++p) {
    std::int64_t low = 0;
    const RdKafka::ErrorCode err = consumer->query_watermark_offsets(topic, p, &low, &high[p], 10'000);
    INFO(topic << " [" << p << "] watermarks: " << RdKafka::err2str(err));
    REQUIRE(err == RdKafka::ERR_NO_ERROR);
    INFO(topic << " [" << p << "] starts at offset " << low << ": the mock dropped older records");
    REQUIRE(low == 0);
    remaining += high[p];
    assignment.push_back(RdKafka::TopicPartition::create(topic, p, RdKafka::Topic::OFFSET_BEGINNING));
  }
  REQUIRE(consumer->assign(assignment) == RdKafka::ERR_NO_ERROR);
  RdKafka::TopicPartition::destroy(assignment);

  std::vector<Record> records;
  std::vector<std::int64_t> next(static_cast<std::size_t>(partitions), 0);
  const auto deadline = Clock::now() + seconds(30);
  while (remaining > 0) {
    if (Clock::now() > deadline) FAIL(remaining << " records of " << topic << " still unread at the deadline");
    const std::unique_ptr<RdKafka::Message> m(consumer->consume(100));
    if (m->err() == RdKafka::ERR__TIMED_OUT || m->err() == RdKafka::ERR__PARTITION_EOF) continue;
    if (m->err() != RdKafka::ERR_NO_ERROR) FAIL("consume from " << topic << ": " << m->errstr());
    const int p = m->partition();
    if (m->offset() >= high[p]) continue;  // Arrived after we looked.
    if (m->offset() != next[p]) FAIL(topic << " [" << p << "] offset " << m->offset() << ", expected " << next[p]);
    ++next[p];
    --remaining;
    Record r;
    r.partition = p;
    r.offset = m->offset();
    if (m->key_pointer() != nullptr) {
      r.has_key = true;
      r.key.assign(static_cast<const char*>(m->key_pointer()), m->key_len());
    }
    r.value.assign(static_cast<const char*>(m->payload()), m->len());
    if (RdKafka::Headers* headers = m->headers(); headers != nullptr) {
      for (const auto& h : headers->get_all()) {
        r.headers.emplace_back(h.key(), h.value() != nullptr
                                            ? std::string(static_cast<const char*>(h.value()), h.value_size())
                                            : std::string());
      }
    }
    records.push_back(std::move(r));
  }
  consumer->close();
  return records;
}

// What the outbox records of a topic say about at-least-once delivery.
struct OutboxIds {
  std::uint64_t records = 0;
  std::uint64_t without_id = 0;
  std::uint64_t duplicates = 0;  // Same id, same bytes: allowed (at-least-once).
  std::uint64_t conflicts = 0;   // Same id, other bytes (value, key or headers): a bug.
  std::map<std::string, const Record*> by_id;
  std::string first_problem;
};

inline OutboxIds CheckOutboxIds(const std::vector<Record>& records) {
  OutboxIds ids;
  for (const Record& r : records) {
    ++ids.records;
    const auto id = r.Header(kIdHeader);
    if (!id) {
      ++ids.without_id;
      if (ids.first_problem.empty()) {
        ids.first_problem = fmt::format("partition {} offset {}: no {} header", r.partition, r.offset, kIdHeader);
      }
      continue;
    }
    const auto [it, inserted] = ids.by_id.emplace(*id, &r);
    if (inserted) continue;
    const Record& first = *it->second;
    if (first.value == r.value && first.key == r.key && first.headers == r.headers) {
      ++ids.duplicates;
    } else {
      ++ids.conflicts;
      if (ids.first_problem.empty()) {
        ids.first_problem = fmt::format("id {} at {}/{} and at {}/{} with different bytes", *id, first.partition,
                                        first.offset, r.partition, r.offset);
      }
    }
  }
  return ids;
}

// Reads relance.transitions and relance.rejected back and checks the
// outbox contract: every record has a relance.id, an id seen twice carries
// the same bytes, and the distinct ids are exactly what the reference
// replay produced (nothing lost, nothing applied twice).
// Returns a one-line summary (records, distinct ids, redeliveries per topic).
inline std::string CheckOutboxTopics(const std::string& bootstraps, const Reference& ref) {
  std::string summary;
  const std::vector<Record> transitions = ReadWholeTopic(bootstraps, kafka::kTransitionsTopic);
  const std::vector<Record> rejected = ReadWholeTopic(bootstraps, kafka::kRejectedTopic);
  const std::vector<Record> actions = ReadWholeTopic(bootstraps, kafka::kActionsTopic);
  for (const auto& [topic, records, expected] : {std::tuple{kafka::kTransitionsTopic, &transitions, ref.transitions},
                                                 std::tuple{kafka::kRejectedTopic, &rejected, ref.rejected},
                                                 std::tuple{kafka::kActionsTopic, &actions, ref.actions}}) {
    const OutboxIds ids = CheckOutboxIds(*records);
    INFO(topic << ": " << ids.records << " records, " << ids.by_id.size() << " distinct ids, " << ids.duplicates
               << " identical redeliveries, " << ids.conflicts << " conflicting, " << ids.without_id
               << " without id; first problem: " << ids.first_problem);
    CHECK(ids.without_id == 0);
    CHECK(ids.conflicts == 0);
    CHECK(ids.by_id.size() == expected);
    summary += fmt::format("{}: {} records, {} ids, {} identical redeliveries; ", topic, ids.records, ids.by_id.size(),
                           ids.duplicates);
  }
  return summary;
}

// What the engine told the world, independent of delivery: every distinct
// transition and action record (id, key, value, headers), sorted by id, one
// line each. Two runs of one published log must tell the same.
inline std::string OutboxContent(const std::string& bootstraps) {
  std::string content;
  for (const char* topic : {kafka::kTransitionsTopic, kafka::kActionsTopic}) {
    const std::vector<Record> records = ReadWholeTopic(bootstraps, topic);
    const OutboxIds ids = CheckOutboxIds(records);
    for (const auto& [id, record] : ids.by_id) {
      std::string headers;
      for (const auto& [name, value] : record->headers) headers += name + "=" + value + ";";
      content += fmt::format("{} {} {} {:x} {:x}\n", topic, id, record->key, std::hash<std::string>{}(record->value),
                             std::hash<std::string>{}(headers));
    }
  }
  return content;
}

// How far a consumer group got on relance.events, read from the outside
// (OffsetFetch and ListOffsets only: it never joins the group). The engine
// commits its offsets to the group after each database commit, for lag
// monitoring: a cheap, live progress gauge.
class GroupProgress {
 public:
  GroupProgress(const std::string& bootstraps, const std::string& group, int partitions = kPartitions)
      : partitions_(partitions) {
    std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
    SetConf(conf.get(), "bootstrap.servers", bootstraps);
    SetConf(conf.get(), "group.id", group);
    SetConf(conf.get(), "enable.auto.commit", "false");
    std::string error;
    consumer_.reset(RdKafka::KafkaConsumer::create(conf.get(), error));
    INFO("consumer: " << error);
    REQUIRE(consumer_);
  }
  ~GroupProgress() {
    if (consumer_) consumer_->close();
  }

  // The group's committed offset of each partition (0 where it has none,
  // or when the cluster did not answer).
  std::vector<std::int64_t> Committed() {
    std::vector<RdKafka::TopicPartition*> partitions;
    for (int p = 0; p < partitions_; ++p) partitions.push_back(RdKafka::TopicPartition::create(kafka::kEventsTopic, p));
    std::vector<std::int64_t> offsets(static_cast<std::size_t>(partitions_), 0);
    if (consumer_->committed(partitions, 5'000) == RdKafka::ERR_NO_ERROR) {
      for (auto* tp : partitions) {
        if (tp->err() == RdKafka::ERR_NO_ERROR && tp->offset() >= 0) offsets[tp->partition()] = tp->offset();
      }
    }
    RdKafka::TopicPartition::destroy(partitions);
    return offsets;
  }

  // The high watermarks of relance.events, summed: every message published.
  std::int64_t End() {
    std::int64_t sum = 0;
    for (int p = 0; p < partitions_; ++p) {
      std::int64_t low = 0, high = 0;
      REQUIRE(consumer_->query_watermark_offsets(kafka::kEventsTopic, p, &low, &high, 5'000) == RdKafka::ERR_NO_ERROR);
      sum += high;
    }
    return sum;
  }

 private:
  int partitions_;
  std::unique_ptr<RdKafka::KafkaConsumer> consumer_;
};

// ------------------------------------------------------------ producing by hand

// An idempotent producer for hand-made records (bad input, outside
// producers): each Send waits for its acknowledgement and returns the offset.
// `properties` go over the defaults (a bigger message.max.bytes, ...).
class RecordProducer : public RdKafka::DeliveryReportCb {
 public:
  explicit RecordProducer(const std::string& bootstraps,
                          const std::vector<std::pair<std::string, std::string>>& properties = {}) {
    std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
    SetConf(conf.get(), "bootstrap.servers", bootstraps);
    SetConf(conf.get(), "enable.idempotence", "true");
    SetConf(conf.get(), "linger.ms", "0");
    for (const auto& [key, value] : properties) SetConf(conf.get(), key, value);
    std::string error;
    REQUIRE(conf->set("dr_cb", static_cast<RdKafka::DeliveryReportCb*>(this), error) == RdKafka::Conf::CONF_OK);
    producer_.reset(RdKafka::Producer::create(conf.get(), error));
    INFO("producer: " << error);
    REQUIRE(producer_);
  }
  ~RecordProducer() override {
    if (producer_) producer_->flush(5'000);
  }

  void dr_cb(RdKafka::Message& message) override {
    last_error_ = message.err();
    last_offset_ = message.offset();
    delivered_ = true;
  }

  // Sends one record to `partition` and waits for its acknowledgement. An
  // empty key is sent as no key.
  std::int64_t Send(const std::string& topic, std::int32_t partition, const std::string& key, const std::string& value,
                    const std::vector<std::pair<std::string, std::string>>& headers = {}) {
    RdKafka::Headers* h = RdKafka::Headers::create();
    for (const auto& [name, v] : headers) h->add(name, v.data(), v.size());
    delivered_ = false;
    const RdKafka::ErrorCode err =
        producer_->produce(topic, partition, RdKafka::Producer::RK_MSG_COPY, const_cast<char*>(value.data()),
                           value.size(), key.empty() ? nullptr : key.data(), key.size(), 0, h, nullptr);
    if (err != RdKafka::ERR_NO_ERROR) delete h;
    INFO("produce: " << RdKafka::err2str(err));
    REQUIRE(err == RdKafka::ERR_NO_ERROR);
    REQUIRE(WaitUntil(
        [&] {
          producer_->poll(10);
          return delivered_;
        },
        seconds(20), milliseconds(0)));
    INFO("delivery: " << RdKafka::err2str(last_error_));
    REQUIRE(last_error_ == RdKafka::ERR_NO_ERROR);
    return last_offset_;
  }

 private:
  std::unique_ptr<RdKafka::Producer> producer_;
  bool delivered_ = false;
  RdKafka::ErrorCode last_error_ = RdKafka::ERR_NO_ERROR;
  std::int64_t last_offset_ = -1;
};

}  // namespace relance::testing::engine_it

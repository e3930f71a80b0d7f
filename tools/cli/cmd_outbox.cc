// relance outbox parked|redrive: the outbox records the brokers refused for
// good (kafka/outbox.h), for an operator.
//   parked   lists them (read-only: works beside a running engine);
//   redrive  puts them back in the outbox, for the next `relance run` to
//            produce (the engine must be stopped: RocksDB's lock says so).
#include <google/protobuf/util/json_util.h>
#include <librdkafka/rdkafka.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "engine/kafka/log.h"
#include "engine/kafka/outbox.h"
#include "engine/kafka/produce_limits.h"
#include "engine/store/store.h"
#include "tools/cli/commands.h"

namespace relance::cli {
namespace {

struct OutboxArgs {
  std::string db;
  bool json = false;
  std::size_t limit = 0;
  std::vector<std::uint64_t> seqs;
};

// A database that exists: redrive must not create an empty one at a mistyped path.
Status OpenExisting(const std::string& db, bool read_only, std::unique_ptr<store::Store>* store) {
  if (!std::filesystem::exists(std::filesystem::path(db) / "CURRENT")) {
    return Status::NotFound(db + " is not a Relance database");
  }
  store::StoreOptions options;
  options.read_only = read_only;
  return store::Store::Open(db, options, store);
}

int RunParked(const OutboxArgs& args) {
  std::unique_ptr<store::Store> store;
  if (Status s = OpenExisting(args.db, /*read_only=*/true, &store); !s.ok()) return Fail("open " + args.db, s);
  std::vector<v1::ParkedRecord> parked;
  if (Status s = kafka::ListParked(*store, args.limit, &parked); !s.ok()) return Fail("outbox parked", s);
  for (const v1::ParkedRecord& p : parked) {
    if (args.json) {
      // Key and value as base64 (protobuf-JSON bytes): the record, whole.
      std::string line;
      (void)google::protobuf::util::MessageToJsonString(p, &line);
      std::printf("%s\n", line.c_str());
      continue;
    }
    const v1::OutboxRecord& r = p.record();
    std::printf("seq=%llu topic=%s id=\"%s\" bytes=%zu error=%s detail=\"%s\"\n",
                static_cast<unsigned long long>(p.outbox_seq()), r.topic().c_str(), kafka::Quoted(r.id()).c_str(),
                kafka::RecordWireBytes(r), rd_kafka_err2name(static_cast<rd_kafka_resp_err_t>(p.error_code())),
                kafka::Quoted(p.error()).c_str());
  }
  if (!args.json) std::printf("parked: %zu records\n", parked.size());
  return 0;
}

int RunRedrive(const OutboxArgs& args) {
  std::unique_ptr<store::Store> store;
  if (Status s = OpenExisting(args.db, /*read_only=*/false, &store); !s.ok()) return Fail("open " + args.db, s);
  std::uint64_t moved = 0;
  if (Status s = kafka::RedriveParked(store.get(), args.seqs, &moved); !s.ok()) return Fail("outbox redrive", s);
  if (Status s = store->Flush(); !s.ok()) return Fail("outbox redrive", s);
  std::printf("redriven: %llu records back in the outbox; the next `relance run` produces them\n",
              static_cast<unsigned long long>(moved));
  return 0;
}

}  // namespace

void AddOutboxCommands(CLI::App& app, int* exit_code) {
  CLI::App* outbox = app.add_subcommand("outbox", "Outbox records the brokers refused for good (parked)");
  outbox->require_subcommand(1);

  auto parked_args = std::make_shared<OutboxArgs>();
  CLI::App* parked = outbox->add_subcommand(
      "parked", "List parked records: sequence number, topic, id, weight, the producer's error (read-only)");
  parked->add_option("--db", parked_args->db, "Database directory")->required();
  parked->add_flag("--json", parked_args->json, "One ParkedRecord per line as protobuf-JSON, key and value in base64");
  parked->add_option("--limit", parked_args->limit, "At most this many (0: all)");
  parked->callback([parked_args, exit_code] { *exit_code = RunParked(*parked_args); });

  auto redrive_args = std::make_shared<OutboxArgs>();
  CLI::App* redrive = outbox->add_subcommand(
      "redrive",
      "Put parked records back in the outbox, for the next `relance run` to produce (engine stopped; fix the cause "
      "first: topic limit, ACL, ...)");
  redrive->add_option("--db", redrive_args->db, "Database directory")->required();
  redrive->add_option("--seq", redrive_args->seqs, "Only these sequence numbers (repeatable; default: all)");
  redrive->callback([redrive_args, exit_code] { *exit_code = RunRedrive(*redrive_args); });
}

}  // namespace relance::cli

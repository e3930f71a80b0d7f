// relance show debt|debtor: one state as JSON (protobuf-JSON, proto field names).
#include <fmt/format.h>
#include <google/protobuf/util/json_util.h>

#include <cstdio>
#include <memory>

#include "engine/core/hash.h"
#include "engine/store/history.h"
#include "engine/store/keys.h"
#include "engine/store/store.h"
#include "relance/v1/events.pb.h"
#include "relance/v1/state.pb.h"
#include "tools/cli/commands.h"

namespace relance::cli {
namespace {

struct ShowArgs {
  std::string kind;
  std::string id;
  std::string db;
  bool history = false;
};

std::string ToJson(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  options.add_whitespace = true;
  std::string out;
  (void)google::protobuf::util::MessageToJsonString(message, &out, options);
  return out;
}

// Debt keys carry the debtor's partition, which a debt id alone does not
// tell: look in each partition (a point lookup each, bloom-filtered).
Status FindDebt(const store::Store& store, std::uint32_t partitions, const std::string& id, std::uint32_t* partition,
                std::string* value, bool* found) {
  for (std::uint32_t p = 0; p < partitions; ++p) {
    if (Status s = store.Get(store::Family::kDebt, store::EntityKey(p, id), value, found); !s.ok()) return s;
    if (*found) {
      *partition = p;
      return Status::Ok();
    }
  }
  return Status::Ok();
}

int RunShow(const ShowArgs& args) {
  std::unique_ptr<store::Store> store;
  if (Status s = OpenForReading(args.db, &store); !s.ok()) return Fail("open " + args.db, s);
  std::uint32_t partitions = 0;
  if (Status s = store->UsePartitions(0, &partitions); !s.ok()) return Fail("open " + args.db, s);
  std::string value;
  bool found = false;
  if (args.kind == "debtor") {
    const std::uint32_t p = PartitionForKey(args.id, partitions);
    if (Status s = store->Get(store::Family::kDebtor, store::EntityKey(p, args.id), &value, &found); !s.ok()) {
      return Fail("show", s);
    }
    if (!found) return Fail("show", Status::NotFound("no debtor '" + args.id + "'"));
    v1::DebtorState debtor;
    if (!debtor.ParseFromString(value)) return Fail("show", Status::Corruption("debtor state"));
    std::printf("%s\n", ToJson(debtor).c_str());
    return 0;
  }
  std::uint32_t p = 0;
  if (Status s = FindDebt(*store, partitions, args.id, &p, &value, &found); !s.ok()) return Fail("show", s);
  if (!found) return Fail("show", Status::NotFound("no debt '" + args.id + "'"));
  v1::DebtState debt;
  if (!debt.ParseFromString(value)) return Fail("show", Status::Corruption("debt state"));
  if (!args.history) {
    std::printf("%s\n", ToJson(debt).c_str());
    return 0;
  }
  // One JSON document: the state and its history, oldest entry first. Built
  // whole before printing, so a corrupt entry prints nothing half-way.
  std::string out = "{\"debt\": " + ToJson(debt) + ",\n\"history\": [";
  const std::string prefix = store::HistoryPrefix(p, args.id);
  auto it = store->NewIterator(store::Family::kHistory);
  v1::HistoryEntry entry;
  bool parsed = true;
  std::uint64_t entries = 0;
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    const std::string_view key(it->key().data(), it->key().size());
    const std::string_view chunk(it->value().data(), it->value().size());
    const bool ok =
        store::ForEachHistoryRecord(chunk, store::HistoryKeySeq(key), [&](std::uint64_t seq, std::string_view bytes) {
          if (!parsed || !store::ParseHistoryEntry(bytes, &entry)) {
            parsed = false;
            return;
          }
          out += entries++ == 0 ? "\n" : ",\n";
          out += fmt::format("{{\"seq\": {}, \"event\": {}, \"balance_changes\": [", seq, ToJson(entry.event()));
          for (int i = 0; i < entry.balance_changes_size(); ++i) {
            if (i > 0) out += ", ";
            out += ToJson(entry.balance_changes(i));
          }
          out += "]}";
        });
    if (!ok || !parsed) return Fail("show", Status::Corruption("history chunk of " + args.id));
  }
  if (!it->status().ok()) return Fail("show", store::FromRocks(it->status()));
  out += "\n]}";
  std::printf("%s\n", out.c_str());
  return 0;
}

}  // namespace

void AddShowCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ShowArgs>();
  CLI::App* cmd = app.add_subcommand("show", "Print a debt's or a debtor's state as JSON");
  cmd->add_option("kind", args->kind, "debt or debtor")->required()->check(CLI::IsMember({"debt", "debtor"}));
  cmd->add_option("id", args->id, "Debt id or debtor key")->required();
  cmd->add_option("--db", args->db, "Database directory")->required();
  cmd->add_flag("--history", args->history,
                "With a debt: one JSON document {\"debt\", \"history\"}, the history its applied events, oldest first, "
                "each with its balance changes");
  cmd->callback([args, exit_code] { *exit_code = RunShow(*args); });
}

}  // namespace relance::cli

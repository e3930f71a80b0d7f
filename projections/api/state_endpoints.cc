#include "projections/api/state_endpoints.h"

#include <fmt/format.h>
#include <google/protobuf/util/json_util.h>

#include "engine/core/hash.h"
#include "engine/store/history.h"
#include "engine/store/keys.h"
#include "relance/v1/events.pb.h"
#include "relance/v1/state.pb.h"

namespace relance::api {
namespace {

ApiResponse StoreError(const Status& s) { return JsonError(500, "internal", s.ToString()); }

ApiResponse NoDebt(const std::string& debt_id) {
  return JsonError(404, "not_found", fmt::format("no debt '{}'", debt_id));
}

bool AppendJson(const google::protobuf::Message& message, std::string* out) {
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = true;  // A stable shape: zeros and empty lists are written.
  std::string json;
  if (!google::protobuf::util::MessageToJsonString(message, &json, options).ok()) return false;
  out->append(json);
  return true;
}

}  // namespace

Status FindDebt(const ReadView& view, const std::string& debt_id, const std::string* debtor, std::uint32_t* partition,
                v1::DebtState* debt, bool* found) {
  *found = false;
  std::string value;
  auto look = [&](std::uint32_t p) -> Status {
    bool hit = false;
    if (Status s = view.Get(store::Family::kDebt, store::EntityKey(p, debt_id), &value, &hit); !s.ok()) return s;
    if (!hit) return Status::Ok();
    if (!debt->ParseFromString(value)) return Status::Corruption(fmt::format("debt state of '{}'", debt_id));
    *found = debtor == nullptr || debt->debtor_key() == *debtor;
    *partition = p;
    return Status::Ok();
  };
  if (debtor != nullptr) return look(PartitionForKey(*debtor, view.partitions()));
  for (std::uint32_t p = 0; p < view.partitions() && !*found; ++p) {
    if (Status s = look(p); !s.ok()) return s;
  }
  return Status::Ok();
}

ApiResponse DebtResponse(const ReadView& view, const std::string& debt_id, const std::string* debtor) {
  std::uint32_t partition = 0;
  v1::DebtState debt;
  bool found = false;
  if (Status s = FindDebt(view, debt_id, debtor, &partition, &debt, &found); !s.ok()) return StoreError(s);
  if (!found) return NoDebt(debt_id);
  debt.clear_applied_event_hashes();
  ApiResponse response;
  response.body = fmt::format(R"({{"partition":{},"debt":)", partition);
  if (!AppendJson(debt, &response.body)) return JsonError(500, "internal", "debt state not printable as JSON");
  response.body += '}';
  return response;
}

ApiResponse DebtHistoryResponse(const ReadView& view, const std::string& debt_id, const std::string* debtor,
                                const HistoryPage& page) {
  std::uint32_t partition = 0;
  v1::DebtState debt;
  bool found = false;
  if (Status s = FindDebt(view, debt_id, debtor, &partition, &debt, &found); !s.ok()) return StoreError(s);
  if (!found) return NoDebt(debt_id);

  const std::uint64_t first = page.after_seq ? *page.after_seq + 1 : 0;
  const std::string prefix = store::HistoryPrefix(partition, debt_id);
  std::string limit_key = prefix;
  limit_key.back() = '\x01';  // Just past every key of this debt.
  const rocksdb::Slice upper(limit_key);
  auto it = view.NewIterator(store::Family::kHistory, &upper);
  // Chunks are keyed by their first seq: start at the chunk holding `first`.
  it->SeekForPrev(store::HistoryKey(partition, debt_id, first));
  if (!it->Valid() || !it->key().starts_with(prefix)) it->Seek(prefix);

  ApiResponse response;
  std::string& body = response.body;
  body = fmt::format(R"({{"debt_id":{},"partition":{},"history_seq":{},"entries":[)", JsonString(debt_id), partition,
                     debt.history_seq());
  std::size_t entries = 0;
  std::uint64_t last_seq = 0;
  bool more = false;
  bool printable = true;
  v1::HistoryEntry entry;
  for (; it->Valid() && it->key().starts_with(prefix) && !more; it->Next()) {
    const std::string_view key(it->key().data(), it->key().size());
    const std::string_view chunk(it->value().data(), it->value().size());
    const bool ok =
        store::ForEachHistoryRecord(chunk, store::HistoryKeySeq(key), [&](std::uint64_t seq, std::string_view bytes) {
          if (seq < first || more || !printable) return;
          if (entries == page.limit) {
            more = true;
            return;
          }
          if (!store::ParseHistoryEntry(bytes, &entry)) {
            printable = false;
            return;
          }
          body += entries == 0 ? "" : ",";
          fmt::format_to(std::back_inserter(body), R"({{"seq":{},"event":)", seq);
          printable = AppendJson(entry.event(), &body);
          body += R"(,"balance_changes":[)";
          for (int i = 0; i < entry.balance_changes_size() && printable; ++i) {
            if (i > 0) body += ',';
            printable = AppendJson(entry.balance_changes(i), &body);
          }
          body += "]}";
          ++entries;
          last_seq = seq;
        });
    if (!ok || !printable) return JsonError(500, "internal", fmt::format("history of '{}' is corrupt", debt_id));
  }
  if (!it->status().ok()) return StoreError(store::FromRocks(it->status()));
  // Checked on every read: the state and its history come from one snapshot,
  // so a full read must hold exactly history_seq entries.
  if (!more && !page.after_seq && entries != debt.history_seq()) {
    return JsonError(
        500, "internal",
        fmt::format("debt '{}' has history_seq {} but {} history entries", debt_id, debt.history_seq(), entries));
  }
  body += "],\"next_after_seq\":";
  body += more ? std::to_string(last_seq) : "null";
  body += '}';
  return response;
}

ApiResponse DebtorResponse(const ReadView& view, const std::string& debtor_key, ReadModel* model) {
  const std::uint32_t partition = PartitionForKey(debtor_key, view.partitions());
  std::string value;
  bool found = false;
  if (Status s = view.Get(store::Family::kDebtor, store::EntityKey(partition, debtor_key), &value, &found); !s.ok())
    return StoreError(s);
  if (!found) return JsonError(404, "not_found", fmt::format("no debtor '{}'", debtor_key));
  v1::DebtorState debtor;
  if (!debtor.ParseFromString(value)) return JsonError(500, "internal", "debtor state is corrupt");
  debtor.clear_applied_event_hashes();
  ApiResponse response;
  response.body = fmt::format(R"({{"partition":{},"debtor":)", partition);
  if (!AppendJson(debtor, &response.body)) return JsonError(500, "internal", "debtor state not printable as JSON");
  std::optional<std::string> risk;
  if (Status s = model->DebtorRisk(view, debtor_key, &risk); !s.ok()) return StoreError(s);
  response.body += ",\"risk\":";
  response.body += risk ? *risk : "null";
  response.body += '}';
  return response;
}

}  // namespace relance::api

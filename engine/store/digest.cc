#include "engine/store/digest.h"

#include <fmt/format.h>

#include <memory>
#include <set>

#include "engine/core/ledger.h"
#include "engine/store/history.h"
#include "engine/store/keys.h"
#include "engine/store/sha256.h"

namespace relance::store {
namespace {

constexpr std::size_t kProblemsMax = 100;

void AddProblem(AuditResult* result, std::string problem) {
  if (result->problems.size() < kProblemsMax) result->problems.push_back(std::move(problem));
}

}  // namespace

Status ComputeDigest(const Store& store, DigestResult* result) {
  const rocksdb::Snapshot* snapshot = store.db()->GetSnapshot();
  Sha256 sha;
  Status status;
  for (Family family : {Family::kDebt, Family::kDebtor, Family::kHistory, Family::kTimer, Family::kMeta,
                        Family::kAction, Family::kProjection}) {
    sha.Update(FamilyName(family));
    auto it = store.NewIterator(family, snapshot);
    std::uint64_t count = 0;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      const std::string_view key(it->key().data(), it->key().size());
      const std::string_view value(it->value().data(), it->value().size());
      // Cursors, offsets and the partition count describe inputs, not state;
      // partition records and forgotten ids are state (keys.h).
      if (family == Family::kMeta && (key.empty() || (key[0] != 'P' && key[0] != kForgottenPrefix))) continue;
      if (family == Family::kProjection && IsDerivedProjectionKey(key)) continue;
      if (family == Family::kHistory) {
        // Logical entries, whatever the chunking (history.h).
        const std::uint32_t partition = PartitionOf(key);
        const std::string_view debt_id = key.substr(2, key.size() - 2 - 1 - 8);
        const bool ok = ForEachHistoryRecord(value, HistoryKeySeq(key), [&](std::uint64_t seq, std::string_view event) {
          const std::string entry_key = HistoryKey(partition, debt_id, seq);
          sha.UpdateLength(entry_key.size());
          sha.Update(entry_key);
          sha.UpdateLength(event.size());
          sha.Update(event);
          ++count;
        });
        if (!ok && status.ok()) status = Status::Corruption("history chunk");
        continue;
      }
      sha.UpdateLength(key.size());
      sha.Update(key);
      sha.UpdateLength(value.size());
      sha.Update(value);
      ++count;
    }
    if (!it->status().ok()) status = FromRocks(it->status());
    switch (family) {
      case Family::kDebt:
        result->debts = count;
        break;
      case Family::kDebtor:
        result->debtors = count;
        break;
      case Family::kHistory:
        result->history_entries = count;
        break;
      case Family::kTimer:
        result->timers = count;
        break;
      case Family::kAction:
        result->actions = count;
        break;
      case Family::kProjection:
        result->projection_rows = count;
        break;
      case Family::kMeta:
      case Family::kOutbox:  // Records in flight, not state: never in the digest.
        break;
    }
  }
  store.db()->ReleaseSnapshot(snapshot);
  result->sha256_hex = sha.Hex();
  return status;
}

Status Audit(const Store& store, AuditResult* result) {
  const rocksdb::Snapshot* snapshot = store.db()->GetSnapshot();
  std::set<std::string> open_debt_keys;    // From the debt family.
  std::set<std::string> listed_open_keys;  // From the debtors' lists.
  std::set<std::string> timer_keys;
  {
    auto it = store.NewIterator(Family::kTimer, snapshot);
    for (it->SeekToFirst(); it->Valid(); it->Next()) timer_keys.insert(it->key().ToString());
  }
  auto debts = store.NewIterator(Family::kDebt, snapshot);
  v1::DebtState scratch;
  core::Debt debt;
  for (debts->SeekToFirst(); debts->Valid(); debts->Next()) {
    const std::string key = debts->key().ToString();
    if (!debt.ParseFrom(std::string_view(debts->value().data(), debts->value().size()), &scratch)) {
      AddProblem(result, "unparsable debt state");
      continue;
    }
    if (std::string problem = core::CheckDebtInvariants(debt); !problem.empty()) AddProblem(result, problem);
    ++result->debts_checked;
    if (!core::IsClosed(debt.status())) open_debt_keys.insert(key);
    const Day review = *ToDay(debt.review_date());
    if (review != kNoDay && timer_keys.count(TimerKey(PartitionOf(key), review, debt.debt_id())) == 0) {
      AddProblem(result, fmt::format("debt {}: review {} without its timer", debt.debt_id(), FormatDay(review)));
    }
  }
  auto debtors = store.NewIterator(Family::kDebtor, snapshot);
  v1::DebtorState debtor;
  for (debtors->SeekToFirst(); debtors->Valid(); debtors->Next()) {
    if (!debtor.ParseFromArray(debtors->value().data(), static_cast<int>(debtors->value().size()))) {
      AddProblem(result, "unparsable debtor state");
      continue;
    }
    const std::uint32_t partition = PartitionOf(std::string_view(debtors->key().data(), debtors->key().size()));
    for (const auto& ref : debtor.open_debts()) listed_open_keys.insert(EntityKey(partition, ref.debt_id()));
    for (const auto& credit : debtor.credit()) {
      if (credit.amount_minor() < 0) AddProblem(result, fmt::format("debtor {}: negative credit", debtor.debtor_key()));
    }
  }
  if (open_debt_keys != listed_open_keys) {
    AddProblem(result, fmt::format("{} open debts but {} listed as open by their debtors", open_debt_keys.size(),
                                   listed_open_keys.size()));
  }
  Status status = FromRocks(debts->status());
  store.db()->ReleaseSnapshot(snapshot);
  return status;
}

}  // namespace relance::store

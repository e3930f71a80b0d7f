#include "projections/keys.h"

#include "engine/store/keys.h"
#include "projections/risk.h"

namespace relance::projections {
namespace {

void AppendBig16(std::string* key, std::uint32_t v) {
  key->push_back(static_cast<char>((v >> 8) & 0xff));
  key->push_back(static_cast<char>(v & 0xff));
}

void AppendBig32(std::string* key, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) key->push_back(static_cast<char>((v >> shift) & 0xff));
}

// A day number that sorts as unsigned bytes: the sign bit flipped.
void AppendDay(std::string* key, std::int32_t day) { AppendBig32(key, static_cast<std::uint32_t>(day) ^ 0x8000'0000u); }

}  // namespace

std::string KindPrefix(char kind, std::uint32_t partition) {
  std::string key(1, kind);
  store::AppendPartition(&key, partition);
  return key;
}

void AssignRowKey(char kind, std::uint32_t partition, std::string_view id, std::string* key) {
  key->assign(1, kind);
  store::AppendPartition(key, partition);
  key->append(id);
}

std::string DebtRowKey(std::uint32_t partition, std::string_view debt_id) {
  std::string key;
  AssignRowKey(kDebtRowKind, partition, debt_id, &key);
  return key;
}

std::string RiskRowKey(std::uint32_t partition, std::string_view debtor_key) {
  std::string key;
  AssignRowKey(kRiskRowKind, partition, debtor_key, &key);
  return key;
}

std::string RiskIndexKey(std::uint32_t partition, std::uint32_t score, std::string_view debtor_key) {
  std::string key = KindPrefix(kRiskIndexKind, partition);
  AppendBig16(&key, kRiskScoreMax - score);
  key.append(debtor_key);
  return key;
}

std::string StepRowKey(std::uint32_t partition, std::uint32_t level, std::int32_t channel) {
  std::string key = KindPrefix(kStepRowKind, partition);
  AppendBig32(&key, level);
  AppendBig32(&key, static_cast<std::uint32_t>(channel));
  return key;
}

std::string AgeingMarkerKey(std::uint32_t partition) { return KindPrefix(kAgeingBlockKind, partition); }

std::string AgeingBlockKey(std::uint32_t partition, std::string_view currency, std::string_view creditor_id,
                           std::int32_t first_day) {
  std::string key = KindPrefix(kAgeingBlockKind, partition);
  key.push_back(static_cast<char>(currency.size()));
  key.append(currency);
  key.append(creditor_id);
  AppendDay(&key, first_day);
  return key;
}

std::string LateDebtKey(std::uint32_t partition, std::int32_t last_delta_day, std::string_view debt_id) {
  std::string key = LateDebtFirstKey(partition, last_delta_day);
  key.append(debt_id);
  return key;
}

std::string LateDebtFirstKey(std::uint32_t partition, std::int32_t day) {
  std::string key = KindPrefix(kLateDebtKind, partition);
  AppendDay(&key, day);
  return key;
}

std::string_view LateDebtId(std::string_view key) { return key.substr(7); }

std::uint32_t RowPartition(std::string_view key) { return store::PartitionOf(key.substr(1)); }

std::string_view RowId(std::string_view key) { return key.substr(3); }

std::uint32_t RiskIndexScore(std::string_view key) {
  const std::uint32_t inverted =
      (static_cast<std::uint32_t>(static_cast<unsigned char>(key[3])) << 8) | static_cast<unsigned char>(key[4]);
  return kRiskScoreMax - inverted;
}

std::string_view RiskIndexDebtor(std::string_view key) { return key.substr(5); }

}  // namespace relance::projections

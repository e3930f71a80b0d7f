#include "engine/store/keys.h"

#include <fmt/format.h>

namespace relance::store {
namespace {

void AppendBig32(std::string* key, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) key->push_back(static_cast<char>((v >> shift) & 0xff));
}

void AppendBig64(std::string* key, std::uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8) key->push_back(static_cast<char>((v >> shift) & 0xff));
}

// Day numbers are signed; the offset keeps big-endian order equal to date order.
std::uint32_t OrderedDay(Day day) { return static_cast<std::uint32_t>(day) ^ 0x80000000u; }

}  // namespace

void AppendPartition(std::string* key, std::uint32_t partition) {
  key->push_back(static_cast<char>((partition >> 8) & 0xff));
  key->push_back(static_cast<char>(partition & 0xff));
}

std::uint32_t PartitionOf(std::string_view key) {
  return (static_cast<std::uint32_t>(static_cast<unsigned char>(key[0])) << 8) | static_cast<unsigned char>(key[1]);
}

std::string EntityKey(std::uint32_t partition, std::string_view id) {
  std::string key;
  key.reserve(2 + id.size());
  AppendPartition(&key, partition);
  key.append(id);
  return key;
}

std::string HistoryPrefix(std::uint32_t partition, std::string_view debt_id) {
  std::string key = EntityKey(partition, debt_id);
  key.push_back('\0');
  return key;
}

std::string HistoryKey(std::uint32_t partition, std::string_view debt_id, std::uint64_t seq) {
  std::string key = HistoryPrefix(partition, debt_id);
  AppendBig64(&key, seq);
  return key;
}

std::string TimerPrefix(std::uint32_t partition) {
  std::string key;
  AppendPartition(&key, partition);
  return key;
}

std::string TimerKey(std::uint32_t partition, Day day, std::string_view debt_id) {
  std::string key = TimerPrefix(partition);
  AppendBig32(&key, OrderedDay(day));
  key.append(debt_id);
  return key;
}

std::string TimerLimit(std::uint32_t partition, Day day) {
  std::string key = TimerPrefix(partition);
  AppendBig32(&key, OrderedDay(day + 1));
  return key;
}

std::string_view TimerDebtId(std::string_view key) { return key.substr(2 + 4); }

Day TimerDay(std::string_view key) {
  std::uint32_t ordered = 0;
  for (std::size_t i = 2; i < 6; ++i) ordered = (ordered << 8) | static_cast<unsigned char>(key[i]);
  return static_cast<Day>(ordered ^ 0x80000000u);
}

std::string PartitionMetaKey(std::uint32_t partition) {
  std::string key(1, 'P');
  AppendPartition(&key, partition);
  return key;
}

namespace {

std::string ForgottenPrefix(std::uint32_t partition, std::string_view debtor_key, char kind) {
  std::string key(1, kForgottenPrefix);
  AppendPartition(&key, partition);
  key.append(debtor_key);
  key.push_back('\0');
  key.push_back(kind);
  return key;
}

}  // namespace

std::string ForgottenEventKey(std::uint32_t partition, std::string_view debtor_key, std::uint64_t event_hash) {
  std::string key = ForgottenPrefix(partition, debtor_key, 'e');
  AppendBig64(&key, event_hash);
  return key;
}

std::string ForgottenPaymentKey(std::uint32_t partition, std::string_view debtor_key, std::string_view payment_id) {
  std::string key = ForgottenPrefix(partition, debtor_key, 'p');
  key.append(payment_id);
  return key;
}

std::string RejectedPrefix(std::uint32_t partition, std::string_view debt_id) {
  std::string key(1, kRejectedPrefix);
  AppendPartition(&key, partition);
  key.append(debt_id);
  key.push_back('\0');
  return key;
}

std::string RejectedKey(std::uint32_t partition, std::string_view debt_id, std::uint32_t index) {
  std::string key = RejectedPrefix(partition, debt_id);
  AppendBig32(&key, index);
  return key;
}

std::string OffsetKey(std::uint32_t partition) {
  std::string key(1, 'O');
  AppendPartition(&key, partition);
  return key;
}

std::string GapKey(std::uint32_t partition) {
  std::string key(1, 'G');
  AppendPartition(&key, partition);
  return key;
}

std::string OutboxKey(std::uint64_t seq) { return EncodeBig64(seq); }

std::string ParkedKey(std::uint64_t seq) {
  std::string key(1, kParkedPrefix);
  AppendBig64(&key, seq);
  return key;
}

std::uint64_t ParkedSeq(std::string_view key) { return DecodeBig64(key.substr(1)); }

std::string ActionDayPrefix(Day day) {
  std::string key;
  AppendBig32(&key, OrderedDay(day));
  return key;
}

std::string ActionKey(Day day, std::uint32_t partition, std::string_view action_id) {
  std::string key = ActionDayPrefix(day);
  AppendPartition(&key, partition);
  key.append(action_id);
  return key;
}

std::string EncodeBig64(std::uint64_t v) {
  std::string out;
  AppendBig64(&out, v);
  return out;
}

std::uint64_t DecodeBig64(std::string_view bytes) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < 8 && i < bytes.size(); ++i) v = (v << 8) | static_cast<unsigned char>(bytes[i]);
  return v;
}

std::string CursorKey(std::string_view source) {
  std::string key(1, 'C');
  key.append(source);
  return key;
}

std::string PartitionCursorKey(std::string_view source, std::uint32_t partition) {
  return fmt::format("{}@{:05}", CursorKey(source), partition);
}

}  // namespace relance::store

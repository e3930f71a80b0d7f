#include "engine/store/history.h"

namespace relance::store {

namespace {

void AppendVarint(std::string* out, std::uint64_t value) {
  do {
    auto byte = static_cast<std::uint8_t>(value & 0x7f);
    value >>= 7;
    if (value != 0) byte |= 0x80;
    out->push_back(static_cast<char>(byte));
  } while (value != 0);
}

std::size_t VarintSize(std::uint64_t value) {
  std::size_t size = 1;
  while (value >= 0x80) {
    value >>= 7;
    ++size;
  }
  return size;
}

// Field tags of v1::HistoryEntry: 1 (event) and 2 (balance_changes), both
// length-delimited (wire type 2).
constexpr char kEventTag = (1 << 3) | 2;
constexpr char kBalanceChangeTag = (2 << 3) | 2;
constexpr char kDecisionTag = (3 << 3) | 2;

// A core decision as stored: what it says of an action is taken from the
// action itself (its id, channel, date and the rule that chose its ladder).
void ToRecord(const core::Decision& decision, const core::Outcome& outcome, v1::Decision* record) {
  record->Clear();
  record->set_kind(decision.kind);
  switch (decision.kind) {
    case v1::DECISION_KIND_TRANSITION:
      record->set_from(decision.from);
      record->set_to(decision.to);
      record->set_detail(decision.detail);
      return;
    case v1::DECISION_KIND_ACTION: {
      const v1::Action& action = outcome.actions[decision.action];
      record->set_action_kind(decision.action_kind);
      record->set_level(decision.level);
      record->set_action_id(action.action_id());
      record->set_channel(action.channel());
      *record->mutable_date() = action.date();
      record->set_policy_id(action.policy_id());
      record->set_policy_version(action.policy_version());
      record->set_segment(action.segment());
      record->set_debtor_type(action.debtor_type());
      record->set_step_day_offset(decision.step_day_offset);
      record->set_listed(decision.listed);
      return;
    }
    case v1::DECISION_KIND_HELD:
      record->set_action_kind(decision.action_kind);
      record->set_level(decision.level);
      record->set_step_day_offset(decision.step_day_offset);
      record->set_hold(decision.hold);
      return;
    case v1::DECISION_KIND_UNSPECIFIED:
    case v1::DecisionKind_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::DecisionKind_INT_MAX_SENTINEL_DO_NOT_USE_:
      return;
  }
}

}  // namespace

void AppendHistoryEntry(std::string* chunk, std::string_view event_bytes, const core::Outcome& outcome,
                        std::uint32_t debt_index, HistoryScratch* scratch) {
  std::string& changes = scratch->changes;
  changes.clear();
  for (const core::BalanceChange& change : outcome.balance_changes) {
    if (change.debt != debt_index) continue;
    core::ToRecord(change, &scratch->change);
    changes.push_back(kBalanceChangeTag);
    AppendVarint(&changes, scratch->change.ByteSizeLong());
    scratch->change.AppendToString(&changes);
  }
  for (std::size_t i = 0; i < outcome.decisions_used; ++i) {
    const core::Decision& decision = outcome.decisions[i];
    if (decision.debt != debt_index) continue;
    ToRecord(decision, outcome, &scratch->decision);
    changes.push_back(kDecisionTag);
    AppendVarint(&changes, scratch->decision.ByteSizeLong());
    scratch->decision.AppendToString(&changes);
  }
  const std::size_t entry_size = 1 + VarintSize(event_bytes.size()) + event_bytes.size() + changes.size();
  AppendVarint(chunk, entry_size);
  chunk->push_back(kEventTag);
  AppendVarint(chunk, event_bytes.size());
  chunk->append(event_bytes);
  chunk->append(changes);
}

bool ParseHistoryEntry(std::string_view bytes, v1::HistoryEntry* entry) {
  return entry->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()));
}

bool ForEachHistoryRecord(std::string_view chunk, std::uint64_t first_seq,
                          const std::function<void(std::uint64_t, std::string_view)>& fn) {
  std::size_t pos = 0;
  std::uint64_t seq = first_seq;
  while (pos < chunk.size()) {
    std::uint64_t length = 0;
    int shift = 0;
    for (;;) {
      if (pos >= chunk.size() || shift > 28) return false;
      const auto byte = static_cast<std::uint8_t>(chunk[pos++]);
      length |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) break;
      shift += 7;
    }
    if (length > chunk.size() - pos) return false;
    fn(seq++, chunk.substr(pos, length));
    pos += length;
  }
  return true;
}

std::uint64_t HistoryKeySeq(std::string_view key) {
  std::uint64_t seq = 0;
  for (std::size_t i = key.size() - 8; i < key.size(); ++i) seq = (seq << 8) | static_cast<unsigned char>(key[i]);
  return seq;
}

}  // namespace relance::store

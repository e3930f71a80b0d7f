#include "projections/ageing_cells.h"

#include "projections/keys.h"

namespace relance::projections {
namespace {

__extension__ using UInt128 = unsigned __int128;

Int128 Join(std::uint64_t low, std::int64_t high) {
  return static_cast<Int128>((static_cast<UInt128>(static_cast<std::uint64_t>(high)) << 64) | low);
}

std::uint64_t Low(Int128 value) { return static_cast<std::uint64_t>(value); }
std::int64_t High(Int128 value) { return static_cast<std::int64_t>(value >> 64); }

// The day's entry; an absent day starts empty.
AgeingDay& DayOf(AgeingBlock* block, Day day) { return block->days[day]; }

// Drops the day once it holds no debt, so that the block is what a rebuild
// writes.
void DropIfEmpty(AgeingBlock* block, Day day) {
  const auto it = block->days.find(day);
  if (it != block->days.end() && it->second.Empty()) block->days.erase(it);
}

}  // namespace

bool AgeingDay::Empty() const {
  return due_outstanding_minor == 0 && due_debts == 0 && issued_minor == 0 && issued_debts == 0;
}

Day BlockFirstDay(Day day) {
  // Rounded down, negative days (before 1970) included.
  const Day rest = day % kAgeingBlockDays;
  return rest < 0 ? day - rest - kAgeingBlockDays : day - rest;
}

Day LastDeltaDay(const DebtRowState& row) {
  return row.deltas().empty() ? kNoDay : row.deltas(row.deltas_size() - 1).day();
}

std::string DueBlockKey(std::uint32_t partition, const DebtRowState& row) {
  return AgeingBlockKey(partition, row.currency(), row.creditor_id(), BlockFirstDay(row.due_day()));
}

std::string IssueBlockKey(std::uint32_t partition, const DebtRowState& row) {
  return AgeingBlockKey(partition, row.currency(), row.creditor_id(), BlockFirstDay(row.issue_day()));
}

void InitBlock(const DebtRowState& row, Day day, AgeingBlock* block) {
  block->creditor_id = row.creditor_id();
  block->currency = row.currency();
  block->first_day = BlockFirstDay(day);
}

void AddDue(Day due_day, std::int64_t outstanding_minor, int sign, AgeingBlock* block) {
  if (outstanding_minor == 0) return;
  AgeingDay& day = DayOf(block, due_day);
  day.due_outstanding_minor += static_cast<Int128>(sign) * outstanding_minor;
  day.due_debts += static_cast<std::uint64_t>(static_cast<std::int64_t>(sign));
  DropIfEmpty(block, due_day);
}

void AddIssued(Day issue_day, std::int64_t issued_minor, int sign, AgeingBlock* block) {
  AgeingDay& day = DayOf(block, issue_day);
  day.issued_minor += static_cast<Int128>(sign) * issued_minor;
  day.issued_debts += static_cast<std::uint64_t>(static_cast<std::int64_t>(sign));
  DropIfEmpty(block, issue_day);
}

void AddRowToBlocks(std::uint32_t partition, const DebtRowState& row, std::map<std::string, AgeingBlock>* blocks) {
  // A block's identity is its key's: naming it again changes nothing.
  AgeingBlock& issued = (*blocks)[IssueBlockKey(partition, row)];
  InitBlock(row, row.issue_day(), &issued);
  AddIssued(row.issue_day(), row.issued_minor(), +1, &issued);
  if (row.outstanding_minor() == 0) return;
  AgeingBlock& due = (*blocks)[DueBlockKey(partition, row)];
  InitBlock(row, row.due_day(), &due);
  AddDue(row.due_day(), row.outstanding_minor(), +1, &due);
}

void ToProto(const AgeingBlock& block, pb::AgeingBlock* out) {
  out->Clear();
  out->set_creditor_id(block.creditor_id);
  out->set_currency(block.currency);
  out->set_first_day(block.first_day);
  for (const auto& [day, totals] : block.days) {
    out->add_day_offsets(static_cast<std::uint32_t>(day - block.first_day));
    out->add_due_outstanding_low(Low(totals.due_outstanding_minor));
    out->add_due_outstanding_high(High(totals.due_outstanding_minor));
    out->add_due_debts(totals.due_debts);
    out->add_issued_low(Low(totals.issued_minor));
    out->add_issued_high(High(totals.issued_minor));
    out->add_issued_debts(totals.issued_debts);
  }
}

bool Consistent(const pb::AgeingBlock& b) {
  const int n = b.day_offsets_size();
  return b.due_outstanding_low_size() == n && b.due_outstanding_high_size() == n && b.due_debts_size() == n &&
         b.issued_low_size() == n && b.issued_high_size() == n && b.issued_debts_size() == n;
}

bool FromProto(const pb::AgeingBlock& in, AgeingBlock* block) {
  if (!Consistent(in)) return false;
  block->creditor_id = in.creditor_id();
  block->currency = in.currency();
  block->first_day = in.first_day();
  block->days.clear();
  for (int i = 0; i < in.day_offsets_size(); ++i) {
    if (in.day_offsets(i) >= static_cast<std::uint32_t>(kAgeingBlockDays)) return false;
    const Day day = in.first_day() + static_cast<Day>(in.day_offsets(i));
    if (!block->days.empty() && block->days.rbegin()->first >= day) return false;
    AgeingDay& totals = block->days[day];
    totals.due_outstanding_minor = DueOutstanding(in, i);
    totals.due_debts = in.due_debts(i);
    totals.issued_minor = Issued(in, i);
    totals.issued_debts = in.issued_debts(i);
  }
  return true;
}

Int128 DueOutstanding(const pb::AgeingBlock& block, int i) {
  return Join(block.due_outstanding_low(i), block.due_outstanding_high(i));
}

Int128 Issued(const pb::AgeingBlock& block, int i) { return Join(block.issued_low(i), block.issued_high(i)); }

}  // namespace relance::projections

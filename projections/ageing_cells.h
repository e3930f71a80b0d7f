// The ageing aggregate (keys.h, kinds 'a' and 'l'): per partition, creditor,
// currency and day, what the debts due that day still owe and what the debts
// issued that day were issued for, stored in blocks of kAgeingBlockDays days;
// and, per debt, the day of its latest balance change. The ageing at a date D
// is then read from the blocks (every debt's balance with all its changes, by
// due day), corrected for the debts whose latest change is after D (a range
// of the 'l' index: at the latest business date, only the debts touched since
// the last DayClosed); the DSO's sales are the issued sides of the days in its
// window. Exact for any D; cheap when few debts changed after D.
//
// A block is a sum over DebtRows, so a row's change moves it by (new
// contribution - old contribution): the Projector applies that once per
// commit per changed row, a rebuild adds every row once. Both give the same
// blocks, byte for byte.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "engine/core/civil_date.h"
#include "projections/debt_fold.h"

namespace relance::projections {

// GCC's 128-bit integer (__extension__: not ISO C++, said once here).
__extension__ using Int128 = __int128;

// Days per block. Measured on the generated 1M-debt portfolio (64
// partitions, 48 creditor and currency pairs): one row per day would be
// 512,262 rows, half as many as debts, and the query would read them all; in
// blocks of 128 days a query reads a few thousand rows, while a commit
// rewrites a few hundred bytes per block it touches.
inline constexpr Day kAgeingBlockDays = 128;

// One day of a block.
struct AgeingDay {
  Int128 due_outstanding_minor = 0;  // Of the debts due that day.
  std::uint64_t due_debts = 0;       // Of them, with a non-zero outstanding balance.
  Int128 issued_minor = 0;           // Of the debts issued that day.
  std::uint64_t issued_debts = 0;
  bool Empty() const;
};

// A block in memory (pb::AgeingBlock is its stored form).
struct AgeingBlock {
  std::string creditor_id;
  std::string currency;
  Day first_day = 0;
  std::map<Day, AgeingDay> days;  // Days without a debt are absent.
};

// The first day of the block holding `day`.
Day BlockFirstDay(Day day);

// The day of the row's latest balance change; kNoDay when it has none.
Day LastDeltaDay(const DebtRowState& row);

// The blocks a row contributes to: its due day's and its issue day's (often
// the same block).
std::string DueBlockKey(std::uint32_t partition, const DebtRowState& row);
std::string IssueBlockKey(std::uint32_t partition, const DebtRowState& row);

// Names a new block after the row's creditor and currency and the block of
// `day`.
void InitBlock(const DebtRowState& row, Day day, AgeingBlock* block);

// Adds (sign +1) or takes off (sign -1) one debt's outstanding balance on
// its due day: the amount, and one debt when the amount is not zero.
void AddDue(Day due_day, std::int64_t outstanding_minor, int sign, AgeingBlock* block);
// Adds (+1) or takes off (-1) one debt issued for `issued_minor` on its issue
// day.
void AddIssued(Day issue_day, std::int64_t issued_minor, int sign, AgeingBlock* block);

// A rebuild: adds a row's whole contribution to `blocks` (key -> block).
void AddRowToBlocks(std::uint32_t partition, const DebtRowState& row, std::map<std::string, AgeingBlock>* blocks);

void ToProto(const AgeingBlock& block, pb::AgeingBlock* out);
// False when the stored form is inconsistent (arrays of different lengths,
// days out of the block or not ascending).
[[nodiscard]] bool FromProto(const pb::AgeingBlock& in, AgeingBlock* block);
// The sums of entry i of a stored block (i < day_offsets_size()).
Int128 DueOutstanding(const pb::AgeingBlock& block, int i);
Int128 Issued(const pb::AgeingBlock& block, int i);
// Whether the parallel arrays have one length (checked before reading them).
bool Consistent(const pb::AgeingBlock& block);

}  // namespace relance::projections

// Key layout of the `projection` family. The first byte is the kind of row,
// then the partition as in engine/store/keys.h (2 bytes big-endian), so one
// partition's rows of one kind are one contiguous range that can be dropped
// and rebuilt alone.
//
//   'D' | p | debt_id                         -> DebtRow (ageing, per debt)
//   'R' | p | debtor_key                      -> RiskRow
//   'T' | p | 1000 - score (BE16) | debtor_key -> empty: the top-N index, a
//                                                prefix scan gives the riskiest first
//   'E' | p | level (BE32) | channel (BE32)   -> StepRow (step effectiveness)
//
// Derived rows (lower-case kinds): sums and indexes of the 'D' rows, kept so
// that the ageing at the latest business date reads a few thousand rows, not
// one per debt (ageing_cells.h). They are functions of the 'D' rows (a
// rebuild gives them byte for byte), so the state digest leaves them out
// (store/digest.h).
//
//   'a' | p                                   -> empty: this partition's blocks
//                                                are complete (written with its
//                                                first debt row; absent while
//                                                it has none, or on a database
//                                                projected before blocks
//                                                existed: then the query scans
//                                                that partition's rows)
//   'a' | p | len (1 byte) | currency | creditor_id | first day (BE32)
//                                             -> AgeingBlock: per day of the
//                                                block, the debts of one
//                                                creditor and currency due
//                                                (outstanding) and issued
//   'l' | p | last delta day (BE32) | debt_id -> empty: every debt row with a
//                                                balance change, by the day of
//                                                its latest one, so the debts
//                                                changed after a date are one
//                                                range (the query corrects the
//                                                blocks for them)
// Days in keys are day numbers with the sign bit flipped, so they sort.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace relance::projections {

inline constexpr char kDebtRowKind = 'D';
inline constexpr char kRiskRowKind = 'R';
inline constexpr char kRiskIndexKind = 'T';
inline constexpr char kStepRowKind = 'E';
inline constexpr char kAgeingBlockKind = 'a';
inline constexpr char kLateDebtKind = 'l';
// Every kind, for dropping a partition's rows.
inline constexpr std::array<char, 6> kRowKinds = {kDebtRowKind, kRiskRowKind,     kRiskIndexKind,
                                                  kStepRowKind, kAgeingBlockKind, kLateDebtKind};
static_assert(kAgeingBlockKind >= 'a' && kAgeingBlockKind <= 'z' && kLateDebtKind >= 'a' && kLateDebtKind <= 'z',
              "derived kinds are lower case: the state digest leaves them out (store/digest.h)");

// kind | p: the prefix of one partition's rows of one kind.
std::string KindPrefix(char kind, std::uint32_t partition);
std::string DebtRowKey(std::uint32_t partition, std::string_view debt_id);
// The same key written over `key` (its buffer reused: no allocation once it
// has grown, where a lookup per event built a new string).
void AssignRowKey(char kind, std::uint32_t partition, std::string_view id, std::string* key);
std::string RiskRowKey(std::uint32_t partition, std::string_view debtor_key);
std::string RiskIndexKey(std::uint32_t partition, std::uint32_t score, std::string_view debtor_key);
std::string StepRowKey(std::uint32_t partition, std::uint32_t level, std::int32_t channel);
// 'a' | p: present when the partition's blocks are complete.
std::string AgeingMarkerKey(std::uint32_t partition);
// REQUIRES: currency.size() < 256.
std::string AgeingBlockKey(std::uint32_t partition, std::string_view currency, std::string_view creditor_id,
                           std::int32_t first_day);
std::string LateDebtKey(std::uint32_t partition, std::int32_t last_delta_day, std::string_view debt_id);
// The first LateDebtKey of `partition` with a day >= `day`.
std::string LateDebtFirstKey(std::uint32_t partition, std::int32_t day);
// The debt id of a LateDebtKey.
std::string_view LateDebtId(std::string_view key);

// The partition of any projection key.
std::uint32_t RowPartition(std::string_view key);
// The id after kind | p (debt id, debtor key).
std::string_view RowId(std::string_view key);
// Score and debtor key of a RiskIndexKey.
std::uint32_t RiskIndexScore(std::string_view key);
std::string_view RiskIndexDebtor(std::string_view key);

}  // namespace relance::projections

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
inline constexpr std::array<char, 4> kRowKinds = {kDebtRowKind, kRiskRowKind, kRiskIndexKind, kStepRowKind};

// kind | p: the prefix of one partition's rows of one kind.
std::string KindPrefix(char kind, std::uint32_t partition);
std::string DebtRowKey(std::uint32_t partition, std::string_view debt_id);
std::string RiskRowKey(std::uint32_t partition, std::string_view debtor_key);
std::string RiskIndexKey(std::uint32_t partition, std::uint32_t score, std::string_view debtor_key);
std::string StepRowKey(std::uint32_t partition, std::uint32_t level, std::int32_t channel);

// The partition of any projection key.
std::uint32_t RowPartition(std::string_view key);
// The id after kind | p (debt id, debtor key).
std::string_view RowId(std::string_view key);
// Score and debtor key of a RiskIndexKey.
std::uint32_t RiskIndexScore(std::string_view key);
std::string_view RiskIndexDebtor(std::string_view key);

}  // namespace relance::projections

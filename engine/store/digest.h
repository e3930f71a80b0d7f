// The canonical state digest and the store-wide audit.
//
// The digest is SHA-256 over every family that holds state (debt, debtor,
// history, timer, the partition records of meta, and the read side's
// projection family, deterministic too), in key order, from one
// snapshot. Input cursors, Kafka offsets and the outbox (records in flight)
// are left out: the same events applied from a file or from Kafka give the
// same digest. Two replays of one log must agree.
//
// Projection rows whose kind (first key byte) is a lower-case letter are left
// out too: they are derived from the other projection rows (sums and indexes
// kept for fast reads, projections/keys.h), so they add nothing the digest
// does not already cover, and adding one changes no decision.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/status.h"
#include "engine/store/store.h"

namespace relance::store {

// A projection key of a derived row, left out of the digest (see above).
inline bool IsDerivedProjectionKey(std::string_view key) { return !key.empty() && key[0] >= 'a' && key[0] <= 'z'; }

struct DigestResult {
  std::string sha256_hex;
  std::uint64_t debts = 0;
  std::uint64_t debtors = 0;
  std::uint64_t history_entries = 0;
  std::uint64_t timers = 0;
  std::uint64_t actions = 0;
  std::uint64_t projection_rows = 0;
};

Status ComputeDigest(const Store& store, DigestResult* result);

// What the audit found: every broken invariant (the first 100).
struct AuditResult {
  std::uint64_t debts_checked = 0;
  std::vector<std::string> problems;  // Empty when every invariant holds.
};

// Checks every debt's money invariants, that each debtor's open-debt list
// matches the open debts, and that each open debt with a review date has its
// timer. Reads one snapshot.
Status Audit(const Store& store, AuditResult* result);

}  // namespace relance::store

#!/usr/bin/env bash
# Rebuilds the golden logs and their digests (DIGESTS) with a `relance` binary.
#
# The logs and digests were recorded from main at 93f9075, before the engine's
# working state was rewritten, so that every change after it proves it decides
# exactly as before (tests/e2e/golden_digest_test.cpp). Rerunning this script
# with a newer binary must reproduce DIGESTS byte for byte; if it does not, the
# engine's decisions changed, and that is a change to explain, never to paper
# over by regenerating.
#
# DIGESTS moved once with no decision changed: debtor states gained
# `late_days` (the days late of the debts paid late, so that a reversal
# undoes the worst figure too). Replayed before and after, the five logs gave
# the same summary (applied, rejected, transitions, actions, visits, states)
# and the same risk table, row for row; only the debtors' bytes differ.
#
# DIGESTS moved a second time with no decision changed: each history entry
# gained the balance changes the core made to its debt with the event
# (v1::HistoryEntry), and the read side's debt rows lost `disputed_minor`
# (the fold no longer works out dispute credits). Replayed before and after,
# each of the five logs gave the same summary, byte-identical debt, debtor,
# timer, partition and action families, the same events in every history
# entry, and read-side rows that differ only in debt rows' field 11 (20 rows
# with an open dispute, of 14,072).
#
# DIGESTS moved a third time with no decision changed: each history entry
# gained the engine's decisions about its debt (v1::Decision: the status
# transitions, the actions that carried the debt, the ladder steps held back
# and why), and the debts a decision names without changing them (a step
# held back, an invoice a letter lists beside the one whose step it carries)
# now get a history entry for it (their history_seq moves). Replayed before
# and after, each of the five logs gave the same summary (applied, rejected,
# transitions, actions, visits, debts, debtors, timers, read-side rows), the
# same action family (`relance actions`) and the same read-side tables
# (`relance export` of ageing, debts, risk, effectiveness) byte for byte;
# history entries grew by 2 to 4 % (8,958 to 9,249 for mixed-p64.pb).
#
# DIGESTS moved again for policy-midway-p64.jsonl alone, no decision changed:
# a step held back because the debtor's earlier contacts of the same day had
# used up the week's cap was recorded without its reason; it now says
# `weekly_cap`. Same summary, actions and read-side exports before and after.
#
# When a change of the engine's decisions is meant (a fixed rule), the logs
# stay and only DIGESTS is re-recorded, in a commit of its own that says
# which decisions moved and how many: --digests-only replays the logs as they
# are. Regenerating them would also take in whatever changed in the generator
# or in the shipped policy it publishes since (deploy/policies/fr-default.json).
#
# Usage: tests/golden/make.sh path/to/relance
#        tests/golden/make.sh --digests-only path/to/relance
set -euo pipefail
digests_only=false
if [ "${1:-}" = "--digests-only" ]; then
  digests_only=true
  shift
fi
relance=${1:?usage: make.sh [--digests-only] path/to/relance}
relance=$(realpath "$relance")
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ "$digests_only" = false ]; then
  # 1. Binary, 64 partitions, at-least-once redeliveries (duplicates rejected).
  "$relance" gen --debtors 250 --seed 101 --days 400 --duplicates 5 --format pb --out mixed-p64.pb
  # 2. The same history as JSON lines and as binary, replayed on 8 partitions:
  #    the two formats must give the same digest.
  "$relance" gen --debtors 150 --seed 202 --days 360 --format jsonl --out mixed-p8.jsonl
  "$relance" gen --debtors 150 --seed 202 --days 360 --format pb --out mixed-p8.pb
  # 3. A new policy version (policy-v2.json: a shorter B2B ladder, a flat 12 %
  #    rate, a tighter contact cap) published half-way through the history,
  #    64 partitions, JSON lines.
  "$relance" gen --debtors 150 --seed 303 --days 360 --format jsonl --out "$tmp/full.jsonl"
  lines=$(wc -l <"$tmp/full.jsonl")
  half=$((lines / 2))
  head -n "$half" "$tmp/full.jsonl" >policy-midway-p64.jsonl
  "$relance" policy publish policy-v2.json --out "$tmp/policy.jsonl" >/dev/null
  cat "$tmp/policy.jsonl" >>policy-midway-p64.jsonl
  tail -n +"$((half + 1))" "$tmp/full.jsonl" >>policy-midway-p64.jsonl
  # 4. The generator's minimal built-in policy, B2B and B2C, 8 partitions, binary.
  "$relance" gen --debtors 150 --seed 404 --days 450 --policy builtin --format pb --out builtin-p8.pb
fi

# DIGESTS: "<log> <partitions> <sha256>", from a plain replay with the read side.
: >DIGESTS
while read -r log partitions; do
  "$relance" replay --input "$log" --db "$tmp/db-$log" --partitions "$partitions" >"$tmp/out" 2>/dev/null
  digest=$(sed -n 's/^digest: //p' "$tmp/out")
  echo "$log $partitions $digest" >>DIGESTS
done <<'LOGS'
mixed-p64.pb 64
mixed-p8.jsonl 8
mixed-p8.pb 8
policy-midway-p64.jsonl 64
builtin-p8.pb 8
LOGS
cat DIGESTS

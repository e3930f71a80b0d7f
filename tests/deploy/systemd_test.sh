#!/usr/bin/env bash
# Checks deploy/systemd/ offline: `systemd-analyze verify` of the units (any
# warning fails, e.g. an unknown key), their hardening rated by
# `systemd-analyze security --offline` (exposure at most 2.0 of 10), the
# personal-data settings (dedicated user, UMask=0077, a 0700 state
# directory), and the sysusers.d file applied to an empty root.
# Usage: systemd_test.sh RELANCE_BINARY DEPLOY_SYSTEMD_DIR
set -euo pipefail
binary=$1
units=$(cd "$2" && pwd)
for tool in systemd-analyze systemd-sysusers; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool not found"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
problem() { echo "FAIL $*"; fail=1; }

# The units as installed, but with the binary just built and the example
# environment file (verify checks that both exist).
cp "$units/relance.env.example" "$work/relance.env"
for unit in relance.service relance-tick.service relance-tick.timer; do
  sed -e "s|/usr/local/bin/relance|$binary|g" -e "s|/etc/relance/relance.env|$work/relance.env|g" \
    "$units/$unit" >"$work/$unit"
done
cd "$work"
if ! systemd-analyze verify relance.service relance-tick.service relance-tick.timer 2>verify.err; then
  problem "systemd-analyze verify failed"
fi
if [ -s verify.err ]; then
  cat verify.err
  problem "systemd-analyze verify warned"
fi
for service in relance.service relance-tick.service; do
  systemd-analyze security --offline=yes --threshold=20 "$service" >security.out 2>&1 ||
    { tail -1 security.out; problem "$service: exposure above 2.0"; }
done

# What the personal data needs, read from the units themselves.
expect() {  # unit key=value
  grep -qx "$2" "$units/$1" || problem "$1 lacks $2"
}
for service in relance.service relance-tick.service; do
  expect "$service" "User=relance"
  expect "$service" "UMask=0077"
  expect "$service" "NoNewPrivileges=yes"
  expect "$service" "ProtectSystem=strict"
done
expect relance.service "StateDirectory=relance"
expect relance.service "StateDirectoryMode=0700"
grep -q "^Environment=RELANCE_DB=/var/lib/relance/db" "$units/relance.service" ||
  problem "relance.service: the database is not under the state directory"
expect relance-tick.timer "Unit=relance-tick.service"
grep -q "^OnCalendar=" "$units/relance-tick.timer" || problem "relance-tick.timer has no OnCalendar="
grep -q " tick " "$units/relance-tick.service" || problem "relance-tick.service does not run relance tick"

mkdir -p root/etc
if systemd-sysusers --root="$work/root" "$units/relance.sysusers" >sysusers.out 2>&1; then
  grep -q "^relance:x:[0-9]*:[0-9]*:.*:/var/lib/relance:/usr/sbin/nologin$" root/etc/passwd ||
    problem "relance.sysusers did not create the relance user"
else
  cat sysusers.out
  problem "systemd-sysusers refused relance.sysusers"
fi
[ "$fail" -eq 0 ] && echo "ok: units verified, hardened, private state"
exit "$fail"

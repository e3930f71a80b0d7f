#!/usr/bin/env bash
# Installs, with apt-get, the Debian 12 packages Relance needs to build and
# test. Idempotent: installs only what is missing; does nothing when all is
# there. Run as root (or with sudo available).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libprotobuf-dev protobuf-compiler   # the event contract
  librocksdb-dev                      # the state store
  librdkafka-dev                      # Kafka client (C and C++ API)
  libfmt-dev                          # formatting (no std::format in g++ 12)
  libcli11-dev                        # command line of the `relance` tool
  libkainjow-mustache-dev             # letter templates (mustache, header-only)
  libssl-dev                          # SHA-256 of the state digest (libcrypto)
  libabsl-dev                         # Swiss-table hash maps of the working state (abseil)
  libgoogle-perftools-dev             # tcmalloc_minimal for the relance binary
  libcpp-httplib-dev                  # HTTP server and client of the query API (relance serve, run --http)
  catch2                              # tests (Catch2 v2)
  kcat                                # an outside Kafka client for interoperability tests
  # The fuzz targets (tests/fuzz/, the `fuzz` preset): clang 14, its
  # libFuzzer and sanitizer runtimes, and llvm-symbolizer for the reports.
  clang libclang-rt-14-dev llvm
  # Checks of deploy/ (tests/deploy/): the image's runtime packages against
  # ldd, Kubernetes manifests, systemd units, Prometheus rules.
  python3 python3-yaml python3-jsonschema yamllint prometheus systemd
  # The letters' A4 layout test (tests/e2e/letters_layout_check.py): headless
  # Chromium driven by selenium, and the serif font the letters fall back to.
  chromium chromium-driver python3-selenium fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Installs every Debian package factmine needs to build, test and benchmark,
# and only those that are missing. Works as root or through sudo.
#
#   scripts/setup.sh            build + test dependencies
#   scripts/setup.sh --browser  also Chromium (for the HTML report test)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libicu-dev          # sentence/word segmentation, locale data
  libre2-dev          # pattern scanning (exclusion zones: URLs, phones, clock times)
  libutf8proc-dev     # NFC, case folding, accent stripping
  nlohmann-json3-dev  # JSON in and out
  libcli11-dev        # command line
  libsqlite3-dev sqlite3  # embedded fact database (default store)
  libgumbo-dev        # HTML5 parsing of news pages
  libpq-dev postgresql    # shared, scale-out store (libpq + a real server for tests)
  libssl-dev          # SHA-256 of stored texts and data (libcrypto)
  libxxhash-dev       # fast 64-bit hashing: lexicon lookup, MinHash shingles
  libgtest-dev libgmock-dev   # tests
  libbenchmark-dev    # micro-benchmarks
  clang libclang-rt-14-dev    # libFuzzer and sanitizer runtimes
  python3             # small helper scripts (gold-set validation, bench corpus)
  time                # GNU time: peak memory in the benchmark script
)
if [[ "${1:-}" == "--browser" ]]; then
  packages+=(chromium)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "setup: need root or sudo to install: ${missing[*]}" >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

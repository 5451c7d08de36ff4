#!/usr/bin/env bash
# Quick start, command 2: installs what is missing (Chromium included, for
# the HTML report's browser test), builds, and runs every test (unit tests,
# command-line tests, the peer conformance suites with their floors, the
# gold-set floors, the check fixtures, fuzz-target replays).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"

#!/usr/bin/env bash
# Configures and builds factmine (Release) into build/. Used by the other scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release > build.log 2>&1 || { cat build.log; exit 1; }
ninja -C build -j "$jobs" >> build.log 2>&1 || { tail -50 build.log; exit 1; }

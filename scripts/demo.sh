#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, and runs factmine
# on the project's own sample articles (samples/articles), showing what it
# reads in each article.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
echo
echo "factmine extract --format text samples/articles"
echo
build/cli/factmine extract --format text samples/articles

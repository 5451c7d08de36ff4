#!/usr/bin/env bash
# Story grouping measured on the evaluation articles (files sharing a Gnn
# prefix tell one story): ingest them into a new database and score the
# stored story clusters pairwise. Fails below the recorded floors.
#   tests/stories_eval.sh path/to/factmine SHARED_DIR
set -eu
FACTMINE=${1:?usage: stories_eval.sh path/to/factmine SHARED_DIR}
SHARED=${2:?usage: stories_eval.sh path/to/factmine SHARED_DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$FACTMINE" ingest -q --db "$T/eval.db" "$SHARED/eval-articles"
python3 "$HERE/../tools/story_eval.py" "$T/eval.db" --min-precision 0.90 --min-recall 0.60

#!/usr/bin/env bash
# Whole-run benchmark of `factmine extract` over shared/corpus-bulk, side by
# side in the same run with `wc -m` on the same bytes and with the
# Recognizers-Text peer (npm @microsoft/recognizers-text-suite, fr-fr number +
# currency + percentage) on a slice of the same text. Then the Google
# Benchmark stage micro-benchmarks. Reports MB/s and peak RSS, and ratios.
#
#   bench/run.sh [--shared ../shared] [--peer-bytes 50000] [--no-peer]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${FACTMINE_SHARED:-../shared}
PEER_BYTES=50000
PEER=1
while [[ $# -gt 0 ]]; do
  case $1 in
    --shared) SHARED=$2; shift 2 ;;
    --peer-bytes) PEER_BYTES=$2; shift 2 ;;
    --no-peer) PEER=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
BULK="$SHARED/corpus-bulk"
[[ -d "$BULK" ]] || { echo "bench: no corpus at $BULK (use --shared)" >&2; exit 1; }

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
ninja -C build factmine factmine_bench > /dev/null
F=build/cli/factmine
DATA=build/bench-data
mkdir -p "$DATA"
# The corpus as users keep it: one file per article, and one JSONL file.
if [[ ! -f "$DATA/bulk.jsonl" ]]; then
  python3 bench/corpus_to_jsonl.py "$BULK" "$DATA/bulk.jsonl"
  python3 bench/corpus_to_folder.py "$BULK" "$DATA/articles"
  python3 bench/corpus_to_jsonl.py "$BULK" "$DATA/bulk-8mb.jsonl" --limit-mb 8
  python3 bench/corpus_to_jsonl.py "$BULK" "$DATA/bulk-32mb.jsonl" --limit-mb 32
fi
cat "$DATA"/articles/*/*.txt > "$DATA/articles.concat"  # wc -m reads the same bytes

# runs a command, prints "seconds peak_rss_kb"
measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
mb() { python3 -c "print(round($1/1e6, 1))"; }
rate() { python3 -c "print(round($1/1e6/max($2,1e-9), 2))"; }

printf '\n%-46s %9s %9s %11s\n' "run (same machine, same session)" "MB" "MB/s" "peak RSS"
row() { printf '%-46s %9s %9s %8s MB\n' "$1" "$2" "$3" "$(( $4 / 1024 ))"; }

bytes=$(stat -c %s "$DATA/articles.concat")
read -r s_wc rss_wc < <(measure wc -m "$DATA/articles.concat")
row "wc -m (articles, concatenated)" "$(mb $bytes)" "$(rate $bytes $s_wc)" "$rss_wc"

read -r s_fm rss_fm < <(measure "$F" extract -q --threads 1 "$DATA/articles")
row "factmine extract, folder of articles, 1 thread" "$(mb $bytes)" "$(rate $bytes $s_fm)" "$rss_fm"

jbytes=$(stat -c %s "$DATA/bulk.jsonl")
read -r s_fj rss_fj < <(measure "$F" extract -q --threads 1 "$DATA/bulk.jsonl")
row "factmine extract, JSONL, 1 thread" "$(mb $jbytes)" "$(rate $jbytes $s_fj)" "$rss_fj"

read -r s_f2 rss_f2 < <(measure "$F" extract -q --threads 2 "$DATA/articles")
row "factmine extract, folder, 2 threads" "$(mb $bytes)" "$(rate $bytes $s_f2)" "$rss_f2"

# Peak memory as the input grows (streaming: it should stay flat).
for part in 8mb 32mb; do
  b=$(stat -c %s "$DATA/bulk-$part.jsonl")
  read -r s rss < <(measure "$F" extract -q --threads 1 "$DATA/bulk-$part.jsonl")
  row "factmine extract, JSONL first $part" "$(mb $b)" "$(rate $b $s)" "$rss"
done

# Ingest into a new SQLite database, beside extract on the same JSONL.
read -r s_fj2 rss_fj2 < <(measure "$F" extract -q --threads 2 "$DATA/bulk.jsonl")
row "factmine extract, JSONL, 2 threads" "$(mb $jbytes)" "$(rate $jbytes $s_fj2)" "$rss_fj2"
for t in 1 2; do
  rm -f "$DATA/ingest.db" "$DATA/ingest.db-wal" "$DATA/ingest.db-shm"
  read -r s rss < <(measure "$F" ingest -q --threads $t --db "$DATA/ingest.db" "$DATA/bulk.jsonl")
  row "factmine ingest, JSONL -> new SQLite, $t thread(s)" "$(mb $jbytes)" "$(rate $jbytes $s)" "$rss"
  eval "s_ing$t=$s"
done
dbsize=$(stat -c %s "$DATA/ingest.db")
# The consistency check over everything just ingested (issue goal: < 10%
# of the ingest time).
read -r s_check rss_check < <(measure "$F" check -q --db "$DATA/ingest.db" --format json -o "$DATA/check.json")
row "factmine check over that database (JSON)" "$(mb $dbsize)" "$(rate $dbsize $s_check)" "$rss_check"
read -r s_check_html rss_check_html < <(measure "$F" check -q --db "$DATA/ingest.db" --format html -o "$DATA/check.html")
row "factmine check over that database (HTML)" "$(mb $dbsize)" "$(rate $dbsize $s_check_html)" "$rss_check_html"
read -r s_re rss_re < <(measure "$F" ingest -q --db "$DATA/ingest.db" "$DATA/bulk.jsonl")
row "factmine ingest again (all already stored)" "$(mb $jbytes)" "$(rate $jbytes $s_re)" "$rss_re"
for part in 8mb 32mb; do
  b=$(stat -c %s "$DATA/bulk-$part.jsonl")
  rm -f "$DATA/part.db" "$DATA/part.db-wal" "$DATA/part.db-shm"
  read -r s rss < <(measure "$F" ingest -q --threads 2 --db "$DATA/part.db" "$DATA/bulk-$part.jsonl")
  row "factmine ingest, JSONL first $part, 2 threads" "$(mb $b)" "$(rate $b $s)" "$rss"
done
echo "database size after ingest: $(mb $dbsize) MB for $(mb $jbytes) MB of JSONL"

peer_rate=""
if [[ $PEER -eq 1 ]] && command -v npm > /dev/null && command -v node > /dev/null; then
  PEER_DIR=build/peer
  if [[ ! -d "$PEER_DIR/node_modules/@microsoft/recognizers-text-suite" ]]; then
    mkdir -p "$PEER_DIR"
    (cd "$PEER_DIR" && npm install --silent --no-audit --no-fund @microsoft/recognizers-text-suite@1.3.1 > /dev/null 2>&1) || true
  fi
  if [[ -d "$PEER_DIR/node_modules/@microsoft/recognizers-text-suite" ]]; then
    out=$(NODE_PATH="$PEER_DIR/node_modules" /usr/bin/time -f "%M" node bench/peer_throughput.js "$DATA/bulk.jsonl" "$PEER_BYTES" 2> "$DATA/peer.time")
    peer_rate=$(python3 -c "import json,sys; print(round(json.loads(sys.argv[1])['mb_per_s'], 4))" "$out")
    pbytes=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['bytes'])" "$out")
    row "Recognizers-Text (npm), fr number+currency+%" "$(mb $pbytes)" "$peer_rate" "$(tail -1 "$DATA/peer.time")"
  else
    echo "(peer not installed: npm registry unreachable?)"
  fi
fi

echo
python3 - "$bytes" "$s_wc" "$s_fm" "$s_f2" "${peer_rate:-0}" "$s_fj" "$s_fj2" "$s_ing1" "$s_ing2" "$s_check" \
  "$s_check_html" <<'PY'
import sys
b, s_wc, s_fm, s_f2, peer = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
s_fj, s_fj2, s_ing1, s_ing2, s_check, s_check_html = (float(x) for x in sys.argv[6:12])
fm = b / 1e6 / s_fm
print(f"factmine / wc -m            : {(b/1e6/s_fm)/(b/1e6/s_wc):.2f}x   (goal >= 0.3x)")
print(f"factmine MB/s per core      : {fm:.1f}      (goal >= 50)")
print(f"2 threads / 1 thread        : {s_fm/s_f2:.2f}x")
print(f"ingest / extract, 1 thread  : {s_fj/s_ing1:.2f}x   (goal >= 0.6x)")
print(f"ingest / extract, 2 threads : {s_fj2/s_ing2:.2f}x   (goal >= 0.6x)")
print(f"check / ingest (2 threads)  : {s_check/s_ing2:.3f}x (JSON), {s_check_html/s_ing2:.3f}x (HTML)   (goal < 0.10x)")
if peer > 0:
    print(f"factmine / Recognizers-Text : {fm/peer:,.0f}x")
PY

echo
./build/bench/factmine_bench --corpus "$BULK/orangesum-2019-h1.txt" --mb 8 --benchmark_min_time=1

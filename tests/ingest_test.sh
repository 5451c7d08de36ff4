#!/usr/bin/env bash
# End-to-end tests of `factmine ingest` and `factmine export`: incremental
# runs, duplicates, --force, parallel runs identical to serial ones, bad
# databases, a full disk, and a real ingest killed with SIGKILL at several
# points, after which the database must open, pass integrity_check, and a
# rerun must finish the job with nothing lost or stored twice.
#   tests/ingest_test.sh path/to/factmine
set -u
FACTMINE=${1:?usage: ingest_test.sh path/to/factmine}
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"
sql() {  # sql DB QUERY: prints the rows, |-separated
  python3 - "$1" "$2" <<'EOF'
import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
for row in con.execute(sys.argv[2]):
    print("|".join("" if v is None else str(v) for v in row))
EOF
}

python3 "$HERE/tools/make_corpus.py" "$T/corpus.jsonl" 6000
N=6000

# 1. A first run stores everything; a second is a no-op.
"$FACTMINE" ingest -q --db "$T/a.db" "$T/corpus.jsonl"; rc=$?
check "first ingest exits 0" test $rc -eq 0
check "first ingest stores $N documents" test "$(sql "$T/a.db" 'SELECT count(*) FROM documents')" -eq $N
check "every document has its text" test "$(sql "$T/a.db" 'SELECT count(*) FROM texts')" -eq $N
check "every document has a story" test "$(sql "$T/a.db" 'SELECT count(*) FROM documents WHERE story_id IS NULL')" -eq 0
check "no story left pending" test "$(sql "$T/a.db" 'SELECT count(*) FROM pending_stories')" -eq 0
check "story sizes add up" test "$(sql "$T/a.db" 'SELECT sum(documents) FROM stories')" -eq $N
check "quantities stored" test "$(sql "$T/a.db" 'SELECT count(*) FROM quantities')" -gt $((N * 2))
# A first run into a new database builds the query indexes at its end.
check "first ingest leaves all ten indexes" \
  test "$(sql "$T/a.db" "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")" -eq 10
"$FACTMINE" ingest --db "$T/a.db" "$T/corpus.jsonl" 2> "$T/rerun.err"; rc=$?
check "rerun exits 0" test $rc -eq 0
check "rerun stores nothing" grep -q "ingest: 0 documents stored, $N documents already stored" "$T/rerun.err"
check "rerun leaves $N documents" test "$(sql "$T/a.db" 'SELECT count(*) FROM documents')" -eq $N
check "runs recorded" test "$(sql "$T/a.db" "SELECT count(*) FROM runs WHERE status = 'done'")" -eq 2

# 2. The same article twice in one input, and again under another name.
head -n 3 "$T/corpus.jsonl" > "$T/dup.jsonl"
head -n 1 "$T/corpus.jsonl" >> "$T/dup.jsonl"
python3 -c "
import json
d = json.loads(open('$T/corpus.jsonl').readline()); d['id'] = 'renamed'
print(json.dumps(d, ensure_ascii=False))" >> "$T/dup.jsonl"
"$FACTMINE" ingest --db "$T/d.db" "$T/dup.jsonl" 2> "$T/dup.err"
check "duplicates in one run stored once" test "$(sql "$T/d.db" 'SELECT count(*) FROM documents')" -eq 3
check "duplicates counted" grep -q "3 documents stored, 2 documents already stored" "$T/dup.err"

# 3. Parallel extraction gives the same database as one thread.
"$FACTMINE" ingest -q --threads 1 --db "$T/t1.db" "$T/corpus.jsonl"
"$FACTMINE" ingest -q --threads 4 --db "$T/t4.db" "$T/corpus.jsonl"
for what in quantities stories; do
  "$FACTMINE" export --db "$T/t1.db" --what $what -o "$T/t1.$what"
  "$FACTMINE" export --db "$T/t4.db" --what $what -o "$T/t4.$what"
  check "--threads 4 $what identical to --threads 1" cmp -s "$T/t1.$what" "$T/t4.$what"
done
same_docs() {
  python3 - "$1" "$2" <<'EOF'
import json, sys
def load(p):
    rows = [json.loads(l) for l in open(p)]
    for r in rows:
        r.pop("ingested_at", None)
    return rows
sys.exit(0 if load(sys.argv[1]) == load(sys.argv[2]) else 1)
EOF
}
"$FACTMINE" export --db "$T/t1.db" --what documents -o "$T/t1.documents"
"$FACTMINE" export --db "$T/t4.db" --what documents -o "$T/t4.documents"
check "--threads 4 documents identical to --threads 1" same_docs "$T/t1.documents" "$T/t4.documents"

# 4. Killed with SIGKILL mid-run, at several points (while batches are
# written, while stories are grouped): the database opens and is intact,
# and reruns finish with exactly the documents of a clean run.
python3 "$HERE/tools/make_corpus.py" "$T/big.jsonl" 20000 --seed 11
"$FACTMINE" ingest -q --db "$T/ref.db" "$T/big.jsonl"
for delay in 0.2 0.6 1.0 1.6 2.4; do
  "$FACTMINE" ingest -q --db "$T/k.db" "$T/big.jsonl" &
  pid=$!
  sleep $delay
  kill -9 $pid 2> /dev/null
  wait $pid 2> /dev/null
  check "after kill at ${delay}s: integrity_check ok" test "$(sql "$T/k.db" 'PRAGMA integrity_check')" = ok
  check "after kill at ${delay}s: no document stored twice" \
    test "$(sql "$T/k.db" 'SELECT count(*) - count(DISTINCT content_key) FROM documents')" -eq 0
  check "after kill at ${delay}s: every stored document complete" \
    test "$(sql "$T/k.db" 'SELECT count(*) FROM documents d LEFT JOIN texts t ON t.document = d.id WHERE t.document IS NULL')" -eq 0
  # The writer's bulk transactions do not enforce foreign keys: it must
  # keep them itself.
  check "after kill at ${delay}s: every reference resolves" test -z "$(sql "$T/k.db" 'PRAGMA foreign_key_check')"
done
"$FACTMINE" ingest -q --db "$T/k.db" "$T/big.jsonl"; rc=$?
check "rerun after kills exits 0" test $rc -eq 0
check "rerun after kills: all 20000 documents" test "$(sql "$T/k.db" 'SELECT count(*) FROM documents')" -eq 20000
check "rerun after kills: no pending story" test "$(sql "$T/k.db" 'SELECT count(*) FROM pending_stories')" -eq 0
check "rerun after kills: all ten indexes" \
  test "$(sql "$T/k.db" "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")" -eq 10
"$FACTMINE" export --db "$T/ref.db" --what quantities -o "$T/ref.q"
"$FACTMINE" export --db "$T/k.db" --what quantities -o "$T/k.q"
check "rerun after kills: same quantities as a clean run" cmp -s "$T/ref.q" "$T/k.q"
check "interrupted runs recorded" test "$(sql "$T/k.db" "SELECT count(*) FROM runs WHERE status = 'interrupted'")" -ge 1

# 5. Bad databases: clear errors, nothing touched.
printf 'not a database at all, just text\n%.0s' {1..200} > "$T/text.db"
cp "$T/text.db" "$T/text.db.orig"
"$FACTMINE" ingest -q --db "$T/text.db" "$T/dup.jsonl" 2> "$T/notdb.err"; rc=$?
check "non-SQLite --db exits 1" test $rc -eq 1
check "non-SQLite --db named" grep -q "text.db is not a factmine database" "$T/notdb.err"
check "non-SQLite file untouched" cmp -s "$T/text.db" "$T/text.db.orig"
python3 -c "
import sqlite3; c = sqlite3.connect('$T/other.db'); c.execute('CREATE TABLE t (x)'); c.commit()"
"$FACTMINE" ingest -q --db "$T/other.db" "$T/dup.jsonl" 2> "$T/other.err"; rc=$?
check "someone else's SQLite database refused" test $rc -eq 1
check "someone else's database named" grep -q "not a factmine database" "$T/other.err"
cp "$T/d.db" "$T/new.db"
python3 -c "
import sqlite3; c = sqlite3.connect('$T/new.db'); c.execute(\"UPDATE schema_info SET value = '99' WHERE key = 'version'\"); c.commit()"
"$FACTMINE" ingest -q --db "$T/new.db" "$T/corpus.jsonl" 2> "$T/new.err"; rc=$?
check "newer schema refused" test $rc -eq 1
check "newer schema explained" grep -q "schema version 99, newer than this factmine supports" "$T/new.err"
check "newer schema database untouched" test "$(sql "$T/new.db" 'SELECT count(*) FROM documents')" -eq 3
"$FACTMINE" export --db "$T/absent.db" > /dev/null 2> "$T/absent.err"; rc=$?
check "export of a missing database exits 1" test $rc -eq 1
check "missing database named" grep -q "absent.db: no such database" "$T/absent.err"

# 6. A full disk (a size-limited database): the batch that does not fit is
# not stored, what was committed stays whole, and the error says why.
"$FACTMINE" ingest -q --db "$T/full.db" --db-max-size 1500000 "$T/corpus.jsonl" 2> "$T/full.err"; rc=$?
check "full database exits 1" test $rc -eq 1
check "full database explained" grep -qi "full" "$T/full.err"
check "full database intact" test "$(sql "$T/full.db" 'PRAGMA integrity_check')" = ok
stored=$(sql "$T/full.db" 'SELECT count(*) FROM documents')
check "full database: whole batches only" test $((stored % 1024)) -eq 0
check "full database: no document without text" \
  test "$(sql "$T/full.db" 'SELECT count(*) FROM documents d LEFT JOIN texts t ON t.document = d.id WHERE t.document IS NULL')" -eq 0
check "full database: run marked failed" test "$(sql "$T/full.db" "SELECT status FROM runs")" = failed
"$FACTMINE" ingest -q --db "$T/full.db" "$T/corpus.jsonl"; rc=$?
check "ingest without the limit finishes the job" test "$(sql "$T/full.db" 'SELECT count(*) FROM documents')" -eq $N
check "full database: every reference resolves" test -z "$(sql "$T/full.db" 'PRAGMA foreign_key_check')"

# 7. --force re-extracts documents an older extractor stored.
python3 -c "
import sqlite3; c = sqlite3.connect('$T/d.db'); c.execute(\"UPDATE documents SET factmine_version = 'old'\"); c.commit()"
"$FACTMINE" ingest --db "$T/d.db" "$T/dup.jsonl" 2> "$T/old.err"
check "outdated documents reported" grep -q "were extracted by another factmine version" "$T/old.err"
"$FACTMINE" ingest --force --db "$T/d.db" "$T/dup.jsonl" 2> "$T/force.err"
check "--force re-extracts" grep -q "3 documents re-extracted" "$T/force.err"
check "--force keeps the documents" test "$(sql "$T/d.db" 'SELECT count(*) FROM documents')" -eq 3
check "--force updates the version" test "$(sql "$T/d.db" "SELECT count(*) FROM documents WHERE factmine_version = 'old'")" -eq 0
check "--force: every reference resolves" test -z "$(sql "$T/d.db" 'PRAGMA foreign_key_check')"

# 8. Rejected inputs are recorded with their reasons.
printf '{"id": "ok", "text": "Le budget atteint 3 milliards d’euros.", "date": "2025-01-02"}\n{"id": "bad", "text": "tronq\n' > "$T/rej.jsonl"
"$FACTMINE" ingest -q --db "$T/r.db" "$T/rej.jsonl" 2> "$T/rej.err"; rc=$?
check "rejected input exits 1" test $rc -eq 1
check "rejected input stored with reason" test "$(sql "$T/r.db" 'SELECT input, reason FROM rejected')" = "$T/rej.jsonl:2|malformed JSON"
check "good line beside it stored" test "$(sql "$T/r.db" 'SELECT doc_id FROM documents')" = ok

# 9. Export formats.
"$FACTMINE" export --db "$T/r.db" --what quantities --format csv -o "$T/q.csv"
check "CSV header" test "$(head -n 1 "$T/q.csv" | cut -d, -f1-3)" = "document,doc,idx"
check "CSV exact value" grep -q ",3000000000," "$T/q.csv"
"$FACTMINE" export --db "$T/r.db" --what documents --with-text > "$T/docs.jsonl"
check "JSONL documents with text" python3 -c "
import json; d = json.loads(open('$T/docs.jsonl').readline()); assert d['doc_id'] == 'ok' and 'milliards' in d['text'], d"

echo "$fails failed"
exit $((fails > 0))

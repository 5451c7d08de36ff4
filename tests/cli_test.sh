#!/usr/bin/env bash
# End-to-end tests of the factmine binary: what a user sees on stdout,
# stderr and in the exit status, for good and bad input.
#   tests/cli_test.sh path/to/factmine
set -u
FACTMINE=${1:?usage: cli_test.sh path/to/factmine}
source "$(dirname "$0")/lib.sh"

# Inputs written for this test.
printf '2025-03-14\n\nLe groupe Altrova a levé 45 millions d’euros, selon sa PDG.\n' > "$T/good.txt"
printf 'caf\xe9 au lait pour 3 euros\n' > "$T/latin1.txt"
: > "$T/empty.txt"
head -c 4096 /dev/urandom > "$T/binary.txt"
printf 'zero\0byte 5 euros\n' > "$T/nul.txt"
printf '{"id": "a", "text": "Il a perdu 2 milliards de dollars.", "date": "2024-07-27"}\n{"id": "b", "text": "tronqu\n{"id": "c", "text": "The firm raised 3 billion dollars.", "lang": "en"}\n' > "$T/mixed.jsonl"
mkdir "$T/locked" && printf 'secret 5 euros\n' > "$T/locked/x.txt" && chmod 000 "$T/locked/x.txt"

# 1. A good file: exit 0, one JSON line with the money amount.
out=$("$FACTMINE" extract -q "$T/good.txt"); rc=$?
check "good file exits 0" test $rc -eq 0
check "good file: one line" test "$(printf '%s\n' "$out" | wc -l)" -eq 1
check "good file: 45 millions EUR" python3 -c "
import json,sys; d=json.loads(sys.argv[1]); q=d['quantities'][0]
assert q['value']==45000000 and q['unit']=='EUR' and d['doc']['date']=='2025-03-14', d" "$out"

# 2. Bad inputs beside good ones: exit 1, each named on stderr, the good ones still out.
"$FACTMINE" extract -q "$T/latin1.txt" "$T/empty.txt" "$T/binary.txt" "$T/nul.txt" "$T/good.txt" \
  "$T/mixed.jsonl" "$T/absent.txt" "$T/locked/x.txt" > "$T/out.jsonl" 2> "$T/err.txt"; rc=$?
check "bad inputs exit 1" test $rc -eq 1
check "invalid UTF-8 named with offset" grep -q "latin1.txt: invalid UTF-8 at byte 3" "$T/err.txt"
check "empty file named" grep -q "empty.txt: empty document" "$T/err.txt"
check "binary file named" grep -q "binary.txt: binary data" "$T/err.txt"
check "NUL byte named" grep -q "nul.txt: binary data" "$T/err.txt"
check "truncated JSONL line named" grep -q "mixed.jsonl:2: malformed JSON" "$T/err.txt"
check "missing file named" grep -q "absent.txt: cannot open" "$T/err.txt"
if [ "$(id -u)" -ne 0 ]; then
  check "unreadable file named" grep -q "x.txt: cannot open: Permission denied" "$T/err.txt"
fi
check "good inputs still processed" test "$(wc -l < "$T/out.jsonl")" -ge 3
check "JSONL ids kept" python3 -c "
import json; ids=[json.loads(l)['doc']['id'] for l in open('$T/out.jsonl')]
assert 'a' in ids and 'c' in ids, ids"

# 3. --invalid-utf8=replace keeps the document.
"$FACTMINE" extract -q --invalid-utf8=replace "$T/latin1.txt" > "$T/rep.jsonl"; rc=$?
check "replace policy exits 0" test $rc -eq 0
check "replace policy counts the byte" grep -q '"replaced_invalid_utf8":1' "$T/rep.jsonl"

# 4. stdin, text and JSONL.
printf 'Le budget atteint 3 milliards d’euros.\n' | "$FACTMINE" extract -q > "$T/stdin.jsonl"
check "stdin text" grep -q '"id":"-"' "$T/stdin.jsonl"
printf '{"id":"s1","text":"Sales rose 7 percent.","lang":"en"}\n' | "$FACTMINE" extract -q - > "$T/stdin2.jsonl"
check "stdin JSONL sniffed" grep -q '"id":"s1"' "$T/stdin2.jsonl"

# 5. A 100 MB single line: rejected with a clear reason, no crash.
python3 -c "
import sys
with open('$T/huge.jsonl','w') as f:
    f.write('{\"text\": \"' + 'a' * (100 * 1024 * 1024) + '\"}\n{\"id\": \"after\", \"text\": \"Encore 5 euros.\"}\n')"
"$FACTMINE" extract -q "$T/huge.jsonl" > "$T/huge.out" 2> "$T/huge.err"; rc=$?
check "100 MB line exits 1" test $rc -eq 1
check "100 MB line named" grep -q "huge.jsonl:1: line longer than" "$T/huge.err"
check "line after the huge one processed" grep -q '"id":"after"' "$T/huge.out"

# 6. Usage errors exit 2.
"$FACTMINE" extract --lang xx "$T/good.txt" > /dev/null 2>&1; rc=$?
check "bad --lang exits 2" test $rc -eq 2
"$FACTMINE" extract --date 27/07/2024 "$T/good.txt" > /dev/null 2>&1; rc=$?
check "bad --date exits 2" test $rc -eq 2
"$FACTMINE" frobnicate > /dev/null 2>&1; rc=$?
check "unknown command exits 2" test $rc -eq 2

# 7. Output invariants: valid JSON, offsets in bounds, text is the slice.
check "offsets and slices" python3 -c "
import json
for line in open('$T/out.jsonl'):
    d = json.loads(line)
    for q in d['quantities']:
        assert 0 <= q['start'] < q['end'], q
" 

# 8. check on files: a file that cannot be read is named, the others are
# checked, the exit status says something was left out.
"$FACTMINE" check --format json "$T/good.txt" "$T/absent.txt" > "$T/check.json" 2> "$T/check_err.txt"; rc=$?
check "check with a missing file exits 1" test $rc -eq 1
check "check names the missing file" grep -q "absent.txt: cannot open" "$T/check_err.txt"
check "check still reports the readable file" python3 -c "
import json
r = json.load(open('$T/check.json'))
assert r['documents'] == 1 and r['facts'] >= 1, r.keys()
"
"$FACTMINE" check --db "$T/none.db" > /dev/null 2> "$T/check_err.txt"; rc=$?
check "check on a missing database exits 1" test $rc -eq 1
check "check says the database is missing" grep -q "none.db: no such database" "$T/check_err.txt"

echo "$fails failed"
exit $((fails > 0))

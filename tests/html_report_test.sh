#!/usr/bin/env bash
# The HTML report in a real headless browser (Debian's chromium): the page
# loads, its script runs, every claim and verdict is there, the filters
# (set through the address, #verdict=conflict) hide what they should, and a
# screenshot is left beside the test's output. Skipped (exit 77) when no
# chromium is installed: `scripts/setup.sh --browser` installs it.
#
# usage: html_report_test.sh FACTMINE REPO_ROOT OUT_DIR
set -uo pipefail
factmine=$1 root=$2 out=$3
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z "$browser" ]]; then
  echo "SKIP: no chromium (scripts/setup.sh --browser installs it)"
  exit 77
fi
mkdir -p "$out"
source "$(dirname "$0")/lib.sh"
work=$T
browse() {  # browse URL-SUFFIX -> the DOM after the page's script ran
  "$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile" \
    --dump-dom "file://$work/report.html$1" 2>"$work/browser.log"
}

"$factmine" check --quiet --all --format html -o "$work/report.html" --catalog "$root/samples/catalog.jsonl" \
  "$root/tests/fixtures/check" || { echo "FAIL factmine check"; exit 1; }
"$factmine" check --quiet --format json --catalog "$root/samples/catalog.jsonl" \
  "$root/tests/fixtures/check" > "$work/report.json"
count() { python3 -c "import json,sys; r=json.load(open('$work/report.json')); print(sum(1 for c in r['claims'] if $1))"; }
claims=$(count True)
conflicts=$(count "c['verdict']=='conflict'")
kordium=$(count "'kordium' in c['key']['subject_name'].lower()")

dom=$(browse "")
check "page rendered by the browser" [ -n "$dom" ]
check "$claims claim rows" [ "$(grep -o '<tr class="claim"' <<<"$dom" | wc -l)" -eq "$claims" ]
for v in conflict compatible consistent single_source; do
  check "verdict $v shown ($(count "c['verdict']=='$v'"))" \
    [ "$(grep -o "data-verdict=\"$v\"" <<<"$dom" | wc -l)" -eq "$(count "c['verdict']=='$v'")" ]
done
check "counter says $claims shown" grep -q "id=\"shown\">$claims<" <<<"$dom"
check "scale slip flagged in the table" grep -q "scale_slip" <<<"$dom"
check "broken sum listed as fails" grep -q '>fails<' <<<"$dom"
check "evidence sentence highlighted" grep -q '<mark>1 milliard de dollars</mark>' <<<"$dom"

dom=$(browse "#verdict=conflict")
check "filter verdict=conflict: $conflicts shown" grep -q "id=\"shown\">$conflicts<" <<<"$dom"
check "filter verdict=conflict: $((claims - conflicts)) hidden" \
  [ "$(grep -o 'style="display: none;"' <<<"$dom" | wc -l)" -eq $((claims - conflicts)) ]
dom=$(browse "#subject=kordium")
check "filter subject=kordium: $kordium shown" grep -q "id=\"shown\">$kordium<" <<<"$dom"

for view in overview:"" conflicts:"#verdict=conflict&open=all"; do
  name=${view%%:*} suffix=${view#*:}
  shot="$out/html_report_$name.png"
  rm -f "$shot"
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
    --window-size=1280,1600 --screenshot="$shot" "file://$work/report.html$suffix" 2>>"$work/browser.log"
  check "screenshot $name: $shot ($(stat -c %s "$shot" 2>/dev/null || echo 0) bytes)" \
    [ "$(stat -c %s "$shot" 2>/dev/null || echo 0)" -gt 20000 ]
done
cp "$work/report.html" "$out/html_report.html"
echo "report: $out/html_report.html"
((fails == 0)) || { echo "$fails failure(s)"; tail -5 "$work/browser.log"; exit 1; }
